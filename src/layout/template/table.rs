//! Reads a table sheet of the template (Emissions, Targets, or the CSV
//! form): maps headers to spec columns and turns each filled row into one
//! record of a document array.

use super::spec::Column;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::read::Sheet;

/// Reads every row below the header where one of `columns` that is not
/// pre-filled holds something, into `array` (e.g. `/emissions`). Returns the
/// sheet row of each record, in order.
pub fn read_records(
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    columns: &[Column],
    array: &str,
) -> Vec<u32> {
    let located: Vec<(&Column, u32)> = columns
        .iter()
        .filter_map(|c| header.column(c.header).map(|col| (c, col)))
        .collect();
    let mut rows = Vec::new();
    for row in header.row + 1..sheet.row_end() {
        let filled = located
            .iter()
            .any(|(c, col)| !c.prefilled && !sheet.get(row, *col).is_blank());
        if !filled {
            continue;
        }
        let index = out.push_record(array);
        let base = format!("{array}/{index}");
        if let Some((first, col)) = located.first() {
            out.anchor(&base, sheet, row, *col, first.header);
        }
        for (column, col) in &located {
            out.put(
                &format!("{base}{}", column.pointer),
                sheet,
                row,
                *col,
                column.header,
                column.kind,
            );
        }
        rows.push(row);
    }
    rows
}
