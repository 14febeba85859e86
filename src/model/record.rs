//! Emission records: one GPC cell (or one labelled row) of an inventory,
//! with its gases, total, activity data and emission factor.

use std::collections::BTreeMap;

use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::lenient::lenient_struct;
use super::vocab::{DataQuality, Gas, GpcRef, NotationKey, Scope, StatedRef};

lenient_struct! {
    /// One emission record.
    pub struct EmissionRecord {
        /// The GPC cell, or `null` when the record names none.
        pub gpc_ref: Option<StatedRef>,
        /// The cell the record's labels point to, when they contradict its
        /// `gpc_ref`.
        pub implied_gpc_ref: Option<StatedRef>,
        /// The row's own label, for records without a GPC cell.
        pub label: Option<String>,
        pub sector: Option<String>,
        pub sub_sector: Option<String>,
        /// The scope the submitter wrote beside the record.
        pub scope: Option<Scope>,
        /// The activity or fuel, e.g. `Natural gas`.
        pub activity_label: Option<String>,
        pub notation_key: Option<NotationKey>,
        pub notation_explanation: Option<String>,
        /// For IE: the GPC cell or sector written beside the key.
        pub included_in: Option<String>,
        pub gases: Option<Gases>,
        /// The stated total, in tonnes CO2e.
        #[serde(rename = "total_tco2e")]
        pub total: Option<f64>,
        /// Biogenic CO2 in tonnes, reported outside the scopes.
        #[serde(rename = "biogenic_co2_t")]
        pub biogenic_co2: Option<f64>,
        pub activity: Option<Activity>,
        pub emission_factor: Option<EmissionFactor>,
    }
}

impl EmissionRecord {
    /// The GPC cell the record names, if any.
    pub fn gpc(&self) -> Option<GpcRef> {
        self.gpc_ref.and_then(StatedRef::cell)
    }

    /// The cell the record's labels point to, when the record states
    /// another one.
    pub fn implied_elsewhere(&self) -> Option<GpcRef> {
        let implied = self.implied_gpc_ref.and_then(StatedRef::cell)?;
        (self.gpc()? != implied).then_some(implied)
    }

    /// One gas's amount, when the record states the gas.
    pub fn gas(&self, gas: Gas) -> Option<&GasAmount> {
        self.gases.as_ref()?.get(gas)
    }

    /// One gas in tonnes CO2e.
    pub fn tco2e(&self, gas: Gas) -> Option<f64> {
        self.gas(gas)?.tco2e
    }

    /// One gas as a mass in tonnes.
    pub fn mass(&self, gas: Gas) -> Option<f64> {
        self.gas(gas)?.mass_t
    }

    /// The record's amount in tonnes CO2e: its stated total, or else the
    /// sum of its gases in CO2e; `None` when it states neither.
    pub fn amount(&self) -> Option<f64> {
        if let Some(total) = self.total {
            return Some(total);
        }
        let amounts: Vec<f64> = Gas::KEY_ORDER
            .iter()
            .filter_map(|&gas| self.tco2e(gas))
            .collect();
        (!amounts.is_empty()).then(|| amounts.iter().sum())
    }

    /// The activity's unit as written.
    pub fn activity_unit(&self) -> Option<&str> {
        self.activity.as_ref()?.unit.as_deref()
    }

    /// The emission factor's unit as written.
    pub fn factor_unit(&self) -> Option<&str> {
        self.emission_factor.as_ref()?.unit.as_deref()
    }
}

lenient_struct! {
    /// One gas of a record: in CO2e, and for gases with a GWP of their own
    /// possibly as the mass of the gas.
    pub struct GasAmount {
        pub tco2e: Option<f64>,
        pub mass_t: Option<f64>,
    }
}

/// The gases of a record, by gas. Serialises as the schema's object keyed
/// `co2`, `ch4`, ...; a key the schema does not know, or a gas amount that
/// is not an object, is left out, and HFCs and PFCs have no mass.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gases(BTreeMap<Gas, GasAmount>);

impl Gases {
    pub fn get(&self, gas: Gas) -> Option<&GasAmount> {
        self.0.get(&gas)
    }

    pub fn get_mut(&mut self, gas: Gas) -> Option<&mut GasAmount> {
        self.0.get_mut(&gas)
    }

    pub fn insert(&mut self, gas: Gas, amount: GasAmount) {
        self.0.insert(gas, amount);
    }

    /// The gases stated, in schema order.
    pub fn iter(&self) -> impl Iterator<Item = (Gas, &GasAmount)> {
        self.0.iter().map(|(gas, amount)| (*gas, amount))
    }
}

impl FromIterator<(Gas, GasAmount)> for Gases {
    fn from_iter<I: IntoIterator<Item = (Gas, GasAmount)>>(iter: I) -> Self {
        Gases(iter.into_iter().collect())
    }
}

impl Serialize for Gases {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (gas, amount) in &self.0 {
            map.serialize_entry(gas.key(), amount)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Gases {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let written = BTreeMap::<String, Value>::deserialize(deserializer)?;
        let gases = written.into_iter().filter_map(|(key, value)| {
            let gas = Gas::from_key(&key)?;
            let mut amount = GasAmount::deserialize(value).ok()?;
            if gas.is_mixture() {
                amount.mass_t = None;
            }
            Some((gas, amount))
        });
        Ok(gases.collect())
    }
}

lenient_struct! {
    /// The activity behind a record's emissions.
    pub struct Activity {
        pub amount: Option<f64>,
        pub unit: Option<String>,
        pub description: Option<String>,
        pub source: Option<String>,
        pub data_quality: Option<DataQuality>,
    }
}

lenient_struct! {
    /// The emission factor applied to the activity.
    pub struct EmissionFactor {
        pub unit: Option<String>,
        pub values: Option<FactorValues>,
        pub total: Option<f64>,
        pub source: Option<String>,
        pub data_quality: Option<DataQuality>,
    }
}

lenient_struct! {
    /// An emission factor per gas, in the factor's unit.
    pub struct FactorValues {
        pub co2: Option<f64>,
        pub ch4: Option<f64>,
        pub n2o: Option<f64>,
        pub biogenic_co2: Option<f64>,
    }
}
