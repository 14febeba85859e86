//! Batches: a folder with a corrupt file among valid ones, files that cannot
//! be read for each known reason, deterministic output whatever the number
//! of jobs, and the exit codes.

#![allow(clippy::unwrap_used)]

mod support;

use support::{fixtures, run, validate_json};

fn statuses(report: &serde_json::Value) -> Vec<(String, String)> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap();
            let name = path.rsplit(['/', '\\']).next().unwrap().to_owned();
            (name, f["status"].as_str().unwrap().to_owned())
        })
        .collect()
}

#[test]
fn a_corrupt_file_does_not_stop_the_batch() {
    let (code, report) = validate_json(&[&fixtures().join("batch")], &[]);
    assert_eq!(code, 1);
    assert_eq!(
        statuses(&report),
        vec![
            ("a-valid.xlsx".to_owned(), "valid".to_owned()),
            ("b-corrupt.xlsx".to_owned(), "unreadable".to_owned()),
            ("c-valid.csv".to_owned(), "valid".to_owned()),
        ]
    );
    let corrupt = &report["files"][1];
    assert_eq!(corrupt["findings"][0]["code"], "R002");
    assert_eq!(corrupt["layout"], serde_json::Value::Null);
    assert_eq!(
        report["summary"],
        serde_json::json!({"files": 3, "valid": 2, "invalid": 0, "unreadable": 1,
            "errors": 1, "warnings": 0, "infos": 1})
    );
    // Two valid copies of one inventory get distinct ids, and the batch
    // says that it holds the same city and year twice.
    assert_eq!(
        report["files"][0]["inventories"][0]["id"],
        "br-testville-2022"
    );
    assert_eq!(
        report["files"][2]["inventories"][0]["id"],
        "br-testville-2022-2"
    );
    let batch = report["findings"].as_array().unwrap();
    assert_eq!(batch.len(), 1);
    assert_eq!(batch[0]["code"], "B001");
    assert_eq!(batch[0]["severity"], "info");
    assert_eq!(batch[0]["inventory"], "br-testville-2022-2");
    assert_eq!(batch[0]["file"], serde_json::Value::Null);
    let dir = fixtures().join("batch");
    assert_eq!(
        batch[0]["message"],
        format!(
            "Testville 2022 in {} (br-testville-2022-2) is also in {} (br-testville-2022), with the same totals",
            dir.join("c-valid.csv").display(),
            dir.join("a-valid.xlsx").display()
        )
    );
}

#[test]
fn each_reading_problem_has_its_own_code() {
    let dir = fixtures().join("unreadable");
    let cases = [
        ("empty.csv", "R005"),
        ("encrypted.xlsx", "R004"),
        ("latin1.csv", "R010"),
        ("not-a-spreadsheet.xlsx", "R001"),
        ("truncated.xlsx", "R003"),
        ("unknown-layout.csv", "R009"),
    ];
    for (name, expected) in cases {
        let (code, report) = validate_json(&[&dir.join(name)], &[]);
        assert_eq!(code, 1, "{name}");
        let file = &report["files"][0];
        assert_eq!(file["status"], "unreadable", "{name}");
        assert_eq!(file["findings"][0]["code"], expected, "{name}");
        assert!(
            file["findings"][0]["help"]
                .as_str()
                .is_some_and(|h| !h.is_empty()),
            "{name}"
        );
    }
}

#[test]
fn a_missing_sheet_is_reported_and_the_rest_still_read() {
    let (code, report) = validate_json(
        &[&fixtures().join("unreadable").join("no-city-sheet.xlsx")],
        &[],
    );
    assert_eq!(code, 1);
    let findings = report["files"][0]["findings"].as_array().unwrap();
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    // The one record leaves the other BASIC cells without a row (C001).
    assert_eq!(codes, ["R006", "C001"]);
    assert_eq!(findings[0]["message"], "the workbook has no sheet 'City'");
    assert_eq!(report["files"][0]["status"], "invalid");
    assert_eq!(report["files"][0]["inventories"][0]["year"], 2022);
}

#[test]
fn a_missing_ref_column_is_one_finding_on_the_header_row() {
    let (code, report) = validate_json(
        &[&fixtures().join("unreadable").join("no-ref-column.csv")],
        &[],
    );
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["status"], "invalid");
    assert_eq!(file["layout"], "ghgcheck-template-csv");
    assert_eq!(file["findings"].as_array().unwrap().len(), 1);
    assert_eq!(file["findings"][0]["code"], "R007");
    assert_eq!(file["findings"][0]["cell"], "A1");
    assert_eq!(
        file["findings"][0]["message"],
        "the header row has no column `GPC ref`"
    );
    assert_eq!(file["inventories"][0]["city"], "Testville");
}

#[test]
fn one_job_and_two_jobs_give_byte_identical_json() {
    let all = fixtures();
    let args = |jobs: &str| {
        vec![
            "validate".to_owned(),
            "--format".into(),
            "json".into(),
            "--jobs".into(),
            jobs.into(),
            all.display().to_string(),
        ]
    };
    let one: Vec<String> = args("1");
    let two: Vec<String> = args("2");
    let (code_one, out_one) = run(&one.iter().map(String::as_str).collect::<Vec<_>>());
    let (code_two, out_two) = run(&two.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code_one, 1);
    assert_eq!(code_one, code_two);
    assert!(out_one.len() > 1000);
    assert_eq!(out_one, out_two);
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["validate", "/no/such/file.xlsx"]).0, 2);
    assert_eq!(run(&["validate", "--no-such-flag", "x"]).0, 2);
    assert_eq!(run(&["explain", "Z999"]).0, 2);
}

#[test]
fn fail_on_warning_counts_warnings() {
    let path = fixtures().join("template").join("warnings-only.csv");
    let (code, report) = validate_json(&[&path], &[]);
    assert_eq!(report["files"][0]["status"], "valid");
    assert_eq!(report["summary"]["warnings"], 1);
    assert_eq!(code, 0);
    let (code, _) = validate_json(&[&path], &["--fail-on", "warning"]);
    assert_eq!(code, 1);
}

#[test]
fn the_out_folder_keeps_the_json_report_and_is_never_searched() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path();
    std::fs::copy(
        fixtures().join("template").join("valid-city.csv"),
        inbox.join("city.csv"),
    )
    .unwrap();
    std::fs::write(inbox.join("~$city.xlsx"), b"lock").unwrap();
    let out = inbox.join("results");
    let out_arg = out.display().to_string();
    let inbox_arg = inbox.display().to_string();
    for _ in 0..2 {
        let (code, stdout) = run(&[
            "validate", "--format", "json", "--out", &out_arg, &inbox_arg,
        ]);
        assert_eq!(code, 0, "{stdout}");
        let written = std::fs::read_to_string(out.join("report.json")).unwrap();
        assert_eq!(written, stdout);
        let report: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(report["summary"]["files"], 1);
    }
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // The run's own files only: no staging folder or temporary file left.
    assert_eq!(
        names,
        [
            "annotated",
            "datapackage.json",
            "datasets.xlsx",
            "emissions.csv",
            "emissions.jsonl",
            "findings.csv",
            "findings.jsonl",
            "inventories",
            "inventories.csv",
            "report.html",
            "report.json"
        ]
    );
}
