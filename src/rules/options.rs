//! The thresholds rules judge by, with their defaults. A project file sets
//! them under `[rules.options]` (kebab-case names, see docs/settings.md);
//! an unknown name or a wrong type is refused with its line.

use serde::{Deserialize, Serialize};

use crate::model::ReportingLevel;

/// Every rule threshold. Defaults are those of the documentation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleOptions {
    /// A stated total agrees with a recomputed one when they differ by no
    /// more than this share of the larger, in percent ...
    pub total_tolerance_percent: f64,
    /// ... or by no more than this many tonnes CO2e.
    pub total_tolerance_tonnes: f64,
    /// BASIC per person below this (t CO2e) is implausible.
    pub basic_per_capita_min: f64,
    /// BASIC per person above this (t CO2e) is implausible.
    pub basic_per_capita_max: f64,
    /// One record above this per person (t CO2e) is implausible.
    pub record_per_capita_max: f64,
    /// The most years between the inventory year and the reporting year.
    pub max_reporting_lag_years: i64,
    /// The most years between the population's year and the inventory's.
    pub population_year_window: i64,
    /// A year-on-year change above this, in percent, needs a reason.
    pub year_on_year_change_percent: f64,
    /// The level whose cells must all hold a value or a notation key; none:
    /// the level the inventory declares (BASIC when it declares none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_level: Option<ReportingLevel>,
}

impl Default for RuleOptions {
    fn default() -> Self {
        RuleOptions {
            total_tolerance_percent: 0.5,
            total_tolerance_tonnes: 1.0,
            basic_per_capita_min: 0.3,
            basic_per_capita_max: 30.0,
            record_per_capita_max: 30.0,
            max_reporting_lag_years: 3,
            population_year_window: 5,
            year_on_year_change_percent: 30.0,
            required_level: None,
        }
    }
}

impl RuleOptions {
    /// These options with those of `table` laid over them; `table` is
    /// checked first ([`RuleOptions::read`]).
    pub fn overlay(&self, table: &toml::Table) -> Result<RuleOptions, toml::de::Error> {
        let mut merged = toml::Table::try_from(self).unwrap_or_default();
        merged.extend(table.iter().map(|(k, v)| (k.clone(), v.clone())));
        toml::Value::Table(merged).try_into()
    }

    /// The largest difference two totals may have and still agree: the
    /// tolerance in tonnes or the percentage of the larger, whichever is
    /// more.
    pub fn tolerance(&self, a: f64, b: f64) -> f64 {
        let larger = a.abs().max(b.abs());
        self.total_tolerance_tonnes
            .max(larger * self.total_tolerance_percent / 100.0)
    }

    /// True when two totals agree within [`RuleOptions::tolerance`].
    pub fn agree(&self, a: f64, b: f64) -> bool {
        (a - b).abs() <= self.tolerance(a, b)
    }

    /// Why these options cannot be used, if they cannot (a negative
    /// tolerance, bounds the wrong way round).
    pub fn problem(&self) -> Option<&'static str> {
        let tolerances = [
            self.total_tolerance_percent,
            self.total_tolerance_tonnes,
            self.year_on_year_change_percent,
        ];
        if tolerances.iter().any(|t| !t.is_finite() || *t < 0.0) {
            return Some("tolerances and thresholds cannot be negative");
        }
        if self.basic_per_capita_min > self.basic_per_capita_max {
            return Some("basic-per-capita-min is above basic-per-capita-max");
        }
        if self.max_reporting_lag_years < 0 || self.population_year_window < 0 {
            return Some("year windows cannot be negative");
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tolerance_is_the_larger_of_tonnes_and_percent() {
        let options = RuleOptions::default();
        assert_eq!(options.tolerance(10.0, 11.0), 1.0);
        assert_eq!(options.tolerance(1000.0, 2000.0), 10.0);
        assert!(options.agree(100.0, 101.0));
        assert!(!options.agree(100.0, 101.5));
        assert!(options.agree(1_000_000.0, 1_004_000.0));
        assert!(!options.agree(1_000_000.0, 1_006_000.0));
    }

    #[test]
    fn options_are_read_by_their_kebab_case_names() {
        let options: RuleOptions = toml::from_str("total-tolerance-percent = 1.5").unwrap();
        assert_eq!(options.total_tolerance_percent, 1.5);
        assert_eq!(options.total_tolerance_tonnes, 1.0);
        assert!(toml::from_str::<RuleOptions>("tolerance = 1").is_err());
        let wrong = RuleOptions {
            basic_per_capita_min: 40.0,
            ..RuleOptions::default()
        };
        assert!(wrong.problem().is_some());
        assert_eq!(RuleOptions::default().problem(), None);
    }
}
