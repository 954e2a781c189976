//! In a real browser: builds the bundled sample site, serves it on 127.0.0.1
//! and drives Debian's Chromium with tests/browser/run.mjs (playwright-core,
//! axe-core): accessibility of every page kind in every language (light and
//! dark), the listing's filters with and without JavaScript, language
//! switching, the booking button, keyboard use, right-to-left layout, and
//! 390px-wide screenshots saved to tests/output/.
//!
//! Needs `chromium` (apt-get install chromium) and `npm ci` in tests/browser;
//! .ci/run installs both. Without them this test fails, saying what to install.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use whatson::{build, BuildOptions, Now};

const NOW: &str = "2026-11-23 09:00";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn chromium() -> PathBuf {
    let path = std::env::var_os("WHATSON_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    assert!(
        path.exists(),
        "Chromium is needed for the browser tests but {} does not exist.\n\
         Install it with `apt-get install -y chromium` (Debian), or set WHATSON_CHROMIUM \
         to a Chromium binary.",
        path.display()
    );
    path
}

pub(crate) fn node_ready() {
    let ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "Node.js is needed for the browser tests: apt-get install -y nodejs npm"
    );
    let dir = repo().join("tests/browser");
    let present = |d: &Path| {
        d.join("node_modules/playwright-core").is_dir() && d.join("node_modules/axe-core").is_dir()
    };
    if !present(&dir) {
        // The exact versions in package-lock.json; no browser is downloaded.
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "`npm ci` in tests/browser failed: the browser tests need playwright-core and axe-core"
        );
    }
    assert!(
        present(&dir),
        "the browser tests' packages are missing: run `npm ci` in tests/browser"
    );
}

