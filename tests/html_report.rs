//! `validate --format html` end to end through the binary: the page of two
//! template fixtures (snapshot), the same page as `report.html` under
//! `--out`, and the page opened in headless Chromium by
//! `scripts/html-check` (skipped where Chromium is not installed).

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";
const FILES: [&str; 2] = [
    "fixtures/template/broken-cells.csv",
    "fixtures/template/valid-city.xlsx",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `ghgcheck validate ARGS` run in the repository: (exit code, stdout).
fn validate(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_ghgcheck"))
        .current_dir(root())
        .arg("validate")
        .args(args)
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn page() -> String {
    let mut args = vec!["--format", "html"];
    args.extend(FILES);
    let (code, html) = validate(&args);
    assert_eq!(code, 1, "broken-cells.csv has errors");
    html
}

#[test]
fn the_page_of_two_fixtures() {
    let html = page();
    let version = format!("ghgcheck {}.", env!("CARGO_PKG_VERSION"));
    assert_eq!(html.matches(&version).count(), 1);
    insta::assert_snapshot!(html.replace(&version, "ghgcheck VERSION."));
}

#[test]
fn out_dir_holds_the_same_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().display().to_string();
    let mut args = vec!["--format", "json", "--out", &out];
    args.extend(FILES);
    validate(&args);
    let written = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert_eq!(written, page());
}

/// Runs `scripts/html-check` on `report` (no time budget) and asserts
/// it passes: no console message, no external asset, a screenshot.
fn assert_renders_cleanly(report: &Path) {
    let output = Command::new(root().join("scripts/html-check"))
        .arg(report)
        // A time is measured, never asserted, in a test (docs/reports.md
        // records the measurements).
        .args(["--runs", "1", "--budget-ms", "0"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("ok   no console messages"), "{stdout}");
    assert!(report.with_extension("png").exists());
}

#[test]
// The skip says why on stderr, where the test harness shows it.
#[allow(clippy::print_stderr)]
fn chromium_renders_the_page_without_console_messages() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipped: {CHROMIUM} is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.html");
    std::fs::write(&report, page()).unwrap();
    assert_renders_cleanly(&report);
}

#[test]
// The skip says why on stderr, where the test harness shows it.
#[allow(clippy::print_stderr)]
fn chromium_renders_the_page_of_the_real_submissions() {
    let formats = root().join("../shared/formats");
    if !Path::new(CHROMIUM).exists() || !formats.is_dir() {
        eprintln!("skipped: needs {CHROMIUM} and ../shared/formats");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("formats.html");
    let (code, _) = validate(&[
        formats.to_str().unwrap(),
        "--format",
        "html",
        "--output",
        report.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_renders_cleanly(&report);
}
