//! Numbers stored as text, in the locale forms real files use.
//!
//! CDP asks respondents to write numbers in their own "cultural setting"
//! and CityCatalyst offers five formats (plain, `1,234.5`, `1.234,5`,
//! `1 234,5`, `1'234.5`); this module reads all of them.
//!
//! Rules, in order:
//! 1. Blank text and null words are [`Cleaned::Null`].
//! 2. An optional sign (`+`, `-`, `−`) comes first.
//! 3. Plain forms Rust reads (`1234.5`, `.5`, `1e3`) are taken as they are,
//!    so a lone `.` is always the decimal point: `1.234` is 1.234.
//! 4. Otherwise digits must be split by single separators from
//!    `,` `.` space `'` `’`. When two kinds appear, the last separator is
//!    the decimal mark and the other kind groups thousands. When one kind
//!    appears: space and apostrophes always group; a repeated `,` or `.`
//!    groups; a lone `,` groups only when exactly three digits follow and
//!    the integer part is not `0` (`1,234` is 1234, `0,123` and `1234,5`
//!    are decimals).
//! 5. Groups after the first have three digits, except the Indian
//!    `12,34,567` form (pairs, then a final three, with `,`).
//!
//! Rules 3 and 4 settle `1.234` and `1,234` the English way. A file that
//! writes its decimals with a comma means the opposite, so [`number_in`]
//! takes the file's [`DecimalMark`]: with [`DecimalMark::Comma`] a lone `.`
//! followed by exactly three digits groups thousands (`254.000` is 254000)
//! and a lone `,` is the decimal mark (`1,234` is 1.234).

use super::decimal_mark::DecimalMark;
use super::{Cleaned, is_null_word};
use crate::read::clean_text;

/// Characters that may separate digit groups or mark decimals.
const SEPARATORS: &[char] = &[',', '.', ' ', '\'', '\u{2019}'];

/// Numbers stored as text, in the locale forms real files use: `1234.5`,
/// `1,234.5`, `1.234,5`, `1 234,5`, `1'234.5`, `1234,5`, `-12`, `1e3`, `+5`.
/// Null words give [`Cleaned::Null`]; anything else [`Cleaned::Invalid`].
pub fn number(text: &str) -> Cleaned<f64> {
    number_in(text, DecimalMark::Unknown)
}

/// [`number`] in a file whose decimal mark is known: it decides a lone `,`
/// or `.` followed by exactly three digits (see the module's rules).
pub fn number_in(text: &str, mark: DecimalMark) -> Cleaned<f64> {
    let cleaned = clean_text(text);
    if is_null_word(&cleaned) {
        return Cleaned::Null;
    }
    match signed(&cleaned, mark) {
        Some(value) => Cleaned::Value(value),
        None => Cleaned::Invalid(cleaned),
    }
}

/// True for a number whose one separator is a `,` or `.` followed by
/// exactly three digits, where both readings are well formed (`1,234`,
/// `254.000`, but not `0.123` or `1234,567`): only the file's decimal mark
/// tells a thousands separator from a decimal mark.
pub fn has_ambiguous_separator(text: &str) -> bool {
    let cleaned = clean_text(text);
    let (_, body) = split_sign(&cleaned);
    let Some((runs, seps)) = split_runs(body) else {
        return false;
    };
    matches!(seps.as_slice(), [',' | '.']) && could_group(&runs) && runs[0].len() <= 3
}

/// The decimal mark a number written as text shows beyond doubt: `12.5`,
/// `1,234.5` and `1,234,567` show a point; `12,5`, `1.234,5`, `1.234.567`
/// and `1 234,567` a comma. `1,234`, `254.000`, `1234` and `1 234` show
/// nothing, nor does text that is no number.
pub(super) fn shown_mark(text: &str) -> Option<DecimalMark> {
    let cleaned = clean_text(text);
    let (_, body) = split_sign(&cleaned);
    let (_, seps) = split_runs(body)?;
    let readable = [DecimalMark::Point, DecimalMark::Comma]
        .iter()
        .any(|&mark| signed(&cleaned, mark).is_some());
    if !readable || has_ambiguous_separator(&cleaned) {
        return None;
    }
    let mark_of = |c: char| match c {
        '.' => Some(DecimalMark::Point),
        ',' => Some(DecimalMark::Comma),
        _ => None,
    };
    let marks: Vec<char> = seps
        .iter()
        .copied()
        .filter(|c| matches!(c, ',' | '.'))
        .collect();
    match marks.as_slice() {
        [] => None,
        // One `,` or `.` beside spaces or apostrophes, or one alone that
        // cannot group (`12.5`, `0,123`): the decimal mark.
        [one] => mark_of(*one),
        [first, rest @ ..] if rest.iter().all(|c| c == first) => {
            // Repeated: it groups thousands, so the other mark is the decimal one.
            mark_of(if *first == '.' { ',' } else { '.' })
        }
        // Both: the last one is the decimal mark.
        _ => marks.last().copied().and_then(mark_of),
    }
}

