//! Y001-Y005: the inventory's year and period.
//!
//! - Y001: a stated period (start and end) covers 12 months, calendar or
//!   fiscal, give or take [`SLACK_DAYS`] (an end on the start's anniversary
//!   is the exclusive-end form CDP data uses: `2009-01-01 - 2010-01-01`);
//! - Y002: a period longer than [`SEVERAL_YEARS_MONTHS`] months runs over
//!   several years (`2008-01-01 - 2016-01-01`);
//! - Y003: the inventory's year or period has not ended today;
//! - Y004: reported more than `max_reporting_lag_years` after its year,
//!   when the reporting year is known (stated, or the submission date's);
//! - Y005: the population's year is more than `population_year_window`
//!   years from the inventory year.
//!
//! Years outside the schema's 1900-2100 already have a schema finding and
//! are not judged again.

use chrono::{Datelike, Months, NaiveDate};

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::{CityField, FactField, Field};

/// Days a period may be off 12 months and still be a 12-month period: a
/// year typed as `2016-01-01 - 2016-12-30` is a calendar year with a slip
/// in the last day, not a finding.
pub const SLACK_DAYS: i64 = 7;

/// A period longer than this many months is a period of several years.
pub const SEVERAL_YEARS_MONTHS: u32 = 18;

/// The cell of `field` as written (the period's dates are often read from
/// one cell), else `stated`: what the finding shows as the value.
fn shown(ctx: &RuleContext<'_>, field: Field, stated: String) -> Option<String> {
    let written = ctx.locations.place_of(field).and_then(|s| s.value.clone());
    Some(written.unwrap_or(stated))
}

/// The years the schema accepts; others have a schema finding.
fn plausible(year: i64) -> bool {
    (1900..=2100).contains(&year)
}

/// Y001: a stated period shorter or a little longer than 12 months.
pub fn not_twelve_months(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    out.extend(period_length(ctx).filter(|f| f.code == Code::PeriodNotTwelveMonths));
}

/// Y002: a stated period of several years.
pub fn several_years(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    out.extend(period_length(ctx).filter(|f| f.code == Code::MultiYearPeriod));
}

/// The finding on the length of a stated period (Y001 or Y002), if any.
fn period_length(ctx: &RuleContext<'_>) -> Option<Finding> {
    let (start, end) = stated_period(ctx)?;
    let anniversary = start.checked_add_months(Months::new(12))?;
    let last_day = anniversary.pred_opt().unwrap_or(anniversary);
    let off_by = (end - last_day).num_days();
    // An end on the anniversary itself is an exclusive end.
    if (-SLACK_DAYS..=SLACK_DAYS).contains(&off_by) {
        return None;
    }
    let days = (end - start).num_days() + 1;
    let several = start
        .checked_add_months(Months::new(SEVERAL_YEARS_MONTHS))
        .is_some_and(|limit| end >= limit);
    let (code, message, help) = match several {
        true => (
            Code::MultiYearPeriod,
            "y002-period-of-several-years",
            "y002-period-of-several-years-help",
        ),
        false => (
            Code::PeriodNotTwelveMonths,
            "y001-period-not-twelve-months",
            "y001-period-not-twelve-months-help",
        ),
    };
    let field = Field::Facts(FactField::PeriodEnd);
    Some(
        ctx.finding(code, message, field)
            .arg("start", start.to_string())
            .arg("end", end.to_string())
            .arg("days", days)
            .value(shown(ctx, field, end.to_string()))
            .help(help),
    )
}

/// The period's start and end, when both are stated, in order, and not
/// already reported.
fn stated_period(ctx: &RuleContext<'_>) -> Option<(NaiveDate, NaiveDate)> {
    let period = ctx.inventory.facts.period.as_ref()?;
    let (start, end) = (period.start?.0, period.end?.0);
    let reported = ctx.is_reported(Field::Facts(FactField::PeriodStart))
        || ctx.is_reported(Field::Facts(FactField::PeriodEnd));
    (start <= end && !reported).then_some((start, end))
}

