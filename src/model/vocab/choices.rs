//! The schema's other closed lists: notation keys, protocols, GPC reporting
//! levels, data-quality ratings, frameworks of reported totals and kinds of
//! target. Each serialises as the schema spells it.

use serde::{Deserialize, Serialize};

/// A GPC notation key, written instead of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NotationKey {
    /// NO: the activity does not occur in the city.
    #[serde(rename = "NO")]
    NotOccurring,
    /// IE: included elsewhere (in another GPC cell).
    #[serde(rename = "IE")]
    IncludedElsewhere,
    /// NE: occurs but was not estimated.
    #[serde(rename = "NE")]
    NotEstimated,
    /// C: confidential.
    #[serde(rename = "C")]
    Confidential,
}

impl NotationKey {
    pub const ALL: [NotationKey; 4] = [
        NotationKey::NotOccurring,
        NotationKey::IncludedElsewhere,
        NotationKey::NotEstimated,
        NotationKey::Confidential,
    ];

    /// `NO`, `IE`, `NE` or `C`.
    pub fn code(self) -> &'static str {
        match self {
            NotationKey::NotOccurring => "NO",
            NotationKey::IncludedElsewhere => "IE",
            NotationKey::NotEstimated => "NE",
            NotationKey::Confidential => "C",
        }
    }
}

impl std::fmt::Display for NotationKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The method an inventory follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    Gpc,
    GcomCrf,
    #[serde(rename = "ipcc-2006")]
    Ipcc2006,
    Other,
}

/// The GPC reporting level an inventory claims (GPC chapter 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportingLevel {
    Basic,
    BasicPlus,
}

/// A GPC data-quality rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataQuality {
    #[serde(rename = "H")]
    High,
    #[serde(rename = "M")]
    Medium,
    #[serde(rename = "L")]
    Low,
}

impl DataQuality {
    /// `H`, `M` or `L`.
    pub fn code(self) -> &'static str {
        match self {
            DataQuality::High => "H",
            DataQuality::Medium => "M",
            DataQuality::Low => "L",
        }
    }
}

/// The reporting framework a stated total belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Framework {
    Gpc,
    Crf,
    Cdp,
    Template,
    Other,
}

/// The kind of a mitigation target (GCoM CRF target types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    BaseYear,
    FixedLevel,
    BaselineScenario,
    Intensity,
    CarbonNeutral,
    NetZero,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn spelled<T: Serialize>(value: T) -> Value {
        serde_json::to_value(value).unwrap()
    }

    #[test]
    fn every_choice_is_spelled_as_the_schema_spells_it() {
        assert_eq!(
            NotationKey::ALL.map(spelled),
            [json!("NO"), json!("IE"), json!("NE"), json!("C")]
        );
        assert_eq!(
            NotationKey::ALL.map(NotationKey::code),
            ["NO", "IE", "NE", "C"]
        );
        assert_eq!(spelled(Protocol::GcomCrf), json!("gcom-crf"));
        assert_eq!(spelled(Protocol::Ipcc2006), json!("ipcc-2006"));
        assert_eq!(spelled(ReportingLevel::BasicPlus), json!("basic-plus"));
        assert_eq!(spelled(DataQuality::Medium), json!("M"));
        assert_eq!(DataQuality::Low.code(), "L");
        assert_eq!(spelled(Framework::Crf), json!("crf"));
        assert_eq!(spelled(TargetKind::NetZero), json!("net-zero"));
        assert!(serde_json::from_value::<NotationKey>(json!("NA")).is_err());
    }
}
