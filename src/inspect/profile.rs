//! What the columns of a sheet hold: the row that most likely carries the
//! headers, and for each column its header, a few sample values and how
//! many of its values are numbers or GPC reference numbers.

use serde::Serialize;

use crate::diagnostic::column_letters;
use crate::layout::header::Header;
use crate::layout::template::spec::ListName;
use crate::normalize::clean::{Cleaned, number};
use crate::normalize::sector::{RefParse, parse_ref};
use crate::read::{Cell, Sheet};

/// How many rows from the top may hold the header (title lines above it
/// are common in hand-made tables).
const HEADER_SEARCH_ROWS: u32 = 20;
/// Sample values shown per column.
const SAMPLES: usize = 3;
/// Distinct values kept per column, for value aliases and flags.
const DISTINCT: usize = 40;
/// Longest sample shown, in characters.
const SAMPLE_CHARS: usize = 40;

/// One column of a sheet below its header row.
#[derive(Clone, Debug, Serialize)]
pub struct ColumnProfile {
    /// 0-based column index.
    #[serde(skip)]
    pub index: u32,
    /// Column letters, `A` for the first.
    pub column: String,
    /// Header as written (cleaned of invisible characters), if any.
    pub header: Option<String>,
    /// The first distinct values below the header.
    pub samples: Vec<String>,
    /// Non-blank cells below the header.
    pub filled: usize,
    /// Of those, cells that read as numbers (also from text like `1.234,5`).
    pub numeric: usize,
    /// Of those, cells that read as GPC reference numbers.
    pub gpc_refs: usize,
    /// Whether some data row leaves this column blank.
    pub has_blanks: bool,
    /// The first distinct values, untruncated (for aliases and flags).
    #[serde(skip)]
    pub distinct: Vec<String>,
    /// How many cells hold each of `distinct` (same order).
    #[serde(skip)]
    pub counts: Vec<usize>,
    /// Distinct non-blank values in the whole column (not only the first
    /// ones kept): equal to `filled` when no value repeats.
    pub unique: usize,
}

impl ColumnProfile {
    /// Most of the values are numbers (blank and null words aside).
    pub fn is_numeric(&self) -> bool {
        self.numeric > 0 && self.numeric * 5 >= self.filled * 4
    }

    /// Most of the values are GPC reference numbers.
    pub fn holds_gpc_refs(&self) -> bool {
        self.gpc_refs >= 2 && self.gpc_refs * 5 >= self.filled * 4
    }
}

/// Candidate header rows (0-based), best first: the row in the top of the
/// sheet with the most text cells (the higher one among equals; a row of
/// numbers is never a header), then the rows above it holding at least
/// half as many (title lines or a first header line). Rows below the
/// header are data.
pub fn header_row_candidates(sheet: &Sheet) -> Vec<u32> {
    let last = HEADER_SEARCH_ROWS.min(sheet.row_end());
    let scored: Vec<(usize, u32)> = (0..last)
        .map(|row| (text_cells(sheet, row), row))
        .filter(|(score, _)| *score > 0)
        .collect();
    let Some(&(best, header)) = scored
        .iter()
        .min_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)))
    else {
        return Vec::new();
    };
    let above = scored
        .iter()
        .filter(|&&(score, row)| row < header && score * 2 >= best)
        .map(|&(_, row)| row);
    std::iter::once(header).chain(above).collect()
}

/// A GPC notation key (NO, IE, NE, C), or `NA`, which reporters write as one.
pub fn is_notation_key(text: &str) -> bool {
    ListName::NotationKey
        .values()
        .iter()
        .chain(&["NA"])
        .any(|k| k.eq_ignore_ascii_case(text))
}

/// Cells of a row that read as headers: text that is no number, and
/// years (tables with one column per year head them `2019`, `2020`).
fn text_cells(sheet: &Sheet, row: u32) -> usize {
    let year = |n: f64| n.fract() == 0.0 && (1900.0..=2100.0).contains(&n);
    (0..sheet.col_end())
        .filter(|&col| match sheet.get(row, col) {
            Cell::Text(text) => match number(text) {
                Cleaned::Invalid(_) => true,
                Cleaned::Value(n) => year(n),
                Cleaned::Null => false,
            },
            Cell::Number(n) => year(*n),
            _ => false,
        })
        .count()
}

