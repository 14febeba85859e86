//! Turns one template cell into the JSON value of its field, by the field's
//! [`Kind`]. A cell that cannot be read as its kind is reported at the cell.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::spec::{Kind, ListName};
use crate::normalize::clean::{self, Cleaned, DecimalMark};
use crate::normalize::gwp::GwpSet;
use crate::read::{Cell, clean_text};

/// Why a cell could not be read as its field's kind, with what it holds.
#[derive(Debug, PartialEq)]
pub enum CellProblem {
    /// Something other than a number where a number is expected.
    NotANumber(Found),
    /// Something that is not a date where a date is expected.
    NotADate(Found),
}

/// What a cell that cannot be read holds, for the message: a submitter
/// fixes an error value (a failing formula) or a cell formatted as a date
/// differently from a word typed in a number cell.
#[derive(Debug, PartialEq)]
pub enum Found {
    Text,
    Number,
    Date(String),
    Bool(bool),
    /// The error value as shown, e.g. `#DIV/0!`.
    Error(String),
}

impl Found {
    pub fn of(cell: &Cell) -> Found {
        match cell {
            Cell::Number(_) => Found::Number,
            Cell::Bool(b) => Found::Bool(*b),
            Cell::Date(_) => Found::Date(cell.display().unwrap_or_default()),
            Cell::Error(e) => Found::Error(e.clone()),
            Cell::Empty | Cell::Text(_) => Found::Text,
        }
    }

    /// Its kind (`text`, `number`, `date`, `boolean`, `error`) and, where
    /// it has one, the value as shown: the arguments `found` and
    /// `found_value` of the catalogue's texts.
    pub fn kind_and_value(&self) -> (&'static str, Option<String>) {
        match self {
            Found::Text => ("text", None),
            Found::Number => ("number", None),
            Found::Date(date) => ("date", Some(date.clone())),
            Found::Bool(b) => (
                "boolean",
                Some(if *b { "TRUE" } else { "FALSE" }.to_owned()),
            ),
            Found::Error(e) => ("error", Some(e.clone())),
        }
    }
}

/// The JSON value of a cell, `Ok(None)` when the cell is blank. Numbers
/// written as text are read with the file's decimal mark.
pub fn cell_value(
    cell: &Cell,
    kind: Kind,
    mark: DecimalMark,
) -> Result<Option<Value>, CellProblem> {
    if cell.is_blank() {
        return Ok(None);
    }
    match kind {
        Kind::Text => Ok(cell
            .display()
            .filter(|t| !clean::is_null_word(t))
            .map(Value::String)),
        Kind::Country => Ok(cell
            .display()
            .filter(|t| !clean::is_null_word(t))
            .map(|t| Value::String(clean::country(&t).map_or(t, str::to_owned)))),
        Kind::Integer | Kind::Number | Kind::Choice(ListName::Scope) => number(cell, kind, mark),
        Kind::Date => date(cell).map(Some),
        Kind::YesNo | Kind::Choice(ListName::YesNo) => {
            Ok(Some(yes_no(cell)).filter(|v| !v.as_str().is_some_and(clean::is_null_word)))
        }
        Kind::GasList => Ok(cell.display().map(|text| gas_list(&text))),
        Kind::Choice(list) => Ok(cell
            .display()
            .filter(|text| !is_placeholder(list, text))
            .map(|text| Value::String(choice(list, &text)))),
    }
}

/// True for the kinds whose cells hold numbers.
pub fn is_numeric(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Integer | Kind::Number | Kind::Choice(ListName::Scope)
    )
}

fn number(cell: &Cell, kind: Kind, mark: DecimalMark) -> Result<Option<Value>, CellProblem> {
    let n = match cell {
        Cell::Number(n) => *n,
        Cell::Text(text) => match clean::number_in(text, mark) {
            Cleaned::Value(n) => n,
            Cleaned::Null => return Ok(None),
            Cleaned::Invalid(_) => return Err(CellProblem::NotANumber(Found::Text)),
        },
        other => return Err(CellProblem::NotANumber(Found::of(other))),
    };
    let whole = kind != Kind::Number && n.fract() == 0.0 && n.abs() < 9e15;
    Ok(Some(if whole { json!(n as i64) } else { json!(n) }))
}

