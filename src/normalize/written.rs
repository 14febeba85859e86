//! Amounts of CO2e written in a unit of their own (a CityCatalyst total in
//! `kg CO2e`, its gas columns in kg) are converted to tonnes here, before
//! the schema check: the extractor keeps what the file says, this step
//! judges the unit. A unit that is not a mass of CO2e, or that the unit
//! table does not know, leaves the amount out with `X003`; a blank unit
//! with `X006`; a spelling that may mean two units is read as the table
//! says, with one `U005` per spelling.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::units::{self, Dimension, Lookup};
use crate::diagnostic::{Arg, Code, Finding};
use crate::model::source_map::{SourceMap, WrittenAmount};

/// Converts every written amount of the document to tonnes CO2e.
pub fn convert(document: &mut Value, sources: &mut SourceMap) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut warned = BTreeSet::new();
    for amount in sources.take_written() {
        match read_unit(&amount, &mut warned) {
            Reading::Tonnes(factor, ambiguity) => {
                if let Some(warning) = ambiguity {
                    findings.push(warning);
                }
                if let Some(slot) = document.pointer_mut(&amount.pointer) {
                    *slot = json!(units::scale(amount.value, factor));
                }
                if let Some(unit) = &amount.unit {
                    sources.note_unit(amount.pointer.clone(), unit, factor);
                }
            }
            Reading::Refused(finding) => {
                remove(document, &amount.pointer);
                findings.push(finding);
            }
        }
    }
    findings
}

/// How an amount's unit reads.
enum Reading {
    /// The factor to tonnes CO2e and, the first time a spelling may mean two
    /// units, the warning that says how it is read.
    Tonnes(f64, Option<Finding>),
    /// Why the amount cannot be counted.
    Refused(Finding),
}

fn read_unit(amount: &WrittenAmount, warned: &mut BTreeSet<String>) -> Reading {
    let at = |finding: Finding| {
        finding
            .at(amount.unit_cell.clone())
            .field(Some(amount.unit_field.clone()))
    };
    let Some(written) = amount.unit.as_deref() else {
        return Reading::Refused(at(Finding::new(
            Code::MissingUnit,
            "x006-amount-without-unit",
        )
        .arg("column", amount.field.as_str())
        .arg("amount", amount.as_written.as_str())
        .pointer(amount.pointer.clone())
        .help("x006-amount-without-unit-help")));
    };
    let (unit, ambiguity) = match units::lookup(written) {
        Lookup::Known(unit) => (Some(unit), None),
        Lookup::Ambiguous { unit, why } => (Some(unit), Some(why)),
        Lookup::Unknown { .. } => (None, None),
    };
    let refused = match unit {
        Some(unit) if unit.dimension == Dimension::Co2eMass => {
            let warning = ambiguity
                .filter(|_| warned.insert(written.to_owned()))
                .map(|why| {
                    at(
                        Finding::new(Code::AmbiguousUnit, "u005-ambiguous-total-unit")
                            .arg("unit", written)
                            .arg("read_as", unit.symbol)
                            .arg("why", why)
                            .value(Some(written.to_owned()))
                            .help("u005-ambiguous-total-unit-help"),
                    )
                });
            return Reading::Tonnes(unit.factor, warning);
        }
        Some(unit) => Finding::new(Code::UnknownUnit, "x003-total-unit-not-co2e")
            .arg("dimension", Arg::Word(unit.dimension.word())),
        None => Finding::new(Code::UnknownUnit, "x003-total-unit-unknown"),
    };
    let refused = refused.arg("unit", written);
    let refused = match super::unit_check::suggestions(written) {
        Some(near) => refused
            .arg("suggestions", near)
            .help("x003-total-unit-suggestion-help"),
        None => refused.help("x003-total-unit-help"),
    };
    Reading::Refused(at(refused.value(Some(written.to_owned()))))
}

