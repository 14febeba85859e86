//! Facts read from a file name, for exports that state them nowhere else:
//! CityCatalyst names its files `inventory-<UN/LOCODE>-<year>.csv` or
//! `<city-slug>-<year>-<anything>.csv`; people rename them
//! `Inventory-<City>-<year>.csv` or `<anything>-<UN/LOCODE>-<year>.csv`
//! (`01-near-ecrf-BR-RIO-2022.csv`).
//!
//! A UN/LOCODE gives the country (its first two letters) and, through the
//! bundled table ([`un_locode`]), the city's name: `inventory-BR ACZ-2022.csv`
//! is Aracruz, BR. A code written as CityCatalyst writes it (`BR ACZ`, with
//! its space) is a code even when the table lacks it: it then stands for the
//! city's name too. Written any other way (`BRACZ`, `BR-RIO`) it is a code
//! only when the table has it, so that `PARIS-2020.csv` stays Paris. Words
//! give no country: `Inventory-Valdivia-2020.csv` is Valdivia, country
//! unknown.

use std::path::Path;

use crate::normalize::un_locode;

/// What a file name says about its inventory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameFacts {
    /// The city's name: from the UN/LOCODE table (`BR ACZ` -> `Aracruz`),
    /// from words (`porto-alegre` -> `Porto Alegre`), or the code itself
    /// when the table lacks it; `city_from` says which.
    pub city: Option<String>,
    pub city_from: CityFrom,
    /// A UN/LOCODE such as `BR POA`.
    pub un_locode: Option<String>,
    /// The ISO country code of the UN/LOCODE.
    pub country: Option<String>,
    pub year: Option<i64>,
}

/// Where a file name's city name comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CityFrom {
    /// The words of the name (`porto-alegre`, `Valdivia`).
    #[default]
    Words,
    /// The UN/LOCODE table.
    UnLocode,
    /// A UN/LOCODE the table lacks: the code stands for the name.
    UnknownUnLocode,
}

