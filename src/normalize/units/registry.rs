//! The unit table: rows of `schemas/units.csv`, checked and parsed once.
//!
//! Columns: `unit,dimension,factor,aliases,ambiguous_aliases,ambiguity,dropdown,source,note`.
//! - `unit`: canonical symbol; it is also a spelling, unless it is listed in
//!   `ambiguous_aliases` (bare `therm`);
//! - `dimension`: one of [`Dimension`], in snake case;
//! - `factor`: exact factor to the dimension's base unit (t, tCO2e, GJ, m3,
//!   km, pkm);
//! - `aliases`: other spellings, separated by `|`;
//! - `ambiguous_aliases`: spellings that are read as this unit but may mean
//!   another, separated by `|`; `ambiguity` says why, for a warning;
//! - `dropdown`: `yes` when the template's unit dropdown offers the unit,
//!   in the order of the rows;
//! - `source` and `note`: where the factor comes from, and remarks.
//!
//! Spellings are compared in compact form (see `spelling.rs`). No compact
//! spelling may belong to two rows; spellings that differ only by case
//! (`Mt`, `mt`) may.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::dimension::Dimension;
use super::spelling::{compact, key};

/// Embedded copy of `schemas/units.csv`.
pub static UNITS_CSV: &str = include_str!("../../../schemas/units.csv");

/// A unit of measure and its exact factor to its dimension's base unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    /// Canonical symbol (`kWh`, `gal (US)`, `tCO2e`).
    pub symbol: &'static str,
    pub dimension: Dimension,
    /// A value in this unit times `factor` is the value in the base unit.
    pub factor: f64,
    /// Where the factor comes from (`SI`, `NIST SP 811 App. B.8`).
    pub source: &'static str,
}

/// One way of writing a unit.
#[derive(Debug)]
pub(super) struct Spelling {
    /// Compact form, case kept.
    pub compact: String,
    /// Index of the unit in [`Registry::units`].
    pub unit: usize,
    /// Why the spelling may mean another unit, when it may.
    pub ambiguity: Option<&'static str>,
}

/// The parsed table.
#[derive(Debug)]
pub(super) struct Registry {
    pub units: Vec<Unit>,
    pub spellings: Vec<Spelling>,
    /// Index in `units` of each dimension's base unit, in [`Dimension::ALL`] order.
    pub bases: [usize; Dimension::ALL.len()],
    pub dropdown: Vec<&'static str>,
}

#[derive(Debug, Deserialize)]
struct Row {
    unit: String,
    dimension: Dimension,
    factor: f64,
    aliases: String,
    ambiguous_aliases: String,
    ambiguity: String,
    dropdown: String,
    source: String,
}

/// Every unit of the embedded table, parsed on first use.
pub fn registry() -> &'static [Unit] {
    &table().units
}

/// The units the template's unit dropdown offers, in table order.
pub fn dropdown() -> &'static [&'static str] {
    &table().dropdown
}

/// The embedded table, parsed on first use. Its validity is a unit test.
pub(super) fn table() -> &'static Registry {
    static TABLE: OnceLock<Registry> = OnceLock::new();
    TABLE.get_or_init(|| parse(UNITS_CSV).expect("embedded units.csv is valid"))
}

/// Reads and checks a unit table. The strings of the table live as long as
/// the program: the embedded one is parsed once.
fn parse(text: &str) -> Result<Registry, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut registry = Registry {
        units: Vec::new(),
        spellings: Vec::new(),
        bases: [0; Dimension::ALL.len()],
        dropdown: Vec::new(),
    };
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        row.map_err(|e| e.to_string())
            .and_then(|row| add_row(&mut registry, row))
            .map_err(|e| format!("units.csv line {}: {e}", i + 2))?;
    }
    check_spellings_are_unique(&registry)?;
    check_dropdown_is_unmistakable(&registry)?;
    registry.bases = base_units(&registry.units)?;
    Ok(registry)
}

