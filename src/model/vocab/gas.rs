//! The seven gases (and gas families) the GPC counts, in the order the
//! inventory schema lists them, with the two spellings the schema uses: a
//! record's key (`co2`, `hfcs`) and the symbol of the inventory's gas list
//! (`CO2`, `HFCs`). Reporters' other spellings are read in
//! `normalize::clean::gas`.

use serde::{Deserialize, Serialize};

/// One gas, or one family of gases stated only in CO2e.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Gas {
    #[serde(rename = "CO2")]
    Co2,
    #[serde(rename = "CH4")]
    Ch4,
    #[serde(rename = "N2O")]
    N2o,
    #[serde(rename = "SF6")]
    Sf6,
    #[serde(rename = "NF3")]
    Nf3,
    #[serde(rename = "HFCs")]
    Hfcs,
    #[serde(rename = "PFCs")]
    Pfcs,
}

impl Gas {
    /// Every gas, in schema order.
    pub const ALL: [Gas; 7] = [
        Gas::Co2,
        Gas::Ch4,
        Gas::N2o,
        Gas::Sf6,
        Gas::Nf3,
        Gas::Hfcs,
        Gas::Pfcs,
    ];

    /// Gases with a GWP of their own: a mass of one is weighted as CO2e.
    pub const WEIGHTED: [Gas; 5] = [Gas::Co2, Gas::Ch4, Gas::N2o, Gas::Sf6, Gas::Nf3];

    /// Families of many species, stated only in CO2e: no single GWP
    /// re-weights them.
    pub const MIXTURES: [Gas; 2] = [Gas::Hfcs, Gas::Pfcs];

    /// The order of the CRF's gas columns (CO2, CH4, N2O, HFCs, PFCs, SF6,
    /// NF3): that of dataset columns and of T001's sum.
    pub const CRF_ORDER: [Gas; 7] = [
        Gas::Co2,
        Gas::Ch4,
        Gas::N2o,
        Gas::Hfcs,
        Gas::Pfcs,
        Gas::Sf6,
        Gas::Nf3,
    ];

    /// The gases in the alphabetical order of their keys. A record's gases
    /// were summed in this order (that of its JSON object) before the model
    /// was typed; sums keep it so that totals stay equal to the last bit.
    pub const KEY_ORDER: [Gas; 7] = [
        Gas::Ch4,
        Gas::Co2,
        Gas::Hfcs,
        Gas::N2o,
        Gas::Nf3,
        Gas::Pfcs,
        Gas::Sf6,
    ];

    /// True for HFCs and PFCs.
    pub fn is_mixture(self) -> bool {
        Gas::MIXTURES.contains(&self)
    }

    /// The key of the gas in a record's `gases` object: `co2`, `hfcs`.
    pub fn key(self) -> &'static str {
        match self {
            Gas::Co2 => "co2",
            Gas::Ch4 => "ch4",
            Gas::N2o => "n2o",
            Gas::Sf6 => "sf6",
            Gas::Nf3 => "nf3",
            Gas::Hfcs => "hfcs",
            Gas::Pfcs => "pfcs",
        }
    }

    /// The name in the inventory's gas list and in the GWP table: `CO2`,
    /// `HFCs`.
    pub fn symbol(self) -> &'static str {
        match self {
            Gas::Co2 => "CO2",
            Gas::Ch4 => "CH4",
            Gas::N2o => "N2O",
            Gas::Sf6 => "SF6",
            Gas::Nf3 => "NF3",
            Gas::Hfcs => "HFCs",
            Gas::Pfcs => "PFCs",
        }
    }

    /// The gas of a record key, exactly as the schema spells it.
    pub fn from_key(key: &str) -> Option<Gas> {
        Gas::ALL.into_iter().find(|gas| gas.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_symbols_are_the_schema_spellings() {
        let keys = Gas::ALL.map(Gas::key);
        assert_eq!(keys, ["co2", "ch4", "n2o", "sf6", "nf3", "hfcs", "pfcs"]);
        let symbols = Gas::ALL.map(Gas::symbol);
        assert_eq!(symbols, ["CO2", "CH4", "N2O", "SF6", "NF3", "HFCs", "PFCs"]);
        for gas in Gas::ALL {
            assert_eq!(Gas::from_key(gas.key()), Some(gas));
            let json = serde_json::to_value(gas).unwrap();
            assert_eq!(json, gas.symbol());
            assert_eq!(serde_json::from_value::<Gas>(json).unwrap(), gas);
        }
        assert_eq!(Gas::from_key("CO2"), None);
    }

    #[test]
    fn weighted_and_mixtures_partition_the_gases() {
        let mut both: Vec<Gas> = Gas::WEIGHTED.into_iter().chain(Gas::MIXTURES).collect();
        both.sort();
        assert_eq!(both, Gas::ALL);
        assert!(Gas::Hfcs.is_mixture() && !Gas::Sf6.is_mixture());
        let mut by_key = Gas::KEY_ORDER.map(Gas::key).to_vec();
        by_key.sort_unstable();
        assert_eq!(by_key, Gas::KEY_ORDER.map(Gas::key));
    }
}
