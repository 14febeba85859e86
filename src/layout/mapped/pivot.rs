//! The `year-columns` and `matrix` shapes: tables whose cells, not rows,
//! are the records.
//!
//! - `year-columns`: one row per source (`Sector, Category, Source`) and
//!   one column per year (`CY2005 ... CY2022`). Each year column is an
//!   inventory (one per city and year when a city column is mapped), each
//!   non-blank cell a record of it.
//! - `matrix`: rows are sectors or sub-sectors (by GPC ref or by label),
//!   columns are scopes (`Direct`, `Indirect (grid energy)`, `Outside city
//!   boundary`); each non-blank cell is a record with its column's scope.
//!
//! In both, a row labelled `Total` (or marked `total = true` in the label
//! map) states totals: one reported total per value column, not records. A
//! matrix's `Total` column states each row's total. Notation keys in value
//! cells are read as keys.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use serde_json::{Value, json};

use super::labels::{Placer, RowLabel, total_sector};
use super::records::{fact_text, read_field, report_conflicts, resolve_from_labels};
use super::rows::{column, inventory_rows, read_fact};
use super::shapes::{ValueColumn, total_columns, value_columns};
use super::spec::{Mapping, Shape, co2e_factor};
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::model::gpc;
use crate::normalize::clean::DecimalMark;
use crate::normalize::sector::{RefParse, cell_for, parse_ref};
use crate::normalize::units::scale;
use crate::read::Sheet;

/// The inventories of a file and their first rows, by city and year.
struct Groups {
    index: HashMap<(Option<String>, Option<String>), usize>,
    first_rows: Vec<u32>,
    inventories: Vec<Extraction>,
}

struct Table<'a> {
    mapping: &'a Mapping,
    sheet: &'a Sheet,
    header: &'a Header,
    mark: DecimalMark,
}

impl Table<'_> {
    /// The inventory of `row` in `column` (its year from the column header
    /// in a `year-columns` table), made on its first row.
    fn inventory<'g>(
        &self,
        groups: &'g mut Groups,
        row: u32,
        column: &ValueColumn,
    ) -> &'g mut Extraction {
        let (mapping, sheet, header) = (self.mapping, self.sheet, self.header);
        let year = match column.year {
            Some(year) => Some(year.to_string()),
            None => fact_text(mapping, sheet, header, row, "/inventory/year"),
        };
        let key = (fact_text(mapping, sheet, header, row, "/city/name"), year);
        let index = match groups.index.entry(key) {
            Entry::Occupied(group) => {
                let index = *group.get();
                let first = groups.first_rows[index];
                if first != row {
                    report_conflicts(
                        mapping,
                        &mut groups.inventories[index],
                        sheet,
                        header,
                        first,
                        row,
                    );
                }
                index
            }
            Entry::Vacant(group) => {
                let mut out = Extraction::reading(self.mark);
                for fact in &mapping.facts {
                    read_fact(&mut out, sheet, header, row, fact);
                }
                if let Some(year) = column.year {
                    out.anchor(
                        "/inventory/year",
                        sheet,
                        header.row,
                        column.col,
                        &column.name,
                    );
                    set_at(&mut out.document, "/inventory/year", json!(year));
                }
                group.insert(groups.inventories.len());
                groups.first_rows.push(row);
                groups.inventories.push(out);
                groups.inventories.len() - 1
            }
        };
        &mut groups.inventories[index]
    }
}

