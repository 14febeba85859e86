//! Notation keys as dashboard exports write them in one cell: a key alone
//! (`NO`), a key with the place its emissions are included in (`IE
//! (I.1.1)`), or one key per gas joined by `;`, `,`, `/` or `+` (`NO; IE`,
//! `NE; NE`).
//!
//! One cell holds one key, so several are read as one:
//! - keys that agree are that key (`NE; NE` is NE);
//! - keys that differ are the one that says least is estimated, in the
//!   order NE, C, IE, NO: `NO; NE` is NE (part of the cell occurs and was
//!   not estimated, a gap the inventory must show), `NO; IE` is IE (part
//!   is estimated elsewhere, so the place must be named for the IE rules
//!   N004 and N005), `IE; C` is C;
//! - an IE part keeps its place (`NO; IE (I.1.1)` is IE included in
//!   I.1.1) when the result is IE.

use crate::layout::template::values::ie_place;
use crate::read::clean_text;

/// Keys from the one saying least is estimated to the one saying most.
const PRECEDENCE: [&str; 5] = ["NE", "C", "IE", "NO", "NA"];

/// Characters that join the keys of one cell.
const JOINS: &[char] = &[';', ',', '/', '+', '&', '|'];

/// The key one cell stands for, and the place an IE key names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellKey {
    pub key: &'static str,
    pub included_in: Option<String>,
    /// More than one key was written (`NO; IE`).
    pub combined: bool,
}

/// The key of a cell holding only notation keys; `None` for any other text
/// (a number, a word, a key beside other text).
pub fn cell_key(text: &str) -> Option<CellKey> {
    let text = clean_text(text);
    let mut keys: Vec<(&'static str, Option<String>)> = Vec::new();
    for part in split_keys(&text) {
        keys.push(one_key(part)?);
    }
    let key = PRECEDENCE
        .into_iter()
        .find(|k| keys.iter().any(|(written, _)| written == k))?;
    let included_in = keys
        .iter()
        .filter(|(k, _)| *k == key)
        .find_map(|(_, place)| place.clone());
    Some(CellKey {
        key,
        included_in,
        combined: keys.len() > 1,
    })
}

/// The parts of a cell between join marks, outside brackets (the place of
/// `IE (I.1.1, I.2.1)` is one part).
fn split_keys(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if depth == 0 && JOINS.contains(&c) => {
                parts.push(text[start..at].trim());
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(text[start..].trim());
    parts
}

/// One key, with the place written beside an IE key.
fn one_key(part: &str) -> Option<(&'static str, Option<String>)> {
    if let Some(place) = ie_place(part) {
        return Some(("IE", Some(place)));
    }
    PRECEDENCE
        .into_iter()
        .find(|k| k.eq_ignore_ascii_case(part))
        .map(|k| (k, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Option<(&'static str, Option<String>, bool)> {
        cell_key(text).map(|k| (k.key, k.included_in, k.combined))
    }

    #[test]
    fn keys_alone_and_agreeing() {
        assert_eq!(key("NO"), Some(("NO", None, false)));
        assert_eq!(key(" ne\t"), Some(("NE", None, false)));
        assert_eq!(key("NE; NE"), Some(("NE", None, true)));
        assert_eq!(key("C"), Some(("C", None, false)));
    }

    #[test]
    fn differing_keys_give_the_one_saying_least_is_estimated() {
        assert_eq!(key("NO; IE"), Some(("IE", None, true)));
        assert_eq!(key("NO, NE"), Some(("NE", None, true)));
        assert_eq!(key("IE / C"), Some(("C", None, true)));
        assert_eq!(
            key("NO; IE (I.1.1)"),
            Some(("IE", Some("I.1.1".into()), true))
        );
    }

    #[test]
    fn an_ie_key_keeps_its_place() {
        assert_eq!(key("IE (I.1.1)"), Some(("IE", Some("I.1.1".into()), false)));
        assert_eq!(
            key("IE (I.1.1, I.2.1)"),
            Some(("IE", Some("I.1.1, I.2.1".into()), false))
        );
    }

    #[test]
    fn other_text_is_no_key() {
        for text in ["about 300", "1200", "NO data", "NO;", "NE (I.1.1)", ""] {
            assert_eq!(key(text), None, "{text}");
        }
    }
}
