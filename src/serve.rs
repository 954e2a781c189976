//! `whatson serve`: a local preview on 127.0.0.1 that rebuilds when a file
//! changes and reloads the open page.
//!
//! The site is built in memory with [`crate::generate`]; the served files are
//! swapped (one `Arc`) only when a build succeeds, so a half-built site is never
//! served. After a failed build the last good site stays up, with the errors in
//! the terminal and over the page. Served HTML gets a small script that listens
//! for reloads (Server-Sent Events); the built site in `public/` never has it.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::diagnostics::Diagnostic;
use crate::output::SiteFiles;
use crate::preview::{Preview, Update};
use crate::Now;

/// Where the reload events are served.
pub const EVENTS_PATH: &str = "/__whatson/events";

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    /// 0 picks a free port.
    pub port: u16,
    pub now: Now,
}

/// What is being served.
pub struct State {
    /// Updated in place by the preview engine (src/preview.rs).
    pub files: Option<Arc<RwLock<SiteFiles>>>,
    /// The last page asked for (an output path), made first on a full update.
    pub open: Option<String>,
    /// The errors of the last build, when it failed.
    pub errors: Vec<Diagnostic>,
    /// Goes up with every build, good or bad.
    pub version: u64,
    /// Root-relative path the site lives under (`/` or `/whatson/`).
    pub base_path: String,
}

pub struct Shared {
    pub state: Mutex<State>,
    pub changed: Condvar,
}

/// Builds once, then serves and rebuilds until the process is stopped.
pub fn serve(
    opts: &ServeOptions,
    on_ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), String> {
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            files: None,
            open: None,
            errors: Vec::new(),
            version: 0,
            base_path: "/".into(),
        }),
        changed: Condvar::new(),
    });
    // Saved paths arrive absolute; the preview compares them with its own.
    let root = opts
        .root
        .canonicalize()
        .unwrap_or_else(|_| opts.root.clone());
    let started = Instant::now();
    let (preview, first) = Preview::new(&root, opts.now);
    report(&shared, &preview, first, started);
    let server = tiny_http::Server::http(("127.0.0.1", opts.port)).map_err(|e| {
        format!(
            "cannot listen on 127.0.0.1:{}: {e} (is another preview running? try --port {})",
            opts.port,
            opts.port.wrapping_add(1).max(1024)
        )
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or("the server has no IP address")?;

    // Watch the folders comms staff edit; public/ and caches are left out so a
    // build never triggers another.
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher =
        notify::recommended_watcher(tx).map_err(|e| format!("cannot watch files: {e}"))?;
    for dir in ["content", "locales", "themes"] {
        let p = root.join(dir);
        if p.is_dir() {
            watcher
                .watch(&p, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", p.display()))?;
        }
    }
    {
        let shared = shared.clone();
        let mut preview = preview;
        std::thread::spawn(move || {
            let _watcher = watcher;
            while let Ok(first) = rx.recv() {
                if !relevant(&first) {
                    continue;
                }
                let mut paths = Vec::new();
                collect(&first, &mut paths);
                // Editors save in several steps: wait for the burst to end.
                while let Ok(more) = rx.recv_timeout(Duration::from_millis(15)) {
                    collect(&more, &mut paths);
                }
                let started = Instant::now();
                let open = shared.state.lock().ok().and_then(|s| s.open.clone());
                let on_pages = || {
                    if let Ok(mut state) = shared.state.lock() {
                        state.version += 1;
                        state.errors.clear();
                    }
                    shared.changed.notify_all();
                };
                let update = preview.update(&paths, open.as_deref(), &on_pages);
                report(&shared, &preview, update, started);
            }
        });
    }
    on_ready(addr);
    for request in server.incoming_requests() {
        let shared = shared.clone();
        std::thread::spawn(move || handle(request, &shared));
    }
    Ok(())
}

fn relevant(event: &notify::Result<notify::Event>) -> bool {
    let Ok(e) = event else { return true };
    if matches!(e.kind, notify::EventKind::Access(_)) {
        return false;
    }
    e.paths.iter().any(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        !(name.starts_with('.')
            || name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".tmp"))
    })
}