pub(super) fn extract(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    mark: DecimalMark,
) -> (Vec<Extraction>, Vec<Finding>) {
    let mut findings = Vec::new();
    let rows = inventory_rows(mapping, sheet, header, &mut findings);
    let columns = value_columns(mapping, sheet, header);
    let table = Table {
        mapping,
        sheet,
        header,
        mark,
    };
    let mut placer = Placer::new(mapping);
    let mut groups = Groups {
        index: HashMap::new(),
        first_rows: Vec::new(),
        inventories: Vec::new(),
    };
    // A year-columns table makes its inventories year by year; a matrix
    // row by row.
    let cells: Vec<(u32, &ValueColumn)> = match mapping.table.shape {
        Shape::YearColumns => columns
            .iter()
            .flat_map(|c| rows.iter().map(move |&r| (r, c)))
            .collect(),
        _ => rows
            .iter()
            .flat_map(|&r| columns.iter().map(move |c| (r, c)))
            .collect(),
    };
    for (row, column) in cells {
        if sheet.get(row, column.col).is_blank() {
            continue;
        }
        let label = placer.label(sheet, header, row);
        let out = table.inventory(&mut groups, row, column);
        match label.as_ref().filter(|l| placer.is_total(l)) {
            Some(label) => {
                let text = label.text();
                let sector = total_sector(&text).map(str::to_owned);
                let at = (column.col, column.name.as_str());
                push_total(mapping, out, sheet, row, at, &text, column.scope, sector);
            }
            None => read_cell(&table, &mut placer, out, row, column, label.as_ref()),
        }
    }
    // A matrix's total column: each row's stated total.
    let totals = total_columns(mapping, sheet, header);
    if !totals.is_empty() {
        let any = ValueColumn {
            col: 0,
            name: String::new(),
            year: None,
            scope: None,
        };
        for &row in &rows {
            let label = placer.label(sheet, header, row);
            let reference = ref_text(mapping, sheet, header, row);
            for (col, name) in &totals {
                if sheet.get(row, *col).is_blank() {
                    continue;
                }
                let out = table.inventory(&mut groups, row, &any);
                let (text, sector) = match (&label, &reference) {
                    (Some(l), _) if placer.is_total(l) => {
                        (l.text(), total_sector(&l.text()).map(str::to_owned))
                    }
                    (Some(l), _) => (format!("{} / {name}", l.text()), Some(l.text())),
                    (None, Some(r)) => (format!("{r} / {name}"), Some(r.clone())),
                    (None, None) => (name.clone(), None),
                };
                push_total(mapping, out, sheet, row, (*col, name), &text, None, sector);
            }
        }
    }
    (groups.inventories, findings)
}

/// The text of a row's GPC ref cell, when the mapping has one.
fn ref_text(mapping: &Mapping, sheet: &Sheet, header: &Header, row: u32) -> Option<String> {
    let field = mapping
        .record_fields
        .iter()
        .find(|f| f.pointer == "/gpc_ref")?;
    let (col, _) = column(header, sheet, row, &field.spec.columns)?;
    sheet.get(row, col).display()
}

/// One value cell as a record: its place from the row's GPC ref or label
/// and the column's scope, its emissions or notation key from the cell.
fn read_cell(
    table: &Table<'_>,
    placer: &mut Placer<'_>,
    out: &mut Extraction,
    row: u32,
    value: &ValueColumn,
    label: Option<&RowLabel>,
) {
    let (mapping, sheet, header) = (table.mapping, table.sheet, table.header);
    let base = format!("/emissions/{}", out.push_record("/emissions"));
    out.anchor(&base, sheet, row, value.col, &value.name);
    let unit = &mapping.table.records_unit;
    let factor = co2e_factor(unit).unwrap_or(1.0);
    for field in mapping
        .record_fields
        .iter()
        .filter(|f| f.pointer != "/gpc_ref" && f.pointer != "/scope")
    {
        read_field(out, sheet, header, row, &base, field, (unit, factor));
    }
    let scope = value
        .scope
        .or_else(|| row_scope(mapping, placer, out, sheet, header, row, &base));
    let reference = mapping
        .record_fields
        .iter()
        .find(|f| f.pointer == "/gpc_ref")
        .and_then(|f| column(header, sheet, row, &f.spec.columns))
        .filter(|(col, _)| !sheet.get(row, *col).is_blank());
    match (reference, label) {
        (Some((col, name)), _) => place_by_ref(out, sheet, &base, (row, col, &name), scope),
        (None, Some(label)) => placer.place(out, sheet, &base, label, scope),
        (None, None) => {
            if let Some(scope) = scope {
                set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
            }
            // Sector and sub-sector fields, as in a long table.
            resolve_from_labels(out, &base);
        }
    }
    read_value(out, sheet, &base, row, value, (unit, factor));
}

