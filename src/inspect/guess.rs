//! The field a column probably holds. A header spelled as in a shipped
//! mapping or in the template is taken at its word; otherwise keywords in
//! the header and the column's values decide. Guesses are only
//! suggestions: `inspect` prints them and writes them into a starter
//! mapping for a person to check.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::profile::{ColumnProfile, is_notation_key};
use crate::layout::header::{HEADER_PART_SEPARATOR, header_key};
use crate::layout::mapped::{Shape, shipped};
use crate::layout::template::spec::{CITY_FACTS, EMISSION_COLUMNS, INVENTORY_FACTS};
use crate::normalize::sector::{RefParse, parse_ref};

/// What one column probably holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Guess {
    /// An inventory fact, named as in mapping files (`city.name`).
    Fact { field: String, period: bool },
    /// A field of an emission record (tables with one row per record).
    RecordField { field: String },
    /// A reported total of the inventory.
    Total {
        label: String,
        framework: String,
        scope: Option<u8>,
        /// tCO2e, kgCO2e, ktCO2e or MtCO2e; `None` when the header does not say.
        unit: Option<String>,
    },
    /// A column headed by a GPC reference number (wide tables).
    GpcCell { gpc_ref: String },
    /// Says whether the row holds an inventory at all.
    InventoryFlag,
    /// A column of unit names whose values are CO2e units: the unit of the
    /// emission amounts (`units` = `MT CO2e`); `units` are the canonical
    /// symbols its values name, in the order first seen. `total_only` when
    /// the header says it is the total's unit (`Total Emission Units`):
    /// gas columns beside it may be in another unit.
    EmissionsUnit {
        units: Vec<String>,
        total_only: bool,
    },
}

impl Guess {
    /// The mapping field this guess fills, when one column is enough.
    pub fn field(&self) -> Option<&str> {
        match self {
            Guess::Fact { field, .. } | Guess::RecordField { field } => Some(field),
            _ => None,
        }
    }

    /// What at most one kind of column should fill (a field, or the
    /// inventory flag); columns competing for it are ranked.
    pub fn slot(&self) -> Option<&str> {
        match self {
            Guess::InventoryFlag => Some("[skip]"),
            _ => self.field(),
        }
    }
}

/// Why a guess was made, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The header is spelled as in a shipped mapping or the template.
    KnownHeader,
    /// The column's values (GPC reference numbers).
    Values,
    /// Words in the header.
    Keyword,
}

/// A guess with its basis and, for known headers, the spelling's rank
/// among the spellings of its field (lower is preferred).
#[derive(Clone, Debug)]
pub struct Ranked {
    pub guess: Guess,
    pub basis: Basis,
    pub rank: usize,
}

/// How rows of the table relate to inventories.
pub fn table_shape(columns: &[ColumnProfile]) -> (Shape, bool) {
    let ref_headers = columns
        .iter()
        .filter(|c| c.header.as_deref().is_some_and(|h| gpc_cell(h).is_some()))
        .count();
    if ref_headers >= 2 {
        return (Shape::InventoryRows, true);
    }
    let names_refs = |c: &ColumnProfile| c.header.as_deref().is_some_and(gpc_ref_header);
    // A table of sector / category / source labels, one row per record,
    // names its cells by labels (`fixtures/mapped/labels-table.csv`,
    // `fixtures/inspect/town-sources.csv`); but a table naming each city
    // once is one row per city, whatever else its headers say
    // (`fixtures/inspect/city-totals.csv`).
    let labelled = columns.iter().any(is_label_column) && !one_row_per_city(columns);
    if columns.iter().any(|c| c.holds_gpc_refs() || names_refs(c)) || labelled {
        return (Shape::Records, false);
    }
    (Shape::InventoryRows, false)
}

/// Words a header over record labels is made of (`Sector`, `Sub-sector`,
/// `Category`, `Emission source`), and those of them that name a label.
const LABEL_WORDS: &[&str] = &[
    "sector",
    "subsector",
    "setor",
    "subsetor",
    "category",
    "subcategory",
    "categoria",
    "source",
];
const LABEL_FILLER: &[&str] = &[
    "sub",
    "gpc",
    "crf",
    "emission",
    "emissions",
    "ghg",
    "name",
    "de",
    "da",
];

