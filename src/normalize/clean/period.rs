//! Inventory years and periods, as CDP, eCRF and CityCatalyst files write
//! them: `2015`, `2015.0`, `2013/2014`, `2013/14`, `2015-01-01 - 2015-12-31`,
//! `- 2017-12-31`, `2016-12-01 -`, `12/31/2013 12:00:00 AM`,
//! `2013 Apr - 2014 Mar`, `01 July 2015-30 June 2016`, `2015-01-01`.
//!
//! `FY 2022`, `FY2016`, `01 July 2014-- 30 June 2015` (a run of marks is
//! one), with tabs and trailing spaces anywhere.
//!
//! Rules for the reporting year (the GPC asks for one continuous 12-month
//! period, calendar or fiscal, so a period is named by one year):
//! - a single year, month or date gives its own year, with no dates;
//! - a period is reported under the year of its end: fiscal `2013/2014` and
//!   `2013 Apr - 2014 Mar` are 2014. An end on 1 January is read as an
//!   exclusive end, so `2009-01-01 - 2010-01-01` is 2009 (CDP data holds
//!   many such periods);
//! - a period with only a start is assumed to run 12 months: the year is
//!   that of the day before the start's anniversary (`2016-12-01 -` is 2017);
//! - months stand for their first day at the start and last day at the end;
//!   bare years give no dates (`2013/2014` keeps start and end `None`);
//! - `FY<year>` is the fiscal year ending in that year (`FY2016` is 2016,
//!   `FY 2015/16` too), with no dates: where it starts is not written;
//! - a short second year is accepted only for consecutive years
//!   (`2013/14`, `2011-12` are fiscal years, not December 2011).
//!
//! Blank text and null words are `Unparsed`: callers test
//! [`super::is_null_word`] first when a blank period is allowed.

use chrono::{Datelike, Months, NaiveDate};

use super::date::{Point, point};
use crate::normalize::text::fold;
use crate::read::clean_text;

/// Characters that separate the two ends of a period.
const RANGE_MARKS: &[char] = &['-', '\u{2013}', '\u{2014}', '/'];

/// An inventory period: the year it is reported under and, when known, its
/// exact dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    pub year: i32,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// Why a period could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum PeriodError {
    /// The end comes before the start.
    Reversed { start: NaiveDate, end: NaiveDate },
    /// Not a year or period form; carries the cleaned text.
    Unparsed(String),
}

/// Reads a year or a period; see the module comment for the rules.
pub fn period(text: &str) -> Result<Period, PeriodError> {
    let folded = single_marks(&fold(text).replace(" to ", " - "));
    if let Some(rest) = fiscal(&folded) {
        return period(rest).map_err(|_| PeriodError::Unparsed(clean_text(text)));
    }
    if let Some(single) = point(&folded) {
        return Ok(Period {
            year: single.year(),
            start: None,
            end: None,
        });
    }
    let mut ends = range_splits(&folded).filter_map(|(left, right)| range_ends(left, right));
    match ends.next() {
        Some((start, Some(end))) => closed(start, end),
        Some((Some(start), None)) => Ok(open_end(start)),
        Some((None, None)) | None => Err(PeriodError::Unparsed(clean_text(text))),
    }
}

/// The rest of `fy 2016`, `fy2016`, `fy 2015/16`: a fiscal year is named
/// by the year it ends in, so the rest reads as a year or period does.
fn fiscal(folded: &str) -> Option<&str> {
    let rest = folded.strip_prefix("fy")?.trim_start_matches(['.', ' ']);
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some(rest)
}

/// A run of range marks as one (`2014-- 2015` as `2014- 2015`).
fn single_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_mark = false;
    for c in text.chars() {
        let mark = RANGE_MARKS.contains(&c);
        if !(mark && last_mark) {
            out.push(c);
        }
        last_mark = mark;
    }
    out
}

/// Every way to cut the text in two at a range mark.
fn range_splits(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.char_indices()
        .filter(|(_, c)| RANGE_MARKS.contains(c))
        .map(|(index, c)| {
            let (left, right) = (&text[..index], &text[index + c.len_utf8()..]);
            (left.trim(), right.trim())
        })
}

