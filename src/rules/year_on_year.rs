//! H001: with `--history`, an inventory is compared with the latest earlier
//! inventory of the same city (and country); a change of its totals above
//! `year-on-year-change-percent` (30 %) that the inventory does not explain
//! (`change_explanation`, the CRF's "Comments on change in total emissions
//! since last reported inventory") is a warning. Large unexplained jumps
//! are mostly a unit slip, a sector left out or a changed method.

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::totals::Totals;
use crate::model::{City, FactField, Field, ReportedTotals};
use crate::normalize::slug;

/// What is kept of one earlier inventory.
#[derive(Clone, Debug, PartialEq)]
pub struct EarlierInventory {
    /// Same-city key: slugs of country and city, e.g. `br-porto-alegre`.
    pub city_key: String,
    pub year: i64,
    /// The file it came from, as shown in reports.
    pub file: String,
    pub totals: Totals,
    pub reported: ReportedTotals,
}

/// The earlier inventories given with `--history`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    pub inventories: Vec<EarlierInventory>,
}

impl History {
    /// No earlier inventories.
    pub fn empty() -> &'static History {
        static EMPTY: History = History {
            inventories: Vec::new(),
        };
        &EMPTY
    }

    /// The latest inventory of `city_key` before `year`.
    pub fn latest_before(&self, city_key: &str, year: i64) -> Option<&EarlierInventory> {
        self.inventories
            .iter()
            .filter(|earlier| earlier.city_key == city_key && earlier.year < year)
            .max_by_key(|earlier| earlier.year)
    }
}

/// The totals compared, in order of preference, recomputed then stated.
fn named(totals: &Totals, reported: &ReportedTotals) -> [(&'static str, Option<f64>); 10] {
    [
        ("BASIC", totals.basic),
        ("BASIC+", totals.basic_plus),
        ("scope 1", totals.scope1),
        ("scope 2", totals.scope2),
        ("scope 3", totals.scope3),
        ("reported BASIC", reported.basic),
        ("reported BASIC+", reported.basic_plus),
        ("reported scope 1", reported.scopes[0]),
        ("reported scope 2", reported.scopes[1]),
        ("reported scope 3", reported.scopes[2]),
    ]
}

/// The same-city key of an inventory: slugs of its country and city
/// (`br-porto-alegre`); none without a city name.
pub fn city_key(city: &City) -> Option<String> {
    let name = slug(city.name.as_deref()?);
    if name.is_empty() {
        return None;
    }
    let country = city.country.as_deref().map(slug).unwrap_or_default();
    Some(format!("{country}-{name}"))
}

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let facts = &ctx.inventory.facts;
    let (Some(key), Some(year)) = (city_key(&ctx.inventory.city), facts.year) else {
        return;
    };
    if facts
        .change_explanation
        .as_deref()
        .is_some_and(|text| !text.trim().is_empty())
    {
        return;
    }
    let Some(earlier) = ctx.history.latest_before(&key, year) else {
        return;
    };
    let now = named(ctx.totals, ctx.reported);
    let then = named(&earlier.totals, &earlier.reported);
    // The first total both state, in order of preference.
    let Some((name, before, after)) =
        now.iter()
            .zip(&then)
            .find_map(|((name, now), (_, then))| match (now, then) {
                (Some(now), Some(then)) if *then != 0.0 => Some((*name, *then, *now)),
                _ => None,
            })
    else {
        return;
    };
    let change = (after - before) / before.abs() * 100.0;
    if change.abs() <= ctx.options.year_on_year_change_percent {
        return;
    }
    out.push(
        ctx.finding(
            Code::YearOnYearChange,
            "h001-unexplained-change",
            Field::Facts(FactField::ChangeExplanation),
        )
        .arg("total", name)
        .arg("change", (change * 10.0).round() / 10.0)
        .arg("before", before)
        .arg("after", after)
        .arg("earlier_year", earlier.year)
        .arg("earlier_file", earlier.file.as_str())
        .arg("threshold", ctx.options.year_on_year_change_percent)
        .help("h001-unexplained-change-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::diagnostic::Arg;
    use crate::model::{EmissionRecord, GpcRef, Inventory, StatedRef};

    fn earlier(year: i64, basic: f64) -> EarlierInventory {
        EarlierInventory {
            city_key: "br-testville".to_owned(),
            year,
            file: format!("testville-{year}.xlsx"),
            totals: Totals {
                basic: Some(basic),
                ..Totals::default()
            },
            reported: ReportedTotals::default(),
        }
    }

    /// Testville 2022 with BASIC = 1000 t (one I.1.1 record).
    fn case(explained: Option<&str>, history: Vec<EarlierInventory>) -> Case {
        let mut inventory = Inventory {
            emissions: Some(vec![EmissionRecord {
                gpc_ref: Some(StatedRef::Cell(GpcRef::parse("I.1.1").unwrap())),
                total: Some(1000.0),
                ..Default::default()
            }]),
            ..Default::default()
        };
        inventory.facts.year = Some(2022);
        inventory.facts.change_explanation = explained.map(str::to_owned);
        inventory.city.name = Some("Testville".to_owned());
        inventory.city.country = Some("BR".to_owned());
        let mut case = Case::of(inventory);
        case.history = History {
            inventories: history,
        };
        case
    }

    #[test]
    fn a_large_unexplained_change_from_the_latest_earlier_year_is_a_warning() {
        let history = vec![
            earlier(2018, 990.0),
            earlier(2020, 500.0),
            earlier(2023, 10.0),
        ];
        let found = case(None, history).run_inventory(check);
        assert_eq!(found.len(), 1);
        let args = &found[0].args;
        assert_eq!(args.get("earlier_year"), Some(&Arg::from(2020i64)));
        assert_eq!(args.get("change"), Some(&Arg::from(100.0)));
        assert_eq!(args.get("total"), Some(&Arg::from("BASIC")));
        let at = found[0].pointer.as_deref().and_then(Field::from_pointer);
        assert_eq!(at, Some(Field::Facts(FactField::ChangeExplanation)));
    }

    #[test]
    fn small_or_explained_changes_and_other_cities_are_silent() {
        assert!(
            case(None, vec![earlier(2021, 800.0)])
                .run_inventory(check)
                .is_empty()
        );
        let explained = case(
            Some("Landfill gas capture began in 2021"),
            vec![earlier(2021, 100.0)],
        );
        assert!(explained.run_inventory(check).is_empty());
        let mut elsewhere = earlier(2021, 100.0);
        elsewhere.city_key = "br-otherville".to_owned();
        assert!(case(None, vec![elsewhere]).run_inventory(check).is_empty());
        assert!(case(None, Vec::new()).run_inventory(check).is_empty());
    }
}
