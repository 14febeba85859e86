//! Wide tables: one row per inventory with one column per GPC reference
//! number. Each non-blank cell under such a header becomes an emission
//! record for that cell: a number (converted from the mapping's
//! `records_unit`) or a notation key.

use serde_json::{Value, json};

use super::spec::{Mapping, co2e_factor};
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::model::gpc;
use crate::normalize::sector::{RefParse, parse_ref};
use crate::normalize::units::scale;
use crate::read::Sheet;

/// The GPC-ref columns of a header: (column, cell, header as written).
pub(super) fn ref_columns(sheet: &Sheet, header: &Header) -> Vec<(u32, &'static str, String)> {
    (0..sheet.col_end())
        .filter_map(|col| {
            let written = sheet.get(header.row, col).display()?;
            match parse_ref(&written) {
                RefParse::Exact(cell) | RefParse::Normalised { gpc_ref: cell, .. } => {
                    Some((col, cell, written))
                }
                _ => None,
            }
        })
        .collect()
}

/// Reads the GPC-ref columns of one row into records.
pub(super) fn read_records(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    columns: &[(u32, &'static str, String)],
) {
    let factor = co2e_factor(&mapping.table.records_unit).unwrap_or(1.0);
    for (col, cell, written) in columns {
        let value = sheet.get(row, *col);
        let Some(text) = value.display() else {
            out.gpc_place(cell, sheet, row, *col, written);
            continue;
        };
        let base = format!("/emissions/{}", out.push_record("/emissions"));
        out.anchor(&base, sheet, row, *col, written);
        set_at(&mut out.document, &format!("{base}/gpc_ref"), json!(cell));
        if let Some(gpc_cell) = gpc::table().get(cell) {
            set_at(
                &mut out.document,
                &format!("{base}/scope"),
                json!(gpc_cell.scope),
            );
        }
        let is_key = text.chars().all(|c| c.is_ascii_alphabetic()) && text.len() <= 3;
        if is_key {
            out.put(
                &format!("{base}/notation_key"),
                sheet,
                row,
                *col,
                written,
                Kind::Choice(ListName::NotationKey),
            );
            continue;
        }
        let pointer = format!("{base}/total_tco2e");
        if let Some(Value::Number(n)) = out.put(&pointer, sheet, row, *col, written, Kind::Number)
            && let Some(v) = n.as_f64()
        {
            if factor != 1.0 {
                set_at(&mut out.document, &pointer, json!(scale(v, factor)));
            }
            out.sources
                .note_unit(pointer, &mapping.table.records_unit, factor);
        }
    }
}
