//! F001: facts reviewers need to compare inventories (country, population,
//! GWP set, GPC level, boundary) are recommended, not required; each absent
//! one is a warning at the cell where it would be written.

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::{CityField, FactField, Field, Inventory};

/// A recommended fact: its field, what to call it, how to fill it in, and
/// whether an inventory states it.
struct Recommended {
    field: Field,
    what: &'static str,
    help: &'static str,
    stated: fn(&Inventory) -> bool,
}

const RECOMMENDED: &[Recommended] = &[
    Recommended {
        field: Field::City(CityField::Country),
        what: "the country",
        help: "write the ISO 3166-1 two-letter code, e.g. BR",
        stated: |inventory| inventory.city.country.is_some(),
    },
    Recommended {
        field: Field::City(CityField::PopulationValue),
        what: "the population",
        help: "write the resident population within the city boundary for the inventory year",
        stated: |inventory| inventory.city.population_value().is_some(),
    },
    Recommended {
        field: Field::Facts(FactField::GwpSet),
        what: "the GWP set",
        help: "write the IPCC assessment report whose GWP values were used: SAR, AR4, AR5 or AR6",
        stated: |inventory| inventory.facts.gwp_set.is_some(),
    },
    Recommended {
        field: Field::Facts(FactField::GpcLevel),
        what: "the GPC reporting level",
        help: "write basic or basic-plus",
        stated: |inventory| inventory.facts.gpc_level.is_some(),
    },
    Recommended {
        field: Field::City(CityField::Boundary),
        what: "the geographic boundary",
        help: "describe the boundary, e.g. administrative boundary of the municipality",
        stated: |inventory| inventory.city.boundary.is_some(),
    },
];

/// What to do when the file has no place for a fact (a CityCatalyst or CDP
/// export): the command line and sidecar files supply country and GWP set.
fn no_place_help(field: Field) -> &'static str {
    match field {
        Field::City(CityField::Country) => {
            "this file has no place for it: pass --country BR, or write `country = \"BR\"` in a sidecar file <file>.ghgcheck.toml beside it"
        }
        Field::Facts(FactField::GwpSet) => {
            "this file has no place for it: pass --gwp AR5, or write `gwp = \"AR5\"` in a sidecar file <file>.ghgcheck.toml beside it"
        }
        _ => {
            "this file has no place for it: send it with the submission, or use the ghgcheck template (`ghgcheck template`), which has one"
        }
    }
}

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for fact in RECOMMENDED {
        // A fact written but unreadable already has its finding.
        if (fact.stated)(ctx.inventory) || ctx.is_reported(fact.field) {
            continue;
        }
        let finding = ctx.finding(
            Code::RecommendedFactMissing,
            format!("{} is not stated", fact.what),
            fact.field,
        );
        let help = match finding.cell {
            Some(_) => fact.help,
            None => no_place_help(fact.field),
        };
        out.push(finding.help(help));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::{GwpSet, ReportingLevel};

    fn nearly_complete() -> Inventory {
        let mut inventory = Inventory::default();
        inventory.city.boundary = Some("x".to_owned());
        inventory.facts.gpc_level = Some(ReportingLevel::Basic);
        inventory.facts.gwp_set = Some(GwpSet::Ar5);
        inventory
    }

    #[test]
    fn a_fact_the_file_has_no_place_for_points_to_the_command_line() {
        let case = Case::of(nearly_complete()).cell(
            Field::City(CityField::PopulationValue),
            "City",
            "B9",
            "Population",
        );
        let helps: Vec<(Option<String>, String)> = case
            .run_inventory(check)
            .iter()
            .map(|f| (f.cell.as_ref().map(CellRef::a1), f.help.clone().unwrap()))
            .collect();
        assert_eq!(
            helps,
            vec![
                (
                    None,
                    "this file has no place for it: pass --country BR, or write `country = \"BR\"` in a sidecar file <file>.ghgcheck.toml beside it".to_owned()
                ),
                (
                    Some("B9".to_owned()),
                    "write the resident population within the city boundary for the inventory year".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_fact_written_but_rejected_is_not_also_missing() {
        let case = Case::of(nearly_complete())
            .reported(Field::City(CityField::Country))
            .reported(Field::City(CityField::Population));
        assert!(case.run_inventory(check).is_empty());
    }
}
