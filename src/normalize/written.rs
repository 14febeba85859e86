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
use crate::diagnostic::{Code, Finding};
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
            .arg("dimension", unit.dimension.name()),
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
