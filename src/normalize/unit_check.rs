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
        Lookup::Ambiguous { unit, why } => ambiguous(written, Some(unit.symbol), why),
        Lookup::Unknown { .. } => {
            let finding = Finding::new(Code::UnknownActivityUnit, "u001-unknown-activity-unit")
                .arg("unit", written);
            match suggestions(written) {
                Some(near) => finding
                    .arg("suggestions", near)
                    .help("u001-did-you-mean-help"),
                None => finding.help("u001-unknown-activity-unit-help"),
            }
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
            Some(why) => ambiguous(written, None, why),
        },
        None => Finding::new(Code::UnknownActivityUnit, "u001-unknown-factor-unit")
            .arg("unit", written)
            .help("u001-unknown-factor-unit-help"),
    };
    Some(
        finding
            .at_field(sources, field)
            .value(Some(written.to_owned())),
    )
}

/// U005; `read_as` is the unit's symbol, or none for an emission-factor
/// unit read as written. `why` is the unit table's note on the spelling.
fn ambiguous(written: &str, read_as: Option<&str>, why: &str) -> Finding {
    let finding = match read_as {
        Some(symbol) => {
            Finding::new(Code::AmbiguousUnit, "u005-ambiguous-unit-read-as").arg("read_as", symbol)
        }
        None => Finding::new(Code::AmbiguousUnit, "u005-ambiguous-factor-unit"),
    };
    finding
        .arg("unit", written)
        .arg("why", why)
        .help("u005-ambiguous-unit-help")
}

/// The closest spellings of a unit the table does not know, as
/// ``` `kWh` or `kW` ```.
pub fn suggestions(written: &str) -> Option<String> {
    let Lookup::Unknown { suggestions } = units::lookup(written) else {
        return None;
    };
    let names: Vec<String> = suggestions.iter().map(|n| format!("`{n}`")).collect();
    (!names.is_empty()).then(|| names.join(" or "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// (code, message id, help id, arguments) of each finding.
    fn found(
        inventory: &Inventory,
    ) -> Vec<(Code, &'static str, Option<&'static str>, Vec<String>)> {
        check(inventory, &SourceMap::default())
            .into_iter()
            .map(|f| {
                let args = f.args.pairs();
                (f.code, f.message, f.help, args)
            })
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
        let found = found(&doc);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(
            found[0],
            (
                Code::UnknownActivityUnit,
                "u001-unknown-activity-unit",
                Some("u001-did-you-mean-help"),
                vec!["unit=kwhh".to_owned(), "suggestions=`kWh`".to_owned()]
            )
        );
        assert_eq!(found[1].0, Code::AmbiguousUnit);
        assert_eq!(found[1].1, "u005-ambiguous-unit-read-as");
        assert_eq!(found[1].3[..2], ["read_as=therm", "unit=therm"]);
        assert_eq!(
            found[2],
            (
                Code::UnknownActivityUnit,
                "u001-unknown-factor-unit",
                Some("u001-unknown-factor-unit-help"),
                vec!["unit=kg per bucket".to_owned()]
            )
        );
    }
}
