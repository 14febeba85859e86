//! Match keys for sector labels: the same label written in different cases,
//! with or without accents, with `&` or `and`, with hyphens, slashes,
//! non-breaking or zero-width spaces, gives the same key.
//!
//! `"Commercial buildings & facilities"` and `"commercial-buildings-and-facilities"`
//! both become `"commercial buildings and facilities"`; `"Edificações"` becomes
//! `"edificacoes"`; `"Straßenverkehr"` becomes `"strassenverkehr"`.

/// The comparison key of a label.
pub(crate) fn key(text: &str) -> String {
    let mut spaced = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c == '&' {
            spaced.push_str(" and ");
        } else if let Some(plain) = fold_letter(c) {
            spaced.push_str(plain);
        } else if c.is_alphanumeric() {
            spaced.push(c);
        } else {
            spaced.push(' ');
        }
    }
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The plain Latin spelling of a lower-case letter, when it has one.
fn fold_letter(c: char) -> Option<&'static str> {
    let plain = match c {
        'a'..='z' | '0'..='9' => return None,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'ç' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'š' | 'ś' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        '₂' | '²' => "2",
        _ => return None,
    };
    Some(plain)
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
