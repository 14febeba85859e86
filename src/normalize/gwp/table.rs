//! Loads the embedded GWP tables once: `schemas/gwp.csv` (one row per gas,
//! one column per set, an empty cell where a set has no value) and
//! `schemas/gwp-sets.csv` (the report, year and source of each set). The
//! first line of `gwp.csv`, `# version: ...`, names the table's edition.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::GwpSet;
use crate::normalize::text::fold;

pub static GWP_CSV: &str = include_str!("../../../schemas/gwp.csv");
static GWP_SETS_CSV: &str = include_str!("../../../schemas/gwp-sets.csv");

const VERSION_PREFIX: &str = "# version:";

/// One row of `schemas/gwp.csv`.
#[derive(Deserialize)]
struct GasRow {
    gas: String,
    #[serde(rename = "SAR")]
    sar: Option<f64>,
    #[serde(rename = "AR4")]
    ar4: Option<f64>,
    #[serde(rename = "AR5")]
    ar5: Option<f64>,
    #[serde(rename = "AR6")]
    ar6: Option<f64>,
    /// Other names of the gas, separated by `|`.
    other_names: String,
}

/// The columns of `schemas/gwp-sets.csv` the code uses; the others
/// (report title, date of the source, source of methane by origin) are
/// there for readers of the file.
#[derive(Deserialize)]
pub(super) struct SetInfo {
    set: String,
    pub report_year: u16,
    pub source: String,
}

pub(super) struct GwpTable {
    version: String,
    /// Gas names as the table writes them, in table order.
    gases: Vec<String>,
    /// Gas key (names and other names) -> values in [`GwpSet::ALL`] order.
    by_key: HashMap<String, [Option<f64>; 4]>,
    /// Plain CH4 of each set, which every set has.
    methane: [f64; 4],
    sets: Vec<SetInfo>,
}

/// Key a gas name is looked up by: folded (lower case, `₂` as `2`), letters
/// and digits only, so `HFC-134a`, `hfc 134a` and `HFC134a` are one gas.
pub(super) fn gas_key(name: &str) -> String {
    fold(name).chars().filter(|c| c.is_alphanumeric()).collect()
}

