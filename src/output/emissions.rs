//! The emissions dataset: one row per emission record of each inventory,
//! with its place in the GPC table, each gas and the total in tCO2e, and
//! provenance (the value as reported, its unit, the factor applied, the
//! file, sheet and cell it came from).

use super::table::{ColumnSpec, Field, ForeignKey, Table, integer, number, text};
use crate::model::source_map::Source;
use crate::model::{self, EmissionRecord, Gas, GasPart, RecordField};
use crate::normalize::clean::{self, Cleaned, DecimalMark};
use crate::normalize::units::{self, Lookup};
use crate::outcome::{FileReport, InventorySummary};
use crate::read::format_number;

/// The gas columns, in the order of the CRF's gas columns.
pub const GASES: [Gas; 7] = Gas::CRF_ORDER;

pub const COLUMNS: &[ColumnSpec] = &[
    text(
        "record_id",
        "Primary key: the inventory id and the record's 1-based position in it",
    ),
    text(
        "inventory_id",
        "The inventory the record belongs to (inventories.csv)",
    ),
    text("city", "City name"),
    text("country", "ISO 3166-1 alpha-2 country code"),
    integer("year", "Inventory year"),
    text(
        "gpc_ref",
        "GPC reference number (I.1.1 ... VI.1); empty when the record names no GPC cell",
    ),
    text("sector", "GPC sector"),
    text("sub_sector", "GPC sub-sector"),
    integer("scope", "Scope 1, 2 or 3"),
    text(
        "activity",
        "Activity or fuel, or the record's label when it has no GPC ref",
    ),
    number("activity_amount", "Activity amount, in activity_unit"),
    text("activity_unit", "Unit of the activity amount, as reported"),
    number(
        "activity_base_amount",
        "Activity amount in activity_base_unit, converted with the exact factors of schemas/units.csv",
    ),
    text(
        "activity_base_unit",
        "Base unit of the activity's quantity: GJ (energy), m3 (volume), t (mass), km (distance), pkm",
    ),
    text("notation_key", "GPC notation key: NO, IE, NE or C"),
    number("co2_tco2e", "CO2 in tonnes CO2e"),
    number("ch4_tco2e", "CH4 in tonnes CO2e"),
    number("n2o_tco2e", "N2O in tonnes CO2e"),
    number("hfcs_tco2e", "HFCs in tonnes CO2e"),
    number("pfcs_tco2e", "PFCs in tonnes CO2e"),
    number("sf6_tco2e", "SF6 in tonnes CO2e"),
    number("nf3_tco2e", "NF3 in tonnes CO2e"),
    number(
        "total_tco2e",
        "Total in tonnes CO2e (the stated total, else the sum of the gases)",
    ),
    number(
        "biogenic_co2_t",
        "Biogenic CO2 in tonnes, reported outside the scopes",
    ),
    text(
        "gwp_set",
        "GWP set the CO2e figures use (SAR, AR4, AR5, AR6)",
    ),
    text(
        "declared_gwp_set",
        "GWP set the submission declared, when the figures were restated (--gwp)",
    ),
    text("data_quality", "Activity data quality: H, M or L"),
    text(
        "status",
        "valid, or invalid when the inventory has errors (only with --include-invalid)",
    ),
    text(
        "reported_value",
        "The record's stated total as written, or else its first gas (in CO2e or as a mass)",
    ),
    text(
        "reported_unit",
        "Unit of reported_value (tCO2e, kgCO2e, kg of the gas, ...)",
    ),
    number(
        "factor",
        "Factor from reported_value to tonnes CO2e: unit conversion times GWP for a mass of gas",
    ),
    text("source_file", "The submitted file"),
    text(
        "sheet",
        "Sheet of reported_value's cell (empty for CSV files)",
    ),
    text(
        "cell",
        "Cell of reported_value, e.g. N12 (or of the record when it states no amount)",
    ),
];

pub const FOREIGN_KEYS: &[ForeignKey] = &[ForeignKey {
    column: "inventory_id",
    table: "inventories",
    key: "inventory_id",
}];

pub fn table(rows: Vec<Vec<Field>>) -> Table {
    Table {
        name: "emissions",
        title: "Emissions",
        columns: COLUMNS,
        primary_key: Some("record_id"),
        foreign_keys: FOREIGN_KEYS,
        rows,
    }
}

/// The rows of one inventory's records.
pub fn rows(report: &FileReport, inventory: &InventorySummary) -> Vec<Vec<Field>> {
    inventory
        .inventory
        .records()
        .iter()
        .enumerate()
        .map(|(index, record)| row(report, inventory, index, record))
        .collect()
}