/// The rows (0-based, top first) forming the header around the best
/// candidate `row`: it and the row below when it holds group titles over
/// column headers (a title over a blank cell that has a header below it,
/// as merged cells read) and the row below holds only text; else the row
/// above and it, when the row above holds such titles (two or more, fewer
/// than the header); else `row` alone.
pub fn header_rows(sheet: &Sheet, row: u32) -> Vec<u32> {
    let text = |r: u32, c: u32| sheet.get(r, c).display().is_some();
    // A group title is short text, not a `Source: ...` note.
    let title = |r: u32, c: u32| sheet.get(r, c).display().is_some_and(|t| !t.contains(':'));
    let grouped = |above: u32, below: u32| {
        (0..sheet.col_end().saturating_sub(1))
            .any(|c| title(above, c) && !text(above, c + 1) && text(below, c) && text(below, c + 1))
    };
    // Column headers: text only, and no notation key (a row holding `NO`
    // or `NE` is a record).
    let only_text = |r: u32| {
        let cells: Vec<String> = (0..sheet.col_end())
            .filter_map(|c| sheet.get(r, c).display())
            .collect();
        cells.len() >= 2
            && text_cells(sheet, r) == cells.len()
            && !cells.iter().any(|c| is_notation_key(c))
    };
    if row + 1 < sheet.row_end() && grouped(row, row + 1) && only_text(row + 1) {
        return vec![row, row + 1];
    }
    match row.checked_sub(1) {
        Some(above)
            if grouped(above, row)
                && text_cells(sheet, above) >= 2
                && text_cells(sheet, above) < text_cells(sheet, row) =>
        {
            vec![above, row]
        }
        _ => vec![row],
    }
}

/// Profiles every column that has a header or any value below the header
/// rows (0-based, top first; names of several rows are joined as mapping
/// files name them: `Group / Column`).
pub fn profile_columns(sheet: &Sheet, rows: &[u32]) -> Vec<ColumnProfile> {
    let Some(header) = Header::spanning(sheet, rows) else {
        return Vec::new();
    };
    let data_rows: Vec<u32> = (header.row + 1..sheet.row_end())
        .filter(|&row| !sheet.row_is_blank(row))
        .collect();
    (0..sheet.col_end())
        .map(|col| profile(sheet, &header, col, &data_rows))
        .filter(|p| p.header.is_some() || p.filled > 0)
        .collect()
}

