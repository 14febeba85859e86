//! JSON Lines output of a dataset: one JSON object per row, keys in column
//! order, text exactly as found.

use super::table::Table;

pub fn jsonl_bytes(table: &Table) -> Vec<u8> {
    let mut out = Vec::new();
    for row in table.json_rows() {
        out.extend_from_slice(row.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}
