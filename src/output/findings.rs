//! The findings dataset: one row per finding of the batch, with the keys
//! of `validate --format json`.

use super::table::{ColumnSpec, Field, ForeignKey, Table, integer, object, text};
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;
use crate::report::json::{batch_record, file_records};
use crate::report::wire::FindingRecord;

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
    object(
        "args",
        "The named arguments of the message, e.g. {\"value\": \"about 8000\"}",
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

/// The rows of one file's findings.
pub fn rows(report: &FileReport) -> Vec<Vec<Field>> {
    file_records(report).iter().map(row).collect()
}

/// The rows of the findings about the batch as a whole.
pub fn batch_rows(findings: &[BatchFinding]) -> Vec<Vec<Field>> {
    findings.iter().map(|f| row(&batch_record(f))).collect()
}

/// A finding's wire record as a row of [`COLUMNS`].
fn row(record: &FindingRecord) -> Vec<Field> {
    let json = serde_json::to_value(record).unwrap_or_default();
    COLUMNS
        .iter()
        .map(|c| Field::of(json.get(c.name)))
        .collect()
}

/// `findings.csv` written piece by piece (`validate --format csv`): the
/// header, then the lines of each file's findings as the file completes,
/// exactly as in the dataset.
pub(super) struct FindingsCsv;

impl FindingsCsv {
    /// The header line.
    pub fn header() -> std::io::Result<Vec<u8>> {
        csv_of(Vec::new())
    }

    /// The lines of one file's findings, without the header.
    pub fn file(report: &FileReport) -> std::io::Result<Vec<u8>> {
        lines(rows(report))
    }

    /// The lines of the findings about the batch as a whole.
    pub fn batch(findings: &[BatchFinding]) -> std::io::Result<Vec<u8>> {
        lines(batch_rows(findings))
    }
}

fn csv_of(rows: Vec<Vec<Field>>) -> std::io::Result<Vec<u8>> {
    super::csv_writer::csv_bytes(&table(rows), false).map_err(std::io::Error::other)
}

fn lines(rows: Vec<Vec<Field>>) -> std::io::Result<Vec<u8>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let header = FindingsCsv::header()?.len();
    let mut bytes = csv_of(rows)?;
    bytes.drain(..header);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Finding};

    #[test]
    fn the_columns_are_the_keys_of_the_wire_format() {
        let finding = Finding::new(Code::ScopeMismatch, "x");
        let record = FindingRecord::new(None, &finding, None);
        let json = serde_json::to_value(&record).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut columns: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
        keys.sort_unstable();
        columns.sort_unstable();
        assert_eq!(keys, columns);
    }
}