/// A text column headed only by label words (`Sector`, `Sub-sector`,
/// `Category`, `Source`), not one that merely mentions a sector
/// (`Largest emitting sector`).
fn is_label_column(column: &ColumnProfile) -> bool {
    let words = column.header.as_deref().map(words).unwrap_or_default();
    !column.is_numeric()
        && words.iter().any(|w| LABEL_WORDS.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| LABEL_WORDS.contains(&w.as_str()) || LABEL_FILLER.contains(&w.as_str()))
}

/// A city column in which no name repeats: one row per city.
fn one_row_per_city(columns: &[ColumnProfile]) -> bool {
    columns.iter().any(|c| {
        let city = guess(c, Shape::InventoryRows, false)
            .is_some_and(|r| r.guess.field() == Some("city.name"));
        city && c.filled >= 2 && c.unique == c.filled
    })
}

/// The probable content of one column, for a table of the given shape.
pub fn guess(column: &ColumnProfile, shape: Shape, wide: bool) -> Option<Ranked> {
    let header = column.header.as_deref()?;
    if wide && let Some(gpc_ref) = gpc_cell(header) {
        return Some(ranked(Guess::GpcCell { gpc_ref }, Basis::KnownHeader, 0));
    }
    if shape == Shape::Records && (column.holds_gpc_refs() || gpc_ref_header(header)) {
        let field = "gpc_ref".to_owned();
        let basis = match column.holds_gpc_refs() {
            true => Basis::Values,
            false => Basis::Keyword,
        };
        return Some(ranked(Guess::RecordField { field }, basis, 0));
    }
    let rate = is_rate_header(header);
    if let Some(known) = known_headers().get(&header_key(header)) {
        let fits = match &known.guess {
            Guess::RecordField { field } => {
                shape == Shape::Records && !(rate && is_co2e_amount(field))
            }
            Guess::Total { .. } => shape == Shape::InventoryRows && column.is_numeric() && !rate,
            _ => true,
        };
        if fits {
            return Some(known.clone());
        }
    }
    let mut words = words(header);
    // An emission factor or another rate is never an amount of emissions:
    // in a long table it is the record's factor, else nothing.
    if rate {
        if shape == Shape::InventoryRows {
            return None;
        }
        if !words.iter().any(|w| w == "factor") {
            words.push("factor".to_owned());
        }
        let field = record_field_by_keyword(&words, column.is_numeric())
            .filter(|f| f.starts_with("emission_factor."))?;
        let guess = Guess::RecordField {
            field: field.to_owned(),
        };
        return Some(ranked(guess, Basis::Keyword, 0));
    }
    if is_units_header(&words) {
        return units_column(column, shape).map(|g| ranked(g, Basis::Values, 0));
    }
    let has = |w: &str| words.iter().any(|x| x == w);
    let emissions = column.is_numeric() && speaks_of_emissions(&words);
    if emissions && shape == Shape::InventoryRows {
        return Some(ranked(total_by_keyword(header, &words), Basis::Keyword, 0));
    }
    if shape == Shape::Records && holds_notation_keys(column) {
        let field = "notation_key".to_owned();
        return Some(ranked(Guess::RecordField { field }, Basis::Values, 0));
    }
    if let Some(field) = fact_by_keyword(&words).filter(|_| !emissions) {
        let period = field == "inventory.year";
        let guess = Guess::Fact {
            field: field.to_owned(),
            period,
        };
        return Some(ranked(guess, Basis::Keyword, 0));
    }
    if shape == Shape::Records {
        let mut field = record_field_by_keyword(&words, column.is_numeric())?.to_owned();
        // `CH4 (kg)`: a mass of the gas itself, weighted with the GWP set.
        if let Some(gas) = field.strip_suffix(".tco2e")
            && unit_in_header(header).is_none()
            && mass_unit_in_header(header).is_some()
        {
            field = format!("{gas}.mass_t");
        }
        return Some(ranked(Guess::RecordField { field }, Basis::Keyword, 0));
    }
    let says_yes = column
        .distinct
        .iter()
        .any(|v| v.eq_ignore_ascii_case("yes"));
    if has("inventory") && says_yes && column.distinct.len() <= 8 && !column.is_numeric() {
        return Some(ranked(Guess::InventoryFlag, Basis::Keyword, 0));
    }
    None
}

