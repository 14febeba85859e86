//! F001 and F005: facts reviewers need to compare inventories (country,
//! population, GWP set, GPC level, boundary) are recommended, not required.
//! An absent one the file has a place for is a warning at the cell where it
//! would be written (F001). One the file's layout has no place for is not
//! the inventory's omission: those are named together in one info (F005),
//! which [`once_per_file`] keeps once for a file of many inventories.

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

/// The absent facts, split into those the file has a place for and those
/// its layout has none for (the field, or a record holding it, has no
/// cell). A JSON submission has a place for every fact: its pointer.
fn absent(ctx: &RuleContext<'_>) -> (Vec<&'static Recommended>, Vec<&'static Recommended>) {
    RECOMMENDED
        .iter()
        .filter(|fact| !(fact.stated)(ctx.inventory) && !ctx.is_reported(fact.field))
        .partition(|fact| {
            ctx.locations.has_no_cells() || ctx.locations.place_of(fact.field).is_some()
        })
}

/// F001: each absent fact the file has a place for, at that place.
pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for fact in absent(ctx).0 {
        out.push(
            ctx.finding(Code::RecommendedFactMissing, fact.message, fact.field)
                .help(fact.help),
        );
    }
}

/// F005: the absent facts the layout has no place for, named together by
/// their field in the published document (`inventory.gwp_set`).
pub fn without_place(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let facts: Vec<String> = absent(ctx)
        .1
        .iter()
        .map(|fact| {
            fact.field
                .pointer()
                .trim_start_matches('/')
                .replace('/', ".")
        })
        .collect();
    if facts.is_empty() {
        return;
    }
    out.push(
        Finding::new(Code::FactHasNoPlace, "f005-facts-have-no-place")
            .arg("facts", facts.join(", "))
            .arg("count", facts.len())
            .arg("inventories", 1usize)
            .help("f005-facts-have-no-place-help"),
    );
}

/// Keeps one F005 per file: the layout is the same for every inventory of a
/// table, so what it cannot carry is said once, about the file, with the
/// number of inventories it concerns.
pub fn once_per_file(findings: &mut Vec<Finding>) {
    let mut counts: Vec<(crate::diagnostic::Args, usize)> = Vec::new();
    findings.retain(|f| {
        if f.code != Code::FactHasNoPlace {
            return true;
        }
        match counts.iter_mut().find(|(args, _)| *args == f.args) {
            Some((_, count)) => {
                *count += 1;
                false
            }
            None => {
                counts.push((f.args.clone(), 1));
                true
            }
        }
    });
    for finding in findings.iter_mut() {
        if finding.code != Code::FactHasNoPlace {
            continue;
        }
        if let Some((_, count)) = counts.iter().find(|(args, _)| *args == finding.args) {
            let count = *count;
            finding.inventory = None;
            finding.args.set("inventories", count.into());
        }
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
    fn a_fact_the_layout_has_no_place_for_is_no_f001_but_one_f005() {
        let case = Case::of(nearly_complete()).cell(
            Field::City(CityField::PopulationValue),
            "City",
            "B9",
            "Population",
        );
        let f001: Vec<(Option<String>, &str)> = case
            .run_inventory(check)
            .iter()
            .map(|f| (f.cell.as_ref().map(CellRef::a1), f.message))
            .collect();
        assert_eq!(f001, [(Some("B9".to_owned()), "f001-population-missing")]);
        let f005 = case.run_inventory(without_place);
        assert_eq!(f005.len(), 1);
        assert_eq!(
            (f005[0].code, f005[0].cell.as_ref()),
            (Code::FactHasNoPlace, None)
        );
        assert_eq!(
            f005[0].args.get("facts").unwrap().to_string(),
            "city.country"
        );
    }

    #[test]
    fn a_file_of_many_inventories_says_it_once() {
        let case = Case::of(Inventory::default()).cell(
            Field::City(CityField::Name),
            "Sheet1",
            "D2",
            "City",
        );
        let mut findings = Vec::new();
        for inventory in 0..3 {
            for mut finding in case.run_inventory(without_place) {
                finding.inventory = Some(inventory);
                findings.push(finding);
            }
            findings.push(Finding::new(Code::NoEmissions, "s007-no-emissions"));
        }
        once_per_file(&mut findings);
        let f005: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.code == Code::FactHasNoPlace)
            .collect();
        assert_eq!(f005.len(), 1);
        assert_eq!(f005[0].inventory, None);
        assert_eq!(f005[0].args.get("inventories").unwrap().to_string(), "3");
        assert_eq!(findings.len(), 4);
    }

    #[test]
    fn a_json_submission_has_a_place_for_every_fact() {
        assert!(
            Case::of(nearly_complete())
                .run_inventory(without_place)
                .is_empty()
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
