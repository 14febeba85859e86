//! GCoM eCRF workbooks (sheets eCRF_1, eCRF_2, eCRF_3), as CIRIS and
//! CityCatalyst export them: city and inventory facts as label/value rows,
//! the CRF summary matrix as reported totals, and one emission record per
//! activity row.

mod activities;
mod explanations;
mod facts;
mod summary;

use super::builder::Extraction;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::normalize::clean::DecimalMark;
use crate::read::Workbook;

pub const SHEET_FACTS: &str = "eCRF_1";
pub const SHEET_SUMMARY: &str = "eCRF_2";
pub const SHEET_ACTIVITIES: &str = "eCRF_3";

/// True when the workbook has the eCRF sheets (two of three suffice, so
/// that a missing one is reported rather than the file refused).
pub fn matches(book: &Workbook) -> bool {
    [SHEET_FACTS, SHEET_SUMMARY, SHEET_ACTIVITIES]
        .iter()
        .filter(|s| book.sheet(s).is_some())
        .count()
        >= 2
}

pub fn extract(book: &Workbook) -> Extraction {
    let mut out = Extraction::reading(DecimalMark::of_sheets(&book.sheets));
    match book.sheet(SHEET_FACTS) {
        Some(sheet) => facts::read(&mut out, sheet),
        None => out.findings.push(missing(SHEET_FACTS)),
    }
    match book.sheet(SHEET_SUMMARY) {
        Some(sheet) => summary::read(&mut out, sheet),
        None => out.findings.push(missing(SHEET_SUMMARY)),
    }
    match book.sheet(SHEET_ACTIVITIES) {
        Some(sheet) => activities::read(&mut out, sheet),
        None => out.findings.push(missing(SHEET_ACTIVITIES)),
    }
    if let Some(sheet) = book.sheet(SHEET_SUMMARY) {
        explanations::apply(&mut out, sheet);
    }
    out
}

fn missing(name: &str) -> Finding {
    Finding::new(Code::MissingSheet, "r006-ecrf-lacks-sheet")
        .arg("sheet", name)
        .field(Some(name.to_owned()))
        .help("r006-ecrf-lacks-sheet-help")
}