/// A header naming the GPC reference number column.
fn gpc_ref_header(header: &str) -> bool {
    let words = words(header);
    let has = |w: &str| words.iter().any(|x| x == w);
    has("gpc") && (has("ref") || has("reference") || has("referencia"))
}

/// Every value is a GPC notation key (NO, IE, NE, C, NA).
fn holds_notation_keys(column: &ColumnProfile) -> bool {
    !column.distinct.is_empty() && column.distinct.iter().all(|v| is_notation_key(v))
}

fn ranked(guess: Guess, basis: Basis, rank: usize) -> Ranked {
    Ranked { guess, basis, rank }
}

/// The GPC cell a header names (`I.1.1`, `I_1_1`), if it names one.
fn gpc_cell(header: &str) -> Option<String> {
    // Under a group title (`Stationary energy / I.1.1`) the ref is the last part.
    let last = header
        .rsplit(HEADER_PART_SEPARATOR)
        .next()
        .unwrap_or(header);
    match parse_ref(last) {
        RefParse::Exact(r) => Some(r.to_owned()),
        RefParse::Normalised { gpc_ref, .. } => Some(gpc_ref.to_owned()),
        _ => None,
    }
}

/// Words of headers over amounts of emissions (`Emissões`, `Emisiones`
/// and `Emissionen` share the stem).
fn speaks_of_emissions(words: &[String]) -> bool {
    let factor = words
        .iter()
        .any(|w| w.starts_with("factor") || w.starts_with("fator") || w == "ef");
    !factor
        && words.iter().any(|w| {
            ["emis", "ghg", "co2e", "tco2e", "basic", "gee"]
                .iter()
                .any(|stem| w.starts_with(stem))
        })
}

