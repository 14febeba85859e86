//! Reading a written unit: the unit it names, a warning when the spelling
//! may mean another unit (`MT`, bare `therm`), or the nearest spellings
//! when it names none.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::registry::{Spelling, Unit, table};
use super::spelling::{compact, key, without_per_year};

/// Most suggestions offered for an unknown unit.
const MAX_SUGGESTIONS: usize = 3;
/// Farthest edit distance of a suggestion, however long the text.
const MAX_DISTANCE: usize = 2;

/// What a written unit names.
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    Known(&'static Unit),
    /// Read as `unit`, but the spelling may mean another; `why` says so.
    Ambiguous {
        unit: &'static Unit,
        why: &'static str,
    },
    /// No unit; `suggestions` are the symbols of units spelled nearly alike,
    /// nearest first (none for blank text).
    Unknown {
        suggestions: Vec<&'static str>,
    },
}

/// The unit `written` names. Spaces, marks and case are ignored, except
/// that case tells apart units that differ only by it (`Mt`, `mt`). A
/// per-year ending is dropped (`MWh/year` is MWh): activity data are a
/// year's.
pub fn lookup(written: &str) -> Lookup {
    let found = lookup_as_written(written);
    let yearly = without_per_year(written);
    match found {
        Lookup::Unknown { .. } if yearly != written => match lookup_as_written(yearly) {
            Lookup::Unknown { .. } => found,
            known => known,
        },
        _ => found,
    }
}

/// [`lookup`] without dropping a per-year ending.
fn lookup_as_written(written: &str) -> Lookup {
    let compact = compact(written);
    if compact.is_empty() {
        return Lookup::Unknown {
            suggestions: Vec::new(),
        };
    }
    let key = key(&compact);
    match index().get(&key) {
        Some(candidates) => pick(candidates, &compact),
        None => Lookup::Unknown {
            suggestions: suggestions(&key),
        },
    }
}

/// Spellings by key. A key has several spellings only when they differ by case.
fn index() -> &'static HashMap<String, Vec<&'static Spelling>> {
    static INDEX: OnceLock<HashMap<String, Vec<&'static Spelling>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<String, Vec<&'static Spelling>> = HashMap::new();
        for spelling in &table().spellings {
            index
                .entry(key(&spelling.compact))
                .or_default()
                .push(spelling);
        }
        index
    })
}

/// Among spellings sharing a key: any one when they agree; otherwise the
/// one written with the same case; otherwise an ambiguous one (`mT` is read
/// like `mt`, with its warning); otherwise none, suggesting them all.
fn pick(candidates: &[&'static Spelling], compact: &str) -> Lookup {
    let agree = candidates
        .windows(2)
        .all(|pair| pair[0].unit == pair[1].unit && pair[0].ambiguity == pair[1].ambiguity);
    let chosen = if agree {
        candidates.first()
    } else {
        candidates
            .iter()
            .find(|s| s.compact == compact)
            .or_else(|| candidates.iter().find(|s| s.ambiguity.is_some()))
    };
    match chosen {
        Some(spelling) => outcome(spelling),
        None => Lookup::Unknown {
            suggestions: distinct_symbols(candidates.iter().copied()),
        },
    }
}

fn outcome(spelling: &'static Spelling) -> Lookup {
    let unit = unit_of(spelling);
    match spelling.ambiguity {
        Some(why) => Lookup::Ambiguous { unit, why },
        None => Lookup::Known(unit),
    }
}

fn unit_of(spelling: &Spelling) -> &'static Unit {
    &table().units[spelling.unit]
}

/// Symbols of the units spelled within a small edit distance of `wanted`
/// (a key): at most 2 edits, and at most one edit per three characters.
fn suggestions(wanted: &str) -> Vec<&'static str> {
    let length = wanted.chars().count();
    let mut near: Vec<(usize, &'static Spelling)> = table()
        .spellings
        .iter()
        .map(|s| (strsim::levenshtein(wanted, &key(&s.compact)), s))
        .filter(|&(distance, _)| distance <= MAX_DISTANCE && distance * 3 <= length)
        .collect();
    near.sort_by_key(|&(distance, _)| distance);
    distinct_symbols(near.into_iter().map(|(_, s)| s))
}

