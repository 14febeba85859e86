//! A workbook whose one stray value lies far from its table (A1 and
//! XFD1048576) used to abort the whole batch while calamine allocated the
//! 17-billion-cell rectangle between them. It is now one file's finding,
//! found before anything of that size is built, and the rest of the batch
//! is reported.

#![allow(clippy::unwrap_used, clippy::print_stderr)]

mod support;

use std::path::Path;
use std::process::Command;

use support::{fixtures, validate_json};

/// An xlsx of 1.6 KB with values at A1 and at the last cell of a sheet.
fn write_far_cell_workbook(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Name of city").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    book.save(path).unwrap();
}

fn batch_with_far_cell_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let batch = fixtures().join("batch");
    for name in ["a-valid.xlsx", "c-valid.csv"] {
        std::fs::copy(batch.join(name), dir.path().join(name)).unwrap();
    }
    write_far_cell_workbook(&dir.path().join("b-far-cell.xlsx"));
    dir
}

#[test]
fn a_far_cell_is_one_files_finding_and_the_batch_goes_on() {
    let dir = batch_with_far_cell_file();
    let (code, report) = validate_json(&[dir.path()], &[]);
    assert_eq!(code, 1);
    let files = report["files"].as_array().unwrap();
    let statuses: Vec<(&str, &str)> = files
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap();
            (
                path.rsplit(['/', '\\']).next().unwrap(),
                f["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("a-valid.xlsx", "valid"),
            ("b-far-cell.xlsx", "unreadable"),
            ("c-valid.csv", "valid"),
        ]
    );
    let findings = files[1]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    let finding = &findings[0];
    assert_eq!(finding["code"], "R011");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["sheet"], "Sheet1");
    assert_eq!(finding["cell"], "XFD1048576");
    assert_eq!(finding["row"], 1_048_576);
    assert_eq!(finding["column"], 16_384);
    assert_eq!(
        finding["message"],
        "the sheet 'Sheet1' spans A1:XFD1048576, 17179869184 cells, for 2 values: the value at \
         XFD1048576 lies far outside the rest (ghgcheck reads at most 20000000 cells a sheet)"
    );
    assert_eq!(files[1]["layout"], serde_json::Value::Null);
    for valid in [&files[0], &files[2]] {
        assert_eq!(valid["findings"], serde_json::json!([]));
        assert_eq!(valid["inventories"][0]["city"], "Testville");
    }
    // The one info is the batch's B001: the two good files hold the same
    // city and year.
    assert_eq!(report["findings"][0]["code"], "B001");
    assert_eq!(
        report["summary"],
        serde_json::json!({"files": 3, "valid": 2, "invalid": 0, "unreadable": 1,
            "errors": 1, "warnings": 0, "infos": 1})
    );
}

/// The peak memory of the whole run, where GNU time is there to tell it.
#[test]
fn reading_the_far_cell_file_stays_small() {
    let time = Path::new("/usr/bin/time");
    let probe = Command::new(time).args(["-v", "true"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no GNU time at /usr/bin/time to measure peak memory");
        return;
    }
    let dir = batch_with_far_cell_file();
    let output = Command::new(time)
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_ghgcheck"))
        .args(["validate", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kilobytes: u64 = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak memory in: {stderr}"));
    assert!(kilobytes < 200_000, "peak memory {kilobytes} kB");
}