/// Lower-case words of a header; `BASIC+` keeps its plus.
fn words(header: &str) -> Vec<String> {
    header_key(header)
        .split(|c: char| !(c.is_alphanumeric() || c == '+'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Headers that name the city: every word is one of these, and at least
/// one names a place.
const CITY_WORDS: &[&str] = &[
    "city",
    "municipality",
    "government",
    "organization",
    "organisation",
    "town",
    "commune",
    "municipio",
    "município",
    "ciudad",
    "cidade",
    "ville",
    "comune",
    "gemeinde",
    "stadt",
    "kommun",
];
const CITY_FILLER: &[&str] = &[
    "name",
    "short",
    "local",
    "government",
    "authority",
    "of",
    "the",
    "nome",
    "nombre",
    "nom",
    "da",
    "de",
    "do",
    "del",
    "di",
    "du",
    "la",
    "le",
];

fn fact_by_keyword(words: &[String]) -> Option<&'static str> {
    let has = |w: &str| words.iter().any(|x| x == w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    let only = |ws: &[&str]| words.iter().all(|x| ws.contains(&x.as_str()));
    let is_city = any(CITY_WORDS)
        && words
            .iter()
            .all(|x| CITY_WORDS.contains(&x.as_str()) || CITY_FILLER.contains(&x.as_str()));
    let year_words = ["year", "ano", "año", "année", "annee", "jahr", "anno", "år"];
    let not_inventory_year = [
        "factor",
        "population",
        "report",
        "reported",
        "reporting",
        "gdp",
        "verification",
        "base",
        "target",
        "submission",
        "last",
        "previous",
        "change",
        "increase",
        "decrease",
    ];
    Some(match () {
        _ if is_city => "city.name",
        _ if any(&["country", "pais", "país", "pays"]) && words.len() <= 3 && !has("location") => {
            "city.country"
        }
        _ if has("population") && any(&year_words) => "city.population.year",
        _ if any(&[
            "population",
            "populacao",
            "população",
            "poblacion",
            "población",
            "residents",
            "inhabitants",
            "habitantes",
        ]) =>
        {
            "city.population.value"
        }
        _ if any(&year_words) && !any(&not_inventory_year) => "inventory.year",
        _ if has("area") && any(&["km", "km2", "km²", "square"]) => "city.land_area_km2",
        _ if has("boundary") && !any(&["emission", "emissions", "occurring"]) => "city.boundary",
        _ if any(&["gases", "gas"]) && any(&["included", "covered", "reported"]) => {
            "inventory.gases"
        }
        _ if any(&["protocol", "methodology", "method"])
            && !any(&["comment", "comments", "details", "description"]) =>
        {
            "inventory.protocol"
        }
        _ if has("gwp") || (has("global") && has("warming")) => "inventory.gwp_set",
        _ if has("gpc") && has("level") => "inventory.gpc_level",
        _ if has("account") => "city.identifiers.cdp_account",
        _ if has("locode") => "city.identifiers.un_locode",
        _ if has("geonames") => "city.identifiers.geonames_id",
        _ if has("gcom") && any(&["id", "identifier"]) => "city.identifiers.gcom_id",
        _ if only(&["region", "state", "province"]) => "city.region",
        _ => return None,
    })
}

fn record_field_by_keyword(words: &[String], numeric: bool) -> Option<&'static str> {
    let has = |w: &str| words.iter().any(|x| x == w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    let gas = |ws: &[&str]| numeric && any(ws) && !has("biogenic");
    let names_gas = any(&["co2", "ch4", "n2o", "n20", "hfcs", "pfcs", "sf6", "nf3"]);
    Some(match () {
        _ if has("conversion") => return None,
        _ if has("notation") && any(&["explanation", "comment", "reason"]) => {
            "notation_explanation"
        }
        _ if has("notation") => "notation_key",
        // Scope as 1, 2 or 3; scope words (`Direct emissions`) are no number.
        _ if has("scope") && words.len() <= 2 && numeric => "scope",
        _ if has("subsector") || (has("sub") && has("sector")) => "sub_sector",
        _ if has("sector") && !numeric => "sector",
        _ if any(&["category", "categoria", "subcategory"]) && !numeric => "sub_sector",
        _ if has("factor") && any(&["unit", "units"]) => "emission_factor.unit",
        _ if has("factor") && has("source") => "emission_factor.source",
        _ if has("factor") && has("quality") => "emission_factor.data_quality",
        _ if has("factor") && numeric && !names_gas => "emission_factor.total",
        _ if has("factor") => return None,
        _ if has("biogenic") => "biogenic_co2_t",
        _ if has("activity") && has("description") => "activity.description",
        _ if has("activity") && any(&["unit", "units"]) => "activity.unit",
        _ if has("activity") && (numeric || any(&["amount", "value", "quantity"])) => {
            "activity.amount"
        }
        _ if has("quality") => "activity.data_quality",
        // `Source`, `Emission source`: what emits (a fuel, an activity);
        // `Data source` is where the activity data come from.
        _ if has("source")
            && words.iter().all(|w| {
                ["source", "sources", "emission", "emissions", "ghg"].contains(&w.as_str())
            }) =>
        {
            "activity_label"
        }
        _ if has("source") => "activity.source",
        _ if gas(&["ch4"]) => "gases.ch4.tco2e",
        _ if gas(&["n2o", "n20"]) => "gases.n2o.tco2e",
        _ if gas(&["hfc", "hfcs"]) => "gases.hfcs.tco2e",
        _ if gas(&["pfc", "pfcs"]) => "gases.pfcs.tco2e",
        _ if gas(&["sf6"]) => "gases.sf6.tco2e",
        _ if gas(&["nf3"]) => "gases.nf3.tco2e",
        _ if gas(&["co2"]) && !has("total") => "gases.co2.tco2e",
        _ if numeric && (speaks_of_emissions(words) || has("total")) => "total_tco2e",
        _ if any(&["fuel", "activity"]) => "activity_label",
        _ => return None,
    })
}

fn total_by_keyword(header: &str, words: &[String]) -> Guess {
    let scope = words.iter().enumerate().find_map(|(i, w)| {
        let digit = match w.strip_prefix("scope") {
            Some("") => words.get(i + 1).map(String::as_str),
            Some(rest) => Some(rest),
            None => None,
        }?;
        digit.parse::<u8>().ok().filter(|s| (1..=3).contains(s))
    });
    let gpc = words
        .iter()
        .any(|w| w == "basic" || w == "basic+" || w == "gpc");
    Guess::Total {
        label: crate::read::clean_text(header),
        framework: if gpc { "gpc" } else { "other" }.to_owned(),
        scope,
        unit: unit_in_header(header).map(str::to_owned),
    }
}

/// The plain mass unit a header states (`CH4 (kg)`, `N2O in t`), read
/// from its words and the text in brackets with the unit table.
pub fn mass_unit_in_header(header: &str) -> Option<&'static str> {
    let text = crate::read::clean_text(header);
    let bracketed = text
        .split(['(', '[', ')', ']'])
        .skip(1)
        .step_by(2)
        .map(str::trim);
    let words = text.split(|c: char| c.is_whitespace() || "()[],;".contains(c));
    bracketed.chain(words).find_map(
        |candidate| match crate::normalize::units::lookup(candidate) {
            crate::normalize::units::Lookup::Known(unit)
                if unit.dimension == crate::normalize::units::Dimension::Mass =>
            {
                Some(unit.symbol)
            }
            _ => None,
        },
    )
}

/// The CO2e mass unit a header states, when it states one plainly.
/// `MtCO2e` with a capital M is megatonnes; `mt`, `MT` and "metric tonnes"
/// are the US spellings of tonnes.
pub fn unit_in_header(header: &str) -> Option<&'static str> {
    let text = crate::read::clean_text(header).replace('\u{2082}', "2");
    let lower = text.to_lowercase();
    let compact: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    let spelled = |needles: &[&str]| needles.iter().any(|n| compact.contains(n));
    if text.contains("MtCO2") || spelled(&["megatonnes", "milliontonnes"]) {
        return Some("MtCO2e");
    }
    let gigagrams = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "gg");
    if gigagrams || spelled(&["ktco2", "kilotonnes", "thousandtonnes"]) {
        return Some("ktCO2e");
    }
    if spelled(&["kgco2", "kilograms", "kgofco2"]) {
        return Some("kgCO2e");
    }
    if spelled(&["tco2", "tonnes", "tonnesco2", "metrictons", "tons", "mtco2"]) {
        return Some("tCO2e");
    }
    None
}

