//! V002 and V003: figures too large or too small for the city's population.
//! City inventories run from under 0.5 to about 25 t CO2e per person; a
//! BASIC total outside the configured bounds, or one record above its own
//! bound, is most often a unit slip (kg typed as t) or a population in the
//! wrong unit. Without a population nothing is judged.

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::gpc::Level;
use crate::model::totals::to_the_gram;
use crate::model::{CityField, EmissionRecord, Field, RecordField, ReportedField};

/// The generation of grid-supplied energy: a power plant may emit far more
/// than the city consumes, and it counts in no BASIC total.
const GENERATION: &str = "I.4.4";

/// A kilogram in tonnes: the most common slip, kg typed into a t column.
const KG: f64 = 1e-3;

/// The resident population, when stated and positive.
fn population(ctx: &RuleContext<'_>) -> Option<f64> {
    ctx.inventory
        .city
        .population_value()
        .filter(|p| p.is_finite() && *p > 0.0)
}

/// A per-person figure for a message: three significant digits.
fn shown(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let digits = 2 - value.abs().log10().floor() as i32;
    // Dividing by a power of ten above 1 keeps 3e7 exact (3e7 * 1e-5 does not).
    match digits {
        d if d >= 0 => (value * 10f64.powi(d)).round() / 10f64.powi(d),
        d => (value / 10f64.powi(-d)).round() * 10f64.powi(-d),
    }
}

/// V002: BASIC per person outside `basic_per_capita_min..=max`. BASIC is
/// recomputed from the records, or else taken as stated; the finding sits
/// at the stated total, or at the population when BASIC was recomputed.
pub fn basic_per_capita(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let Some(population) = population(ctx) else {
        return;
    };
    let (basic, field) = match (ctx.totals.basic, ctx.reported.basic) {
        (Some(basic), _) => (basic, Field::City(CityField::PopulationValue)),
        (None, Some(basic)) => match stated_basic(ctx) {
            Some(index) => (basic, Field::ReportedTotal(index, ReportedField::Value)),
            None => (basic, Field::City(CityField::PopulationValue)),
        },
        (None, None) => return,
    };
    let options = &ctx.options;
    let per_capita = basic / population;
    let (id, bound) = if per_capita > options.basic_per_capita_max {
        if ctx.totals.basic.is_some() && large_records_explain(ctx, population) {
            // V003 points at the records that make BASIC too large.
            return;
        }
        ("v002-basic-per-capita-high", options.basic_per_capita_max)
    } else if per_capita < options.basic_per_capita_min {
        ("v002-basic-per-capita-low", options.basic_per_capita_min)
    } else {
        return;
    };
    let plausible =
        |v: f64| (options.basic_per_capita_min..=options.basic_per_capita_max).contains(&v);
    // The cell holds a figure: show it as written.
    let written = match ctx.locations.source_of(field).and_then(|s| s.value.clone()) {
        Some(written) => written,
        None if matches!(field, Field::City(_)) => population.to_string(),
        None => basic.to_string(),
    };
    let finding = ctx
        .finding(Code::BasicPerCapitaImplausible, id, field)
        .value(Some(written))
        .arg("basic", to_the_gram(basic))
        .arg("per_capita", shown(per_capita))
        .arg("population", population)
        .arg("bound", bound);
    let finding = if per_capita > bound && plausible(per_capita * KG) {
        finding
            .arg("corrected", shown(per_capita * KG))
            .help("v002-looks-like-kg-help")
    } else if per_capita < bound && plausible(per_capita / KG) {
        finding
            .arg("corrected", shown(per_capita / KG))
            .help("v002-looks-like-kt-help")
    } else if per_capita < bound {
        finding.help("v002-basic-per-capita-low-help")
    } else {
        finding.help("v002-basic-per-capita-high-help")
    };
    out.push(finding);
}

/// True when a record is above the bound for one record (I.4.4 aside).
fn too_large(ctx: &RuleContext<'_>, record: &EmissionRecord, population: f64) -> bool {
    record.gpc().is_none_or(|c| c.as_str() != GENERATION)
        && record
            .amount()
            .is_some_and(|a| a / population > ctx.options.record_per_capita_max)
}

