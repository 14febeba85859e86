//! Reads which GWP set a reporter's text names: `AR5`, `IPCC AR5`,
//! `Fifth Assessment Report (AR5)`, `AR 5 100-year`, `Quinto Relatório de
//! Avaliação`. Text that names no set, more than one, a report with no set
//! here (TAR, AR7), another time horizon (`GWP-20`) or AR5 with
//! climate-carbon feedback gives no set rather than a guess.

use crate::model::GwpSet;
use crate::normalize::text::key;

/// What one word of the text says about the report.
#[derive(Clone, Copy, PartialEq)]
enum Mention {
    Set(GwpSet),
    /// An assessment report without a set in the table (FAR/AR1, TAR/AR3, AR7...).
    OtherReport,
}

/// Report numbers written as ordinals, in English, Spanish and Portuguese;
/// they count only next to a word for "assessment".
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("primer", 1),
    ("primeiro", 1),
    ("second", 2),
    ("segundo", 2),
    ("third", 3),
    ("tercer", 3),
    ("terceiro", 3),
    ("fourth", 4),
    ("cuarto", 4),
    ("quarto", 4),
    ("fifth", 5),
    ("quinto", 5),
    ("sixth", 6),
    ("sexto", 6),
    ("seventh", 7),
    ("septimo", 7),
    ("setimo", 7),
];

const ASSESSMENT_WORDS: &[&str] = &["assessment", "evaluacion", "avaliacao"];

/// Words that turn a mention of climate-carbon feedback into its absence.
const NEGATIONS: &[&str] = &["without", "no", "excluding", "excl", "sin", "sem"];

pub(super) fn set_in_text(text: &str) -> Option<GwpSet> {
    let words = joined_words(&key(text));
    if names_other_horizon(&words) || names_carbon_feedback(&words) {
        return None;
    }
    let assessment = words.iter().any(|w| ASSESSMENT_WORDS.contains(&w.as_str()));
    let mut mentions = words.iter().filter_map(|word| {
        report_code(word).or_else(|| {
            assessment
                .then(|| ORDINALS.iter().find(|(o, _)| o == word))
                .flatten()
                .map(|(_, n)| *n)
        })
    });
    let first = mentions.next()?;
    if mentions.any(|n| n != first) {
        return None;
    }
    match mention_of(first) {
        Mention::Set(set) => Some(set),
        Mention::OtherReport => None,
    }
}

/// The words of a key, with `ar 5` joined to `ar5` and `gwp 20` to `gwp20`.
fn joined_words(key: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in key.split(' ').filter(|w| !w.is_empty()) {
        let joins = word.chars().all(|c| c.is_ascii_digit())
            && words.last().is_some_and(|w| w == "ar" || w == "gwp");
        match words.last_mut() {
            Some(last) if joins => last.push_str(word),
            _ => words.push(word.to_owned()),
        }
    }
    words
}

/// The report number of `sar`, `tar`, `far`, `ar5` or `5ar`.
fn report_code(word: &str) -> Option<u32> {
    match word {
        "sar" => return Some(2),
        "tar" => return Some(3),
        _ => {}
    }
    let digits = word
        .strip_prefix("ar")
        .or_else(|| word.strip_suffix("ar"))?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn mention_of(report: u32) -> Mention {
    match report {
        2 => Mention::Set(GwpSet::Sar),
        4 => Mention::Set(GwpSet::Ar4),
        5 => Mention::Set(GwpSet::Ar5),
        6 => Mention::Set(GwpSet::Ar6),
        _ => Mention::OtherReport,
    }
}

/// A horizon other than 100 years: `GWP20`, `GWP 500`, `20-year`, `20 yr`.
fn names_other_horizon(words: &[String]) -> bool {
    let horizon = |years: &str| years != "100" && years.chars().all(|c| c.is_ascii_digit());
    words.iter().enumerate().any(|(i, word)| {
        let after_gwp = word
            .strip_prefix("gwp")
            .is_some_and(|years| !years.is_empty() && horizon(years));
        let unit = ["year", "years", "yr", "yrs"]
            .iter()
            .find_map(|unit| word.strip_suffix(unit))
            .is_some_and(|years| !years.is_empty() && horizon(years));
        let before_year = i + 1 < words.len()
            && ["year", "years", "yr", "yrs"].contains(&words[i + 1].as_str())
            && horizon(word);
        after_gwp || unit || before_year
    })
}

/// AR5 also tabulates GWPs with climate-carbon feedback (CH4 34, not 28).
fn names_carbon_feedback(words: &[String]) -> bool {
    let feedback = words
        .iter()
        .any(|w| w.starts_with("feedback") || w == "retroalimentacion" || w == "retroalimentacao");
    feedback && !words.iter().any(|w| NEGATIONS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use GwpSet::{Ar4, Ar5, Ar6, Sar};

    #[test]
    fn set_names_as_reporters_write_them() {
        for (text, set) in [
            ("AR5", Ar5),
            ("ar5", Ar5),
            (" IPCC AR5 ", Ar5),
            ("Fifth Assessment Report (AR5)", Ar5),
            ("IPCC Fifth Assessment Report", Ar5),
            ("AR5 100-year", Ar5),
            ("AR5 GWP100", Ar5),
            ("AR 5", Ar5),
            ("AR-5", Ar5),
            ("5AR", Ar5),
            ("AR5 without climate-carbon feedback", Ar5),
            ("SAR", Sar),
            ("IPCC SAR (1995)", Sar),
            ("AR2", Sar),
            ("Second Assessment Report", Sar),
            ("AR4", Ar4),
            ("IPCC Fourth Assessment Report (AR4)", Ar4),
            ("Quarto Relatório de Avaliação do IPCC", Ar4),
            ("ar6", Ar6),
            ("IPCC AR6 (2021)", Ar6),
            ("Sexto Informe de Evaluación", Ar6),
        ] {
            assert_eq!(set_in_text(text), Some(set), "{text}");
        }
    }

    #[test]
    fn text_naming_no_single_100_year_set_gives_none() {
        for text in [
            "",
            "Please select",
            "IPCC",
            "TAR",
            "AR3",
            "AR7",
            "Third Assessment Report",
            "AR4 and AR5",
            "AR5 GWP-20",
            "AR6 20-year",
            "AR6 20 yr",
            "AR5 with climate-carbon feedback",
            "AR5 incl. feedbacks",
            "fifth",
            "ARX",
        ] {
            assert_eq!(set_in_text(text), None, "{text}");
        }
    }
}