/// Record fields that hold amounts of CO2e.
pub(super) fn is_co2e_amount(field: &str) -> bool {
    field == "total_tco2e" || (field.starts_with("gases.") && field.ends_with(".tco2e"))
}

/// Denominators of rates that are no unit of activity (`t CO2e/capita`).
const PER_WHAT: &[&str] = &[
    "capita",
    "cap",
    "inhabitant",
    "inhabitants",
    "resident",
    "residents",
    "person",
    "head",
    "hab",
    "unit",
    "gdp",
    "km2",
];

/// A header over a rate rather than an amount: an emission factor
/// (`total_co2e_ef`, `EF`, `Emission factor`, `Fator de emissão`), an
/// intensity, or a mass per unit (`kg CO2e/kWh`, `t CO2e per capita`).
pub fn is_rate_header(header: &str) -> bool {
    let words = words(header);
    let factor = words.iter().any(|w| {
        ["ef", "efs", "intensity", "intensidade", "intensidad"].contains(&w.as_str())
            || w.starts_with("factor")
            || w.starts_with("fator")
    });
    if factor {
        return true;
    }
    if let Some(i) = words.iter().position(|w| w == "per")
        && let Some(next) = words.get(i + 1)
        && (PER_WHAT.contains(&next.as_str()) || known_unit(next))
    {
        return true;
    }
    // Every slash, also ` / ` between group and column (`Energy / I.1.1`
    // is no rate: neither side is a unit).
    slash_rate(&crate::read::clean_text(header))
}

/// `kg CO2e/kWh`, `(tCO2e / MWh)`, `t CO2e/capita`: a mass over a unit of
/// activity or a head count, around one of the slashes.
fn slash_rate(part: &str) -> bool {
    let tokens = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || "()[],;:".contains(c))
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    part.match_indices('/').any(|(at, _)| {
        let before = tokens(&part[..at]);
        let Some(under) = tokens(&part[at + 1..]).into_iter().next() else {
            return false;
        };
        let overs: Vec<String> = match before.as_slice() {
            [.., a, b] => vec![b.clone(), format!("{a} {b}")],
            [b] => vec![b.clone()],
            [] => Vec::new(),
        };
        overs.iter().any(|over| {
            crate::normalize::units::emission_factor(&format!("{over}/{under}")).is_some()
                || (PER_WHAT.contains(&under.to_lowercase().as_str())
                    && (unit_in_header(over).is_some() || mass_unit_in_header(over).is_some()))
        })
    })
}

fn known_unit(text: &str) -> bool {
    matches!(
        crate::normalize::units::lookup(text),
        crate::normalize::units::Lookup::Known(_)
            | crate::normalize::units::Lookup::Ambiguous { .. }
    )
}

