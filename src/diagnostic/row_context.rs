//! The text around a finding's cell in a tabular source: a few cells of
//! its row and the column headers above them, kept as strings so that the
//! text report can show the row with the cell underlined after the file
//! itself is gone. Bounded: a few columns, each cut to a few characters.
//! Only the text report reads it; machine formats leave it out.

/// How many characters of a cell are kept.
pub const CELL_CHARS: usize = 28;

/// A few cells of a finding's row (and their headers), in column order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowContext {
    /// The 0-based row of the (last) header row, when the table has one
    /// above the finding.
    pub header_row: Option<u32>,
    /// The 0-based row of the finding.
    pub row: u32,
    /// The columns shown: 0-based column, its header (empty when none),
    /// the cell as written (empty when blank).
    pub cells: Vec<ContextCell>,
}

/// One column of a [`RowContext`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContextCell {
    pub col: u32,
    pub header: String,
    pub text: String,
}

/// `text` cut to [`CELL_CHARS`] characters, ending with `…` when cut.
pub fn cut(text: &str) -> String {
    if text.chars().count() <= CELL_CHARS {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(CELL_CHARS - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_cells_are_cut_with_an_ellipsis() {
        assert_eq!(cut("short"), "short");
        let long = "x".repeat(40);
        let cut = cut(&long);
        assert_eq!(cut.chars().count(), CELL_CHARS);
        assert!(cut.ends_with('…'));
    }
}
