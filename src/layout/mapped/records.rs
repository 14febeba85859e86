//! The `records` shape (long tables): one row per emission record. Rows
//! with the same city name and inventory year form one inventory, whose
//! facts come from its first row; inventories keep the order in which they
//! first appear.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use serde_json::{Value, json};

use super::labels::{Placer, RowLabel, total_sector};
use super::pivot::{is_key, push_total, row_scope};
use super::rows::{column, inventory_rows, read_fact};
use super::spec::{CO2E_FIELDS, Fact, Mapping, co2e_factor, is_mass_field, mass_factor};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::model::gpc;
use crate::model::source_map::Locate;
use crate::normalize::clean::DecimalMark;
use crate::normalize::sector::{RowMatch, resolve_row};
use crate::normalize::units::scale;
use crate::read::Sheet;

pub(super) fn extract(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    mark: DecimalMark,
) -> (Vec<Extraction>, Vec<Finding>) {
    let mut placer = Placer::new(mapping);
    grouped(mapping, sheet, header, mark, |out, row| {
        if !placer.active() {
            read_record(mapping, out, sheet, header, row);
            return;
        }
        let label = placer.label(sheet, header, row);
        match label.filter(|l| placer.is_total(l)) {
            Some(label) => read_total_row(mapping, &placer, out, sheet, header, row, &label),
            None => read_labelled_record(mapping, &mut placer, out, sheet, header, row),
        }
    })
}

/// The rows of a long table grouped into inventories by city name and
/// inventory year (facts from an inventory's first row), each read into its
/// inventory by `read_row`.
pub(super) fn grouped(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    mark: DecimalMark,
    mut read_row: impl FnMut(&mut Extraction, u32),
) -> (Vec<Extraction>, Vec<Finding>) {
    // City and year -> index of the inventory, so that each row finds its
    // group in one look-up; `inventories` keeps the order of first rows.
    let mut groups: HashMap<(Option<String>, Option<String>), usize> = HashMap::new();
    let mut first_rows: Vec<u32> = Vec::new();
    let mut inventories: Vec<Extraction> = Vec::new();
    let mut findings = Vec::new();
    let rows: Vec<u32> = inventory_rows(mapping, sheet, header, &mut findings);
    for row in rows {
        let key = (
            fact_text(mapping, sheet, header, row, "/city/name"),
            fact_text(mapping, sheet, header, row, "/inventory/year"),
        );
        let index = match groups.entry(key) {
            Entry::Occupied(group) => {
                let index = *group.get();
                report_conflicts(
                    mapping,
                    &mut inventories[index],
                    sheet,
                    header,
                    first_rows[index],
                    row,
                );
                index
            }
            Entry::Vacant(group) => {
                let mut out = Extraction::reading(mark);
                for fact in &mapping.facts {
                    read_fact(&mut out, sheet, header, row, fact);
                }
                group.insert(inventories.len());
                first_rows.push(row);
                inventories.push(out);
                inventories.len() - 1
            }
        };
        read_row(&mut inventories[index], row);
    }
    (inventories, findings)
}

/// A later row of an inventory that states a fact differently from its
/// first row: a finding at the differing cell (blank cells are fine).
pub(super) fn report_conflicts(
    mapping: &Mapping,
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    first: u32,
    row: u32,
) {
    for fact in mapping.facts.iter().filter(|f| f.spec.constant.is_none()) {
        let Some((col, name)) = column(header, sheet, row, &fact.spec.columns) else {
            continue;
        };
        let (stated, here) = (
            sheet.get(first, col).display(),
            sheet.get(row, col).display(),
        );
        if here.is_none() || here == stated {
            continue;
        }
        out.findings.push(
            Finding::new(Code::ConflictingFact, "x002-fact-differs-in-inventory")
                .arg("field", name.as_str())
                .arg("value", here.clone().unwrap_or_default())
                .arg("first_value", stated.unwrap_or_default())
                .arg("first_cell", sheet.cell_ref(first, col).to_string())
                .at(Some(sheet.cell_ref(row, col)))
                .field(Some(name))
                .value(here)
                .help("x002-fact-differs-in-inventory-help"),
        );
    }
}

