//! The source map: for every field of an extracted document, the cell it
//! came from, or the cell where it would be written when it is absent. Schema
//! errors found in the JSON document are located through it, so that even a
//! missing `required` field points at a cell a person can fill.

use std::collections::{BTreeMap, BTreeSet};

use super::document::parent;
use super::field::Field;
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
    /// The file writes decimals with a comma, so its numbers written as
    /// text were read that way (`1.234` as 1234): whoever reads a `value`
    /// again must do the same.
    decimal_comma: bool,
    /// Amounts in CO2e as written with their own unit, waiting to be
    /// converted to tonnes (`normalize::written`).
    written: Vec<WrittenAmount>,
    /// Where the emissions or notation key of a GPC cell the file leaves
    /// blank would be written (a template row pre-filled with its ref, an
    /// eCRF_2 cell, a wide table's column), by reference number.
    gpc_places: BTreeMap<String, Source>,
    /// Where a record the file lacks would be added: the row after the
    /// last one of its record table.
    next_record: Option<Source>,
}

/// An amount of CO2e as the file writes it, in a unit of its own: the
/// extractor keeps it as written, and `normalize::written` converts it to
/// tonnes (or says why it cannot) before the schema check.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenAmount {
    /// Where the amount goes in the document, e.g. `/emissions/3/total_tco2e`.
    pub pointer: String,
    /// The number, in `unit`, and as the cell shows it.
    pub value: f64,
    pub as_written: String,
    /// The header of the amount's column, e.g. `Total Emissions`.
    pub field: String,
    /// The unit as written; `None` when its cell is blank.
    pub unit: Option<String>,
    /// The cell of the unit (or where it would be written) and its header.
    pub unit_cell: Option<CellRef>,
    pub unit_field: String,
}

