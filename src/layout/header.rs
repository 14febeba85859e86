//! Header rows of tables: finding the row that holds the headers, and the
//! column of each header, compared without regard to case, spacing and
//! invisible characters (real exports carry U+200B and U+00A0 in headers).
//! A header may span several rows (a group title above its columns).

use std::collections::{BTreeMap, HashMap};

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::read::{Sheet, clean_text};

/// How many rows from the top may hold title lines above the header.
const HEADER_SEARCH_ROWS: u32 = 10;

/// Header text as compared: case, spacing and invisible characters ignored.
pub fn header_key(text: &str) -> String {
    clean_text(text).to_lowercase()
}

/// Joins the parts of a header that spans several rows.
pub const HEADER_PART_SEPARATOR: &str = " / ";

/// A table's header row and the column of each header found in it.
pub struct Header {
    /// The (last) header row; data starts below it.
    pub row: u32,
    columns: HashMap<String, u32>,
    /// Each column's header as written (parts joined for several rows).
    names: BTreeMap<u32, String>,
}

impl Header {
    /// Looks in the first rows for one holding any of `key_headers` (the
    /// template puts its header in row 1; a few title rows above it are
    /// tolerated).
    pub fn find(sheet: &Sheet, key_headers: &[&str]) -> Option<Header> {
        let wanted: Vec<String> = key_headers.iter().map(|h| header_key(h)).collect();
        // Blank lines (kept as empty rows) do not count towards the window.
        (0..sheet.row_end())
            .filter(|&row| !sheet.row_is_blank(row))
            .take(HEADER_SEARCH_ROWS as usize)
            .filter_map(|row| Header::at(sheet, row))
            .find(|header| wanted.iter().any(|w| header.columns.contains_key(w)))
    }

    /// The first row below the header holding any value (blank lines
    /// skipped), or the row right below it when none does.
    pub fn first_data_row(&self, sheet: &Sheet) -> u32 {
        (self.row + 1..sheet.row_end())
            .find(|&row| !sheet.row_is_blank(row))
            .unwrap_or(self.row + 1)
    }

    /// The header in a given 0-based row, when that row has any text.
    pub fn at(sheet: &Sheet, row: u32) -> Option<Header> {
        Header::spanning(sheet, &[row])
    }

    /// A header spanning the given 0-based rows, top first. A column's
    /// name joins its parts with [`HEADER_PART_SEPARATOR`]
    /// (`Scope 1 / CO2`); a blank cell of an upper row takes the text to
    /// its left when the column has a header below it (how merged group
    /// titles read). A column is also known by its bottom part alone when
    /// no other column shares it, so `Notes` finds a column the group
    /// title to its left was carried over.
    pub fn spanning(sheet: &Sheet, rows: &[u32]) -> Option<Header> {
        let (&row, upper) = rows.split_last()?;
        let mut carried: Vec<Option<String>> = vec![None; upper.len()];
        let mut names = BTreeMap::new();
        let mut bottoms: HashMap<String, Vec<u32>> = HashMap::new();
        for col in 0..sheet.col_end() {
            let bottom = sheet.get(row, col).display();
            let mut parts = Vec::new();
            for (level, &upper_row) in upper.iter().enumerate() {
                match sheet.get(upper_row, col).display() {
                    Some(text) => {
                        carried[level] = Some(text.clone());
                        parts.push(text);
                    }
                    None if bottom.is_some() => parts.extend(carried[level].clone()),
                    None => carried[level] = None,
                }
            }
            if let Some(bottom) = &bottom {
                bottoms.entry(header_key(bottom)).or_default().push(col);
            }
            parts.extend(bottom);
            if !parts.is_empty() {
                names.insert(col, parts.join(HEADER_PART_SEPARATOR));
            }
        }
        // Of two columns with the same header, the first is the one found.
        let mut columns: HashMap<String, u32> = HashMap::new();
        for (&col, name) in &names {
            columns.entry(header_key(name)).or_insert(col);
        }
        for (bottom, cols) in bottoms {
            if let [col] = cols[..] {
                columns.entry(bottom).or_insert(col);
            }
        }
        (!columns.is_empty()).then_some(Header {
            row,
            columns,
            names,
        })
    }

    /// The header of a column as written (parts joined for several rows).
    pub fn name(&self, col: u32) -> Option<&str> {
        self.names.get(&col).map(String::as_str)
    }

    pub fn column(&self, header: &str) -> Option<u32> {
        self.columns.get(&header_key(header)).copied()
    }

