//! The label map (`[labels]`): a record placed by the words of its row
//! (`Sector`, `Category`, `Source` columns) instead of a GPC ref. A label
//! is looked up whole (`Residential / Electricity / Grid`), then by its
//! first parts (`Residential / Electricity`, `Residential`), then by each
//! column's value, the most specific first; the first entry giving a ref
//! and the first giving a scope count. A label no entry places is
//! resolved with the shipped sector synonyms (`schemas/sector-labels.csv`).
//! A label that names no cell is one G004 finding per distinct label and
//! scope in the file, at the first cell holding it.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::spec::{LabelEntry, Mapping};
use crate::diagnostic::{Code, Finding};
use crate::layout::builder::Extraction;
use crate::layout::header::{Header, header_key};
use crate::model::document::set_at;
use crate::model::gpc;
use crate::normalize::sector::{
    LabelMatch, RowMatch, cell_for, resolve_label, resolve_row, scope_from_words,
};
use crate::read::Sheet;

/// Joins the parts of a row's label.
pub const LABEL_SEPARATOR: &str = " / ";

/// The label of one row: its non-blank label cells, general first.
#[derive(Clone, Debug)]
pub struct RowLabel {
    pub values: Vec<String>,
    /// The cell of the most specific value: (row, column, header).
    pub cell: (u32, u32, String),
}

impl RowLabel {
    pub fn text(&self) -> String {
        self.values.join(LABEL_SEPARATOR)
    }
}

/// Reads and places labels for one file.
pub struct Placer<'m> {
    mapping: &'m Mapping,
    entries: Vec<(String, &'m LabelEntry)>,
    /// Labels (with scope) already told to name no cell.
    reported: HashSet<(String, Option<u8>, [Option<Value>; 2])>,
}

impl<'m> Placer<'m> {
    pub fn new(mapping: &'m Mapping) -> Self {
        let entries = mapping
            .labels
            .iter()
            .flat_map(|l| l.map.iter())
            .map(|(key, entry)| (header_key(key.get_ref()), entry))
            .collect();
        Placer {
            mapping,
            entries,
            reported: HashSet::new(),
        }
    }

    /// True when the mapping has a `[labels]` table.
    pub fn active(&self) -> bool {
        self.mapping.labels.is_some()
    }

    /// The label of `row`, when its label columns hold any text.
    pub fn label(&self, sheet: &Sheet, header: &Header, row: u32) -> Option<RowLabel> {
        let columns = self.mapping.labels.as_ref()?.columns.iter();
        let mut values = Vec::new();
        let mut cell = None;
        for spelling in columns {
            let Some(col) = header.column(spelling.get_ref()) else {
                continue;
            };
            if let Some(text) = sheet.get(row, col).display() {
                values.push(text);
                cell = Some((row, col, spelling.get_ref().clone()));
            }
        }
        Some(RowLabel {
            values,
            cell: cell?,
        })
    }