impl SourceMap {
    /// True when no field has a cell: the submission is the document itself
    /// (a JSON file), located by pointers alone.
    pub fn has_no_cells(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn insert(&mut self, pointer: impl Into<String>, source: Source) {
        self.fields.insert(pointer.into(), source);
    }

    pub fn mark_reported(&mut self, pointer: impl Into<String>) {
        self.reported.insert(pointer.into());
    }

    /// True when this pointer, or a field that contains it, already has a
    /// finding: one look-up per level of the pointer, however many fields
    /// are reported.
    pub fn is_reported(&self, pointer: &str) -> bool {
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

    /// The cells of every field (read, or where an absent one would be
    /// written): a report names the rows an inventory came from by them.
    pub fn cells(&self) -> impl Iterator<Item = &CellRef> {
        self.fields.values().map(|source| &source.cell)
    }

    /// Records that the amount at `pointer` was reported in `unit` and
    /// multiplied by `factor`.
    pub fn note_unit(&mut self, pointer: impl Into<String>, unit: &str, factor: f64) {
        self.units.insert(pointer.into(), (unit.to_owned(), factor));
    }

    /// Keeps an amount written in a unit of its own, for conversion.
    pub fn push_written(&mut self, amount: WrittenAmount) {
        self.written.push(amount);
    }

    /// The amounts waiting for conversion, handed over once.
    pub fn take_written(&mut self) -> Vec<WrittenAmount> {
        std::mem::take(&mut self.written)
    }

    pub fn set_decimal_comma(&mut self, comma: bool) {
        self.decimal_comma = comma;
    }

    /// True when the file's numbers written as text use a decimal comma.
    pub fn decimal_comma(&self) -> bool {
        self.decimal_comma
    }

    /// The unit an amount was reported in and the factor applied, when the
    /// layout converted it.
    pub fn unit(&self, pointer: &str) -> Option<(&str, f64)> {
        self.units.get(pointer).map(|(u, f)| (u.as_str(), *f))
    }

    /// Notes where a GPC cell the file leaves blank would be filled; the
    /// first place noted for a cell counts.
    pub fn note_gpc_place(&mut self, reference: &str, source: Source) {
        self.gpc_places
            .entry(reference.to_owned())
            .or_insert(source);
    }

    /// Where a GPC cell the file leaves blank would be filled, if the
    /// layout has a place for it.
    pub fn gpc_place(&self, reference: &str) -> Option<&Source> {
        self.gpc_places.get(reference)
    }

    /// Notes where a record the file lacks would be added.
    pub fn set_next_record(&mut self, source: Source) {
        self.next_record = Some(source);
    }

    /// Where a record the file lacks would be added, if the layout has a
    /// record table.
    pub fn next_record(&self) -> Option<&Source> {
        self.next_record.as_ref()
    }
}

/// The same look-ups by typed key, for the stages after extraction.
impl SourceMap {
    /// The cell a field was read from, when it was read from one.
    pub fn source_of(&self, field: Field) -> Option<&Source> {
        self.get(&field.pointer())
    }

    /// The cell of a field, or of its nearest enclosing field that has one.
    pub fn place_of(&self, field: Field) -> Option<&Source> {
        self.locate(&field.pointer())
    }

    /// True when the field, or one that contains it, already has a finding.
    pub fn is_field_reported(&self, field: Field) -> bool {
        self.is_reported(&field.pointer())
    }

    /// The unit an amount was reported in and the factor applied.
    pub fn unit_of(&self, field: Field) -> Option<(&str, f64)> {
        self.unit(&field.pointer())
    }

    /// Records the cell of a field.
    pub fn insert_field(&mut self, field: Field, source: Source) {
        self.insert(field.pointer(), source);
    }

    /// Records that a field already has a finding.
    pub fn mark_field_reported(&mut self, field: Field) {
        self.mark_reported(field.pointer());
    }
}

/// Points findings at the field behind a JSON pointer.
pub trait Locate {
    /// The finding at the cell of `pointer` (or the cell where it would be
    /// written), with that field's label.
    fn located(self, sources: &SourceMap, pointer: &str) -> Self;

    /// The finding at the cell of a typed field: the same place as
    /// [`Locate::located`] at the field's pointer.
    fn at_field(self, sources: &SourceMap, field: Field) -> Self;
}

impl Locate for Finding {
    fn located(self, sources: &SourceMap, pointer: &str) -> Self {
        let place = sources
            .locate(pointer)
            .map(|source| (source.cell.clone(), source.field.clone()));
        self.placed(place, pointer)
    }

    fn at_field(self, sources: &SourceMap, field: Field) -> Self {
        self.located(sources, &field.pointer())
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
        assert!(!map.is_reported(""));
    }

    #[test]
    fn reported_is_a_look_up_of_the_pointer_and_its_ancestors() {
        let mut map = SourceMap::default();
        for i in 0..1000 {
            map.mark_reported(format!("/emissions/{i}/total_tco2e"));
        }
        map.mark_reported("/city");
        assert!(map.is_reported("/emissions/999/total_tco2e"));
        assert!(!map.is_reported("/emissions/999"));
        assert!(!map.is_reported("/emissions/1000/total_tco2e"));
        assert!(map.is_reported("/city/population/value"));
        // The whole document, reported, covers every field.
        map.mark_reported("");
        assert!(map.is_reported("/inventory/year"));
    }

    #[test]
    fn the_first_place_noted_for_a_gpc_cell_counts() {
        let mut map = SourceMap::default();
        assert!(map.gpc_place("I.1.2").is_none() && map.next_record().is_none());
        map.note_gpc_place("I.1.2", source(3));
        map.note_gpc_place("I.1.2", source(5));
        map.set_next_record(source(1));
        assert_eq!(map.gpc_place("I.1.2").unwrap().cell.col, 3);
        assert_eq!(map.next_record().unwrap().cell.col, 1);
    }

    #[test]
    fn typed_fields_find_the_cells_of_their_pointers() {
        use crate::model::field::{GasPart, RecordField};
        use crate::model::vocab::Gas;
        let mut map = SourceMap::default();
        map.insert("/emissions/0", source(0));
        map.insert("/emissions/0/total_tco2e", source(13));
        map.note_unit("/emissions/0/total_tco2e", "kt", 1000.0);
        map.mark_reported("/emissions/0/gases");
        let total = Field::Record(0, RecordField::Total);
        let co2 = Field::Gas(0, Gas::Co2, GasPart::Tco2e);
        assert_eq!(map.source_of(total).unwrap().cell.col, 13);
        assert!(map.source_of(co2).is_none());
        assert_eq!(map.place_of(co2).unwrap().cell.col, 0);
        assert_eq!(map.unit_of(total), Some(("kt", 1000.0)));
        assert!(map.is_field_reported(co2) && !map.is_field_reported(total));
        let finding = Finding::new(crate::diagnostic::Code::ScopeMismatch, "m").at_field(&map, co2);
        assert_eq!(
            finding.pointer.as_deref(),
            Some("/emissions/0/gases/co2/tco2e")
        );
        assert_eq!(finding.cell.unwrap().col, 0);
    }
}
