//! The rectangle a sheet's values span, and the budget it must stay within.
//!
//! calamine builds a sheet as a dense range over the rectangle from its
//! first to its last value, and layouts (and `inspect`) walk that rectangle
//! row by row and column by column, so what has to stay bounded is the
//! rectangle, not the number of values: a table at A1 and one stray value
//! at XFD1048576 span 17 billion cells, which no machine can hold (calamine
//! would ask for 512 GiB and abort the process). Readers measure the
//! rectangle before anything of its size is built, and a sheet over the
//! budget becomes a [`Code::SheetTooLarge`] finding that points at the
//! value stretching it.

use crate::diagnostic::{CellRef, Code, Finding};

/// Most cells the rectangle of one sheet may span, which bounds the work of
/// the layouts that walk it (ghgcheck's own sheets hold only the values).
/// Real inventories are far below it: an eCRF activity sheet is about
/// 200 x 40 cells, a long table of 200,000 records by 10 columns 2 million.
pub const SHEET_CELL_BUDGET: u64 = 20_000_000;

/// Most cells a sheet of an xls or ods workbook may span. calamine reads
/// those workbooks whole into dense ranges, one 32-byte slot a cell, and
/// holds each sheet about twice (its own copy and the one it hands out),
/// plus 24 bytes a cell of formulas for ods: this keeps one such sheet
/// under 200 MB, while Excel's own limit for xls (65,536 rows by 256
/// columns, 16.8 million cells) would take over a gigabyte.
pub const DENSE_SHEET_CELL_BUDGET: u64 = 2_000_000;

/// The rows and columns of the last cell of a worksheet (XFD1048576),
/// used to tell which way a far value stretches the rectangle.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLS: u64 = 16_384;

/// The bounding box of the values seen so far, their count, and the values
/// that lie furthest down and furthest right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extent {
    bounds: Option<Bounds>,
    values: u64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Bounds {
    first_row: u32,
    last_row: u32,
    first_col: u32,
    last_col: u32,
    /// The value with the largest row (the rightmost of that row).
    lowest: (u32, u32),
    /// The value with the largest column (the lowest of that column).
    rightmost: (u32, u32),
}

impl Extent {
    /// Takes in one value at an absolute 0-based position.
    pub fn add(&mut self, row: u32, col: u32) {
        self.add_block(row, col, 1, 1);
    }

    /// Takes in `rows` x `cols` equal values whose top-left cell is at
    /// (`row`, `col`), as an ODS row or cell repeated several times.
    pub fn add_block(&mut self, row: u32, col: u32, rows: u32, cols: u32) {
        if rows == 0 || cols == 0 {
            return;
        }
        self.values = self
            .values
            .saturating_add(u64::from(rows) * u64::from(cols));
        let (last_row, last_col) = (row.saturating_add(rows - 1), col.saturating_add(cols - 1));
        let Some(b) = &mut self.bounds else {
            self.bounds = Some(Bounds {
                first_row: row,
                last_row,
                first_col: col,
                last_col,
                lowest: (last_row, last_col),
                rightmost: (last_row, last_col),
            });
            return;
        };
        b.first_row = b.first_row.min(row);
        b.first_col = b.first_col.min(col);
        if (last_row, last_col) > b.lowest {
            b.lowest = (last_row, last_col);
        }
        if (last_col, last_row) > (b.rightmost.1, b.rightmost.0) {
            b.rightmost = (last_row, last_col);
        }
        b.last_row = b.last_row.max(last_row);
        b.last_col = b.last_col.max(last_col);
    }

    /// How many values were taken in (repeated ones counted each).
    pub fn values(&self) -> u64 {
        self.values
    }

    /// Cells in the rectangle from the first to the last value.
    pub fn area(&self) -> u64 {
        self.bounds.map_or(0, |b| {
            (u64::from(b.last_row - b.first_row) + 1) * (u64::from(b.last_col - b.first_col) + 1)
        })
    }

    pub fn exceeds_budget(&self) -> bool {
        self.area() > SHEET_CELL_BUDGET
    }

    /// `Ok` when the sheet is within [`SHEET_CELL_BUDGET`], else the
    /// finding that says why it is not read. `sheet` is `None` for a CSV file.
    pub fn check(&self, sheet: Option<&str>) -> Result<(), Box<Finding>> {
        self.check_within(sheet, SHEET_CELL_BUDGET)
    }

    /// The same against another budget.
    pub fn check_within(&self, sheet: Option<&str>, budget: u64) -> Result<(), Box<Finding>> {
        match self.bounds {
            Some(b) if self.area() > budget => Err(Box::new(self.too_large(sheet, b, budget))),
            _ => Ok(()),
        }
    }

