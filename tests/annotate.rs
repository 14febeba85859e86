//! `validate --annotate DIR` and `--out DIR` (`annotated/`): the copies
//! re-read with calamine have the submission's sheets and values, an
//! `Issues` sheet first listing each finding with a link to an existing
//! cell, and safe, unique names. Fills and notes are not readable by
//! calamine; their plan is unit-tested in `src/output/annotate/tests.rs`.

#![allow(clippy::unwrap_used)]

mod support;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};
use ghgcheck::read::{Input, read_file};
use support::{fixtures, run_with_stderr};

fn validate(paths: &[PathBuf], extra: &[&str]) {
    let mut args: Vec<String> = vec!["validate".to_owned()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, stderr) = run_with_stderr(&args);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The `Issues` rows under the header row `Code`: (code, sheet, cell).
fn issues(path: &Path) -> Vec<(String, String, String)> {
    let mut book = open_workbook_auto(path).unwrap();
    let range = book.worksheet_range("Issues").unwrap();
    let text = |cell: Option<&Data>| cell.map(|d| d.to_string()).unwrap_or_default();
    let rows: Vec<&[Data]> = range.rows().collect();
    let header = rows.iter().position(|r| text(r.first()) == "Code").unwrap();
    rows[header + 1..]
        .iter()
        .take_while(|r| !text(r.first()).is_empty())
        .map(|r| (text(r.first()), text(r.get(3)), text(r.get(4))))
        .collect()
}

/// The targets of the `Issues` sheet's links, from its XML.
fn links(path: &Path) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("location=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().replace("&apos;", "'"))
        .collect()
}

/// Every cell of every submitted sheet is in the copy, equal as the
/// project's reader reads it; `sheets` names each sheet's copy.
fn assert_same_cells(submission: &Path, copy: &Path, sheets: &[&str]) {
    let Ok((_, Input::Cells(original))) = read_file(submission) else {
        panic!("{} is not cells", submission.display())
    };
    let Ok((_, Input::Cells(copied))) = read_file(copy) else {
        panic!("{} is not cells", copy.display())
    };
    assert_eq!(original.sheets.len(), sheets.len());
    for (sheet, name) in original.sheets.iter().zip(sheets) {
        let copy_sheet = copied.sheet(name).unwrap();
        let mut count = 0;
        for (row, col, cell) in sheet.cells() {
            assert_eq!(copy_sheet.get(row, col), cell, "{name} row {row} col {col}");
            count += 1;
        }
        assert_eq!(copy_sheet.cells().count(), count, "{name}");
    }
}

#[test]
fn the_xlsx_copy_has_the_sheets_values_and_issues() {
    let dir = tempfile::tempdir().unwrap();
    let submission = fixtures().join("template").join("broken-cells.xlsx");
    let out = dir.path().join("annotated");
    validate(
        std::slice::from_ref(&submission),
        &["--annotate", out.to_str().unwrap()],
    );
    assert_eq!(names(&out), ["broken-cells.xlsx.xlsx"]);
    let copy = out.join("broken-cells.xlsx.xlsx");
    let mut book = open_workbook_auto(&copy).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Issues",
            "ReadMe",
            "City",
            "Inventory",
            "Emissions",
            "Targets",
            "Lists"
        ]
    );
    let emissions = book.worksheet_range("Emissions").unwrap();
    assert_eq!(
        emissions.get_value((2, 6)),
        Some(&Data::String("about 8000".to_owned()))
    );
    assert_eq!(
        issues(&copy),
        [
            ("S001", "City", "B2"),
            ("X001", "Emissions", "G3"),
            ("N001", "Emissions", "P38"),
            ("G001", "Emissions", "A56"),
        ]
        .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    );
    assert_eq!(
        links(&copy),
        [
            "'City'!B2",
            "'Emissions'!G3",
            "'Emissions'!P38",
            "'Emissions'!A56"
        ]
    );
    assert_same_cells(
        &submission,
        &copy,
        &[
            "ReadMe",
            "City",
            "Inventory",
            "Emissions",
            "Targets",
            "Lists",
        ],
    );
}

#[test]
fn csv_and_ods_copies_keep_their_values_and_two_csvs_of_one_name_do_not_collide() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixtures().join("template").join("broken-cells.csv");
    let ods = fixtures().join("template").join("broken-cells.ods");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    fs::copy(&csv, a.join("x.csv")).unwrap();
    fs::copy(&csv, b.join("x.csv")).unwrap();
    let unreadable = fixtures().join("unreadable").join("truncated.xlsx");
    let out = dir.path().join("out");
    validate(
        &[a.join("x.csv"), b.join("x.csv"), ods.clone(), unreadable],
        &["--annotate", out.to_str().unwrap()],
    );
    assert_eq!(
        names(&out),
        ["broken-cells.ods.xlsx", "x.csv-2.xlsx", "x.csv.xlsx"]
    );
    let copy = out.join("x.csv.xlsx");
    let mut book = open_workbook_auto(&copy).unwrap();
    assert_eq!(book.sheet_names(), ["Issues", "x"]);
    let data = book.worksheet_range("x").unwrap();
    // A CSV's cells are text as the reader gives them.
    assert_eq!(
        data.get_value((1, 0)),
        Some(&Data::String("I.1.1".to_owned()))
    );
    assert_eq!(
        data.get_value((1, 6)),
        Some(&Data::String("12000".to_owned()))
    );
    assert_eq!(
        issues(&copy),
        [
            ("S001", "x", "AA2"),
            ("X001", "x", "G3"),
            ("N001", "x", "P38"),
            ("G001", "x", "A56"),
        ]
        .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    );
    assert_eq!(links(&copy), ["'x'!AA2", "'x'!G3", "'x'!P38", "'x'!A56"]);
    assert_same_cells(&csv, &copy, &["x"]);
    let ods_copy = out.join("broken-cells.ods.xlsx");
    let sheets = open_workbook_auto(&ods_copy).unwrap().sheet_names();
    let sheets: Vec<&str> = sheets[1..].iter().map(String::as_str).collect();
    assert_same_cells(&ods, &ods_copy, &sheets);
}

#[test]
fn out_writes_the_copies_in_annotated() {
    let dir = tempfile::tempdir().unwrap();
    let submission = fixtures().join("template").join("broken-cells.xlsx");
    validate(&[submission], &["--out", dir.path().to_str().unwrap()]);
    assert_eq!(
        names(&dir.path().join("annotated")),
        ["broken-cells.xlsx.xlsx"]
    );
}
