//! The inventories dataset: one row per inventory of the batch (valid or
//! not), with its status, finding counts, the totals recomputed from its
//! records and the totals it reports beside them.

use super::table::{ColumnSpec, Field, Table, integer, number, text};
use crate::diagnostic::Severity;
use crate::outcome::{FileReport, InventorySummary};

pub const COLUMNS: &[ColumnSpec] = &[
    text(
        "inventory_id",
        "Primary key: country-city-year, unique within the batch",
    ),
    text("city", "City name"),
    text("country", "ISO 3166-1 alpha-2 country code"),
    integer("year", "Inventory year"),
    number("population", "Resident population"),
    text("gwp_set", "GWP set the CO2e figures use"),
    text(
        "declared_gwp_set",
        "GWP set the submission declared, when the figures were restated (--gwp)",
    ),
    text(
        "layout",
        "How the file was read (ghgcheck-template, gcom-ecrf, citycatalyst-csv, mapping:<id>, ...)",
    ),
    text(
        "status",
        "valid, or invalid when the inventory or its file has an error",
    ),
    integer("errors", "Error findings on this inventory or its file"),
    integer("warnings", "Warning findings on this inventory or its file"),
    integer("records", "Emission records"),
    number(
        "scope1_tco2e",
        "Scope 1 recomputed from the records, tonnes CO2e",
    ),
    number(
        "scope2_tco2e",
        "Scope 2 recomputed from the records, tonnes CO2e",
    ),
    number(
        "scope3_tco2e",
        "Scope 3 recomputed from the records, tonnes CO2e",
    ),
    number(
        "basic_tco2e",
        "GPC BASIC total recomputed from the records, tonnes CO2e",
    ),
    number(
        "basic_plus_tco2e",
        "GPC BASIC+ total recomputed from the records, tonnes CO2e",
    ),
    number(
        "reported_scope1_tco2e",
        "Scope 1 total as the submission reports it, tonnes CO2e in the declared GWP set",
    ),
    number(
        "reported_scope2_tco2e",
        "Scope 2 total as the submission reports it, tonnes CO2e in the declared GWP set",
    ),
    number(
        "reported_scope3_tco2e",
        "Scope 3 total as the submission reports it, tonnes CO2e in the declared GWP set",
    ),
    number(
        "reported_basic_tco2e",
        "BASIC total as the submission reports it, tonnes CO2e in the declared GWP set",
    ),
    number(
        "reported_basic_plus_tco2e",
        "BASIC+ total as the submission reports it, tonnes CO2e in the declared GWP set",
    ),
    text("source_file", "The submitted file"),
];

pub fn table(rows: Vec<Vec<Field>>) -> Table {
    Table {
        name: "inventories",
        title: "Inventories",
        columns: COLUMNS,
        primary_key: Some("inventory_id"),
        foreign_keys: &[],
        rows,
    }
}

pub fn row(report: &FileReport, index: usize, inventory: &InventorySummary) -> Vec<Field> {
    let facts = &inventory.inventory.facts;
    let own = report
        .findings
        .iter()
        .filter(|f| f.inventory.is_none_or(|i| i == index));
    let (errors, warnings) = own.fold((0, 0), |(e, w), f| match f.severity {
        Severity::Error => (e + 1, w),
        Severity::Warning => (e, w + 1),
        _ => (e, w),
    });
    let totals = &inventory.totals;
    let reported = &inventory.reported_totals;
    vec![
        Field::Text(inventory.id.clone()),
        Field::text(inventory.city.as_deref()),
        Field::text(inventory.country.as_deref()),
        inventory.year.map_or(Field::Null, Field::Integer),
        Field::number(inventory.inventory.city.population_value()),
        Field::text(facts.gwp_set.map(|s| s.name())),
        Field::text(facts.declared_gwp_set.map(|s| s.name())),
        Field::text(report.layout.map(|l| l.name())),
        Field::text(Some(inventory.status.as_str())),
        Field::Integer(errors),
        Field::Integer(warnings),
        Field::Integer(inventory.inventory.records().len() as i64),
        Field::number(totals.scope1),
        Field::number(totals.scope2),
        Field::number(totals.scope3),
        Field::number(totals.basic),
        Field::number(totals.basic_plus),
        Field::number(reported.scopes[0]),
        Field::number(reported.scopes[1]),
        Field::number(reported.scopes[2]),
        Field::number(reported.basic),
        Field::number(reported.basic_plus),
        Field::Text(report.path.display().to_string()),
    ]
}
