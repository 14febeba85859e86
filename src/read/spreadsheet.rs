//! Spreadsheet reader (xlsx, xlsm, xlsb, xls, ods) on calamine. Each sheet
//! keeps its values' absolute positions.
//!
//! A sheet's size is checked against [`SHEET_CELL_BUDGET`] before calamine
//! or ghgcheck builds anything of that size, because calamine's ranges are
//! dense (one slot per cell of the rectangle) and an allocation that fails
//! aborts the whole process, not just this file:
//! - xlsx, xlsm and xlsb are read through calamine's cell readers, which
//!   stream the values with their positions; the values are kept sparse
//!   while the rectangle is measured, and none are kept once it is over;
//! - ods and xls are read whole by calamine when the workbook is opened,
//!   so their sheets are measured first, in `content.xml`
//!   ([`super::ods_extent`]) and in the BIFF workbook stream
//!   ([`super::xls_extent`]), against the smaller
//!   [`DENSE_SHEET_CELL_BUDGET`] since calamine holds them densely.

use std::io::Cursor;

use calamine::{
    Data, DataRef, Ods, Range, Reader, Xls, XlsError, Xlsb, Xlsx, XlsxError, open_workbook_from_rs,
};

use super::cell::{Cell, Sheet, Workbook};
use super::extent::{DENSE_SHEET_CELL_BUDGET, Extent, SHEET_CELL_BUDGET};
use super::ods_extent;
use super::sniff::{FileFormat, encrypted};
use super::xls_extent;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;

pub(super) fn read(format: FileFormat, bytes: &[u8]) -> Result<Workbook, Box<Finding>> {
    let cursor = Cursor::new(bytes);
    match format {
        FileFormat::Xlsx | FileFormat::Xlsm => {
            let mut book: Xlsx<_> = open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            let mut sheets = Vec::new();
            for name in book.sheet_names() {
                let mut reader = match book.worksheet_cells_reader(&name) {
                    Ok(reader) => reader,
                    // A chart sheet holds no cells.
                    Err(XlsxError::NotAWorksheet(_)) => {
                        sheets.push(Sheet::new(Some(name), (0, 0), Vec::new()));
                        continue;
                    }
                    Err(e) => return Err(Box::new(sheet_corrupt(&name, &e))),
                };
                sheets.push(streamed(&name, || reader.next_cell())?);
            }
            Ok(Workbook {
                sheets,
                notes: Vec::new(),
            })
        }
        FileFormat::Xlsb => {
            let mut book: Xlsb<_> = open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            let mut sheets = Vec::new();
            for name in book.sheet_names() {
                let mut reader = book
                    .worksheet_cells_reader(&name)
                    .map_err(|e| sheet_corrupt(&name, &e))?;
                sheets.push(streamed(&name, || reader.next_cell())?);
            }
            Ok(Workbook {
                sheets,
                notes: Vec::new(),
            })
        }
        FileFormat::Xls => {
            let measured = xls_extent::check(bytes)?;
            match open_workbook_from_rs::<Xls<_>, _>(Cursor::new(measured)) {
                Ok(book) => ranges_of(book),
                Err(XlsError::Password) => Err(Box::new(encrypted())),
                Err(e) => Err(Box::new(corrupt(&e))),
            }
        }
        FileFormat::Ods => {
            ods_extent::check(bytes)?;
            let book: Ods<_> = open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            ranges_of(book)
        }
        FileFormat::Csv | FileFormat::Json => unreachable!("text formats have their own readers"),
    }
}

/// A sheet from a stream of cells in any order. The values are kept while
/// their rectangle is within the budget; past it they are dropped and only
/// measured (to the end, or until there are more values than the budget),
/// so that the finding can say where the far value is.
fn streamed<'a, E: std::fmt::Display>(
    name: &str,
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, E>,
) -> Result<Sheet, Box<Finding>> {
    let mut extent = Extent::default();
    let mut cells = Vec::new();
    while let Some(cell) = next().map_err(|e| sheet_corrupt(name, &e))? {
        let value = cell.get_value();
        if matches!(value, DataRef::Empty) {
            continue;
        }
        let (row, col) = cell.get_position();
        extent.add(row, col);
        if !extent.exceeds_budget() {
            cells.push((row, col, cell_of(Data::from(value.clone()))));
        } else if !cells.is_empty() {
            cells = Vec::new();
        } else if extent.values() > SHEET_CELL_BUDGET {
            break;
        }
    }
    extent.check(Some(name))?;
    Ok(Sheet::from_cells(Some(name.to_owned()), cells))
}

/// The sheets of a workbook calamine has read whole (xls, ods).
fn ranges_of<R, RS>(mut book: R) -> Result<Workbook, Box<Finding>>
where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
    R::Error: std::fmt::Display,
{
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| sheet_corrupt(&name, &e))?;
        sheets.push(sheet_of(name, range)?);
    }
    Ok(Workbook {
        sheets,
        notes: Vec::new(),
    })
}

fn sheet_of(name: String, range: Range<Data>) -> Result<Sheet, Box<Finding>> {
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut extent = Extent::default();
    let mut cells = Vec::new();
    for (row, col, data) in range.used_cells() {
        let (row, col) = (row0 + row as u32, col0 + col as u32);
        extent.add(row, col);
        cells.push((row, col, cell_of(data.clone())));
    }
    // Measured before calamine read the workbook; this holds should that
    // measure have missed what calamine found.
    extent.check_within(Some(&name), DENSE_SHEET_CELL_BUDGET)?;
    Ok(Sheet::from_cells(Some(name), cells))
}

