//! Spreadsheet reader (xlsx, xlsm, xlsb, xls, ods) on calamine. Each sheet
//! keeps calamine's range start so positions are absolute.

use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader, Xls, XlsError, Xlsb, Xlsx, open_workbook_from_rs};

use super::cell::{Cell, Sheet, Workbook};
use super::sniff::{FileFormat, encrypted};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;

pub(super) fn read(format: FileFormat, bytes: &[u8]) -> Result<Workbook, Box<Finding>> {
    let cursor = Cursor::new(bytes);
    match format {
        FileFormat::Xlsx | FileFormat::Xlsm => {
            let book: Xlsx<_> = open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            sheets_of(book)
        }
        FileFormat::Xlsb => {
            let book: Xlsb<_> = open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            sheets_of(book)
        }
        FileFormat::Xls => match open_workbook_from_rs::<Xls<_>, _>(cursor) {
            Ok(book) => sheets_of(book),
            Err(XlsError::Password) => Err(Box::new(encrypted())),
            Err(e) => Err(Box::new(corrupt(&e))),
        },
        FileFormat::Ods => {
            let book: Ods<_> = open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            sheets_of(book)
        }
        FileFormat::Csv | FileFormat::Json => unreachable!("text formats have their own readers"),
    }
}

fn sheets_of<R, RS>(mut book: R) -> Result<Workbook, Box<Finding>>
where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
    R::Error: std::fmt::Display,
{
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| {
            corrupt(&e).help(format!(
                "the sheet '{name}' cannot be decoded: open the workbook, let the program repair it, save and resubmit"
            ))
        })?;
        sheets.push(sheet_of(name, &range));
    }
    Ok(Workbook { sheets })
}

fn sheet_of(name: String, range: &Range<Data>) -> Sheet {
    let origin = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .map(|row| row.iter().map(cell_of).collect())
        .collect();
    Sheet::new(Some(name), origin, rows)
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => dt
            .as_datetime()
            .map(Cell::Date)
            .unwrap_or(Cell::Number(dt.as_f64())),
        Data::DateTimeIso(s) => chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| {
                chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map(|d| d.and_time(chrono::NaiveTime::MIN))
            })
            .map(Cell::Date)
            .unwrap_or_else(|_| Cell::Text(s.clone())),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

fn corrupt(error: &dyn std::fmt::Display) -> Finding {
    Finding::new(Code::CorruptFile, format!("the spreadsheet cannot be decoded: {error}"))
        .help("open the file in Excel or LibreOffice, let it repair the workbook, save it again and resubmit")
}
