//! `datapackage.json`: a Frictionless Data Package (tabular profile)
//! describing the CSV datasets: field types and meanings (units are in the
//! descriptions), primary and foreign keys, the ghgcheck version and a
//! fingerprint of each reference table the run used, so a dataset can be
//! traced to the tables behind it.

use serde_json::{Value, json};

use super::table::Table;
use crate::model::gpc::GPC_REFS_CSV;
use crate::normalize::clean::COUNTRIES_CSV;
use crate::normalize::gwp::{self, GWP_CSV};
use crate::normalize::sector::SECTOR_LABELS_CSV;
use crate::normalize::un_locode::UN_LOCODE_TSV_GZ;
use crate::normalize::units::UNITS_CSV;
use crate::schema::INVENTORY_SCHEMA;

/// The descriptor for `tables`, each written as `<name>.csv`.
pub fn descriptor(tables: &[&Table], csv_bom: bool) -> Value {
    let resources: Vec<Value> = tables.iter().map(|t| resource(t, csv_bom)).collect();
    json!({
        "profile": "tabular-data-package",
        "name": "ghgcheck-datasets",
        "title": "City greenhouse-gas inventories validated by ghgcheck",
        "resources": resources,
        "ghgcheck": {
            "version": env!("CARGO_PKG_VERSION"),
            "reference_tables": reference_tables(),
        },
    })
}

fn resource(table: &Table, csv_bom: bool) -> Value {
    let fields: Vec<Value> = table
        .columns
        .iter()
        .map(|c| json!({"name": c.name, "type": c.kind.name(), "description": c.description}))
        .collect();
    let mut schema = json!({ "fields": fields, "missingValues": [""] });
    if let Some(key) = table.primary_key {
        schema["primaryKey"] = json!(key);
    }
    if !table.foreign_keys.is_empty() {
        schema["foreignKeys"] = table
            .foreign_keys
            .iter()
            .map(|fk| {
                json!({"fields": fk.column, "reference": {"resource": fk.table, "fields": fk.key}})
            })
            .collect();
    }
    json!({
        "name": table.name,
        "title": table.title,
        "path": format!("{}.csv", table.name),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": if csv_bom { "utf-8-sig" } else { "utf-8" },
        "schema": schema,
    })
}

/// Each embedded reference table with a fingerprint of its bytes.
fn reference_tables() -> Value {
    let schema_version = serde_json::from_str::<Value>(INVENTORY_SCHEMA)
        .ok()
        .and_then(|s| {
            s["properties"]["schema_version"]["enum"]
                .as_array()?
                .last()
                .cloned()
        })
        .unwrap_or(Value::Null);
    json!({
        "inventory.schema.json": {"version": schema_version, "fingerprint": fingerprint(INVENTORY_SCHEMA)},
        "gpc-refs.csv": {"fingerprint": fingerprint(GPC_REFS_CSV)},
        "sector-labels.csv": {"fingerprint": fingerprint(SECTOR_LABELS_CSV)},
        "countries.csv": {"fingerprint": fingerprint(COUNTRIES_CSV)},
        "units.csv": {"fingerprint": fingerprint(UNITS_CSV)},
        "gwp.csv": {"version": gwp::table_version(), "fingerprint": fingerprint(GWP_CSV)},
        "un-locode.tsv.gz": {"fingerprint": fingerprint(UN_LOCODE_TSV_GZ)},
    })
}

/// FNV-1a (64-bit) of the text, in hex: enough to tell two versions of a
/// table apart; not a security measure.
fn fingerprint(text: impl AsRef<[u8]>) -> String {
    let hash = text
        .as_ref()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("fnv1a64:{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_fnv1a() {
        assert_eq!(fingerprint(""), "fnv1a64:cbf29ce484222325");
        assert_eq!(fingerprint("a"), "fnv1a64:af63dc4c8601ec8c");
    }
}
