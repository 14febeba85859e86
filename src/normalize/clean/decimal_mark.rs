//! A file's decimal mark, decided from its numbers written as text, for the
//! one case a number alone cannot settle: a lone `,` or `.` followed by
//! exactly three digits (`1,234`, `254.000`). CDP asks respondents to write
//! numbers in their own "cultural setting", so a file that writes `12,5`
//! and `1.234,5` means 254000 by `254.000`, and one that writes `12.5`
//! means 254. Each number that shows its mark beyond doubt is a vote; the
//! mark most of them show is the file's, and a tie (or no vote) leaves it
//! unknown.

use std::cmp::Ordering;

use super::number::shown_mark;
use crate::read::{Cell, Sheet};

/// How a file writes the decimals of its numbers stored as text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecimalMark {
    /// The file's numbers do not tell: `1,234` is read as 1234 and `1.234`
    /// as 1.234, as in English, and the reading is worth a warning.
    #[default]
    Unknown,
    /// `12.5`, `1,234.5`: `1,234` is 1234, `1.234` is 1.234.
    Point,
    /// `12,5`, `1.234,5`: `1,234` is 1.234, `254.000` is 254000.
    Comma,
}

impl DecimalMark {
    /// The mark most of `texts` show (see [`shown_mark`]).
    pub fn detect<'a>(texts: impl IntoIterator<Item = &'a str>) -> DecimalMark {
        let (mut points, mut commas) = (0usize, 0usize);
        for text in texts {
            match shown_mark(text) {
                Some(DecimalMark::Point) => points += 1,
                Some(DecimalMark::Comma) => commas += 1,
                _ => {}
            }
        }
        match points.cmp(&commas) {
            Ordering::Greater => DecimalMark::Point,
            Ordering::Less => DecimalMark::Comma,
            Ordering::Equal => DecimalMark::Unknown,
        }
    }

    /// The mark of a file from the text cells of all its sheets (number
    /// cells of a spreadsheet carry no mark).
    pub fn of_sheets<'a>(sheets: impl IntoIterator<Item = &'a Sheet>) -> DecimalMark {
        let texts = sheets.into_iter().flat_map(|sheet| {
            let cols = sheet.col_end();
            (0..sheet.row_end())
                .flat_map(move |row| (0..cols).map(move |col| sheet.get(row, col)))
                .filter_map(|cell| match cell {
                    Cell::Text(text) => Some(text.as_str()),
                    _ => None,
                })
        });
        DecimalMark::detect(texts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_numbers_that_show_a_mark_decide() {
        let comma = ["254.000", "12,5", "1.234,5", "1.234.567", "2022", "Łódź"];
        assert_eq!(DecimalMark::detect(comma), DecimalMark::Comma);
        let point = ["254.000", "12.5", "1,234.5", "1,234,567", "0.5", "1,5"];
        assert_eq!(DecimalMark::detect(point), DecimalMark::Point);
        // `1,234`, `1.234` and whole numbers show nothing; a tie is no answer.
        assert_eq!(
            DecimalMark::detect(["1,234", "1.234", "2022", "1 234", "n/a"]),
            DecimalMark::Unknown
        );
        assert_eq!(DecimalMark::detect(["12,5", "12.5"]), DecimalMark::Unknown);
        assert_eq!(DecimalMark::detect([]), DecimalMark::Unknown);
    }

    #[test]
    fn text_cells_of_every_sheet_vote_and_number_cells_do_not() {
        let sheet = |rows: Vec<Vec<Cell>>| Sheet::new(None, (0, 0), rows);
        let text = |t: &str| Cell::Text(t.to_owned());
        let sheets = [
            sheet(vec![vec![text("Populacao"), Cell::Number(12.5)]]),
            sheet(vec![vec![text("254.000")], vec![Cell::Empty, text("1,5")]]),
        ];
        assert_eq!(DecimalMark::of_sheets(&sheets), DecimalMark::Comma);
        assert_eq!(DecimalMark::of_sheets(&sheets[..1]), DecimalMark::Unknown);
    }
}