    fn too_large(&self, sheet: Option<&str>, b: Bounds, budget: u64) -> Finding {
        let cell = |(row, col)| CellRef::new(sheet, row, col);
        let span = [(b.first_row, b.first_col), (b.last_row, b.last_col)]
            .map(|corner| cell(corner).a1())
            .join(":");
        let area = self.area();
        // Sparse: most of the rectangle is empty, so a few far values made it.
        let finding = if self.values.saturating_mul(10) < area {
            // Blame the direction that is stretched most, relative to how
            // far a worksheet goes that way.
            let row_share = (u64::from(b.last_row - b.first_row) + 1) * MAX_COLS;
            let col_share = (u64::from(b.last_col - b.first_col) + 1) * MAX_ROWS;
            let far = cell(if row_share >= col_share {
                b.lowest
            } else {
                b.rightmost
            });
            Finding::new(Code::SheetTooLarge, "r011-value-far-outside")
                .arg("cell", far.a1())
                .arg("values", count(self.values))
                .at(Some(far))
                .help("r011-value-far-outside-help")
        } else {
            Finding::new(Code::SheetTooLarge, "r011-spans-too-many-cells")
                .help("r011-spans-too-many-cells-help")
        };
        let finding = match sheet {
            Some(name) => finding.arg("place", "sheet").arg("sheet", name),
            None => finding.arg("place", "table"),
        };
        finding
            .arg("span", span)
            .arg("cells", count(area))
            .arg("budget", count(budget))
    }
}

/// A count of cells as a message argument (an integer in the JSON report).
/// Real counts stay far below `i64::MAX`: the largest, an xls DIMENSIONS
/// record's 32-bit rows by 16-bit columns, is under 2^48.
pub(super) fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Arg;

    fn args_of(finding: &Finding) -> Vec<(&'static str, Arg)> {
        finding
            .args
            .iter()
            .map(|(name, value)| (name, value.clone()))
            .collect()
    }

    #[test]
    fn the_rectangle_spans_first_to_last_value() {
        let mut extent = Extent::default();
        assert_eq!(extent.area(), 0);
        extent.add(2, 1);
        extent.add(4, 3);
        extent.add(3, 0);
        assert_eq!(extent.area(), 3 * 4);
        assert_eq!(extent.values(), 3);
        assert!(extent.check(Some("S")).is_ok());
    }

    #[test]
    fn one_far_value_is_over_the_budget_and_is_named() {
        let mut extent = Extent::default();
        extent.add(0, 0);
        extent.add(1_048_575, 16_383);
        assert_eq!(extent.area(), 1 << 34);
        let finding = extent.check(Some("Sheet1")).unwrap_err();
        assert_eq!(finding.code, Code::SheetTooLarge);
        assert_eq!(
            finding.cell,
            Some(CellRef::new(Some("Sheet1"), 1_048_575, 16_383))
        );
        assert_eq!(finding.message, "r011-value-far-outside");
        assert_eq!(
            args_of(&finding),
            [
                ("cell", Arg::from("XFD1048576")),
                ("values", Arg::from(2i64)),
                ("place", Arg::from("sheet")),
                ("sheet", Arg::from("Sheet1")),
                ("span", Arg::from("A1:XFD1048576")),
                ("cells", Arg::from(17_179_869_184i64)),
                ("budget", Arg::from(20_000_000i64)),
            ]
        );
    }

    #[test]
    fn the_budget_is_a_limit_on_the_rectangle_not_on_the_values() {
        // 20,000 rows by 1,000 columns is exactly the budget.
        let mut at_budget = Extent::default();
        at_budget.add(0, 0);
        at_budget.add(19_999, 999);
        assert_eq!(at_budget.area(), SHEET_CELL_BUDGET);
        assert!(at_budget.check(None).is_ok());
        // One row more is over it, with only three values.
        let mut over = at_budget.clone();
        over.add(20_000, 0);
        assert!(over.exceeds_budget());
        assert_eq!(over.values(), 3);
    }

    #[test]
    fn the_stretched_direction_is_blamed() {
        // A table A1:F5000 and a note in XFD1: the column is the stretch.
        let mut extent = Extent::default();
        extent.add_block(0, 0, 5_000, 6);
        extent.add(0, 16_383);
        let finding = extent.check(Some("Data")).unwrap_err();
        assert_eq!(finding.cell.unwrap().a1(), "XFD1");
        // A table that is large all through has no single value to blame.
        let mut dense = Extent::default();
        dense.add_block(0, 0, 1_000_000, 21);
        let finding = dense.check(None).unwrap_err();
        assert_eq!(finding.cell, None);
        assert_eq!(finding.message, "r011-spans-too-many-cells");
        assert_eq!(
            args_of(&finding),
            [
                ("place", Arg::from("table")),
                ("span", Arg::from("A1:U1000000")),
                ("cells", Arg::from(21_000_000i64)),
                ("budget", Arg::from(20_000_000i64)),
            ]
        );
    }
}