fn remove(document: &mut Value, pointer: &str) {
    if let Some((parent, key)) = pointer.rsplit_once('/')
        && let Some(Value::Object(map)) = document.pointer_mut(parent)
    {
        map.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::CellRef;

    fn amount(pointer: &str, value: f64, unit: Option<&str>) -> WrittenAmount {
        WrittenAmount {
            pointer: pointer.to_owned(),
            value,
            as_written: value.to_string(),
            field: "Total Emissions".to_owned(),
            unit: unit.map(str::to_owned),
            unit_cell: Some(CellRef::new(None, 1, 5)),
            unit_field: "Total Emission Units".to_owned(),
        }
    }

    fn run(amounts: Vec<WrittenAmount>) -> (Value, SourceMap, Vec<Finding>) {
        let mut document = json!({"emissions": [
            {"total_tco2e": 0}, {"total_tco2e": 0}, {"total_tco2e": 0}, {"total_tco2e": 0}
        ]});
        for a in &amounts {
            *document.pointer_mut(&a.pointer).unwrap() = json!(a.value);
        }
        let mut sources = SourceMap::default();
        amounts.into_iter().for_each(|a| sources.push_written(a));
        let findings = convert(&mut document, &mut sources);
        (document, sources, findings)
    }

    #[test]
    fn a_known_mass_of_co2e_becomes_tonnes_and_keeps_its_unit() {
        let (doc, sources, findings) = run(vec![amount(
            "/emissions/0/total_tco2e",
            2_050_500.0,
            Some("kg CO2e"),
        )]);
        assert!(findings.is_empty());
        assert_eq!(doc["emissions"][0]["total_tco2e"], json!(2050.5));
        assert_eq!(
            sources.unit("/emissions/0/total_tco2e"),
            Some(("kg CO2e", 0.001))
        );
        assert!(sources.clone().take_written().is_empty());
    }

    #[test]
    fn units_that_cannot_be_counted_leave_the_amount_out_with_their_finding() {
        let (doc, _, findings) = run(vec![
            amount("/emissions/0/total_tco2e", 10.0, Some("MWh")),
            amount("/emissions/1/total_tco2e", 10.0, Some("tCO2r")),
            amount("/emissions/2/total_tco2e", 250.0, None),
        ]);
        let got: Vec<(Code, &str, Vec<String>, Option<&str>)> = findings
            .iter()
            .map(|f| (f.code, f.message, f.args.pairs(), f.pointer.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Code::UnknownUnit,
                    "x003-total-unit-not-co2e",
                    vec![
                        "dimension=dimension-energy".to_owned(),
                        "unit=MWh".to_owned()
                    ],
                    None
                ),
                (
                    Code::UnknownUnit,
                    "x003-total-unit-unknown",
                    vec!["unit=tCO2r".to_owned(), "suggestions=`tCO2e`".to_owned()],
                    None
                ),
                (
                    Code::MissingUnit,
                    "x006-amount-without-unit",
                    vec!["column=Total Emissions".to_owned(), "amount=250".to_owned()],
                    Some("/emissions/2/total_tco2e")
                ),
            ]
        );
        assert!(
            findings
                .iter()
                .all(|f| f.cell.as_ref().is_some_and(|c| c.a1() == "F2"))
        );
        for i in 0..3 {
            assert_eq!(doc["emissions"][i].get("total_tco2e"), None, "{i}");
        }
    }

    #[test]
    fn an_ambiguous_spelling_is_read_as_the_table_says_with_one_warning() {
        let (doc, _, findings) = run(vec![
            amount("/emissions/0/total_tco2e", 3.0, Some("MT CO2e")),
            amount("/emissions/1/total_tco2e", 4.0, Some("MT CO2e")),
        ]);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, Code::AmbiguousUnit);
        assert_eq!(findings[0].value.as_deref(), Some("MT CO2e"));
        assert_eq!(doc["emissions"][1]["total_tco2e"], json!(4.0));
    }
}
