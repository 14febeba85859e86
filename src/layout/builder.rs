//! Builds an inventory document cell by cell: each field read from a cell
//! is set at its JSON pointer, its cell goes into the source map (also when
//! the cell is blank, so a missing field still has a place to be written),
//! and a cell that cannot be read becomes a finding at that cell.

use serde_json::Value;

use super::template::spec::{Kind, ListName};
use super::template::values::{CellProblem, Found, cell_value, ie_place, is_numeric};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::document::{new_document, set_at};
use crate::model::source_map::{Source, SourceMap};
use crate::normalize::clean::{self, Cleaned, DecimalMark};
use crate::read::{Cell, Sheet, clean_text, format_number};

/// The result of extracting one inventory from a file.
#[derive(Debug)]
pub struct Extraction {
    pub document: Value,
    pub sources: SourceMap,
    pub findings: Vec<Finding>,
    /// How the file writes decimals, for its numbers stored as text.
    pub decimal_mark: DecimalMark,
}

impl Default for Extraction {
    fn default() -> Self {
        Extraction::reading(DecimalMark::Unknown)
    }
}

impl Extraction {
    /// An empty extraction from a file that writes decimals with `mark`
    /// (decided once per file, see [`DecimalMark::of_sheets`]).
    pub fn reading(decimal_mark: DecimalMark) -> Self {
        let mut sources = SourceMap::default();
        sources.set_decimal_comma(decimal_mark == DecimalMark::Comma);
        Extraction {
            document: new_document(),
            sources,
            findings: Vec::new(),
            decimal_mark,
        }
    }

    /// Reads the cell at (`row`, `col`) of `sheet` as `kind`, stores it at
    /// `pointer`, and records where it came from under the label `field`.
    /// Returns the value stored, if any.
    pub fn put(
        &mut self,
        pointer: &str,
        sheet: &Sheet,
        row: u32,
        col: u32,
        field: &str,
        kind: Kind,
    ) -> Option<Value> {
        let cell = sheet.get(row, col);
        let cell_ref = sheet.cell_ref(row, col);
        let shown = cell.display();
        self.sources.insert(
            pointer,
            Source {
                cell: cell_ref.clone(),
                field: field.to_owned(),
                value: shown.clone(),
            },
        );
        match cell_value(cell, kind, self.decimal_mark) {
            Ok(Some(value)) => {
                if let Cell::Text(text) = cell
                    && is_numeric(kind)
                    && self.decimal_mark == DecimalMark::Unknown
                    && clean::has_ambiguous_separator(text)
                {
                    let finding = ambiguous_number(text, field).at(Some(cell_ref.clone()));
                    self.findings.push(finding.pointer(pointer));
                }
                set_at(&mut self.document, pointer, value.clone());
                if kind == Kind::Choice(ListName::NotationKey)
                    && let Some(place) = shown.as_deref().and_then(ie_place)
                {
                    // `IE (I.1.1)`: the key, and where its emissions are.
                    let sibling = match pointer.rsplit_once('/') {
                        Some((parent, _)) => format!("{parent}/included_in"),
                        None => "/included_in".to_owned(),
                    };
                    set_at(&mut self.document, &sibling, Value::String(place));
                    self.sources.insert(
                        sibling,
                        Source {
                            cell: cell_ref.clone(),
                            field: field.to_owned(),
                            value: shown.clone(),
                        },
                    );
                }
                Some(value)
            }
            Ok(None) => None,
            Err(problem) => {
                self.sources.mark_reported(pointer);
                let finding = match &problem {
                    CellProblem::NotANumber(found) => {
                        let help = match found {
                            Found::Error(_) => "x001-error-value-help",
                            Found::Date(_) => "x001-date-cell-help",
                            _ => "x001-text-in-number-cell-help",
                        };
                        found_args(
                            Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell"),
                            found,
                        )
                        .help(help)
                    }
                    CellProblem::NotADate(found) => {
                        found_args(Finding::new(Code::BadFormat, "s005-not-a-date-cell"), found)
                            .help("s005-not-a-date-cell-help")
                    }
                };
                self.findings.push(
                    finding
                        .arg("field", field)
                        .at(Some(cell_ref))
                        .field(Some(field.to_owned()))
                        .pointer(pointer)
                        .value(shown),
                );
                None
            }
        }
    }

    /// Appends an empty record to the array at `array` (e.g. `/emissions`),
    /// creating the array, and returns its index.
    pub fn push_record(&mut self, array: &str) -> usize {
        let key = array.trim_start_matches('/');
        let items = self
            .document
            .as_object_mut()
            .expect("documents are objects")
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
        let items = items.as_array_mut().expect("record arrays are arrays");
        items.push(Value::Object(serde_json::Map::new()));
        items.len() - 1
    }

    /// Records a place to write a field that has no cell of its own yet.
    pub fn anchor(&mut self, pointer: &str, sheet: &Sheet, row: u32, col: u32, field: &str) {
        let cell = sheet.get(row, col);
        self.sources.insert(
            pointer,
            Source {
                cell: sheet.cell_ref(row, col),
                field: field.to_owned(),
                value: cell.display(),
            },
        );
    }

    /// Records where the emissions or notation key of a GPC cell the file
    /// leaves blank would be written.
    pub fn gpc_place(&mut self, reference: &str, sheet: &Sheet, row: u32, col: u32, field: &str) {
        let source = Source {
            cell: sheet.cell_ref(row, col),
            field: field.to_owned(),
            value: None,
        };
        self.sources.note_gpc_place(reference, source);
    }

    /// Records where a record the file lacks would be added: the row after
    /// the last one of `sheet`, in column `col` (headed `field`).
    pub fn next_record(&mut self, sheet: &Sheet, col: u32, field: &str) {
        self.sources.set_next_record(Source {
            cell: sheet.cell_ref(sheet.row_end(), col),
            field: field.to_owned(),
            value: None,
        });
    }
}

/// A number such as `254.000` in a file whose other numbers do not show its
/// decimal mark: read the English way, with the other reading beside it.
fn ambiguous_number(text: &str, field: &str) -> Finding {
    let reading = |mark| match clean::number_in(text, mark) {
        Cleaned::Value(n) => n,
        _ => f64::NAN,
    };
    let (read, other) = (reading(DecimalMark::Unknown), reading(DecimalMark::Comma));
    let (thousands, decimal) = match read.abs() > other.abs() {
        true => (read, other),
        false => (other, read),
    };
    let written = clean_text(text);
    Finding::new(Code::AmbiguousNumber, "x007-ambiguous-number")
        .arg("field", field)
        .arg("value", written.as_str())
        .arg("reading", format_number(read))
        .arg("comma_reading", format_number(other))
        .arg("as_thousands", format_number(thousands))
        .arg("as_decimal", format_number(decimal))
        .field(Some(field.to_owned()))
        .value(Some(written))
        .help("x007-ambiguous-number-help")
}

/// What a cell of the wrong kind holds, as the arguments `found` (its kind:
/// text, number, date, boolean or error) and `found_value`.
fn found_args(finding: Finding, found: &Found) -> Finding {
    let (kind, value) = found.kind_and_value();
    let finding = finding.arg("found", kind);
    match value {
        Some(value) => finding.arg("found_value", value),
        None => finding,
    }
}