/// The first [`MAX_SUGGESTIONS`] distinct unit symbols, in order.
fn distinct_symbols(spellings: impl Iterator<Item = &'static Spelling>) -> Vec<&'static str> {
    let mut symbols: Vec<&'static str> = Vec::new();
    for spelling in spellings {
        let symbol = unit_of(spelling).symbol;
        if !symbols.contains(&symbol) {
            symbols.push(symbol);
        }
        if symbols.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    symbols
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::units::Dimension;

    fn symbol(written: &str) -> &'static str {
        match lookup(written) {
            Lookup::Known(unit) => unit.symbol,
            other => panic!("{written}: {other:?}"),
        }
    }

    fn ambiguous_symbol(written: &str) -> &'static str {
        match lookup(written) {
            Lookup::Ambiguous { unit, .. } => unit.symbol,
            other => panic!("{written}: {other:?}"),
        }
    }

    #[test]
    fn per_year_endings_and_animals_are_read() {
        for written in ["MWh/year", "MWh / yr", "MWh per year", "mwh/a"] {
            assert_eq!(symbol(written), "MWh", "{written}");
        }
        assert_eq!(ambiguous_symbol("therms/year"), "therm");
        for written in ["animals", "head", "Head", "animals/year"] {
            assert_eq!(symbol(written), "head", "{written}");
        }
        assert!(matches!(lookup("/year"), Lookup::Unknown { .. }));
        let factor = crate::normalize::units::emission_factor("kg CH4/head/year").unwrap();
        assert_eq!(factor.denominator.symbol, "head");
    }

    #[test]
    fn spellings_of_one_unit_agree() {
        for written in ["kWh", "kwh", "KWH", "kilowatt hours", " kWh "] {
            assert_eq!(symbol(written), "kWh", "{written}");
        }
        for written in ["m3", "m³", "M3", "cubic metres"] {
            assert_eq!(symbol(written), "m3", "{written}");
        }
        for written in [
            "tCO2e",
            "t CO2e",
            "tCO₂e",
            "t CO2-eq",
            "metric tonnes CO2e",
            "tonnes CO2e",
        ] {
            assert_eq!(symbol(written), "tCO2e", "{written}");
        }
    }

    #[test]
    fn spellings_in_the_fixtures_and_templates_resolve() {
        let known = [
            ("MJ", "MJ"),
            ("GJ", "GJ"),
            ("gal (US)", "gal (US)"),
            ("US gallons", "gal (US)"),
            ("ktCO2e", "ktCO2e"),
            ("kgCO2e", "kgCO2e"),
            ("t", "t"),
            ("vkm", "vkm"),
        ];
        for (written, expected) in known {
            assert_eq!(symbol(written), expected, "{written}");
        }
        for written in crate::normalize::units::dropdown() {
            assert_eq!(symbol(written), *written);
        }
    }

    #[test]
    fn megatonnes_and_us_metric_tonnes_differ_by_case() {
        let Lookup::Known(unit) = lookup("MtCO2e") else {
            panic!("MtCO2e is not known")
        };
        let megatonnes = (unit.symbol, unit.dimension, unit.factor);
        assert_eq!(megatonnes, ("MtCO2e", Dimension::Co2eMass, 1_000_000.0));
        for written in [
            "mtCO2e", "MTCO2e", "MT CO2e", "MTCO2E", "MTCDE", "mtco2e", "mTCO2e",
        ] {
            assert_eq!(ambiguous_symbol(written), "tCO2e", "{written}");
        }
        assert_eq!(symbol("Mt"), "Mt");
        assert_eq!(ambiguous_symbol("mt"), "t");
        assert_eq!(ambiguous_symbol("MT"), "t");
        let Lookup::Ambiguous { unit, why } = lookup("mtCO2e") else {
            unreachable!()
        };
        assert_eq!((unit.dimension, unit.factor), (Dimension::Co2eMass, 1.0));
        assert!(why.contains("megatonnes"), "{why}");
    }

    #[test]
    fn bare_therm_and_gallon_are_ambiguous() {
        assert_eq!(ambiguous_symbol("therm"), "therm");
        assert_eq!(ambiguous_symbol("Therms"), "therm");
        assert_eq!(symbol("therm (US)"), "therm (US)");
        assert_eq!(symbol("US therms"), "therm (US)");
        assert_eq!(symbol("therm (EC)"), "therm (EC)");
        assert_eq!(ambiguous_symbol("gallons"), "gal (US)");
        assert_eq!(symbol("imperial gallons"), "gal (imp)");
    }

    #[test]
    fn unknown_units_suggest_near_spellings() {
        assert_eq!(
            lookup("kwhh"),
            Lookup::Unknown {
                suggestions: vec!["kWh"]
            }
        );
        assert_eq!(
            lookup("litrs"),
            Lookup::Unknown {
                suggestions: vec!["L"]
            }
        );
        assert_eq!(
            lookup("zorkmids"),
            Lookup::Unknown {
                suggestions: vec![]
            }
        );
    }

    #[test]
    fn blank_text_is_unknown_without_suggestions() {
        for written in ["", "   ", "\u{00A0}", "()"] {
            assert_eq!(
                lookup(written),
                Lookup::Unknown {
                    suggestions: vec![]
                },
                "{written:?}"
            );
        }
    }
}
