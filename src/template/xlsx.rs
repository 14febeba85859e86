//! Renders the workbook plan as an xlsx file with rust_xlsxwriter: bold and
//! frozen headers, column widths, number formats, dropdowns from the hidden
//! Lists sheet, and a fixed creation date so equal fillings give equal bytes.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatBorder,
    Formula, Workbook, Worksheet, XlsxError, utility::cell_range_absolute,
};

use crate::layout::template::spec::{
    FACT_FIRST_ROW, FACT_VALUE_COL, FactRow, Kind, ListName, SHEET_LISTS, TABLE_HEADER_ROW,
};

use super::error::TemplateError;
use super::facts::fact_column_widths;
use super::input::CellInput;
use super::plan::{self, DATE_FORMAT, ListSource, NUMBER_FORMAT, Shape, SheetPlan, YEAR_RANGE};

/// Width of the ReadMe's text column, in characters.
const GUIDE_WIDTH: f64 = 110.0;
/// Width of each column of the Lists sheet, in characters.
const LIST_WIDTH: f64 = 18.0;

/// The formats shared by all sheets.
struct Formats {
    header: Format,
    marker: Format,
    number: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xD9E1F2))
                .set_border_bottom(FormatBorder::Thin),
            marker: Format::new().set_bold().set_font_size(14),
            number: Format::new().set_num_format(NUMBER_FORMAT),
            date: Format::new().set_num_format(DATE_FORMAT),
        }
    }
}

/// The xlsx bytes of the workbook plan.
pub(crate) fn render(sheets: &[SheetPlan]) -> Result<Vec<u8>, TemplateError> {
    let mut workbook = Workbook::new();
    // A fixed date keeps the output byte-identical from run to run.
    let created = ExcelDateTime::from_ymd(2024, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let formats = Formats::new();
    for sheet in sheets {
        let ws = workbook.add_worksheet();
        ws.set_name(sheet.name)?;
        write_cells(ws, sheet, &formats)?;
        match sheet.shape {
            Shape::Guide => {
                ws.set_column_width(0, GUIDE_WIDTH)?;
            }
            Shape::Facts(facts) => shape_facts(ws, facts, &formats)?,
            Shape::Table {
                columns,
                frozen_cols,
            } => {
                ws.set_freeze_panes(TABLE_HEADER_ROW + 1, frozen_cols)?;
                let last_row = sheet.last_editable_row();
                let last_col = columns.len().saturating_sub(1) as u16;
                ws.autofilter(TABLE_HEADER_ROW, 0, last_row, last_col)?;
                for (col, column) in (0u16..).zip(columns) {
                    ws.set_column_width(col, column.width)?;
                    if column.kind == Kind::Number {
                        ws.set_column_format(col, &formats.number)?;
                    }
                    let rows = (TABLE_HEADER_ROW + 1, last_row);
                    validate(ws, column.kind, rows, col, &formats)?;
                }
            }
            Shape::Lists => {
                ws.set_hidden(true);
                for col in 0..ListName::ALL.len() as u16 {
                    ws.set_column_width(col, LIST_WIDTH)?;
                }
            }
        }
    }
    Ok(workbook.save_to_buffer()?)
}

/// Writes every planned cell; header rows and the ReadMe marker in bold.
fn write_cells(ws: &mut Worksheet, sheet: &SheetPlan, formats: &Formats) -> Result<(), XlsxError> {
    let bold_first_row = match sheet.shape {
        Shape::Guide => &formats.marker,
        _ => &formats.header,
    };
    for (r, row) in (0u32..).zip(&sheet.rows) {
        for (c, cell) in (0u16..).zip(row) {
            match (cell, r == 0) {
                (None, _) => {}
                (Some(CellInput::Text(text)), true) => {
                    ws.write_string_with_format(r, c, text, bold_first_row)?;
                }
                (Some(CellInput::Number(n)), true) => {
                    ws.write_number_with_format(r, c, *n, bold_first_row)?;
                }
                (Some(CellInput::Text(text)), false) => {
                    ws.write_string(r, c, text)?;
                }
                (Some(CellInput::Number(n)), false) => {
                    ws.write_number(r, c, *n)?;
                }
            }
        }
    }
    Ok(())
}

/// Frozen header, widths and per-kind validation of a label/value sheet.
fn shape_facts(ws: &mut Worksheet, facts: &[FactRow], formats: &Formats) -> Result<(), XlsxError> {
    ws.set_freeze_panes(FACT_FIRST_ROW, 0)?;
    for (col, width) in (0u16..).zip(fact_column_widths(facts)) {
        ws.set_column_width(col, width)?;
    }
    let value_col = FACT_VALUE_COL as u16;
    for (row, fact) in (FACT_FIRST_ROW..).zip(facts) {
        validate(ws, fact.kind, (row, row), value_col, formats)?;
    }
    Ok(())
}

/// Dropdown, year check or date format for cells of `kind` in `rows`
/// (first, last) of column `col`.
fn validate(
    ws: &mut Worksheet,
    kind: Kind,
    (first, last): (u32, u32),
    col: u16,
    formats: &Formats,
) -> Result<(), XlsxError> {
    if let Some(list) = plan::dropdown(kind) {
        let src = ListSource::of(list);
        let range = cell_range_absolute(src.first_row, src.col, src.last_row, src.col);
        let source = Formula::new(format!("={SHEET_LISTS}!{range}"));
        let rule = DataValidation::new().allow_list_formula(source);
        ws.add_data_validation(first, col, last, col, &rule)?;
    }
    match kind {
        Kind::Integer => {
            let (min, max) = YEAR_RANGE;
            let rule = DataValidation::new()
                .allow_whole_number(DataValidationRule::Between(min, max))
                .set_error_message(format!("Enter a year between {min} and {max}."))?;
            ws.add_data_validation(first, col, last, col, &rule)?;
        }
        Kind::Date => {
            // Formats the cells without overwriting a value already written.
            for row in first..=last {
                ws.set_cell_format(row, col, &formats.date)?;
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::readback;
    use super::super::{TemplateFormat, template_bytes};

    #[test]
    fn xlsx_reads_back_with_the_planned_cells() {
        readback::check_workbook(TemplateFormat::Xlsx);
    }

    #[test]
    fn xlsx_bytes_are_deterministic_across_clock_seconds() {
        let filling = readback::sample_filling();
        let first = template_bytes(TemplateFormat::Xlsx, &filling).unwrap();
        // Past the one-second resolution of document dates.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let second = template_bytes(TemplateFormat::Xlsx, &filling).unwrap();
        assert!(first == second, "two xlsx renderings differ");
    }
}
