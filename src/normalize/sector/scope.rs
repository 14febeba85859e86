//! Scope words to a GPC scope number.
//!
//! eCRF_3 column E says "Direct emissions", "Indirect emissions" or "Outside
//! city boundary"; the eCRF_2 header spells the same columns out ("Direct
//! Emissions", "Indirect emissions from the use of grid-supplied electricity,
//! heat, steam and/or cooling", "Emissions occurring outside the city boundary
//! as a result of in-city activities"). Other files write "Scope 2", "S2" or "2".

use super::text::key;

/// The scope (1, 2 or 3) named by `text`, ignoring case and spacing; `None`
/// when the words name no scope.
pub fn scope_from_words(text: &str) -> Option<u8> {
    let words = key(text);
    numbered_scope(&words)
        .or_else(|| worded_scope(&words))
        .filter(|scope| (1..=3).contains(scope))
}

/// "1", "s1", "s 1", "scope 1", "scope1".
fn numbered_scope(words: &str) -> Option<u8> {
    let compact: String = words.split_whitespace().collect();
    let digits = ["scope", "s", ""]
        .iter()
        .find_map(|prefix| compact.strip_prefix(prefix).filter(|d| is_digit(d)))?;
    digits.parse().ok()
}

fn is_digit(text: &str) -> bool {
    text.len() == 1 && text.chars().all(|c| c.is_ascii_digit())
}

/// The CRF column names, short and long.
fn worded_scope(words: &str) -> Option<u8> {
    let starts = |prefix: &str| words == prefix || words.starts_with(&format!("{prefix} "));
    if starts("direct") {
        Some(1)
    } else if starts("indirect") {
        Some(2)
    } else if starts("outside city boundary")
        || starts("outside the city boundary")
        || starts("emissions occurring outside the city boundary")
        || starts("emissions occurring outside city boundary")
        || starts("emissions outside the city boundary")
    {
        Some(3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::scope_from_words;

    #[test]
    fn ecrf_scope_words() {
        assert_eq!(scope_from_words("Direct emissions"), Some(1));
        assert_eq!(scope_from_words("Direct Emissions"), Some(1));
        assert_eq!(scope_from_words("Indirect emissions"), Some(2));
        assert_eq!(scope_from_words("Outside city boundary"), Some(3));
        assert_eq!(scope_from_words("  outside   CITY boundary "), Some(3));
    }

    #[test]
    fn long_crf_column_headers() {
        let indirect = "Indirect emissions from the use of grid-supplied electricity, \
                        heat, steam and/or cooling";
        assert_eq!(scope_from_words(indirect), Some(2));
        let outside = "Emissions occurring outside the city boundary as a result of \
                       in-city activities ";
        assert_eq!(scope_from_words(outside), Some(3));
        // CDP's column names.
        let cdp = "Emissions occurring outside city boundary (metric tonnes CO2e)";
        assert_eq!(scope_from_words(cdp), Some(3));
        let direct = "Direct emissions (metric tonnes CO2e)";
        assert_eq!(scope_from_words(direct), Some(1));
    }

    #[test]
    fn numbered_scopes() {
        assert_eq!(scope_from_words("Scope 1"), Some(1));
        assert_eq!(scope_from_words("scope2"), Some(2));
        assert_eq!(scope_from_words("S3"), Some(3));
        assert_eq!(scope_from_words("s 2"), Some(2));
        assert_eq!(scope_from_words("3"), Some(3));
    }

    #[test]
    fn other_words_are_no_scope() {
        assert_eq!(scope_from_words(""), None);
        assert_eq!(scope_from_words("Scope 4"), None);
        assert_eq!(scope_from_words("0"), None);
        assert_eq!(scope_from_words("Out of scope"), None);
        assert_eq!(scope_from_words("Directly"), None);
        assert_eq!(scope_from_words("Emissions in tCO2e"), None);
        assert_eq!(scope_from_words("Scope 12"), None);
    }
}
