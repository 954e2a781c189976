//! The command line as a comms officer uses it: messages on stderr, exit codes,
//! and `public/` untouched when the build fails.

use crate::common;

use common::*;

#[test]
fn help_explains_the_build_options() {
    let out = whatson().args(["build", "--help"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for flag in ["--root", "--out", "--now", "YYYY-MM-DD HH:MM"] {
        assert!(text.contains(flag), "help lacks {flag}:\n{text}");
    }
}

#[test]
fn a_bad_now_is_explained() {
    let out = whatson()
        .args(["build", "--now", "tomorrow"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("\"2026-11-23 09:00\""), "{err}");
}

#[test]
fn errors_go_to_stderr_with_file_line_and_fix_and_exit_non_zero() {
    let site = TestSite::new();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("starts:", "start:"),
    );
    site.write(
        "content/venues/hall.yaml",
        "name: Hall\naddress: 1 Road\narea: Nowhere\n",
    );
    let out = whatson()
        .args(["build", "--now", "2026-11-23 09:00", "--root"])
        .arg(site.root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: content/events/circus.md:6:1: unknown field `start`"),
        "{err}"
    );
    assert!(err.contains("fix: did you mean `starts`?"), "{err}");
    assert!(
        err.contains(
            "error: content/venues/hall.yaml:3:7: `Nowhere` is not one of the site's areas"
        ),
        "{err}"
    );
    assert!(err.contains("Build failed: 2 errors"), "{err}");
    assert!(!site.path("public").exists(), "nothing written");
}

#[test]
fn build_writes_public_and_reports_a_summary() {
    let site = TestSite::new();
    let out = whatson()
        .args(["build", "--now", "2026-11-23 09:00", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Built 1 event in 3 languages"));
    assert!(site.path("public/en/events/circus/index.html").is_file());
}