fn profile(sheet: &Sheet, header: &Header, col: u32, data_rows: &[u32]) -> ColumnProfile {
    let mut column = ColumnProfile {
        index: col,
        column: column_letters(col),
        header: header.name(col).map(str::to_owned),
        samples: Vec::new(),
        filled: 0,
        numeric: 0,
        gpc_refs: 0,
        has_blanks: false,
        distinct: Vec::new(),
        counts: Vec::new(),
        unique: 0,
    };
    let mut seen = std::collections::HashSet::new();
    for &row in data_rows {
        let cell = sheet.get(row, col);
        let Some(text) = cell.display() else {
            column.has_blanks = true;
            continue;
        };
        match cell {
            Cell::Number(_) => column.numeric += 1,
            _ => match number(&text) {
                Cleaned::Value(_) => column.numeric += 1,
                Cleaned::Null => {
                    column.has_blanks = true;
                    continue;
                }
                Cleaned::Invalid(_) => {}
            },
        }
        column.filled += 1;
        if matches!(
            parse_ref(&text),
            RefParse::Exact(_) | RefParse::Normalised { .. }
        ) {
            column.gpc_refs += 1;
        }
        if let Some(at) = column.distinct.iter().position(|d| *d == text) {
            column.counts[at] += 1;
        } else if column.distinct.len() < DISTINCT {
            column.distinct.push(text.clone());
            column.counts.push(1);
        }
        seen.insert(text);
    }
    column.unique = seen.len();
    column.samples = column
        .distinct
        .iter()
        .take(SAMPLES)
        .map(|s| shorten(s))
        .collect();
    column
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= SAMPLE_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(SAMPLE_CHARS - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }

    fn sheet() -> Sheet {
        Sheet::new(
            None,
            (0, 0),
            vec![
                vec![text("Emissions of the region, 2021")],
                vec![],
                vec![text("Municipality"), text("Ref"), text("Emissions (t)")],
                vec![text("Aville"), text("I.1.1"), text("1.234,5")],
                vec![text("Aville"), text("I_2_1"), Cell::Number(7.0)],
                vec![text("Bville"), text("II.1.1"), text("N/A")],
            ],
        )
    }

    #[test]
    fn the_header_is_the_row_with_most_text_below_a_title() {
        assert_eq!(header_row_candidates(&sheet())[0], 2);
    }

    #[test]
    fn group_titles_make_a_header_of_two_rows() {
        let sheet = Sheet::new(
            None,
            (0, 0),
            vec![
                vec![text("Title")],
                vec![text("City"), text("Energy"), Cell::Empty, text("Notes")],
                vec![Cell::Empty, text("I.1.1"), text("I.2.1")],
                vec![text("Aville"), Cell::Number(1.0), Cell::Number(2.0)],
            ],
        );
        assert_eq!(header_row_candidates(&sheet)[0], 1);
        assert_eq!(header_rows(&sheet, 1), vec![1, 2]);
        let names: Vec<Option<String>> = profile_columns(&sheet, &[1, 2])
            .into_iter()
            .map(|c| c.header)
            .collect();
        assert_eq!(
            names,
            [
                Some("City".to_owned()),
                Some("Energy / I.1.1".to_owned()),
                Some("Energy / I.2.1".to_owned()),
                Some("Notes".to_owned())
            ]
        );
        // A single title line above a plain header stays out of it.
        assert_eq!(header_rows(&super::tests::sheet(), 2), vec![2]);
    }

    #[test]
    fn records_and_notes_are_no_group_titles() {
        let sheet = Sheet::new(
            None,
            (0, 0),
            vec![
                vec![
                    text("GPC ref"),
                    text("Notation key"),
                    Cell::Empty,
                    text("Total"),
                ],
                vec![text("I.1.1"), text("NO"), text("see note")],
                vec![text("I.1.2"), Cell::Empty, Cell::Empty, text("5")],
            ],
        );
        assert_eq!(header_rows(&sheet, 0), vec![0]);
        let notes = Sheet::new(
            None,
            (0, 0),
            vec![
                vec![text("Source: office"), Cell::Empty, text("By: me")],
                vec![text("City"), text("Year"), text("Total")],
                vec![text("A"), text("2021"), text("5")],
            ],
        );
        assert_eq!(header_row_candidates(&notes)[0], 1);
        assert_eq!(header_rows(&notes, 1), vec![1]);
    }

    #[test]
    fn years_heading_columns_count_as_headers() {
        let sheet = Sheet::new(
            None,
            (0, 0),
            vec![
                vec![text("Sector"), text("2019"), text("2020"), text("2021")],
                vec![text("Energy"), text("NO"), text("NE"), text("12")],
            ],
        );
        assert_eq!(header_row_candidates(&sheet)[0], 0);
    }

    #[test]
    fn columns_count_numbers_and_gpc_refs() {
        let columns = profile_columns(&sheet(), &[2]);
        assert_eq!(columns.len(), 3);
        assert_eq!(columns[0].header.as_deref(), Some("Municipality"));
        assert_eq!(columns[0].samples, vec!["Aville", "Bville"]);
        assert!(!columns[0].is_numeric());
        assert_eq!((columns[1].filled, columns[1].gpc_refs), (3, 3));
        assert!(columns[1].holds_gpc_refs());
        // N/A is a null word: two numbers out of two values.
        assert_eq!((columns[2].filled, columns[2].numeric), (2, 2));
        assert!(columns[2].is_numeric());
        assert!(columns[2].has_blanks);
    }
}
