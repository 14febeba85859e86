//! The workbook form as plain data: every sheet in order with its cell
//! values and its shape (what formatting and dropdowns it needs). The xlsx
//! and ods writers both render this one plan, so they hold the same cells.

use crate::layout::template::spec::{
    CITY_FACTS, Column, EMISSION_COLUMNS, FactRow, INVENTORY_FACTS, Kind, ListName, SHEET_CITY,
    SHEET_EMISSIONS, SHEET_INVENTORY, SHEET_LISTS, SHEET_README, SHEET_TARGETS, TABLE_HEADER_ROW,
    TARGET_COLUMNS,
};

use super::error::TemplateError;
use super::facts::FactValues;
use super::input::{CellInput, Filling};
use super::readme;
use super::table::{self, Row};

/// Data rows of a table sheet that get formats and dropdowns even when
/// empty, so that cities can add rows below the pre-filled ones.
pub(crate) const EDITABLE_DATA_ROWS: u32 = 500;

/// Whole-number range accepted in Integer (year) cells.
pub(crate) const YEAR_RANGE: (i32, i32) = (1900, 2100);

/// Number format of Kind::Number table columns.
pub(crate) const NUMBER_FORMAT: &str = "#,##0.00";

/// Number format of Kind::Date cells.
pub(crate) const DATE_FORMAT: &str = "yyyy-mm-dd";

/// What a sheet is, which decides its formatting.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Shape {
    /// The ReadMe: the marker in A1, guidance below.
    Guide,
    /// A label/value sheet; data row `FACT_FIRST_ROW + i` is `facts[i]`.
    Facts(&'static [FactRow]),
    /// A table with a header row; `frozen_cols` columns stay visible.
    Table {
        columns: &'static [Column],
        frozen_cols: u16,
    },
    /// The hidden sheet of dropdown lists.
    Lists,
}

/// One sheet of the workbook form.
#[derive(Debug)]
pub(crate) struct SheetPlan {
    pub name: &'static str,
    pub shape: Shape,
    /// Cells by row, row 1 first.
    pub rows: Vec<Row>,
}

impl SheetPlan {
    /// Last 0-based row of a table sheet that gets data formats and
    /// dropdowns: at least `EDITABLE_DATA_ROWS` data rows, more if filled.
    pub(crate) fn last_editable_row(&self) -> u32 {
        let filled = self.rows.len().saturating_sub(1) as u32;
        TABLE_HEADER_ROW + filled.max(EDITABLE_DATA_ROWS)
    }
}

/// All sheets of the workbook form, in order.
pub(crate) fn workbook(filling: &Filling) -> Result<Vec<SheetPlan>, TemplateError> {
    let facts = FactValues::new(&filling.facts)?;
    let table_sheet = |name, columns: &'static [Column], frozen_cols, data: Vec<Row>| SheetPlan {
        name,
        shape: Shape::Table {
            columns,
            frozen_cols,
        },
        rows: std::iter::once(headers(columns)).chain(data).collect(),
    };
    Ok(vec![
        SheetPlan {
            name: SHEET_README,
            shape: Shape::Guide,
            rows: readme::lines()?
                .into_iter()
                .map(|line| vec![(!line.is_empty()).then_some(CellInput::Text(line))])
                .collect(),
        },
        SheetPlan {
            name: SHEET_CITY,
            shape: Shape::Facts(CITY_FACTS),
            rows: facts.sheet_rows(CITY_FACTS),
        },
        SheetPlan {
            name: SHEET_INVENTORY,
            shape: Shape::Facts(INVENTORY_FACTS),
            rows: facts.sheet_rows(INVENTORY_FACTS),
        },
        table_sheet(
            SHEET_EMISSIONS,
            EMISSION_COLUMNS,
            1,
            table::emission_rows(&filling.emissions)?,
        ),
        table_sheet(
            SHEET_TARGETS,
            TARGET_COLUMNS,
            0,
            table::rows_from(TARGET_COLUMNS, &filling.targets, "target column")?,
        ),
        SheetPlan {
            name: SHEET_LISTS,
            shape: Shape::Lists,
            rows: list_rows(),
        },
    ])
}

/// The header row of a table.
pub(crate) fn headers(columns: &[Column]) -> Row {
    columns.iter().map(|c| Some(c.header.into())).collect()
}

/// The Lists sheet: one column per list, title on row 1, values below.
fn list_rows() -> Vec<Row> {
    let height = ListName::ALL.iter().map(|l| l.values().len()).max();
    (0..=height.unwrap_or(0))
        .map(|r| {
            ListName::ALL
                .iter()
                .map(|list| match r {
                    0 => Some(list.title().into()),
                    _ => list.values().get(r - 1).map(|&v| v.into()),
                })
                .collect()
        })
        .collect()
}

/// Where a list's values sit on the Lists sheet (0-based, inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ListSource {
    pub col: u16,
    pub first_row: u32,
    pub last_row: u32,
}

impl ListSource {
    pub(crate) fn of(list: ListName) -> Self {
        let col = ListName::ALL.iter().position(|&l| l == list);
        ListSource {
            col: col.expect("ListName::ALL holds every list") as u16,
            first_row: 1,
            last_row: list.values().len() as u32,
        }
    }
}

/// The dropdown list a value of this kind is chosen from, if any.
pub(crate) fn dropdown(kind: Kind) -> Option<ListName> {
    match kind {
        Kind::Choice(list) => Some(list),
        Kind::YesNo => Some(ListName::YesNo),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_come_in_spec_order_with_headers_first() {
        let plan = workbook(&Filling::default()).unwrap();
        let names: Vec<_> = plan.iter().map(|s| s.name).collect();
        assert_eq!(
            names,
            [
                SHEET_README,
                SHEET_CITY,
                SHEET_INVENTORY,
                SHEET_EMISSIONS,
                SHEET_TARGETS,
                SHEET_LISTS
            ]
        );
        assert_eq!(plan[3].rows.len(), 1 + 53);
        assert_eq!(plan[3].rows[0], headers(EMISSION_COLUMNS));
        assert_eq!(plan[3].last_editable_row(), EDITABLE_DATA_ROWS);
        assert_eq!(plan[4].rows.len(), 1);
    }

    #[test]
    fn list_sources_point_at_the_list_values() {
        let lists = list_rows();
        for list in ListName::ALL {
            let src = ListSource::of(list);
            let col = src.col as usize;
            assert_eq!(lists[0][col], Some(list.title().into()));
            let values: Vec<_> = (src.first_row..=src.last_row)
                .map(|r| lists[r as usize][col].clone())
                .collect();
            let expected: Vec<_> = list.values().iter().map(|&v| Some(v.into())).collect();
            assert_eq!(values, expected);
        }
        assert_eq!(
            ListSource::of(ListName::NotationKey),
            ListSource {
                col: 0,
                first_row: 1,
                last_row: 4
            }
        );
    }
}