/// The text of a fact's cell in `row`, for grouping.
pub(super) fn fact_text(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    row: u32,
    pointer: &str,
) -> Option<String> {
    let fact = mapping.facts.iter().find(|f| f.pointer == pointer)?;
    let (col, _) = column(header, sheet, row, &fact.spec.columns)?;
    sheet.get(row, col).display()
}

fn read_record(mapping: &Mapping, out: &mut Extraction, sheet: &Sheet, header: &Header, row: u32) {
    let base = format!("/emissions/{}", out.push_record("/emissions"));
    let factor = co2e_factor(&mapping.table.records_unit).unwrap_or(1.0);
    for field in &mapping.record_fields {
        read_field(
            out,
            sheet,
            header,
            row,
            &base,
            field,
            (&mapping.table.records_unit, factor),
        );
    }
    let reference = out
        .document
        .pointer(&format!("{base}/gpc_ref"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(cell) = reference
        .as_deref()
        .and_then(|r| gpc::table().get(r.trim()))
        && out.document.pointer(&format!("{base}/scope")).is_none()
    {
        set_at(
            &mut out.document,
            &format!("{base}/scope"),
            json!(cell.scope),
        );
    }
    if reference.is_none() {
        resolve_from_labels(out, &base);
    }
}

/// A record of a mapping with a label map: its fields, its scope from the
/// scope column (a number, words or a value of the map), its cell from the
/// ref column when it holds one, else from its label.
fn read_labelled_record(
    mapping: &Mapping,
    placer: &mut Placer<'_>,
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    row: u32,
) {
    let base = format!("/emissions/{}", out.push_record("/emissions"));
    let factor = co2e_factor(&mapping.table.records_unit).unwrap_or(1.0);
    let unit = (mapping.table.records_unit.as_str(), factor);
    for field in mapping
        .record_fields
        .iter()
        .filter(|f| f.pointer != "/scope")
    {
        // `NO` in the emissions column: the record's key.
        if field.pointer == "/total_tco2e"
            && let Some((col, name)) = column(header, sheet, row, &field.spec.columns)
            && sheet.get(row, col).display().is_some_and(|t| is_key(&t))
        {
            let key = Kind::Choice(ListName::NotationKey);
            out.put(&format!("{base}/notation_key"), sheet, row, col, &name, key);
            continue;
        }
        read_field(out, sheet, header, row, &base, field, unit);
    }
    let scope = row_scope(mapping, placer, out, sheet, header, row, &base);
    let reference = text_at(out, &format!("{base}/gpc_ref"));
    let cell = reference
        .as_deref()
        .and_then(|r| gpc::table().get(r.trim()));
    let label = placer.label(sheet, header, row);
    match label {
        Some(label) if reference.is_none() => placer.place(out, sheet, &base, &label, scope),
        _ => {
            if let Some(scope) = scope.or(cell.map(|c| c.scope)) {
                set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
            }
            if reference.is_none() {
                resolve_from_labels(out, &base);
            }
        }
    }
}

/// A row labelled as a total: its amount is a reported total, in the scope
/// its scope column names.
fn read_total_row(
    mapping: &Mapping,
    placer: &Placer<'_>,
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    row: u32,
    label: &RowLabel,
) {
    let Some(field) = mapping
        .record_fields
        .iter()
        .find(|f| f.pointer == "/total_tco2e")
    else {
        return;
    };
    let Some((col, name)) = column(header, sheet, row, &field.spec.columns) else {
        return;
    };
    if sheet.get(row, col).is_blank() {
        return;
    }
    let scope = mapping
        .record_fields
        .iter()
        .find(|f| f.pointer == "/scope")
        .and_then(|f| column(header, sheet, row, &f.spec.columns))
        .and_then(|(c, _)| sheet.get(row, c).display())
        .and_then(|t| placer.scope_of_text(&t));
    let text = label.text();
    let sector = total_sector(&text).map(str::to_owned);
    push_total(mapping, out, sheet, row, (col, &name), &text, scope, sector);
}

/// A record without a ref gets one from its sector, sub-sector and scope
/// when they name a GPC cell; otherwise `gpc_ref: null` with its label and,
/// for labels that name no cell, a finding with the closest known label.
fn text_at(out: &Extraction, pointer: &str) -> Option<String> {
    out.document
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(str::to_owned)
}

pub(super) fn resolve_from_labels(out: &mut Extraction, base: &str) {
    let (sector, sub_sector) = (
        text_at(out, &format!("{base}/sector")),
        text_at(out, &format!("{base}/sub_sector")),
    );
    let has_label = text_at(out, &format!("{base}/label")).is_some();
    let scope = out
        .document
        .pointer(&format!("{base}/scope"))
        .map(|s| s.to_string())
        .unwrap_or_default();
    let pointer = format!("{base}/gpc_ref");
    let Some(sub_sector) = sub_sector else {
        set_at(&mut out.document, &pointer, Value::Null);
        return;
    };
    let label = [sector.as_deref(), Some(sub_sector.as_str())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" > ");
    match resolve_row(sector.as_deref(), &sub_sector, &scope) {
        RowMatch::Cell(cell) => set_at(&mut out.document, &pointer, json!(cell)),
        other => {
            set_at(&mut out.document, &pointer, Value::Null);
            if !has_label {
                set_at(&mut out.document, &format!("{base}/label"), json!(label));
            }
            // A CRF row without a GPC cell: the rule G006 says so.
            if let RowMatch::CrfOnly(_) = other {
                return;
            }
            // Its missing cell is this finding; G006 is not for it.
            out.sources.mark_reported(&pointer);
            let finding = Finding::new(Code::UnresolvedSector, "g004-labels-name-no-cell")
                .arg("label", label)
                .arg("scope", scope);
            let finding = match other {
                RowMatch::Unknown {
                    suggestion: Some(near),
                    ..
                } => finding
                    .arg("suggestion", near)
                    .help("g004-labels-name-no-cell-suggestion-help"),
                _ => finding.help("g004-labels-name-no-cell-help"),
            };
            out.findings.push(
                finding
                    .located(&out.sources, &format!("{base}/sub_sector"))
                    .value(Some(sub_sector)),
            );
        }
    }
}

pub(super) fn read_field(
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    row: u32,
    base: &str,
    field: &Fact,
    (mapping_unit, factor): (&str, f64),
) {
    let pointer = format!("{base}{}", field.pointer);
    if let Some(constant) = &field.spec.constant {
        set_at(&mut out.document, &pointer, json!(constant));
        return;
    }
    let Some((col, name)) = column(header, sheet, row, &field.spec.columns) else {
        return;
    };
    if field.pointer == "/gpc_ref" {
        out.anchor(base, sheet, row, col, &name);
    }
    let value = out.put(&pointer, sheet, row, col, &name, field.kind);
    let written = field.spec.unit.as_ref().map(|u| u.get_ref().as_str());
    let (unit, factor) = if CO2E_FIELDS.contains(&field.pointer) {
        match written {
            Some(unit) => (unit, co2e_factor(unit).unwrap_or(1.0)),
            None => (mapping_unit, factor),
        }
    } else if is_mass_field(field.pointer) {
        match written {
            Some(unit) => (unit, mass_factor(unit).unwrap_or(1.0)),
            None => ("t", 1.0),
        }
    } else {
        return;
    };
    if let Some(Value::Number(n)) = value
        && let Some(v) = n.as_f64()
    {
        if factor != 1.0 {
            set_at(&mut out.document, &pointer, json!(scale(v, factor)));
        }
        out.sources.note_unit(pointer, unit, factor);
    }
}