/// Words of a header over a column of unit names (`units`, `Unit`,
/// `Emissions unit`, `Unidade`); activity and factor units are named by
/// their own words elsewhere.
const UNIT_WORDS: &[&str] = &[
    "unit",
    "units",
    "uom",
    "unidade",
    "unidades",
    "unidad",
    "unite",
    "unité",
    "unités",
    "einheit",
    "einheiten",
];
const UNIT_FILLER: &[&str] = &[
    "of",
    "the",
    "measure",
    "emission",
    "emissions",
    "ghg",
    "co2e",
    "de",
    "das",
    "dos",
    "des",
    "amount",
    "value",
    "values",
    "total",
];

fn is_units_header(words: &[String]) -> bool {
    words.iter().any(|w| UNIT_WORDS.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| UNIT_WORDS.contains(&w.as_str()) || UNIT_FILLER.contains(&w.as_str()))
}

/// What a column of unit names holds, from its values: CO2e units are the
/// unit of the emission amounts; emission-factor units (`kg CO2e/kWh`) the
/// record's factor unit; other units (energy, volume, mass, distance) or
/// unknown names the unit of its activity (long tables only).
fn units_column(column: &ColumnProfile, shape: Shape) -> Option<Guess> {
    use crate::normalize::units::{Dimension, Lookup, emission_factor, lookup};
    if column.distinct.is_empty() || column.is_numeric() {
        return None;
    }
    let co2e: Vec<Option<&'static str>> = column
        .distinct
        .iter()
        .map(|v| match lookup(v) {
            Lookup::Known(u) | Lookup::Ambiguous { unit: u, .. }
                if u.dimension == Dimension::Co2eMass =>
            {
                Some(u.symbol)
            }
            _ => None,
        })
        .collect();
    if co2e.iter().all(Option::is_some) {
        let mut units: Vec<String> = Vec::new();
        for symbol in co2e.into_iter().flatten() {
            if !units.iter().any(|u| u == symbol) {
                units.push(symbol.to_owned());
            }
        }
        let total_only = column
            .header
            .as_deref()
            .is_some_and(|h| words(h).iter().any(|w| w == "total"));
        return Some(Guess::EmissionsUnit { units, total_only });
    }
    if shape != Shape::Records || co2e.iter().any(Option::is_some) {
        return None;
    }
    let field = match column.distinct.iter().all(|v| emission_factor(v).is_some()) {
        true => "emission_factor.unit",
        false => "activity.unit",
    };
    Some(Guess::RecordField {
        field: field.to_owned(),
    })
}