/// Paths an event names (all of them, when the watcher lost track).
fn collect(event: &notify::Result<notify::Event>, out: &mut Vec<PathBuf>) {
    match event {
        Ok(e) if !matches!(e.kind, notify::EventKind::Access(_)) => {
            for p in &e.paths {
                if !out.contains(p) {
                    out.push(p.clone());
                }
            }
        }
        Ok(_) => {}
        // An unknown change: a path outside content/ makes the preview redo all.
        Err(_) => out.push(PathBuf::from("/")),
    }
}

/// Tells the terminal (and, on errors, the open page) what an update did.
fn report(shared: &Shared, preview: &Preview, update: Update, started: Instant) {
    if update.unchanged {
        return;
    }
    let secs = started.elapsed().as_secs_f64();
    let d = &update.diagnostics;
    let mut stderr = std::io::stderr().lock();
    for x in d.sorted() {
        let _ = write!(stderr, "{x}");
    }
    let Ok(mut state) = shared.state.lock() else {
        return;
    };
    if update.ok {
        state.files = Some(preview.files());
        state.base_path = preview.base_path().unwrap_or_else(|| "/".into());
        state.errors.clear();
        let _ = writeln!(
            stderr,
            "Updated {} in {:.0} ms{}; the open pages reload.",
            if update.full {
                "every page".to_owned()
            } else {
                format!(
                    "{} page{}",
                    update.rendered,
                    if update.rendered == 1 { "" } else { "s" }
                )
            },
            secs * 1000.0,
            match d.warning_count() {
                0 => String::new(),
                n => format!(" with {n} warning{}", if n == 1 { "" } else { "s" }),
            }
        );
    } else {
        state.version += 1;
        state.errors = d.sorted().into_iter().filter(|x| x.is_error()).collect();
        let _ = writeln!(
            stderr,
            "The site did not build ({} error{}); still showing the last good version.",
            state.errors.len(),
            if state.errors.len() == 1 { "" } else { "s" }
        );
    }
    drop(state);
    shared.changed.notify_all();
}

fn handle(request: tiny_http::Request, shared: &Shared) {
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == EVENTS_PATH {
        let since = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("v="))
            .and_then(|v| v.parse::<u64>().ok());
        events(request, shared, since);
        return;
    }
    let (files, errors, version, base) = match shared.state.lock() {
        Ok(s) => (
            s.files.clone(),
            s.errors.clone(),
            s.version,
            s.base_path.clone(),
        ),
        Err(_) => return,
    };
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned();
    // The site's own folder without its final slash: `/family/whats-on`.
    if base.len() > 1 && format!("{decoded}/") == base {
        redirect(request, &base);
        return;
    }
    let rel = decoded
        .strip_prefix(base.as_str())
        .or_else(|| decoded.strip_prefix('/'))
        .unwrap_or(&decoded)
        .to_owned();
    let Some(files) = files else {
        let body = overlay_page(&errors, version);
        let _ = request.respond(html_response(body, 503));
        return;
    };
    let files = files.read().unwrap_or_else(|e| e.into_inner());
    let mut candidates = vec![rel.clone()];
    if rel.is_empty() || rel.ends_with('/') {
        candidates = vec![format!("{rel}index.html")];
    } else if !rel.rsplit('/').next().unwrap_or("").contains('.') {
        // `/en/events/x` → redirect to `/en/events/x/` so relative links work.
        if files.get(&format!("{rel}/index.html")).is_some() {
            redirect(request, &format!("{path}/"));
            return;
        }
        candidates.push(format!("{rel}/index.html"));
    }
    let found = candidates
        .iter()
        .find_map(|c| files.get(c).map(|b| (c.clone(), b)));
    let (name, bytes, status) = match found {
        Some((n, b)) => (n, b, 200),
        None => match files.get("404.html") {
            Some(b) => ("404.html".to_owned(), b, 404),
            None => {
                let _ = request
                    .respond(tiny_http::Response::from_string("not found").with_status_code(404));
                return;
            }
        },
    };
    let mime = mime_type(&name);
    let bytes = bytes.to_vec();
    drop(files);
    if mime.starts_with("text/html") && status == 200 {
        if let Ok(mut s) = shared.state.lock() {
            s.open = Some(name.clone());
        }
    }
    if mime.starts_with("text/html") {
        let page = inject(&String::from_utf8_lossy(&bytes), &errors, version);
        let _ = request.respond(html_response(page, status));
    } else {
        let mut r = tiny_http::Response::from_data(bytes).with_status_code(status);
        if let Ok(h) = tiny_http::Header::from_bytes("Content-Type", mime.as_bytes()) {
            r.add_header(h);
        }
        let _ = request.respond(r);
    }
}