fn date(cell: &Cell) -> Result<Value, CellProblem> {
    let not_a_date = || CellProblem::NotADate(Found::of(cell));
    let day = match cell {
        Cell::Date(dt) => dt.date(),
        Cell::Number(serial) => clean::excel_serial_date(*serial).ok_or_else(not_a_date)?,
        Cell::Text(text) => {
            let text = clean_text(text);
            NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|_| not_a_date())?
        }
        _ => return Err(not_a_date()),
    };
    Ok(Value::String(day.format("%Y-%m-%d").to_string()))
}

fn yes_no(cell: &Cell) -> Value {
    if let Cell::Bool(b) = cell {
        return Value::Bool(*b);
    }
    let text = cell.display().unwrap_or_default();
    match text.to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Value::Bool(true),
        "no" | "n" | "false" | "0" => Value::Bool(false),
        _ => Value::String(text),
    }
}

/// Null words mean "no value" in a choice cell, except that `NA` and `N/A`
/// in a notation-key cell are a (wrong) key the submitter chose, to be
/// reported rather than dropped.
fn is_placeholder(list: ListName, text: &str) -> bool {
    let chosen_na = list == ListName::NotationKey
        && text.chars().any(|c| c.is_alphabetic())
        && !text.eq_ignore_ascii_case("please select");
    clean::is_null_word(text) && !chosen_na
}

/// The place written beside an IE key, `IE (I.1.1)`, `IE: I.1.1`, `IE -
/// in I.1.1`: the text after the key, without brackets; `None` for a bare
/// key or any other text.
pub fn ie_place(text: &str) -> Option<String> {
    let text = clean_text(text);
    let rest = text
        .strip_prefix("IE")
        .or_else(|| text.strip_prefix("ie"))?;
    if !rest.starts_with(|c: char| c.is_whitespace() || "(:-–[".contains(c)) {
        return None;
    }
    let place = rest
        .trim()
        .trim_start_matches([':', '-', '–'])
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']'])
        .trim();
    (!place.is_empty()).then(|| place.to_owned())
}

/// Canonical case for the closed lists, so `ar5` or `ne` are accepted, and
/// the spellings other tools write: `BASIC+` for basic-plus, `High` for H,
/// `IPCC AR5` or `Fifth Assessment Report` for AR5 (see [`GwpSet::parse`]).
fn choice(list: ListName, text: &str) -> String {
    if list == ListName::GwpSet
        && let Some(set) = GwpSet::parse(text)
    {
        return set.name().to_owned();
    }
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let alias = match (list, compact.as_str()) {
        (ListName::GpcLevel, "basic+" | "basicplus") => Some("basic-plus"),
        (ListName::DataQuality, "high") => Some("H"),
        (ListName::DataQuality, "medium") => Some("M"),
        (ListName::DataQuality, "low") => Some("L"),
        _ => None,
    };
    if let Some(alias) = alias {
        return alias.to_owned();
    }
    if list == ListName::NotationKey && ie_place(text).is_some() {
        return "IE".to_owned();
    }
    list.values()
        .iter()
        .find(|v| v.eq_ignore_ascii_case(text))
        .map_or_else(|| text.to_owned(), |v| (*v).to_owned())
}

