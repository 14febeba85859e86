//! The project file `ghgcheck.toml` and the flags laid over it, end to end:
//! ignored codes disappear, a changed severity changes the status and the
//! exit code, and a mistake in the file is a usage error naming its line.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use support::{fixtures, run_in};

/// The valid template CSV with the first record's total ten times too large
/// (121 905 beside gases that add up to 12 190.5): T001.
fn total_slip(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(fixtures().join("template/valid-city.csv")).unwrap();
    let slipped = text.replacen(",12190.5,", ",121905,", 1);
    assert_ne!(text, slipped);
    let path = dir.join("total-slip.csv");
    std::fs::write(&path, slipped).unwrap();
    path
}

fn report(dir: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["validate", "--format", "json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run_in(dir, &all);
    let report = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    (code, report)
}

fn codes(report: &serde_json::Value) -> Vec<(String, String)> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn an_ignored_code_is_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let ecrf = fixtures().join("ecrf/ecrf-testville-2022.xlsx");
    let ecrf = ecrf.to_str().unwrap();
    let (_, before) = report(dir.path(), &[ecrf]);
    assert!(codes(&before).iter().any(|(c, _)| c == "N002"));

    std::fs::write(
        dir.path().join("ghgcheck.toml"),
        "[rules]\nignore = [\"N002\"]\n",
    )
    .unwrap();
    let (code, after) = report(dir.path(), &[ecrf]);
    assert_eq!(code, 0);
    assert!(!codes(&after).iter().any(|(c, _)| c == "N002"));
    let dropped = before["summary"]["warnings"].as_u64().unwrap()
        - after["summary"]["warnings"].as_u64().unwrap();
    let n002 = codes(&before).iter().filter(|(c, _)| c == "N002").count();
    assert_eq!(dropped as usize, n002);

    // --no-config leaves the project file out.
    let (_, without) = report(dir.path(), &["--no-config", ecrf]);
    assert_eq!(codes(&without), codes(&before));
}

#[test]
fn a_severity_setting_changes_the_status_and_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let file = total_slip(dir.path());
    let file = file.to_str().unwrap();
    let (code, before) = report(dir.path(), &[file]);
    assert_eq!(code, 0);
    assert_eq!(codes(&before), vec![("T001".into(), "warning".into())]);
    assert_eq!(before["files"][0]["findings"][0]["cell"], "N2");

    std::fs::write(
        dir.path().join("ghgcheck.toml"),
        "[rules.severity]\nT001 = \"error\"\n",
    )
    .unwrap();
    let (code, after) = report(dir.path(), &[file]);
    assert_eq!(code, 1);
    assert_eq!(codes(&after), vec![("T001".into(), "error".into())]);
    assert_eq!(after["files"][0]["status"], "invalid");
    assert_eq!(after["files"][0]["inventories"][0]["status"], "invalid");
    assert_eq!(after["summary"]["errors"], 1);

    // A flag wins over the file.
    let (code, flagged) = report(dir.path(), &["--severity", "T001=info", file]);
    assert_eq!(code, 0);
    assert_eq!(codes(&flagged), vec![("T001".into(), "info".into())]);
}

#[test]
fn a_named_settings_file_is_read_and_its_mistakes_name_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = total_slip(dir.path());
    let config = dir.path().join("strict.toml");
    std::fs::write(&config, "[rules]\nignore = [\"T001\"]\n").unwrap();
    let (code, quiet) = report(
        dir.path(),
        &["--config", config.to_str().unwrap(), file.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    assert!(codes(&quiet).is_empty());

    std::fs::write(
        dir.path().join("ghgcheck.toml"),
        "[rules]\nignore = [\"N002\"]\nfail_fast = true\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run_in(dir.path(), &["validate", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("ghgcheck.toml:3: unknown field `fail_fast`"),
        "{stderr}"
    );
}

#[test]
fn flags_that_contradict_each_other_or_hide_a_read_failure_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = total_slip(dir.path());
    let file = file.to_str().unwrap();
    let (code, _, stderr) = run_in(
        dir.path(),
        &[
            "validate",
            "--ignore",
            "T001",
            "--severity",
            "T001=error",
            file,
        ],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--severity: T001 is both ignored and given a severity; keep one"),
        "{stderr}"
    );
    let (code, _, stderr) = run_in(dir.path(), &["validate", "--ignore", "R002", file]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("R002 cannot be ignored or given a severity"),
        "{stderr}"
    );
}
