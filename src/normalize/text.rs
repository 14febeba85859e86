//! Text folding used to compare reporters' spellings: lower case, Latin
//! accents removed, subscript digits made plain, and (for look-up keys)
//! punctuation dropped. Shared by value cleaning and sector resolution.
//! Also the one slug of the crate (inventory ids, mapping ids). Letters are
//! spelt in ASCII by one function, `ascii_spelling`, from deunicode's
//! transliteration tables.

use crate::read::clean_text;

/// The ASCII spelling of one character: `ł` -> `l`, `ß` -> `ss`, `Ж` ->
/// `Zh`, `東` -> `Dong `; `None` for the few deunicode has no spelling for.
fn ascii_spelling(c: char) -> Option<&'static str> {
    deunicode::deunicode_char(c)
}

/// Letters of the Latin script outside ASCII (Latin-1 Supplement, Latin
/// Extended-A and -B, Latin Extended Additional): the accented letters and
/// ligatures that fold to plain ones. Letters of other scripts are kept as
/// written, so that a name in another script never matches a Latin key by
/// way of a transliteration.
fn is_accented_latin(c: char) -> bool {
    let latin = ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c);
    latin && c.is_alphabetic()
}

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
    match ascii_spelling(c).filter(|_| is_accented_latin(c)) {
        Some(plain) => out.extend(plain.chars().map(|p| p.to_ascii_lowercase())),
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

/// Lower-case ASCII letters and digits joined by single dashes, for ids:
/// every script is transliterated (`São Paulo` -> `sao-paulo`, `Łódź` ->
/// `lodz`, `Москва` -> `moskva`, `東京` -> `dong-jing`). Empty when the text
/// has no letter or digit.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c.is_ascii() {
            true => push_slug_char(&mut out, c),
            // A character with no spelling separates words.
            false => ascii_spelling(c)
                .unwrap_or("-")
                .chars()
                .for_each(|plain| push_slug_char(&mut out, plain)),
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Letters and digits in lower case; anything else one dash between words.
fn push_slug_char(out: &mut String, plain: char) {
    if plain.is_ascii_alphanumeric() {
        out.push(plain.to_ascii_lowercase());
    } else if !out.is_empty() && !out.ends_with('-') {
        out.push('-');
    }
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
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("GDAŃSK"), "gdansk");
        assert_eq!(fold("Æbeltoft, Œuvre"), "aebeltoft, oeuvre");
        assert_eq!(fold("Thành phố Hồ Chí Minh"), "thanh pho ho chi minh");
        // Other scripts are compared as written; signs keep their meaning.
        assert_eq!(fold("Москва"), "москва");
        assert_eq!(fold("2015 – 2016 × 2"), "2015 – 2016 × 2");
    }

    #[test]
    fn slugs_are_lower_case_ascii_words_joined_by_dashes() {
        assert_eq!(slug("Łódź"), "lodz");
        assert_eq!(slug("Gdańsk"), "gdansk");
        assert_eq!(slug("São Paulo"), "sao-paulo");
        assert_eq!(slug("  Côte d'Ivoire -- (BR POA) "), "cote-d-ivoire-br-poa");
        assert_eq!(slug("Straße_2022"), "strasse-2022");
        assert_eq!(slug("Москва"), "moskva");
        assert_eq!(slug("東京"), "dong-jing");
        assert_eq!(slug("Ålesund\u{200B}"), "alesund");
        assert_eq!(slug("e\u{301}te\u{301}"), "ete");
        assert_eq!(slug(" -- "), "");
        assert_eq!(slug(""), "");
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
