//! Countries as reporters name them, resolved to ISO 3166-1 alpha-2 codes.
//!
//! The table is `schemas/countries.csv`, embedded in the binary: one row per
//! ISO 3166-1 country (codes and short names from the ISO 3166 Maintenance
//! Agency list as shipped in Debian's `iso-codes` package), with aliases:
//! ISO formal names, UN M49 country names (`Bolivia (Plurinational State
//! of)`, `China, Hong Kong Special Administrative Region`), CDP spellings
//! (`Taiwan, Greater China`), local spellings (`Brasil`, `Deutschland`) and
//! common variants (`UK`, `South Korea`, `Ivory Coast`).
//!
//! Matching compares keys: case, accents, full stops and apostrophes are
//! ignored, other punctuation separates words, and a leading `the` is
//! dropped, so `U.S.A.` is `USA` and `Cote d'Ivoire` is `Côte d’Ivoire`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use strsim::damerau_levenshtein;

use super::is_null_word;
use crate::normalize::text::key;

/// Embedded copy of `schemas/countries.csv`.
pub static COUNTRIES_CSV: &str = include_str!("../../../schemas/countries.csv");

/// Names shorter than this (as keys) get no suggestion: too many are close.
const MIN_SUGGESTION_LEN: usize = 4;

/// One row of `schemas/countries.csv`.
#[derive(Debug, Deserialize)]
struct Row {
    alpha2: String,
    alpha3: String,
    name: String,
    /// Other names, separated by `|`.
    aliases: String,
}

impl Row {
    /// Every spelling of this country except its codes.
    fn names(&self) -> impl Iterator<Item = &str> {
        let aliases = self
            .aliases
            .split('|')
            .filter(|alias| !alias.trim().is_empty());
        std::iter::once(self.name.as_str()).chain(aliases)
    }
}

/// The parsed table: rows, and the row of every key.
struct Table {
    rows: Vec<Row>,
    by_key: HashMap<String, usize>,
    /// Keys of names and aliases (not codes), for suggestions.
    name_keys: Vec<(String, usize)>,
}

fn parse_rows(csv_text: &str) -> Vec<Row> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    reader.deserialize().filter_map(Result::ok).collect()
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let rows = parse_rows(COUNTRIES_CSV);
        let mut name_keys = Vec::new();
        let mut by_key = HashMap::new();
        for (index, row) in rows.iter().enumerate() {
            for name in row.names() {
                name_keys.push((country_key(name), index));
            }
            for code in [&row.alpha2, &row.alpha3] {
                by_key.insert(country_key(code), index);
            }
        }
        for (name, index) in &name_keys {
            by_key.insert(name.clone(), *index);
        }
        Table {
            rows,
            by_key,
            name_keys,
        }
    })
}

/// The comparison key of a country name (see the module comment).
fn country_key(text: &str) -> String {
    let key = key(text);
    match key.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => key,
    }
}

/// The row of a known spelling; null words name no country.
fn known(text: &str) -> Option<&'static Row> {
    if is_null_word(text) {
        return None;
    }
    let table = table();
    let index = *table.by_key.get(&country_key(text))?;
    table.rows.get(index)
}

/// ISO 3166-1 alpha-2 code of a country from its code (alpha-2 or alpha-3,
/// any case), English short name, UN-style formal name, common local
/// spelling or well-known variant. `None` when unknown, and for null words:
/// `NA` is read as "not applicable", not as Namibia (use `NAM`).
pub fn country(text: &str) -> Option<&'static str> {
    known(text).map(|row| row.alpha2.as_str())
}

/// A "did you mean" for an unknown country name: the English short name of
/// the country whose name or alias is closest, only when few letters differ
/// (one edit up to 5 letters, two up to 11, three beyond; nothing under 4
/// letters or for null words). A known name gives its own country's name.
pub fn suggest_country(text: &str) -> Option<&'static str> {
    if let Some(row) = known(text) {
        return Some(row.name.as_str());
    }
    let wanted = country_key(text);
    let letters = wanted.chars().count();
    if is_null_word(text) || letters < MIN_SUGGESTION_LEN {
        return None;
    }
    let allowed = (1 + letters / 6).min(3);
    closest(&wanted)
        .filter(|&(edits, _)| edits <= allowed)
        .map(|(_, row)| row.name.as_str())
}

