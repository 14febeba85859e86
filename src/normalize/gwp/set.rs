//! The four GWP sets (IPCC assessment reports) an inventory can use, with
//! their names and the documents their values come from.

use serde::Serialize;

use super::set_name::set_in_text;
use super::table::table;

/// An IPCC assessment report's set of 100-year GWPs. Serialises as the
/// schema's values: `SAR`, `AR4`, `AR5`, `AR6`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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

    /// The set a reporter's text names: `AR5`, `ar5`, `IPCC AR5`,
    /// `Fifth Assessment Report (AR5)`, `AR5 100-year`, `AR 5`, `5AR`,
    /// `AR2` for SAR. `None` for text naming no set, several sets, a report
    /// without a set here (TAR, AR7), another time horizon (`GWP-20`) or
    /// AR5 with climate-carbon feedback, whose values differ.
    pub fn parse(text: &str) -> Option<GwpSet> {
        set_in_text(text)
    }

    /// The table or document the set's values come from.
    pub fn source(self) -> &'static str {
        &table().set_info(self).source
    }

    /// Year the assessment report was published (SAR 1995 ... AR6 2021).
    pub fn report_year(self) -> u16 {
        table().set_info(self).report_year
    }

    /// Position in [`GwpSet::ALL`], the column of the set in the table.
    pub(super) fn index(self) -> usize {
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
    }

    #[test]
    fn every_set_names_its_source_and_year() {
        assert_eq!(GwpSet::Ar6.source(), "AR6 WG1 Table 7.SM.7 (100-year)");
        assert_eq!(
            GwpSet::Ar5.source(),
            "GHG Protocol, Global Warming Potential Values, AR5 column (100-year): \
             AR5 WG1 Table 8.A.1, without climate-carbon feedback"
        );
        let years = GwpSet::ALL.map(GwpSet::report_year);
        assert_eq!(years, [1995, 2007, 2013, 2021]);
    }
}
