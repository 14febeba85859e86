//! The 53 GPC v1.1 reference cells (sector x sub-sector x scope), loaded once
//! from `schemas/gpc-refs.csv`, which is embedded in the binary.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// Embedded copy of `schemas/gpc-refs.csv`.
pub static GPC_REFS_CSV: &str = include_str!("../../schemas/gpc-refs.csv");

/// Which GPC total a cell counts in (GPC v1.1, chapter 4 reporting levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// In BASIC (and therefore BASIC+).
    Basic,
    /// In BASIC+ only.
    BasicPlus,
    /// In the territorial (scope 1) total only, e.g. I.4.4.
    Territorial,
    /// Other scope 3 (VI.1): in no city-induced total.
    Other,
}

/// One row of the GPC reference table.
#[derive(Clone, Debug, Deserialize)]
pub struct GpcCell {
    #[serde(rename = "ref")]
    pub reference: String,
    pub sector_number: String,
    pub sector: String,
    pub sub_sector: String,
    pub sub_category: String,
    pub scope: u8,
    pub level: Level,
}

/// The whole table, in GPC order, with an index by reference number.
pub struct GpcTable {
    cells: Vec<GpcCell>,
    by_ref: HashMap<String, usize>,
}

impl GpcTable {
    fn parse(csv_text: &str) -> Result<Self, csv::Error> {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let cells: Vec<GpcCell> = reader.deserialize().collect::<Result<_, _>>()?;
        let by_ref = cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.reference.clone(), i))
            .collect();
        Ok(GpcTable { cells, by_ref })
    }

    pub fn cells(&self) -> &[GpcCell] {
        &self.cells
    }

    pub fn get(&self, reference: &str) -> Option<&GpcCell> {
        self.by_ref.get(reference).map(|&i| &self.cells[i])
    }

    /// Position of a reference number in [`GpcTable::cells`].
    pub fn index_of(&self, reference: &str) -> Option<usize> {
        self.by_ref.get(reference).copied()
    }

    /// The GPC sector or sub-sector a reference names when it is not a cell
    /// but the parent of some (`I`, `I.1`, `IV`; not `IV.1`, a cell, nor
    /// `I.9`), as spelled in the table.
    pub fn parent(&self, reference: &str) -> Option<&str> {
        if self.get(reference).is_some() {
            return None;
        }
        self.cells.iter().find_map(|c| {
            let sub = match c.reference.match_indices('.').nth(1) {
                Some((second_dot, _)) => &c.reference[..second_dot],
                None => c.reference.as_str(),
            };
            if c.sector_number == reference {
                Some(c.sector_number.as_str())
            } else {
                (sub == reference).then_some(sub)
            }
        })
    }

    /// The closest known reference to an unknown one, for "did you mean".
    pub fn suggest(&self, unknown: &str) -> Option<&str> {
        let wanted = unknown.trim().to_ascii_uppercase();
        self.cells
            .iter()
            .map(|c| {
                (
                    strsim::levenshtein(&wanted, &c.reference),
                    c.reference.as_str(),
                )
            })
            .filter(|(distance, _)| *distance <= 1)
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, reference)| reference)
    }
}

/// The embedded GPC table, parsed on first use.
pub fn table() -> &'static GpcTable {
    static TABLE: OnceLock<GpcTable> = OnceLock::new();
    TABLE.get_or_init(|| GpcTable::parse(GPC_REFS_CSV).expect("embedded gpc-refs.csv is valid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_the_53_gpc_cells_with_their_levels() {
        let t = table();
        assert_eq!(t.cells().len(), 53);
        let count = |level| t.cells().iter().filter(|c| c.level == level).count();
        assert_eq!(count(Level::Basic), 32);
        assert_eq!(count(Level::BasicPlus), 15);
        assert_eq!(count(Level::Territorial), 5);
        assert_eq!(count(Level::Other), 1);
        assert!(t.get("I.6.3").is_some(), "source typo I.63 is fixed");
        assert!(t.get("II.5.3").is_none());
        assert_eq!(t.get("I.4.4").unwrap().scope, 1);
        assert_eq!(t.get("III.1.2").unwrap().scope, 3);
    }

    #[test]
    fn parents_are_sectors_and_sub_sectors_that_are_not_cells() {
        let t = table();
        for (reference, parent) in [
            ("I", Some("I")),
            ("I.1", Some("I.1")),
            ("I.7", Some("I.7")),
            ("II.1", Some("II.1")),
            ("IV", Some("IV")),
            ("VI", Some("VI")),
            ("IV.1", None),
            ("I.1.1", None),
            ("I.9", None),
            ("VII", None),
            ("", None),
        ] {
            assert_eq!(t.parent(reference), parent, "{reference}");
        }
    }

    #[test]
    fn suggest_finds_near_misses_only() {
        assert_eq!(table().suggest("I.63"), Some("I.6.3"));
        assert_eq!(table().suggest("XYZ-99"), None);
    }
}