/// Both ends of a cut, when each side is blank or a point.
fn range_ends(left: &str, right: &str) -> Option<(Option<Point>, Option<Point>)> {
    let start = optional_point(left)?;
    let end = match (start, short_year(right)) {
        (Some(Point::Year(first)), Some(short)) => Some(Point::Year(next_year(first, short)?)),
        _ => optional_point(right)?,
    };
    (start.is_some() || end.is_some()).then_some((start, end))
}

/// `Some(None)` for a blank side, `None` for a side that is not a point.
fn optional_point(text: &str) -> Option<Option<Point>> {
    match text.is_empty() {
        true => Some(None),
        false => point(text).map(Some),
    }
}

/// A two-digit year such as the `14` of `2013/14`.
fn short_year(text: &str) -> Option<u32> {
    let two_digits = text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit());
    two_digits.then(|| text.parse().ok()).flatten()
}

/// The year after `first` when it ends in `short`.
fn next_year(first: i32, short: u32) -> Option<i32> {
    let next = first + 1;
    (next.rem_euclid(100) == i32::try_from(short).ok()?).then_some(next)
}

/// A period with a known end, and a start unless it is open.
fn closed(start: Option<Point>, end: Point) -> Result<Period, PeriodError> {
    if let Some(start) = start {
        let (first, last) = (start.first_day(), end.last_day());
        if last < first {
            return Err(PeriodError::Reversed {
                start: first,
                end: last,
            });
        }
    }
    Ok(Period {
        year: reporting_year(end),
        start: start.and_then(start_date),
        end: end_date(end),
    })
}

/// A period with only a start, taken to run 12 months.
fn open_end(start: Point) -> Period {
    let first = start.first_day();
    let last = first
        .checked_add_months(Months::new(12))
        .and_then(|day| day.pred_opt());
    let year = match (start.is_year(), last) {
        (false, Some(last)) => last.year(),
        _ => start.year(),
    };
    Period {
        year,
        start: start_date(start),
        end: None,
    }
}

/// Year of the period's end, with 1 January read as an exclusive end.
fn reporting_year(end: Point) -> i32 {
    match end_date(end) {
        Some(day) if day.month() == 1 && day.day() == 1 => day.year() - 1,
        Some(day) => day.year(),
        None => end.year(),
    }
}

fn start_date(point: Point) -> Option<NaiveDate> {
    (!point.is_year()).then(|| point.first_day())
}

