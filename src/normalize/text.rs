//! Text folding used to compare reporters' spellings: lower case, Latin
//! accents removed, subscript digits made plain, and (for look-up keys)
//! punctuation dropped. Shared by value cleaning and sector resolution.

use crate::read::clean_text;

/// Accented letters and ligatures with the plain letters that stand for them.
const FOLDS: &[(&str, &str)] = &[
    ("àáâãäåāăą", "a"),
    ("çćĉċč", "c"),
    ("ďđð", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ţťŧț", "t"),
    ("ùúûüũūŭůűų", "u"),
    ("ŵ", "w"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("ß", "ss"),
    ("þ", "th"),
];

/// Apostrophes and full stops vanish from keys (`U.S.A.` -> `usa`,
/// `d'Ivoire` -> `divoire`); every other mark separates words.
const DROPPED: &[char] = &['.', '\'', '\u{2019}', '`', '\u{00B4}'];

fn push_folded(out: &mut String, c: char) {
    if is_combining_mark(c) {
        return;
    }
    if let Some(digit) = subscript_digit(c) {
        out.push(digit);
        return;
    }
    match FOLDS.iter().find(|(from, _)| from.contains(c)) {
        Some((_, to)) => out.push_str(to),
        None => out.push(c),
    }
}

/// Combining diacritics (U+0300..U+036F), as in decomposed `e\u{301}`.
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// `₀`..`₉` as `0`..`9`.
fn subscript_digit(c: char) -> Option<char> {
    let offset = (c as u32).checked_sub('\u{2080}' as u32)?;
    char::from_digit(offset, 10)
}

/// `clean_text`, then lower case with accents and subscripts folded.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::new();
    for c in clean_text(text).chars().flat_map(char::to_lowercase) {
        push_folded(&mut out, c);
    }
    out
}

/// The words of `fold(text)`, joined by single spaces, punctuation removed.
pub(crate) fn key(text: &str) -> String {
    let folded: String = fold(text)
        .chars()
        .filter(|c| !DROPPED.contains(c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowers_and_strips_accents() {
        assert_eq!(fold(" Côte\u{00A0}d'Ivoire "), "cote d'ivoire");
        assert_eq!(fold("ÖSTERREICH"), "osterreich");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("CO₂"), "co2");
        assert_eq!(fold("Pe\u{301}ru\u{301}"), "peru");
    }

    #[test]
    fn key_drops_punctuation() {
        assert_eq!(key("U.S.A."), "usa");
        assert_eq!(
            key("Bolivia (Plurinational State of)"),
            "bolivia plurinational state of"
        );
        assert_eq!(key("Guinea-Bissau"), "guinea bissau");
        assert_eq!(key("Côte d’Ivoire"), "cote divoire");
    }
}
