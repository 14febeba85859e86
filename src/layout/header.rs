//! Header rows of tables: finding the row that holds the headers, and the
//! column of each header, compared without regard to case, spacing and
//! invisible characters (real exports carry U+200B and U+00A0 in headers).

use std::collections::HashMap;

use crate::read::{Sheet, clean_text};
use crate::report::finding::Finding;
use crate::rules::registry::Code;

/// How many rows from the top may hold title lines above the header.
const HEADER_SEARCH_ROWS: u32 = 10;

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
        let last = (HEADER_SEARCH_ROWS).min(sheet.row_end());
        (0..last).find_map(|row| {
            let columns: HashMap<String, u32> = (0..sheet.col_end())
                .filter_map(|col| sheet.get(row, col).display().map(|h| (header_key(&h), col)))
                .collect();
            wanted
                .iter()
                .any(|w| columns.contains_key(w))
                .then_some(Header { row, columns })
        })
    }

    /// The header in a given 0-based row, when that row has any text.
    pub fn at(sheet: &Sheet, row: u32) -> Option<Header> {
        let columns: HashMap<String, u32> = (0..sheet.col_end())
            .filter_map(|col| sheet.get(row, col).display().map(|h| (header_key(&h), col)))
            .collect();
        (!columns.is_empty()).then_some(Header { row, columns })
    }

    pub fn column(&self, header: &str) -> Option<u32> {
        self.columns.get(&header_key(header)).copied()
    }

    /// The headers of this row that are in none of `known` (compared as
    /// keys), in column order, as written in the sheet.
    pub fn unused(&self, sheet: &Sheet, known: &[&str]) -> Vec<String> {
        let known: Vec<String> = known.iter().map(|h| header_key(h)).collect();
        let mut unused: Vec<(u32, String)> = self
            .columns
            .iter()
            .filter(|(key, _)| !known.contains(key))
            .filter_map(|(_, &col)| sheet.get(self.row, col).display().map(|h| (col, h)))
            .collect();
        unused.sort();
        unused.into_iter().map(|(_, h)| h).collect()
    }

    /// The column of the first of several spellings of one header.
    pub fn first_column(&self, spellings: &[&str]) -> Option<u32> {
        spellings.iter().find_map(|h| self.column(h))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Cell;

    #[test]
    fn finds_the_header_below_title_rows_and_ignores_spacing() {
        let text = |s: &str| Cell::Text(s.to_owned());
        let sheet = Sheet::new(
            None,
            (0, 0),
            vec![
                vec![text("Inventory export")],
                vec![
                    text("\u{200B}GPC  Reference Number"),
                    text("Total Emissions\u{00A0}"),
                ],
            ],
        );
        let header = Header::find(&sheet, &["gpc reference number"]).unwrap();
        assert_eq!(header.row, 1);
        assert_eq!(header.column("Total emissions"), Some(1));
        assert_eq!(header.column("Notation Key"), None);
        assert_eq!(
            header.first_column(&["Notation Key", "total emissions"]),
            Some(1)
        );
    }
}
