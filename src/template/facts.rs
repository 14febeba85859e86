//! The label/value facts of a filling: checked against the spec's pointers,
//! then laid out as the rows of the City and Inventory sheets or as the fact
//! columns repeated on every row of the CSV form.

use std::collections::BTreeMap;

use crate::layout::template::spec::{
    CITY_FACTS, CSV_FACTS, FACT_LABEL_COL, FACT_NOTE_COL, FACT_VALUE_COL, FactRow, INVENTORY_FACTS,
};

use super::error::TemplateError;
use super::input::CellInput;
use super::table::Row;

/// Header row of the label/value sheets, by column.
pub(crate) const FACT_HEADERS: [(u32, &str); 3] = [
    (FACT_LABEL_COL, "Field"),
    (FACT_VALUE_COL, "Value"),
    (FACT_NOTE_COL, "Notes"),
];

/// Widest column a fact sheet gets, in characters; longer notes overflow.
const MAX_FACT_WIDTH: usize = 60;

/// The fact values of a filling by pointer; later entries win.
#[derive(Debug, Default)]
pub(crate) struct FactValues(BTreeMap<&'static str, CellInput>);

impl FactValues {
    /// Checks every pointer against the fact rows and CSV fact columns.
    pub(crate) fn new(facts: &[(String, CellInput)]) -> Result<Self, TemplateError> {
        let known = || {
            let rows = CITY_FACTS.iter().chain(INVENTORY_FACTS).map(|f| f.pointer);
            rows.chain(CSV_FACTS.iter().map(|c| c.pointer))
        };
        let mut values = BTreeMap::new();
        for (pointer, value) in facts {
            let key =
                known()
                    .find(|k| k == pointer)
                    .ok_or_else(|| TemplateError::UnknownPointer {
                        table: "fact",
                        pointer: pointer.clone(),
                    })?;
            values.insert(key, value.clone());
        }
        Ok(FactValues(values))
    }

    pub(crate) fn get(&self, pointer: &str) -> Option<&CellInput> {
        self.0.get(pointer)
    }

    /// The cells of a label/value sheet: the header row, then one row per
    /// fact with its label, value (if given) and note.
    pub(crate) fn sheet_rows(&self, facts: &[FactRow]) -> Vec<Row> {
        let width = FACT_HEADERS.len();
        let header = cells(width, FACT_HEADERS.map(|(col, h)| (col, Some(h.into()))));
        let body = facts.iter().map(|fact| {
            let note = (!fact.note.is_empty()).then(|| fact.note.into());
            cells(
                width,
                [
                    (FACT_LABEL_COL, Some(fact.label.into())),
                    (FACT_VALUE_COL, self.get(fact.pointer).cloned()),
                    (FACT_NOTE_COL, note),
                ],
            )
        });
        std::iter::once(header).chain(body).collect()
    }

    /// The CSV fact columns of one row, in `CSV_FACTS` order.
    pub(crate) fn csv_cells(&self) -> Row {
        CSV_FACTS
            .iter()
            .map(|c| self.get(c.pointer).cloned())
            .collect()
    }
}

/// A row of `width` cells with the given cells set.
fn cells<const N: usize>(width: usize, set: [(u32, Option<CellInput>); N]) -> Row {
    let mut row = vec![None; width];
    for (col, value) in set {
        row[col as usize] = value;
    }
    row
}

/// Column widths (in characters) of a label/value sheet, by column index.
pub(crate) fn fact_column_widths(facts: &[FactRow]) -> [f64; 3] {
    let widest = |texts: &mut dyn Iterator<Item = &str>| {
        let chars = texts.map(|t| t.chars().count()).max().unwrap_or(0);
        (chars + 2).min(MAX_FACT_WIDTH) as f64
    };
    let mut widths = [0.0; 3];
    widths[FACT_LABEL_COL as usize] = widest(&mut facts.iter().map(|f| f.label));
    widths[FACT_VALUE_COL as usize] = 30.0;
    widths[FACT_NOTE_COL as usize] = widest(&mut facts.iter().map(|f| f.note));
    widths
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::template::spec::FACT_FIRST_ROW;

    #[test]
    fn sheet_rows_put_labels_values_and_notes_in_their_columns() {
        let values = FactValues::new(&[("/city/name".into(), "Testville".into())]).unwrap();
        let rows = values.sheet_rows(CITY_FACTS);
        assert_eq!(rows.len(), FACT_FIRST_ROW as usize + CITY_FACTS.len());
        assert_eq!(rows[0][FACT_VALUE_COL as usize], Some("Value".into()));
        let first = &rows[FACT_FIRST_ROW as usize];
        assert_eq!(first[FACT_LABEL_COL as usize], Some("Name of city".into()));
        assert_eq!(first[FACT_VALUE_COL as usize], Some("Testville".into()));
        assert_eq!(first[FACT_NOTE_COL as usize], Some("Required.".into()));
    }

    #[test]
    fn unknown_fact_pointer_is_an_error_and_later_values_win() {
        let err = FactValues::new(&[("/city/nmae".into(), "x".into())]).unwrap_err();
        assert!(err.to_string().contains("/city/nmae"), "{err}");
        let values = FactValues::new(&[
            ("/city/name".into(), "A".into()),
            ("/city/name".into(), "B".into()),
        ])
        .unwrap();
        assert_eq!(values.get("/city/name"), Some(&"B".into()));
    }
}
