//! Y006: inventory years a table writes as periods (`2013-2014`,
//! `2013 Apr - 2014 Mar`, `01 July 2015-30 June 2016`) or fiscal years
//! (`FY2016`), read as one year by the convention of
//! [`crate::normalize::clean::period`]: a period is reported under the year
//! it ends in; `FY<year>` is the fiscal year ending in that year. One info
//! finding per file says so, at the first such cell, and lists where the
//! others are (one per inventory would drown a table of hundreds).

use crate::diagnostic::{Code, Finding};
use crate::layout::builder::Extraction;
use crate::model::source_map::Source;
use crate::normalize::clean;

/// How many cells the finding lists.
const LISTED: usize = 10;

/// The finding for the inventories whose year was derived, if any.
pub(super) fn derived_years(inventories: &[Extraction]) -> Option<Finding> {
    let derived: Vec<(&Source, &str, i64)> = inventories
        .iter()
        .filter_map(|out| {
            let source = out.sources.get("/inventory/year")?;
            let written = source.value.as_deref()?;
            Some((source, written, derived(written)?))
        })
        .collect();
    let (first, written, year) = *derived.first()?;
    let cells: Vec<String> = derived
        .iter()
        .take(LISTED)
        .map(|(source, _, _)| source.cell.to_string())
        .collect();
    Some(
        Finding::new(Code::YearFromPeriod, "y006-year-from-period")
            .arg("count", derived.len())
            .arg("written", written)
            .arg("year", year)
            .arg("cells", cells.join(", "))
            .arg("more", derived.len().saturating_sub(LISTED))
            .at(Some(first.cell.clone()))
            .field(Some(first.field.clone()))
            .pointer("/inventory/year")
            .value(Some(written.to_owned()))
            .help("y006-year-from-period-help"),
    )
}

/// The year a written period or fiscal year is reported under, when it is
/// not simply the first year written: `2013-2014` (2014), `FY2016`
/// (2016), `2016-12-01 -` (2017). `None` for a plain year or date, a period
/// within one year, CDP's `2009-01-01 - 2010-01-01` (2009), and text that is
/// no period.
fn derived(written: &str) -> Option<i64> {
    let read = clean::period(written).ok()?;
    let fiscal = written.trim_start().to_ascii_lowercase().starts_with("fy");
    let first_year = first_year(written);
    (fiscal || first_year.is_some_and(|y| y != read.year)).then_some(i64::from(read.year))
}

/// The first run of four digits in the text, as a year.
fn first_year(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 4)
        .and_then(|run| run.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_derived_from_periods() {
        for (written, year) in [
            ("2013-2014", 2014),
            ("2013 Apr - 2014 Mar", 2014),
            ("01 July 2015-30 June 2016", 2016),
            ("01 July 2014-- 30 June 2015\t ", 2015),
            ("FY 2022", 2022),
            ("FY2016", 2016),
            ("2013/14", 2014),
        ] {
            assert_eq!(derived(written), Some(year), "{written}");
        }
        for plain in [
            "2019",
            "2019.0",
            "2015-01-01 - 2015-12-31",
            "2009-01-01 - 2010-01-01",
            "soon",
        ] {
            assert_eq!(derived(plain), None, "{plain}");
        }
    }
}
