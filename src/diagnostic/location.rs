//! Where a value came from: a cell in a sheet (0-based, absolute), rendered
//! as `Sheet!B7` only at the edges.

use std::fmt;

/// A cell position. `sheet` is `None` for CSV files, which have no sheets.
/// `row` and `col` are 0-based and absolute (the sheet's origin included).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    pub sheet: Option<String>,
    pub row: u32,
    pub col: u32,
}

impl CellRef {
    pub fn new(sheet: Option<&str>, row: u32, col: u32) -> Self {
        CellRef {
            sheet: sheet.map(str::to_owned),
            row,
            col,
        }
    }

    /// The A1-style address without the sheet, e.g. `B7`.
    pub fn a1(&self) -> String {
        format!("{}{}", column_letters(self.col), self.row + 1)
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sheet {
            Some(sheet) if needs_quotes(sheet) => {
                write!(f, "'{}'!{}", sheet.replace('\'', "''"), self.a1())
            }
            Some(sheet) => write!(f, "{sheet}!{}", self.a1()),
            None => f.write_str(&self.a1()),
        }
    }
}

fn needs_quotes(sheet: &str) -> bool {
    !sheet.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Spreadsheet column letters for a 0-based column index: 0 -> A, 27 -> AB.
pub fn column_letters(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// The 1-based line of a byte offset in a text (a TOML file's error span).
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_cover_two_letter_columns() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn display_quotes_sheet_names_with_spaces() {
        assert_eq!(
            CellRef::new(Some("Emissions"), 6, 1).to_string(),
            "Emissions!B7"
        );
        assert_eq!(
            CellRef::new(Some("My data"), 0, 0).to_string(),
            "'My data'!A1"
        );
        assert_eq!(CellRef::new(None, 1, 2).to_string(), "C2");
    }
}