fn row(
    report: &FileReport,
    inventory: &InventorySummary,
    index: usize,
    record: &EmissionRecord,
) -> Vec<Field> {
    let facts = &inventory.inventory.facts;
    let cell = record.gpc().map(|r| r.cell());
    let sector = record.sector.as_deref().or(cell.map(|c| c.sector.as_str()));
    let sub_sector = record
        .sub_sector
        .as_deref()
        .or(cell.map(|c| c.sub_sector.as_str()));
    let scope = record
        .scope
        .map(|s| i64::from(s.number()))
        .or(cell.map(|c| i64::from(c.scope)));
    let activity = record.activity_label.as_deref().or(record.label.as_deref());
    let provenance = Provenance::of(inventory, index, record);
    let place = provenance.as_ref().and_then(|p| p.source).or_else(|| {
        let whole = model::Field::Record(index, RecordField::Whole);
        inventory.sources.place_of(whole)
    });
    let (value, unit, factor) = provenance.map_or((None, None, None), |p| {
        (Some(p.value), Some(p.unit), Some(p.factor))
    });
    let activity_data = record.activity.as_ref();
    let base = activity_in_base_unit(record);
    let mut fields = vec![
        Field::Text(format!("{}-{:04}", inventory.id, index + 1)),
        Field::Text(inventory.id.clone()),
        Field::text(inventory.city.as_deref()),
        Field::text(inventory.country.as_deref()),
        inventory.year.map_or(Field::Null, Field::Integer),
        Field::text(record.gpc().map(|r| r.as_str())),
        Field::text(sector),
        Field::text(sub_sector),
        scope.map_or(Field::Null, Field::Integer),
        Field::text(activity),
        Field::number(activity_data.and_then(|a| a.amount)),
        Field::text(record.activity_unit()),
        base.map_or(Field::Null, |(amount, _)| Field::Number(amount)),
        Field::text(base.map(|(_, unit)| unit)),
        Field::text(record.notation_key.map(|k| k.code())),
    ];
    fields.extend(GASES.iter().map(|&gas| Field::number(record.tco2e(gas))));
    fields.extend([
        Field::number(record.amount()),
        Field::number(record.biogenic_co2),
        Field::text(facts.gwp_set.map(|s| s.name())),
        Field::text(facts.declared_gwp_set.map(|s| s.name())),
        Field::text(activity_data.and_then(|a| a.data_quality).map(|q| q.code())),
        Field::text(Some(inventory.status.as_str())),
        Field::text(value.as_deref()),
        Field::text(unit.as_deref()),
        Field::number(factor),
        Field::Text(report.path.display().to_string()),
        Field::text(place.and_then(|s| s.cell.sheet.as_deref())),
        place.map_or(Field::Null, |s| Field::Text(s.cell.a1())),
    ]);
    fields
}

/// Where a record's amount came from: its stated total, or else its first
/// gas (in CO2e, or as a mass weighted with the GWP set).
struct Provenance<'a> {
    /// The cell, when the submission has cells.
    source: Option<&'a Source>,
    /// The amount as written (or, for JSON submissions, as stated).
    value: String,
    unit: String,
    /// From the written value to the tCO2e in this row.
    factor: f64,
}

/// Reads one amount of a record.
type Read<'r> = &'r dyn Fn(&EmissionRecord) -> Option<f64>;

impl<'a> Provenance<'a> {
    fn of(inventory: &'a InventorySummary, index: usize, record: &EmissionRecord) -> Option<Self> {
        let sources = &inventory.sources;
        let as_reported = inventory.reported.records().get(index);
        // An amount the record holds (at `field`, read by `read`), and the
        // tCO2e it became.
        let stated = |field: model::Field, plain_unit: &str, read: Read, result: Option<f64>| {
            read(record)?;
            let source = sources.source_of(field);
            let (unit, unit_factor) = sources.unit_of(field).unwrap_or((plain_unit, 1.0));
            let value = source
                .and_then(|s| s.value.clone())
                .or_else(|| Some(format_number(read(as_reported?)?)))?;
            // Output over input: also covers GWP weighting and restatement.
            let mark = match sources.decimal_comma() {
                true => DecimalMark::Comma,
                false => DecimalMark::Unknown,
            };
            let factor = match (clean::number_in(&value, mark), result) {
                (Cleaned::Value(input), Some(output)) if input != 0.0 => output / input,
                _ => unit_factor,
            };
            Some(Provenance {
                source,
                value,
                unit: unit.to_owned(),
                factor,
            })
        };
        let total = model::Field::Record(index, RecordField::Total);
        if let Some(total) = stated(total, "tCO2e", &|r| r.total, record.total) {
            return Some(total);
        }
        GASES.iter().find_map(|&gas| {
            let result = record.tco2e(gas);
            match record.mass(gas) {
                Some(_) => {
                    let mass = model::Field::Gas(index, gas, GasPart::MassT);
                    stated(mass, "t", &|r| r.mass(gas), result)
                }
                None => {
                    let in_co2e = model::Field::Gas(index, gas, GasPart::Tco2e);
                    stated(in_co2e, "tCO2e", &|r| r.tco2e(gas), result)
                }
            }
        })
    }
}

/// The activity amount in the base unit of its quantity, when its unit is
/// in the unit table.
fn activity_in_base_unit(record: &EmissionRecord) -> Option<(f64, &'static str)> {
    let amount = record.activity.as_ref()?.amount?;
    let written = record.activity_unit()?;
    let unit = match units::lookup(written) {
        Lookup::Known(unit) | Lookup::Ambiguous { unit, .. } => unit,
        Lookup::Unknown { .. } => return None,
    };
    let base = units::base_unit(unit.dimension);
    Some((units::to_base(amount, unit), base.symbol))
}