/// True when the records above the bound for one record are what makes
/// BASIC implausible: without them, BASIC per person is plausible. Then
/// V003 names those records and V002 stays silent; otherwise (a population
/// in thousands, every figure in kg) the whole inventory is off, V002 says
/// so once and V003 stays silent.
fn large_records_explain(ctx: &RuleContext<'_>, population: f64) -> bool {
    let options = &ctx.options;
    let mut large = false;
    let mut rest = 0.0;
    for record in ctx.inventory.records() {
        let Some(amount) = record.amount() else {
            continue;
        };
        if too_large(ctx, record, population) {
            large = true;
        } else if record.gpc().is_some_and(|c| c.level() == Level::Basic) {
            rest += amount;
        }
    }
    let per_capita = rest / population;
    large && (options.basic_per_capita_min..=options.basic_per_capita_max).contains(&per_capita)
}

/// True when recomputed BASIC per person is out of bounds and the large
/// records do not explain it: V002 reports the inventory as a whole.
fn whole_inventory_off(ctx: &RuleContext<'_>, population: f64) -> bool {
    let options = &ctx.options;
    ctx.totals.basic.is_some_and(|basic| {
        let per_capita = basic / population;
        !(options.basic_per_capita_min..=options.basic_per_capita_max).contains(&per_capita)
            && !large_records_explain(ctx, population)
    })
}

/// The index of the stated BASIC total: the first whose label says BASIC
/// and not BASIC+, as `ReportedTotals` picks it.
fn stated_basic(ctx: &RuleContext<'_>) -> Option<usize> {
    ctx.inventory.reported_totals().iter().position(|total| {
        let label = total.label.as_deref().unwrap_or_default().to_lowercase();
        total.value.is_some()
            && label.contains("basic")
            && !label.contains("basic+")
            && !label.contains("basic plus")
    })
}