/// Y003: the inventory year, or the stated period, ends after today.
pub fn future(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let today = ctx.today;
    let year_field = Field::Facts(FactField::Year);
    if let Some(year) = inventory_year(ctx)
        && i64::from(today.year()) < year
    {
        out.push(
            ctx.finding(Code::InventoryInFuture, "y003-year-in-future", year_field)
                .arg("year", year)
                .arg("today", today.to_string())
                .value(shown(ctx, year_field, year.to_string()))
                .help("y003-inventory-in-future-help"),
        );
        return;
    }
    let end = match stated_period(ctx) {
        Some((_, end)) => Some((end, Field::Facts(FactField::PeriodEnd))),
        None => inventory_year(ctx)
            .and_then(|year| NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, 12, 31))
            .map(|end| (end, year_field)),
    };
    if let Some((end, field)) = end
        && end > today
    {
        out.push(
            ctx.finding(Code::InventoryInFuture, "y003-period-not-over", field)
                .arg("end", end.to_string())
                .arg("today", today.to_string())
                .value(shown(ctx, field, end.to_string()))
                .help("y003-inventory-in-future-help"),
        );
    }
}

/// The inventory year, when stated, plausible and not already reported.
fn inventory_year(ctx: &RuleContext<'_>) -> Option<i64> {
    let year = ctx.inventory.facts.year.filter(|y| plausible(*y))?;
    (!ctx.is_reported(Field::Facts(FactField::Year))).then_some(year)
}

/// Y004: reported too long after the inventory year.
pub fn reporting_lag(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let (Some(year), Some(reported_in)) = (inventory_year(ctx), reporting_year(ctx)) else {
        return;
    };
    let lag = reported_in - year;
    let most = ctx.options.max_reporting_lag_years;
    if lag <= most {
        return;
    }
    let field = Field::Facts(FactField::Year);
    out.push(
        ctx.finding(Code::OldInventory, "y004-reported-years-later", field)
            .value(shown(ctx, field, year.to_string()))
            .arg("year", year)
            .arg("reporting_year", reported_in)
            .arg("lag", lag)
            .arg("most", most)
            .help("y004-reported-years-later-help"),
    );
}

/// The year the inventory was reported in: as stated, or the submission
/// date's.
fn reporting_year(ctx: &RuleContext<'_>) -> Option<i64> {
    let facts = &ctx.inventory.facts;
    let stated = facts
        .reporting_year
        .filter(|y| plausible(*y) && !ctx.is_reported(Field::Facts(FactField::ReportingYear)));
    let submitted = facts
        .submission_date
        .filter(|_| !ctx.is_reported(Field::Facts(FactField::SubmissionDate)))
        .map(|date| i64::from(date.0.year()));
    stated.or(submitted)
}