/// Headers spelled as in a shipped mapping or the template.
fn known_headers() -> &'static HashMap<String, Ranked> {
    static KNOWN: OnceLock<HashMap<String, Ranked>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut known = HashMap::new();
        let mut add = |spelling: &str, guess: Guess, rank: usize| {
            known
                .entry(header_key(spelling))
                .or_insert_with(|| ranked(guess, Basis::KnownHeader, rank));
        };
        for mapping in shipped() {
            for fact in mapping.facts.iter() {
                let field = fact.pointer[1..].replace('/', ".");
                let period = fact.spec.read_as.is_some();
                for (rank, column) in fact.spec.columns.iter().enumerate() {
                    let field = field.clone();
                    add(column.get_ref(), Guess::Fact { field, period }, rank);
                }
            }
            for total in &mapping.totals {
                for column in &total.columns {
                    let guess = Guess::Total {
                        label: total.label.clone(),
                        framework: total.framework.clone(),
                        scope: total.scope,
                        unit: Some(total.unit.clone()),
                    };
                    add(column.get_ref(), guess, 0);
                }
            }
            for column in mapping.skip.iter().flat_map(|s| s.columns.iter()) {
                add(column.get_ref(), Guess::InventoryFlag, 0);
            }
        }
        for fact in CITY_FACTS.iter().chain(INVENTORY_FACTS) {
            let field = fact.pointer[1..].replace('/', ".");
            let period = fact.pointer == "/inventory/year";
            add(fact.label, Guess::Fact { field, period }, 0);
        }
        for column in EMISSION_COLUMNS {
            let field = column.pointer[1..].replace('/', ".");
            add(column.header, Guess::RecordField { field }, 0);
        }
        known
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(header: &str, values: &[&str], numeric: usize) -> ColumnProfile {
        ColumnProfile {
            index: 0,
            column: "A".to_owned(),
            header: Some(header.to_owned()),
            samples: Vec::new(),
            filled: values.len(),
            numeric,
            gpc_refs: 0,
            has_blanks: false,
            distinct: values.iter().map(|v| (*v).to_owned()).collect(),
            counts: vec![1; values.len()],
            unique: values.len(),
        }
    }

    fn field(header: &str) -> Option<String> {
        let c = column(header, &["x"], 0);
        guess(&c, Shape::InventoryRows, false).and_then(|r| r.guess.field().map(str::to_owned))
    }

    #[test]
    fn headers_of_shipped_mappings_are_known() {
        let c = column("\u{200B}Land area (in square km)", &["496.7"], 1);
        let r = guess(&c, Shape::InventoryRows, false).unwrap();
        assert_eq!(r.basis, Basis::KnownHeader);
        assert_eq!(r.guess.field(), Some("city.land_area_km2"));
    }

    #[test]
    fn keywords_name_facts() {
        assert_eq!(field("Nome do município").as_deref(), Some("city.name"));
        assert_eq!(field("Local government").as_deref(), Some("city.name"));
        assert_eq!(field("City Location"), None);
        assert_eq!(field("Country of city").as_deref(), Some("city.country"));
        assert_eq!(
            field("Ano do inventário").as_deref(),
            Some("inventory.year")
        );
        // The year a platform received the inventory, not its year.
        assert_eq!(
            field("Reporting Year").as_deref(),
            Some("inventory.reporting_year")
        );
        assert_eq!(
            field("Residents (population)").as_deref(),
            Some("city.population.value")
        );
        assert_eq!(
            field("Year of population").as_deref(),
            Some("city.population.year")
        );
        assert_eq!(field("Methodology Details"), None);
    }

    #[test]
    fn numeric_emission_columns_are_totals_with_scope_and_unit() {
        let c = column("Scope 2 emissions (kt CO2e)", &["1,5"], 1);
        let r = guess(&c, Shape::InventoryRows, false).unwrap();
        assert_eq!(
            r.guess,
            Guess::Total {
                label: "Scope 2 emissions (kt CO2e)".to_owned(),
                framework: "other".to_owned(),
                scope: Some(2),
                unit: Some("ktCO2e".to_owned()),
            }
        );
        let c = column("BASIC total", &["10"], 1);
        let Guess::Total {
            framework, unit, ..
        } = guess(&c, Shape::InventoryRows, false).unwrap().guess
        else {
            panic!("not a total");
        };
        assert_eq!((framework.as_str(), unit), ("gpc", None));
    }

    #[test]
    fn units_in_headers() {
        assert_eq!(unit_in_header("Total (metric tonnes CO2e)"), Some("tCO2e"));
        assert_eq!(unit_in_header("Emissions MtCO2e"), Some("MtCO2e"));
        assert_eq!(unit_in_header("Emissions mtCO2e"), Some("tCO2e"));
        assert_eq!(unit_in_header("Emissões (kg CO₂e)"), Some("kgCO2e"));
        assert_eq!(unit_in_header("Emissions (kg CO2e)"), Some("kgCO2e"));
        assert_eq!(unit_in_header("Total"), None);
    }

    #[test]
    fn long_tables_get_record_fields() {
        let record = |header: &str, numeric: usize| {
            let c = column(header, &["1"], numeric);
            guess(&c, Shape::Records, false).and_then(|r| r.guess.field().map(str::to_owned))
        };
        assert_eq!(
            record("CH4 (t CO2e)", 1).as_deref(),
            Some("gases.ch4.tco2e")
        );
        assert_eq!(record("Emissões totais", 1).as_deref(), Some("total_tco2e"));
        assert_eq!(record("Notation key", 0).as_deref(), Some("notation_key"));
        assert_eq!(record("Sub-sector", 0).as_deref(), Some("sub_sector"));
        assert_eq!(record("Fuel", 0).as_deref(), Some("activity_label"));
    }

    #[test]
    fn a_yes_no_inventory_column_is_the_flag() {
        let c = column("Inventory reported?", &["Yes", "No", "In progress"], 0);
        let r = guess(&c, Shape::InventoryRows, false).unwrap();
        assert_eq!(r.guess, Guess::InventoryFlag);
    }

    #[test]
    fn emission_factors_and_rates_are_never_emissions() {
        for header in [
            "total_co2e_ef",
            "CO2e EF",
            "Emission factor (kg CO2e/kWh)",
            "Fator de emissão",
            "kg CO2e/kWh",
            "tCO2e / MWh",
            "Emissions (t CO2e/capita)",
            "Emissions per capita",
            "GHG intensity",
        ] {
            assert!(is_rate_header(header), "{header}");
            let c = column(header, &["0.4"], 1);
            assert_eq!(
                guess(&c, Shape::InventoryRows, false).map(|r| r.guess),
                None,
                "{header}"
            );
            let record =
                guess(&c, Shape::Records, false).and_then(|r| r.guess.field().map(str::to_owned));
            assert!(
                record
                    .as_deref()
                    .is_none_or(|f| f.starts_with("emission_factor.")),
                "{header}: {record:?}"
            );
        }
        let c = column("total_co2e_ef", &["0.4"], 1);
        let r = guess(&c, Shape::Records, false).unwrap();
        assert_eq!(r.guess.field(), Some("emission_factor.total"));
        for header in [
            "total_co2e",
            "Direct emissions/ Scope 1 (metric tonnes CO2e) for Total emissions",
            "Emissions (t CO2e)",
            "Emissioni per settore",
            "Fuel / activity",
        ] {
            assert!(!is_rate_header(header), "{header}");
        }
    }

    #[test]
    fn a_units_column_is_read_by_its_values() {
        let units = |header: &str, values: &[&str], shape: Shape| {
            guess(&column(header, values, 0), shape, false).map(|r| r.guess)
        };
        assert_eq!(
            units("units", &["MT CO2e"], Shape::Records),
            Some(Guess::EmissionsUnit {
                units: vec!["tCO2e".to_owned()],
                total_only: false
            })
        );
        assert_eq!(
            units("Unit", &["kg CO2e", "t CO2e"], Shape::InventoryRows),
            Some(Guess::EmissionsUnit {
                units: vec!["kgCO2e".to_owned(), "tCO2e".to_owned()],
                total_only: false
            })
        );
        // CityCatalyst's: the total's unit; its gas columns are in kg CO2e.
        assert_eq!(
            units("Total Emission Units", &["t CO2e"], Shape::Records),
            Some(Guess::EmissionsUnit {
                units: vec!["tCO2e".to_owned()],
                total_only: true
            })
        );
        let field = |g: Option<Guess>| g.and_then(|g| g.field().map(str::to_owned));
        assert_eq!(
            field(units("units", &["kWh", "therm", "gal"], Shape::Records)).as_deref(),
            Some("activity.unit")
        );
        assert_eq!(
            field(units("Units", &["kg CO2e/kWh", "kg/TJ"], Shape::Records)).as_deref(),
            Some("emission_factor.unit")
        );
        assert_eq!(units("units", &["kWh"], Shape::InventoryRows), None);
    }

    #[test]
    fn label_columns_of_a_long_table() {
        let record = |header: &str| {
            let c = column(header, &["Residential buildings"], 0);
            guess(&c, Shape::Records, false).and_then(|r| r.guess.field().map(str::to_owned))
        };
        assert_eq!(record("Category").as_deref(), Some("sub_sector"));
        assert_eq!(record("Source").as_deref(), Some("activity_label"));
        assert_eq!(record("Emission source").as_deref(), Some("activity_label"));
        assert_eq!(record("Data source").as_deref(), Some("activity.source"));
    }

    #[test]
    fn a_table_naming_each_city_once_is_one_row_per_inventory() {
        let mut city = column("City", &["Aville", "Bville", "Cville"], 0);
        let sector = column("Sector", &["Energy", "Waste", "Energy"], 0);
        let scope = column("Scope 1 (t CO2e)", &["1", "2", "3"], 3);
        let columns = [city.clone(), sector.clone(), scope.clone()];
        assert_eq!(table_shape(&columns), (Shape::InventoryRows, false));
        // The same city on every row: one row per record.
        city.distinct = vec!["Aville".to_owned()];
        city.unique = 1;
        assert_eq!(
            table_shape(&[city, sector, scope.clone()]),
            (Shape::Records, false)
        );
        // A header merely mentioning a sector is no label column.
        let largest = column("Largest emitting sector", &["Energy", "Energy"], 0);
        assert_eq!(
            table_shape(&[largest, scope]),
            (Shape::InventoryRows, false)
        );
    }
}