/// V003: one record above `record_per_capita_max` per person. I.4.4 is
/// left out: a power plant supplying the grid can emit far more than the
/// city consumes, and it counts in no BASIC total. When the inventory as a
/// whole is off (BASIC per person out of bounds even without the large
/// records), V002 reports it once instead.
pub fn record_per_capita(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let Some(population) = population(ctx) else {
        return;
    };
    if !too_large(ctx, at.record, population) || whole_inventory_off(ctx, population) {
        return;
    }
    let Some(amount) = at.record.amount() else {
        return;
    };
    let max = ctx.options.record_per_capita_max;
    let per_capita = amount / population;
    let field = match at.record.total {
        Some(_) => at.field(RecordField::Total),
        None => at.field(RecordField::Gases),
    };
    let finding = ctx
        .finding(
            Code::RecordPerCapitaHigh,
            "v003-record-per-capita-high",
            field,
        )
        .arg("amount", to_the_gram(amount))
        .arg("per_capita", shown(per_capita))
        .arg("population", population)
        .arg("bound", max)
        .value(Some(amount.to_string()));
    let corrected = per_capita * KG;
    let finding = if corrected <= max {
        finding
            .arg("corrected", shown(corrected))
            .help("v003-looks-like-kg-help")
    } else {
        finding.help("v003-record-per-capita-high-help")
    };
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell, record_at};
    use super::*;
    use crate::model::{EmissionRecord, Inventory, Population, ReportedTotal, StatedRef};

    fn record(reference: &str, total: f64) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(reference))),
            total: Some(total),
            ..Default::default()
        }
    }

    fn city(population: Option<f64>, records: Vec<EmissionRecord>) -> Case {
        let mut inventory = Inventory {
            emissions: Some(records),
            ..Default::default()
        };
        inventory.city.population = Some(Population {
            value: population,
            year: None,
        });
        Case::of(inventory)
    }

    #[test]
    fn three_significant_digits() {
        assert_eq!(shown(0.042_963), 0.043);
        assert_eq!(shown(180.366), 180.0);
        assert_eq!(shown(12_345.6), 12_300.0);
        assert_eq!(shown(1.5), 1.5);
        assert_eq!(shown(29_999_999.999_999_996), 30_000_000.0);
        assert_eq!(shown(3e7).to_string(), "30000000");
    }

    #[test]
    fn a_plausible_basic_passes_and_a_kg_total_is_named() {
        // 254 000 residents, 1.2 Mt: 4.7 t per person.
        let fine = city(Some(254_000.0), vec![record("II.1.1", 1_200_000.0)]);
        assert!(fine.run_inventory(basic_per_capita).is_empty());
        // One record in kg: V003 names it, BASIC says nothing more.
        let one = city(
            Some(254_000.0),
            vec![
                record("I.1.1", 500_000.0),
                record("II.1.1", 1_200_000_000.0),
            ],
        );
        assert!(one.run_inventory(basic_per_capita).is_empty());
        // Twenty records of 25 t per person: none alone above the bound,
        // 500 t per person together, 0.5 t if they were kg.
        let records = crate::model::GpcRef::all()
            .filter(|c| c.level() == Level::Basic)
            .take(20)
            .map(|c| record(c.as_str(), 6_350_000.0))
            .collect();
        let kg = city(Some(254_000.0), records).cell(
            Field::City(CityField::PopulationValue),
            "City",
            "B6",
            "Population",
        );
        let found = kg.run_inventory(basic_per_capita);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::BasicPerCapitaImplausible);
        assert_eq!(found[0].message, "v002-basic-per-capita-high");
        assert_eq!(found[0].help, Some("v002-looks-like-kg-help"));
        assert_eq!(
            found[0].args.pairs(),
            [
                "basic=127000000",
                "per_capita=500",
                "population=254000",
                "bound=30",
                "corrected=0.5"
            ]
        );
        assert_eq!(found[0].cell.as_ref().unwrap().a1(), "B6");
    }

    #[test]
    fn a_low_basic_and_a_stated_one_are_judged_too() {
        let low = city(Some(8604.0), vec![record("I.1.1", 369.65)]);
        let found = low.run_inventory(basic_per_capita);
        assert_eq!(found[0].message, "v002-basic-per-capita-low");
        assert_eq!(found[0].help, Some("v002-basic-per-capita-low-help"));
        assert_eq!(
            found[0].args.get("per_capita").unwrap().to_string(),
            "0.043"
        );
        // A CDP-like row: BASIC only as stated, at its cell.
        let mut stated = city(Some(1000.0), vec![]);
        stated.inventory.reported_totals = Some(vec![
            ReportedTotal {
                label: Some("Total BASIC+ emissions".to_owned()),
                value: Some(1.0),
                ..Default::default()
            },
            ReportedTotal {
                label: Some("Total BASIC emissions".to_owned()),
                value: Some(5.0),
                ..Default::default()
            },
        ]);
        let found = stated.with_context(|ctx| {
            let reported = crate::model::ReportedTotals {
                basic: Some(5.0),
                ..Default::default()
            };
            let ctx = crate::rules::RuleContext::new(
                ctx.inventory,
                ctx.locations,
                ctx.totals,
                &reported,
                ctx.options,
            );
            let mut out = Vec::new();
            basic_per_capita(&ctx, &mut out);
            out
        });
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].help, Some("v002-looks-like-kt-help"));
        assert_eq!(
            found[0].pointer.as_deref().and_then(Field::from_pointer),
            Some(Field::ReportedTotal(1, ReportedField::Value))
        );
    }

    #[test]
    fn without_a_population_nothing_is_judged() {
        let case = city(None, vec![record("II.1.1", 1e12)]);
        assert!(case.run_inventory(basic_per_capita).is_empty());
        assert!(case.run_records(record_per_capita).is_empty());
        let zero = city(Some(0.0), vec![record("II.1.1", 1e12)]);
        assert!(zero.run_records(record_per_capita).is_empty());
    }

    #[test]
    fn a_population_in_thousands_is_one_finding_about_basic() {
        let records = vec![
            record("I.1.1", 12_190.5),
            record("I.1.2", 8_000.0),
            record("II.1.1", 30_000.0),
        ];
        let case = city(Some(25.0), records);
        assert!(case.run_records(record_per_capita).is_empty());
        let found = case.run_inventory(basic_per_capita);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "v002-basic-per-capita-high");
        assert_eq!(found[0].help, Some("v002-looks-like-kg-help"));
        assert_eq!(found[0].args.get("corrected").unwrap().to_string(), "2.01");
    }

    #[test]
    fn one_record_above_the_bound_is_reported_with_the_likely_slip() {
        let case = city(
            Some(254_000.0),
            vec![
                record("I.1.1", 500_000.0),
                // 45 Mt of road transport: kg typed as t.
                record("II.1.1", 45_000_000.0),
                // A power plant on the grid may be that large.
                record("I.4.4", 45_000_000.0),
                // Beyond a kg slip too.
                record("III.1.1", 45e12),
            ],
        )
        .cell(
            record_at(1, RecordField::Total),
            "Emissions",
            "N30",
            "Total (tCO2e)",
        );
        let found = case.run_records(record_per_capita);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].code, Code::RecordPerCapitaHigh);
        assert_eq!(found[0].cell.as_ref().unwrap().a1(), "N30");
        assert_eq!(found[0].help, Some("v003-looks-like-kg-help"));
        assert_eq!(
            found[0].args.pairs(),
            [
                "amount=45000000",
                "per_capita=177",
                "population=254000",
                "bound=30",
                "corrected=0.177"
            ]
        );
        assert_eq!(found[1].help, Some("v003-record-per-capita-high-help"));
    }
}
