//! The typed inventory: the city, the inventory's facts, its emission
//! records, the totals it states and its targets. Field names and nesting
//! are those of `schemas/inventory.schema.json`, so that the JSON form of a
//! typed inventory is the published document.

use serde::{Deserialize, Serialize};

use super::lenient::{self, lenient_struct};
use super::record::EmissionRecord;
use super::statements::{ReportedTotal, Target};
use super::vocab::{Date, Gas, GwpSet, Protocol, ReportingLevel};

/// One city's inventory for one year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Inventory {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient::option"
    )]
    pub schema_version: Option<String>,
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub city: City,
    /// The schema's `inventory` object.
    #[serde(
        rename = "inventory",
        default,
        deserialize_with = "lenient::or_default"
    )]
    pub facts: Facts,
    /// `None` when the document has no `emissions` list, which is not the
    /// same document as an empty list.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient::items"
    )]
    pub emissions: Option<Vec<EmissionRecord>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient::items"
    )]
    pub reported_totals: Option<Vec<ReportedTotal>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient::items"
    )]
    pub targets: Option<Vec<Target>>,
}

impl Inventory {
    /// The emission records, in document order (their index is that of
    /// their JSON pointer, `/emissions/<index>`).
    pub fn records(&self) -> &[EmissionRecord] {
        self.emissions.as_deref().unwrap_or_default()
    }

    pub fn records_mut(&mut self) -> &mut [EmissionRecord] {
        self.emissions.as_deref_mut().unwrap_or_default()
    }

    pub fn reported_totals(&self) -> &[ReportedTotal] {
        self.reported_totals.as_deref().unwrap_or_default()
    }

    pub fn targets(&self) -> &[Target] {
        self.targets.as_deref().unwrap_or_default()
    }
}

lenient_struct! {
    /// The city the inventory covers.
    pub struct City {
        pub name: Option<String>,
        /// ISO 3166-1 alpha-2 code.
        pub country: Option<String>,
        pub region: Option<String>,
        pub identifiers: Option<Identifiers>,
        pub population: Option<Population>,
        pub land_area_km2: Option<f64>,
        /// The geographic boundary, in words.
        pub boundary: Option<String>,
    }
}

impl City {
    /// The number of residents, when stated.
    pub fn population_value(&self) -> Option<f64> {
        self.population.as_ref()?.value
    }
}

lenient_struct! {
    /// Codes that identify the city in other registers.
    pub struct Identifiers {
        pub geonames_id: Option<String>,
        pub cdp_account: Option<String>,
        pub un_locode: Option<String>,
        pub gcom_id: Option<String>,
    }
}

lenient_struct! {
    /// Resident population within the boundary.
    pub struct Population {
        pub value: Option<f64>,
        pub year: Option<i64>,
    }
}

lenient_struct! {
    /// What the inventory says about itself: its year or period, method,
    /// GWP set, gases, verification and who compiled it.
    pub struct Facts {
        pub year: Option<i64>,
        /// A reporting period other than the calendar year.
        pub period: Option<Period>,
        pub protocol: Option<Protocol>,
        pub gpc_level: Option<ReportingLevel>,
        /// The set the CO2e figures are in (after `--gwp`, the wanted one).
        pub gwp_set: Option<GwpSet>,
        /// The set the submission declared, when its figures were restated.
        pub declared_gwp_set: Option<GwpSet>,
        pub gwp_explanation: Option<String>,
        /// Why total emissions changed since the last reported inventory.
        pub change_explanation: Option<String>,
        /// The gases the inventory covers.
        pub gases: Option<Vec<Gas>>,
        pub verification: Option<Verification>,
        pub compiler: Option<Compiler>,
        pub submission_date: Option<Date>,
        /// The tool or template the inventory was compiled with.
        pub tool: Option<String>,
        /// The year the inventory was reported in (CDP's `Year Reported to
        /// CDP`), when the submission says.
        pub reporting_year: Option<i64>,
    }
}

lenient_struct! {
    /// First and last day of the reporting period.
    pub struct Period {
        pub start: Option<Date>,
        pub end: Option<Date>,
    }
}

lenient_struct! {
    /// Third-party verification of the inventory.
    pub struct Verification {
        pub verified: Option<bool>,
        pub verifier: Option<String>,
        pub year: Option<i64>,
    }
}

lenient_struct! {
    /// Who compiled the inventory.
    pub struct Compiler {
        pub name: Option<String>,
        pub organisation: Option<String>,
        pub email: Option<String>,
    }
}
