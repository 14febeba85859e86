//! Typed keys of the inventory's fields, and their JSON pointers. The
//! source map keys cells by pointer because the extractors and the schema
//! check work on the JSON document; later stages name a field by key
//! (`Field::Record(3, RecordField::Total)`) and convert when they ask the
//! source map for its cell. A key names a field whether or not the
//! inventory holds it: an absent field still has the cell where it would
//! be written.

use super::vocab::Gas;

/// Declares a key enum with the pointer path of each variant below its
/// object (`""` for the object itself), and both conversions from one
/// list.
macro_rules! keys {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $path:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $( $(#[$vmeta])* $variant, )* }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),*];

            /// The pointer path below the object, e.g. `/population/value`.
            pub fn path(self) -> &'static str {
                match self { $($name::$variant => $path,)* }
            }

            fn from_path(path: &str) -> Option<Self> {
                match path { $($path => Some($name::$variant),)* _ => None }
            }
        }
    };
}

keys! {
    /// A field of the `city` object.
    pub enum CityField {
        Whole => "",
        Name => "/name",
        Country => "/country",
        Region => "/region",
        Identifiers => "/identifiers",
        GeonamesId => "/identifiers/geonames_id",
        CdpAccount => "/identifiers/cdp_account",
        UnLocode => "/identifiers/un_locode",
        GcomId => "/identifiers/gcom_id",
        Population => "/population",
        PopulationValue => "/population/value",
        PopulationYear => "/population/year",
        LandArea => "/land_area_km2",
        Boundary => "/boundary",
    }
}

keys! {
    /// A field of the `inventory` object (the inventory's facts).
    pub enum FactField {
        Whole => "",
        Year => "/year",
        Period => "/period",
        PeriodStart => "/period/start",
        PeriodEnd => "/period/end",
        Protocol => "/protocol",
        GpcLevel => "/gpc_level",
        GwpSet => "/gwp_set",
        DeclaredGwpSet => "/declared_gwp_set",
        GwpExplanation => "/gwp_explanation",
        ChangeExplanation => "/change_explanation",
        Gases => "/gases",
        Verification => "/verification",
        Verified => "/verification/verified",
        Verifier => "/verification/verifier",
        VerificationYear => "/verification/year",
        Compiler => "/compiler",
        CompilerName => "/compiler/name",
        CompilerOrganisation => "/compiler/organisation",
        CompilerEmail => "/compiler/email",
        SubmissionDate => "/submission_date",
        Tool => "/tool",
        ReportingYear => "/reporting_year",
    }
}

keys! {
    /// A field of an emission record (its gases are [`Field::Gas`]).
    pub enum RecordField {
        Whole => "",
        GpcRef => "/gpc_ref",
        ImpliedGpcRef => "/implied_gpc_ref",
        Label => "/label",
        Sector => "/sector",
        SubSector => "/sub_sector",
        Scope => "/scope",
        ActivityLabel => "/activity_label",
        NotationKey => "/notation_key",
        NotationExplanation => "/notation_explanation",
        IncludedIn => "/included_in",
        Gases => "/gases",
        Total => "/total_tco2e",
        BiogenicCo2 => "/biogenic_co2_t",
        Activity => "/activity",
        ActivityAmount => "/activity/amount",
        ActivityUnit => "/activity/unit",
        ActivityDescription => "/activity/description",
        ActivitySource => "/activity/source",
        ActivityDataQuality => "/activity/data_quality",
        EmissionFactor => "/emission_factor",
        FactorUnit => "/emission_factor/unit",
        FactorValues => "/emission_factor/values",
        FactorCo2 => "/emission_factor/values/co2",
        FactorCh4 => "/emission_factor/values/ch4",
        FactorN2o => "/emission_factor/values/n2o",
        FactorBiogenicCo2 => "/emission_factor/values/biogenic_co2",
        FactorTotal => "/emission_factor/total",
        FactorSource => "/emission_factor/source",
        FactorDataQuality => "/emission_factor/data_quality",
    }
}

keys! {
    /// A part of one gas of a record.
    pub enum GasPart {
        Whole => "",
        Tco2e => "/tco2e",
        MassT => "/mass_t",
    }
}

keys! {
    /// A field of a reported total.
    pub enum ReportedField {
        Whole => "",
        Framework => "/framework",
        Label => "/label",
        Sector => "/sector",
        Scope => "/scope",
        Column => "/column",
        Value => "/value",
        NotationKey => "/notation_key",
        NotationExplanation => "/notation_explanation",
        IncludedIn => "/included_in",
        Unit => "/unit",
    }
}

keys! {
    /// A field of a target.
    pub enum TargetField {
        Whole => "",
        Kind => "/type",
        BaseYear => "/base_year",
        BaseYearEmissions => "/base_year_emissions_tco2e",
        TargetYear => "/target_year",
        ReductionPercent => "/reduction_percent",
        Coverage => "/coverage",
    }
}

/// One field of an inventory, wherever it sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The whole document.
    Root,
    SchemaVersion,
    City(CityField),
    Facts(FactField),
    /// The list of emission records.
    Records,
    /// A field of the record at this index.
    Record(usize, RecordField),
    /// One gas of the record at this index.
    Gas(usize, Gas, GasPart),
    ReportedTotals,
    ReportedTotal(usize, ReportedField),
    Targets,
    Target(usize, TargetField),
}

const CITY: &str = "/city";
const FACTS: &str = "/inventory";
const RECORDS: &str = "/emissions";
const REPORTED: &str = "/reported_totals";
const TARGETS: &str = "/targets";
const SCHEMA_VERSION: &str = "/schema_version";
const GASES: &str = "/gases/";

