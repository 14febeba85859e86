//! Emission-factor units: a mass or CO2e mass per unit of activity, written
//! `kg/TJ`, `gCO₂e/MJ`, `kg CO2/L`, `tCO2e per MWh`. A gas named after the
//! numerator's mass (`kg CO2`, `g CH4`) is kept apart from the unit.

use super::dimension::Dimension;
use super::lookup::{Lookup, lookup};
use super::ratio::ratio;
use super::registry::Unit;
use super::spelling::{compact, without_per_year};
use crate::normalize::clean::{Gas, gas};

/// A compound unit `numerator / denominator`.
#[derive(Clone, Debug, PartialEq)]
pub struct EmissionFactorUnit {
    /// A mass (of one gas) or a CO2e mass.
    pub numerator: &'static Unit,
    /// An energy, volume, mass, distance or passenger distance.
    pub denominator: &'static Unit,
    /// The gas written with the numerator (`kg CO2/L` -> CO2).
    pub gas: Option<Gas>,
    /// Why a part's spelling may mean another unit (`MTCO2e/MWh`).
    pub ambiguity: Option<&'static str>,
}

impl EmissionFactorUnit {
    /// Multiplies a factor in this unit into t (or tCO2e) per base unit of
    /// the denominator: 0.001 for `gCO2e/MJ` (tCO2e/GJ), 1 for `kg/m3` (t/m3).
    pub fn to_base_factor(&self) -> f64 {
        ratio(self.numerator.factor, self.denominator.factor)
    }
}

/// The emission-factor unit `written` names, split at its one `/` or `per`;
/// `None` when it is no such compound or a part is no fitting unit.
pub fn emission_factor(written: &str) -> Option<EmissionFactorUnit> {
    // `kg CH4/head/year`: an inventory's factors are per year already.
    let (over, under) = split_ratio(without_per_year(written))?;
    let (numerator, gas, numerator_doubt) = numerator(over)?;
    let (denominator, denominator_doubt) = known(lookup(under))?;
    let per_activity = matches!(
        denominator.dimension,
        Dimension::Energy
            | Dimension::Volume
            | Dimension::Mass
            | Dimension::Distance
            | Dimension::PassengerDistance
            | Dimension::Count
    );
    per_activity.then_some(EmissionFactorUnit {
        numerator,
        denominator,
        gas,
        ambiguity: numerator_doubt.or(denominator_doubt),
    })
}

/// `kg/TJ` -> (`kg`, `TJ`); `kg per TJ` likewise. Exactly one divider.
fn split_ratio(written: &str) -> Option<(&str, &str)> {
    let mut parts = written.split('/');
    if let (Some(over), Some(under), None) = (parts.next(), parts.next(), parts.next()) {
        return Some((over, under));
    }
    let lower = written.to_ascii_lowercase();
    let words: Vec<(usize, &str)> = lower.match_indices(" per ").collect();
    match words.as_slice() {
        [(at, word)] => Some((&written[..*at], &written[at + word.len()..])),
        _ => None,
    }
}

/// A mass or CO2e-mass unit, possibly followed by a gas (`kg CO2`).
fn numerator(written: &str) -> Option<(&'static Unit, Option<Gas>, Option<&'static str>)> {
    if let Some((unit, doubt)) = known(lookup(written)) {
        return is_emitted_mass(unit).then_some((unit, None, doubt));
    }
    let compact = compact(written);
    let mut splits = compact.char_indices().skip(1).map(|(at, _)| at);
    splits.find_map(|at| {
        let (mass, gas_name) = compact.split_at(at);
        let gas = gas(gas_name)?;
        let (unit, doubt) = known(lookup(mass))?;
        (unit.dimension == Dimension::Mass).then_some((unit, Some(gas), doubt))
    })
}

fn is_emitted_mass(unit: &Unit) -> bool {
    matches!(unit.dimension, Dimension::Mass | Dimension::Co2eMass)
}

/// The unit a look-up found, with its doubt.
fn known(found: Lookup) -> Option<(&'static Unit, Option<&'static str>)> {
    match found {
        Lookup::Known(unit) => Some((unit, None)),
        Lookup::Ambiguous { unit, why } => Some((unit, Some(why))),
        Lookup::Unknown { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(written: &str) -> (&'static str, &'static str, Option<Gas>, f64) {
        let unit = emission_factor(written).unwrap_or_else(|| panic!("{written}"));
        let factor = unit.to_base_factor();
        (
            unit.numerator.symbol,
            unit.denominator.symbol,
            unit.gas,
            factor,
        )
    }

    #[test]
    fn grams_co2e_per_megajoule_are_0_001_tco2e_per_gj() {
        assert_eq!(parts("gCO₂e/MJ"), ("gCO2e", "MJ", None, 0.001));
    }

    #[test]
    fn factor_units_from_the_sources() {
        assert_eq!(parts("kg/TJ"), ("kg", "TJ", None, 0.000001));
        assert_eq!(parts("kg/m3"), ("kg", "m3", None, 0.001));
        assert_eq!(parts("kg/kg"), ("kg", "kg", None, 1.0));
        assert_eq!(
            parts("tCO2e/MWh"),
            ("tCO2e", "MWh", None, 0.2777777777777778)
        );
        assert_eq!(
            parts("kgCO2e/kWh"),
            ("kgCO2e", "kWh", None, 0.2777777777777778)
        );
        assert_eq!(parts("kg CO2/L"), ("kg", "L", Some(Gas::Co2), 1.0));
        assert_eq!(parts("g CH₄ / km"), ("g", "km", Some(Gas::Ch4), 0.000001));
        assert_eq!(
            parts("t CO2e per MWh"),
            ("tCO2e", "MWh", None, 0.2777777777777778)
        );
    }

    #[test]
    fn an_ambiguous_part_is_reported() {
        let unit = emission_factor("MTCO2e/MWh").unwrap();
        assert_eq!(unit.numerator.symbol, "tCO2e");
        assert!(unit.ambiguity.is_some());
        assert_eq!(emission_factor("kg/kWh").unwrap().ambiguity, None);
    }

    #[test]
    fn other_texts_are_no_factor_units() {
        for written in [
            "",
            "kg",
            "kg/",
            "/MWh",
            "kg/MWh/kg",
            "MWh/kg",
            "kg/tCO2e",
            "kg CO3/L",
            "kg/parsec",
        ] {
            assert_eq!(emission_factor(written), None, "{written}");
        }
    }
}
