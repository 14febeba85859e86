//! The mapping file: a TOML description of a foreign table (which sheet,
//! which header row, which column holds which field, constants, value
//! aliases, the totals it reports, rows to skip). Parsing checks the file
//! itself; every mistake names its line. See `docs/mapping.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diagnostic::line_of;
use crate::layout::template::spec::{CITY_FACTS, EMISSION_COLUMNS, FactRow, INVENTORY_FACTS, Kind};
use crate::normalize::units::{self, Dimension};

/// A parsed, checked mapping file.
#[derive(Debug)]
pub struct Mapping {
    pub table: TableSpec,
    /// Facts by JSON pointer, with their kind and the spec line.
    pub facts: Vec<Fact>,
    /// Record fields by JSON pointer relative to a record (`records` shape).
    pub record_fields: Vec<Fact>,
    pub totals: Vec<TotalSpec>,
    pub skip: Option<SkipSpec>,
    /// The columns of an `answers` table.
    pub answers: Option<AnswersSpec>,
    /// Record labels to GPC refs and scopes (`[labels]`).
    pub labels: Option<LabelSpec>,
    /// The value columns of a `matrix` table (`[matrix]`).
    pub matrix: Option<MatrixSpec>,
    /// The mapping text, to turn spans into line numbers.
    source: String,
    /// Where the mapping came from (a path or `schemas/mappings/...`).
    pub origin: String,
    /// `mapping:<id>`, the layout name reports show.
    pub layout_name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSpec {
    /// Short identifier, used in the layout name (`mapping:<id>`).
    pub id: String,
    pub name: String,
    /// Sheet name; default: the first sheet (a CSV has only one).
    pub sheet: Option<String>,
    /// 1-based header row, or rows top first (`[3, 4]`) for a header that
    /// spans several; default: the first row holding a mapped header.
    pub header_row: Option<HeaderRows>,
    pub shape: Shape,
    /// Wide tables: every column whose header is a GPC reference number
    /// (`I.1.1`, also `I_1_1`) holds that cell's emissions, one record each.
    #[serde(default)]
    pub gpc_ref_columns: bool,
    /// Unit of the values in GPC-ref columns: tCO2e (default), kgCO2e,
    /// ktCO2e or MtCO2e.
    #[serde(default = "default_unit")]
    pub records_unit: String,
}

/// The header row(s) of a table, 1-based as a spreadsheet shows them.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum HeaderRows {
    One(u32),
    Several(Vec<u32>),
}

impl HeaderRows {
    /// The rows, 0-based, top first.
    pub fn zero_based(&self) -> Vec<u32> {
        match self {
            HeaderRows::One(row) => vec![row.saturating_sub(1)],
            HeaderRows::Several(rows) => rows.iter().map(|r| r.saturating_sub(1)).collect(),
        }
    }

    fn is_valid(&self) -> bool {
        match self {
            HeaderRows::One(row) => *row >= 1,
            HeaderRows::Several(rows) => {
                !rows.is_empty() && rows[0] >= 1 && rows.windows(2).all(|w| w[0] < w[1])
            }
        }
    }
}

/// How rows relate to inventories.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// One row per inventory: facts and reported totals side by side.
    InventoryRows,
    /// One row per emission record; rows with the same city and year form
    /// one inventory.
    Records,
    /// One row per emission record and one column per inventory year
    /// (`CY2005`, `2005`, `FY2016`): each year column is an inventory.
    YearColumns,
    /// Rows are sectors or sub-sectors, columns are scopes (`Direct`,
    /// `Indirect`, `Outside city boundary`): each cell is a record.
    Matrix,
    /// One row per answer of an emissions table (CDP's long open data):
    /// rows with the same city and year form one inventory, each answer a
    /// reported total named by its row and column.
    Answers,
}

impl Shape {
    /// The shape as a mapping writes it.
    pub fn name(&self) -> &'static str {
        match self {
            Shape::InventoryRows => "inventory-rows",
            Shape::Records => "records",
            Shape::YearColumns => "year-columns",
            Shape::Matrix => "matrix",
            Shape::Answers => "answers",
        }
    }
}

