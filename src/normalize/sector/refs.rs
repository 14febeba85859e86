//! GPC reference numbers as written in real files, brought to the table's
//! spelling (grammar in domain-facts §1.4: `SECTOR "." SUBSECTOR ["." INDEX]`).
//!
//! Variants seen in the wild and handled here: the `I.63` typo of
//! CityCatalyst's GPC_1.1_schema.csv, the `|II.1.1` and `|V.1` placeholder typos
//! of its eCRF template, the `I_X_2` spelling of CDP 2017 open data, lower case,
//! stray spaces and trailing dots. CDP aggregate rows (`I.X.1`, `IV`, `V`) are
//! recognised as such, not as cells.

use super::cells::{canonical_sub_sector, nearest_cell};
use crate::model::gpc;

/// How a GPC reference text was understood.
#[derive(Clone, Debug, PartialEq)]
pub enum RefParse {
    /// Already canonical, e.g. "I.1.1".
    Exact(&'static str),
    /// A variant spelling of a real cell: "I.63", "I_1_1", "|II.1.1", "i.1.1",
    /// " I.1.1 ", "I.1.1.", "I1.1".
    Normalised {
        gpc_ref: &'static str,
        written: String,
    },
    /// A CDP aggregate label, canonically spelled: "I.X.1" ... "III.X.3", "IV", "V".
    Aggregate(String),
    /// Not a GPC cell ("II.5.3", "IV.1.1", "I.9.9", "foo"), with the closest
    /// real cell when one is close.
    Unknown {
        written: String,
        suggestion: Option<&'static str>,
    },
    /// Blank (spaces, non-breaking and zero-width spaces only).
    Empty,
}

/// Understands one GPC reference text.
pub fn parse_ref(text: &str) -> RefParse {
    let table = gpc::table();
    if let Some(cell) = table.get(text) {
        return RefParse::Exact(cell.reference.as_str());
    }
    let segments = segments(text);
    if segments.is_empty() {
        return match text.chars().all(is_blank) {
            true => RefParse::Empty,
            false => unknown(text, None),
        };
    }
    let candidate = join_run_together(&segments).unwrap_or_else(|| segments.join("."));
    if let Some(cell) = table.get(&candidate) {
        RefParse::Normalised {
            gpc_ref: cell.reference.as_str(),
            written: text.to_string(),
        }
    } else if is_aggregate(&candidate) {
        RefParse::Aggregate(candidate)
    } else {
        unknown(text, suggest(&segments, &candidate))
    }
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

fn unknown(text: &str, suggestion: Option<&'static str>) -> RefParse {
    RefParse::Unknown {
        written: text.to_string(),
        suggestion,
    }
}

/// Upper-case alphanumeric runs; a roman numeral glued to its sub-sector
/// ("I1.1") is split: ["I", "1", "1"].
fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for run in text.split(|c: char| !c.is_alphanumeric()) {
        let run = run.to_uppercase();
        let numeral_end = run.find(|c| c != 'I' && c != 'V').unwrap_or(run.len());
        let (numeral, rest) = run.split_at(numeral_end);
        if numeral.is_empty() || rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit()) {
            out.push(run);
        } else {
            out.push(numeral.to_string());
            out.push(rest.to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// "I.63" -> "I.6.3": two digits written without their dot, accepted only
/// when the result is a real cell.
fn join_run_together(segments: &[String]) -> Option<String> {
    let [sector, digits] = segments else {
        return None;
    };
    let bytes = digits.as_bytes();
    if bytes.len() != 2 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let candidate = format!("{sector}.{}.{}", &digits[..1], &digits[1..]);
    gpc::table().get(&candidate).is_some().then_some(candidate)
}

/// CDP aggregate rows: "I.X.1" to "III.X.3", "IV", "V".
fn is_aggregate(candidate: &str) -> bool {
    if candidate == "IV" || candidate == "V" {
        return true;
    }
    match candidate.split('.').collect::<Vec<_>>().as_slice() {
        [sector, "X", scope] => {
            ["I", "II", "III"].contains(sector) && ["1", "2", "3"].contains(scope)
        }
        _ => false,
    }
}

/// A cell of the same sub-sector when the sub-sector exists ("II.5.3" ->
/// II.5.2, "IV.1.1" -> IV.1), else a reference one edit away ("1.1.1" -> I.1.1).
fn suggest(segments: &[String], candidate: &str) -> Option<&'static str> {
    let same_sub_sector = match segments {
        [sector, sub, rest @ ..] => {
            let index = rest.first().and_then(|i| i.parse().ok()).unwrap_or(1);
            canonical_sub_sector(&format!("{sector}.{sub}"))
                .and_then(|sub_sector| nearest_cell(sub_sector, index))
        }
        _ => None,
    };
    same_sub_sector.or_else(|| gpc::table().suggest(candidate))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalised(gpc_ref: &'static str, written: &str) -> RefParse {
        RefParse::Normalised {
            gpc_ref,
            written: written.to_string(),
        }
    }

    fn unknown_ref(written: &str, suggestion: Option<&'static str>) -> RefParse {
        RefParse::Unknown {
            written: written.to_string(),
            suggestion,
        }
    }

    #[test]
    fn canonical_refs_are_exact() {
        assert_eq!(parse_ref("I.1.1"), RefParse::Exact("I.1.1"));
        assert_eq!(parse_ref("III.4.3"), RefParse::Exact("III.4.3"));
        assert_eq!(parse_ref("V.3"), RefParse::Exact("V.3"));
        assert_eq!(parse_ref("VI.1"), RefParse::Exact("VI.1"));
    }

    #[test]
    fn known_typos_are_normalised() {
        assert_eq!(parse_ref("I.63"), normalised("I.6.3", "I.63"));
        assert_eq!(parse_ref("|II.1.1"), normalised("II.1.1", "|II.1.1"));
        assert_eq!(parse_ref("|V.1"), normalised("V.1", "|V.1"));
        assert_eq!(parse_ref("II.12"), normalised("II.1.2", "II.12"));
    }

    #[test]
    fn spelling_variants_are_normalised() {
        assert_eq!(parse_ref("I_1_1"), normalised("I.1.1", "I_1_1"));
        assert_eq!(parse_ref("i.1.1"), normalised("I.1.1", "i.1.1"));
        assert_eq!(parse_ref(" I.1.1 "), normalised("I.1.1", " I.1.1 "));
        assert_eq!(parse_ref("I.1.1."), normalised("I.1.1", "I.1.1."));
        assert_eq!(parse_ref("III.1.1 "), normalised("III.1.1", "III.1.1 "));
        assert_eq!(parse_ref("I1.1"), normalised("I.1.1", "I1.1"));
        assert_eq!(parse_ref("iv.2"), normalised("IV.2", "iv.2"));
        assert_eq!(
            parse_ref("I.4.4\u{00A0}"),
            normalised("I.4.4", "I.4.4\u{00A0}")
        );
    }

    #[test]
    fn cdp_aggregates() {
        assert_eq!(parse_ref("I.X.1"), RefParse::Aggregate("I.X.1".into()));
        assert_eq!(parse_ref("II.X.2"), RefParse::Aggregate("II.X.2".into()));
        assert_eq!(parse_ref("III.X.3"), RefParse::Aggregate("III.X.3".into()));
        assert_eq!(parse_ref("I_X_2"), RefParse::Aggregate("I.X.2".into()));
        assert_eq!(parse_ref("IV"), RefParse::Aggregate("IV".into()));
        assert_eq!(parse_ref("V"), RefParse::Aggregate("V".into()));
    }

    #[test]
    fn non_cells_are_unknown_with_a_near_cell() {
        assert_eq!(parse_ref("II.5.3"), unknown_ref("II.5.3", Some("II.5.2")));
        assert_eq!(parse_ref("IV.1.1"), unknown_ref("IV.1.1", Some("IV.1")));
        assert_eq!(parse_ref("V.2.1"), unknown_ref("V.2.1", Some("V.2")));
        assert_eq!(parse_ref("1.1.1"), unknown_ref("1.1.1", Some("I.1.1")));
        assert!(matches!(parse_ref("I.X.4"), RefParse::Unknown { .. }));
    }

    #[test]
    fn far_off_text_is_unknown_without_suggestion() {
        assert_eq!(parse_ref("I.9.9"), unknown_ref("I.9.9", None));
        assert_eq!(parse_ref("foo"), unknown_ref("foo", None));
        assert_eq!(parse_ref("|"), unknown_ref("|", None));
        assert_eq!(parse_ref("É.12"), unknown_ref("É.12", None));
        assert_eq!(parse_ref("VI"), unknown_ref("VI", None));
    }

    #[test]
    fn blank_is_empty() {
        assert_eq!(parse_ref(""), RefParse::Empty);
        assert_eq!(parse_ref("  \u{200B}"), RefParse::Empty);
    }
}
