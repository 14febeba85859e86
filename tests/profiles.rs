//! Profiles end to end: `--profile` and `profiles = [...]` in ghgcheck.toml
//! choose them, a network's pledge is judged against the stated targets
//! (K001 at the first target's reduction cell), and an unknown profile is
//! a usage error.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use support::{fixtures, run_in};

/// The shipped profiles.
const SHIPPED: [&str; 8] = [
    "gpc-basic",
    "gpc-basic-plus",
    "gcom-crf",
    "cdp-track",
    "eu-com",
    "cnca",
    "us-mayors",
    "c40",
];

/// The template workbook states one target: -50 % against 2015 by 2030.
fn workbook() -> String {
    fixtures()
        .join("template/valid-city.xlsx")
        .to_str()
        .unwrap()
        .to_owned()
}

/// (code, cell, pledge) of every K001 in the report, and the exit code.
fn pledge_findings(dir: &Path, extra: &[&str]) -> (i32, Vec<(String, String, String)>) {
    let file = workbook();
    let mut args = vec!["validate", "--format", "json", &file];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = run_in(dir, &args);
    let report: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let found = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "K001")
        .map(|f| {
            (
                f["sheet"].as_str().unwrap_or("").to_owned(),
                f["cell"].as_str().unwrap_or("").to_owned(),
                f["args"]["pledge"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (code, found)
}

#[test]
fn a_network_profile_judges_the_targets_against_its_pledge() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(pledge_findings(dir.path(), &[]), (0, vec![]));
    let (code, found) = pledge_findings(dir.path(), &["--profile", "cnca"]);
    assert_eq!(code, 0, "K001 is a warning");
    assert_eq!(
        found,
        [(
            "Targets".to_owned(),
            "E2".to_owned(),
            "-80 % by 2050, or carbon neutrality or net zero by 2050".to_owned()
        )]
    );
    // -50 % by 2030 meets the Covenant of Mayors' -40 % by 2030.
    assert_eq!(pledge_findings(dir.path(), &["--profile", "eu-com"]).1, []);
    let (_, both) = pledge_findings(
        dir.path(),
        &["--profile", "eu-com", "--profile", "us-mayors"],
    );
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].2, "-7 % against 1990 by 2012");
}

#[test]
fn the_project_file_chooses_profiles_and_the_flag_wins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ghgcheck.toml"),
        "[rules]\nprofiles = [\"cnca\"]\n",
    )
    .unwrap();
    assert_eq!(pledge_findings(dir.path(), &[]).1.len(), 1);
    assert_eq!(pledge_findings(dir.path(), &["--profile", "eu-com"]).1, []);
}

#[test]
fn an_unknown_profile_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = workbook();
    let (code, _, stderr) = run_in(dir.path(), &["validate", &file, "--profile", "c41"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--profile: unknown profile `c41`; known: gpc-basic,"),
        "{stderr}"
    );
    std::fs::write(
        dir.path().join("ghgcheck.toml"),
        "[rules]\nignore = []\nprofiles = [\"mine.toml\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("mine.toml"),
        "title = \"Mine\"\nabout = \"x\"\n[[pledges]]\nreduction-percent = 120\nby = 2030\n",
    )
    .unwrap();
    let (code, _, stderr) = run_in(dir.path(), &["validate", &file]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("mine.toml:3: reduction-percent must be between 0 and 100"),
        "{stderr}"
    );
}

#[test]
fn profiles_lists_every_shipped_profile_with_its_pledge() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, _) = run_in(dir.path(), &["profiles"]);
    assert_eq!(code, 0);
    for name in SHIPPED {
        assert!(
            stdout.contains(&format!("\n{name}  ")) || stdout.starts_with(name),
            "{name}"
        );
    }
    assert!(stdout.contains("    pledge: -20 % by 2020, or -40 % by 2030\n"));
    assert!(stdout.contains("    cells required: BASIC+\n"));
}

#[test]
fn the_consistent_submission_has_no_error_under_any_profile() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = ["valid-city.xlsx", "valid-city.csv", "valid-city.json"]
        .iter()
        .map(|name| fixtures().join("template").join(name).display().to_string())
        .collect();
    for profile in SHIPPED {
        let mut args = vec!["validate", "--format", "json", "--profile", profile];
        args.extend(files.iter().map(String::as_str));
        let (code, stdout, stderr) = run_in(dir.path(), &args);
        assert_eq!(code, 0, "{profile}: {stderr}");
        let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let errors = report["summary"]["errors"].as_u64();
        assert_eq!(errors, Some(0), "{profile}");
        if profile == "gpc-basic" {
            assert_eq!(report["summary"]["warnings"].as_u64(), Some(0));
        }
    }
}
