//! The findings dataset: one row per finding of the batch, with the keys
//! of `validate --format json`.

use super::table::{ColumnSpec, Field, ForeignKey, Table, integer, text};
use crate::outcome::FileReport;
use crate::report::json::file_json;

pub const COLUMNS: &[ColumnSpec] = &[
    text("code", "Finding code, e.g. G001 (`ghgcheck explain CODE`)"),
    text("name", "Finding name, e.g. unknown-gpc-ref"),
    text("severity", "error, warning or info"),
    text("message", "What is wrong"),
    text("file", "The submitted file"),
    text("sheet", "Sheet of the cell (empty for CSV files)"),
    text("cell", "Cell to fix, e.g. B7"),
    integer("row", "1-based row of the cell"),
    integer("column", "1-based column of the cell"),
    text("field", "Column header or row label of the cell"),
    text("pointer", "JSON pointer into the inventory document"),
    text("value", "The offending value as written"),
    text("help", "How to fix it"),
    text(
        "inventory",
        "The inventory concerned (inventories.csv), empty for the file as a whole",
    ),
];

pub const FOREIGN_KEYS: &[ForeignKey] = &[ForeignKey {
    column: "inventory",
    table: "inventories",
    key: "inventory_id",
}];

pub fn table(rows: Vec<Vec<Field>>) -> Table {
    Table {
        name: "findings",
        title: "Findings",
        columns: COLUMNS,
        primary_key: None,
        foreign_keys: FOREIGN_KEYS,
        rows,
    }
}

pub fn rows(report: &FileReport) -> Vec<Vec<Field>> {
    let file = file_json(report);
    file["findings"]
        .as_array()
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(|finding| {
            COLUMNS
                .iter()
                .map(|c| Field::of(finding.get(c.name)))
                .collect()
        })
        .collect()
}