/// The row whose name or alias key is fewest edits from `wanted`, and the
/// number of edits; the first row (in code order) wins a tie.
fn closest(wanted: &str) -> Option<(usize, &'static Row)> {
    let table = table();
    let (edits, index) = table
        .name_keys
        .iter()
        .map(|(name, index)| (damerau_levenshtein(wanted, name), *index))
        .min_by_key(|&(edits, _)| edits)?;
    Some((edits, table.rows.get(index)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pairs: &[(&str, &str)]) {
        for &(text, code) in pairs {
            assert_eq!(country(text), Some(code), "{text:?}");
        }
    }

    #[test]
    fn table_covers_iso_3166_1() {
        let rows = parse_rows(COUNTRIES_CSV);
        assert_eq!(rows.len(), 249);
        assert_eq!(COUNTRIES_CSV.lines().count(), 250, "every line parsed");
        for row in &rows {
            assert_eq!(row.alpha2.len(), 2, "{row:?}");
            assert_eq!(row.alpha3.len(), 3, "{row:?}");
            assert!(
                row.alpha2
                    .chars()
                    .chain(row.alpha3.chars())
                    .all(|c| c.is_ascii_uppercase())
            );
        }
    }

    #[test]
    fn no_key_names_two_countries() {
        let mut owners: HashMap<String, &str> = HashMap::new();
        for row in &parse_rows(COUNTRIES_CSV) {
            let codes = [row.alpha2.as_str(), row.alpha3.as_str()];
            for spelling in codes.into_iter().chain(row.names()) {
                let owner = owners.entry(country_key(spelling)).or_insert(&row.alpha2);
                assert_eq!(*owner, row.alpha2, "{spelling:?}");
            }
        }
    }

    #[test]
    fn codes_in_any_case() {
        check(&[
            ("BR", "BR"),
            ("br", "BR"),
            ("BRA", "BR"),
            ("deu", "DE"),
            (" gb ", "GB"),
            ("USA", "US"),
        ]);
    }

    #[test]
    fn short_and_formal_names() {
        check(&[
            ("Brazil", "BR"),
            ("United Kingdom of Great Britain and Northern Ireland", "GB"),
            ("Bolivia (Plurinational State of)", "BO"),
            ("Iran (Islamic Republic of)", "IR"),
            ("Republic of Korea", "KR"),
            ("United States of America", "US"),
            ("Viet Nam", "VN"),
            ("Türkiye", "TR"),
            ("Côte d'Ivoire", "CI"),
            ("Cote d'Ivoire", "CI"),
            ("COTE D’IVOIRE", "CI"),
            ("Venezuela (Bolivarian Republic of)", "VE"),
            ("United Republic of Tanzania", "TZ"),
            ("Democratic Republic of the Congo", "CD"),
            ("Congo", "CG"),
            ("State of Palestine", "PS"),
            ("China, Hong Kong Special Administrative Region", "HK"),
            ("Taiwan, Greater China", "TW"),
            ("Russian Federation", "RU"),
        ]);
    }

    #[test]
    fn local_spellings() {
        check(&[
            ("Brasil", "BR"),
            ("Deutschland", "DE"),
            ("España", "ES"),
            ("Espana", "ES"),
            ("México", "MX"),
            ("Perú", "PE"),
            ("Italia", "IT"),
            ("Sverige", "SE"),
            ("Österreich", "AT"),
            ("Schweiz", "CH"),
            ("Suisse", "CH"),
            ("Polska", "PL"),
            ("Nederland", "NL"),
            ("België", "BE"),
            ("Belgique", "BE"),
        ]);
    }

    #[test]
    fn well_known_variants() {
        check(&[
            ("USA", "US"),
            ("U.S.A.", "US"),
            ("UK", "GB"),
            ("Great Britain", "GB"),
            ("South Korea", "KR"),
            ("Russia", "RU"),
            ("Czech Republic", "CZ"),
            ("Czechia", "CZ"),
            ("Ivory Coast", "CI"),
            ("Turkey", "TR"),
            ("The Netherlands", "NL"),
            ("  united   states ", "US"),
            ("Guinea Bissau", "GW"),
        ]);
    }

    #[test]
    fn unknown_names() {
        for text in [
            "", "Atlantis", "Korea", "Europe", "Brazl", "XX", "NA", "n/a", "None",
        ] {
            assert_eq!(country(text), None, "{text:?}");
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest_country("Brazl"), Some("Brazil"));
        assert_eq!(suggest_country("Untied States"), Some("United States"));
        assert_eq!(suggest_country("Deutschlnd"), Some("Germany"));
        assert_eq!(suggest_country("Philipines"), Some("Philippines"));
        assert_eq!(suggest_country("Brasil"), Some("Brazil"));
        assert_eq!(suggest_country("Atlantis"), None);
        assert_eq!(suggest_country("Xyz"), None);
        assert_eq!(suggest_country(""), None);
        assert_eq!(suggest_country("None"), None);
        assert_eq!(suggest_country("NA"), None);
    }
}
