//! `datasets.xlsx`: one sheet per dataset with a bold, frozen header row,
//! text neutralised against formula injection, and a fixed creation date
//! so the same run gives the same bytes.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::neutralise::neutralise;
use super::table::{Field, Table};

pub fn xlsx_bytes(tables: &[&Table]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2024, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    for table in tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.title)?;
        for (col, column) in table.columns.iter().enumerate() {
            let col = col as u16;
            sheet.write_string_with_format(0, col, column.name, &bold)?;
            sheet.set_column_width(col, (column.name.len() as f64 + 2.0).max(10.0))?;
        }
        for (index, row) in table.rows.iter().enumerate() {
            let r = index as u32 + 1;
            for (col, field) in row.iter().enumerate() {
                let col = col as u16;
                match field {
                    Field::Null => {}
                    Field::Text(text) => {
                        sheet.write_string(r, col, neutralise(text).as_ref())?;
                    }
                    Field::Integer(i) => {
                        sheet.write_number(r, col, *i as f64)?;
                    }
                    Field::Number(n) => {
                        sheet.write_number(r, col, *n)?;
                    }
                    Field::Object(map) => {
                        let json = serde_json::to_string(map).unwrap_or_default();
                        sheet.write_string(r, col, &json)?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}
