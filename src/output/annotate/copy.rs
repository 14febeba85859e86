//! One submitted sheet copied into the annotated workbook: every cell with
//! its value (numbers stay numbers, text stays text, dates stay dates),
//! flagged cells filled by severity and carrying their note.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Color, Format, Note, Worksheet, XlsxError};

use super::super::xlsx_writer::fit;
use super::plan::Mark;
use crate::diagnostic::Severity;
use crate::read::{Cell, Sheet};

/// Excel's grid: rows and columns beyond it cannot be written (a CSV may
/// have more); they are counted and left out.
const MAX_ROWS: u32 = 1_048_576;
const MAX_COLS: u32 = 16_384;

/// The fill of a flagged cell: red, amber, blue.
pub fn fill(severity: Severity) -> Color {
    match severity {
        Severity::Error => Color::RGB(0xFF_C7CE),
        Severity::Warning => Color::RGB(0xFF_D966),
        Severity::Info => Color::RGB(0xBD_D7EE),
    }
}

/// Days from Excel's epoch (1899-12-30) with the time as a fraction.
fn serial(date: &chrono::NaiveDateTime) -> f64 {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
        .expect("a valid date")
        .and_time(chrono::NaiveTime::MIN);
    let seconds = (*date - epoch).num_milliseconds() as f64 / 1000.0;
    seconds / 86_400.0
}

/// Writes the cells of `sheet` and the marks of its flagged cells; returns
/// how many cells fell outside Excel's grid.
pub fn copy_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    marks: Option<&BTreeMap<(u32, u32), Mark>>,
) -> Result<usize, XlsxError> {
    let mut outside = 0;
    let mark_at = |row: u32, col: u32| marks.and_then(|m| m.get(&(row, col)));
    for (row, col, cell) in sheet.cells() {
        if row >= MAX_ROWS || col >= MAX_COLS {
            outside += 1;
            continue;
        }
        let mut format = Format::new();
        if let Some(mark) = mark_at(row, col) {
            format = format.set_background_color(fill(mark.severity));
        }
        let c = col as u16;
        match cell {
            Cell::Empty => {}
            Cell::Text(text) => {
                ws.write_string_with_format(row, c, fit(text).as_ref(), &format)?;
            }
            Cell::Number(n) if n.is_finite() => {
                ws.write_number_with_format(row, c, *n, &format)?;
            }
            Cell::Number(n) => {
                ws.write_string_with_format(row, c, n.to_string(), &format)?;
            }
            Cell::Bool(b) => {
                ws.write_boolean_with_format(row, c, *b, &format)?;
            }
            Cell::Date(date) => {
                let pattern = if date.time() == chrono::NaiveTime::MIN {
                    "yyyy-mm-dd"
                } else {
                    "yyyy-mm-dd hh:mm:ss"
                };
                let format = format.set_num_format(pattern);
                ws.write_number_with_format(row, c, serial(date), &format)?;
            }
            Cell::Error(error) => {
                ws.write_string_with_format(row, c, fit(error).as_ref(), &format)?;
            }
        }
    }
    for (&(row, col), mark) in marks.into_iter().flatten() {
        if row >= MAX_ROWS || col >= MAX_COLS {
            continue;
        }
        if matches!(sheet.get(row, col), Cell::Empty) {
            let format = Format::new().set_background_color(fill(mark.severity));
            ws.write_blank(row, col as u16, &format)?;
        }
        let note = Note::new(&mark.note)
            .set_author("ghgcheck")
            .add_author_prefix(false)
            .set_width(360)
            .set_height(160);
        ws.insert_note(row, col as u16, &note)?;
    }
    Ok(outside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_excel_serial_numbers() {
        let date = chrono::NaiveDate::from_ymd_opt(2022, 1, 1)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        assert_eq!(serial(&date), 44_562.5);
    }
}
