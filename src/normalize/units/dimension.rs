//! The physical quantities a unit can measure, and the base unit each one
//! is converted to (t, tCO2e, GJ, m3, km, pkm, head).

use serde::{Deserialize, Serialize};

/// What a unit measures. Values convert only within one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Mass of a fuel, a material or one gas; base unit t.
    Mass,
    /// CO2-equivalent mass (gases weighted by GWP); base unit tCO2e.
    Co2eMass,
    /// Base unit GJ.
    Energy,
    /// Base unit m3.
    Volume,
    /// Distance, including vehicle-distance (vkm, VMT); base unit km.
    Distance,
    /// Passengers times distance; base unit pkm.
    PassengerDistance,
    /// Animals counted (livestock activity data); base unit head.
    Count,
}

impl Dimension {
    /// Every dimension, in declaration order (`ALL[d as usize] == d`).
    pub const ALL: [Dimension; 7] = [
        Dimension::Mass,
        Dimension::Co2eMass,
        Dimension::Energy,
        Dimension::Volume,
        Dimension::Distance,
        Dimension::PassengerDistance,
        Dimension::Count,
    ];

    /// Symbol of the unit whose factor is 1.
    pub fn base_symbol(self) -> &'static str {
        match self {
            Dimension::Mass => "t",
            Dimension::Co2eMass => "tCO2e",
            Dimension::Energy => "GJ",
            Dimension::Volume => "m3",
            Dimension::Distance => "km",
            Dimension::PassengerDistance => "pkm",
            Dimension::Count => "head",
        }
    }

    /// Name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Mass => "mass",
            Dimension::Co2eMass => "CO2e mass",
            Dimension::Energy => "energy",
            Dimension::Volume => "volume",
            Dimension::Distance => "distance",
            Dimension::PassengerDistance => "passenger distance",
            Dimension::Count => "count of animals",
        }
    }

    /// The name as a word of the message catalogue (`dimension-energy`),
    /// for messages in the report's language.
    pub fn word(self) -> &'static str {
        match self {
            Dimension::Mass => "dimension-mass",
            Dimension::Co2eMass => "dimension-co2e-mass",
            Dimension::Energy => "dimension-energy",
            Dimension::Volume => "dimension-volume",
            Dimension::Distance => "dimension-distance",
            Dimension::PassengerDistance => "dimension-passenger-distance",
            Dimension::Count => "dimension-count",
        }
    }
}

impl std::fmt::Display for Dimension {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_declaration_order() {
        for (i, dimension) in Dimension::ALL.iter().enumerate() {
            assert_eq!(*dimension as usize, i);
        }
    }

    #[test]
    fn dimensions_serialize_in_snake_case() {
        let names: Vec<String> = Dimension::ALL
            .iter()
            .map(|d| serde_json::to_string(d).unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "\"mass\"",
                "\"co2e_mass\"",
                "\"energy\"",
                "\"volume\"",
                "\"distance\"",
                "\"passenger_distance\"",
                "\"count\""
            ]
        );
    }
}
