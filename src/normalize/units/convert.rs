//! Conversion of values between units of one dimension.

use thiserror::Error;

use super::dimension::Dimension;
use super::ratio::ratio;
use super::registry::{Unit, table};

/// A conversion across dimensions, which needs a physical property the
/// unit alone does not give (a density, a heating value, a GWP).
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("cannot convert {from} ({from_dimension}) to {to} ({to_dimension}){}", missing_property(*.from_dimension, *.to_dimension))]
pub struct ConvertError {
    pub from: &'static str,
    pub from_dimension: Dimension,
    pub to: &'static str,
    pub to_dimension: Dimension,
}

/// `value` in `from`, expressed in `to`. The ratio of the two factors is
/// rounded once, so 1 kWh is exactly 3.6 MJ.
pub fn convert(value: f64, from: &Unit, to: &Unit) -> Result<f64, ConvertError> {
    if from.dimension != to.dimension {
        return Err(ConvertError {
            from: from.symbol,
            from_dimension: from.dimension,
            to: to.symbol,
            to_dimension: to.dimension,
        });
    }
    Ok(value * ratio(from.factor, to.factor))
}

/// The unit with factor 1: t, tCO2e, GJ, m3, km or pkm.
pub fn base_unit(dimension: Dimension) -> &'static Unit {
    let registry = table();
    &registry.units[registry.bases[dimension as usize]]
}

/// `value` in `unit`, expressed in its dimension's base unit.
pub fn to_base(value: f64, unit: &Unit) -> f64 {
    scale(value, unit.factor)
}

/// The factor to the base unit of `dimension` of a written unit, when the
/// unit table knows it as a unit of that dimension (ambiguous spellings
/// included, read as the table says).
pub fn base_factor(written: &str, dimension: Dimension) -> Option<f64> {
    match super::lookup(written) {
        super::Lookup::Known(unit) | super::Lookup::Ambiguous { unit, .. }
            if unit.dimension == dimension =>
        {
            Some(unit.factor)
        }
        _ => None,
    }
}

/// `value × factor`, dividing by the inverse when that is a whole number,
/// so that 122733670 kg × 0.001 is exactly 122733.67 t.
pub fn scale(value: f64, factor: f64) -> f64 {
    let inverse = 1.0 / factor;
    if factor < 1.0 && inverse.fract() == 0.0 {
        value / inverse
    } else {
        value * factor
    }
}

/// What links two dimensions, for the error message.
fn missing_property(from: Dimension, to: Dimension) -> &'static str {
    use Dimension::*;
    match (from, to) {
        (Volume, Mass) | (Mass, Volume) => " without a density",
        (Mass | Volume, Energy) | (Energy, Mass | Volume) => " without a heating value",
        (Mass, Co2eMass) | (Co2eMass, Mass) => " without a global warming potential",
        (Co2eMass, _) | (_, Co2eMass) => " without an emission factor",
        (Distance, PassengerDistance) | (PassengerDistance, Distance) => " without an occupancy",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::units::{Lookup, lookup};

    fn unit(written: &str) -> &'static Unit {
        match lookup(written) {
            Lookup::Known(unit) | Lookup::Ambiguous { unit, .. } => unit,
            Lookup::Unknown { .. } => panic!("{written} is unknown"),
        }
    }

    #[test]
    fn scaling_by_a_fraction_divides_by_its_inverse() {
        assert_eq!(scale(122_733_670.0, 0.001), 122_733.67);
        assert_eq!(scale(1.5, 1000.0), 1500.0);
        assert_eq!(base_factor("kg CO2e", Dimension::Co2eMass), Some(0.001));
        assert_eq!(base_factor("kg", Dimension::Co2eMass), None);
        assert_eq!(base_factor("MTCDE", Dimension::Co2eMass), Some(1.0));
    }

    #[test]
    fn ten_us_therms_are_1_054804_gj() {
        assert_eq!(convert(10.0, unit("therm (US)"), unit("GJ")), Ok(1.054804));
        assert_eq!(to_base(10.0, unit("therm (US)")), 1.054804);
    }

    #[test]
    fn a_short_ton_is_0_90718474_t() {
        assert_eq!(convert(1.0, unit("short ton"), unit("t")), Ok(0.90718474));
        assert_eq!(convert(1.0, unit("lb"), unit("kg")), Ok(0.45359237));
    }

    #[test]
    fn exact_factors_from_the_reference() {
        assert_eq!(convert(1.0, unit("kWh"), unit("MJ")), Ok(3.6));
        assert_eq!(convert(1.0, unit("toe"), unit("GJ")), Ok(41.868));
        assert_eq!(convert(1.0, unit("tce"), unit("GJ")), Ok(29.3076));
        assert_eq!(convert(1.0, unit("MMBtu"), unit("GJ")), Ok(1.05505585262));
        assert_eq!(
            convert(1.0, unit("gal (US)"), unit("m3")),
            Ok(0.003785411784)
        );
        assert_eq!(convert(1.0, unit("bbl"), unit("m3")), Ok(0.158987294928));
        assert_eq!(convert(1.0, unit("ft3"), unit("m3")), Ok(0.028316846592));
        assert_eq!(convert(1.0, unit("VMT"), unit("km")), Ok(1.609344));
        assert_eq!(convert(2.5, unit("MtCO2e"), unit("tCO2e")), Ok(2_500_000.0));
        assert_eq!(convert(1.0, unit("long ton"), unit("t")), Ok(1.0160469088));
    }

    #[test]
    fn litres_do_not_convert_to_tonnes() {
        let error = convert(1.0, unit("L"), unit("t")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot convert L (volume) to t (mass) without a density"
        );
        let error = convert(1.0, unit("kWh"), unit("tCO2e")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot convert kWh (energy) to tCO2e (CO2e mass) without an emission factor"
        );
        assert!(convert(1.0, unit("km"), unit("GJ")).is_err());
    }

    #[test]
    fn base_units_are_the_factor_one_units() {
        let symbols: Vec<&str> = Dimension::ALL
            .iter()
            .map(|d| base_unit(*d).symbol)
            .collect();
        assert_eq!(symbols, ["t", "tCO2e", "GJ", "m3", "km", "pkm", "head"]);
        assert!(Dimension::ALL.iter().all(|d| base_unit(*d).factor == 1.0));
    }
}
