//! The four GWP sets (IPCC assessment reports) an inventory can declare.
//! The model owns the names; `normalize::gwp` adds reporters' spellings
//! (`GwpSet::parse`), the values and where they come from.

use serde::{Deserialize, Serialize};

/// An IPCC assessment report's set of 100-year GWPs. Serialises as the
/// schema's values: `SAR`, `AR4`, `AR5`, `AR6`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GwpSet {
    #[serde(rename = "SAR")]
    Sar,
    #[serde(rename = "AR4")]
    Ar4,
    #[serde(rename = "AR5")]
    Ar5,
    #[serde(rename = "AR6")]
    Ar6,
}

impl GwpSet {
    /// Oldest first.
    pub const ALL: [GwpSet; 4] = [GwpSet::Sar, GwpSet::Ar4, GwpSet::Ar5, GwpSet::Ar6];

    /// The set's name as the schema writes it: `SAR`, `AR4`, `AR5`, `AR6`.
    pub fn name(self) -> &'static str {
        match self {
            GwpSet::Sar => "SAR",
            GwpSet::Ar4 => "AR4",
            GwpSet::Ar5 => "AR5",
            GwpSet::Ar6 => "AR6",
        }
    }

    /// Position in [`GwpSet::ALL`], the column of the set in the GWP table.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_serialisation_are_the_schema_values() {
        let names: Vec<&str> = GwpSet::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(names, ["SAR", "AR4", "AR5", "AR6"]);
        assert_eq!(serde_json::to_string(&GwpSet::Ar5).unwrap(), "\"AR5\"");
        assert_eq!(serde_json::to_string(&GwpSet::Sar).unwrap(), "\"SAR\"");
        let read: GwpSet = serde_json::from_str("\"AR6\"").unwrap();
        assert_eq!(read, GwpSet::Ar6);
        assert!(serde_json::from_str::<GwpSet>("\"ar6\"").is_err());
        assert_eq!(GwpSet::ALL.map(GwpSet::index), [0, 1, 2, 3]);
    }
}
