//! Renders the workbook plan as an ods file with spreadsheet-ods: the same
//! cells as the xlsx form, bold frozen headers, column widths, dropdowns from
//! the Lists sheet on the written rows, and the Lists sheet hidden.
//!
//! The bytes are not reproducible: spreadsheet-ods stamps each zip entry
//! with the current time and writes XML attributes in `HashMap` order.

use spreadsheet_ods::condition::Condition;
use spreadsheet_ods::style::TableStyle;
use spreadsheet_ods::validation::{Validation, ValidationRef};
use spreadsheet_ods::{CellRange, CellStyle, CellStyleRef, Length, Sheet, Value, WorkBook};

use crate::layout::template::spec::{
    FACT_FIRST_ROW, FACT_VALUE_COL, Kind, ListName, SHEET_LISTS, TABLE_HEADER_ROW,
};

use super::error::TemplateError;
use super::facts::fact_column_widths;
use super::input::CellInput;
use super::plan::{self, ListSource, Shape, SheetPlan};

/// Typographic points per character of column width (Calibri 11 digit).
const POINTS_PER_CHAR: f64 = 5.6;
/// Width of the ReadMe's text column, in characters.
const GUIDE_WIDTH: f64 = 110.0;

/// One dropdown validation per list, created when first needed.
struct Dropdowns([Option<ValidationRef>; ListName::ALL.len()]);

impl Dropdowns {
    fn get(&mut self, book: &mut WorkBook, list: ListName) -> ValidationRef {
        let src = ListSource::of(list);
        self.0[src.col as usize]
            .get_or_insert_with(|| {
                let mut valid = Validation::new();
                let range = CellRange::remote(
                    SHEET_LISTS,
                    src.first_row,
                    src.col.into(),
                    src.last_row,
                    src.col.into(),
                );
                valid.set_condition(Condition::content_is_in_cellrange(range));
                book.add_validation(valid)
            })
            .clone()
    }
}

/// The ods bytes of the workbook plan.
pub(crate) fn render(sheets: &[SheetPlan]) -> Result<Vec<u8>, TemplateError> {
    let mut book = WorkBook::new_empty();
    let mut header_style = CellStyle::new_empty();
    header_style.set_font_bold();
    let header = book.add_cellstyle(header_style);
    let mut dropdowns = Dropdowns(Default::default());
    for plan in sheets {
        let mut sheet = Sheet::new(plan.name);
        write_cells(&mut sheet, plan, &header);
        match plan.shape {
            Shape::Guide => set_width(&mut sheet, 0, GUIDE_WIDTH),
            Shape::Facts(facts) => {
                sheet.split_row_header(FACT_FIRST_ROW - 1);
                for (col, width) in (0u32..).zip(fact_column_widths(facts)) {
                    set_width(&mut sheet, col, width);
                }
                for (row, fact) in (FACT_FIRST_ROW..).zip(facts) {
                    let cells = [(row, FACT_VALUE_COL)];
                    add_dropdown(&mut sheet, &mut book, &mut dropdowns, fact.kind, cells);
                }
            }
            Shape::Table {
                columns,
                frozen_cols,
            } => {
                sheet.split_row_header(TABLE_HEADER_ROW);
                if frozen_cols > 0 {
                    sheet.split_col_header(u32::from(frozen_cols) - 1);
                }
                let data_rows = TABLE_HEADER_ROW + 1..plan.rows.len() as u32;
                for (col, column) in (0u32..).zip(columns) {
                    set_width(&mut sheet, col, column.width);
                    let cells = data_rows.clone().map(|row| (row, col));
                    add_dropdown(&mut sheet, &mut book, &mut dropdowns, column.kind, cells);
                }
            }
            Shape::Lists => {
                // Hidden the standard way, through the table style.
                let mut hidden = TableStyle::new_empty();
                hidden.set_display(false);
                sheet.set_style(&book.add_tablestyle(hidden));
            }
        }
        book.push_sheet(sheet);
    }
    Ok(spreadsheet_ods::write_ods_buf(&mut book, Vec::new())?)
}

/// Writes every planned cell, the first row in bold.
fn write_cells(sheet: &mut Sheet, plan: &SheetPlan, header: &CellStyleRef) {
    for (r, row) in (0u32..).zip(&plan.rows) {
        for (c, cell) in (0u32..).zip(row) {
            let Some(cell) = cell else { continue };
            let value = match cell {
                CellInput::Text(text) => Value::Text(text.clone()),
                CellInput::Number(n) => Value::Number(*n),
            };
            if r == 0 {
                sheet.set_styled_value(r, c, value, header);
            } else {
                sheet.set_value(r, c, value);
            }
        }
    }
}

fn set_width(sheet: &mut Sheet, col: u32, chars: f64) {
    sheet.set_col_width(col, Length::Pt(chars * POINTS_PER_CHAR));
}

/// Gives `cells` the dropdown of `kind`, if it has one.
fn add_dropdown(
    sheet: &mut Sheet,
    book: &mut WorkBook,
    dropdowns: &mut Dropdowns,
    kind: Kind,
    cells: impl IntoIterator<Item = (u32, u32)>,
) {
    if let Some(list) = plan::dropdown(kind) {
        let valid = dropdowns.get(book, list);
        for (row, col) in cells {
            sheet.set_validation(row, col, &valid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::readback;
    use super::super::{TemplateFormat, template_bytes};

    #[test]
    fn ods_reads_back_with_the_planned_cells() {
        readback::check_workbook(TemplateFormat::Ods);
    }

    #[test]
    fn ods_renderings_hold_the_same_cells() {
        let filling = readback::sample_filling();
        let first = template_bytes(TemplateFormat::Ods, &filling).unwrap();
        let second = template_bytes(TemplateFormat::Ods, &filling).unwrap();
        assert_eq!(readback::all_cells(&first), readback::all_cells(&second));
    }
}
