//! `whatson serve`: a preview that rebuilds on save and tells the open page to
//! reload; a broken edit keeps the last good site and shows the errors.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// Stops the preview even when an assertion fails.
struct Preview(Child);

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|x| x.1)
        .unwrap_or("")
        .to_owned();
    (status, body)
}

/// Opens the reload stream as the page's script would.
fn listen(addr: &str, page: &str) -> BufReader<TcpStream> {
    let v = page
        .split("/__whatson/events?v=")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the served page has the reload script");
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET /__whatson/events?v={v} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 200"), "{line}");
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        if line.to_ascii_lowercase().starts_with("content-type") {
            assert!(line.contains("text/event-stream"), "{line}");
        }
    }
    r
}

fn wait_for_reload(r: &mut BufReader<TcpStream>) {
    let mut line = String::new();
    loop {
        line.clear();
        let n = r
            .read_line(&mut line)
            .expect("a reload event before the timeout");
        assert!(n > 0, "stream closed without a reload");
        if line.trim() == "event: reload" {
            return;
        }
    }
}

#[test]
fn edits_show_up_and_the_page_is_told_to_reload() {
    let site = TestSite::new();
    let mut child = whatson()
        .args([
            "serve",
            "--port",
            "0",
            "--now",
            "2026-11-23 09:00",
            "--root",
        ])
        .arg(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let _preview = Preview(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();

    let (status, page) = get(&addr, "/en/events/circus/");
    assert_eq!(status, 200);
    assert!(page.contains("Circus skills family day"));
    assert!(page.contains("new EventSource"), "reload script injected");
    let (status, _) = get(&addr, "/en/events/circus");
    assert_eq!(status, 301, "redirects to the folder address");
    let (status, _) = get(&addr, "/en/events/no-such-event/");
    assert_eq!(status, 404);

    // Edit the event: the stream says reload, and the new title is served.
    let mut events = listen(&addr, &page);
    let started = Instant::now();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("Circus skills family day", "Circus and fire engine day"),
    );
    wait_for_reload(&mut events);
    let latency = started.elapsed();
    eprintln!("edit → reload event: {} ms", latency.as_millis());
    let (_, page) = get(&addr, "/en/events/circus/");
    assert!(page.contains("Circus and fire engine day"), "{page}");
    assert!(!page.contains("whatson-errors"));

    // A broken edit: the last good site stays, with the errors over it.
    let mut events = listen(&addr, &page);
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("starts:", "start:"),
    );
    wait_for_reload(&mut events);
    let (status, page) = get(&addr, "/en/events/circus/");
    assert_eq!(status, 200);
    assert!(
        page.contains("Circus and fire engine day"),
        "last good build served"
    );
    assert!(page.contains("id=\"whatson-errors\""), "{page}");
    assert!(page.contains("unknown field `start`"), "{page}");

    // Fixed again: the overlay goes.
    let mut events = listen(&addr, &page);
    site.write("content/events/circus.md", EVENT_MD);
    wait_for_reload(&mut events);
    let (_, page) = get(&addr, "/en/events/circus/");
    assert!(page.contains("Circus skills family day"));
    assert!(!page.contains("whatson-errors"));
    assert!(
        !site.path("public").exists(),
        "serve never writes the built site"
    );
}
