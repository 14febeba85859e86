//! `ghgcheck explain CODE` prints a code's documentation under fixed
//! headings (people and scripts look for them), and an unknown code is a
//! usage error.

// The shared support module unwraps, as tests may.
#![allow(clippy::unwrap_used)]

mod support;

use support::{run, run_with_stderr};

#[test]
fn explain_prints_the_title_and_one_labelled_section_per_part() {
    let (code, stdout) = run(&["explain", "T001"]);
    assert_eq!(code, 0, "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 7, "{stdout}");
    assert_eq!(lines[0], "T001 total-differs-from-gases (warning)");
    assert_eq!(lines[1], "A record's total is not the sum of its gases");
    assert_eq!(lines[2], "");
    let headings = [
        "What it checks: ",
        "Why it matters: ",
        "Example: ",
        "How to fix: ",
    ];
    for (line, heading) in lines[3..].iter().zip(headings) {
        let text = line
            .strip_prefix(heading)
            .unwrap_or_else(|| panic!("`{line}` does not start with `{heading}`"));
        assert!(!text.trim().is_empty(), "nothing after `{heading}`");
    }
}

#[test]
fn explain_accepts_a_name_as_well_as_an_id() {
    let (code, stdout) = run(&["explain", "total-differs-from-gases"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("T001 "), "{stdout}");
}

#[test]
fn explain_of_an_unknown_code_exits_with_2() {
    let (code, stdout, stderr) = run_with_stderr(&["explain", "Z999"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("unknown code `Z999`"), "{stderr}");
}
