//! X008: the file is a blank template. A template as published (the eCRF
//! workbook with `Please select` in every dropdown and its pre-filled
//! notation keys, the workbook `ghgcheck template` writes, a file whose
//! fields are `{{...}}` placeholders, which are read as empty) names no
//! city and no year and states no emission figure. It gets this one
//! finding; the pipeline drops the inventory's other findings
//! ([`keep_only_blank_template`]), which would all say "empty" cell by cell.

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::Inventory;

/// True when the inventory names no city and no year and holds no figure:
/// no amount, gas or activity amount in any record, no value in any
/// reported total. Notation keys do not count: templates come with them.
pub fn is_blank(inventory: &Inventory) -> bool {
    let named = inventory.city.name.is_some() || inventory.facts.year.is_some();
    let figure = inventory.records().iter().any(|r| {
        r.amount().is_some()
            || r.biogenic_co2.is_some()
            || r.activity.as_ref().is_some_and(|a| a.amount.is_some())
    }) || inventory
        .reported_totals()
        .iter()
        .any(|t| t.value.is_some());
    !named && !figure
}

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    if is_blank(ctx.inventory) {
        out.push(
            Finding::new(Code::BlankTemplate, "x008-blank-template")
                .help("x008-blank-template-help"),
        );
    }
}

/// When the inventory is a blank template, keeps its X008 alone.
pub fn keep_only_blank_template(findings: &mut Vec<Finding>) {
    if findings.iter().any(|f| f.code == Code::BlankTemplate) {
        findings.retain(|f| f.code == Code::BlankTemplate);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::model::{EmissionRecord, NotationKey, ReportedTotal};

    fn keyed() -> EmissionRecord {
        EmissionRecord {
            notation_key: Some(NotationKey::NotOccurring),
            ..Default::default()
        }
    }

    #[test]
    fn a_template_with_only_its_default_keys_is_blank() {
        let mut inventory = Inventory {
            emissions: Some(vec![keyed(), keyed()]),
            reported_totals: Some(vec![ReportedTotal {
                label: Some("Total Waste".to_owned()),
                notation_key: Some(NotationKey::NotOccurring),
                ..Default::default()
            }]),
            ..Default::default()
        };
        let found = Case::of(inventory.clone()).run_inventory(check);
        let got: Vec<(Code, Option<&str>)> = found
            .iter()
            .map(|f| (f.code, f.pointer.as_deref()))
            .collect();
        assert_eq!(got, [(Code::BlankTemplate, None)]);
        // A city's name alone makes it a (very incomplete) inventory.
        inventory.city.name = Some("Abaiara".to_owned());
        assert!(Case::of(inventory).run_inventory(check).is_empty());
    }

    #[test]
    fn one_figure_makes_it_an_inventory() {
        let figures = [
            EmissionRecord {
                total: Some(0.0),
                ..Default::default()
            },
            EmissionRecord {
                activity: Some(crate::model::Activity {
                    amount: Some(12.0),
                    ..Default::default()
                }),
                ..Default::default()
            },
        ];
        for record in figures {
            let case = Case::records(vec![keyed(), record]);
            assert!(case.run_inventory(check).is_empty());
        }
    }

    #[test]
    fn a_blank_template_keeps_its_one_finding() {
        let mut findings = vec![
            Finding::new(Code::NoEmissions, "s007-no-emissions"),
            Finding::new(Code::BlankTemplate, "x008-blank-template"),
            Finding::new(Code::RecommendedFactMissing, "f001-country-missing"),
        ];
        keep_only_blank_template(&mut findings);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, Code::BlankTemplate);
        let mut other = vec![Finding::new(Code::NoEmissions, "s007-no-emissions")];
        keep_only_blank_template(&mut other);
        assert_eq!(other.len(), 1);
    }
}