    /// The headers of this row that are in none of `known` (compared as
    /// keys), in column order, as written in the sheet.
    pub fn unused(&self, known: &[&str]) -> Vec<String> {
        self.unused_except(known, &[])
    }

    /// Like [`Header::unused`], leaving out the columns `used` as well.
    pub fn unused_except(&self, known: &[&str], used: &[u32]) -> Vec<String> {
        let mut used = used.to_vec();
        used.extend(known.iter().filter_map(|h| self.column(h)));
        self.names
            .iter()
            .filter(|(col, _)| !used.contains(col))
            .map(|(_, name)| name.clone())
            .collect()
    }

    /// One finding for each column whose header repeats an earlier one that
    /// the layout reads (`known`, compared as keys): only the first of them
    /// is read, so the values under the second would be silently ignored
    /// (a `CO2` header typed over the `CH4` column).
    pub fn duplicates(&self, sheet: &Sheet, known: &[&str]) -> Vec<Finding> {
        let known: Vec<String> = known.iter().map(|h| header_key(h)).collect();
        let mut first: HashMap<String, u32> = HashMap::new();
        let mut out = Vec::new();
        for (&col, name) in &self.names {
            let key = header_key(name);
            if !known.contains(&key) {
                continue;
            }
            match first.get(&key) {
                None => {
                    first.insert(key, col);
                }
                Some(&earlier) => out.push(
                    Finding::new(Code::DuplicateColumn, "x009-duplicate-column")
                        .arg("column", name.as_str())
                        .arg("first", sheet.cell_ref(self.row, earlier).a1())
                        .at(Some(sheet.cell_ref(self.row, col)))
                        .field(Some(name.clone()))
                        .value(Some(name.clone()))
                        .help("x009-duplicate-column-help"),
                ),
            }
        }
        out
    }

    /// The column of the first of several spellings of one header.
    pub fn first_column(&self, spellings: &[&str]) -> Option<u32> {
        spellings.iter().find_map(|h| self.column(h))
    }

    /// The finding for a required header that is absent from the header
    /// row `row`.
    pub fn missing(sheet: &Sheet, row: u32, header: &str) -> Finding {
        let finding = match &sheet.name {
            Some(name) => {
                Finding::new(Code::MissingColumn, "r007-sheet-lacks-column").arg("sheet", name)
            }
            None => Finding::new(Code::MissingColumn, "r007-header-row-lacks-column"),
        };
        finding
            .arg("column", header)
            .at(Some(sheet.cell_ref(row, 0)))
            .field(Some(header.to_owned()))
            .help("r007-lacks-column-help")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Cell;

    #[test]
    fn a_header_over_two_rows_joins_group_titles_and_their_columns() {
        let text = |s: &str| Cell::Text(s.to_owned());
        let sheet = Sheet::new(
            None,
            (0, 0),
            vec![
                vec![text("City"), text("Scope 1"), Cell::Empty, text("Scope 2")],
                vec![
                    Cell::Empty,
                    text("CO2"),
                    text("CH4"),
                    text("CO2"),
                    text("Notes"),
                ],
            ],
        );
        let header = Header::spanning(&sheet, &[0, 1]).unwrap();
        assert_eq!(header.row, 1);
        assert_eq!(header.column("City"), Some(0));
        assert_eq!(header.column("Scope 1 / CH4"), Some(2));
        assert_eq!(header.column("scope 2 /  co2"), Some(3));
        // `CO2` is under two groups; `CH4` and `Notes` only once.
        assert_eq!(header.column("CO2"), None);
        assert_eq!(header.column("CH4"), Some(2));
        assert_eq!(header.column("Notes"), Some(4));
        assert_eq!(
            header.unused(&["City", "CH4"]),
            vec!["Scope 1 / CO2", "Scope 2 / CO2", "Scope 2 / Notes"]
        );
    }

    #[test]
    fn a_header_the_layout_reads_twice_is_a_finding_at_the_second() {
        let text = |s: &str| Cell::Text(s.to_owned());
        let sheet = Sheet::new(
            None,
            (0, 0),
            vec![vec![
                text("GPC ref"),
                text("CO2"),
                text(" co2 "),
                text("Notes"),
                text("Notes"),
            ]],
        );
        let header = Header::at(&sheet, 0).unwrap();
        let found = header.duplicates(&sheet, &["GPC ref", "CO2", "CH4"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::DuplicateColumn);
        assert_eq!(
            found[0].cell.as_ref().map(|c| c.a1()).as_deref(),
            Some("C1")
        );
        assert_eq!(found[0].args.pairs(), ["column=co2", "first=B1"]);
        // Only the first is read.
        assert_eq!(header.column("CO2"), Some(1));
    }

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
