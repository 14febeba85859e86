//! The rule table: every methodology rule with its permanent code, what it
//! reads, and its check function. [`super::check`] walks an inventory once
//! and calls the rules that are enabled.

use super::context::{RecordAt, RuleContext};
use super::{
    activity, activity_factor, biogenic, blank_template, cell_placement, completeness, duplicates,
    gwp_weights, included_elsewhere, key_placement, magnitude, notation_keys, pledge,
    recommended_facts, record_sums, scope_consistency, signs, targets, totals, year_on_year, years,
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
        code: Code::TotalDiffersFromRecords,
        reads: Reads::Inventory(totals::records),
    },
    Rule {
        code: Code::SubtotalDiffersFromParts,
        reads: Reads::Inventory(totals::parts),
    },
    Rule {
        code: Code::BasicPlusBelowBasic,
        reads: Reads::Inventory(totals::basic_plus),
    },
    Rule {
        code: Code::BasicAboveScopes,
        reads: Reads::Inventory(totals::basic_scopes),
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
        code: Code::RequiredCellEmpty,
        reads: Reads::Inventory(completeness::required_cells),
    },
    Rule {
        code: Code::ActivityWithoutEmissions,
        reads: Reads::Record(activity::activity_without_emissions),
    },
    Rule {
        code: Code::NegativeValue,
        reads: Reads::Inventory(signs::check),
    },
    Rule {
        code: Code::BasicPerCapitaImplausible,
        reads: Reads::Inventory(magnitude::basic_per_capita),
    },
    Rule {
        code: Code::RecordPerCapitaHigh,
        reads: Reads::Record(magnitude::record_per_capita),
    },
    Rule {
        code: Code::DuplicateRecord,
        reads: Reads::Inventory(duplicates::check),
    },
    Rule {
        code: Code::PledgeNotMet,
        reads: Reads::Inventory(pledge::check),
    },
    Rule {
        code: Code::YearOnYearChange,
        reads: Reads::Inventory(year_on_year::check),
    },
    Rule {
        code: Code::PeriodNotTwelveMonths,
        reads: Reads::Inventory(years::not_twelve_months),
    },
    Rule {
        code: Code::MultiYearPeriod,
        reads: Reads::Inventory(years::several_years),
    },
    Rule {
        code: Code::InventoryInFuture,
        reads: Reads::Inventory(years::future),
    },
    Rule {
        code: Code::OldInventory,
        reads: Reads::Inventory(years::reporting_lag),
    },
    Rule {
        code: Code::PopulationYearFar,
        reads: Reads::Inventory(years::population_year),
    },
    Rule {
        code: Code::TargetNotAfterBase,
        reads: Reads::Inventory(targets::target_after_base),
    },
    Rule {
        code: Code::ImplausibleReduction,
        reads: Reads::Inventory(targets::reduction),
    },
    Rule {
        code: Code::BaseYearTargetIncomplete,
        reads: Reads::Inventory(targets::base_year_stated),
    },
    Rule {
        code: Code::NeutralityTargetWithoutYear,
        reads: Reads::Inventory(targets::neutrality_year),
    },
    Rule {
        code: Code::Co2eInAnotherGwpSet,
        reads: Reads::Record(gwp_weights::check),
    },
    Rule {
        code: Code::BiogenicCo2InTotal,
        reads: Reads::Record(biogenic::check),
    },
    Rule {
        code: Code::ActivityTimesFactor,
        reads: Reads::Record(activity_factor::check),
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
    use crate::model::totals::Totals;
    use crate::model::{
        Activity, CityField, Date, EmissionFactor, EmissionRecord, FactField, Field, Gas,
        GasAmount, GasPart, GwpSet, Inventory, NotationKey, RecordField, ReportedField,
        ReportedTotal, ReportedTotals, ReportingLevel, Scope, StatedRef, Target, TargetField,
        TargetKind,
    };

    /// A stated total: label, scope, tCO2e.
    fn stated(label: &str, scope: Option<i64>, value: f64) -> ReportedTotal {
        ReportedTotal {
            label: Some(label.to_owned()),
            scope: scope.and_then(Scope::from_number),
            value: Some(value),
            ..Default::default()
        }
    }

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
        // Every BASIC cell keyed NO, after the records, so that completeness
        // holds; `except` leaves one out.
        let fillers = |except: Option<&str>| -> Vec<EmissionRecord> {
            crate::model::GpcRef::all()
                .filter(|c| c.level() == crate::model::gpc::Level::Basic)
                .filter(|c| Some(c.as_str()) != except)
                .map(|c| EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(c)),
                    notation_key: Some(NotationKey::NotOccurring),
                    notation_explanation: Some("does not occur".to_owned()),
                    ..Default::default()
                })
                .collect()
        };
        let with_records = |records: Vec<EmissionRecord>, except: Option<&str>| {
            let mut all = vec![EmissionRecord::default()];
            all.extend(records);
            all.extend(fillers(except));
            Inventory {
                emissions: Some(all),
                ..complete.clone()
            }
        };
        let with_record = |record: EmissionRecord| with_records(vec![record], None);
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
            Code::PledgeNotMet => (
                Inventory {
                    targets: Some(vec![crate::model::Target {
                        target_year: Some(2050),
                        reduction_percent: Some(50.0),
                        ..Default::default()
                    }]),
                    ..complete.clone()
                },
                Field::Target(0, crate::model::TargetField::ReductionPercent),
            ),
            Code::YearOnYearChange => {
                let mut inventory = with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("I.1.1"))),
                    ..with_gases(Some(1000.0), &[])
                });
                inventory.city.name = Some("Testville".to_owned());
                inventory.facts.year = Some(2022);
                (inventory, Field::Facts(FactField::ChangeExplanation))
            }
            Code::TotalDiffersFromRecords => {
                let mut inventory = with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("I.1.1"))),
                    total: Some(1000.0),
                    ..Default::default()
                });
                inventory.reported_totals = Some(vec![stated("BASIC", None, 5000.0)]);
                (inventory, Field::ReportedTotal(0, ReportedField::Value))
            }
            Code::SubtotalDiffersFromParts => {
                let mut inventory = complete.clone();
                inventory.reported_totals = Some(vec![
                    stated("Stationary energy > Residential buildings", Some(1), 100.0),
                    stated("Total Stationary Energy", Some(1), 150.0),
                ]);
                (inventory, Field::ReportedTotal(1, ReportedField::Value))
            }
            Code::BasicPlusBelowBasic => {
                let mut inventory = complete.clone();
                inventory.reported_totals = Some(vec![
                    stated("BASIC", None, 100.0),
                    stated("BASIC+", None, 50.0),
                ]);
                (inventory, Field::ReportedTotal(1, ReportedField::Value))
            }
            Code::BasicAboveScopes => {
                let mut inventory = complete.clone();
                inventory.reported_totals = Some(vec![
                    stated("Scope 1", Some(1), 10.0),
                    stated("Scope 2", Some(2), 10.0),
                    stated("Scope 3", Some(3), 10.0),
                    stated("BASIC", None, 100.0),
                ]);
                (inventory, Field::ReportedTotal(3, ReportedField::Value))
            }
            Code::RequiredCellEmpty => (
                with_records(
                    vec![EmissionRecord {
                        gpc_ref: Some(StatedRef::Cell(cell("I.3.1"))),
                        activity_label: Some("Coal".to_owned()),
                        ..Default::default()
                    }],
                    Some("I.3.1"),
                ),
                Field::Record(1, RecordField::Total),
            ),
            Code::ActivityWithoutEmissions => (
                with_record(EmissionRecord {
                    activity_label: Some("Electricity".to_owned()),
                    activity: Some(crate::model::Activity {
                        amount: Some(5.0),
                        unit: Some("GJ".to_owned()),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::Total),
            ),
            Code::NegativeValue => (
                with_record(EmissionRecord {
                    total: Some(-5.0),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::Total),
            ),
            Code::BasicPerCapitaImplausible => (
                with_record(EmissionRecord {
                    gpc_ref: Some(StatedRef::Cell(cell("I.1.1"))),
                    total: Some(1.0),
                    ..Default::default()
                }),
                Field::City(crate::model::CityField::PopulationValue),
            ),
            Code::RecordPerCapitaHigh => (
                with_record(EmissionRecord {
                    total: Some(1_000_000.0),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::Total),
            ),
            Code::DuplicateRecord => {
                let repeated = EmissionRecord {
                    activity_label: Some("Diesel".to_owned()),
                    total: Some(5.0),
                    ..Default::default()
                };
                (
                    with_records(vec![repeated.clone(), repeated], None),
                    Field::Record(2, RecordField::Whole),
                )
            }
            Code::PeriodNotTwelveMonths | Code::MultiYearPeriod => {
                let mut inventory = complete.clone();
                let (year, start, end) = match code {
                    Code::MultiYearPeriod => (2015, "2008-01-01", "2016-01-01"),
                    _ => (2016, "2016-01-01", "2016-01-12"),
                };
                inventory.facts.year = Some(year);
                inventory.facts.period = Some(crate::model::Period {
                    start: Date::parse(start),
                    end: Date::parse(end),
                });
                (inventory, Field::Facts(FactField::PeriodEnd))
            }
            Code::InventoryInFuture => {
                let mut inventory = complete.clone();
                inventory.facts.year = Some(2099);
                (inventory, Field::Facts(FactField::Year))
            }
            Code::OldInventory => {
                let mut inventory = complete.clone();
                inventory.facts.year = Some(2005);
                inventory.facts.reporting_year = Some(2016);
                (inventory, Field::Facts(FactField::Year))
            }
            Code::PopulationYearFar => {
                let mut inventory = complete.clone();
                inventory.facts.year = Some(2018);
                inventory.city.population = Some(crate::model::Population {
                    value: Some(1000.0),
                    year: Some(2010),
                });
                (inventory, Field::City(CityField::PopulationYear))
            }
            Code::TargetNotAfterBase
            | Code::ImplausibleReduction
            | Code::BaseYearTargetIncomplete
            | Code::NeutralityTargetWithoutYear => {
                let mut target = Target {
                    kind: Some(TargetKind::BaseYear),
                    base_year: Some(2015),
                    base_year_emissions: Some(1000.0),
                    target_year: Some(2030),
                    reduction_percent: Some(50.0),
                    coverage: None,
                };
                let field = match code {
                    Code::TargetNotAfterBase => {
                        target.target_year = Some(2010);
                        TargetField::TargetYear
                    }
                    Code::ImplausibleReduction => {
                        target.reduction_percent = Some(0.4);
                        TargetField::ReductionPercent
                    }
                    Code::BaseYearTargetIncomplete => {
                        target.base_year_emissions = None;
                        TargetField::BaseYearEmissions
                    }
                    _ => {
                        target = Target {
                            kind: Some(TargetKind::NetZero),
                            ..Default::default()
                        };
                        TargetField::TargetYear
                    }
                };
                let inventory = Inventory {
                    targets: Some(vec![target]),
                    ..complete.clone()
                };
                (inventory, Field::Target(0, field))
            }
            Code::Co2eInAnotherGwpSet => {
                let amount = GasAmount {
                    mass_t: Some(100.0),
                    tco2e: Some(2500.0),
                };
                (
                    with_record(EmissionRecord {
                        gases: Some([(Gas::Ch4, amount)].into_iter().collect()),
                        ..Default::default()
                    }),
                    Field::Gas(1, Gas::Ch4, GasPart::Tco2e),
                )
            }
            Code::BiogenicCo2InTotal => (
                with_record(EmissionRecord {
                    biogenic_co2: Some(100.0),
                    ..with_gases(Some(130.0), &[(Gas::Ch4, 20.0), (Gas::N2o, 10.0)])
                }),
                Field::Record(1, RecordField::Total),
            ),
            Code::ActivityTimesFactor => (
                with_record(EmissionRecord {
                    activity: Some(Activity {
                        amount: Some(553_370_696.0),
                        unit: Some("MJ".to_owned()),
                        ..Default::default()
                    }),
                    emission_factor: Some(EmissionFactor {
                        unit: Some("gCO2e/MJ".to_owned()),
                        total: Some(74.343),
                        ..Default::default()
                    }),
                    total: Some(41.139),
                    ..Default::default()
                }),
                Field::Record(1, RecordField::ActivityAmount),
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
                    total: Some(1000.0),
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
        let mut case = Case::of(inventory).cell(field, "Emissions", "D7", "the field");
        if code == Code::YearOnYearChange {
            case.history
                .inventories
                .push(crate::rules::EarlierInventory {
                    city_key: "br-testville".to_owned(),
                    year: 2020,
                    file: "testville-2020.json".to_owned(),
                    totals: Totals {
                        scope1: Some(10.0),
                        ..Totals::default()
                    },
                    reported: ReportedTotals::default(),
                });
        }
        if code == Code::PledgeNotMet {
            case.commitments = vec![crate::rules::Commitment {
                network: "Carbon Neutral Cities Alliance".to_owned(),
                alternatives: vec![crate::rules::Pledge {
                    reduction_percent: Some(80.0),
                    base_year: None,
                    neutrality: false,
                    by: 2050,
                }],
            }];
        }
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
