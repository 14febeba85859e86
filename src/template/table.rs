//! Rows of the table sheets (Emissions, Targets) as plain cell values:
//! placing a filling's pointer/value pairs into the columns of the spec, and
//! resolving emission entries against the 53 pre-filled GPC rows.

use crate::layout::template::spec::{Column, EMISSION_COLUMNS};
use crate::model::gpc::{self, GpcCell};

use super::error::TemplateError;
use super::input::{CellInput, EmissionEntry};

/// One row of cells, column A first; `None` is an empty cell.
pub(crate) type Row = Vec<Option<CellInput>>;

/// Pointer of the emission column that holds the GPC reference.
const GPC_REF_POINTER: &str = "/gpc_ref";

/// Position of `pointer` among `columns`, or an `UnknownPointer` error naming
/// `table`.
pub(crate) fn column_index(
    columns: &[Column],
    pointer: &str,
    table: &'static str,
) -> Result<usize, TemplateError> {
    columns
        .iter()
        .position(|c| c.pointer == pointer)
        .ok_or_else(|| TemplateError::UnknownPointer {
            table,
            pointer: pointer.to_owned(),
        })
}

/// Writes `values` into `row` at the columns their pointers name.
fn place(
    columns: &[Column],
    values: &[(String, CellInput)],
    row: &mut Row,
    table: &'static str,
) -> Result<(), TemplateError> {
    for (pointer, value) in values {
        row[column_index(columns, pointer, table)?] = Some(value.clone());
    }
    Ok(())
}

/// One row per entry, each entry's values placed by pointer.
pub(crate) fn rows_from(
    columns: &[Column],
    entries: &[Vec<(String, CellInput)>],
    table: &'static str,
) -> Result<Vec<Row>, TemplateError> {
    entries
        .iter()
        .map(|values| {
            let mut row = vec![None; columns.len()];
            place(columns, values, &mut row, table)?;
            Ok(row)
        })
        .collect()
}

/// The value a pre-filled emission column takes on the row of `cell`.
fn prefill(cell: &GpcCell, pointer: &str) -> Result<CellInput, TemplateError> {
    Ok(match pointer {
        GPC_REF_POINTER => CellInput::Text(cell.reference.clone()),
        "/sector" => CellInput::Text(cell.sector.clone()),
        "/sub_sector" => CellInput::Text(cell.sub_sector.clone()),
        "/scope" => CellInput::Number(f64::from(cell.scope)),
        other => {
            return Err(TemplateError::UnknownPointer {
                table: "pre-filled emission column",
                pointer: other.to_owned(),
            });
        }
    })
}

/// The data rows of the Emissions sheet (and of the CSV form): the 53 GPC
/// rows in table order with their pre-filled columns, filled by the first
/// entry for each ref, then every other entry appended in order.
pub(crate) fn emission_rows(entries: &[EmissionEntry]) -> Result<Vec<Row>, TemplateError> {
    const TABLE: &str = "emission column";
    let cells = gpc::table().cells();
    let mut rows = cells
        .iter()
        .map(|cell| {
            EMISSION_COLUMNS
                .iter()
                .map(|c| c.prefilled.then(|| prefill(cell, c.pointer)).transpose())
                .collect::<Result<Row, _>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let ref_col = column_index(EMISSION_COLUMNS, GPC_REF_POINTER, TABLE)?;
    let mut claimed = vec![false; cells.len()];
    for entry in entries {
        let free_row = cells
            .iter()
            .position(|c| c.reference == entry.gpc_ref)
            .filter(|&i| !claimed[i]);
        let row = match free_row {
            Some(i) => {
                claimed[i] = true;
                &mut rows[i]
            }
            None => {
                let mut row = vec![None; EMISSION_COLUMNS.len()];
                if !entry.gpc_ref.is_empty() {
                    row[ref_col] = Some(CellInput::Text(entry.gpc_ref.clone()));
                }
                rows.push(row);
                rows.last_mut().expect("a row was just pushed")
            }
        };
        place(EMISSION_COLUMNS, &entry.values, row, TABLE)?;
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(gpc_ref: &str, co2: f64) -> EmissionEntry {
        EmissionEntry {
            gpc_ref: gpc_ref.into(),
            values: vec![("/gases/co2/tco2e".into(), co2.into())],
        }
    }

    #[test]
    fn blank_rows_are_the_gpc_table_with_prefilled_columns_only() {
        let rows = emission_rows(&[]).unwrap();
        assert_eq!(rows.len(), 53);
        assert_eq!(rows[0][0], Some("I.1.1".into()));
        assert_eq!(rows[0][1], Some("Stationary Energy".into()));
        assert_eq!(rows[0][3], Some(CellInput::Number(1.0)));
        for (column, cell) in EMISSION_COLUMNS.iter().zip(&rows[0]) {
            assert_eq!(column.prefilled, cell.is_some(), "{}", column.pointer);
        }
    }

    #[test]
    fn first_entry_fills_its_row_and_others_are_appended_in_order() {
        let co2 = column_index(EMISSION_COLUMNS, "/gases/co2/tco2e", "t").unwrap();
        let rows = emission_rows(&[
            entry("I.1.1", 1200.0),
            entry("I.9.9", 1.0),
            entry("I.1.1", 3.0),
            entry("", 4.0),
        ])
        .unwrap();
        assert_eq!(rows.len(), 56);
        assert_eq!(rows[0][co2], Some(CellInput::Number(1200.0)));
        assert_eq!(rows[53][0], Some("I.9.9".into()));
        assert_eq!(rows[53][1], None, "no sector on an appended row");
        assert_eq!(rows[54][0], Some("I.1.1".into()));
        assert_eq!(rows[54][co2], Some(CellInput::Number(3.0)));
        assert_eq!(rows[55][0], None);
        assert_eq!(rows[55][co2], Some(CellInput::Number(4.0)));
    }

    #[test]
    fn unknown_pointer_is_an_error() {
        let bad = EmissionEntry {
            gpc_ref: "I.1.1".into(),
            values: vec![("/gases/co3".into(), 1.0.into())],
        };
        let err = emission_rows(&[bad]).unwrap_err();
        assert!(err.to_string().contains("/gases/co3"), "{err}");
        let err = rows_from(EMISSION_COLUMNS, &[vec![("/nope".into(), 1.0.into())]], "x");
        assert!(matches!(err, Err(TemplateError::UnknownPointer { .. })));
    }
}
