//! The `Issues` sheet, first in the annotated workbook: every finding of
//! the file (those without a cell too) with a link to its cell, then each
//! inventory's totals recomputed from its records beside those it reports.

use rust_xlsxwriter::{Format, Url, Worksheet, XlsxError};

use super::super::xlsx_writer::fit;
use super::names::SheetNames;
use crate::diagnostic::{Arg, Args, CellRef, Severity};
use crate::outcome::FileReport;
use crate::report::catalogue;

pub const ISSUES: &str = "Issues";

/// Columns of the findings table: heading (a catalogue id) and width.
const FINDING_COLUMNS: &[(&str, f64)] = &[
    ("annotate-column-code", 8.0),
    ("annotate-column-severity", 10.0),
    ("annotate-column-message", 70.0),
    ("annotate-column-sheet", 20.0),
    ("annotate-column-cell", 8.0),
    ("annotate-column-help", 70.0),
    ("annotate-column-inventory", 20.0),
];

/// Columns of the totals table (catalogue ids).
const TOTAL_COLUMNS: &[&str] = &[
    "annotate-column-inventory",
    "annotate-column-total",
    "annotate-column-recomputed",
    "annotate-column-reported",
];

/// A fixed text of the sheet in the report's language.
fn word(id: &str) -> String {
    catalogue::active().text(id, &Args::default())
}

/// The link to a cell of the copy, e.g. `internal:'Emissions'!B7`, or
/// `None` when its sheet is not in the copy.
pub fn link(cell: &CellRef, names: &SheetNames) -> Option<String> {
    let sheet = names.get(cell.sheet.as_deref())?;
    Some(format!(
        "internal:'{}'!{}",
        sheet.replace('\'', "''"),
        cell.a1()
    ))
}

/// The sheet column: the copy's name, with the submitted one when the copy
/// had to rename it.
fn sheet_label(cell: &CellRef, names: &SheetNames) -> Option<String> {
    let copy = names.get(cell.sheet.as_deref());
    match (cell.sheet.as_deref(), copy) {
        (Some(original), Some(copy)) if original != copy => {
            let mut args = Args::default();
            args.set("copy", Arg::from(copy));
            args.set("original", Arg::from(original));
            Some(catalogue::active().text("annotate-renamed-sheet", &args))
        }
        (_, Some(copy)) => Some(copy.to_owned()),
        (original, None) => original.map(str::to_owned),
    }
}

fn text(ws: &mut Worksheet, row: u32, col: u16, value: &str) -> Result<(), XlsxError> {
    if !value.is_empty() {
        ws.write_string(row, col, fit(value).as_ref())?;
    }
    Ok(())
}

/// Writes the sheet; `outside` counts the cells left out of the copy.
pub fn write_issues(
    ws: &mut Worksheet,
    report: &FileReport,
    names: &SheetNames,
    outside: usize,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let catalogue = catalogue::active();
    ws.set_name(ISSUES)?;
    ws.write_string_with_format(0, 0, word("annotate-file"), &bold)?;
    text(ws, 0, 1, &report.path.display().to_string())?;
    let mut row = 1;
    if outside > 0 {
        text(
            ws,
            row,
            0,
            &catalogue.text("annotate-cells-outside", &{
                let mut args = Args::default();
                args.set("count", Arg::from(outside));
                args
            }),
        )?;
        row += 1;
    }
    row += 1;
    for (col, (id, width)) in FINDING_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(row, col as u16, word(id), &bold)?;
        ws.set_column_width(col as u16, *width)?;
    }
    ws.set_freeze_panes(row + 1, 0)?;
    for finding in &report.findings {
        row += 1;
        text(ws, row, 0, finding.code.id())?;
        text(ws, row, 1, &word(severity_word(finding.severity)))?;
        text(ws, row, 2, &catalogue.message(finding))?;
        if let Some(cell) = &finding.cell {
            if let Some(sheet) = sheet_label(cell, names) {
                text(ws, row, 3, &sheet)?;
            }
            match link(cell, names) {
                Some(url) => {
                    ws.write_url_with_text(row, 4, Url::new(url), cell.a1())?;
                }
                None => text(ws, row, 4, &cell.a1())?,
            }
        }
        if let Some(help) = catalogue.help(finding) {
            text(ws, row, 5, &help)?;
        }
        let inventory = finding
            .inventory
            .and_then(|i| report.inventories.get(i))
            .map_or("", |inventory| inventory.id.as_str());
        text(ws, row, 6, inventory)?;
    }
    if report.inventories.is_empty() {
        return Ok(());
    }
    row += 2;
    for (col, id) in TOTAL_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(row, col as u16, word(id), &bold)?;
    }
    let scope = |n: i64| {
        let mut args = Args::default();
        args.set("scope", Arg::from(n));
        catalogue.text("annotate-scope", &args)
    };
    for inventory in &report.inventories {
        let (totals, reported) = (&inventory.totals, &inventory.reported_totals);
        let lines = [
            (scope(1), totals.scope1, reported.scopes[0]),
            (scope(2), totals.scope2, reported.scopes[1]),
            (scope(3), totals.scope3, reported.scopes[2]),
            ("BASIC".to_owned(), totals.basic, reported.basic),
            ("BASIC+".to_owned(), totals.basic_plus, reported.basic_plus),
        ];
        for (label, recomputed, stated) in lines {
            row += 1;
            text(ws, row, 0, &inventory.id)?;
            text(ws, row, 1, &label)?;
            if let Some(value) = recomputed {
                ws.write_number(row, 2, value)?;
            }
            if let Some(value) = stated {
                ws.write_number(row, 3, value)?;
            }
        }
    }
    Ok(())
}

/// The catalogue word of a severity.
fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "annotate-severity-error",
        Severity::Warning => "annotate-severity-warning",
        Severity::Info => "annotate-severity-info",
    }
}