fn html_response(body: String, status: u16) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let mut r = tiny_http::Response::from_string(body).with_status_code(status);
    for (k, v) in [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Cache-Control", "no-store"),
    ] {
        if let Ok(h) = tiny_http::Header::from_bytes(k, v) {
            r.add_header(h);
        }
    }
    r
}

/// Holds the connection open and sends `reload` when the served version moves
/// past `since` (at once if it already has).
fn events(request: tiny_http::Request, shared: &Shared, since: Option<u64>) {
    let mut w = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if w.write_all(head.as_bytes())
        .and_then(|_| w.flush())
        .is_err()
    {
        return;
    }
    let Ok(mut state) = shared.state.lock() else {
        return;
    };
    let since = since.unwrap_or(state.version);
    loop {
        if state.version != since {
            let msg = format!("event: reload\ndata: {}\n\n", state.version);
            drop(state);
            let _ = w.write_all(msg.as_bytes()).and_then(|_| w.flush());
            return;
        }
        let (s, timeout) = match shared.changed.wait_timeout(state, Duration::from_secs(15)) {
            Ok(x) => x,
            Err(_) => return,
        };
        state = s;
        if timeout.timed_out() {
            // A comment line keeps proxies from closing the stream and tells
            // us when the page has gone.
            if w.write_all(b": ping\n\n").and_then(|_| w.flush()).is_err() {
                return;
            }
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn overlay(errors: &[Diagnostic]) -> String {
    if errors.is_empty() {
        return String::new();
    }
    let text: String = errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "<div id=\"whatson-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;background:rgba(255,255,255,.97);color:#7a0000;font:15px/1.45 ui-monospace,monospace;white-space:pre-wrap;text-align:left;direction:ltr\"><button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"float:right;font:inherit\">Hide</button><strong>The site did not build. This is the last good version; fix the errors below and save.</strong>\n\n{}</div>",
        escape(&text)
    )
}

/// The reload script (and error overlay) added before `</body>`.
pub fn inject(html: &str, errors: &[Diagnostic], version: u64) -> String {
    let extra = format!(
        "{}<script>(function(){{var es=new EventSource(\"{EVENTS_PATH}?v={version}\");es.addEventListener(\"reload\",function(){{es.close();location.reload();}});}})();</script>",
        overlay(errors)
    );
    let lower = html.to_ascii_lowercase();
    match lower.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]),
        None => format!("{html}{extra}"),
    }
}

fn overlay_page(errors: &[Diagnostic], version: u64) -> String {
    inject(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>whatson: the site did not build</title></head><body></body></html>",
        errors,
        version,
    )
}

fn mime_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" | "webmanifest" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ics" => "text/calendar; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A permanent redirect to `location`.
fn redirect(request: tiny_http::Request, location: &str) {
    let mut r = tiny_http::Response::from_string("").with_status_code(301);
    if let Ok(h) = tiny_http::Header::from_bytes("Location", location.as_bytes()) {
        r.add_header(h);
    }
    let _ = request.respond(r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_body_end_only() {
        let page = inject("<html><body><p>x</p></body></html>", &[], 3);
        assert!(page.contains("?v=3"));
        assert!(page.ends_with("</script></body></html>"));
        assert_eq!(mime_type("a/b.PDF"), "application/pdf");
    }
}