fn end_date(point: Point) -> Option<NaiveDate> {
    (!point.is_year()).then(|| point.last_day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn dated(
        year: i32,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
    ) -> Result<Period, PeriodError> {
        Ok(Period { year, start, end })
    }

    fn bare(year: i32) -> Result<Period, PeriodError> {
        dated(year, None, None)
    }

    #[test]
    fn single_years_and_dates() {
        assert_eq!(period("2015"), bare(2015));
        assert_eq!(period(" 2015.0 "), bare(2015));
        assert_eq!(period("2015-01-01"), bare(2015));
        assert_eq!(period("12/31/2013 12:00:00 AM"), bare(2013));
        assert_eq!(period("01/01/2010 12:00:00 AM"), bare(2010));
        assert_eq!(period("April 2013"), bare(2013));
    }

    #[test]
    fn year_ranges_are_reported_under_the_end_year() {
        assert_eq!(period("2013/2014"), bare(2014));
        assert_eq!(period("2013-2014"), bare(2014));
        assert_eq!(period("2013 \u{2013} 2014"), bare(2014));
        assert_eq!(period("2013/14"), bare(2014));
        assert_eq!(period("2011-12"), bare(2012));
        assert_eq!(period("1999/00"), bare(2000));
        assert_eq!(
            period("2013/15"),
            Err(PeriodError::Unparsed("2013/15".into()))
        );
    }

    #[test]
    fn date_ranges() {
        let calendar = dated(2015, Some(date(2015, 1, 1)), Some(date(2015, 12, 31)));
        assert_eq!(period("2015-01-01 - 2015-12-31"), calendar);
        assert_eq!(period("2015-01-01 to 2015-12-31"), calendar);
        assert_eq!(period("2015/01/01-2015/12/31"), calendar);
        assert_eq!(
            period("12/31/2013 - 12/30/2014"),
            dated(2014, Some(date(2013, 12, 31)), Some(date(2014, 12, 30)))
        );
        let fiscal = dated(2016, Some(date(2015, 7, 1)), Some(date(2016, 6, 30)));
        assert_eq!(period("01 July 2015-30 June 2016"), fiscal);
        assert_eq!(period("July 1, 2015 - June 30, 2016"), fiscal);
    }

    #[test]
    fn month_ranges_cover_whole_months() {
        let fiscal = dated(2014, Some(date(2013, 4, 1)), Some(date(2014, 3, 31)));
        assert_eq!(period("2013 Apr - 2014 Mar"), fiscal);
        assert_eq!(period("April 2013 - March 2014"), fiscal);
        assert_eq!(period("Abr 2013 - Mar 2014"), fiscal);
    }

    #[test]
    fn fiscal_years_are_named_by_their_end() {
        assert_eq!(period("FY 2022"), bare(2022));
        assert_eq!(period("FY2016"), bare(2016));
        assert_eq!(period("fy 2015/16"), bare(2016));
        assert_eq!(period("FY2015-2016 "), bare(2016));
    }

    #[test]
    fn doubled_marks_tabs_and_trailing_spaces() {
        let fiscal = dated(2015, Some(date(2014, 7, 1)), Some(date(2015, 6, 30)));
        assert_eq!(period("01 July 2014-- 30 June 2015"), fiscal);
        assert_eq!(period("01 July 2014--\t30 June 2015 \t "), fiscal);
        assert_eq!(period("2013-2014\t "), bare(2014));
    }

    #[test]
    fn end_on_first_of_january_is_exclusive() {
        let period_2009 = dated(2009, Some(date(2009, 1, 1)), Some(date(2010, 1, 1)));
        assert_eq!(period("2009-01-01 - 2010-01-01"), period_2009);
        assert_eq!(
            period("- 2010-01-01"),
            dated(2009, None, Some(date(2010, 1, 1)))
        );
    }

    #[test]
    fn open_periods() {
        assert_eq!(
            period("- 2017-12-31"),
            dated(2017, None, Some(date(2017, 12, 31)))
        );
        assert_eq!(
            period("- 2019-06-30"),
            dated(2019, None, Some(date(2019, 6, 30)))
        );
        assert_eq!(
            period("2016-12-01 -"),
            dated(2017, Some(date(2016, 12, 1)), None)
        );
        assert_eq!(
            period("2016-01-01 -"),
            dated(2016, Some(date(2016, 1, 1)), None)
        );
        assert_eq!(period("2016 -"), bare(2016));
    }

    #[test]
    fn reversed_periods() {
        let reversed = |start, end| Err(PeriodError::Reversed { start, end });
        assert_eq!(
            period("2016-12-31 - 2016-01-01"),
            reversed(date(2016, 12, 31), date(2016, 1, 1))
        );
        assert_eq!(
            period("2015-04-01 - 2015-03-31"),
            reversed(date(2015, 4, 1), date(2015, 3, 31))
        );
        assert_eq!(
            period("2014/2013"),
            reversed(date(2014, 1, 1), date(2013, 12, 31))
        );
    }

    #[test]
    fn unparsed_text_is_kept_cleaned() {
        for text in [
            "",
            "-",
            "n/a",
            "last year",
            "2015 - soon",
            "FY",
            "FY soon",
            "15",
        ] {
            assert_eq!(
                period(text),
                Err(PeriodError::Unparsed(clean_text(text))),
                "{text:?}"
            );
        }
        assert_eq!(
            period("  about\u{00A0}2015 "),
            Err(PeriodError::Unparsed("about 2015".into()))
        );
    }
}
