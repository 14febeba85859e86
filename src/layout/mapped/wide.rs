//! Wide tables: one row per inventory with one column per GPC reference
//! number. Each non-blank cell under such a header becomes an emission
//! record for that cell: a number (converted from the mapping's
//! `records_unit`) or a notation key (see [`super::keys`] for cells
//! holding several). A column headed like a reference number the GPC does
//! not have (`II.5.3`) is not dropped: each figure in it is a record
//! without a GPC cell, with a warning at its cell.

use serde_json::{Value, json};

use super::keys::cell_key;
use super::spec::{Mapping, co2e_factor};
use crate::diagnostic::{Code, Finding};
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::model::gpc;
use crate::normalize::sector::{RefParse, parse_ref};
use crate::normalize::units::scale;
use crate::read::{Sheet, format_number};

/// Where a column's records go: a GPC cell, or a reference number the GPC
/// does not have (canonical spelling, nearest real cell).
#[derive(Clone, Debug, PartialEq)]
pub(super) enum RefColumn {
    Cell(&'static str),
    NoCell {
        written: String,
        suggestion: Option<&'static str>,
    },
}

/// The GPC-ref columns of a header: (column, cell, header as written).
pub(super) fn ref_columns(sheet: &Sheet, header: &Header) -> Vec<(u32, &'static str, String)> {
    all_ref_columns(sheet, header)
        .into_iter()
        .filter_map(|(col, target, written)| match target {
            RefColumn::Cell(cell) => Some((col, cell, written)),
            RefColumn::NoCell { .. } => None,
        })
        .collect()
}

/// Every column headed by a reference number, GPC cell or not.
pub(super) fn all_ref_columns(sheet: &Sheet, header: &Header) -> Vec<(u32, RefColumn, String)> {
    (0..sheet.col_end())
        .filter_map(|col| {
            let written = sheet.get(header.row, col).display()?;
            let target = match parse_ref(&written) {
                RefParse::Exact(cell) | RefParse::Normalised { gpc_ref: cell, .. } => {
                    RefColumn::Cell(cell)
                }
                RefParse::Unknown { suggestion, .. } => RefColumn::NoCell {
                    written: ref_shaped(&written)?,
                    suggestion,
                },
                _ => return None,
            };
            Some((col, target, written))
        })
        .collect()
}

/// `II.5.3` for a header written like a GPC reference number (a sector
/// numeral I to VI, then numbers, joined by `.`, `_` or spaces); `None` for
/// any other header.
fn ref_shaped(written: &str) -> Option<String> {
    let parts: Vec<&str> = written
        .trim()
        .split(['.', '_', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let (sector, numbers) = parts.split_first()?;
    let numeral = ["I", "II", "III", "IV", "V", "VI"].contains(sector);
    let numbered = !numbers.is_empty()
        && numbers.len() <= 3
        && numbers
            .iter()
            .all(|n| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()));
    (numeral && numbered).then(|| parts.join("."))
}

/// The scope a reference number the GPC does not have implies: in sectors
/// I and II the last number of a cell is its scope (`II.5.3` would be
/// scope 3); elsewhere none is implied.
fn implied_scope(reference: &str) -> Option<u8> {
    let (sector, rest) = reference.split_once('.')?;
    let last: u8 = rest.rsplit('.').next()?.parse().ok()?;
    (["I", "II"].contains(&sector) && rest.contains('.') && (1..=3).contains(&last)).then_some(last)
}

/// Reads the reference-number columns of one row into records.
pub(super) fn read_records(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    columns: &[(u32, RefColumn, String)],
) {
    for (col, target, written) in columns {
        match target {
            RefColumn::Cell(cell) => read_cell(mapping, out, sheet, row, (*col, cell, written)),
            RefColumn::NoCell {
                written: reference,
                suggestion,
            } => read_no_cell(
                mapping,
                out,
                sheet,
                row,
                (*col, written),
                reference,
                *suggestion,
            ),
        }
    }
}

fn read_cell(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    (col, cell, written): (u32, &'static str, &str),
) {
    let Some(text) = sheet.get(row, col).display() else {
        out.gpc_place(cell, sheet, row, col, written);
        return;
    };
    let base = format!("/emissions/{}", out.push_record("/emissions"));
    out.anchor(&base, sheet, row, col, written);
    set_at(&mut out.document, &format!("{base}/gpc_ref"), json!(cell));
    if let Some(gpc_cell) = gpc::table().get(cell) {
        set_at(
            &mut out.document,
            &format!("{base}/scope"),
            json!(gpc_cell.scope),
        );
    }
    if let Some(key) = cell_key(&text) {
        put_key(out, sheet, row, col, written, &base, key);
        return;
    }
    let is_key = text.chars().all(|c| c.is_ascii_alphabetic()) && text.len() <= 3;
    if is_key {
        // Not a key ghgcheck knows: read as one, for N001 to name it.
        out.put(
            &format!("{base}/notation_key"),
            sheet,
            row,
            col,
            written,
            Kind::Choice(ListName::NotationKey),
        );
        return;
    }
    put_amount(mapping, out, sheet, row, col, written, &base);
}

/// A cell of notation keys: the key it stands for, and the place an IE key
/// names (kept as `included_in`, at the same cell, for N004 and N005).
fn put_key(
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    col: u32,
    written: &str,
    base: &str,
    key: super::keys::CellKey,
) {
    let pointer = format!("{base}/notation_key");
    out.anchor(&pointer, sheet, row, col, written);
    set_at(&mut out.document, &pointer, json!(key.key));
    if let Some(place) = key.included_in {
        let pointer = format!("{base}/included_in");
        out.anchor(&pointer, sheet, row, col, written);
        set_at(&mut out.document, &pointer, json!(place));
    }
}

/// An amount in the mapping's `records_unit`, converted to tCO2e; the
/// figure read, if any.
fn put_amount(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    col: u32,
    written: &str,
    base: &str,
) -> Option<f64> {
    let factor = co2e_factor(&mapping.table.records_unit).unwrap_or(1.0);
    let pointer = format!("{base}/total_tco2e");
    let Some(Value::Number(n)) = out.put(&pointer, sheet, row, col, written, Kind::Number) else {
        return None;
    };
    let v = n.as_f64()?;
    if factor != 1.0 {
        set_at(&mut out.document, &pointer, json!(scale(v, factor)));
    }
    out.sources
        .note_unit(pointer, &mapping.table.records_unit, factor);
    Some(scale(v, factor))
}

/// A cell under a reference number the GPC does not have. Keys there say
/// nothing (the eCRF template pre-fills such cells with NE); a figure is
/// kept as a record without a GPC cell (`gpc_ref: null`, the column as its
/// label, the scope the number implies), with a warning at the cell: it
/// counts in no GPC total, though the table's own may count it, so the
/// stated totals it may be in are not compared with the records.
fn read_no_cell(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    (col, written): (u32, &str),
    reference: &str,
    suggestion: Option<&'static str>,
) {
    let Some(text) = sheet.get(row, col).display() else {
        return;
    };
    if cell_key(&text).is_some() {
        return;
    }
    let base = format!("/emissions/{}", out.push_record("/emissions"));
    out.anchor(&base, sheet, row, col, written);
    let ref_pointer = format!("{base}/gpc_ref");
    out.anchor(&ref_pointer, sheet, row, col, written);
    set_at(&mut out.document, &ref_pointer, Value::Null);
    // This record's missing cell is the finding below (not G006), and the
    // totals it may be in cannot be recomputed.
    out.sources.mark_reported(&ref_pointer);
    set_at(
        &mut out.document,
        &format!("{base}/label"),
        json!(reference),
    );
    let scope = implied_scope(reference);
    if let Some(scope) = scope {
        set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
    }
    let Some(amount) = put_amount(mapping, out, sheet, row, col, written, &base) else {
        return;
    };
    let finding = Finding::new(Code::ValueInNoGpcCell, "g008-value-in-no-gpc-cell")
        .arg("column", written)
        .arg("reference", reference)
        .arg("value", format_number(amount));
    let finding = match scope {
        Some(scope) => finding
            .arg("scope", i64::from(scope))
            .help("g008-value-in-no-gpc-cell-scope-help"),
        None => finding.help("g008-value-in-no-gpc-cell-help"),
    };
    let finding = match suggestion {
        Some(near) => finding.arg("suggestion", near),
        None => finding.arg("suggestion", "the GPC cell it belongs to"),
    };
    out.findings.push(
        finding
            .at(Some(sheet.cell_ref(row, col)))
            .field(Some(written.to_owned()))
            .pointer(format!("{base}/total_tco2e"))
            .value(sheet.get(row, col).display()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_shaped_like_references() {
        assert_eq!(ref_shaped("II.5.3").as_deref(), Some("II.5.3"));
        assert_eq!(ref_shaped(" II_5_3 ").as_deref(), Some("II.5.3"));
        assert_eq!(ref_shaped("I.9.1").as_deref(), Some("I.9.1"));
        for other in [
            "City",
            "II",
            "BASIC",
            "Scope 1",
            "II.X.3",
            "V 2019",
            "I.1.1.1.1",
        ] {
            assert_eq!(ref_shaped(other), None, "{other}");
        }
    }

    #[test]
    fn scopes_implied_by_missing_cells() {
        assert_eq!(implied_scope("II.5.3"), Some(3));
        assert_eq!(implied_scope("I.9.1"), Some(1));
        assert_eq!(implied_scope("III.1.3"), None);
        assert_eq!(implied_scope("IV.3"), None);
        assert_eq!(implied_scope("II.5.4"), None);
    }
}
