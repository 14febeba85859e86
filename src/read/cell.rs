//! The in-memory form of a read file: sheets of typed cells, each keeping its
//! absolute 0-based position, plus the small cleaning every reader shares.

use chrono::NaiveDateTime;

use crate::diagnostic::CellRef;

/// One cell value as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    Date(NaiveDateTime),
    /// A spreadsheet error value such as `#DIV/0!`.
    Error(String),
}

impl Cell {
    /// The cell as the submitter sees it, for messages; `None` when empty.
    pub fn display(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(t) => {
                let t = clean_text(t);
                (!t.is_empty()).then_some(t)
            }
            Cell::Number(n) => Some(format_number(*n)),
            Cell::Bool(b) => Some(if *b { "TRUE" } else { "FALSE" }.to_owned()),
            Cell::Date(d) => Some(if d.time() == chrono::NaiveTime::MIN {
                d.date().format("%Y-%m-%d").to_string()
            } else {
                d.format("%Y-%m-%d %H:%M:%S").to_string()
            }),
            Cell::Error(e) => Some(e.clone()),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.display().is_none()
    }
}

/// A number the way a person writes it: `1200`, not `1200.0`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Trims spaces, tabs, line breaks, no-break spaces (U+00A0) and zero-width
/// characters, and collapses inner runs of whitespace to one space.
pub fn clean_text(text: &str) -> String {
    let is_junk = |c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00A0}');
    text.split(is_junk)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One sheet. `name` is `None` for a CSV file.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: Option<String>,
    /// Absolute position of `rows[0][0]`.
    origin: (u32, u32),
    rows: Vec<Vec<Cell>>,
}

static EMPTY: Cell = Cell::Empty;

impl Sheet {
    pub fn new(name: Option<String>, origin: (u32, u32), rows: Vec<Vec<Cell>>) -> Self {
        Sheet { name, origin, rows }
    }

    /// The cell at an absolute 0-based position (empty outside the data).
    pub fn get(&self, row: u32, col: u32) -> &Cell {
        let (r0, c0) = self.origin;
        if row < r0 || col < c0 {
            return &EMPTY;
        }
        self.rows
            .get((row - r0) as usize)
            .and_then(|cells| cells.get((col - c0) as usize))
            .unwrap_or(&EMPTY)
    }

    /// One past the last absolute row that may hold data.
    pub fn row_end(&self) -> u32 {
        self.origin.0 + self.rows.len() as u32
    }

    /// One past the last absolute column that may hold data.
    pub fn col_end(&self) -> u32 {
        self.origin.1 + self.rows.iter().map(Vec::len).max().unwrap_or(0) as u32
    }

    pub fn cell_ref(&self, row: u32, col: u32) -> CellRef {
        CellRef::new(self.name.as_deref(), row, col)
    }

    pub fn is_empty(&self) -> bool {
        self.rows.iter().flatten().all(Cell::is_blank)
    }

    /// True when every cell of the absolute row is blank.
    pub fn row_is_blank(&self, row: u32) -> bool {
        (self.origin.1..self.col_end()).all(|col| self.get(row, col).is_blank())
    }
}

/// All sheets of a file, in workbook order.
#[derive(Clone, Debug, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| {
            s.name
                .as_deref()
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(name))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.sheets.iter().all(Sheet::is_empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_removes_invisible_characters() {
        assert_eq!(
            clean_text("\u{200B} Porto\u{00A0}\u{00A0}Alegre \t\n"),
            "Porto Alegre"
        );
    }

    #[test]
    fn sheet_positions_are_absolute() {
        let sheet = Sheet::new(
            Some("S".into()),
            (2, 1),
            vec![vec![Cell::Text("a".into()), Cell::Number(1.0)]],
        );
        assert_eq!(sheet.get(2, 2), &Cell::Number(1.0));
        assert_eq!(sheet.get(0, 0), &Cell::Empty);
        assert_eq!(sheet.row_end(), 3);
        assert_eq!(sheet.col_end(), 3);
    }

    #[test]
    fn numbers_display_without_trailing_zero() {
        assert_eq!(format_number(1200.0), "1200");
        assert_eq!(format_number(12.5), "12.5");
    }
}