fn signed(text: &str, mark: DecimalMark) -> Option<f64> {
    let (negative, body) = split_sign(text);
    // Rust reads `254.000` as 254 itself: with a decimal comma the grouped
    // reading comes first.
    let magnitude = match mark {
        DecimalMark::Comma => grouped(body, mark).or_else(|| plain(body)),
        DecimalMark::Point | DecimalMark::Unknown => plain(body).or_else(|| grouped(body, mark)),
    }?;
    Some(if negative { -magnitude } else { magnitude })
}

/// The sign, and the text after it (one space may follow the sign).
fn split_sign(text: &str) -> (bool, &str) {
    let mut chars = text.chars();
    match chars.next() {
        Some('-' | '\u{2212}') => (true, chars.as_str().trim_start()),
        Some('+') => (false, chars.as_str().trim_start()),
        _ => (false, text),
    }
}

/// Forms Rust parses itself; no sign, words (`inf`, `NaN`) or separators.
fn plain(body: &str) -> Option<f64> {
    let starts_well = body.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-');
    if !starts_well || !body.chars().all(allowed) {
        return None;
    }
    body.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Digits with group separators and at most one decimal mark.
fn grouped(body: &str, mark: DecimalMark) -> Option<f64> {
    let (runs, seps) = split_runs(body)?;
    let decimal = decimal_index(&runs, &seps, mark);
    let int_end = decimal.unwrap_or(seps.len());
    let group_seps = &seps[..int_end];
    if let Some(index) = decimal {
        let mark = seps[index];
        let group_ok = group_seps.iter().all(|&s| s != mark);
        if !matches!(mark, ',' | '.') || !group_ok {
            return None;
        }
    }
    let int_runs = &runs[..=int_end];
    if !groups_ok(int_runs, group_seps) {
        return None;
    }
    let fraction = decimal.map_or("0", |index| runs[index + 1]);
    format!("{}.{}", int_runs.concat(), fraction).parse().ok()
}

/// Digit runs and the single separator between each pair of runs.
fn split_runs(body: &str) -> Option<(Vec<&str>, Vec<char>)> {
    let mut runs = Vec::new();
    let mut seps = Vec::new();
    let mut start = 0;
    for (index, c) in body.char_indices() {
        if c.is_ascii_digit() {
            continue;
        }
        if !SEPARATORS.contains(&c) || index == start {
            return None;
        }
        runs.push(&body[start..index]);
        seps.push(c);
        start = index + c.len_utf8();
    }
    if start == body.len() || seps.is_empty() {
        return None;
    }
    runs.push(&body[start..]);
    Some((runs, seps))
}

/// Index (in `seps`) of the decimal mark, if there is one (rule 4; a lone
/// separator that could group thousands does so when it is not the file's
/// decimal mark).
fn decimal_index(runs: &[&str], seps: &[char], file_mark: DecimalMark) -> Option<usize> {
    let last = seps.len() - 1;
    let mark = seps[last];
    if seps[..last].iter().any(|&s| s != mark) {
        return Some(last);
    }
    if seps.len() > 1 || !matches!(mark, ',' | '.') {
        return None;
    }
    let grouping = match file_mark {
        DecimalMark::Comma => '.',
        DecimalMark::Point | DecimalMark::Unknown => ',',
    };
    let thousands = mark == grouping && could_group(runs);
    (!thousands).then_some(last)
}

/// Digits, one separator, exactly three digits, and not `0` before it.
fn could_group(runs: &[&str]) -> bool {
    matches!(runs, [int, frac] if frac.len() == 3 && *int != "0")
}

/// Checks digit groups of the integer part (rule 5).
fn groups_ok(runs: &[&str], seps: &[char]) -> bool {
    let Some((&first, rest)) = runs.split_first() else {
        return false;
    };
    let Some((&last, middle)) = rest.split_last() else {
        return true;
    };
    let one_kind = seps.windows(2).all(|pair| pair[0] == pair[1]);
    let western = middle.iter().all(|run| run.len() == 3) && first.len() <= 3;
    let indian = seps[0] == ',' && middle.iter().all(|run| run.len() == 2) && first.len() <= 2;
    one_kind && last.len() == 3 && (western || indian)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cleaned::{Invalid, Null, Value};

    fn check(pairs: &[(&str, f64)]) {
        for &(text, expected) in pairs {
            assert_eq!(number(text), Value(expected), "{text:?}");
        }
    }

    #[test]
    fn plain_forms() {
        check(&[
            ("1234.5", 1234.5),
            ("-12", -12.0),
            ("+5", 5.0),
            ("1e3", 1000.0),
            ("1.5E-3", 0.0015),
            ("  42 \n", 42.0),
            ("\u{FEFF}7\u{200B}", 7.0),
            (".5", 0.5),
            ("0", 0.0),
            ("\u{2212}3", -3.0),
            ("- 12", -12.0),
        ]);
    }

    #[test]
    fn locale_forms() {
        check(&[
            ("1,234.5", 1234.5),
            ("1.234,5", 1234.5),
            ("1 234,5", 1234.5),
            ("1\u{00A0}234,5", 1234.5),
            ("1\u{202F}234,5", 1234.5),
            ("1'234.5", 1234.5),
            ("1\u{2019}234.5", 1234.5),
            ("1234,5", 1234.5),
            ("-1.234.567,89", -1234567.89),
            ("1,234,567", 1234567.0),
            ("1 234 567", 1234567.0),
            ("12,34,567.5", 1234567.5),
        ]);
    }

    #[test]
    fn ambiguous_single_separator() {
        check(&[
            ("1,234", 1234.0),
            ("1.234", 1.234),
            ("0,123", 0.123),
            ("1,23", 1.23),
            ("1,2345", 1.2345),
            ("1.234.567", 1234567.0),
        ]);
    }

    #[test]
    fn the_file_decimal_mark_settles_a_lone_separator_before_three_digits() {
        use DecimalMark::{Comma, Point, Unknown};
        let read = |text: &str, mark| number_in(text, mark);
        for (text, comma, point) in [
            ("254.000", 254_000.0, 254.0),
            ("1,234", 1.234, 1234.0),
            ("-254.000", -254_000.0, -254.0),
            ("12.5", 12.5, 12.5),
            ("12,5", 12.5, 12.5),
            ("0.123", 0.123, 0.123),
            ("1234.567", 1234.567, 1234.567),
            ("1.234.567", 1_234_567.0, 1_234_567.0),
            ("1.234,5", 1234.5, 1234.5),
            ("1,234.5", 1234.5, 1234.5),
            ("1e3", 1000.0, 1000.0),
        ] {
            assert_eq!(read(text, Comma), Value(comma), "{text:?} comma");
            assert_eq!(read(text, Point), Value(point), "{text:?} point");
            assert_eq!(read(text, Unknown), number(text), "{text:?} unknown");
        }
        // Only a comma file reads a lone comma before four digits' worth of
        // integer as its decimal mark.
        assert_eq!(read("1234,567", Comma), Value(1234.567));
        assert_eq!(read("1234,567", Point), Invalid("1234,567".into()));
        assert_eq!(read("n/a", Comma), Null);
    }

    #[test]
    fn ambiguous_separators_are_the_lone_ones_before_three_digits() {
        for text in ["1,234", "254.000", "-1.234", " 999,999 "] {
            assert!(has_ambiguous_separator(text), "{text:?}");
        }
        for text in [
            "0.123",
            "0,123",
            "1234.567",
            "1234,567",
            "1,234.5",
            "12.5",
            "1.234.567",
            "1e3",
            "1234",
            "1 234",
            "abc",
            "",
        ] {
            assert!(!has_ambiguous_separator(text), "{text:?}");
        }
    }

    #[test]
    fn numbers_show_their_mark_when_only_one_reading_fits() {
        use DecimalMark::{Comma, Point};
        for (text, shown) in [
            ("12.5", Some(Point)),
            ("0.123", Some(Point)),
            ("1234.567", Some(Point)),
            ("1,234.5", Some(Point)),
            ("1,234,567", Some(Point)),
            ("1'234.5", Some(Point)),
            ("12,5", Some(Comma)),
            ("0,123", Some(Comma)),
            ("1234,567", Some(Comma)),
            ("1.234,5", Some(Comma)),
            ("1.234.567", Some(Comma)),
            ("1 234,567", Some(Comma)),
            ("1,234", None),
            ("254.000", None),
            ("2022", None),
            ("1 234", None),
            ("1.2.3", None),
            ("I.1.1", None),
            ("12 %", None),
        ] {
            assert_eq!(shown_mark(text), shown, "{text:?}");
        }
    }

    #[test]
    fn null_words() {
        assert_eq!(number("Not Applicable"), Null);
        assert_eq!(number(""), Null);
        assert_eq!(number(" - "), Null);
        assert_eq!(number("#N/A"), Null);
    }

    #[test]
    fn anything_else_is_invalid() {
        for text in [
            "about 12",
            "12 %",
            "1,2,3",
            "1 23",
            "1.234,5,6",
            "1,234.567,8",
            "1'234'5",
            "1, 234",
            "1..2",
            "--5",
            "inf",
            "NaN",
            "1e999",
            "1,234,56",
            "1234 567",
            "12 tCO2e",
        ] {
            assert_eq!(number(text), Invalid(clean_text(text)), "{text:?}");
        }
    }
}
