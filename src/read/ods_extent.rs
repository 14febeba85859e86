//! Measures the sheets of an ods workbook before calamine reads it.
//! calamine reads every sheet of an ods file into a dense range (values and
//! formulas) as soon as the workbook is opened, expanding repeated rows and
//! cells (`table:number-rows-repeated`, `table:number-columns-repeated`),
//! so a sheet over the budget has to be caught in `content.xml` first. This
//! streams that XML once, counting repeats as calamine expands them, and
//! keeps nothing but each sheet's [`Extent`].

use std::io::{BufReader, Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::extent::{DENSE_SHEET_CELL_BUDGET, Extent};
use crate::diagnostic::Finding;

/// The worksheet limits calamine caps ods repeats at (as xlsx).
const MAX_ROWS: u32 = 1_048_576;
const MAX_COLS: u32 = 16_384;

/// `Err` with a finding for the first sheet over the budget. A file whose
/// XML cannot be followed is left to calamine, which reports it.
pub(super) fn check(bytes: &[u8]) -> Result<(), Box<Finding>> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    check_content(content)
}

fn check_content(content: impl Read) -> Result<(), Box<Finding>> {
    let mut reader = Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    // The sheet being read: its name, extent, and the position reached.
    let mut sheet: Option<(String, Extent)> = None;
    let (mut row, mut col, mut row_repeats) = (0u32, 0u32, 1u32);
    loop {
        buf.clear();
        let (event, open) = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => (e, true),
            Ok(Event::Empty(e)) => (e, false),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    "table:table-row" => row = row.saturating_add(row_repeats).min(MAX_ROWS),
                    "table:table" => {
                        if let Some((name, extent)) = sheet.take() {
                            extent.check_within(Some(&name), DENSE_SHEET_CELL_BUDGET)?;
                        }
                    }
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => return Ok(()),
            Ok(_) => continue,
        };
        match event.name().as_ref() {
            "table:table" if open => {
                let name = attribute(&event, "table:name").unwrap_or_default();
                sheet = Some((name, Extent::default()));
                (row, col) = (0, 0);
            }
            "table:table-row" => {
                row_repeats =
                    repeats(&event, "table:number-rows-repeated").min(MAX_ROWS.saturating_sub(row));
                col = 0;
                if !open {
                    row = row.saturating_add(row_repeats).min(MAX_ROWS);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let cols = repeats(&event, "table:number-columns-repeated")
                    .min(MAX_COLS.saturating_sub(col));
                if let Some((_, extent)) = &mut sheet
                    && has_value(&event)
                {
                    extent.add_block(row, col, row_repeats, cols);
                }
                col = col.saturating_add(cols);
            }
            _ => {}
        }
    }
}

fn attribute(element: &BytesStart, key: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.into_owned())
}

fn repeats(element: &BytesStart, key: &str) -> u32 {
    attribute(element, key)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

/// Whether calamine may read a value from the cell: a typed value or a
/// formula. Cells that carry only a style (how spreadsheet programs pad
/// rows out to the last column) hold none.
fn has_value(element: &BytesStart) -> bool {
    element.attributes().flatten().any(|a| {
        matches!(
            a.key.as_ref(),
            "office:value-type"
                | "office:value"
                | "office:string-value"
                | "office:date-value"
                | "office:time-value"
                | "office:boolean-value"
                | "table:formula"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Arg, Code};

    fn content(rows: &str) -> String {
        format!(
            r#"<office:document-content><office:body><office:spreadsheet><table:table table:name="Data">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    }

    const CELL: &str =
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

    #[test]
    fn a_far_value_after_repeated_empty_rows_is_over_the_budget() {
        let xml = content(&format!(
            r#"<table:table-row>{CELL}</table:table-row>
               <table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
               <table:table-row><table:table-cell table:number-columns-repeated="16383"/>{CELL}</table:table-row>"#
        ));
        let finding = check_content(xml.as_bytes()).unwrap_err();
        assert_eq!(finding.code, Code::SheetTooLarge);
        assert_eq!(finding.cell.unwrap().to_string(), "Data!XFD1048576");
    }

    #[test]
    fn repeated_values_count_as_many_cells_and_style_padding_as_none() {
        // 2,000 rows repeating 1,001 values: 2,002,000 cells, over.
        let wide = r#"<table:table-row table:number-rows-repeated="2000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1001"/></table:table-row>"#;
        let finding = check_content(content(wide).as_bytes()).unwrap_err();
        assert_eq!(finding.message, "r011-spans-too-many-cells");
        assert_eq!(finding.args.get("sheet"), Some(&Arg::from("Data")));
        assert_eq!(finding.args.get("span"), Some(&Arg::from("A1:ALM2000")));
        assert_eq!(finding.args.get("cells"), Some(&Arg::from(2_002_000i64)));
        assert_eq!(finding.args.get("budget"), Some(&Arg::from(2_000_000i64)));
        // One value fewer a row is within the budget.
        let within = wide.replace("1001", "1000");
        assert!(check_content(content(&within).as_bytes()).is_ok());
        // A small table padded with styled empty cells and rows is fine.
        let padded = format!(
            r#"<table:table-row>{CELL}{CELL}<table:table-cell table:style-name="ce1" table:number-columns-repeated="16382"/></table:table-row>
               <table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        );
        assert!(check_content(content(&padded).as_bytes()).is_ok());
    }
}
