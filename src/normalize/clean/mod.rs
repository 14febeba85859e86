//! Cleaning of raw cell values shared by every reader.
//!
//! Submissions write the same value in many ways (GCoM eCRF workbooks,
//! CityCatalyst CSV exports, CDP open-data CSVs). Each function here turns
//! one raw text into a typed value or says why it cannot:
//! - [`number`]: numbers stored as text, in the usual locale forms, and
//!   [`DecimalMark`]: the file's own decimal mark, for `1,234` and `254.000`;
//! - [`period`] and [`excel_serial_date`]: inventory years and periods;
//! - [`gas`] and [`gas_list`]: the seven Kyoto gases;
//! - [`country`] and [`suggest_country`]: ISO 3166-1 alpha-2 codes;
//! - [`is_null_word`]: blanks and the words that mean "no value".

mod country;
mod date;
mod decimal_mark;
mod gas;
mod number;
mod period;

pub use country::{COUNTRIES_CSV, country, suggest_country};
pub use date::excel_serial_date;
pub use decimal_mark::DecimalMark;
pub use gas::{Gas, gas, gas_list};
pub use number::{has_ambiguous_separator, number, number_in};
pub use period::{Period, PeriodError, period};

use crate::read::clean_text;

/// Outcome of cleaning one raw value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cleaned<T> {
    Value(T),
    /// Blank, or a null word (see [`is_null_word`]).
    Null,
    /// Not understood; carries the cleaned text for messages.
    Invalid(String),
}

/// Words reporters put in a cell to say "no value", compared in lower case.
/// `NA` doubles as the GPC notation key "not applicable"; the other notation
/// keys (`NO`, `NE`, `IE`, `C`) carry meaning and are not null words.
const NULL_WORDS: &[&str] = &[
    // The eCRF template's placeholder in every dropdown nobody touched.
    "please select",
    "na",
    "n/a",
    "n.a.",
    "-",
    "\u{2013}",
    "\u{2014}",
    "not applicable",
    "none",
    "null",
    "#n/a",
];

/// True for blank text and the null words reporters use for "no value":
/// `NA`, `N/A`, `n.a.`, `-`, `–`, `—`, `Not Applicable`, `None`, `null`,
/// `#N/A` (case-insensitive, after [`clean_text`]), and template fields
/// left unfilled, `{{city}}`.
pub fn is_null_word(text: &str) -> bool {
    let cleaned = clean_text(text).to_lowercase();
    cleaned.is_empty() || NULL_WORDS.contains(&cleaned.as_str()) || is_template_field(&cleaned)
}

/// A template's fill-in field, `{{city_name}}`: a placeholder no one
/// replaced, which holds no value.
fn is_template_field(text: &str) -> bool {
    text.strip_prefix("{{")
        .and_then(|rest| rest.strip_suffix("}}"))
        .is_some_and(|inner| !inner.contains("{{") && !inner.contains("}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_and_null_words_are_null() {
        for text in [
            "",
            "  \u{200B} ",
            "NA",
            "N/A",
            "n.a.",
            "-",
            "\u{2013}",
            "\u{2014}",
            "Not Applicable",
            "not applicable",
            "NOT  APPLICABLE",
            "None",
            "null",
            "#N/A",
            "Please select",
            " n/a\u{00A0}",
            "{{city_name}}",
            " {{ inventory.year }} ",
        ] {
            assert!(is_null_word(text), "{text:?}");
        }
    }

    #[test]
    fn values_and_notation_keys_are_not_null() {
        for text in [
            "0",
            "NO",
            "NE",
            "IE",
            "C",
            "nan",
            "--",
            "n",
            "Not",
            "none yet",
            "{{a}} and {{b}}",
        ] {
            assert!(!is_null_word(text), "{text:?}");
        }
    }
}
