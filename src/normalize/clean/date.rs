//! Calendar points as reporters write them: a year (`2015`, `2015.0`), a
//! month (`2013 Apr`, `April 2013`), or a day (`2015-01-01`, `12/31/2013
//! 12:00:00 AM`, `31.12.2013`, `01 July 2015`, `July 1, 2015`), plus Excel
//! serial day numbers. Month names are English, Spanish or Portuguese, in
//! full or shortened to three or more letters.
//!
//! Numeric day forms: a four-digit first part is year-month-day; otherwise
//! the year comes last, `/` is read month-first as US exports (CDP) write
//! it unless the first number exceeds 12, and `.` or `-` are day-first.

use chrono::{Datelike, Days, Months, NaiveDate};

/// Month names whose prefixes (three letters or more) name the month.
const MONTH_NAMES: [&[&str]; 12] = [
    &["january", "enero", "janeiro"],
    &["february", "febrero", "fevereiro"],
    &["march", "marzo", "marco"],
    &["april", "abril"],
    &["may", "mayo", "maio"],
    &["june", "junio", "junho"],
    &["july", "julio", "julho"],
    &["august", "agosto"],
    &["september", "septiembre", "setiembre", "setembro"],
    &["october", "octubre", "outubro"],
    &["november", "noviembre", "novembro"],
    &["december", "diciembre", "dezembro"],
];

/// Filler words in written dates (`1st of July 2015`, `1 de julio de 2015`).
const FILLERS: &[&str] = &["of", "de", "del"];

/// Excel 1900-system serial day number to a date: 1 is 1900-01-01 and 60
/// is Excel's phantom 1900-02-29, which is no date and gives `None`. Any
/// time of day (the fraction) is dropped. `None` outside 1..=2958465
/// (9999-12-31).
pub fn excel_serial_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let day = serial.trunc() as u64;
    let epoch = match day {
        1..=59 => NaiveDate::from_ymd_opt(1899, 12, 31)?,
        60 => return None,
        _ => NaiveDate::from_ymd_opt(1899, 12, 30)?,
    };
    epoch.checked_add_days(Days::new(day))
}

/// A year, a month of a year, or a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Point {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl Point {
    pub(super) fn is_year(self) -> bool {
        matches!(self, Point::Year(_))
    }

    pub(super) fn year(self) -> i32 {
        match self {
            Point::Year(year) | Point::Month(year, _) => year,
            Point::Day(date) => date.year(),
        }
    }

    /// First day covered (1 January for a year).
    pub(super) fn first_day(self) -> NaiveDate {
        match self {
            Point::Year(year) => ymd(year, 1, 1),
            Point::Month(year, month) => ymd(year, month, 1),
            Point::Day(date) => date,
        }
    }

    /// Last day covered (31 December for a year).
    pub(super) fn last_day(self) -> NaiveDate {
        match self {
            Point::Year(year) => ymd(year, 12, 31),
            Point::Month(..) => {
                let first = self.first_day();
                let next = first.checked_add_months(Months::new(1));
                next.and_then(|day| day.pred_opt()).unwrap_or(first)
            }
            Point::Day(date) => date,
        }
    }
}

/// A date known to exist: callers have checked year and month already.
fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// Reads one point from folded (lower-case) text; `None` when it is not one.
pub(super) fn point(text: &str) -> Option<Point> {
    let words = words_without_time(text);
    match words.as_slice() {
        [one] => year(one)
            .map(Point::Year)
            .or_else(|| numeric_day(one).map(Point::Day)),
        [a, b] => month_of_year(a, b),
        [a, b, c] => written_day(a, b, c).map(Point::Day),
        _ => None,
    }
}

/// Words of the text without a time of day (`12:00:00`, `am`, `T00:00`)
/// and without filler words.
fn words_without_time(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty() && !FILLERS.contains(word))
        .filter(|word| !matches!(*word, "am" | "pm"))
        .filter_map(|word| match word.contains(':') {
            true => word.split_once('t').map(|(date, _)| date),
            false => Some(word),
        })
        .collect()
}

/// A four-digit year, also as `2015.0`.
pub(super) fn year(word: &str) -> Option<i32> {
    let (whole, fraction) = word.split_once('.').unwrap_or((word, "0"));
    let zero_fraction = !fraction.is_empty() && fraction.bytes().all(|b| b == b'0');
    let four_digits = whole.len() == 4 && whole.bytes().all(|b| b.is_ascii_digit());
    (four_digits && zero_fraction)
        .then(|| whole.parse().ok())
        .flatten()
}

/// Month number of a month name or its prefix of three letters or more.
fn month_name(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let index = MONTH_NAMES
        .iter()
        .position(|names| names.iter().any(|name| name.starts_with(word)))?;
    u32::try_from(index + 1).ok()
}

/// Day of month, also written as an ordinal (`1st`, `22nd`, `30th`).
fn day_number(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    let short = (1..=2).contains(&digits.len());
    short.then(|| digits.parse().ok()).flatten()
}

/// `2013 apr` or `apr 2013`.
fn month_of_year(a: &str, b: &str) -> Option<Point> {
    let (year, month) = match year(a) {
        Some(year) => (year, month_name(b)?),
        None => (year(b)?, month_name(a)?),
    };
    NaiveDate::from_ymd_opt(year, month, 1).map(|_| Point::Month(year, month))
}

