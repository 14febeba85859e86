//! 100-year global warming potentials (GWP) of the IPCC assessment reports,
//! used to weigh a mass of gas as CO2e.
//!
//! The values are `schemas/gwp.csv` and the origin of each set is
//! `schemas/gwp-sets.csv`, both embedded in the binary: SAR, AR4 and AR5 as
//! the GHG Protocol tabulates them (AR5 without climate-carbon feedback),
//! AR6 from AR6 WG1 Table 7.SM.7. Methane has separate fossil and
//! non-fossil rows where the report gives them (AR5, AR6 Table 7.15).
//! - [`GwpSet`]: the four sets (named in the model), and set names as
//!   reporters write them;
//! - [`gwp`]: one gas in one set;
//! - [`gwp_methane`]: methane by origin, falling back to plain CH4;
//! - [`gases`]: the gases the table covers;
//! - [`table_version`]: which edition of the table, for provenance.

mod set;
mod set_name;
mod table;

pub use crate::model::GwpSet;
pub use table::GWP_CSV;

use table::{gas_key, table};

/// GWP of one gas in a set. Gases are named as the schema names them
/// (`CO2`, `CH4`, `N2O`, `SF6`, `NF3`), by species (`HFC-134a`, `CF4`,
/// `c-C4F8`) or by the other names in the table (`PFC-14`, `methane`);
/// case, subscript digits (`CO₂`), spaces and hyphens do not matter.
/// `None` when the gas is unknown or the set has no value for it (NF3 in
/// SAR, fossil methane before AR5, a gas group such as `HFCs`).
pub fn gwp(set: GwpSet, gas: &str) -> Option<f64> {
    table().value(set, &gas_key(gas))
}

/// GWP of one of the model's gases; `None` for HFCs and PFCs (mixtures)
/// and for a gas the set has no value for.
pub fn gwp_of(set: GwpSet, gas: crate::model::Gas) -> Option<f64> {
    gwp(set, gas.symbol())
}

/// GWP of methane of fossil or non-fossil origin when the set gives them
/// apart (AR5, AR6), otherwise the set's single CH4 value.
pub fn gwp_methane(set: GwpSet, fossil: bool) -> f64 {
    let row = if fossil {
        "CH4-fossil"
    } else {
        "CH4-non-fossil"
    };
    gwp(set, row).unwrap_or_else(|| table().methane(set))
}

/// The gases of the table, as it names them (`CO2`, `CH4-fossil`,
/// `HFC-134a`, `c-C4F8` ...), in table order.
pub fn gases() -> impl Iterator<Item = &'static str> {
    table().gases()
}

/// Edition of the embedded table, e.g. `gwp.csv 2026-11`, to record in
/// outputs which values were applied.
pub fn table_version() -> &'static str {
    table().version()
}

#[cfg(test)]
mod tests {
    use super::*;
    use GwpSet::{Ar4, Ar5, Ar6, Sar};

    fn column(gas: &str) -> [Option<f64>; 4] {
        GwpSet::ALL.map(|set| gwp(set, gas))
    }

    #[test]
    fn every_value_is_positive_and_co2_is_one() {
        for gas in gases() {
            for set in GwpSet::ALL {
                if let Some(value) = gwp(set, gas) {
                    assert!(value > 0.0, "{gas} in {}: {value}", set.name());
                }
            }
        }
        assert_eq!(column("CO2"), [Some(1.0); 4]);
        assert_eq!(gases().count(), 23);
    }

    #[test]
    fn the_kyoto_gases_have_the_published_values() {
        assert_eq!(
            column("CH4"),
            [Some(21.0), Some(25.0), Some(28.0), Some(27.9)]
        );
        assert_eq!(
            column("N2O"),
            [Some(310.0), Some(298.0), Some(265.0), Some(273.0)]
        );
        assert_eq!(
            column("SF6"),
            [Some(23900.0), Some(22800.0), Some(23500.0), Some(25200.0)]
        );
        assert_eq!(
            column("NF3"),
            [None, Some(17200.0), Some(16100.0), Some(17400.0)]
        );
    }

    #[test]
    fn species_have_the_published_values() {
        assert_eq!(
            column("HFC-152a"),
            [Some(140.0), Some(124.0), Some(138.0), Some(164.0)]
        );
        assert_eq!(
            column("HFC-134a"),
            [Some(1300.0), Some(1430.0), Some(1300.0), Some(1530.0)]
        );
        assert_eq!(column("HFC-245fa")[0], None);
        assert_eq!(gwp(Ar6, "HFC-43-10mee"), Some(1600.0));
        assert_eq!(gwp(Ar5, "c-C4F8"), Some(9540.0));
        assert_eq!(gwp(Ar4, "C6F14"), Some(9300.0));
    }

    #[test]
    fn gas_names_compare_without_case_subscripts_or_hyphens() {
        assert_eq!(gwp(Ar5, "CO₂"), Some(1.0));
        assert_eq!(gwp(Ar5, "ch4"), Some(28.0));
        assert_eq!(gwp(Ar5, "N₂O"), Some(265.0));
        assert_eq!(gwp(Ar6, "hfc134a"), Some(1530.0));
        assert_eq!(gwp(Ar6, "HFC 134a"), Some(1530.0));
        assert_eq!(gwp(Ar5, "PFC-14"), Some(6630.0));
        assert_eq!(gwp(Sar, "Sulfur hexafluoride"), Some(23900.0));
        assert_eq!(gwp(Ar5, "HFCs"), None);
        assert_eq!(gwp(Ar5, ""), None);
        assert_eq!(gwp(Ar5, "CO2e"), None);
    }

    #[test]
    fn methane_by_origin_falls_back_to_plain_ch4() {
        assert_eq!(gwp_methane(Ar6, true), 29.8);
        assert_eq!(gwp_methane(Ar6, false), 27.0);
        assert_eq!(gwp_methane(Ar5, true), 30.0);
        assert_eq!(gwp_methane(Ar5, false), 28.0);
        assert_eq!(gwp_methane(Ar4, true), 25.0);
        assert_eq!(gwp_methane(Sar, false), 21.0);
        assert_eq!(gwp(Ar4, "CH4-fossil"), None);
    }

    #[test]
    fn the_table_states_its_version() {
        assert_eq!(table_version(), "gwp.csv 2026-11");
    }
}
