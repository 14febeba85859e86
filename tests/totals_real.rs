//! Planted errors in copies of the real submissions in ../shared/formats
//! (skipped when that folder is absent, so a fresh clone's tests pass): a
//! changed eCRF_2 total gives T002 at that cell, and a CDP row whose BASIC+
//! is lowered below its BASIC gives T004 at that cell. The untouched eCRF
//! files give no finding of these codes, the CDP release only those of the
//! rows that truly contradict themselves.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use ghgcheck::read::{Cell, Input};
use rust_xlsxwriter::Workbook;
use serde_json::Value;
use support::validate_json;

fn formats() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/formats");
    path.is_dir().then_some(path)
}

/// A copy of a workbook's cell values, with one cell (sheet, 0-based row
/// and column) holding another number.
fn copy_with(path: &Path, sheet: &str, row: u32, col: u32, value: f64) -> Vec<u8> {
    let (_, input) = ghgcheck::read::read_file(path).unwrap();
    let Input::Cells(book) = input else {
        panic!("a workbook")
    };
    let mut copy = Workbook::new();
    for source in &book.sheets {
        let name = source.name.clone().unwrap();
        let target = copy.add_worksheet().set_name(&name).unwrap();
        for r in 0..source.row_end() {
            for c in 0..source.col_end() {
                let (r16, c16) = (r, u16::try_from(c).unwrap());
                match source.get(r, c) {
                    Cell::Text(text) => drop(target.write_string(r16, c16, text).unwrap()),
                    Cell::Number(n) => drop(target.write_number(r16, c16, *n).unwrap()),
                    Cell::Bool(b) => drop(target.write_boolean(r16, c16, *b).unwrap()),
                    other => {
                        if let Some(text) = other.display() {
                            target.write_string(r16, c16, text).unwrap();
                        }
                    }
                }
            }
        }
        if name == sheet {
            target
                .write_number(row, u16::try_from(col).unwrap(), value)
                .unwrap();
        }
    }
    copy.save_to_buffer().unwrap()
}

/// (code, cell) of the totals findings of the first file of a report.
fn totals(report: &Value) -> Vec<(String, String)> {
    support::totals::findings(report)
        .into_iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["cell"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn validate(name: &str, bytes: &[u8]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    validate_json(&[&path], &[]).1
}

fn pair(code: &str, cell: &str) -> (String, String) {
    (code.to_owned(), cell.to_owned())
}

#[test]
fn changed_ecrf_totals_in_real_files_are_found_at_their_cells() {
    let Some(formats) = formats() else {
        return;
    };
    let abaiara = formats
        .join("ecrf")
        .join("Abaiara_CRFFormat_2023_20260206.xlsx");
    let kothapalle = formats
        .join("ecrf")
        .join("A_Kothapalle_CRF_2013_GPC_Filled_ALL_Sheet3.xlsx");
    for file in [&abaiara, &kothapalle] {
        // The copy itself changes nothing the rules see.
        let (_, report) = validate_json(&[file.as_path()], &[]);
        assert_eq!(totals(&report), [], "{}", file.display());
        let same = validate("copy.xlsx", &copy_with(file, "eCRF_2", 0, 0, 2023.0));
        assert_eq!(totals(&same), [], "{}", file.display());
    }
    let cases = [
        // Total AFOLU, Direct: its 15 eCRF_3 rows sum to 108 010.49.
        (&abaiara, 27, 1, 100_000.0, "B28"),
        // The grand total, Direct: 118 223.87.
        (&abaiara, 33, 1, 99_999_999.0, "B34"),
        // Waste > Wastewater, Direct: 1338.66.
        (&abaiara, 19, 1, 1000.0, "B20"),
        // Total Stationary Energy, Direct: 369.65.
        (&kothapalle, 9, 1, 400.0, "B10"),
        // Commercial buildings & facilities, Direct: 16.03.
        (&kothapalle, 4, 1, 20.0, "B5"),
    ];
    for (file, row, col, value, cell) in cases {
        let report = validate("planted.xlsx", &copy_with(file, "eCRF_2", row, col, value));
        assert_eq!(totals(&report), [pair("T002", cell)], "{}", file.display());
    }
}

#[test]
fn a_cdp_row_with_basic_plus_below_basic_is_found_at_that_cell() {
    let Some(formats) = formats() else {
        return;
    };
    let path = formats
        .join("cdp_open_data")
        .join("2019_City-wide_Emissions.csv");
    // Lower the BASIC+ of the first row stating BASIC+ above BASIC.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&path)
        .unwrap();
    let headers = reader.headers().unwrap().clone();
    let basic = headers
        .iter()
        .position(|h| h.contains("Total BASIC Emissions (GPC)"))
        .unwrap();
    let plus = headers
        .iter()
        .position(|h| h.contains("Total BASIC+ Emissions (GPC)"))
        .unwrap();
    let mut rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let number = |row: &csv::StringRecord, i: usize| row.get(i).and_then(|t| t.parse::<f64>().ok());
    let index = rows
        .iter()
        .position(|r| {
            matches!((number(r, basic), number(r, plus)), (Some(b), Some(p)) if b > 0.0 && p > b * 1.1)
        })
        .unwrap();
    let lowered = number(&rows[index], basic).unwrap() / 2.0;
    let mut fields: Vec<String> = rows[index].iter().map(str::to_owned).collect();
    fields[plus] = lowered.to_string();
    rows[index] = csv::StringRecord::from(fields);
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    for row in &rows {
        writer.write_record(row).unwrap();
    }
    let report = validate(
        "2019_City-wide_Emissions.csv",
        &writer.into_inner().unwrap(),
    );
    let found = totals(&report);
    // Header on row 1, so record `index` is on row `index + 2`.
    let column = char::from(b'A' + u8::try_from(plus).unwrap());
    let cell = format!("{column}{}", index + 2);
    assert!(found.contains(&pair("T004", &cell)), "{cell}: {found:?}");
    // Besides it, the 13 rows of the release whose BASIC+ is below BASIC
    // (12 of them 0; Wollongong, Z746, 281 078 below 3 091 346) and the 3
    // whose BASIC is above their scopes.
    assert_eq!(found.iter().filter(|(c, _)| c == "T004").count(), 14);
    assert_eq!(found.iter().filter(|(c, _)| c == "T005").count(), 3);
    assert!(found.contains(&pair("T004", "Z746")), "Wollongong");
}
