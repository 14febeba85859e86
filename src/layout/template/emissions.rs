//! The Emissions table, shared by the workbook and CSV forms: one record per
//! filled row; a row without a GPC ref becomes `gpc_ref: null` and must then
//! carry its own label.

use serde_json::Value;

use super::spec::{EMISSION_COLUMNS, TABLE_HEADER_ROW};
use super::table::read_records;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::normalize::sector::{RefParse, parse_ref};
use crate::read::Sheet;

const REF_HEADER: &str = "GPC ref";
const TOTAL_HEADER: &str = "Total (tCO2e)";

pub fn read_emissions(out: &mut Extraction, sheet: &Sheet) {
    let header = Header::find(sheet, &[REF_HEADER, TOTAL_HEADER]);
    let header_row = header.as_ref().map_or(TABLE_HEADER_ROW, |h| h.row);
    let Some(header) = header.filter(|h| h.column(REF_HEADER).is_some()) else {
        let row = header_row;
        // Without the ref column no record can be read: one finding says so.
        out.sources.mark_reported("/emissions");
        out.findings.push(Header::missing(sheet, row, REF_HEADER));
        return;
    };
    // An inventory without any record is told to fill the first total cell.
    let total_col = header.column(TOTAL_HEADER).unwrap_or(0);
    let first = header.first_data_row(sheet);
    out.anchor("/emissions", sheet, first, total_col, TOTAL_HEADER);
    let rows = read_records(out, sheet, &header, EMISSION_COLUMNS, "/emissions");
    note_blank_rows(out, sheet, &header, &rows, total_col);
    if let Some(Value::Array(records)) = out.document.get_mut("emissions") {
        for record in records {
            if let Value::Object(fields) = record {
                fields.entry("gpc_ref").or_insert(Value::Null);
            }
        }
    }
}

/// The rows of the table pre-filled with a GPC ref and left blank are where
/// that cell's emissions or notation key would be written (in the total
/// column); a record the table lacks would go after its last row.
fn note_blank_rows(
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    rows: &[u32],
    total_col: u32,
) {
    let Some(ref_col) = header.column(REF_HEADER) else {
        return;
    };
    for row in header.row + 1..sheet.row_end() {
        if rows.binary_search(&row).is_ok() {
            continue;
        }
        if let RefParse::Exact(cell) =
            parse_ref(&sheet.get(row, ref_col).display().unwrap_or_default())
        {
            out.gpc_place(cell, sheet, row, total_col, TOTAL_HEADER);
        }
    }
    out.next_record(sheet, ref_col, REF_HEADER);
}
