//! Sector resolution: GPC refs in variant spellings, CRF and CityCatalyst labels, synonyms.
//!
//! Files name a GPC cell in three ways, and often only by the last two:
//! - a reference number, spelled many ways: [`parse_ref`] ("I.63" -> I.6.3);
//! - a sector and sub-sector label, in English (GPC, GCoM CRF, CityCatalyst)
//!   or in Portuguese, Spanish, French, German, Italian or Swedish:
//!   [`resolve_label`], [`sector_number`];
//! - scope words ("Direct emissions", "Outside city boundary", "Scope 2"):
//!   [`scope_from_words`].
//!
//! [`cell_for`] and [`territorial_cell`] combine a sub-sector with a scope
//! following the GPC table, and [`resolve_row`] does all of it for one
//! eCRF_3-style row whose "GPC ref. no." column is empty.
//!
//! Label data: `schemas/sector-labels.csv` plus the names in
//! `schemas/gpc-refs.csv`; the columns are described in `label_csv.rs`.

mod cells;
mod label_csv;
mod labels;
mod refs;
mod resolve;
mod scope;
mod text;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod real_labels;

pub use cells::{cell_for, territorial_cell};
pub use label_csv::SECTOR_LABELS_CSV;
pub use labels::sector_number;
pub use refs::{RefParse, parse_ref};
pub use resolve::{LabelMatch, RowMatch, Unplaced, resolve_label, resolve_row};
pub use scope::scope_from_words;