pub fn facts_from_name(path: &Path) -> NameFacts {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if let Some(rest) = strip_prefix_ignore_case(stem, "inventory-")
        && let Some(facts) = locode_pattern(rest).or_else(|| slug_pattern(rest))
    {
        return facts;
    }
    slug_pattern(stem).unwrap_or_default()
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// `BR POA-2022`, or `BRPOA-2022` when the table has `BR POA`.
fn locode_pattern(rest: &str) -> Option<NameFacts> {
    let (code, year) = rest.rsplit_once('-')?;
    let year = parse_year(year)?;
    let spaced = code.trim().contains(char::is_whitespace);
    let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    // File names may hold any letter (`inventory-AéBC-2022`): split where a
    // char ends, never inside one, and let the ASCII checks refuse the rest.
    let (country, place) = compact.split_at_checked(2)?;
    let valid = country.chars().all(|c| c.is_ascii_uppercase())
        && place.len() == 3
        && place
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !valid {
        return None;
    }
    let (city, city_from) = match un_locode::lookup(country, place) {
        Some(found) => (found.name.to_owned(), CityFrom::UnLocode),
        None if spaced => (format!("{country} {place}"), CityFrom::UnknownUnLocode),
        None => return None,
    };
    Some(NameFacts {
        city: Some(city),
        city_from,
        un_locode: Some(format!("{country} {place}")),
        country: Some(country.to_owned()),
        year: Some(year),
    })
}

/// `porto-alegre-2022-demo-inventory`: the words before the first year.
fn slug_pattern(stem: &str) -> Option<NameFacts> {
    let parts: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let year_at = parts.iter().position(|p| parse_year(p).is_some())?;
    if year_at == 0 {
        return None;
    }
    // `...-BR-RIO-2022`: a UN/LOCODE just before the year.
    if year_at >= 2 {
        let code = format!(
            "{}{}-{}",
            parts[year_at - 2],
            parts[year_at - 1],
            parts[year_at]
        );
        if let Some(facts) = locode_pattern(&code) {
            return Some(facts);
        }
    }
    let city = parts[..year_at]
        .iter()
        .map(|w| title_case(w))
        .collect::<Vec<_>>()
        .join(" ");
    Some(NameFacts {
        city: Some(city),
        year: parse_year(parts[year_at]),
        ..NameFacts::default()
    })
}

fn parse_year(text: &str) -> Option<i64> {
    let year: i64 = text.parse().ok().filter(|_| text.len() == 4)?;
    (1990..=2100).contains(&year).then_some(year)
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str) -> NameFacts {
        facts_from_name(Path::new(name))
    }

    fn coded(city: &str, from: CityFrom, code: &str, year: i64) -> NameFacts {
        NameFacts {
            city: Some(city.into()),
            city_from: from,
            un_locode: Some(code.into()),
            country: Some(code[..2].into()),
            year: Some(year),
        }
    }

    fn worded(city: &str, year: i64) -> NameFacts {
        NameFacts {
            city: Some(city.into()),
            year: Some(year),
            ..NameFacts::default()
        }
    }

    #[test]
    fn locode_names_give_the_city_of_the_code_its_country_and_year() {
        assert_eq!(
            read("exports/inventory-BR POA-2022.csv"),
            coded("Pôrto Alegre", CityFrom::UnLocode, "BR POA", 2022)
        );
        assert_eq!(
            read("inventory-BR ACZ-2022.csv"),
            coded("Aracruz", CityFrom::UnLocode, "BR ACZ", 2022)
        );
        // Without its space, a code the table has.
        assert_eq!(
            read("inventory-BRACZ-2021.csv"),
            coded("Aracruz", CityFrom::UnLocode, "BR ACZ", 2021)
        );
    }

    #[test]
    fn a_code_the_table_lacks_stands_for_the_name_when_written_as_a_code() {
        assert_eq!(
            read("inventory-BR XYZ-2022.csv"),
            coded("BR XYZ", CityFrom::UnknownUnLocode, "BR XYZ", 2022)
        );
        // Five capitals without a space are a code only when the table has
        // them: `PARIS` is a word.
        assert_eq!(read("inventory-PARIS-2020.csv"), worded("Paris", 2020));
        assert_eq!(read("inventory-BRXYZ-2022.csv"), worded("Brxyz", 2022));
    }

    #[test]
    fn slug_names_give_city_and_year() {
        assert_eq!(
            read("porto-alegre-2022-demo-inventory.csv"),
            worded("Porto Alegre", 2022)
        );
    }

    #[test]
    fn non_ascii_names_are_read_without_panicking() {
        // `é` straddles the byte where a UN/LOCODE's country part ends.
        for name in [
            "inventory-AéBC-2022.csv",
            "inventory-BRé-2022.csv",
            "inventory-ÉÉÉ-2022.csv",
            "inventory-ÅBCDE-2022.csv",
            "inventory-BR PÖA-2022.csv",
            "inventory-日本-2022.csv",
        ] {
            // No UN/LOCODE; the words before the year are a city's name.
            let facts = read(name);
            assert_eq!((facts.un_locode, facts.country), (None, None), "{name}");
            assert_eq!(facts.year, Some(2022), "{name}");
            assert_eq!(facts.city_from, CityFrom::Words, "{name}");
        }
        assert_eq!(
            read("são-paulo-2022-inventário.csv"),
            worded("São Paulo", 2022)
        );
        assert_eq!(read("ÅRHUS_2021.csv"), worded("Århus", 2021));
        assert_eq!(read("東京-2020.csv"), worded("東京", 2020));
    }

    #[test]
    fn renamed_exports_give_their_city_or_code() {
        // No country is guessed from a name.
        assert_eq!(
            read("Inventory-Valdivia-2020.csv"),
            worded("Valdivia", 2020)
        );
        assert_eq!(
            read("01-near-ecrf-BR-RIO-2022.csv"),
            coded("Rio de Janeiro", CityFrom::UnLocode, "BR RIO", 2022)
        );
        assert_eq!(
            read("report-br-rio-2022.csv"),
            worded("Report Br Rio", 2022)
        );
        // Apart, a code the table lacks is words.
        assert_eq!(
            read("01-near-ecrf-BR-XYZ-2022.csv"),
            worded("01 Near Ecrf Br Xyz", 2022)
        );
    }

    #[test]
    fn other_names_give_nothing() {
        for name in ["emissions.csv", "2022-report.csv", "inventory-final.csv"] {
            assert_eq!(read(name), NameFacts::default(), "{name}");
        }
    }
}
