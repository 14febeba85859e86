//! The seven Kyoto gases the GPC covers, and the spellings reporters use
//! for them: symbols with subscripts or spaces (`CO₂`, `CH 4`), `N20` with a
//! zero for the O (CDP 2019 open data), groups in singular or plural
//! (`HFC`, `HFCs`), and chemical names in English, Spanish or Portuguese.
//! `NO2` (nitrogen dioxide) and `CO2e` (a unit) are not gases here.

use super::is_null_word;
use crate::normalize::text::key;
use crate::read::clean_text;

/// The gases are the model's; this module reads how reporters write them.
pub use crate::model::Gas;

/// Spellings of each gas, as keys: folded, without spaces or punctuation,
/// and without a final plural `s`.
const SPELLINGS: &[(Gas, &[&str])] = &[
    (Gas::Co2, &["co2", "carbondioxide", "dioxidodecarbono"]),
    (Gas::Ch4, &["ch4", "methane", "metano"]),
    (
        Gas::N2o,
        &[
            "n2o",
            "n20",
            "nitrousoxide",
            "dinitrogenoxide",
            "dinitrogenmonoxide",
            "oxidonitroso",
        ],
    ),
    (
        Gas::Hfcs,
        &[
            "hfc",
            "hydrofluorocarbon",
            "hidrofluorocarbono",
            "hidrofluorcarbono",
        ],
    ),
    (
        Gas::Pfcs,
        &[
            "pfc",
            "perfluorocarbon",
            "perfluorocarbono",
            "perfluorcarbono",
        ],
    ),
    (
        Gas::Sf6,
        &[
            "sf6",
            "sulfurhexafluoride",
            "sulphurhexafluoride",
            "hexafluorurodeazufre",
            "hexafluoretodeenxofre",
        ],
    ),
    (
        Gas::Nf3,
        &[
            "nf3",
            "nitrogentrifluoride",
            "trifluorurodenitrogeno",
            "trifluoretodenitrogenio",
        ],
    ),
];

/// Answers that name the GPC's whole set of seven gases (CDP's `GPC
/// gases`), as keys.
const WHOLE_SET: &[&str] = &[
    "gpcgases",
    "allgpcgases",
    "thesevengpcgases",
    "kyotogases",
    "allkyotogases",
    "allsevenkyotogases",
    "thesevenkyotogases",
];

/// Words that join gases in a list without naming one.
const JOINERS: &[&str] = &["and", "&", "e", "y"];

/// One gas from any of its spellings; `None` when unknown.
pub fn gas(text: &str) -> Option<Gas> {
    let joined: String = key(text).split(' ').collect();
    let singular = joined.strip_suffix('s').unwrap_or(&joined);
    let known = |spelling: &str| spelling == joined || spelling == singular;
    SPELLINGS
        .iter()
        .find(|(_, spellings)| spellings.iter().copied().any(known))
        .map(|&(gas, _)| gas)
}

/// A list like `CO2, CH4; N2O`, `CO2 CH4 N2O`, `CO2/CH4/N2O`, `CO2+CH4`:
/// the gases in order of first mention without duplicates, and the parts
/// not understood (cleaned text). Blank text and null words give nothing.
pub fn gas_list(text: &str) -> (Vec<Gas>, Vec<String>) {
    let mut gases = Vec::new();
    let mut unknown = Vec::new();
    if is_null_word(text) {
        return (gases, unknown);
    }
    for part in text.split([',', ';', '/', '+', '|', '\n']) {
        read_part(&clean_text(part), &mut gases, &mut unknown);
    }
    (gases, unknown)
}

/// Reads one part of a list: a gas, gases separated by spaces, or the
/// name of the GPC's set of seven.
fn read_part(part: &str, gases: &mut Vec<Gas>, unknown: &mut Vec<String>) {
    let joined: String = key(part).split(' ').collect();
    if WHOLE_SET.contains(&joined.as_str()) {
        Gas::CRF_ORDER.into_iter().for_each(|g| push_new(gases, g));
        return;
    }
    if let Some(found) = gas(part) {
        push_new(gases, found);
        return;
    }
    let words: Vec<&str> = part.split(' ').filter(|word| !word.is_empty()).collect();
    let mut start = 0;
    let mut not_understood: Vec<&str> = Vec::new();
    while start < words.len() {
        match longest_gas(&words[start..]) {
            Some((found, used)) => {
                flush(&mut not_understood, unknown);
                push_new(gases, found);
                start += used;
            }
            None => {
                not_understood.push(words[start]);
                start += 1;
            }
        }
    }
    flush(&mut not_understood, unknown);
}

/// The longest run of leading words that names a gas, and its length.
fn longest_gas(words: &[&str]) -> Option<(Gas, usize)> {
    (1..=words.len())
        .rev()
        .find_map(|len| gas(&words[..len].join(" ")).map(|found| (found, len)))
}

