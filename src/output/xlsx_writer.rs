//! `datasets.xlsx`: one sheet per dataset with a bold, frozen header row,
//! text neutralised against formula injection, text longer than a cell
//! holds cut with a marker (never an error that loses the batch), and a
//! fixed creation date so the same run gives the same bytes.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::neutralise::neutralise;
use super::table::{Field, Table};

/// The most characters an Excel cell holds.
pub(super) const CELL_CHARACTERS: usize = 32_767;

/// The text, cut to what one cell holds, with a marker saying how many
/// characters were left out (the JSON and CSV outputs keep it whole).
pub(super) fn fit(text: &str) -> std::borrow::Cow<'_, str> {
    let count = text.chars().count();
    if count <= CELL_CHARACTERS {
        return text.into();
    }
    let marker = |cut: usize| format!(" [… {cut} more characters, see the CSV or JSON output]");
    // The marker's own length, with the widest count it can show.
    let keep = CELL_CHARACTERS - marker(count).chars().count();
    let kept: String = text.chars().take(keep).collect();
    format!("{kept}{}", marker(count - keep)).into()
}

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
                        sheet.write_string(r, col, fit(&neutralise(text)).as_ref())?;
                    }
                    Field::Integer(i) => {
                        sheet.write_number(r, col, *i as f64)?;
                    }
                    Field::Number(n) => {
                        sheet.write_number(r, col, *n)?;
                    }
                    Field::Object(map) => {
                        let json = serde_json::to_string(map).unwrap_or_default();
                        sheet.write_string(r, col, fit(&json).as_ref())?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_longer_than_a_cell_is_cut_with_a_marker() {
        assert_eq!(fit("short"), "short");
        let exact = "é".repeat(CELL_CHARACTERS);
        assert_eq!(fit(&exact), exact.as_str());
        let long = "é".repeat(99_803);
        let cut = fit(&long);
        assert_eq!(cut.chars().count(), CELL_CHARACTERS);
        let kept = cut.chars().take_while(|c| *c == 'é').count();
        assert!(cut.ends_with(&format!(
            " [… {} more characters, see the CSV or JSON output]",
            99_803 - kept
        )));
    }

    #[test]
    fn a_workbook_with_a_huge_cell_is_written() {
        use super::super::table::{ColumnSpec, text};
        const COLUMNS: &[ColumnSpec] = &[text("value", "a long value")];
        let table = Table {
            name: "findings",
            title: "findings",
            columns: COLUMNS,
            primary_key: None,
            foreign_keys: &[],
            rows: vec![vec![Field::Text("x".repeat(100_000))]],
        };
        let bytes = xlsx_bytes(&[&table]).unwrap();
        assert!(!bytes.is_empty());
    }
}