/// The columns of an `answers` table: the emissions-table row an answer
/// belongs to, its column (a table without one answers in a single
/// column, named by the answer's header), and the answer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersSpec {
    pub row: Vec<Spanned<String>>,
    #[serde(default)]
    pub column: Vec<Spanned<String>>,
    pub value: Vec<Spanned<String>>,
}

impl AnswersSpec {
    /// The three column lists, row first.
    pub fn columns(&self) -> [&[Spanned<String>]; 3] {
        [&self.row, &self.column, &self.value]
    }

    /// The column lists a table must have: the row and the answer.
    pub fn required(&self) -> [&[Spanned<String>]; 2] {
        [&self.row, &self.value]
    }
}

/// How one field is read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Header spellings; the first column present and non-blank in a row wins.
    #[serde(default)]
    pub columns: Vec<Spanned<String>>,
    /// A value for every inventory, instead of a column.
    pub constant: Option<toml::Value>,
    /// `period` reads year and period forms (`2013/2014`, `2015-01-01 - 2015-12-31`).
    pub read_as: Option<ReadAs>,
    /// Written value -> value to use (e.g. a protocol's full name -> `gpc`).
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
    /// The value to use when a non-blank cell matches no alias.
    pub otherwise: Option<String>,
    /// No error when the table has none of the columns.
    #[serde(default)]
    pub optional: bool,
    /// Unit of this column's amounts of CO2e (record fields only), when it
    /// differs from the table's `records_unit`.
    pub unit: Option<Spanned<String>>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ReadAs {
    Period,
}

/// One mapped fact, resolved.
#[derive(Debug)]
pub struct Fact {
    pub pointer: &'static str,
    pub label: &'static str,
    pub kind: Kind,
    pub spec: FieldSpec,
    pub line: usize,
}

/// A reported total read from one column.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TotalSpec {
    pub columns: Vec<Spanned<String>>,
    pub label: String,
    #[serde(default = "default_framework")]
    pub framework: String,
    pub sector: Option<String>,
    pub scope: Option<u8>,
    #[serde(default = "default_unit")]
    pub unit: String,
    #[serde(default)]
    pub optional: bool,
}

fn default_framework() -> String {
    "other".to_owned()
}

fn default_unit() -> String {
    "tCO2e".to_owned()
}

/// Rows that state they have no inventory.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkipSpec {
    pub columns: Vec<Spanned<String>>,
    /// Values that mean "no inventory" (compared without case).
    #[serde(default)]
    pub values: Vec<String>,
    /// A blank cell also means "no inventory".
    #[serde(default)]
    pub blank: bool,
    pub reason: String,
}

/// `[labels]`: the columns whose values name a record's place, and what
/// those values mean.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelSpec {
    /// Label columns, the most general first (`Sector`, `Category`,
    /// `Source`); a row's label is their non-blank values joined with ` / `.
    #[serde(default)]
    pub columns: Vec<Spanned<String>>,
    /// Label (a whole label, its first parts, or one column's value) ->
    /// GPC ref and scope.
    #[serde(default)]
    pub map: BTreeMap<Spanned<String>, LabelEntry>,
}

/// What one label means.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelEntry {
    /// A GPC cell (`I.1.2`) or sub-sector (`I.1`, its cell given by the scope).
    pub gpc_ref: Option<Spanned<String>>,
    /// 1, 2 or 3.
    pub scope: Option<Spanned<u8>>,
    /// The row states a total, not a record.
    #[serde(default)]
    pub total: bool,
}

/// `[matrix]`: the value columns of a matrix and their scopes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixSpec {
    /// Header -> scope; default: every column whose header names a scope in
    /// `[labels.map]` or in words (`Direct`, `Indirect ...`, `Scope 3`).
    #[serde(default)]
    pub scopes: BTreeMap<Spanned<String>, Spanned<u8>>,
    /// Columns holding each row's total (reported totals of the row's sector).
    #[serde(default)]
    pub total_columns: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    table: TableSpec,
    #[serde(default)]
    facts: BTreeMap<Spanned<String>, FieldSpec>,
    #[serde(default)]
    record_fields: BTreeMap<Spanned<String>, FieldSpec>,
    #[serde(default)]
    totals: Vec<TotalSpec>,
    skip: Option<SkipSpec>,
    answers: Option<AnswersSpec>,
    labels: Option<LabelSpec>,
    matrix: Option<MatrixSpec>,
}