fn push_new(gases: &mut Vec<Gas>, found: Gas) {
    if !gases.contains(&found) {
        gases.push(found);
    }
}

/// Records words not understood as one part, skipping lone joining words.
fn flush(words: &mut Vec<&str>, unknown: &mut Vec<String>) {
    let meaningful = words
        .iter()
        .any(|word| !JOINERS.contains(&word.to_lowercase().as_str()));
    if meaningful {
        unknown.push(words.join(" "));
    }
    words.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use Gas::*;

    #[test]
    fn symbols_match_the_schema() {
        let all = [Co2, Ch4, N2o, Hfcs, Pfcs, Sf6, Nf3];
        let symbols: Vec<_> = all.iter().map(|gas| gas.symbol()).collect();
        assert_eq!(symbols, ["CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3"]);
        for gas_kind in all {
            assert_eq!(gas(gas_kind.symbol()), Some(gas_kind));
        }
    }

    #[test]
    fn spellings() {
        let cases = [
            ("CO2", Co2),
            ("CO₂", Co2),
            ("co2", Co2),
            (" Co 2 ", Co2),
            ("Carbon dioxide", Co2),
            ("Dióxido de carbono", Co2),
            ("CH 4", Ch4),
            ("CH₄", Ch4),
            ("Methane", Ch4),
            ("metano", Ch4),
            ("N20", N2o),
            ("N2O", N2o),
            ("N₂O", N2o),
            ("Nitrous oxide", N2o),
            ("Óxido nitroso", N2o),
            ("HFC", Hfcs),
            ("HFCs", Hfcs),
            ("HFC's", Hfcs),
            ("Hydrofluorocarbons", Hfcs),
            ("PFC", Pfcs),
            ("PFCs", Pfcs),
            ("perfluorocarbons", Pfcs),
            ("SF6", Sf6),
            ("SF₆", Sf6),
            ("Sulphur hexafluoride", Sf6),
            ("sulfur hexafluoride", Sf6),
            ("NF3", Nf3),
            ("NF₃", Nf3),
            ("Nitrogen trifluoride", Nf3),
        ];
        for (text, expected) in cases {
            assert_eq!(gas(text), Some(expected), "{text:?}");
        }
    }

    #[test]
    fn not_gases() {
        for text in ["", "NO2", "CO2e", "CO", "H2O", "carbon", "gases", "s"] {
            assert_eq!(gas(text), None, "{text:?}");
        }
    }

    #[test]
    fn lists_keep_order_and_drop_duplicates() {
        let three = vec![Co2, Ch4, N2o];
        for text in [
            "CO2, CH4; N2O",
            "CO2 CH4 N2O",
            "CO2/CH4/N2O",
            "CO2+CH4+N2O",
            "CO2, CH4 and N2O",
            "CO2, CO2, CH4, N2O, ch4",
        ] {
            assert_eq!(gas_list(text), (three.clone(), vec![]), "{text:?}");
        }
        assert_eq!(gas_list("CO2+CH4"), (vec![Co2, Ch4], vec![]));
        assert_eq!(
            gas_list("CO2, CH4, N20, HFCs"),
            (vec![Co2, Ch4, N2o, Hfcs], vec![])
        );
        assert_eq!(
            gas_list("CH4, CO2, HFCs, N20, NF3, PFCs, SF6"),
            (vec![Ch4, Co2, Hfcs, N2o, Nf3, Pfcs, Sf6], vec![])
        );
        assert_eq!(gas_list("Carbon dioxide Methane"), (vec![Co2, Ch4], vec![]));
        assert_eq!(gas_list("CH 4, N 2 O"), (vec![Ch4, N2o], vec![]));
    }

    #[test]
    fn lists_report_what_is_not_understood() {
        assert_eq!(
            gas_list("CO2, water vapour; CH4"),
            (vec![Co2, Ch4], vec!["water vapour".to_string()])
        );
        assert_eq!(
            gas_list("CO2 black carbon N2O"),
            (vec![Co2, N2o], vec!["black carbon".to_string()])
        );
        assert_eq!(gas_list("All"), (vec![], vec!["All".to_string()]));
        assert_eq!(
            gas_list("gases of the city"),
            (vec![], vec!["gases of the city".to_string()])
        );
    }

    #[test]
    fn the_name_of_the_gpc_set_is_its_seven_gases() {
        let seven = vec![Co2, Ch4, N2o, Hfcs, Pfcs, Sf6, Nf3];
        for text in [
            "GPC gases",
            "All GPC gases",
            "Kyoto gases",
            "GPC Gases; CO2",
        ] {
            assert_eq!(gas_list(text), (seven.clone(), vec![]), "{text:?}");
        }
    }

    #[test]
    fn blank_lists_are_empty() {
        for text in ["", " ", "N/A", "None", ", ;"] {
            assert_eq!(gas_list(text), (vec![], vec![]), "{text:?}");
        }
    }
}