/// `01 july 2015`, `july 1 2015` or `2015 july 01`.
fn written_day(a: &str, b: &str, c: &str) -> Option<NaiveDate> {
    let (year, month, day) = if let Some(year) = year(a) {
        (year, month_name(b)?, day_number(c)?)
    } else if let Some(month) = month_name(a) {
        (year(c)?, month, day_number(b)?)
    } else {
        (year(c)?, month_name(b)?, day_number(a)?)
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `2015-01-31`, `2015/01/31`, `12/31/2013`, `31/12/2013`, `31.12.2013`.
fn numeric_day(word: &str) -> Option<NaiveDate> {
    let separator = word.chars().find(|c| !c.is_ascii_digit())?;
    let parts: Vec<&str> = word.split(separator).collect();
    let [first, second, third] = parts.as_slice() else {
        return None;
    };
    if !matches!(separator, '-' | '/' | '.') || [first, second, third].iter().any(|p| p.is_empty())
    {
        return None;
    }
    let number = |part: &str| part.parse::<u32>().ok();
    let (year, month, day) = if first.len() == 4 {
        (year(first)?, number(second)?, number(third)?)
    } else if separator == '/' && number(first)? <= 12 {
        (year(third)?, number(first)?, number(second)?)
    } else {
        (year(third)?, number(second)?, number(first)?)
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn excel_serials() {
        assert_eq!(excel_serial_date(1.0), Some(date(1900, 1, 1)));
        assert_eq!(excel_serial_date(59.0), Some(date(1900, 2, 28)));
        assert_eq!(excel_serial_date(60.0), None);
        assert_eq!(excel_serial_date(61.0), Some(date(1900, 3, 1)));
        assert_eq!(excel_serial_date(41639.0), Some(date(2013, 12, 31)));
        assert_eq!(excel_serial_date(43830.75), Some(date(2019, 12, 31)));
        assert_eq!(excel_serial_date(2_958_465.0), Some(date(9999, 12, 31)));
        for outside in [0.0, 0.5, -1.0, 2_958_466.0, f64::NAN, f64::INFINITY] {
            assert_eq!(excel_serial_date(outside), None, "{outside}");
        }
    }

    #[test]
    fn years() {
        assert_eq!(point("2015"), Some(Point::Year(2015)));
        assert_eq!(point("2015.0"), Some(Point::Year(2015)));
        assert_eq!(point("2015.00"), Some(Point::Year(2015)));
        for not_year in ["15", "20155", "2015.5", "2015.", "two"] {
            assert_eq!(point(not_year), None, "{not_year}");
        }
    }

    #[test]
    fn months() {
        assert_eq!(point("2013 apr"), Some(Point::Month(2013, 4)));
        assert_eq!(point("april 2013"), Some(Point::Month(2013, 4)));
        assert_eq!(point("sept. 2013"), Some(Point::Month(2013, 9)));
        assert_eq!(point("marco 2013"), Some(Point::Month(2013, 3)));
        assert_eq!(point("dez 2013"), Some(Point::Month(2013, 12)));
        assert_eq!(point("ju 2013"), None);
        assert_eq!(Point::Month(2016, 2).last_day(), date(2016, 2, 29));
        assert_eq!(Point::Month(2014, 12).last_day(), date(2014, 12, 31));
    }

    #[test]
    fn month_prefixes_are_unambiguous() {
        for (index, names) in MONTH_NAMES.iter().enumerate() {
            for name in *names {
                for end in 3..=name.len() {
                    assert_eq!(
                        month_name(&name[..end]),
                        u32::try_from(index + 1).ok(),
                        "{name}"
                    );
                }
            }
        }
    }

    #[test]
    fn numeric_days() {
        let day = |text| point(text).map(Point::first_day);
        assert_eq!(day("2015-01-01"), Some(date(2015, 1, 1)));
        assert_eq!(day("2015/12/31"), Some(date(2015, 12, 31)));
        assert_eq!(day("12/31/2013 12:00:00 am"), Some(date(2013, 12, 31)));
        assert_eq!(day("01/02/2013"), Some(date(2013, 1, 2)));
        assert_eq!(day("31/12/2013"), Some(date(2013, 12, 31)));
        assert_eq!(day("31.12.2013"), Some(date(2013, 12, 31)));
        assert_eq!(day("01-02-2013"), Some(date(2013, 2, 1)));
        assert_eq!(day("2015-01-01t00:00:00"), Some(date(2015, 1, 1)));
        assert_eq!(day("2015-01-01 00:00"), Some(date(2015, 1, 1)));
        for bad in [
            "2015-02-30",
            "2015-13-01",
            "13/13/2013",
            "2015-01",
            "1-2-3",
            "2015--01",
        ] {
            assert_eq!(point(bad), None, "{bad}");
        }
    }

    #[test]
    fn written_days() {
        let day = |text| point(text).map(Point::first_day);
        assert_eq!(day("01 july 2015"), Some(date(2015, 7, 1)));
        assert_eq!(day("30 jun 2016"), Some(date(2016, 6, 30)));
        assert_eq!(day("july 1, 2015"), Some(date(2015, 7, 1)));
        assert_eq!(day("2015 jul 01"), Some(date(2015, 7, 1)));
        assert_eq!(day("1st of july 2015"), Some(date(2015, 7, 1)));
        assert_eq!(day("1 de julio de 2015"), Some(date(2015, 7, 1)));
        assert_eq!(day("31 june 2015"), None);
    }
}
