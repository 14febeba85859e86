//! Reads a table sheet of the template (Emissions, Targets, or the CSV
//! form): finds the header row, maps headers to spec columns, and turns each
//! filled row into one record of a document array.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::spec::{Column, TABLE_HEADER_ROW};
use crate::layout::builder::Extraction;
use crate::read::{Sheet, clean_text};
use crate::report::finding::Finding;
use crate::rules::registry::Code;

/// Header text as compared: case, spacing and invisible characters ignored.
pub fn header_key(text: &str) -> String {
    clean_text(text).to_lowercase()
}

/// A table's header row and the column of each header found in it.
pub struct Header {
    pub row: u32,
    columns: HashMap<String, u32>,
}

impl Header {
    /// Looks in the first rows for one holding any of `key_headers` (the
    /// template puts its header in row 1; a few title rows above it are
    /// tolerated).
    pub fn find(sheet: &Sheet, key_headers: &[&str]) -> Option<Header> {
        let wanted: Vec<String> = key_headers.iter().map(|h| header_key(h)).collect();
        let last = (TABLE_HEADER_ROW + 10).min(sheet.row_end());
        (TABLE_HEADER_ROW..last).find_map(|row| {
            let columns: HashMap<String, u32> = (0..sheet.col_end())
                .filter_map(|col| sheet.get(row, col).display().map(|h| (header_key(&h), col)))
                .collect();
            wanted
                .iter()
                .any(|w| columns.contains_key(w))
                .then_some(Header { row, columns })
        })
    }

    pub fn column(&self, header: &str) -> Option<u32> {
        self.columns.get(&header_key(header)).copied()
    }

    /// The finding for a required header that is absent from the header
    /// row `row`.
    pub fn missing(sheet: &Sheet, row: u32, header: &str) -> Finding {
        let place = match &sheet.name {
            Some(name) => format!("sheet '{name}'"),
            None => "the header row".to_owned(),
        };
        Finding::new(
            Code::MissingColumn,
            format!("{place} has no column `{header}`"),
        )
        .at(Some(sheet.cell_ref(row, 0)))
        .field(Some(header.to_owned()))
        .help(format!(
            "restore the column header `{header}` exactly as in the template (`ghgcheck template`)"
        ))
    }
}

/// Reads every row below the header where one of `columns` that is not
/// pre-filled holds something, into `array` (e.g. `/emissions`). Returns the
/// sheet row of each record, in order.
pub fn read_records(
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    columns: &[Column],
    array: &str,
) -> Vec<u32> {
    let located: Vec<(&Column, u32)> = columns
        .iter()
        .filter_map(|c| header.column(c.header).map(|col| (c, col)))
        .collect();
    let mut rows = Vec::new();
    for row in header.row + 1..sheet.row_end() {
        let filled = located
            .iter()
            .any(|(c, col)| !c.prefilled && !sheet.get(row, *col).is_blank());
        if !filled {
            continue;
        }
        let index = push_record(&mut out.document, array);
        let base = format!("{array}/{index}");
        if let Some((first, col)) = located.first() {
            out.anchor(&base, sheet, row, *col, first.header);
        }
        for (column, col) in &located {
            out.put(
                &format!("{base}{}", column.pointer),
                sheet,
                row,
                *col,
                column.header,
                column.kind,
            );
        }
        rows.push(row);
    }
    rows
}

fn push_record(document: &mut Value, array: &str) -> usize {
    let key = array.trim_start_matches('/');
    let items = document
        .as_object_mut()
        .expect("documents are objects")
        .entry(key)
        .or_insert_with(|| json!([]));
    let items = items.as_array_mut().expect("record arrays are arrays");
    items.push(json!({}));
    items.len() - 1
}