/// `CO2, CH4; N2O` -> `["CO2","CH4","N2O"]` in the schema's spelling; parts
/// that are no gas are kept as written, for the schema to reject at the cell.
fn gas_list(text: &str) -> Value {
    let (gases, unknown) = clean::gas_list(text);
    let mut names: Vec<String> = gases.iter().map(|g| g.symbol().to_owned()).collect();
    names.extend(unknown);
    json!(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }

    /// The cell read in a file whose decimal mark is unknown.
    fn cell_value(cell: &Cell, kind: Kind) -> Result<Option<Value>, CellProblem> {
        super::cell_value(cell, kind, DecimalMark::Unknown)
    }

    #[test]
    fn numbers_as_text_follow_the_file_decimal_mark() {
        let population = text("254.000");
        let read = |mark| super::cell_value(&population, Kind::Integer, mark);
        assert_eq!(read(DecimalMark::Comma), Ok(Some(json!(254_000))));
        assert_eq!(read(DecimalMark::Point), Ok(Some(json!(254))));
        assert_eq!(read(DecimalMark::Unknown), Ok(Some(json!(254))));
    }

    #[test]
    fn an_ie_key_may_carry_its_place() {
        let key = Kind::Choice(ListName::NotationKey);
        for written in ["IE (I.1.1)", "IE: I.1.1", "ie - I.1.1", "IE [I.1.1]"] {
            assert_eq!(ie_place(written).as_deref(), Some("I.1.1"), "{written}");
            assert_eq!(cell_value(&text(written), key), Ok(Some(json!("IE"))));
        }
        assert_eq!(ie_place("IE"), None);
        assert_eq!(ie_place("IEX"), None);
        assert_eq!(ie_place("NE (I.1.1)"), None);
        assert_eq!(cell_value(&text("IE"), key), Ok(Some(json!("IE"))));
    }

    #[test]
    fn numbers_from_cells_and_text() {
        assert_eq!(
            cell_value(&Cell::Number(2022.0), Kind::Integer),
            Ok(Some(json!(2022)))
        );
        assert_eq!(
            cell_value(&text(" 1200.5 "), Kind::Number),
            Ok(Some(json!(1200.5)))
        );
        assert_eq!(
            cell_value(&Cell::Number(3.0), Kind::Number),
            Ok(Some(json!(3.0)))
        );
        assert_eq!(
            cell_value(&text("about 1200"), Kind::Number),
            Err(CellProblem::NotANumber(Found::Text))
        );
        assert_eq!(cell_value(&text("\u{00A0}"), Kind::Number), Ok(None));
        assert_eq!(
            cell_value(&text("1.234,5"), Kind::Number),
            Ok(Some(json!(1234.5)))
        );
        assert_eq!(cell_value(&text("N/A"), Kind::Number), Ok(None));
    }

    #[test]
    fn a_fractional_year_stays_fractional_for_the_schema_to_reject() {
        assert_eq!(
            cell_value(&Cell::Number(2022.5), Kind::Integer),
            Ok(Some(json!(2022.5)))
        );
    }

    #[test]
    fn dates_from_serials_text_and_date_cells() {
        assert_eq!(
            cell_value(&Cell::Number(44927.0), Kind::Date),
            Ok(Some(json!("2023-01-01")))
        );
        assert_eq!(
            cell_value(&text("2023-06-30"), Kind::Date),
            Ok(Some(json!("2023-06-30")))
        );
        assert_eq!(
            cell_value(&text("June 2023"), Kind::Date),
            Err(CellProblem::NotADate(Found::Text))
        );
        assert_eq!(
            cell_value(&Cell::Bool(true), Kind::Date),
            Err(CellProblem::NotADate(Found::Bool(true)))
        );
    }

    #[test]
    fn a_cell_that_is_no_number_says_what_it_is() {
        let date = chrono::NaiveDate::from_ymd_opt(2023, 1, 5)
            .unwrap()
            .and_time(chrono::NaiveTime::MIN);
        let cases = [
            (Cell::Error("#DIV/0!".into()), ("error", Some("#DIV/0!"))),
            (Cell::Date(date), ("date", Some("2023-01-05"))),
            (Cell::Bool(false), ("boolean", Some("FALSE"))),
            (text("12 kt"), ("text", None)),
        ];
        for (cell, (kind, value)) in cases {
            match cell_value(&cell, Kind::Number) {
                Err(CellProblem::NotANumber(found)) => {
                    let (got_kind, got_value) = found.kind_and_value();
                    assert_eq!((got_kind, got_value.as_deref()), (kind, value));
                }
                other => panic!("{cell:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn choices_take_their_canonical_case() {
        assert_eq!(
            cell_value(&text("ar5"), Kind::Choice(ListName::GwpSet)),
            Ok(Some(json!("AR5")))
        );
        assert_eq!(
            cell_value(&text("ne"), Kind::Choice(ListName::NotationKey)),
            Ok(Some(json!("NE")))
        );
        assert_eq!(
            cell_value(&text("NA"), Kind::Choice(ListName::NotationKey)),
            Ok(Some(json!("NA")))
        );
        assert_eq!(
            cell_value(&text("Basic-Plus"), Kind::Choice(ListName::GpcLevel)),
            Ok(Some(json!("basic-plus")))
        );
    }

    #[test]
    fn gwp_sets_are_read_as_reporters_name_them() {
        let gwp = Kind::Choice(ListName::GwpSet);
        for (written, set) in [
            ("IPCC AR5", "AR5"),
            ("Fifth Assessment Report (AR5)", "AR5"),
            ("AR6 100-year", "AR6"),
            ("sar", "SAR"),
            ("AR7", "AR7"),
            ("AR5 GWP-20", "AR5 GWP-20"),
        ] {
            assert_eq!(cell_value(&text(written), gwp), Ok(Some(json!(set))));
        }
        let names: Vec<&str> = GwpSet::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(ListName::GwpSet.values(), names);
    }

    #[test]
    fn gas_lists_are_split_and_spelled_canonically() {
        assert_eq!(
            cell_value(&text("CO₂, ch4; N2O, hfc, CH 4"), Kind::GasList),
            Ok(Some(json!(["CO2", "CH4", "N2O", "HFCs"])))
        );
    }

    #[test]
    fn other_tools_spellings_of_choices_are_understood() {
        let level = Kind::Choice(ListName::GpcLevel);
        assert_eq!(
            cell_value(&text("BASIC+"), level),
            Ok(Some(json!("basic-plus")))
        );
        assert_eq!(cell_value(&text("BASIC"), level), Ok(Some(json!("basic"))));
        let quality = Kind::Choice(ListName::DataQuality);
        assert_eq!(cell_value(&text("Medium"), quality), Ok(Some(json!("M"))));
        assert_eq!(cell_value(&text("Please select"), Kind::Text), Ok(None));
        assert_eq!(
            cell_value(&text("Please select"), Kind::Choice(ListName::GwpSet)),
            Ok(None)
        );
        let key = Kind::Choice(ListName::NotationKey);
        assert_eq!(cell_value(&text("Please select"), key), Ok(None));
        assert_eq!(cell_value(&text("-"), key), Ok(None));
        assert_eq!(cell_value(&text("N/A"), key), Ok(Some(json!("N/A"))));
    }

    #[test]
    fn countries_become_iso_codes() {
        assert_eq!(
            cell_value(&text("Brasil"), Kind::Country),
            Ok(Some(json!("BR")))
        );
        assert_eq!(
            cell_value(&text("br"), Kind::Country),
            Ok(Some(json!("BR")))
        );
        assert_eq!(
            cell_value(&text("Atlantis"), Kind::Country),
            Ok(Some(json!("Atlantis")))
        );
    }

    #[test]
    fn yes_no_becomes_boolean() {
        assert_eq!(
            cell_value(&text("Yes"), Kind::Choice(ListName::YesNo)),
            Ok(Some(json!(true)))
        );
        assert_eq!(
            cell_value(&Cell::Bool(false), Kind::YesNo),
            Ok(Some(json!(false)))
        );
        assert_eq!(
            cell_value(&text("maybe"), Kind::YesNo),
            Ok(Some(json!("maybe")))
        );
    }
}
