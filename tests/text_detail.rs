//! How much the text report shows: `--statistics` (counts per code, most
//! frequent first, as ruff does) and `--quiet` (the closing summary only).

#![allow(clippy::unwrap_used)]

mod support;

use support::{fixtures, run, run_with_stderr};

fn template(name: &str) -> String {
    fixtures().join("template").join(name).display().to_string()
}

#[test]
fn statistics_count_each_code_with_its_severity_then_the_summary() {
    let (code, out) = run(&[
        "validate",
        &template("broken-cells.csv"),
        &template("warnings-only.csv"),
        "--statistics",
        "--color",
        "never",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "1  F001  recommended-fact-missing (warning)\n\
         1  G001  unknown-gpc-ref (error)\n\
         1  N001  invalid-notation-key (error)\n\
         1  S001  required-missing (error)\n\
         1  X001  text-in-number-cell (error)\n\
         2 files checked: 1 valid, 1 invalid, 0 unreadable; 2 inventories: 1 valid, 1 invalid; \
         4 errors, 1 warning\n"
    );
}

#[test]
fn statistics_put_the_most_frequent_code_first_and_follow_the_settings() {
    // Two broken files: every code twice; X001 made a warning by --severity.
    let (_, out) = run(&[
        "validate",
        &template("broken-cells.csv"),
        &template("broken-cells.xlsx"),
        "--statistics",
        "--severity",
        "X001=warning",
        "--color",
        "never",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "2  G001  unknown-gpc-ref (error)", "{out}");
    assert!(
        lines.contains(&"2  X001  text-in-number-cell (warning)"),
        "{out}"
    );
}

#[test]
fn quiet_prints_only_the_summary_and_keeps_the_exit_code() {
    let (code, out) = run(&["validate", &template("broken-cells.csv"), "-q"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "1 file checked: 0 valid, 1 invalid, 0 unreadable; 1 inventory: 0 valid, 1 invalid; \
         4 errors, 0 warnings\n"
    );
    let (code, _, err) = run_with_stderr(&[
        "validate",
        &template("broken-cells.csv"),
        "--quiet",
        "--statistics",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot be used with"), "{err}");
}