    /// The entry for one text, compared as headers are.
    fn entry(&self, text: &str) -> Option<&'m LabelEntry> {
        let key = header_key(text);
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, entry)| *entry)
    }

    /// The texts a label is looked up by, in order.
    fn candidates(label: &RowLabel) -> Vec<String> {
        let values = &label.values;
        let prefixes = (1..=values.len())
            .rev()
            .map(|n| values[..n].join(LABEL_SEPARATOR));
        let singles = values.iter().rev().cloned();
        let mut seen = Vec::new();
        for text in prefixes.chain(singles) {
            if !seen.contains(&text) {
                seen.push(text);
            }
        }
        seen
    }

    fn find<T>(&self, label: &RowLabel, pick: impl Fn(&LabelEntry) -> Option<T>) -> Option<T> {
        Self::candidates(label)
            .iter()
            .find_map(|text| self.entry(text).and_then(&pick))
    }

    /// True when the row states a total: an entry says so, or its first
    /// value is `Total`, `Total ...` or `Grand total`.
    pub fn is_total(&self, label: &RowLabel) -> bool {
        if self.find(label, |e| e.total.then_some(())).is_some() {
            return true;
        }
        let first = label
            .values
            .first()
            .map(|v| header_key(v))
            .unwrap_or_default();
        first == "total" || first.starts_with("total ") || first.starts_with("grand total")
    }

    /// The scope a text names: an entry of the map, else scope words
    /// (`Direct emissions (metric tonnes CO2e)`, `Scope 2`, `3`).
    pub fn scope_of_text(&self, text: &str) -> Option<u8> {
        self.entry(text)
            .and_then(|e| e.scope.as_ref().map(|s| *s.get_ref()))
            .or_else(|| scope_from_words(text))
    }

    /// Places a record at `base` by its label: its `gpc_ref` (a cell, or
    /// null), its `scope` when known, and its `label`. `scope` is what the
    /// row or column says; the map's scope for the label comes after it.
    pub fn place(
        &mut self,
        out: &mut Extraction,
        sheet: &Sheet,
        base: &str,
        label: &RowLabel,
        scope: Option<u8>,
    ) {
        let text = label.text();
        let (row, col, name) = &label.cell;
        let pointer = format!("{base}/gpc_ref");
        out.anchor(&pointer, sheet, *row, *col, name);
        set_at(&mut out.document, &format!("{base}/label"), json!(text));
        let scope = scope.or_else(|| self.find(label, |e| e.scope.as_ref().map(|s| *s.get_ref())));
        let mapped = self.find(label, |e| e.gpc_ref.as_ref().map(|r| r.get_ref().clone()));
        let placed = match mapped {
            Some(reference) => match gpc::table().get(&reference) {
                Some(cell) => Placed::Cell(cell.reference.as_str()),
                None => match scope {
                    Some(s) => cell_for(&reference, s).map_or(Placed::NoCell(None), Placed::Cell),
                    None => Placed::NoScope,
                },
            },
            None => {
                let words = scope.map(|s| s.to_string()).unwrap_or_default();
                let joined = label.values.join(" > ");
                match resolve_row(None, &joined, &words) {
                    RowMatch::Cell(cell) => Placed::Cell(cell),
                    RowMatch::CrfOnly(_) => Placed::CrfOnly,
                    RowMatch::Unknown { suggestion, .. }
                        if scope.is_some() || suggestion.is_some() =>
                    {
                        Placed::NoCell(suggestion)
                    }
                    RowMatch::Unknown { .. } => match resolve_row(None, &joined, "1") {
                        // The label is known; only its scope is missing.
                        RowMatch::Unknown { .. } => Placed::NoCell(None),
                        _ => Placed::NoScope,
                    },
                    _ => Placed::NoCell(None),
                }
            }
        };
        let scope = match placed {
            Placed::Cell(cell) => scope.or_else(|| gpc::table().get(cell).map(|c| c.scope)),
            _ => scope,
        };
        if let Some(scope) = scope {
            set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
        }
        let finding = match placed {
            Placed::Cell(cell) => {
                set_at(&mut out.document, &pointer, json!(cell));
                return;
            }
            // A CRF row without a GPC cell: the rule G006 says so.
            Placed::CrfOnly => {
                set_at(&mut out.document, &pointer, Value::Null);
                return;
            }
            Placed::NoScope => Finding::new(Code::UnresolvedSector, "g004-label-without-scope"),
            Placed::NoCell(ref suggestion) => {
                let finding = match scope {
                    Some(scope) => Finding::new(Code::UnresolvedSector, "g004-labels-name-no-cell")
                        .arg("scope", scope.to_string()),
                    None => Finding::new(Code::UnresolvedSector, "g004-label-unknown"),
                };
                match suggestion {
                    Some(near) => finding.arg("suggestion", near.as_str()),
                    None => finding,
                }
            }
        };
        set_at(&mut out.document, &pointer, Value::Null);
        // Its missing cell is this finding (once per inventory, so that each
        // inventory that lost the record says so); G006 is not for it.
        out.sources.mark_reported(&pointer);
        let inventory = ["/city/name", "/inventory/year"].map(|p| out.document.pointer(p).cloned());
        if !self.reported.insert((text.clone(), scope, inventory)) {
            return;
        }
        let help = match placed {
            Placed::NoCell(Some(_)) => "g004-label-map-suggestion-help",
            _ => "g004-label-map-help",
        };
        out.findings.push(
            finding
                .arg("label", text)
                .at(Some(sheet.cell_ref(*row, *col)))
                .field(Some(name.clone()))
                .value(sheet.get(*row, *col).display())
                .help(help),
        );
    }
}

/// Where a label places a record.
enum Placed {
    Cell(&'static str),
    CrfOnly,
    NoScope,
    NoCell(Option<String>),
}

/// The sector (roman number) a total row's label totals: `Total Stationary
/// Energy` is I. None for the whole inventory (`Total`, `Total Emissions
/// (excluding generation of grid-supplied energy)`), so that only those
/// count as its scope totals.
pub fn total_sector(label: &str) -> Option<&'static str> {
    match resolve_label(None, label) {
        LabelMatch::Total(of) if of != "inventory" && of != "generation" => Some(of),
        _ => None,
    }
}

/// True for a GPC cell (`I.1.2`, `IV.1`) or sub-sector (`I.1`) a label
/// map entry may name.
pub fn is_gpc_place(reference: &str) -> bool {
    gpc::table().get(reference).is_some()
        || (1..=3).any(|scope| cell_for(reference, scope).is_some())
}

#[cfg(test)]
mod tests {
    use super::total_sector;

    #[test]
    fn total_rows_name_their_sector() {
        assert_eq!(total_sector("Total Stationary Energy"), Some("I"));
        assert_eq!(total_sector("Total Waste"), Some("III"));
        assert_eq!(total_sector("Total"), None);
        assert_eq!(total_sector("Grand total"), None);
        assert_eq!(
            total_sector("Total Emissions (excluding generation of grid-supplied energy)"),
            None
        );
    }
}
