//! The label table: every known spelling of a sector or sub-sector label and
//! what it designates, loaded once from two sources:
//! - the GPC table itself: sector and sub-sector names, the sub-category
//!   texts CityCatalyst uses as "Subsector name" for IV, V and VI, and the
//!   sub-category texts of the territorial cells I.4.4 and III.x.3;
//! - `schemas/sector-labels.csv`: CRF, CityCatalyst and translated labels
//!   (columns described in `label_csv.rs`).
//!
//! Labels are compared by their [`key`] with spaces removed, so "Waste water"
//! finds "Wastewater".

use std::collections::HashMap;
use std::sync::OnceLock;

use super::cells::sub_sector_of_cell;
use super::label_csv::{LabelRow, label_rows};
use super::text::key;
use crate::model::gpc::{self, Level};

/// What a (non-sector) label designates.
#[derive(Debug, PartialEq)]
pub(crate) enum Meaning {
    /// One GPC sub-sector, or several that a CRF row sums.
    SubSectors(Vec<&'static str>),
    /// The territorial cell of this sub-sector.
    Territorial(&'static str),
    CrfOnly(String),
    Total(String),
    FromOutside,
}

struct Entry {
    label: String,
    compact: String,
    meaning: Meaning,
    context: Option<&'static str>,
}

#[derive(Default)]
pub(crate) struct Labels {
    entries: Vec<Entry>,
    by_key: HashMap<String, Vec<usize>>,
    sectors: HashMap<String, &'static str>,
}

/// The embedded label table, built on first use.
pub(crate) fn labels() -> &'static Labels {
    static LABELS: OnceLock<Labels> = OnceLock::new();
    LABELS.get_or_init(|| Labels::load().expect("embedded sector-labels.csv is valid"))
}

/// The GPC sector number ("I" ... "VI") a sector label designates:
/// "Stationary energy" -> I, "IPPU" -> IV, "Resíduos" -> III, "Out of scope" -> VI.
/// The CRF block "Generation of grid-supplied energy" counts as I (its GPC cell is I.4.4).
pub fn sector_number(text: &str) -> Option<&'static str> {
    labels().sectors.get(&compact(text)).copied()
}

fn compact(text: &str) -> String {
    key(text).replace(' ', "")
}

impl Labels {
    fn load() -> Result<Self, String> {
        let mut labels = Labels::default();
        labels.add_table_names();
        for row in label_rows()? {
            match row {
                LabelRow::Sector { label, number } => labels.add_sector(&label, number)?,
                LabelRow::Label {
                    label,
                    meaning,
                    context,
                } => labels.add(&label, meaning, context),
            }
        }
        Ok(labels)
    }

    fn add_table_names(&mut self) {
        for cell in gpc::table().cells() {
            let sub = sub_sector_of_cell(cell);
            let number = cell.sector_number.as_str();
            self.add_sector(&cell.sector, number)
                .expect("GPC sector names are distinct");
            self.add(&cell.sub_sector, Meaning::SubSectors(vec![sub]), None);
            if cell.level == Level::Territorial {
                self.add(&cell.sub_category, Meaning::Territorial(sub), None);
            } else if cell.reference == sub {
                self.add(&cell.sub_category, Meaning::SubSectors(vec![sub]), None);
            }
        }
    }

    fn add_sector(&mut self, label: &str, number: &'static str) -> Result<(), String> {
        match self.sectors.insert(compact(label), number) {
            Some(other) if other != number => {
                Err(format!("{label:?} is sector {other} and {number}"))
            }
            _ => Ok(()),
        }
    }

    /// Adds a label unless the same label already means the same thing.
    fn add(&mut self, label: &str, meaning: Meaning, context: Option<&'static str>) {
        let compact = compact(label);
        let ids = self.by_key.entry(compact.clone()).or_default();
        let entries = &self.entries;
        if ids
            .iter()
            .any(|&i| entries[i].meaning == meaning && entries[i].context == context)
        {
            return;
        }
        ids.push(self.entries.len());
        self.entries.push(Entry {
            label: label.to_string(),
            compact,
            meaning,
            context,
        });
    }

    /// The meaning of a label in a row of sector `context`: a label bound to
    /// that sector wins, then a label bound to no sector.
    pub(crate) fn find(&self, text: &str, context: Option<&str>) -> Option<&Meaning> {
        let ids = self.by_key.get(&compact(text))?;
        let with = |wanted: Option<&str>| {
            ids.iter()
                .map(|&i| &self.entries[i])
                .find(|e| e.context == wanted)
        };
        context
            .and_then(|c| with(Some(c)))
            .or_else(|| with(None))
            .map(|e| &e.meaning)
    }

    /// The known label closest to `text` (usable in sector `context`), for
    /// "did you mean". Earlier entries win ties: GPC names, then CSV order.
    pub(crate) fn suggest(&self, text: &str, context: Option<&str>) -> Option<&str> {
        let wanted = compact(text);
        self.entries
            .iter()
            .rev()
            .filter(|e| e.meaning != Meaning::FromOutside)
            .filter(|e| e.context.is_none() || e.context == context)
            .map(|e| {
                (
                    strsim::normalized_damerau_levenshtein(&wanted, &e.compact),
                    e,
                )
            })
            .filter(|(score, _)| *score >= 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, e)| e.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_label_means_two_things_in_the_same_sector() {
        let t = labels();
        for (key, ids) in &t.by_key {
            for &i in ids {
                let clash = ids
                    .iter()
                    .filter(|&&j| t.entries[j].context == t.entries[i].context)
                    .count();
                assert_eq!(clash, 1, "label key {key:?} is ambiguous");
            }
        }
    }

    #[test]
    fn sector_labels() {
        assert_eq!(sector_number("Stationary energy"), Some("I"));
        assert_eq!(sector_number("Stationary Energy"), Some("I"));
        assert_eq!(sector_number("Transportation"), Some("II"));
        assert_eq!(sector_number("Waste"), Some("III"));
        assert_eq!(sector_number("IPPU"), Some("IV"));
        assert_eq!(sector_number("AFOLU"), Some("V"));
        assert_eq!(sector_number("Out of scope"), Some("VI"));
        assert_eq!(
            sector_number("Generation of grid-supplied energy"),
            Some("I")
        );
        assert_eq!(sector_number("Resíduos"), Some("III"));
        assert_eq!(sector_number("Please select"), None);
    }

    #[test]
    fn context_bound_labels_need_their_sector() {
        let agriculture = Meaning::SubSectors(vec!["I.5"]);
        assert_eq!(labels().find("Agriculture", Some("I")), Some(&agriculture));
        assert_eq!(labels().find("Agriculture", Some("V")), None);
        assert_eq!(labels().find("Agriculture", None), None);
    }

    #[test]
    fn suggestions_prefer_gpc_names() {
        let t = labels();
        assert_eq!(
            t.suggest("Residental buildngs", None),
            Some("Residential buildings")
        );
        assert!(t.find("Waste water", None).is_some(), "spaces do not count");
        assert_eq!(t.suggest("Passenger aircraft carrier", None), None);
    }
}
