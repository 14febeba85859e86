//! The starter mapping `inspect --emit-mapping` writes: every guess of one
//! sheet as mapping entries, each with a comment saying which column it
//! came from, and `FILL` wherever ghgcheck cannot guess (`validate`
//! refuses a mapping that still holds one, naming its line).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use super::{Guess, InspectedColumn, Inspection, SheetInspection};
use crate::layout::mapped::{Shape, shipped};
use crate::normalize;

/// The blank a person must fill in.
pub const FILL: &str = "FILL";

/// Facts every inventory needs: a blank is written when no column fits.
const REQUIRED_FACTS: &[(&str, &str)] = &[
    (
        "city.name",
        "no column looks like the city's name: name it, or write constant = \"City name\" instead of columns",
    ),
    (
        "inventory.year",
        "no column looks like the inventory year: name it, or write constant = 2021 instead of columns",
    ),
];

const UNIT_CHOICES: &str = "tCO2e, kgCO2e, ktCO2e or MtCO2e";

/// The starter mapping for one sheet of an inspected file: `sheet` names
/// it, or else the sheet with the most guessed columns is taken.
pub fn starter_mapping(inspection: &Inspection, sheet: Option<&str>) -> Result<String, String> {
    let chosen = match sheet {
        Some(name) => inspection.sheets.iter().find(|s| {
            s.name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        }),
        None => inspection
            .sheets
            .iter()
            .max_by_key(|s| (guessed(s), std::cmp::Reverse(s.name.clone()))),
    };
    let Some(sheet_inspection) = chosen else {
        return Err("the file holds no table to describe".to_owned());
    };
    if sheet_inspection.header_row.is_none() {
        return Err(
            "no row of the sheet looks like a header row (a row of text labels)".to_owned(),
        );
    }
    let text = Writer::new(inspection, sheet_inspection).write();
    // A starter mapping must at least be TOML; a failure here is a bug.
    if let Err(e) = toml::from_str::<toml::Table>(&text) {
        return Err(format!(
            "the starter mapping would not be valid TOML ({})",
            e.message()
        ));
    }
    Ok(text)
}

fn guessed(sheet: &SheetInspection) -> usize {
    sheet.columns.iter().filter(|c| c.guess.is_some()).count()
}

struct Writer<'a> {
    file_name: String,
    sheet: &'a SheetInspection,
    named_sheet: bool,
    /// Whether a column of CO2e unit names gave (or was named for) a unit.
    units_used: bool,
    out: String,
}