/// A mistake in a mapping file, at a line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{origin}:{line}: {message}")]
pub struct MappingError {
    pub origin: String,
    pub line: usize,
    pub message: String,
}

impl Mapping {
    pub fn parse(text: &str, origin: &str) -> Result<Mapping, MappingError> {
        let error = |span: Option<std::ops::Range<usize>>, message: String| MappingError {
            origin: origin.to_owned(),
            line: span.map_or(1, |s| line_of(text, s.start)),
            message,
        };
        if let Some(line) = unfilled_blank(text) {
            return Err(MappingError {
                origin: origin.to_owned(),
                line,
                message: "a blank of the starter mapping is not filled in: replace FILL with \
                          the column name or value (the comment above it says which)"
                    .to_owned(),
            });
        }
        let raw: RawMapping =
            toml::from_str(text).map_err(|e| error(e.span(), e.message().to_owned()))?;
        if raw.table.header_row.as_ref().is_some_and(|h| !h.is_valid()) {
            let at = text.find("header_row").map(|i| i..i);
            return Err(error(
                at,
                "header_row is a row number from 1, or rows in increasing order like [3, 4]"
                    .to_owned(),
            ));
        }
        if co2e_factor(&raw.table.records_unit).is_none() {
            let at = text.find("records_unit").map(|i| i..i);
            return Err(error(
                at,
                format!(
                    "unknown records_unit `{}`; use {CO2E_UNITS}",
                    raw.table.records_unit
                ),
            ));
        }
        if let Some(total) = raw.totals.iter().find(|t| co2e_factor(&t.unit).is_none()) {
            let at = total.columns.first().map(|c| c.span());
            return Err(error(
                at,
                format!(
                    "unknown unit `{}` for the total `{}`; use {CO2E_UNITS}",
                    total.unit, total.label
                ),
            ));
        }
        let facts = resolve_fields(raw.facts, text, known_fact, known_list, &error)?;
        let record_fields = resolve_fields(
            raw.record_fields,
            text,
            known_record_field,
            known_record_list,
            &error,
        )?;
        let has_ref = record_fields.iter().any(|f| f.pointer == "/gpc_ref");
        let has_labels = raw.labels.as_ref().is_some_and(|l| !l.columns.is_empty());
        let has_sub_sector = record_fields.iter().any(|f| f.pointer == "/sub_sector");
        let places_records = !matches!(raw.table.shape, Shape::InventoryRows | Shape::Answers);
        if places_records && !has_ref && !has_labels && !has_sub_sector {
            return Err(error(
                None,
                format!(
                    "shape = \"{}\" needs a `gpc_ref` (or `sub_sector`) entry in [record_fields], \
                     or label columns in [labels]",
                    raw.table.shape.name()
                ),
            ));
        }
        if (raw.table.shape == Shape::Answers) != raw.answers.is_some() {
            return Err(error(
                None,
                "shape = \"answers\" goes with an [answers] table (row, column and value \
                 columns), and an [answers] table with that shape"
                    .to_owned(),
            ));
        }
        let parts = super::shapes::Parts {
            shape: raw.table.shape,
            facts: &facts,
            record_fields: &record_fields,
            labels: raw.labels.as_ref(),
            matrix: raw.matrix.as_ref(),
        };
        parts.check(text).map_err(|(line, message)| MappingError {
            origin: origin.to_owned(),
            line,
            message,
        })?;
        Ok(Mapping {
            layout_name: format!("mapping:{}", raw.table.id),
            table: raw.table,
            facts,
            record_fields,
            totals: raw.totals,
            skip: raw.skip,
            answers: raw.answers,
            labels: raw.labels,
            matrix: raw.matrix,
            source: text.to_owned(),
            origin: origin.to_owned(),
        })
    }
}

type Lookup = fn(&str) -> Option<(&'static str, &'static str, Kind)>;