/// Serves `dir` on 127.0.0.1 until dropped, like a plain static web host:
/// `/x/` gives `/x/index.html`, anything missing gives `/404.html` with 404.
struct Server {
    addr: String,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(dir: &Path) -> Server {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("listen on 127.0.0.1");
        let addr = server
            .server_addr()
            .to_ip()
            .map(|a| a.to_string())
            .expect("an IP address");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let dir = dir.to_path_buf();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                let Ok(Some(req)) = server.recv_timeout(Duration::from_millis(100)) else {
                    continue;
                };
                let raw = req.url().split(['?', '#']).next().unwrap_or("/").to_owned();
                let path = percent_encoding::percent_decode_str(&raw)
                    .decode_utf8_lossy()
                    .into_owned();
                let mut file = dir.join(path.trim_start_matches('/'));
                if path.ends_with('/') {
                    file = file.join("index.html");
                }
                let (status, file) = if !path.contains("..") && file.is_file() {
                    (200, file)
                } else {
                    (404, dir.join("404.html"))
                };
                let body = std::fs::read(&file).unwrap_or_default();
                let kind = match file.extension().and_then(|e| e.to_str()) {
                    Some("html") => "text/html; charset=utf-8",
                    Some("css") => "text/css; charset=utf-8",
                    Some("js") => "text/javascript; charset=utf-8",
                    Some("xml") => "application/xml",
                    Some("json") => "application/json",
                    Some("png") => "image/png",
                    Some("jpg") => "image/jpeg",
                    Some("svg") => "image/svg+xml",
                    Some("pdf") => "application/pdf",
                    _ => "application/octet-stream",
                };
                let header =
                    tiny_http::Header::from_bytes("Content-Type", kind).expect("a valid header");
                let _ = req.respond(
                    tiny_http::Response::from_data(body)
                        .with_status_code(status)
                        .with_header(header),
                );
            }
        });
        Server {
            addr,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[test]
fn the_sample_site_in_chromium() {
    let chromium = chromium();
    node_ready();

    let out = tempfile::tempdir().expect("temp dir");
    let report = build(&BuildOptions {
        root: repo(),
        out: Some(out.path().to_path_buf()),
        now: Now::parse(NOW).expect("a time"),
    });
    assert!(report.written, "the sample site did not build");

    // What to visit, read from the sample's content so the test follows it.
    let mut d = whatson::diagnostics::Diagnostics::new();
    let loaded = whatson::load::load(&repo(), &mut d);
    let content = whatson::validate::validate(&loaded, &mut d).expect("sample content");
    let today = jiff::civil::date(2026, 11, 23);
    let booking = content
        .events
        .values()
        .find(|e| {
            e.booking.is_some()
                && !e.cancelled
                && !e.drop_in
                && e.repeat.is_none()
                && e.schedule.start_date() > today
        })
        .expect("an upcoming event with a booking link");
    let drop_in = content
        .events
        .values()
        .find(|e| e.drop_in && !e.cancelled && e.repeat.is_some())
        .expect("a regular drop-in activity");
    let changed = content
        .events
        .values()
        .find(|e| !e.changes.is_empty())
        .map(|e| e.id.clone());
    assert_eq!(
        content.events["new-mums-wellbeing"].for_areas,
        ["Tulse Hill", "Coldharbour"],
        "the finder checks below follow the sample's for_areas"
    );
    let first = |keys: Vec<&String>| keys.first().map(|s| s.to_string()).unwrap_or_default();
    let area = whatson::filters::slug(
        &content
            .venues
            .get(&booking.venue)
            .map(|v| v.area.clone())
            .unwrap_or_default(),
    );
    let config = serde_json::json!({
        "chromium": chromium,
        "out": repo().join("tests/output"),
        "now_utc": "2026-11-23T09:00:00Z",
        "today": "2026-11-23",
        "weekend": ["2026-11-28", "2026-11-29"],
        "languages": content.site.languages.iter().map(|l| l.code.clone()).collect::<Vec<_>>(),
        "area": area,
        "age": "0-1",
        "event": first(content.events.keys().collect()),
        "festival": first(content.festivals.keys().collect()),
        "venue": first(content.venues.keys().collect()),
        "page": first(content.pages.keys().collect()),
        "drop_in": drop_in.id,
        "changed": changed,
        "booking": { "event": booking.id, "url": booking.booking.as_ref().map(|u| u.to_string()) },
        "print_index": out.path().join("print/index.html").exists(),
        // The finder: postcodes of the sample's areas, and its event only for
        // some of them (content/site.yaml, content/events/regular/).
        "finder": {
            "in_area": { "name": "Stockwell", "slug": "stockwell", "postcode": "sw9 0ab" },
            "only_area": { "name": "Tulse Hill", "slug": "tulse-hill", "postcode": "SE24 9HE" },
            "only_event": "new-mums-wellbeing",
            "only_age": "bump",
            "outside": "E1 6AN",
        },
    });

    let server = Server::start(out.path());
    let config = {
        let mut c = config;
        c["base"] = serde_json::Value::String(format!("http://{}/", server.addr));
        c
    };
    let run = Command::new("node")
        .arg(repo().join("tests/browser/run.mjs"))
        .arg(config.to_string())
        .current_dir(repo().join("tests/browser"))
        .output()
        .expect("node runs");
    drop(server);
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    println!("{stdout}");
    // The failures come last, whole: a CI log keeps the end of a long output.
    assert!(
        run.status.success(),
        "{stderr}\nbrowser checks failed:\n{}",
        failures(&stdout)
    );
}

/// The `FAIL` lines of run.mjs's output, each with the first lines of its
/// reason, and the closing count.
fn failures(stdout: &str) -> String {
    let mut out = Vec::new();
    let mut reason = None;
    for line in stdout.lines() {
        if line.starts_with("FAIL ") {
            reason = Some(0);
            out.push(line);
        } else if let (Some(n), true) = (reason.as_mut(), line.starts_with("     ")) {
            *n += 1;
            if *n <= 12 {
                out.push(line);
            }
        } else {
            reason = None;
            if line.ends_with(" failed") && line.contains(" passed, ") {
                out.push(line);
            }
        }
    }
    out.join("\n")
}

/// Three taps from landing to booked: on a phone (390×844 and 320×568), in
/// English, Arabic and Amharic, with JavaScript and without, a parent on the
/// language's listing (where the site's links and QR codes for "what's on"
/// lead) taps their child's age (2), their area (Vassall), then the Book
/// link of an event for a two-year-old, open to Vassall families and on this
/// week, and reaches its booking address (answered by a stand-in, no
/// network). tests/browser/taps.mjs drives it and saves each step's
/// screenshot to tests/output/.
#[test]
fn three_taps_from_the_listing_to_booked() {
    let chromium = chromium();
    node_ready();

    let out = tempfile::tempdir().expect("temp dir");
    let report = build(&BuildOptions {
        root: repo(),
        out: Some(out.path().to_path_buf()),
        now: Now::parse("2026-12-07 09:00").expect("a time"),
    });
    assert!(report.written, "the sample site did not build");

    // The events that would do, read from the sample's content.
    let mut d = whatson::diagnostics::Diagnostics::new();
    let loaded = whatson::load::load(&repo(), &mut d);
    let content = whatson::validate::validate(&loaded, &mut d).expect("sample content");
    let area = "Vassall".to_owned();
    assert!(content.site.areas.contains(&area), "the sample has Vassall");
    let events: serde_json::Map<String, serde_json::Value> = content
        .events
        .values()
        .filter(|e| {
            whatson::filters::AgeGroup::Two.matches(e)
                && whatson::plan::may_come(e, Some(&area))
                && content.venues.get(&e.venue).is_some_and(|v| v.area == area)
                && !e.cancelled
                && !e.drop_in
        })
        .filter_map(|e| {
            let url = e.booking.as_ref()?.to_string();
            Some((e.id.clone(), serde_json::Value::String(url)))
        })
        .collect();
    assert!(
        !events.is_empty(),
        "the sample has an event to book for a two-year-old in Vassall"
    );

    let server = Server::start(out.path());
    let config = serde_json::json!({
        "base": format!("http://{}/", server.addr),
        "chromium": chromium,
        "out": repo().join("tests/output"),
        "now_utc": "2026-12-07T09:00:00Z",
        // Monday to Sunday: "this week" of the build's now.
        "week": ["2026-12-07", "2026-12-13"],
        "languages": ["en", "ar", "am"],
        "age": whatson::filters::AgeGroup::Two.slug(),
        "area": whatson::filters::slug(&area),
        "events": events,
    });
    let run = Command::new("node")
        .arg(repo().join("tests/browser/taps.mjs"))
        .arg(config.to_string())
        .current_dir(repo().join("tests/browser"))
        .output()
        .expect("node runs");
    drop(server);
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    println!("{stdout}");
    assert!(
        run.status.success(),
        "{stderr}\nthe three-tap journeys failed:\n{}",
        failures(&stdout)
    );
}