impl<'a> Writer<'a> {
    fn new(inspection: &Inspection, sheet: &'a SheetInspection) -> Self {
        let file_name = Path::new(&inspection.file).file_name().map_or_else(
            || inspection.file.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        Writer {
            file_name,
            sheet,
            // Always named: `validate` would otherwise read the first sheet,
            // which may be an empty cover sheet `inspect` leaves out.
            named_sheet: sheet.name.is_some(),
            units_used: false,
            out: String::new(),
        }
    }

    fn write(mut self) -> String {
        self.preamble();
        self.table();
        self.facts();
        if self.sheet.shape == Shape::Records {
            self.record_fields();
        }
        self.skip();
        self.totals();
        self.unmapped();
        self.out
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn preamble(&mut self) {
        let file = self.file_name.clone();
        self.line(&format!(
            "# Starter mapping written by `ghgcheck inspect` from {file}."
        ));
        self.line("# Each entry is a guess from the column headers and values: check them.");
        self.line("# Replace every FILL (validate refuses a mapping that still holds one),");
        self.line(&format!(
            "# then run: ghgcheck validate --mapping THIS-FILE.toml {file}"
        ));
        self.line("# The format is described in docs/mapping.md.");
        self.line("");
    }

    fn table(&mut self) {
        let sheet = self.sheet;
        self.line("[table]");
        self.line(&format!("id = {}", quote(&slug(&self.file_name))));
        self.line(&format!(
            "name = {}",
            quote(&format!("Table of {}", self.file_name))
        ));
        if self.named_sheet
            && let Some(name) = &sheet.name
        {
            self.line(&format!("sheet = {}", quote(name)));
        }
        match sheet.header_rows.as_slice() {
            [row] => self.line(&format!("header_row = {row}")),
            [] => {}
            rows => {
                let rows: Vec<String> = rows.iter().map(u32::to_string).collect();
                self.line(&format!("header_row = [{}]", rows.join(", ")));
            }
        }
        let shape = match sheet.shape {
            Shape::InventoryRows => "inventory-rows",
            Shape::Records => "records",
            // Never guessed: CDP's answer tables have a shipped mapping.
            Shape::Answers => "answers",
            Shape::YearColumns => "year-columns",
            Shape::Matrix => "matrix",
        };
        self.line(&format!("shape = {}", quote(shape)));
        if sheet.gpc_ref_columns {
            self.line("gpc_ref_columns = true");
        }
        // Long tables give each amount column its own unit (below).
        if sheet.gpc_ref_columns {
            let unit = self.record_unit().map(str::to_owned);
            let unit = self.unit_from_column(unit, false);
            self.unit_line(
                "records_unit",
                unit.as_deref(),
                "unit of the emission amounts",
            );
        }
        self.line("");
    }

    /// The unit of the emission amounts: the one the total's header
    /// states, or else the one all headers that state a unit agree on.
    fn record_unit(&self) -> Option<&'static str> {
        let amounts: Vec<(&InspectedColumn, Option<&'static str>)> = self
            .sheet
            .columns
            .iter()
            .filter(|c| match &c.guess {
                Some(Guess::RecordField { field }) => is_co2e_amount(field),
                Some(Guess::GpcCell { .. }) => true,
                _ => false,
            })
            .map(|c| (c, header_unit(c)))
            .collect();
        let total = amounts.iter().find(|(c, _)| {
            matches!(&c.guess, Some(Guess::RecordField { field }) if field == "total_tco2e")
        });
        if let Some((_, Some(unit))) = total {
            return Some(unit);
        }
        let stated: Vec<&'static str> = amounts.iter().filter_map(|(_, u)| *u).collect();
        match stated.first() {
            Some(first) if stated.iter().all(|u| u == first) => Some(first),
            _ => None,
        }
    }

    /// The unit of amounts whose header states none, from a column of
    /// unit names when every row names the same CO2e unit (with a comment
    /// naming the column); `stated` when the header states one.
    fn unit_from_column(&mut self, stated: Option<String>, total: bool) -> Option<String> {
        if stated.is_some() {
            return stated;
        }
        let sheet = self.sheet;
        let column = sheet
            .columns
            .iter()
            .find(|c| {
                matches!(c.guess, Some(Guess::EmissionsUnit { total_only, .. }) if total || !total_only)
            })?;
        let Some(Guess::EmissionsUnit { units, .. }) = &column.guess else {
            return None;
        };
        self.units_used = true;
        let written: Vec<String> = column.profile.distinct.iter().map(|v| quote(v)).collect();
        let name = format!(
            "column {} {}",
            column.profile.column,
            quote(column.profile.header.as_deref().unwrap_or(""))
        );
        match units.as_slice() {
            [unit] => {
                self.line(&format!(
                    "# unit from {name}: every row says {} ({unit})",
                    written.join(", ")
                ));
                Some(unit.clone())
            }
            _ => {
                self.line(&format!(
                    "# {name} names several units ({}): a mapping reads one unit per column, so convert the amounts to one unit first",
                    written.join(", ")
                ));
                None
            }
        }
    }

    fn unit_line(&mut self, key: &str, unit: Option<&str>, what: &str) {
        match unit {
            Some(unit) => self.line(&format!("{key} = {}", quote(unit))),
            None => self.line(&format!(
                "{key} = {}  # {what}, not stated in the headers: {UNIT_CHOICES}",
                quote(FILL)
            )),
        }
    }

    /// Preferred columns of each field, in the order they are tried.
    fn fields(&self, record: bool) -> BTreeMap<String, Vec<&'a InspectedColumn>> {
        let mut fields: BTreeMap<String, Vec<&InspectedColumn>> = BTreeMap::new();
        for column in self.sheet.columns.iter().filter(|c| c.preferred) {
            let field = match &column.guess {
                Some(Guess::Fact { field, .. }) if !record => field,
                Some(Guess::RecordField { field }) if record => field,
                _ => continue,
            };
            fields.entry(field.clone()).or_default().push(column);
        }
        for columns in fields.values_mut() {
            columns.sort_by_key(|c| (c.rank, c.profile.index));
        }
        fields
    }

    fn facts(&mut self) {
        self.line("[facts]");
        let fields = self.fields(false);
        self.inventory_key(&fields);
        for (field, hint) in REQUIRED_FACTS {
            if !fields.contains_key(*field) {
                self.line(&format!("# {hint}"));
                let period = if *field == "inventory.year" {
                    ", read_as = \"period\""
                } else {
                    ""
                };
                self.line(&format!(
                    "{} = {{ columns = [{}]{period} }}",
                    quote(field),
                    quote(FILL)
                ));
            }
        }
        let mut protocol = None;
        for (field, columns) in &fields {
            if field == "inventory.protocol" {
                protocol = Some(columns.clone());
                continue;
            }
            self.source_comment(columns);
            let period = columns
                .iter()
                .any(|c| matches!(&c.guess, Some(Guess::Fact { period: true, .. })));
            let read_as = if period { ", read_as = \"period\"" } else { "" };
            self.line(&format!(
                "{} = {{ columns = {}{read_as} }}",
                quote(field),
                column_list(columns)
            ));
        }
        self.line("");
        if let Some(columns) = protocol {
            self.protocol(&columns);
        }
    }

    /// What tells inventories apart: in a long table rows are grouped by
    /// city and year, proposed only when a column gives each; otherwise the
    /// comment says what is missing (the blanks follow).
    fn inventory_key(&mut self, fields: &BTreeMap<String, Vec<&InspectedColumn>>) {
        let header = |field: &str| {
            fields
                .get(field)
                .and_then(|c| c.first())
                .and_then(|c| c.profile.header.clone())
        };
        let (city, year) = (header("city.name"), header("inventory.year"));
        let long = self.sheet.shape == Shape::Records;
        match (city, year) {
            (Some(city), Some(year)) if long => self.line(&format!(
                "# One inventory per city and year: rows with the same {} and {} are one inventory.",
                quote(&city),
                quote(&year)
            )),
            (Some(_), Some(_)) => {
                self.line("# One row per inventory, each naming its city and year.");
            }
            (city, year) => {
                let what = match (city.is_none(), year.is_none()) {
                    (true, true) => "the city or the year",
                    (true, false) => "the city",
                    _ => "the year",
                };
                match long {
                    true => {
                        self.line(&format!(
                            "# No column gives {what}, so rows cannot be grouped into inventories by city"
                        ));
                        self.line("# and year. If the whole table is one inventory, give what is missing as a");
                        self.line("# constant below (FILL); else name its column.");
                    }
                    false => {
                        self.line(&format!(
                            "# One row per inventory, but no column gives {what}: name its column below"
                        ));
                        self.line("# (FILL), or give a constant if every row shares it.");
                    }
                }
            }
        }
    }

    /// `inventory.protocol` with an alias for each value seen.
    fn protocol(&mut self, columns: &[&InspectedColumn]) {
        self.source_comment(columns);
        self.line("[facts.\"inventory.protocol\"]");
        self.line(&format!("columns = {}", column_list(columns)));
        self.line("otherwise = \"other\"  # protocols no alias names");
        self.line("");
        self.line("[facts.\"inventory.protocol\".aliases]");
        self.line("# one per value seen: gpc, gcom-crf, ipcc-2006 or other");
        let mut seen = Vec::new();
        for value in columns.iter().flat_map(|c| c.profile.distinct.iter()) {
            if !seen.contains(value) {
                seen.push(value.clone());
                self.line(&format!("{} = {}", quote(value), quote(protocol_of(value))));
            }
        }
        self.line("");
    }

    fn record_fields(&mut self) {
        self.line("[record_fields]");
        let fields = self.fields(true);
        if !fields.contains_key("gpc_ref") {
            self.line("# no column holds GPC reference numbers: records are placed by their");
            self.line(
                "# sector, sub-sector and scope labels (name the ref column here if there is one)",
            );
            self.line("\"gpc_ref\" = { columns = [\"GPC ref\"], optional = true }");
            if !fields.contains_key("scope") {
                self.line("# no column gives the scope (1, 2 or 3), which placing a record by its");
                self.line(
                    "# labels needs: add \"scope\" = { columns = [...] } if the table has one",
                );
            }
        }
        for (field, columns) in fields {
            self.source_comment(&columns);
            let header = columns.first().and_then(|c| c.profile.header.as_deref());
            let unit: Option<Option<String>> = if is_co2e_amount(&field) {
                let stated = header.and_then(super::unit_in_header).map(str::to_owned);
                Some(self.unit_from_column(stated, field == "total_tco2e"))
            } else if field.ends_with(".mass_t") {
                Some(
                    header
                        .and_then(super::guess::mass_unit_in_header)
                        .map(str::to_owned),
                )
            } else {
                None
            };
            let mut extra = String::new();
            if let Some(unit) = &unit {
                extra.push_str(&format!(
                    ", unit = {}",
                    quote(unit.as_deref().unwrap_or(FILL))
                ));
            }
            if field != "gpc_ref" {
                extra.push_str(", optional = true");
            }
            let mut line = format!(
                "{} = {{ columns = {}{extra} }}",
                quote(&field),
                column_list(&columns)
            );
            if matches!(unit, Some(None)) {
                line.push_str(&format!(
                    "  # unit not stated in the header: {UNIT_CHOICES}"
                ));
            }
            self.line(&line);
        }
        self.line("");
    }

    /// A `[skip]` is never guessed as active: a Yes/No column about an
    /// inventory may mean something else (`Latest GPC Inventory?` = `No`
    /// marks an older inventory, not a missing one). It is offered as a
    /// comment saying what it would leave out.
    fn skip(&mut self) {
        let sheet = self.sheet;
        let Some(suggestion) = &sheet.skip_suggestion else {
            return;
        };
        let header = suggestion.header.clone();
        let answers: Vec<String> = suggestion
            .values
            .iter()
            .map(|(v, n)| format!("{} ({n})", quote(v)))
            .chain(
                (suggestion.blank_rows > 0).then(|| format!("blank ({})", suggestion.blank_rows)),
            )
            .collect();
        self.line(&format!(
            "# Column {} {} may say whether a row holds an inventory. A [skip] on it",
            suggestion.column,
            quote(&header)
        ));
        let answering = match answers.is_empty() {
            true => "anything but Yes".to_owned(),
            false => answers.join(", "),
        };
        let rows = match suggestion.first_rows.as_slice() {
            [] => String::new(),
            rows => format!(
                " ({} {}{})",
                if suggestion.dropped == 1 {
                    "row"
                } else {
                    "rows"
                },
                rows.iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                if suggestion.dropped > rows.len() {
                    ", ..."
                } else {
                    ""
                }
            ),
        };
        match suggestion.dropped {
            0 => self.line(&format!(
                "# would leave out none of the {} rows: those answering {answering} state a total, read anyway.",
                suggestion.rows
            )),
            dropped => self.line(&format!(
                "# would leave out {dropped} of the {} rows, those answering {answering}{rows}.",
                suggestion.rows
            )),
        }
        if suggestion.dropped_with_emissions > 0 {
            self.line(&format!(
                "# {} of them state emissions: they look like inventories (older ones?), so",
                suggestion.dropped_with_emissions
            ));
            self.line(
                "# the skip is left commented out. Uncomment it only if those rows hold none.",
            );
        } else if suggestion.dropped > 0 {
            self.line(
                "# None of them states emissions, so they likely hold no inventory: check, then",
            );
            self.line("# uncomment the skip (it is never guessed as active), or they are read as");
            self.line("# inventories without emissions.");
        } else {
            self.line("# Uncomment it only if rows can hold no inventory (a skip is never guessed as active).");
        }
        let values: Vec<String> = suggestion.values.iter().map(|(v, _)| quote(v)).collect();
        self.line("# [skip]");
        self.line(&format!("# columns = [{}]", quote(&header)));
        self.line(&format!("# values = [{}]", values.join(", ")));
        self.line(&format!("# blank = {}", suggestion.blank_rows > 0));
        self.line(&format!(
            "# reason = {}",
            quote(&format!("`{header}` does not say Yes"))
        ));
        self.line("");
    }

    fn totals(&mut self) {
        let totals: Vec<&InspectedColumn> = self
            .sheet
            .columns
            .iter()
            .filter(|c| matches!(c.guess, Some(Guess::Total { .. })))
            .collect();
        for column in totals {
            let Some(Guess::Total {
                label,
                framework,
                scope,
                unit,
            }) = &column.guess
            else {
                continue;
            };
            self.source_comment(&[column]);
            self.line("[[totals]]");
            self.line(&format!("columns = {}", column_list(&[column])));
            self.line(&format!("label = {}", quote(label)));
            self.line(&format!("framework = {}", quote(framework)));
            if let Some(scope) = scope {
                self.line(&format!("scope = {scope}"));
            }
            let unit = self.unit_from_column(unit.clone(), true);
            self.unit_line("unit", unit.as_deref(), "unit of this column");
            self.line("");
        }
    }

    fn unmapped(&mut self) {
        let unmapped: Vec<String> = self
            .sheet
            .columns
            .iter()
            .filter(|c| {
                c.guess.is_none()
                    || !c.preferred
                    || (matches!(c.guess, Some(Guess::EmissionsUnit { .. })) && !self.units_used)
            })
            .filter_map(|c| {
                c.profile
                    .header
                    .as_ref()
                    .map(|h| format!("#   {} {}{}", c.profile.column, quote(h), samples(c)))
            })
            .collect();
        if unmapped.is_empty() {
            return;
        }
        self.line("# Columns left out (add them above if they hold a field):");
        for line in unmapped {
            self.line(&line);
        }
    }

    fn source_comment(&mut self, columns: &[&InspectedColumn]) {
        for column in columns {
            let header = column.profile.header.as_deref().unwrap_or("");
            let line = format!(
                "# column {} {}{}",
                column.profile.column,
                quote(header),
                samples(column)
            );
            self.line(&line);
        }
    }
}

use super::guess::is_co2e_amount;

fn header_unit(column: &InspectedColumn) -> Option<&'static str> {
    column
        .profile
        .header
        .as_deref()
        .and_then(super::unit_in_header)
}

