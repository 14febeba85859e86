//! Builds an inventory document cell by cell: each field read from a cell
//! is set at its JSON pointer, its cell goes into the source map (also when
//! the cell is blank, so a missing field still has a place to be written),
//! and a cell that cannot be read becomes a finding at that cell.

use serde_json::Value;

use super::template::spec::Kind;
use super::template::values::{CellProblem, Found, cell_value};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::document::{new_document, set_at};
use crate::model::source_map::{Source, SourceMap};
use crate::read::Sheet;

/// The result of extracting one inventory from a file.
#[derive(Debug)]
pub struct Extraction {
    pub document: Value,
    pub sources: SourceMap,
    pub findings: Vec<Finding>,
}

impl Default for Extraction {
    fn default() -> Self {
        Extraction {
            document: new_document(),
            sources: SourceMap::default(),
            findings: Vec::new(),
        }
    }
}

impl Extraction {
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
        match cell_value(cell, kind) {
            Ok(Some(value)) => {
                set_at(&mut self.document, pointer, value.clone());
                Some(value)
            }
            Ok(None) => None,
            Err(problem) => {
                self.sources.mark_reported(pointer);
                let (code, message, help) = match &problem {
                    CellProblem::NotANumber(found) => (
                        Code::TextInNumberCell,
                        format!("`{field}` must be a number, found {}", found.describe()),
                        match found {
                            Found::Error(_) => {
                                "the cell's formula fails: correct the formula or the cells it uses, or enter the number itself"
                            }
                            Found::Date(_) => {
                                "the cell is formatted as a date: format it as a number and enter the amount again"
                            }
                            _ => {
                                "enter the number alone (no units or words); for a missing value leave the cell empty and use a notation key (NO, IE, NE, C) with an explanation"
                            }
                        },
                    ),
                    CellProblem::NotADate(found) => (
                        Code::BadFormat,
                        format!("`{field}` must be a date, found {}", found.describe()),
                        "write the date as YYYY-MM-DD, e.g. 2023-12-31, or enter it as a spreadsheet date",
                    ),
                };
                self.findings.push(
                    Finding::new(code, message)
                        .at(Some(cell_ref))
                        .field(Some(field.to_owned()))
                        .pointer(pointer)
                        .value(shown)
                        .help(help),
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
}
