//! The in-memory form of a read file: sheets of typed cells, each keeping its
//! absolute 0-based position, plus the small cleaning every reader shares.

use chrono::NaiveDateTime;

use crate::diagnostic::CellRef;
use crate::diagnostic::Finding;

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

    /// True when [`Cell::display`] is `None`, without building the text:
    /// layouts ask this of every cell of every row.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.chars().all(is_junk),
            _ => false,
        }
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
    text.split(is_junk)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What [`clean_text`] removes.
fn is_junk(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00A0}')
}

/// One sheet. `name` is `None` for a CSV file.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: Option<String>,
    /// Absolute position of the first row and column.
    origin: (u32, u32),
    /// Each row's cells that are not [`Cell::Empty`], as (column from the
    /// origin, cell) in column order: a sheet costs what it holds, not the
    /// rectangle it spans (a table and a note far to its right).
    rows: Vec<Vec<(u32, Cell)>>,
    /// Columns from the origin to the end of the longest row, kept so that
    /// [`Sheet::col_end`] does not scan every row each time it is asked
    /// (layouts ask once per row).
    width: u32,
}

static EMPTY: Cell = Cell::Empty;

impl Sheet {
    /// A sheet from rows of cells whose first cell is at `origin`.
    pub fn new(name: Option<String>, origin: (u32, u32), rows: Vec<Vec<Cell>>) -> Self {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0) as u32;
        let rows = rows
            .into_iter()
            .map(|cells| {
                (0u32..)
                    .zip(cells)
                    .filter(|(_, cell)| *cell != Cell::Empty)
                    .collect()
            })
            .collect();
        Sheet {
            name,
            origin,
            rows,
            width,
        }
    }

    /// A sheet from cells at absolute 0-based (row, column) positions, in
    /// any order; the origin is the first row and column holding a cell.
    /// Readers check the cells' rectangle against the budget
    /// ([`super::extent`]) first, since layouts walk it.
    pub fn from_cells(name: Option<String>, mut cells: Vec<(u32, u32, Cell)>) -> Self {
        cells.retain(|(_, _, cell)| *cell != Cell::Empty);
        cells.sort_by_key(|&(row, col, _)| (row, col));
        let origin = (
            cells.first().map_or(0, |c| c.0),
            cells.iter().map(|c| c.1).min().unwrap_or(0),
        );
        let width = cells.iter().map(|c| c.1 - origin.1 + 1).max().unwrap_or(0);
        let mut rows: Vec<Vec<(u32, Cell)>> = Vec::new();
        for (row, col, cell) in cells {
            let r = (row - origin.0) as usize;
            if rows.len() <= r {
                rows.resize_with(r + 1, Vec::new);
            }
            rows[r].push((col - origin.1, cell));
        }
        Sheet {
            name,
            origin,
            rows,
            width,
        }
    }

    /// The cell at an absolute 0-based position (empty outside the data).
    pub fn get(&self, row: u32, col: u32) -> &Cell {
        let (r0, c0) = self.origin;
        if row < r0 || col < c0 {
            return &EMPTY;
        }
        let Some(cells) = self.rows.get((row - r0) as usize) else {
            return &EMPTY;
        };
        cells
            .binary_search_by_key(&(col - c0), |(c, _)| *c)
            .map_or(&EMPTY, |i| &cells[i].1)
    }

    /// One past the last absolute row that may hold data.
    pub fn row_end(&self) -> u32 {
        self.origin.0 + self.rows.len() as u32
    }

    /// One past the last absolute column that may hold data.
    pub fn col_end(&self) -> u32 {
        self.origin.1 + self.width
    }

    pub fn cell_ref(&self, row: u32, col: u32) -> CellRef {
        CellRef::new(self.name.as_deref(), row, col)
    }

    pub fn is_empty(&self) -> bool {
        self.rows.iter().flatten().all(|(_, cell)| cell.is_blank())
    }

    /// Every cell that is not [`Cell::Empty`], as (absolute row, absolute
    /// column, cell), row by row.
    pub fn cells(&self) -> impl Iterator<Item = (u32, u32, &Cell)> {
        let (r0, c0) = self.origin;
        (0u32..)
            .zip(&self.rows)
            .flat_map(move |(r, cells)| cells.iter().map(move |(c, cell)| (r0 + r, c0 + c, cell)))
    }

    /// True when every cell of the absolute row is blank. Looks at that
    /// row's own cells only, so a pass over all rows stays linear.
    pub fn row_is_blank(&self, row: u32) -> bool {
        row.checked_sub(self.origin.0)
            .and_then(|r| self.rows.get(r as usize))
            .is_none_or(|cells| cells.iter().all(|(_, cell)| cell.is_blank()))
    }
}

/// All sheets of a file, in workbook order.
#[derive(Clone, Debug, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
    /// What the reader noticed that does not stop the file being read (a
    /// CSV row with more or fewer fields than the table).
    pub notes: Vec<Finding>,
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
    fn a_sheet_from_scattered_cells_keeps_positions_and_ragged_rows() {
        let sheet = Sheet::from_cells(
            Some("S".into()),
            vec![
                (5, 4, Cell::Number(2.0)),
                (3, 2, Cell::Text("a".into())),
                (3, 6, Cell::Bool(true)),
            ],
        );
        assert_eq!(sheet.get(3, 2), &Cell::Text("a".into()));
        assert_eq!(sheet.get(5, 4), &Cell::Number(2.0));
        assert_eq!(sheet.get(3, 6), &Cell::Bool(true));
        assert_eq!(sheet.get(4, 4), &Cell::Empty);
        assert_eq!((sheet.row_end(), sheet.col_end()), (6, 7));
        assert!(sheet.row_is_blank(4));
        assert!(sheet.row_is_blank(0) && sheet.row_is_blank(99));
        assert!(!sheet.row_is_blank(5));
        // Only the values are held, not the rectangle between them.
        assert_eq!(
            sheet.rows.iter().map(Vec::len).collect::<Vec<_>>(),
            [2, 0, 1]
        );
    }

    #[test]
    fn blank_means_nothing_to_display() {
        for cell in [
            Cell::Empty,
            Cell::Text(" \u{00A0}\u{200B}\t".into()),
            Cell::Text(String::new()),
        ] {
            assert!(cell.is_blank() && cell.display().is_none(), "{cell:?}");
        }
        for cell in [
            Cell::Text(" x ".into()),
            Cell::Number(0.0),
            Cell::Bool(false),
            Cell::Error(String::new()),
        ] {
            assert!(!cell.is_blank() && cell.display().is_some(), "{cell:?}");
        }
    }

    #[test]
    fn numbers_display_without_trailing_zero() {
        assert_eq!(format_number(1200.0), "1200");
        assert_eq!(format_number(12.5), "12.5");
    }
}