/// Checks each `field = { ... }` entry against the fields a table may fill.
fn resolve_fields(
    raw: BTreeMap<Spanned<String>, FieldSpec>,
    text: &str,
    lookup: Lookup,
    known: fn() -> String,
    error: &dyn Fn(Option<std::ops::Range<usize>>, String) -> MappingError,
) -> Result<Vec<Fact>, MappingError> {
    let mut fields = Vec::new();
    for (key, spec) in raw {
        let pointer = format!("/{}", key.get_ref().replace('.', "/"));
        let Some((pointer, label, kind)) = lookup(&pointer) else {
            return Err(error(
                Some(key.span()),
                format!("unknown field `{}`; {}", key.get_ref(), known()),
            ));
        };
        if let Some(unit) = &spec.unit {
            let (factor, kind) = if CO2E_FIELDS.contains(&pointer) {
                (co2e_factor(unit.get_ref()), CO2E_UNITS)
            } else if is_mass_field(pointer) {
                (mass_factor(unit.get_ref()), MASS_UNITS)
            } else {
                return Err(error(
                    Some(unit.span()),
                    format!(
                        "`unit` applies to amounts in [record_fields] (total_tco2e, gases.*.tco2e, gases.*.mass_t), not to `{}`",
                        key.get_ref()
                    ),
                ));
            };
            if factor.is_none() {
                return Err(error(
                    Some(unit.span()),
                    format!("unknown unit `{}`; use {kind}", unit.get_ref()),
                ));
            }
        }
        if spec.columns.is_empty() && spec.constant.is_none() {
            return Err(error(
                Some(key.span()),
                format!("field `{}` needs `columns` or `constant`", key.get_ref()),
            ));
        }
        fields.push(Fact {
            pointer,
            label,
            kind,
            spec,
            line: line_of(text, key.span().start),
        });
    }
    Ok(fields)
}

impl Mapping {
    /// The 1-based line of a span in the mapping text.
    pub fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(&self.source, span.start)
    }
}

/// The CO2e mass units a mapping may name (more spellings are in
/// `schemas/units.csv`).
pub const CO2E_UNITS: &str = "tCO2e, kgCO2e, ktCO2e or MtCO2e";

/// Mass units for masses of gas.
pub const MASS_UNITS: &str = "t, kg, g, kt, lb, short ton or long ton";

/// Record fields holding masses of one gas, in tonnes once converted.
pub const MASS_FIELDS: &[(&str, &str)] = &[
    ("/gases/co2/mass_t", "CO2 (mass)"),
    ("/gases/ch4/mass_t", "CH4 (mass)"),
    ("/gases/n2o/mass_t", "N2O (mass)"),
    ("/gases/sf6/mass_t", "SF6 (mass)"),
    ("/gases/nf3/mass_t", "NF3 (mass)"),
];

/// Record fields whose numbers are amounts of CO2e, converted by unit.
pub const CO2E_FIELDS: &[&str] = &[
    "/total_tco2e",
    "/gases/co2/tco2e",
    "/gases/ch4/tco2e",
    "/gases/n2o/tco2e",
    "/gases/hfcs/tco2e",
    "/gases/pfcs/tco2e",
    "/gases/sf6/tco2e",
    "/gases/nf3/tco2e",
];

/// Tonnes of CO2e per unit, for the CO2e mass units of the unit table
/// (`schemas/units.csv`: `tCO2e`, `kg CO2e`, `MtCO2e`, `metric tonnes CO2e`, ...).
pub fn co2e_factor(unit: &str) -> Option<f64> {
    units::base_factor(unit, Dimension::Co2eMass)
}

/// Tonnes per unit, for the mass units of the unit table (`kg`, `lb`, ...).
pub fn mass_factor(unit: &str) -> Option<f64> {
    units::base_factor(unit, Dimension::Mass)
}

/// The first line, outside comments, that still holds the `"FILL"` blank
/// `inspect --emit-mapping` writes where it cannot guess.
/// Blanks sit in a column list (`columns = ["FILL"]`) or as a unit
/// (`unit = "FILL"`, `records_unit = "FILL"`), so a value "FILL" elsewhere
/// (an alias of a value written FILL) is no blank.
fn unfilled_blank(text: &str) -> Option<usize> {
    text.lines().position(holds_blank).map(|index| index + 1)
}

