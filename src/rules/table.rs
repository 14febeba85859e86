//! The rule table: every methodology rule with its permanent code, what it
//! reads, and its check function. [`super::check`] walks an inventory once
//! and calls the rules that are enabled.

use super::context::{RecordAt, RuleContext};
use super::{
    blank_template, cell_placement, included_elsewhere, key_placement, notation_keys,
    recommended_facts, record_sums, scope_consistency,
};
use crate::diagnostic::{Code, Finding};

/// Checks the inventory as a whole.
pub type InventoryCheck = fn(&RuleContext<'_>, &mut Vec<Finding>);

/// Checks one emission record.
pub type RecordCheck = fn(&RuleContext<'_>, RecordAt<'_>, &mut Vec<Finding>);

/// What a rule reads, and so when the walk calls it.
#[derive(Clone, Copy)]
pub enum Reads {
    /// Called once per inventory, before its records.
    Inventory(InventoryCheck),
    /// Called once per emission record.
    Record(RecordCheck),
    /// Compares the inventories of a batch; run by the batch phase, not by
    /// [`super::check`].
    Batch,
}

/// One rule: it emits findings of its code only.
#[derive(Clone, Copy)]
pub struct Rule {
    pub code: Code,
    pub reads: Reads,
}

/// Every rule, in the order the walk calls them.
pub const RULES: &[Rule] = &[
    Rule {
        code: Code::RecommendedFactMissing,
        reads: Reads::Inventory(recommended_facts::check),
    },
    Rule {
        code: Code::FactHasNoPlace,
        reads: Reads::Inventory(recommended_facts::without_place),
    },
    Rule {
        code: Code::NotationKeyUnexplained,
        reads: Reads::Inventory(notation_keys::unexplained),
    },
    Rule {
        code: Code::ValueWithNotationKey,
        reads: Reads::Record(notation_keys::with_value),
    },
    Rule {
        code: Code::IePlaceNotNamed,
        reads: Reads::Inventory(included_elsewhere::place_not_named),
    },
    Rule {
        code: Code::IePlaceEmpty,
        reads: Reads::Inventory(included_elsewhere::place_empty),
    },
    Rule {
        code: Code::KeyInNoGpcCell,
        reads: Reads::Inventory(key_placement::check),
    },
    Rule {
        code: Code::BlankTemplate,
        reads: Reads::Inventory(blank_template::check),
    },
    Rule {
        code: Code::ScopeMismatch,
        reads: Reads::Record(scope_consistency::check),
    },
    Rule {
        code: Code::TotalDiffersFromGases,
        reads: Reads::Record(record_sums::check),
    },
    Rule {
        code: Code::RefConflictsWithLabels,
        reads: Reads::Record(cell_placement::ref_conflicts),
    },
    Rule {
        code: Code::CrfOnlyRow,
        reads: Reads::Record(cell_placement::no_cell),
    },
    Rule {
        code: Code::SameCityAndYear,
        reads: Reads::Batch,
    },
    Rule {
        code: Code::SameCityAndYearDiffer,
        reads: Reads::Batch,
    },
];

/// The rule of a code, if a rule emits it.
pub fn rule(code: Code) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.code == code)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell, with_gases};
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::{
        EmissionRecord, FactField, Field, Gas, GwpSet, Inventory, NotationKey, RecordField,
        ReportingLevel, Scope, StatedRef,
    };

    /// The rules the walk over one inventory calls.
    fn inventory_rules() -> impl Iterator<Item = &'static Rule> {
        RULES.iter().filter(|r| !matches!(r.reads, Reads::Batch))
    }

    /// An inventory that breaks exactly one rule, the field it breaks it
    /// at, and that field's cell.
    fn breaking(code: Code) -> (Case, Field, &'static str) {
        let mut complete = Inventory::default();
        complete.city.name = Some("Testville".to_owned());
        complete.facts.year = Some(2022);
        complete.city.country = Some("BR".to_owned());
        complete.city.boundary = Some("municipality".to_owned());
        complete.city.population = Some(crate::model::Population {
            value: Some(1000.0),
            year: None,
        });
        complete.facts.gwp_set = Some(GwpSet::Ar5);
        complete.facts.gpc_level = Some(ReportingLevel::Basic);
        let with_record = |record: EmissionRecord| Inventory {
            emissions: Some(vec![EmissionRecord::default(), record]),
            ..complete.clone()
        };
        let (inventory, field) = match code {
            Code::RecommendedFactMissing => {
                let mut inventory = complete.clone();
                inventory.facts.gpc_level = None;
                (inventory, Field::Facts(FactField::GpcLevel))
            }
            Code::NotationKeyUnexplained => (
                with_record(EmissionRecord {
                    notation_key: Some(NotationKey::NotEstimated),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::NotationExplanation),
            ),
            Code::ValueWithNotationKey => (
                with_record(EmissionRecord {
                    notation_key: Some(NotationKey::NotOccurring),
                    notation_explanation: Some("none in the city".to_owned()),
                    total: Some(4.0),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::NotationKey),
            ),
            Code::ScopeMismatch => (
                with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("I.1.2"))),
                    scope: Some(Scope::One),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::Scope),
            ),
            Code::TotalDiffersFromGases => (
                with_record(with_gases(Some(100.0), &[(Gas::Co2, 10.0)])),
                Field::Record(1, RecordField::Total),
            ),
            Code::RefConflictsWithLabels => (
                with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("I.1.1"))),
                    implied_gpc_ref: Some(StatedRef::Cell(cell("I.1.2"))),
                    label: Some("Stationary Energy > Residential Buildings".to_owned()),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::GpcRef),
            ),
            Code::CrfOnlyRow => (
                with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::NoCell),
                    label: Some("Local renewable generation".to_owned()),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::Whole),
            ),
            Code::FactHasNoPlace => {
                let mut inventory = complete.clone();
                inventory.facts.gpc_level = None;
                // The layout has a cell for the record, none for the level.
                let case = Case::of(inventory).cell(Field::Records, "Emissions", "D7", "the field");
                return (case, Field::Root, "");
            }
            Code::IePlaceNotNamed => (
                with_record(EmissionRecord {
                    notation_key: Some(NotationKey::IncludedElsewhere),
                    notation_explanation: Some("see note".to_owned()),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::NotationKey),
            ),
            Code::IePlaceEmpty => {
                let mut inventory = with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("I.2.1"))),
                    notation_key: Some(NotationKey::IncludedElsewhere),
                    notation_explanation: Some("included in I.1.1".to_owned()),
                    ..Default::default()
                });
                // Emissions elsewhere, none in I.1.1.
                inventory.records_mut()[0] = EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("II.1.1"))),
                    total: Some(10.0),
                    ..Default::default()
                };
                (inventory, Field::Record(1, RecordField::NotationKey))
            }
            Code::KeyInNoGpcCell => {
                let mut inventory = complete.clone();
                inventory.reported_totals = Some(vec![crate::model::ReportedTotal {
                    label: Some("Waste > Wastewater".to_owned()),
                    scope: Some(Scope::Two),
                    notation_key: Some(NotationKey::NotOccurring),
                    notation_explanation: Some("no wastewater".to_owned()),
                    ..Default::default()
                }]);
                (
                    inventory,
                    Field::ReportedTotal(0, crate::model::ReportedField::NotationKey),
                )
            }
            Code::BlankTemplate => {
                let mut inventory = with_record(EmissionRecord::default());
                inventory.city.name = None;
                inventory.facts.year = None;
                return (Case::of(inventory), Field::Root, "");
            }
            other => panic!("no tiny inventory for {other:?}"),
        };
        let case = Case::of(inventory).cell(field, "Emissions", "D7", "the field");
        (case, field, "D7")
    }

    #[test]
    fn each_rule_gives_its_code_at_the_cell_of_its_field() {
        for rule in inventory_rules() {
            let (case, field, a1) = breaking(rule.code);
            let found = case.with_context(|ctx| super::super::check(ctx, |code| code == rule.code));
            let got: Vec<(Code, Option<Field>, Option<String>)> = found
                .iter()
                .map(|f| {
                    let at = f.pointer.as_deref().and_then(Field::from_pointer);
                    (f.code, at, f.cell.as_ref().map(CellRef::a1))
                })
                .collect();
            // Findings about the whole file have no cell and no field.
            let cell = Some(a1.to_owned()).filter(|a1| !a1.is_empty());
            let field = Some(field).filter(|f| *f != Field::Root);
            assert_eq!(got, [(rule.code, field, cell)], "{:?}", rule.code);
            let all = case.with_context(|ctx| super::super::check(ctx, |_| true));
            assert_eq!(
                all.len(),
                1,
                "{:?} breaks only its own rule: {all:?}",
                rule.code
            );
        }
    }

    #[test]
    fn a_rule_that_is_not_enabled_does_not_run() {
        for rule in inventory_rules() {
            let (case, _, _) = breaking(rule.code);
            let found = case.with_context(|ctx| super::super::check(ctx, |code| code != rule.code));
            assert!(found.is_empty(), "{:?}: {found:?}", rule.code);
        }
    }

    #[test]
    fn codes_are_unique_and_found_by_code() {
        for entry in RULES {
            let same = RULES.iter().filter(|r| r.code == entry.code).count();
            assert_eq!(same, 1, "{:?}", entry.code);
            assert!(rule(entry.code).is_some_and(|r| r.code == entry.code));
        }
        let batch: Vec<Code> = RULES
            .iter()
            .filter(|r| matches!(r.reads, Reads::Batch))
            .map(|r| r.code)
            .collect();
        assert_eq!(batch, [Code::SameCityAndYear, Code::SameCityAndYearDiffer]);
        assert!(rule(Code::UnreadableFile).is_none());
    }

    #[test]
    fn a_complete_inventory_breaks_no_rule() {
        let (mut case, _, _) = breaking(Code::RecommendedFactMissing);
        case.inventory.facts.gpc_level = Some(ReportingLevel::BasicPlus);
        let found = case.with_context(|ctx| super::super::check(ctx, |_| true));
        assert!(found.is_empty(), "{found:?}");
    }
}
