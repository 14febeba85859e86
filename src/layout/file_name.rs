//! Facts read from a file name, for exports that state them nowhere else:
//! CityCatalyst names its files `inventory-<UN/LOCODE>-<year>.csv` or
//! `<city-slug>-<year>-<anything>.csv`; people rename them
//! `Inventory-<City>-<year>.csv` or `<anything>-<UN/LOCODE>-<year>.csv`
//! (`01-near-ecrf-BR-RIO-2022.csv`).

use std::path::Path;

/// What a file name says about its inventory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameFacts {
    /// A readable city name from a slug (`porto-alegre` -> `Porto Alegre`).
    pub city: Option<String>,
    /// A UN/LOCODE such as `BR POA`.
    pub un_locode: Option<String>,
    /// The ISO country code of the UN/LOCODE.
    pub country: Option<String>,
    pub year: Option<i64>,
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

/// `BR POA-2022` or `BRPOA-2022`.
fn locode_pattern(rest: &str) -> Option<NameFacts> {
    let (code, year) = rest.rsplit_once('-')?;
    let year = parse_year(year)?;
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
    Some(NameFacts {
        city: None,
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

    #[test]
    fn locode_names_give_code_country_and_year() {
        let facts = facts_from_name(Path::new("exports/inventory-BR POA-2022.csv"));
        assert_eq!(
            facts,
            NameFacts {
                city: None,
                un_locode: Some("BR POA".into()),
                country: Some("BR".into()),
                year: Some(2022)
            }
        );
        assert_eq!(
            facts_from_name(Path::new("inventory-BRACZ-2021.csv"))
                .un_locode
                .as_deref(),
            Some("BR ACZ")
        );
    }

    #[test]
    fn slug_names_give_city_and_year() {
        let facts = facts_from_name(Path::new("porto-alegre-2022-demo-inventory.csv"));
        assert_eq!(facts.city.as_deref(), Some("Porto Alegre"));
        assert_eq!(facts.year, Some(2022));
        assert_eq!(facts.un_locode, None);
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
            let facts = facts_from_name(Path::new(name));
            assert_eq!((facts.un_locode, facts.country), (None, None), "{name}");
            assert_eq!(facts.year, Some(2022), "{name}");
        }
        let facts = facts_from_name(Path::new("são-paulo-2022-inventário.csv"));
        assert_eq!(facts.city.as_deref(), Some("São Paulo"));
        assert_eq!(facts.year, Some(2022));
        let facts = facts_from_name(Path::new("ÅRHUS_2021.csv"));
        assert_eq!(facts.city.as_deref(), Some("Århus"));
        assert_eq!(facts.year, Some(2021));
        assert_eq!(
            facts_from_name(Path::new("東京-2020.csv")).city.as_deref(),
            Some("東京")
        );
    }

    #[test]
    fn renamed_exports_give_their_city_or_code() {
        let valdivia = facts_from_name(Path::new("Inventory-Valdivia-2020.csv"));
        assert_eq!(valdivia.city.as_deref(), Some("Valdivia"));
        assert_eq!(valdivia.year, Some(2020));
        assert_eq!(valdivia.country, None);
        let rio = facts_from_name(Path::new("01-near-ecrf-BR-RIO-2022.csv"));
        assert_eq!(
            rio,
            NameFacts {
                city: None,
                un_locode: Some("BR RIO".into()),
                country: Some("BR".into()),
                year: Some(2022),
            }
        );
        let lower = facts_from_name(Path::new("report-br-rio-2022.csv"));
        assert_eq!(lower.un_locode, None);
        assert_eq!(lower.city.as_deref(), Some("Report Br Rio"));
    }

    #[test]
    fn other_names_give_nothing() {
        assert_eq!(
            facts_from_name(Path::new("emissions.csv")),
            NameFacts::default()
        );
        assert_eq!(
            facts_from_name(Path::new("2022-report.csv")),
            NameFacts::default()
        );
        assert_eq!(
            facts_from_name(Path::new("inventory-final.csv")),
            NameFacts::default()
        );
    }
}
