//! Units of activity data and of emission factors, checked against the
//! unit table: an unknown unit gets a finding with the closest spellings,
//! an ambiguous one (US `MT`, a bare `therm`) a finding saying how it is
//! read.

use super::units::{self, Lookup};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::{Locate, SourceMap};
use crate::model::{Field, Inventory, RecordField};

pub fn check(inventory: &Inventory, sources: &SourceMap) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, record) in inventory.records().iter().enumerate() {
        if let Some(unit) = record.activity_unit() {
            let field = Field::Record(index, RecordField::ActivityUnit);
            findings.extend(activity_unit(unit, sources, field));
        }
        if let Some(unit) = record.factor_unit() {
            let field = Field::Record(index, RecordField::FactorUnit);
            findings.extend(factor_unit(unit, sources, field));
        }
    }
    findings
}

fn activity_unit(written: &str, sources: &SourceMap, field: Field) -> Option<Finding> {
    let finding = match units::lookup(written) {
        Lookup::Known(_) => return None,
        Lookup::Ambiguous { unit, why } => ambiguous(written, unit.symbol, why),
        Lookup::Unknown { .. } => {
            let help = did_you_mean(written).unwrap_or_else(|| {
                "write a unit of the table in schemas/units.csv, e.g. kWh, GJ, m3, L, t, km"
                    .to_owned()
            });
            Finding::new(
                Code::UnknownActivityUnit,
                format!("the activity unit `{written}` is not in the unit table"),
            )
            .help(help)
        }
    };
    Some(
        finding
            .at_field(sources, field)
            .value(Some(written.to_owned())),
    )
}

fn factor_unit(written: &str, sources: &SourceMap, field: Field) -> Option<Finding> {
    let finding = match units::emission_factor(written) {
        Some(unit) => match unit.ambiguity {
            None => return None,
            Some(why) => ambiguous(written, "the unit", why),
        },
        None => Finding::new(
            Code::UnknownActivityUnit,
            format!("the emission-factor unit `{written}` is not a mass per quantity ghgcheck knows"),
        )
        .help("write it as a mass (or mass of CO2e) per energy, volume, mass or distance, e.g. kg/TJ, gCO2e/MJ, tCO2e/MWh"),
    };
    Some(
        finding
            .at_field(sources, field)
            .value(Some(written.to_owned())),
    )
}

fn ambiguous(written: &str, read_as: &str, why: &str) -> Finding {
    Finding::new(
        Code::AmbiguousUnit,
        format!("the unit `{written}` is ambiguous; it is read as {read_as}"),
    )
    .help(format!("{why}; write the unambiguous spelling"))
}

/// `did you mean `kWh`?` for a unit the table does not know but has close
/// spellings of.
pub fn did_you_mean(written: &str) -> Option<String> {
    let Lookup::Unknown { suggestions } = units::lookup(written) else {
        return None;
    };
    let names: Vec<String> = suggestions.iter().map(|n| format!("`{n}`")).collect();
    (!names.is_empty()).then(|| format!("did you mean {}?", names.join(" or ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes(inventory: &Inventory) -> Vec<(Code, String)> {
        check(inventory, &SourceMap::default())
            .into_iter()
            .map(|f| (f.code, f.args.get("text").unwrap().to_string()))
            .collect()
    }

    #[test]
    fn unknown_and_ambiguous_units_are_findings() {
        let doc = json!({"emissions": [
            {"activity": {"amount": 1.0, "unit": "kwhh"}},
            {"activity": {"amount": 1.0, "unit": "therm"}, "emission_factor": {"unit": "kg/TJ"}},
            {"activity": {"amount": 1.0, "unit": "MJ"}, "emission_factor": {"unit": "kg per bucket"}}
        ]});
        let doc = Inventory::from_json(&doc).inventory;
        let found = codes(&doc);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].0, Code::UnknownActivityUnit);
        assert_eq!(
            found[1],
            (
                Code::AmbiguousUnit,
                "the unit `therm` is ambiguous; it is read as therm".to_owned()
            )
        );
        assert_eq!(found[2].0, Code::UnknownActivityUnit);
        let help = check(&doc, &SourceMap::default())[0]
            .args
            .get("help_text")
            .unwrap()
            .to_string();
        assert_eq!(help, "did you mean `kWh`?");
    }
}