impl Field {
    /// The JSON pointer of the field in the inventory document, as the
    /// source map keys it.
    pub fn pointer(self) -> String {
        match self {
            Field::Root => String::new(),
            Field::SchemaVersion => SCHEMA_VERSION.to_owned(),
            Field::City(field) => format!("{CITY}{}", field.path()),
            Field::Facts(field) => format!("{FACTS}{}", field.path()),
            Field::Records => RECORDS.to_owned(),
            Field::Record(index, field) => format!("{RECORDS}/{index}{}", field.path()),
            Field::Gas(index, gas, part) => {
                format!("{RECORDS}/{index}{GASES}{}{}", gas.key(), part.path())
            }
            Field::ReportedTotals => REPORTED.to_owned(),
            Field::ReportedTotal(index, field) => format!("{REPORTED}/{index}{}", field.path()),
            Field::Targets => TARGETS.to_owned(),
            Field::Target(index, field) => format!("{TARGETS}/{index}{}", field.path()),
        }
    }

    /// The field of a pointer, when it names one the schema defines.
    pub fn from_pointer(pointer: &str) -> Option<Field> {
        if pointer.is_empty() {
            return Some(Field::Root);
        }
        if pointer == SCHEMA_VERSION {
            return Some(Field::SchemaVersion);
        }
        if let Some(path) = pointer.strip_prefix(CITY) {
            return CityField::from_path(path).map(Field::City);
        }
        if let Some(path) = pointer.strip_prefix(FACTS) {
            return FactField::from_path(path).map(Field::Facts);
        }
        if let Some(item) = list_item(pointer, RECORDS) {
            let (index, path) = item?;
            if let Some(gas_path) = path.strip_prefix(GASES) {
                let (key, part) = gas_path.split_at(gas_path.find('/').unwrap_or(gas_path.len()));
                let gas = Gas::from_key(key)?;
                return GasPart::from_path(part).map(|part| Field::Gas(index, gas, part));
            }
            return RecordField::from_path(path).map(|field| Field::Record(index, field));
        }
        if let Some(item) = list_item(pointer, REPORTED) {
            let (index, path) = item?;
            return ReportedField::from_path(path).map(|f| Field::ReportedTotal(index, f));
        }
        if let Some(item) = list_item(pointer, TARGETS) {
            let (index, path) = item?;
            return TargetField::from_path(path).map(|f| Field::Target(index, f));
        }
        match pointer {
            RECORDS => Some(Field::Records),
            REPORTED => Some(Field::ReportedTotals),
            TARGETS => Some(Field::Targets),
            _ => None,
        }
    }
}

/// For a pointer into the list at `list` (`/emissions/3/scope`): `Some`
/// of the item's index and the path below it, or `Some(None)` when the
/// index is not a number; `None` for pointers outside the list's items.
fn list_item<'a>(pointer: &'a str, list: &str) -> Option<Option<(usize, &'a str)>> {
    let rest = pointer.strip_prefix(list)?.strip_prefix('/')?;
    let (index, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    Some(index.parse().ok().map(|index| (index, path)))
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.pointer())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the schema has, for records, totals and targets at index 7.
    fn every_field() -> Vec<Field> {
        let mut all = vec![
            Field::Root,
            Field::SchemaVersion,
            Field::Records,
            Field::ReportedTotals,
            Field::Targets,
        ];
        all.extend(CityField::ALL.iter().map(|&f| Field::City(f)));
        all.extend(FactField::ALL.iter().map(|&f| Field::Facts(f)));
        all.extend(RecordField::ALL.iter().map(|&f| Field::Record(7, f)));
        for gas in Gas::ALL {
            all.extend(GasPart::ALL.iter().map(|&p| Field::Gas(7, gas, p)));
        }
        all.extend(
            ReportedField::ALL
                .iter()
                .map(|&f| Field::ReportedTotal(7, f)),
        );
        all.extend(TargetField::ALL.iter().map(|&f| Field::Target(7, f)));
        all
    }

    #[test]
    fn keys_and_pointers_convert_both_ways() {
        for field in every_field() {
            let pointer = field.pointer();
            assert_eq!(Field::from_pointer(&pointer), Some(field), "{pointer}");
        }
    }

    #[test]
    fn pointers_are_those_of_the_document() {
        let cases = [
            (
                Field::City(CityField::PopulationValue),
                "/city/population/value",
            ),
            (Field::Facts(FactField::GwpSet), "/inventory/gwp_set"),
            (Field::Record(3, RecordField::Whole), "/emissions/3"),
            (
                Field::Record(3, RecordField::Total),
                "/emissions/3/total_tco2e",
            ),
            (
                Field::Gas(0, Gas::Co2, GasPart::Tco2e),
                "/emissions/0/gases/co2/tco2e",
            ),
            (
                Field::Gas(2, Gas::Hfcs, GasPart::Whole),
                "/emissions/2/gases/hfcs",
            ),
            (
                Field::Record(12, RecordField::FactorCo2),
                "/emissions/12/emission_factor/values/co2",
            ),
            (
                Field::ReportedTotal(1, ReportedField::Value),
                "/reported_totals/1/value",
            ),
            (Field::Target(0, TargetField::Kind), "/targets/0/type"),
            (Field::Records, "/emissions"),
            (Field::Root, ""),
        ];
        for (field, pointer) in cases {
            assert_eq!(field.pointer(), pointer);
        }
    }

    #[test]
    fn pointers_outside_the_schema_name_no_field() {
        for pointer in [
            "/extra",
            "/city/nickname",
            "/emissions/x/scope",
            "/emissions/1/gases/h2o/tco2e",
            "/emissions/1/gases/co2/kg",
            "/emissionsx",
            "/inventory/gases/0",
        ] {
            assert_eq!(Field::from_pointer(pointer), None, "{pointer}");
        }
    }
}
