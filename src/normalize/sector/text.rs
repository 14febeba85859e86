//! Match keys for sector labels: the same label written in different cases,
//! with or without accents, with `&` or `and`, with hyphens, slashes,
//! non-breaking or zero-width spaces, gives the same key.
//!
//! `"Commercial buildings & facilities"` and `"commercial-buildings-and-facilities"`
//! both become `"commercial buildings and facilities"`; `"Edificações"` becomes
//! `"edificacoes"`; `"Straßenverkehr"` becomes `"strassenverkehr"`.

use crate::normalize::text::fold;

/// The comparison key of a label.
pub(crate) fn key(text: &str) -> String {
    let spaced: String = fold(text)
        .replace('&', " and ")
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn ignores_case_accents_and_punctuation() {
        assert_eq!(key("Edificações residenciais"), "edificacoes residenciais");
        assert_eq!(key("Bâtiments résidentiels"), "batiments residentiels");
        assert_eq!(key("Straßenverkehr"), "strassenverkehr");
        assert_eq!(key("Bostäder"), "bostader");
        assert_eq!(key("Heat/cold generation"), "heat cold generation");
        assert_eq!(key("Non-CO₂ sources"), "non co2 sources");
    }

    #[test]
    fn ampersand_means_and_and_spaces_collapse() {
        let want = "commercial buildings and facilities";
        assert_eq!(key("Commercial buildings & facilities"), want);
        assert_eq!(key("commercial-buildings-&-facilities"), want);
        assert_eq!(
            key("  Commercial\u{00A0}buildings\u{200B} and   facilities "),
            want
        );
    }

    #[test]
    fn blank_gives_an_empty_key() {
        assert_eq!(key(" \u{200B} - "), "");
    }
}