fn add_row(registry: &mut Registry, row: Row) -> Result<(), String> {
    let symbol = row.unit.trim();
    if symbol.is_empty() {
        return Err("no unit symbol".into());
    }
    if registry.units.iter().any(|u| u.symbol == symbol) {
        return Err(format!("{symbol} is listed twice"));
    }
    if !(row.factor.is_finite() && row.factor > 0.0) {
        return Err(format!("{symbol}: factor {} is not positive", row.factor));
    }
    let in_dropdown = match row.dropdown.trim() {
        "yes" => true,
        "" => false,
        other => return Err(format!("{symbol}: dropdown is {other:?}, not yes or blank")),
    };
    let ambiguous = split(&row.ambiguous_aliases);
    let ambiguity = Some(row.ambiguity.trim()).filter(|why| !why.is_empty());
    if ambiguous.is_empty() != ambiguity.is_none() {
        return Err(format!(
            "{symbol}: ambiguous_aliases and ambiguity go together"
        ));
    }
    let symbol_is_ambiguous = ambiguous.contains(&symbol);
    if in_dropdown && symbol_is_ambiguous {
        return Err(format!("{symbol}: an ambiguous spelling cannot be offered"));
    }
    let index = registry.units.len();
    let ambiguity: Option<&'static str> = ambiguity.map(leak);
    let plain = std::iter::once(symbol)
        .filter(|_| !symbol_is_ambiguous)
        .chain(split(&row.aliases));
    let mut spellings: Vec<Spelling> = plain
        .map(|s| spelling(s, index, None))
        .chain(ambiguous.iter().map(|s| spelling(s, index, ambiguity)))
        .collect();
    if let Some(blank) = spellings.iter().find(|s| s.compact.is_empty()) {
        return Err(format!("{symbol}: blank spelling {blank:?}"));
    }
    let symbol = leak(symbol);
    registry.spellings.append(&mut spellings);
    registry.units.push(Unit {
        symbol,
        dimension: row.dimension,
        factor: row.factor,
        source: leak(row.source.trim()),
    });
    if in_dropdown {
        registry.dropdown.push(symbol);
    }
    Ok(())
}

fn split(list: &str) -> Vec<&str> {
    list.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn spelling(written: &str, unit: usize, ambiguity: Option<&'static str>) -> Spelling {
    Spelling {
        compact: compact(written),
        unit,
        ambiguity,
    }
}

fn leak(text: &str) -> &'static str {
    text.to_owned().leak()
}

/// No compact spelling belongs to two units, nor twice to one.
fn check_spellings_are_unique(registry: &Registry) -> Result<(), String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for spelling in &registry.spellings {
        if let Some(&earlier) = seen.get(spelling.compact.as_str()) {
            let first = registry.units[earlier].symbol;
            let second = registry.units[spelling.unit].symbol;
            let claim = if first == second {
                format!("listed twice for {first}")
            } else {
                format!("claimed by {first} and {second}")
            };
            return Err(format!("spelling {:?} is {claim}", spelling.compact));
        }
        seen.insert(spelling.compact.as_str(), spelling.unit);
    }
    Ok(())
}

/// The template matches a typed unit against the dropdown without case, so
/// no other unit may have a spelling equal to a dropdown entry but for case.
fn check_dropdown_is_unmistakable(registry: &Registry) -> Result<(), String> {
    let offered: HashSet<String> = registry
        .dropdown
        .iter()
        .map(|symbol| key(&compact(symbol)))
        .collect();
    let clash = registry.spellings.iter().find(|s| {
        let unit = &registry.units[s.unit];
        offered.contains(&key(&s.compact)) && !registry.dropdown.contains(&unit.symbol)
    });
    match clash {
        Some(s) => Err(format!(
            "dropdown entry is {:?} but for case, a spelling of {}",
            s.compact, registry.units[s.unit].symbol
        )),
        None => Ok(()),
    }
}