fn samples(column: &InspectedColumn) -> String {
    match column.profile.samples.is_empty() {
        true => ": no values".to_owned(),
        // Comments end at a line break and refuse control characters.
        false => {
            let joined = column.profile.samples.join(" | ");
            let clean: String = joined
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            format!(": {clean}")
        }
    }
}

fn column_list(columns: &[&InspectedColumn]) -> String {
    let names: Vec<String> = columns
        .iter()
        .filter_map(|c| c.profile.header.as_deref())
        .map(quote)
        .collect();
    format!("[{}]", names.join(", "))
}

/// The protocol a written methodology names: a shipped mapping's alias
/// first, then words.
fn protocol_of(value: &str) -> &'static str {
    let known = shipped()
        .iter()
        .flat_map(|m| m.facts.iter())
        .filter(|f| f.pointer == "/inventory/protocol")
        .find_map(|f| f.spec.aliases.get(value));
    match known.map(String::as_str) {
        Some("gpc") => return "gpc",
        Some("ipcc-2006") => return "ipcc-2006",
        Some("gcom-crf") => return "gcom-crf",
        Some(_) => return "other",
        None => {}
    }
    let lower = value.to_lowercase();
    if lower.contains("common reporting framework") || lower.contains("crf") {
        "gcom-crf"
    } else if lower.contains("gpc") || lower.contains("global protocol for community") {
        "gpc"
    } else if lower.contains("ipcc") {
        "ipcc-2006"
    } else {
        "other"
    }
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A mapping id from a file name: lower-case letters, digits and dashes
/// (the crate's one slug), `my-table` when the name has none.
fn slug(file_name: &str) -> String {
    let stem = Path::new(file_name)
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    match normalize::slug(&stem) {
        id if id.is_empty() => "my-table".to_owned(),
        id => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_toml_strings() {
        assert_eq!(quote("a \"b\"\\c\nd"), "\"a \\\"b\\\"\\\\c\\nd\"");
        assert_eq!(quote("\u{200B}x"), "\"\u{200B}x\"");
    }

    #[test]
    fn slugs_file_names() {
        assert_eq!(
            slug("2019_City-wide Emissions.csv"),
            "2019-city-wide-emissions"
        );
        assert_eq!(slug("___.csv"), "my-table");
        assert_eq!(slug("Emissões São Paulo.csv"), "emissoes-sao-paulo");
        assert_eq!(slug("Łódź 2019.xlsx"), "lodz-2019");
    }

    #[test]
    fn protocols_from_written_methodologies() {
        assert_eq!(
            protocol_of("Global Protocol for Community Greenhouse Gas Emissions Inventories (GPC)"),
            "gpc"
        );
        assert_eq!(protocol_of("2006 IPCC Guidelines"), "ipcc-2006");
        assert_eq!(protocol_of("Other: Bilan Carbone"), "other");
    }
}
