//! The terminal report of `validate` on real fixtures: each inventory under
//! its heading with its totals, the cell's row under the column headers,
//! the summary by code, the ASCII form (`--ascii`, or a locale that is not
//! UTF-8), `--format narrated` for screen readers, and a run that stops
//! when its reader goes away (`| head`).

#![allow(clippy::unwrap_used)]

mod support;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{fixtures, run};

fn broken() -> String {
    fixtures()
        .join("template")
        .join("broken-cells.csv")
        .display()
        .to_string()
}

#[test]
fn an_inventory_is_headed_with_its_totals_and_a_cell_shown_in_its_row() {
    let (code, out) = run(&["validate", &broken(), "--color", "never"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[1..4],
        [
            "── br-broken-cells-2022 2022 (BR): INVALID (4 errors, 0 warnings)",
            "  t CO2e      scope 1  scope 2   BASIC  BASIC+",
            "  recomputed  101,990   14,500  66,490  66,490",
        ],
        "{out}"
    );
    // X001 at G3: the header (row 1) and the row (row 3), the cell underlined.
    assert!(
        out.contains(" 1 │ GPC ref │… Activity or fuel │ CO2 (tCO2e) │ CH4 (tCO2e)\n"),
        "{out}"
    );
    assert!(
        out.contains(" 3 │ I.1.2   │…                  │ about 8000  │\n"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "1 file checked: 0 valid, 1 invalid, 0 unreadable; 1 inventory: 0 valid, 1 invalid; \
             4 errors, 0 warnings\nby code: G001 1, N001 1, S001 1, X001 1\n"
        ),
        "{out}"
    );
}

#[test]
fn ascii_draws_no_box_and_a_locale_without_utf8_chooses_it() {
    let (_, out) = run(&["validate", &broken(), "--ascii"]);
    assert!(out.is_ascii(), "{out}");
    assert!(
        out.contains("-- br-broken-cells-2022 2022 (BR): INVALID"),
        "{out}"
    );
    assert!(out.contains(" 3 | I.1.2   |...  "), "{out}");
    let by_locale = assert_cmd::cargo::cargo_bin_cmd!("ghgcheck")
        .args(["validate", &broken()])
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(by_locale.stdout).unwrap(), out);
    let utf8 = assert_cmd::cargo::cargo_bin_cmd!("ghgcheck")
        .args(["validate", &broken()])
        .env("NO_COLOR", "1")
        .env("LC_ALL", "pt_BR.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8(utf8.stdout).unwrap().contains("╭─[G3]"));
}

#[test]
fn narrated_is_sentences_for_screen_readers() {
    let (code, out) = run(&["validate", &broken(), "--format", "narrated"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "File fixtures/template/broken-cells.csv (ghgcheck-template-csv): invalid, 4 errors, 0 warnings."
                .replace("fixtures/template/broken-cells.csv", &broken())
                .as_str(),
            "Inventory br-broken-cells-2022 2022 (BR): invalid, 4 errors, 0 warnings.",
            "Totals in tonnes CO2e: scope 1 101,990 recomputed; scope 2 14,500 recomputed; \
             BASIC 66,490 recomputed; BASIC+ 66,490 recomputed.",
        ],
        "{out}"
    );
    assert!(
        lines.contains(
            &"Error X001 text-in-number-cell at cell G3: `CO2 (tCO2e)` must be a number, found \
              text. The cell reads about 8000. How to fix: enter the number alone (no units or \
              words); for a missing value leave the cell empty and use a notation key (NO, IE, \
              NE, C) with an explanation."
        ),
        "{out}"
    );
    for drawn in ['│', '╭', '─', '\u{1b}', '×'] {
        assert!(!out.contains(drawn), "{drawn:?} in {out}");
    }
}

#[test]
fn a_closed_pipe_stops_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(fixtures().join("template").join("broken-cells.csv")).unwrap();
    for i in 0..400 {
        std::fs::write(dir.path().join(format!("copy-{i:03}.csv")), &text).unwrap();
    }
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ghgcheck"))
        .args(["validate", "--jobs", "1", "--no-config"])
        .arg(dir.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read the first bytes, as `head -c` would, then go away.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "still running after the pipe closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    // The files checked before the pipe closed were invalid: exit code 1,
    // and nothing on stderr (no panic, no "Broken pipe").
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert_eq!(stderr, "");
}