/// The scope a row's `scope` column gives: a number, words, or a value of
/// the label map.
pub(super) fn row_scope(
    mapping: &Mapping,
    placer: &Placer<'_>,
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    row: u32,
    base: &str,
) -> Option<u8> {
    let field = mapping
        .record_fields
        .iter()
        .find(|f| f.pointer == "/scope")?;
    let (col, name) = column(header, sheet, row, &field.spec.columns)?;
    out.anchor(&format!("{base}/scope"), sheet, row, col, &name);
    let text = sheet.get(row, col).display()?;
    placer.scope_of_text(&text)
}

/// A row's GPC ref: a cell as written (`I.1.2`, `I_1_2`), or a sub-sector
/// (`I.1`) whose cell follows from the column's scope.
fn place_by_ref(
    out: &mut Extraction,
    sheet: &Sheet,
    base: &str,
    (row, col, name): (u32, u32, &str),
    scope: Option<u8>,
) {
    let pointer = format!("{base}/gpc_ref");
    let written = sheet.get(row, col).display().unwrap_or_default();
    let cell = match parse_ref(&written) {
        RefParse::Exact(cell) | RefParse::Normalised { gpc_ref: cell, .. } => Some(cell),
        _ => scope.and_then(|s| cell_for(written.trim(), s)),
    };
    match cell {
        Some(cell) => {
            out.anchor(&pointer, sheet, row, col, name);
            set_at(&mut out.document, &pointer, json!(cell));
            let scope = scope.or_else(|| gpc::table().get(cell).map(|c| c.scope));
            if let Some(scope) = scope {
                set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
            }
        }
        None => {
            // Kept as written: the ref rules judge it at its cell.
            out.put(&pointer, sheet, row, col, name, Kind::Text);
            if let Some(scope) = scope {
                set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
            }
        }
    }
}

/// True for a cell holding a notation key (`NO`, `IE (I.1.1)`, `NE; NE`).
pub(super) fn is_key(text: &str) -> bool {
    let first: String = text
        .trim()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    ["NO", "IE", "NE", "C", "NA"]
        .iter()
        .any(|k| k.eq_ignore_ascii_case(&first))
}

/// The value cell: emissions (converted from the mapping's unit) or a key.
fn read_value(
    out: &mut Extraction,
    sheet: &Sheet,
    base: &str,
    row: u32,
    column: &ValueColumn,
    (unit, factor): (&str, f64),
) {
    let text = sheet.get(row, column.col).display().unwrap_or_default();
    if is_key(&text) {
        let key = Kind::Choice(ListName::NotationKey);
        out.put(
            &format!("{base}/notation_key"),
            sheet,
            row,
            column.col,
            &column.name,
            key,
        );
        return;
    }
    let pointer = format!("{base}/total_tco2e");
    if let Some(Value::Number(n)) =
        out.put(&pointer, sheet, row, column.col, &column.name, Kind::Number)
        && let Some(v) = n.as_f64()
    {
        if factor != 1.0 {
            set_at(&mut out.document, &pointer, json!(scale(v, factor)));
        }
        out.sources.note_unit(pointer, unit, factor);
    }
}

/// A stated total from one cell, in the mapping's unit.
#[allow(clippy::too_many_arguments)]
pub(super) fn push_total(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    (col, name): (u32, &str),
    label: &str,
    scope: Option<u8>,
    sector: Option<String>,
) {
    let base = format!("/reported_totals/{}", out.push_record("/reported_totals"));
    out.anchor(&base, sheet, row, col, name);
    let text = sheet.get(row, col).display().unwrap_or_default();
    let (field, kind) = match is_key(&text) {
        true => ("notation_key", Kind::Choice(ListName::NotationKey)),
        false => ("value", Kind::Number),
    };
    out.put(&format!("{base}/{field}"), sheet, row, col, name, kind);
    let record = out
        .document
        .pointer_mut(&base)
        .and_then(Value::as_object_mut)
        .expect("record just pushed");
    record.insert("label".into(), json!(label));
    record.insert("framework".into(), json!("other"));
    record.insert("column".into(), json!(name));
    record.insert("unit".into(), json!(mapping.table.records_unit));
    if let Some(scope) = scope {
        record.insert("scope".into(), json!(scope));
    }
    if let Some(sector) = sector {
        record.insert("sector".into(), json!(sector));
    }
}
