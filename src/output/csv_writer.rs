//! CSV output of a dataset: a header of column names, one line per row,
//! numbers in their shortest exact form, text neutralised against formula
//! injection, and optionally a UTF-8 byte-order mark for Excel.

use super::neutralise::neutralise;
use super::table::{Field, Table};
use crate::read::format_number;

/// The CSV bytes of a table.
pub fn csv_bytes(table: &Table, bom: bool) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(table.columns.iter().map(|c| c.name))?;
    for row in &table.rows {
        writer.write_record(row.iter().map(cell_text))?;
    }
    writer.flush()?;
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

fn cell_text(field: &Field) -> String {
    match field {
        Field::Null => String::new(),
        Field::Text(text) => neutralise(text).into_owned(),
        Field::Integer(i) => i.to_string(),
        Field::Number(n) => format_number(*n),
        Field::Object(map) => serde_json::to_string(map).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::{ColumnSpec, text};

    const COLUMNS: &[ColumnSpec] = &[text("a", ""), text("b", "")];

    #[test]
    fn writes_header_rows_bom_and_neutralised_text() {
        let table = Table {
            name: "t",
            title: "T",
            columns: COLUMNS,
            primary_key: None,
            foreign_keys: &[],
            rows: vec![
                vec![Field::Text("=1+1".to_owned()), Field::Number(1500.0)],
                vec![Field::Null, Field::Number(0.1)],
            ],
        };
        let bytes = csv_bytes(&table, true).unwrap();
        assert_eq!(bytes, b"\xEF\xBB\xBFa,b\r\n'=1+1,1500\r\n,0.1\r\n");
        let plain = csv_bytes(&table, false).unwrap();
        assert!(plain.starts_with(b"a,b\r\n"));
    }
}
