//! How written units are compared. A spelling is first made *compact*:
//! spaces and the marks `. - _ ( ) ^` dropped, subscript and superscript
//! digits made plain (`CO₂` -> `CO2`, `m³` -> `m3`), and every way of
//! writing CO2-equivalent (`CO2eq`, `CO2-e`, `CO2 equivalent`, `CO2E`)
//! made `CO2e`. The compact form keeps its case; its lower-case form is the
//! look-up key, so case only matters where two units share a key (`Mt`
//! megatonne against `mt` metric tonne).

use crate::read::clean_text;

/// Marks that never change a unit's meaning.
const DROPPED: &[char] = &[
    '.', '-', '_', '(', ')', '^', '\u{2010}', '\u{2011}', '\u{2013}',
];

/// Tails of `co2` (in lower case, longest first) that mean CO2-equivalent.
const EQUIVALENT_TAILS: &[&str] = &["equivalents", "equivalent", "equiv", "eq", "e"];

/// The written text in compact form, case kept.
pub(super) fn compact(written: &str) -> String {
    let plain: String = clean_text(written)
        .chars()
        .filter(|c| !c.is_whitespace() && !DROPPED.contains(c))
        .map(plain_digit)
        .collect();
    co2e_spelled_alike(&plain)
}

/// Words for a year at the end of a unit (lower case).
const YEAR_WORDS: &[&str] = &["annum", "year", "yr", "a"];

/// The unit without a per-year ending (`MWh/year`, `MWh / yr`, `therms per
/// year`, `kWh a year`): an inventory's activity data and emission factors
/// are for one year, so the ending says nothing more. Other text is
/// returned as it is.
pub(super) fn without_per_year(written: &str) -> &str {
    let trimmed = written.trim_end();
    // ASCII lower-casing keeps byte offsets.
    let lower = trimmed.to_ascii_lowercase();
    for word in YEAR_WORDS {
        let Some(before) = lower.strip_suffix(word) else {
            continue;
        };
        let before = before.trim_end();
        let rest = before
            .strip_suffix('/')
            .or_else(|| before.strip_suffix(" per"))
            .or_else(|| {
                (*word == "year")
                    .then(|| before.strip_suffix(" a"))
                    .flatten()
            });
        if let Some(rest) = rest.map(str::trim_end).filter(|r| !r.is_empty()) {
            return &trimmed[..rest.len()];
        }
    }
    written
}

/// The look-up key of a compact spelling.
pub(super) fn key(compact: &str) -> String {
    compact.to_lowercase()
}

/// `₀`..`₉` and `⁰`..`⁹` as `0`..`9`; other characters unchanged.
fn plain_digit(c: char) -> char {
    let subscript = (c as u32)
        .checked_sub('\u{2080}' as u32)
        .filter(|d| *d < 10);
    let superscript = match c {
        '\u{00B9}' => Some(1),
        '\u{00B2}' => Some(2),
        '\u{00B3}' => Some(3),
        '\u{2070}' => Some(0),
        '\u{2074}'..='\u{2079}' => Some(c as u32 - 0x2070),
        _ => None,
    };
    subscript
        .or(superscript)
        .and_then(|d| char::from_digit(d, 10))
        .unwrap_or(c)
}

/// Each `co2` followed by an equivalent tail (ending the word) becomes
/// `CO2e`; any other `co2` becomes `CO2`.
fn co2e_spelled_alike(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find("co2") {
        let start = at + found;
        out.push_str(&text[at..start]);
        let after = start + 3;
        let ends_word = |end: usize| !lower[end..].starts_with(|c: char| c.is_ascii_alphabetic());
        let tail = EQUIVALENT_TAILS
            .iter()
            .find(|tail| lower[after..].starts_with(*tail) && ends_word(after + tail.len()));
        match tail {
            Some(tail) => {
                out.push_str("CO2e");
                at = after + tail.len();
            }
            None => {
                out.push_str("CO2");
                at = after;
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_marks_and_small_digits_go() {
        assert_eq!(compact(" t CO₂e "), "tCO2e");
        assert_eq!(compact("m³"), "m3");
        assert_eq!(compact("m^3"), "m3");
        assert_eq!(compact("gal (US)"), "galUS");
        assert_eq!(compact("vehicle-km"), "vehiclekm");
        assert_eq!(compact("\u{00A0}kWh\u{200B}"), "kWh");
    }

    #[test]
    fn co2_equivalent_spellings_are_one() {
        for written in [
            "tCO2e",
            "t CO2eq",
            "t CO2-e",
            "tCO2-eq.",
            "t CO2 equivalent",
            "tco2E",
        ] {
            assert_eq!(compact(written), "tCO2e", "{written}");
        }
        assert_eq!(compact("kg co2"), "kgCO2");
        assert_eq!(compact("MTCO2E"), "MTCO2e");
        assert_eq!(compact("kg CO2 emitted"), "kgCO2emitted");
    }

    #[test]
    fn keys_are_lower_case() {
        assert_eq!(key(&compact("MtCO2e")), "mtco2e");
        assert_eq!(key(&compact("MMBtu")), "mmbtu");
    }
}
