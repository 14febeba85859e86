//! Row context for findings: after a file is checked, each finding at a
//! cell of a sheet gets a few cells of its row and their column headers as
//! text ([`RowContext`]), so that the text report can show the row with
//! the cell underlined. The header is the one `ghgcheck inspect` finds
//! (the top row richest in text, with a group-title row above it); it is
//! shown only when it lies above the finding's row.

use std::collections::HashMap;

use super::profile::{header_row_candidates, header_rows};
use crate::diagnostic::{ContextCell, Finding, RowContext, cut};
use crate::layout::header::Header;
use crate::normalize::clean::{Cleaned, number};
use crate::read::{Cell, Sheet, Workbook};

/// Gives every finding at a cell of `book` its row context.
pub fn attach(book: &Workbook, findings: &mut [Finding]) {
    let mut headers: HashMap<Option<String>, Option<Header>> = HashMap::new();
    for finding in findings.iter_mut() {
        let Some(cell) = &finding.cell else { continue };
        let sheet = match &cell.sheet {
            Some(name) => book.sheets.iter().find(|s| s.name.as_ref() == Some(name)),
            None => book.sheets.iter().find(|s| s.name.is_none()),
        };
        let Some(sheet) = sheet else { continue };
        let header = headers
            .entry(cell.sheet.clone())
            .or_insert_with(|| header_of(sheet))
            .as_ref()
            .filter(|h| h.row < cell.row);
        finding.context = Some(Box::new(context(sheet, header, cell.row, cell.col)));
    }
}

/// The sheet's header, when it looks like the header of a table: four
/// columns or more (a sheet of labels, values and notes has none; its
/// richest row is a label and its value).
fn header_of(sheet: &Sheet) -> Option<Header> {
    let row = *header_row_candidates(sheet).first()?;
    let rows = header_rows(sheet, row);
    let last = *rows.last()?;
    let named = (0..sheet.col_end())
        .filter(|&c| sheet.get(last, c).display().is_some())
        .count();
    if named < 4 {
        return None;
    }
    Header::spanning(sheet, &rows)
}

/// The columns shown: the row's label (its first text cell left of the
/// finding's column, when there is one), the column before the cell, the
/// cell and the column after it.
fn context(sheet: &Sheet, header: Option<&Header>, row: u32, col: u32) -> RowContext {
    // Every cell of a CSV file is text: a label is text that is no number.
    let label = (0..col.min(sheet.col_end())).find(|&c| match sheet.get(row, c) {
        Cell::Text(t) => matches!(number(t), Cleaned::Invalid(_)),
        _ => false,
    });
    let mut cols: Vec<u32> = label.into_iter().collect();
    for c in [col.checked_sub(1), Some(col), col.checked_add(1)]
        .into_iter()
        .flatten()
    {
        let beyond = c != col && c >= sheet.col_end();
        if !cols.contains(&c) && !beyond {
            cols.push(c);
        }
    }
    cols.sort_unstable();
    RowContext {
        header_row: header.map(|h| h.row),
        row,
        cells: cols
            .into_iter()
            .map(|c| ContextCell {
                col: c,
                header: header.and_then(|h| h.name(c)).map(cut).unwrap_or_default(),
                text: sheet
                    .get(row, c)
                    .display()
                    .map(|t| cut(&t))
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{CellRef, Code};

    fn text(t: &str) -> Cell {
        Cell::Text(t.into())
    }

    #[test]
    fn a_finding_gets_its_row_label_neighbours_and_headers() {
        let rows = vec![
            vec![
                text("City"),
                text("Year"),
                text("Scope 1"),
                text("Scope 2"),
                text("Notes"),
            ],
            vec![
                text("Testville"),
                Cell::Number(2021.0),
                text("about 8000"),
                Cell::Number(5.0),
                Cell::Empty,
            ],
        ];
        let book = Workbook {
            sheets: vec![Sheet::new(None, (0, 0), rows)],
            notes: vec![],
        };
        let mut findings = vec![
            Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell")
                .at(Some(CellRef::new(None, 1, 2))),
            Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell")
                .at(Some(CellRef::new(None, 0, 0))),
        ];
        attach(&book, &mut findings);
        let context = findings[0].context.as_deref().unwrap();
        assert_eq!(context.header_row, Some(0));
        assert_eq!(context.row, 1);
        let cells: Vec<(u32, &str, &str)> = context
            .cells
            .iter()
            .map(|c| (c.col, c.header.as_str(), c.text.as_str()))
            .collect();
        assert_eq!(
            cells,
            [
                (0, "City", "Testville"),
                (1, "Year", "2021"),
                (2, "Scope 1", "about 8000"),
                (3, "Scope 2", "5")
            ]
        );
        // A finding in the header row itself has no header above it.
        assert_eq!(findings[1].context.as_ref().unwrap().header_row, None);
    }
}