/// Y005: the population's year far from the inventory year.
pub fn population_year(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let field = Field::City(CityField::PopulationYear);
    let Some(population_year) = ctx
        .inventory
        .city
        .population
        .as_ref()
        .and_then(|p| p.year)
        .filter(|y| plausible(*y) && !ctx.is_reported(field))
    else {
        return;
    };
    let Some(year) = inventory_year(ctx) else {
        return;
    };
    let window = ctx.options.population_year_window;
    let apart = (population_year - year).abs();
    if apart <= window {
        return;
    }
    out.push(
        ctx.finding(Code::PopulationYearFar, "y005-population-year-far", field)
            .value(shown(ctx, field, population_year.to_string()))
            .arg("population_year", population_year)
            .arg("year", year)
            .arg("apart", apart)
            .arg("window", window)
            .help("y005-population-year-far-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::{Date, Inventory, Period, Population};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn with_period(year: i64, start: &str, end: &str) -> Case {
        let mut inventory = Inventory::default();
        inventory.facts.year = Some(year);
        inventory.facts.period = Some(Period {
            start: Some(date(start)),
            end: Some(date(end)),
        });
        Case::of(inventory).cell(
            Field::Facts(FactField::Period),
            "CDP",
            "J5",
            "Accounting Year",
        )
    }

    /// (message id, cell, args) of each finding.
    fn found(findings: &[Finding]) -> Vec<(&'static str, Option<String>, Vec<String>)> {
        findings
            .iter()
            .map(|f| (f.message, f.cell.as_ref().map(CellRef::a1), f.args.pairs()))
            .collect()
    }

    #[test]
    fn calendar_fiscal_and_exclusive_end_periods_are_twelve_months() {
        for (year, start, end) in [
            (2019, "2019-01-01", "2019-12-31"),
            (2018, "2017-07-01", "2018-06-30"),
            (2019, "2019-01-01", "2020-01-01"),
            (2012, "2012-01-01", "2012-12-30"),
            (2015, "2015-01-01", "2016-01-04"),
            (2020, "2020-01-01", "2020-12-31"),
        ] {
            let case = with_period(year, start, end);
            assert!(case.run_inventory(not_twelve_months).is_empty(), "{start}");
            assert!(case.run_inventory(several_years).is_empty(), "{start}");
        }
    }

    #[test]
    fn a_short_period_and_one_of_several_years_are_findings() {
        let short = with_period(2016, "2016-01-01", "2016-01-12").run_inventory(not_twelve_months);
        assert_eq!(short[0].code, Code::PeriodNotTwelveMonths);
        assert_eq!(
            found(&short),
            [(
                "y001-period-not-twelve-months",
                Some("J5".to_owned()),
                vec![
                    "start=2016-01-01".to_owned(),
                    "end=2016-01-12".to_owned(),
                    "days=12".to_owned()
                ]
            )]
        );
        let long = with_period(2015, "2008-01-01", "2016-01-01").run_inventory(several_years);
        assert_eq!(long[0].code, Code::MultiYearPeriod);
        assert_eq!(long[0].args.get("days").unwrap().to_string(), "2923");
        let two = with_period(2015, "2014-01-01", "2015-12-31");
        assert!(two.run_inventory(not_twelve_months).is_empty());
        let two = two.run_inventory(several_years);
        assert_eq!(two[0].code, Code::MultiYearPeriod);
        let seven_months = with_period(2019, "2018-11-01", "2019-05-31");
        let found = seven_months.run_inventory(not_twelve_months);
        assert_eq!(found[0].code, Code::PeriodNotTwelveMonths);
    }

    #[test]
    fn the_future_is_judged_against_the_given_today() {
        let mut case = Case::of(Inventory::default());
        case.inventory.facts.year = Some(2027);
        case.today = NaiveDate::from_ymd_opt(2026, 12, 7);
        let found = case.run_inventory(future);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "y003-year-in-future");
        assert_eq!(
            found[0].args.pairs(),
            ["year=2027".to_owned(), "today=2026-12-07".to_owned()]
        );
        case.inventory.facts.year = Some(2026);
        let found = case.run_inventory(future);
        assert_eq!(found[0].message, "y003-period-not-over");
        case.inventory.facts.year = Some(2025);
        assert!(case.run_inventory(future).is_empty());
        // A fiscal year that ends after today.
        case.inventory.facts.period = Some(Period {
            start: Some(date("2026-07-01")),
            end: Some(date("2027-06-30")),
        });
        let found = case.run_inventory(future);
        let end = Field::Facts(FactField::PeriodEnd);
        assert_eq!(found[0].pointer, Some(end.pointer()));
    }

    #[test]
    fn an_old_inventory_is_a_finding_when_the_reporting_year_is_known() {
        let mut case = Case::of(Inventory::default()).cell(
            Field::Facts(FactField::Year),
            "CDP",
            "G3",
            "Measurement Year",
        );
        case.inventory.facts.year = Some(2005);
        assert!(case.run_inventory(reporting_lag).is_empty());
        case.inventory.facts.reporting_year = Some(2016);
        let old = case.run_inventory(reporting_lag);
        assert_eq!(
            found(&old),
            [(
                "y004-reported-years-later",
                Some("G3".to_owned()),
                vec![
                    "year=2005".to_owned(),
                    "reporting_year=2016".to_owned(),
                    "lag=11".to_owned(),
                    "most=3".to_owned()
                ]
            )]
        );
        case.inventory.facts.year = Some(2013);
        assert!(case.run_inventory(reporting_lag).is_empty());
        // The submission date gives the year when none is stated.
        case.inventory.facts.reporting_year = None;
        case.inventory.facts.submission_date = Some(date("2020-03-01"));
        assert_eq!(case.run_inventory(reporting_lag).len(), 1);
        case.options.max_reporting_lag_years = 7;
        assert!(case.run_inventory(reporting_lag).is_empty());
    }

    #[test]
    fn a_population_from_another_decade_is_a_finding() {
        let mut case = Case::of(Inventory::default());
        case.inventory.facts.year = Some(2018);
        case.inventory.city.population = Some(Population {
            value: Some(1000.0),
            year: Some(2010),
        });
        let found = case.run_inventory(population_year);
        assert_eq!(found[0].code, Code::PopulationYearFar);
        let year = Field::City(CityField::PopulationYear);
        assert_eq!(found[0].pointer, Some(year.pointer()));
        assert_eq!(found[0].args.get("apart").unwrap().to_string(), "8");
        case.inventory.city.population.as_mut().unwrap().year = Some(2013);
        assert!(case.run_inventory(population_year).is_empty());
        // A year the schema rejects is not judged again.
        case.inventory.city.population.as_mut().unwrap().year = Some(217);
        assert!(case.run_inventory(population_year).is_empty());
    }
}
