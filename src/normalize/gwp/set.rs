//! What the GWP table knows about the four sets the model names
//! ([`GwpSet`]): how reporters spell them, the documents their values come
//! from and the year each report was published.

use super::set_name::set_in_text;
use super::table::table;
use crate::model::GwpSet;

impl GwpSet {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