/// True for a line of a mapping that still holds a `FILL` blank.
pub fn holds_blank(line: &str) -> bool {
    let line = line.trim_start();
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    !line.starts_with('#')
        && (compact.contains("columns=[\"FILL\"]") || compact.contains("unit=\"FILL\""))
}

/// Facts a mapped table may carry that the template has no row for:
/// tables of a platform's releases say the year each inventory was
/// reported in.
const TABLE_ONLY_FACTS: &[FactRow] = &[
    FactRow {
        pointer: "/inventory/reporting_year",
        label: "Reporting year",
        kind: Kind::Integer,
        note: "",
    },
    FactRow {
        pointer: "/inventory/change_explanation",
        label: "Reason for the change since the last inventory",
        kind: Kind::Text,
        note: "",
    },
];

fn known_fact(pointer: &str) -> Option<(&'static str, &'static str, Kind)> {
    CITY_FACTS
        .iter()
        .chain(INVENTORY_FACTS)
        .chain(TABLE_ONLY_FACTS)
        .find(|f| f.pointer == pointer)
        .map(|f| (f.pointer, f.label, f.kind))
}

/// True for the record fields holding a mass of one gas.
pub fn is_mass_field(pointer: &str) -> bool {
    MASS_FIELDS.iter().any(|(p, _)| *p == pointer)
}

fn known_record_field(pointer: &str) -> Option<(&'static str, &'static str, Kind)> {
    let column = EMISSION_COLUMNS
        .iter()
        .find(|c| c.pointer == pointer)
        .map(|c| (c.pointer, c.header, c.kind));
    column.or_else(|| {
        MASS_FIELDS
            .iter()
            .find(|(p, _)| *p == pointer)
            .map(|(p, label)| (*p, *label, Kind::Number))
    })
}

fn known_record_list() -> String {
    let names: Vec<String> = EMISSION_COLUMNS
        .iter()
        .map(|c| c.pointer)
        .chain(MASS_FIELDS.iter().map(|(p, _)| *p))
        .map(|p| p[1..].replace('/', "."))
        .collect();
    format!("known record fields: {}", names.join(", "))
}

fn known_list() -> String {
    let names: Vec<String> = CITY_FACTS
        .iter()
        .chain(INVENTORY_FACTS)
        .chain(TABLE_ONLY_FACTS)
        .map(|f| f.pointer[1..].replace('/', "."))
        .collect();
    format!("known fields: {}", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[table]
id = "t"
name = "Test"
shape = "inventory-rows"

[facts]
"city.name" = { columns = ["City", "Organization"] }
"inventory.year" = { columns = ["Year"], read_as = "period" }

[[totals]]
columns = ["Total"]
label = "Total emissions"
"#;

    #[test]
    fn a_good_mapping_parses() {
        let mapping = Mapping::parse(GOOD, "t.toml").unwrap();
        assert_eq!(mapping.facts.len(), 2);
        assert_eq!(mapping.facts[0].pointer, "/city/name");
        assert_eq!(mapping.facts[0].line, 8);
        assert_eq!(mapping.totals[0].unit, "tCO2e");
    }

    #[test]
    fn an_unknown_field_names_its_line() {
        let text = GOOD.replace("\"city.name\"", "\"city.nmae\"");
        let err = Mapping::parse(&text, "t.toml").unwrap_err();
        assert_eq!(err.line, 8);
        assert!(
            err.message.starts_with("unknown field `city.nmae`"),
            "{}",
            err.message
        );
        assert!(err.to_string().starts_with("t.toml:8: "));
    }

    #[test]
    fn an_unfilled_blank_names_its_line() {
        let text = GOOD.replace("[\"Total\"]", "[\"FILL\"]  # the total");
        let err = Mapping::parse(&text, "t.toml").unwrap_err();
        assert_eq!(err.line, 12);
        assert!(err.message.contains("replace FILL"), "{}", err.message);
    }

    #[test]
    fn a_misspelt_key_names_its_line() {
        let text = GOOD.replace("label = ", "lable = ");
        let err = Mapping::parse(&text, "t.toml").unwrap_err();
        assert_eq!(err.line, 13);
        assert!(err.message.contains("lable"), "{}", err.message);
    }
}
