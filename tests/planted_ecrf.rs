//! Planted errors in eCRF workbooks: the project's fixture and, when this
//! checkout has them, the real workbooks of ../shared/formats. Each copy
//! carries one error and must get a finding at the changed cell:
//! an activity typed × 1000 (A003 at the activity amount) and a negative
//! stationary-energy total (V001 at the total).

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use calamine::Data;
use support::edit::{Book, a1, real_formats};
use support::{fixtures, validate_json};

const SHEET: &str = "eCRF_3";

/// The eCRF workbooks to plant in: the fixture, and the real filled ones.
fn workbooks() -> Vec<PathBuf> {
    let mut books = vec![fixtures().join("ecrf/ecrf-testville-2022.xlsx")];
    if let Some(real) = real_formats() {
        books.push(real.join("ecrf/Abaiara_CRFFormat_2023_20260206.xlsx"));
        books.push(real.join("ecrf/A_Kothapalle_CRF_2013_GPC_Filled_ALL_Sheet3.xlsx"));
    }
    books
}

/// The columns of eCRF_3 by the start of their header.
fn column(book: &Book, header: &str) -> u32 {
    book.column(SHEET, |text| text.starts_with(header))
        .unwrap_or_else(|| panic!("no {header} column"))
}

/// The first activity row whose amount × total factor gives its total:
/// one A003 can be planted in.
fn consistent_activity_row(book: &Book) -> Option<u32> {
    let amount = column(book, "Activity data - Amount");
    let factor = column(book, "Emission factor - Total CO2e");
    let total = column(book, "GHGs (metric tonnes CO2e) - Total CO2e");
    (1..2000).find(|&row| {
        let (Some(a), Some(f), Some(t)) = (
            book.number(SHEET, row, amount),
            book.number(SHEET, row, factor),
            book.number(SHEET, row, total),
        ) else {
            return false;
        };
        a > 0.0 && t > 10.0 && f > 0.0
    })
}

/// The findings of `code` in a one-file report, as (sheet, cell).
fn places(report: &serde_json::Value, code: &str) -> Vec<(String, String)> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            (
                f["sheet"].as_str().unwrap_or("").to_owned(),
                f["cell"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn planted(dir: &Path, source: &Path, book: &Book) -> PathBuf {
    let path = dir.join(source.file_name().unwrap());
    book.save(&path);
    path
}

#[test]
fn an_activity_typed_a_thousand_times_too_large_is_found_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    for source in workbooks() {
        let original = Book::open(&source);
        let Some(row) = consistent_activity_row(&original) else {
            panic!("{}: no activity row to plant in", source.display());
        };
        let amount = column(&original, "Activity data - Amount");
        let (_, before) = validate_json(&[&planted(dir.path(), &source, &original)], &[]);
        let cell = a1(row, amount);
        let at = (SHEET.to_owned(), cell.clone());
        assert!(
            !places(&before, "A003").contains(&at),
            "{}",
            source.display()
        );

        let mut book = Book::open(&source);
        let value = book.number(SHEET, row, amount).unwrap();
        book.set(SHEET, row, amount, Data::Float(value * 1000.0));
        let (_, after) = validate_json(&[&planted(dir.path(), &source, &book)], &[]);
        assert_eq!(
            places(&after, "A003"),
            [at],
            "{}: activity × 1000 at {cell}",
            source.display()
        );
    }
}

#[test]
fn a_negative_stationary_total_is_found_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    for source in workbooks() {
        let mut book = Book::open(&source);
        let reference = column(&book, "GPC ref");
        let sector = column(&book, "CRF - Sector");
        let total = column(&book, "GHGs (metric tonnes CO2e) - Total CO2e");
        let row = (1..2000)
            .find(|&row| {
                let stationary = matches!(
                    book.get(SHEET, row, sector),
                    Some(Data::String(s)) if s.trim().eq_ignore_ascii_case("Stationary Energy")
                );
                let is_i = matches!(
                    book.get(SHEET, row, reference),
                    Some(Data::String(s)) if s.trim().starts_with("I.")
                ) || book.get(SHEET, row, reference).is_none();
                stationary && is_i && book.number(SHEET, row, total).is_some_and(|t| t > 0.0)
            })
            .unwrap_or_else(|| panic!("{}: no stationary total", source.display()));
        let value = book.number(SHEET, row, total).unwrap();
        book.set(SHEET, row, total, Data::Float(-value));
        let (_, report) = validate_json(&[&planted(dir.path(), &source, &book)], &[]);
        assert!(
            places(&report, "V001").contains(&(SHEET.to_owned(), a1(row, total))),
            "{}: {:?}",
            source.display(),
            places(&report, "V001")
        );
    }
}