/// Each dimension's base unit: its symbol is [`Dimension::base_symbol`] and its factor 1.
fn base_units(units: &[Unit]) -> Result<[usize; Dimension::ALL.len()], String> {
    let mut bases = [0; Dimension::ALL.len()];
    for (slot, dimension) in bases.iter_mut().zip(Dimension::ALL) {
        let symbol = dimension.base_symbol();
        *slot = units
            .iter()
            .position(|u| u.symbol == symbol && u.dimension == dimension && u.factor == 1.0)
            .ok_or_else(|| format!("{dimension} has no base unit {symbol} with factor 1"))?;
    }
    Ok(bases)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "unit,dimension,factor,aliases,ambiguous_aliases,ambiguity,dropdown,source,note\n";

    /// The base units alone, as table rows.
    const BASES: &str = "t,mass,1,,,,,SI,\ntCO2e,co2e_mass,1,,,,,SI,\nGJ,energy,1,,,,,SI,\n\
                         m3,volume,1,,,,,SI,\nkm,distance,1,,,,,SI,\npkm,passenger_distance,1,,,,,SI,\n\
                         head,count,1,,,,,SI,\n";

    fn table_with(rows: &str) -> Result<Registry, String> {
        parse(&format!("{HEADER}{BASES}{rows}"))
    }

    #[test]
    fn embedded_table_is_valid() {
        let mut reader = csv::Reader::from_reader(UNITS_CSV.as_bytes());
        let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(headers.join(",") + "\n", HEADER);
        let parsed = parse(UNITS_CSV);
        assert!(parsed.is_ok(), "{:?}", parsed.err());
        assert_eq!(registry().len(), reader.records().count());
    }

    #[test]
    fn every_factor_is_positive_and_every_base_is_one() {
        assert!(registry().iter().all(|u| u.factor > 0.0));
        for (dimension, &index) in Dimension::ALL.iter().zip(&table().bases) {
            let base = &registry()[index];
            assert_eq!(
                (base.symbol, base.dimension, base.factor),
                (dimension.base_symbol(), *dimension, 1.0)
            );
        }
    }

    #[test]
    fn no_spelling_belongs_to_two_units() {
        let mut seen = HashSet::new();
        for spelling in &table().spellings {
            assert!(seen.insert(spelling.compact.as_str()), "{spelling:?}");
        }
    }

    #[test]
    fn the_dropdown_offers_the_template_units_in_order() {
        assert_eq!(
            dropdown(),
            [
                "kWh",
                "MWh",
                "GWh",
                "GJ",
                "TJ",
                "therm (US)",
                "MMBtu",
                "L",
                "m3",
                "gal (US)",
                "kg",
                "t",
                "km",
                "vkm",
                "tCO2e"
            ]
        );
    }

    #[test]
    fn the_minimal_table_parses() {
        assert!(table_with("").is_ok());
    }

    #[test]
    fn bad_rows_are_rejected_with_their_line() {
        let error = |rows: &str| table_with(rows).err().unwrap_or_default();
        assert_eq!(
            error("kg,mass,0,,,,,SI,\n"),
            "units.csv line 9: kg: factor 0 is not positive"
        );
        assert!(error("kg,mass,-1,,,,,SI,\n").contains("not positive"));
        assert!(error("kg,weight,1,,,,,SI,\n").starts_with("units.csv line 9:"));
        assert!(error("kg,mass,x,,,,,SI,\n").starts_with("units.csv line 9:"));
        assert!(error("kg,mass,0.001,,,,maybe,SI,\n").contains("dropdown"));
        assert!(error("kg,mass,0.001,,kgs,,,SI,\n").contains("go together"));
        assert!(error("kg,mass,0.001,,kg,why,yes,SI,\n").contains("cannot be offered"));
    }

    #[test]
    fn a_spelling_claimed_twice_is_rejected() {
        assert_eq!(
            table_with("kg,mass,0.001,tonne,,,,SI,\ntonne,mass,1,,,,,SI,\n").err(),
            Some("spelling \"tonne\" is claimed by kg and tonne".to_owned())
        );
        assert!(table_with("kg,mass,0.001,KG,,,,SI,\n").is_ok());
        assert!(table_with("kg,mass,0.001,k g,,,,SI,\n").is_err());
    }

    #[test]
    fn a_missing_base_unit_is_rejected() {
        let without_km = BASES.replace("km,distance,1", "km,distance,2");
        assert_eq!(
            parse(&format!("{HEADER}{without_km}")).err(),
            Some("distance has no base unit km with factor 1".to_owned())
        );
    }

    #[test]
    fn a_dropdown_entry_may_not_be_another_unit_but_for_case() {
        let rows = "Mt,mass,1000000,,,,yes,SI,\nmt,mass,1,,,,,SI,\n";
        assert!(table_with(rows).unwrap_err().contains("but for case"));
    }
}
