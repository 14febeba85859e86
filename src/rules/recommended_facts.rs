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
    /// Message id: "... is not stated".
    message: &'static str,
    /// Help id: what to write in the cell.
    help: &'static str,
    stated: fn(&Inventory) -> bool,
}

const RECOMMENDED: &[Recommended] = &[
    Recommended {
        field: Field::City(CityField::Country),
        message: "f001-country-missing",
        help: "f001-country-missing-help",
        stated: |inventory| inventory.city.country.is_some(),
    },
    Recommended {
        field: Field::City(CityField::PopulationValue),
        message: "f001-population-missing",
        help: "f001-population-missing-help",
        stated: |inventory| inventory.city.population_value().is_some(),
    },
    Recommended {
        field: Field::Facts(FactField::GwpSet),
        message: "f001-gwp-set-missing",
        help: "f001-gwp-set-missing-help",
        stated: |inventory| inventory.facts.gwp_set.is_some(),
    },
    Recommended {
        field: Field::Facts(FactField::GpcLevel),
        message: "f001-gpc-level-missing",
        help: "f001-gpc-level-missing-help",
        stated: |inventory| inventory.facts.gpc_level.is_some(),
    },
    Recommended {
        field: Field::City(CityField::Boundary),
        message: "f001-boundary-missing",
        help: "f001-boundary-missing-help",
        stated: |inventory| inventory.city.boundary.is_some(),
    },
];

/// The help id for a fact the file's layout has no cell for: how to supply
/// it anyway.
fn no_place_help(field: Field) -> &'static str {
    match field {
        Field::City(CityField::Country) => "f001-no-place-country-help",
        Field::Facts(FactField::GwpSet) => "f001-no-place-gwp-set-help",
        _ => "f001-no-place-help",
    }
}

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for fact in RECOMMENDED {
        if (fact.stated)(ctx.inventory) || ctx.is_reported(fact.field) {
            continue;
        }
        let finding = ctx.finding(Code::RecommendedFactMissing, fact.message, fact.field);
        // A JSON submission has a place for every fact: its pointer.
        let help = match finding.cell.is_some() || ctx.locations.has_no_cells() {
            true => fact.help,
            false => no_place_help(fact.field),
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
        let helps: Vec<(Option<String>, &str, Option<&str>)> = case
            .run_inventory(check)
            .iter()
            .map(|f| (f.cell.as_ref().map(CellRef::a1), f.message, f.help))
            .collect();
        assert_eq!(
            helps,
            vec![
                (
                    None,
                    "f001-country-missing",
                    Some("f001-no-place-country-help")
                ),
                (
                    Some("B9".to_owned()),
                    "f001-population-missing",
                    Some("f001-population-missing-help")
                ),
            ]
        );
    }

    #[test]
    fn a_json_submission_is_told_to_write_the_field() {
        let found = Case::of(nearly_complete()).run_inventory(check);
        let got: Vec<(&str, Option<&str>)> = found.iter().map(|f| (f.message, f.help)).collect();
        assert_eq!(
            got,
            [
                ("f001-country-missing", Some("f001-country-missing-help")),
                (
                    "f001-population-missing",
                    Some("f001-population-missing-help")
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
