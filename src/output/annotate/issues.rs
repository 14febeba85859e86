//! The `Issues` sheet, first in the annotated workbook: every finding of
//! the file (those without a cell too) with a link to its cell, then each
//! inventory's totals recomputed from its records beside those it reports.

use rust_xlsxwriter::{Format, Url, Worksheet, XlsxError};

use super::super::xlsx_writer::fit;
use super::names::SheetNames;
use crate::diagnostic::CellRef;
use crate::outcome::FileReport;
use crate::report::catalogue;

pub const ISSUES: &str = "Issues";

/// Columns of the findings table.
const FINDING_COLUMNS: &[(&str, f64)] = &[
    ("Code", 8.0),
    ("Severity", 10.0),
    ("Message", 70.0),
    ("Sheet", 20.0),
    ("Cell", 8.0),
    ("Help", 70.0),
    ("Inventory", 20.0),
];

/// Columns of the totals table.
const TOTAL_COLUMNS: &[&str] = &[
    "Inventory",
    "Total",
    "Recomputed (t CO2e)",
    "Reported (t CO2e)",
];

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
            Some(format!("{copy} (was {original})"))
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
    ws.write_string_with_format(0, 0, "File", &bold)?;
    text(ws, 0, 1, &report.path.display().to_string())?;
    let mut row = 1;
    if outside > 0 {
        text(
            ws,
            row,
            0,
            &format!(
                "{outside} cells beyond Excel's 1,048,576 rows or 16,384 columns are not in this copy"
            ),
        )?;
        row += 1;
    }
    row += 1;
    for (col, (name, width)) in FINDING_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(row, col as u16, *name, &bold)?;
        ws.set_column_width(col as u16, *width)?;
    }
    ws.set_freeze_panes(row + 1, 0)?;
    for finding in &report.findings {
        row += 1;
        text(ws, row, 0, finding.code.id())?;
        text(ws, row, 1, finding.severity.as_str())?;
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
    for (col, name) in TOTAL_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(row, col as u16, *name, &bold)?;
    }
    for inventory in &report.inventories {
        let (totals, reported) = (&inventory.totals, &inventory.reported_totals);
        let lines = [
            ("Scope 1", totals.scope1, reported.scopes[0]),
            ("Scope 2", totals.scope2, reported.scopes[1]),
            ("Scope 3", totals.scope3, reported.scopes[2]),
            ("BASIC", totals.basic, reported.basic),
            ("BASIC+", totals.basic_plus, reported.basic_plus),
        ];
        for (label, recomputed, stated) in lines {
            row += 1;
            text(ws, row, 0, &inventory.id)?;
            text(ws, row, 1, label)?;
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