fn cell_of(data: Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(i as f64),
        Data::Float(f) => Cell::Number(f),
        Data::String(s) => Cell::Text(s),
        Data::Bool(b) => Cell::Bool(b),
        Data::DateTime(dt) => dt
            .as_datetime()
            .map(Cell::Date)
            .unwrap_or(Cell::Number(dt.as_f64())),
        Data::DateTimeIso(s) => chrono::NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| {
                chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                    .map(|d| d.and_time(chrono::NaiveTime::MIN))
            })
            .map(Cell::Date)
            .unwrap_or(Cell::Text(s)),
        Data::DurationIso(s) => Cell::Text(s),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

pub(super) fn corrupt(error: &dyn std::fmt::Display) -> Finding {
    Finding::new(Code::CorruptFile, "r002-spreadsheet-undecodable")
        .arg("error", error.to_string())
        .help("r002-spreadsheet-undecodable-help")
}

fn sheet_corrupt(name: &str, error: &dyn std::fmt::Display) -> Finding {
    corrupt(error)
        .arg("sheet", name)
        .help("r002-sheet-undecodable-help")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Arg;

    fn stream(cells: Vec<((u32, u32), DataRef<'static>)>) -> Result<Sheet, Box<Finding>> {
        let mut cells = cells.into_iter();
        streamed("S", || {
            Ok::<_, XlsxError>(
                cells
                    .next()
                    .map(|(pos, value)| calamine::Cell::new(pos, value)),
            )
        })
    }

    #[test]
    fn streamed_cells_keep_their_positions_and_empty_ones_are_dropped() {
        let sheet = stream(vec![
            ((4, 2), DataRef::Float(1.5)),
            ((2, 3), DataRef::SharedString("City")),
            ((9, 9), DataRef::Empty),
        ])
        .unwrap();
        assert_eq!(sheet.get(2, 3), &Cell::Text("City".into()));
        assert_eq!(sheet.get(4, 2), &Cell::Number(1.5));
        assert_eq!((sheet.row_end(), sheet.col_end()), (5, 4));
    }

    #[test]
    fn an_xls_sheet_is_measured_before_calamine_reads_it() {
        let xls = |cells: &[(u16, u16, f64)]| {
            xls_extent::compound_file("Workbook", &xls_extent::workbook_stream("Data", &[], cells))
        };
        let book = read(FileFormat::Xls, &xls(&[(1, 2, 3.5), (4, 0, 1.0)])).unwrap();
        let sheet = &book.sheets[0];
        assert_eq!(sheet.name.as_deref(), Some("Data"));
        assert_eq!(sheet.get(1, 2), &Cell::Number(3.5));
        assert_eq!(sheet.get(4, 0), &Cell::Number(1.0));
        // Read by calamine, this one would abort the process (a dense
        // range of 2^32 cells); measured first, it is a finding.
        let far = read(FileFormat::Xls, &xls(&[(0, 0, 1.0), (65_535, 65_535, 2.0)]));
        assert_eq!(far.unwrap_err().code, Code::SheetTooLarge);
    }

    #[test]
    fn a_streamed_sheet_over_the_budget_is_a_finding_at_its_far_value() {
        let finding = stream(vec![
            ((0, 0), DataRef::SharedString("City")),
            ((1_048_575, 16_383), DataRef::SharedString("x")),
            ((1, 0), DataRef::Float(2.0)),
        ])
        .unwrap_err();
        assert_eq!(finding.code, Code::SheetTooLarge);
        assert_eq!(finding.cell.clone().unwrap().to_string(), "S!XFD1048576");
        assert_eq!(finding.message, "r011-value-far-outside");
        assert_eq!(finding.args.get("values"), Some(&Arg::from(3i64)));
    }

    /// The values of the first sheet of an xls file as calamine reads it
    /// straight from the file, without the measuring.
    fn calamine_reads(file: &[u8]) -> Vec<(u32, u32)> {
        let mut book: Xls<_> = open_workbook_from_rs(Cursor::new(file)).unwrap();
        let name = book.sheet_names()[0].clone();
        let range = book.worksheet_range(&name).unwrap();
        let (row0, col0) = range.start().unwrap();
        range
            .used_cells()
            .map(|(row, col, _)| (row0 + row as u32, col0 + col as u32))
            .collect()
    }

    #[test]
    fn calamine_reads_the_workbook_stream_that_was_measured() {
        // Small stand-ins: were calamine handed the original, its scan
        // would read the hidden stream, which here holds a value at F6
        // (in an attack, one at the far corner of the sheet).
        let hidden = xls_extent::workbook_stream("Data", &[], &[(5, 5, 99.0)]);
        let real = xls_extent::workbook_stream("Data", &[], &[(1, 1, 1.0)]);
        let file = xls_extent::crafted::hidden_workbook(&hidden, &real);
        assert_eq!(calamine_reads(&file), [(5, 5)]);
        let book = read(FileFormat::Xls, &file).unwrap();
        let sheet = &book.sheets[0];
        assert_eq!(sheet.get(1, 1), &Cell::Number(1.0));
        assert_eq!(sheet.get(5, 5), &Cell::Empty);
    }

    #[test]
    fn an_xls_file_the_crate_cannot_open_is_not_read_unmeasured() {
        let stream = xls_extent::workbook_stream("Data", &[], &[(0, 0, 1.0), (3, 2, 2.0)]);
        let file = xls_extent::crafted::name_length_out_of_range(&stream);
        assert_eq!(calamine_reads(&file), [(0, 0), (3, 2)]);
        let finding = read(FileFormat::Xls, &file).unwrap_err();
        assert_eq!(finding.code, Code::CorruptFile);
    }
}