impl GwpTable {
    fn parse(gwp_csv: &str, sets_csv: &str) -> Result<Self, String> {
        let version = gwp_csv
            .lines()
            .next()
            .and_then(|line| line.strip_prefix(VERSION_PREFIX))
            .map(|v| format!("gwp.csv {}", v.trim()))
            .ok_or("gwp.csv does not start with `# version: ...`")?;
        let rows: Vec<GasRow> = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(gwp_csv.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .map_err(|e| format!("gwp.csv: {e}"))?;
        let mut gases = Vec::new();
        let mut by_key = HashMap::new();
        for row in rows {
            let values = [row.sar, row.ar4, row.ar5, row.ar6];
            if let Some(bad) = values
                .iter()
                .flatten()
                .find(|v| !(v.is_finite() && **v > 0.0))
            {
                return Err(format!("gwp.csv: {} has the value {bad}", row.gas));
            }
            let names = std::iter::once(row.gas.as_str())
                .chain(row.other_names.split('|').filter(|n| !n.trim().is_empty()));
            for name in names {
                if by_key.insert(gas_key(name), values).is_some() {
                    return Err(format!("gwp.csv: `{name}` names two gases"));
                }
            }
            gases.push(row.gas);
        }
        let in_every_set = |gas: &str| -> Result<[f64; 4], String> {
            let values = by_key.get(&gas_key(gas)).copied().unwrap_or_default();
            let mut out = [0.0; 4];
            for (slot, value) in out.iter_mut().zip(values) {
                *slot = value.ok_or_else(|| format!("gwp.csv: {gas} lacks a value"))?;
            }
            Ok(out)
        };
        if in_every_set("CO2")? != [1.0; 4] {
            return Err("gwp.csv: CO2 must be 1 in every set".into());
        }
        let methane = in_every_set("CH4")?;
        let sets = Self::parse_sets(sets_csv)?;
        Ok(GwpTable {
            version,
            gases,
            by_key,
            methane,
            sets,
        })
    }

    /// The rows of `gwp-sets.csv` in [`GwpSet::ALL`] order, one per set.
    fn parse_sets(sets_csv: &str) -> Result<Vec<SetInfo>, String> {
        let mut rows: Vec<SetInfo> = csv::Reader::from_reader(sets_csv.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .map_err(|e| format!("gwp-sets.csv: {e}"))?;
        let names: Vec<&str> = rows.iter().map(|r| r.set.as_str()).collect();
        let wanted: Vec<&str> = GwpSet::ALL.iter().map(|s| s.name()).collect();
        if names != wanted {
            return Err(format!("gwp-sets.csv: sets {names:?}, expected {wanted:?}"));
        }
        rows.truncate(GwpSet::ALL.len());
        Ok(rows)
    }

    pub(super) fn version(&self) -> &str {
        &self.version
    }

    pub(super) fn value(&self, set: GwpSet, key: &str) -> Option<f64> {
        self.by_key.get(key)?[set.index()]
    }

    pub(super) fn methane(&self, set: GwpSet) -> f64 {
        self.methane[set.index()]
    }

    pub(super) fn set_info(&self, set: GwpSet) -> &SetInfo {
        &self.sets[set.index()]
    }

    /// Gas names as the table writes them, in table order.
    pub(super) fn gases(&self) -> impl Iterator<Item = &str> {
        self.gases.iter().map(String::as_str)
    }
}

/// The embedded tables, parsed on first use; a test parses them, so a
/// broken table fails the build's tests rather than a user's run.
pub(super) fn table() -> &'static GwpTable {
    static TABLE: OnceLock<GwpTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        GwpTable::parse(GWP_CSV, GWP_SETS_CSV).unwrap_or_else(|e| panic!("embedded {e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETS: &str = "set,report,report_year,source,source_date,methane_by_origin_source\n\
        SAR,a,1995,s,d,\nAR4,a,2007,s,d,\nAR5,a,2013,s,d,\nAR6,a,2021,s,d,\n";

    fn error(gwp_csv: &str, sets_csv: &str) -> String {
        GwpTable::parse(gwp_csv, sets_csv).err().unwrap_or_default()
    }

    #[test]
    fn the_embedded_tables_parse() {
        assert!(GwpTable::parse(GWP_CSV, GWP_SETS_CSV).is_ok());
    }

    #[test]
    fn broken_tables_are_refused_with_a_reason() {
        let header = "# version: x\ngas,SAR,AR4,AR5,AR6,other_names\n";
        let good = format!("{header}CO2,1,1,1,1,\nCH4,21,25,28,27.9,methane\n");
        assert!(GwpTable::parse(&good, SETS).is_ok());
        assert_eq!(
            error("gas,SAR,AR4,AR5,AR6,other_names\n", SETS),
            "gwp.csv does not start with `# version: ...`"
        );
        assert_eq!(
            error(&format!("{header}CO2,1,1,1,1,\nCH4,21,,28,27.9,\n"), SETS),
            "gwp.csv: CH4 lacks a value"
        );
        assert_eq!(
            error(&format!("{header}CO2,1,1,1,1,\nCH4,21,25,28,-1,\n"), SETS),
            "gwp.csv: CH4 has the value -1"
        );
        assert_eq!(
            error(&format!("{good}Methane,1,1,1,1,\n"), SETS),
            "gwp.csv: `Methane` names two gases"
        );
        assert_eq!(
            error(&format!("{header}CO2,1,1,1,2,\nCH4,21,25,28,27.9,\n"), SETS),
            "gwp.csv: CO2 must be 1 in every set"
        );
        assert!(error(&good, "set,report,report_year,source,source_date,methane_by_origin_source\nAR5,a,2013,s,d,\n")
            .starts_with("gwp-sets.csv: sets [\"AR5\"]"));
    }
}
