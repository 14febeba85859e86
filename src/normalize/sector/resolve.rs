//! Sector and sub-sector labels (CRF, CityCatalyst, GPC names, six other
//! languages) to GPC sub-sectors, and eCRF_3-style rows (sector, sub-sector,
//! scope words) to GPC cells.
//!
//! CRF rows that are not one GPC sub-sector get their own answers:
//! - "Fugitive emissions" is GPC I.7 + I.8 together: [`LabelMatch::Combined`],
//!   and a direct-emissions row gives [`RowMatch::Cells`] `["I.7.1", "I.8.1"]`;
//! - the generation rows ("Electricity-only generation", "CHP generation",
//!   "Heat/cold generation", "Generation of grid-supplied energy") designate
//!   the territorial cell I.4.4, not I.4.1: [`LabelMatch::Territorial`];
//! - "Local renewable generation" has no GPC cell: [`LabelMatch::CrfOnly`];
//! - eCRF_2 total rows ("Total Waste"): [`LabelMatch::Total`].

use super::cells::{cell_for, sector_of, territorial_cell};
use super::labels::{Meaning, labels, sector_number};
use super::scope::scope_from_words;
use super::text::key;

/// What a sector/sub-sector label designates.
#[derive(Clone, Debug, PartialEq)]
pub enum LabelMatch {
    /// A GPC sub-sector such as "I.1"; combine it with a scope via [`cell_for`].
    SubSector(&'static str),
    /// The territorial scope-1 cell of this sub-sector (see
    /// [`territorial_cell`](super::territorial_cell)): "I.4" for the generation
    /// of grid-supplied energy (I.4.4), "III.x" for waste generated outside the
    /// city and treated inside (III.x.3).
    Territorial(&'static str),
    /// A CRF row summing several GPC sub-sectors: "Fugitive emissions" = ["I.7", "I.8"].
    Combined(&'static [&'static str]),
    /// A CRF-only row with no GPC cell (e.g. "Local renewable generation").
    CrfOnly(&'static str),
    /// An eCRF_2 total row: a sector number, "generation" (total generation of
    /// grid-supplied energy) or "inventory" (total excluding generation).
    Total(&'static str),
    Unknown {
        suggestion: Option<String>,
    },
}

/// How one eCRF_3-style row (sector, sub-sector, scope words) maps to the GPC.
#[derive(Clone, Debug, PartialEq)]
pub enum RowMatch {
    Cell(&'static str),
    /// A CRF row summing several GPC cells: Fugitive emissions, direct = I.7.1 + I.8.1.
    Cells(Vec<&'static str>),
    CrfOnly(&'static str),
    /// Understood, but the GPC has no cell for it in this scope, e.g. the eCRF
    /// template's placeholder rows "Off-road" or "Industrial process" with
    /// "Outside city boundary". `sub_sector` is "II.5", or "I.7+I.8" for a
    /// combined row.
    NoCell {
        sub_sector: String,
        scope: u8,
    },
    Unknown {
        reason: Unplaced,
        suggestion: Option<String>,
    },
}

/// Why a row names no GPC cell (the texts that say so are messages of the
/// layouts that read the row).
#[derive(Clone, Debug, PartialEq)]
pub enum Unplaced {
    /// The scope words (as written) name no scope.
    ScopeWords(String),
    /// The sub-sector (as written) is an eCRF_2 total row.
    TotalRow(String),
    /// The sub-sector (as written) is not a label the table knows.
    UnknownSubSector(String),
    /// The sub-sector (`I.7+I.8` for a combined row) is not in the sector
    /// the row names (its number, e.g. `III`).
    OutsideSector {
        sub_sector: String,
        sector: &'static str,
    },
}

/// Resolves a sub-sector label, optionally with its sector label for context.
///
/// Combined labels are split on '>': "On-road > Passenger car" resolves the
/// most specific known part ("Passenger car"), falling back to the first
/// ("On-road > Other/uncategorized" -> On-road). A leading sector part
/// ("Stationary energy > Agriculture", as in eCRF_2) serves as context when
/// `sector` is `None`. Labels bound to a sector (CRF "Agriculture" is I.5
/// only under Stationary energy) are unknown without that sector. A part
/// saying the waste came from outside the city makes the row territorial
/// ("Solid waste disposal > Waste generated outside the city" -> III.1.3).
pub fn resolve_label(sector: Option<&str>, sub_sector: &str) -> LabelMatch {
    let mut parts: Vec<&str> = sub_sector
        .split('>')
        .filter(|part| !key(part).is_empty())
        .collect();
    let mut context = sector.and_then(sector_number);
    if let [first, _, ..] = parts[..]
        && let Some(number) = sector_number(first)
    {
        context = context.or(Some(number));
        parts.remove(0);
    }
    resolve_parts(&parts, context)
}

fn resolve_parts(parts: &[&str], context: Option<&str>) -> LabelMatch {
    let table = labels();
    let mut from_outside = false;
    for part in parts.iter().rev() {
        match table.find(part, context) {
            Some(Meaning::FromOutside) => from_outside = true,
            Some(meaning) => return label_match(meaning, from_outside),
            None => {}
        }
    }
    let suggestion = parts.first().and_then(|p| table.suggest(p, context));
    LabelMatch::Unknown {
        suggestion: suggestion.map(str::to_string),
    }
}

fn label_match(meaning: &'static Meaning, from_outside: bool) -> LabelMatch {
    match meaning {
        Meaning::SubSectors(subs) => match subs.as_slice() {
            [one] if !from_outside => LabelMatch::SubSector(one),
            [one] if territorial_cell(one).is_some() => LabelMatch::Territorial(one),
            [_] => LabelMatch::Unknown { suggestion: None },
            many => LabelMatch::Combined(many),
        },
        Meaning::Territorial(sub) => LabelMatch::Territorial(sub),
        Meaning::CrfOnly(label) => LabelMatch::CrfOnly(label),
        Meaning::Total(of) => LabelMatch::Total(of),
        Meaning::FromOutside => LabelMatch::Unknown { suggestion: None },
    }
}

/// One eCRF_3-style row: sector, sub-sector and scope words to the GPC cell.
///
/// Scope words follow [`scope_from_words`]. A recognised sector that does not
/// hold the sub-sector ("Waste" with "Residential buildings") makes the row
/// unknown; an unrecognised sector text is ignored.
pub fn resolve_row(sector: Option<&str>, sub_sector: &str, scope_words: &str) -> RowMatch {
    let Some(scope) = scope_from_words(scope_words) else {
        return unknown(Unplaced::ScopeWords(scope_words.to_owned()), None);
    };
    let subs: Vec<&'static str> = match resolve_label(sector, sub_sector) {
        LabelMatch::SubSector(sub) => vec![sub],
        LabelMatch::Combined(subs) => subs.to_vec(),
        LabelMatch::Territorial(sub) => return territorial_row(sub, scope),
        LabelMatch::CrfOnly(label) => return RowMatch::CrfOnly(label),
        LabelMatch::Total(_) => {
            return unknown(Unplaced::TotalRow(sub_sector.to_owned()), None);
        }
        LabelMatch::Unknown { suggestion } => {
            return unknown(
                Unplaced::UnknownSubSector(sub_sector.to_owned()),
                suggestion,
            );
        }
    };
    match sector.and_then(sector_number) {
        Some(number) if subs.iter().any(|s| sector_of(s) != number) => unknown(
            Unplaced::OutsideSector {
                sub_sector: subs.join("+"),
                sector: number,
            },
            None,
        ),
        _ => cells_row(&subs, scope),
    }
}

fn cells_row(subs: &[&'static str], scope: u8) -> RowMatch {
    let mut cells: Vec<&'static str> = subs.iter().filter_map(|s| cell_for(s, scope)).collect();
    match cells.len() {
        0 => RowMatch::NoCell {
            sub_sector: subs.join("+"),
            scope,
        },
        1 => RowMatch::Cell(cells.remove(0)),
        _ => RowMatch::Cells(cells),
    }
}

fn territorial_row(sub: &'static str, scope: u8) -> RowMatch {
    match territorial_cell(sub) {
        Some(cell) if scope == 1 => RowMatch::Cell(cell),
        _ => RowMatch::NoCell {
            sub_sector: sub.to_string(),
            scope,
        },
    }
}

fn unknown(reason: Unplaced, suggestion: Option<String>) -> RowMatch {
    RowMatch::Unknown { reason, suggestion }
}
