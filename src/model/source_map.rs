//! The source map: for every field of an extracted document, the cell it
//! came from, or the cell where it would be written when it is absent. Schema
//! errors found in the JSON document are located through it, so that even a
//! missing `required` field points at a cell a person can fill.

use std::collections::{BTreeMap, BTreeSet};

use super::document::parent;
use crate::diagnostic::{CellRef, Finding};

/// Where one field lives in the submitted file.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub cell: CellRef,
    /// The column header or row label, e.g. `CO2 (tCO2e)`.
    pub field: String,
    /// The value as the submitter wrote it, when there is one.
    pub value: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceMap {
    fields: BTreeMap<String, Source>,
    /// Pointers whose cell already has an extraction finding (e.g. text in a
    /// number cell): the schema's complaint about the same field is dropped.
    reported: BTreeSet<String>,
    /// Amounts a layout converted to tonnes CO2e: the unit as reported and
    /// the factor applied, by pointer.
    units: BTreeMap<String, (String, f64)>,
}

impl SourceMap {
    pub fn insert(&mut self, pointer: impl Into<String>, source: Source) {
        self.fields.insert(pointer.into(), source);
    }

    pub fn mark_reported(&mut self, pointer: impl Into<String>) {
        self.reported.insert(pointer.into());
    }

    /// True when this pointer, or a field that contains it, already has a
    /// finding.
    pub fn is_reported(&self, pointer: &str) -> bool {
        // Looks up the pointer and each of its ancestors rather than
        // scanning every reported pointer: asked once per schema error, a
        // scan made a table with a bad cell on every row quadratic.
        let mut current = Some(pointer);
        while let Some(p) = current {
            if self.reported.contains(p) {
                return true;
            }
            current = parent(p);
        }
        false
    }

    /// The source of a pointer, or of its nearest ancestor that has one.
    pub fn locate(&self, pointer: &str) -> Option<&Source> {
        let mut current = Some(pointer);
        while let Some(p) = current {
            if let Some(source) = self.fields.get(p) {
                return Some(source);
            }
            current = parent(p);
        }
        None
    }

    pub fn get(&self, pointer: &str) -> Option<&Source> {
        self.fields.get(pointer)
    }

    /// Records that the amount at `pointer` was reported in `unit` and
    /// multiplied by `factor`.
    pub fn note_unit(&mut self, pointer: impl Into<String>, unit: &str, factor: f64) {
        self.units.insert(pointer.into(), (unit.to_owned(), factor));
    }

    /// The unit an amount was reported in and the factor applied, when the
    /// layout converted it.
    pub fn unit(&self, pointer: &str) -> Option<(&str, f64)> {
        self.units.get(pointer).map(|(u, f)| (u.as_str(), *f))
    }
}

/// Points findings at the field behind a JSON pointer.
pub trait Locate {
    /// The finding at the cell of `pointer` (or the cell where it would be
    /// written), with that field's label.
    fn located(self, sources: &SourceMap, pointer: &str) -> Self;
}

impl Locate for Finding {
    fn located(self, sources: &SourceMap, pointer: &str) -> Self {
        let place = sources
            .locate(pointer)
            .map(|source| (source.cell.clone(), source.field.clone()));
        self.placed(place, pointer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(col: u32) -> Source {
        Source {
            cell: CellRef::new(Some("S"), 1, col),
            field: format!("f{col}"),
            value: None,
        }
    }

    #[test]
    fn locate_falls_back_to_the_nearest_ancestor() {
        let mut map = SourceMap::default();
        map.insert("/emissions/0", source(0));
        map.insert("/emissions/0/total_tco2e", source(13));
        assert_eq!(map.locate("/emissions/0/total_tco2e").unwrap().cell.col, 13);
        assert_eq!(map.locate("/emissions/0/gases/co2").unwrap().cell.col, 0);
        assert!(map.locate("/city/name").is_none());
    }

    #[test]
    fn reported_covers_the_field_and_what_it_contains() {
        let mut map = SourceMap::default();
        map.mark_reported("/emissions/1/gases");
        assert!(map.is_reported("/emissions/1/gases"));
        assert!(map.is_reported("/emissions/1/gases/co2/tco2e"));
        assert!(!map.is_reported("/emissions/1"));
        assert!(!map.is_reported("/emissions/10/gases"));
        assert!(!map.is_reported("/emissions/1/gasesx"));
    }
}
