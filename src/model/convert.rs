//! The typed inventory from the JSON document the extractors build, and
//! back. Reading is lenient (see [`super::lenient`]): the schema check runs
//! first and reports whatever does not fit, and the conversion keeps the
//! rest. Writing gives the document the schema describes, so the datasets
//! publish what the schema promises.

use serde_json::Value;

use super::inventory::Inventory;

/// A document read into the typed model.
#[derive(Clone, Debug, PartialEq)]
pub struct Converted {
    pub inventory: Inventory,
    /// Pointers of the fields the document holds but the model left out:
    /// the wrong type, a value outside its list, a key the schema does not
    /// know. The schema check has reported each of them.
    pub rejected: Vec<String>,
}

impl Inventory {
    /// Reads a document leniently; never fails.
    pub fn from_json(document: &Value) -> Converted {
        let inventory = Inventory::deserialize_lenient(document);
        let kept = inventory.to_json();
        let mut rejected = Vec::new();
        left_out(document, &kept, &mut String::new(), &mut rejected);
        Converted {
            inventory,
            rejected,
        }
    }

    /// Reads a document the schema found valid: the model keeps all of
    /// it, so nothing is compared (checked in debug builds, which every
    /// test runs).
    pub fn from_valid_json(document: &Value) -> Converted {
        let inventory = Inventory::deserialize_lenient(document);
        debug_assert_eq!(
            {
                let mut rejected = Vec::new();
                left_out(
                    document,
                    &inventory.to_json(),
                    &mut String::new(),
                    &mut rejected,
                );
                rejected
            },
            Vec::<String>::new(),
            "a schema-valid document is read whole"
        );
        Converted {
            inventory,
            rejected: Vec::new(),
        }
    }

    fn deserialize_lenient(document: &Value) -> Inventory {
        use serde::Deserialize;
        Inventory::deserialize(document).unwrap_or_default()
    }

    /// The document of the inventory, with the schema's keys (objects
    /// sorted by key, as serde_json writes them).
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("the inventory model serialises to JSON")
    }
}

/// Collects the pointers of what `written` holds and `kept` does not,
/// or holds as another kind of value. Numbers count as kept whether
/// written `5` or `5.0`.
fn left_out(written: &Value, kept: &Value, at: &mut String, out: &mut Vec<String>) {
    match (written, kept) {
        (Value::Object(written), Value::Object(kept)) => {
            for (key, value) in written {
                let len = at.len();
                at.push('/');
                at.push_str(&key.replace('~', "~0").replace('/', "~1"));
                match kept.get(key) {
                    Some(kept) => left_out(value, kept, at, out),
                    None => out.push(at.clone()),
                }
                at.truncate(len);
            }
        }
        (Value::Array(written), Value::Array(kept)) => {
            for (index, value) in written.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{index}"));
                match kept.get(index) {
                    Some(kept) => left_out(value, kept, at, out),
                    None => out.push(at.clone()),
                }
                at.truncate(len);
            }
        }
        // The whole document is never "left out": that would cover every field.
        (written, kept)
            if std::mem::discriminant(written) != std::mem::discriminant(kept)
                && !at.is_empty() =>
        {
            out.push(at.clone());
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vocab::{GpcRef, GwpSet, Scope, StatedRef};
    use serde_json::json;

    #[test]
    fn a_wrong_typed_field_is_left_out_and_the_rest_kept() {
        let document = json!({
            "city": {"name": "X", "population": {"value": "many", "year": 2020}},
            "inventory": {"year": 2022, "gwp_set": "AR7", "gases": ["CO2", "H2O"]},
            "emissions": [
                {"gpc_ref": "I.1.1", "scope": "1", "total_tco2e": 5.0},
                "not a record",
                {"gpc_ref": "I.9.9", "scope": 2, "gases": {"hfcs": {"tco2e": 1.0, "mass_t": 2.0}, "h2o": {}}}
            ],
            "extra": true
        });
        let Converted {
            inventory,
            rejected,
        } = Inventory::from_json(&document);
        assert_eq!(inventory.city.name.as_deref(), Some("X"));
        assert_eq!(inventory.city.population_value(), None);
        assert_eq!(inventory.city.population.as_ref().unwrap().year, Some(2020));
        assert_eq!(inventory.facts.year, Some(2022));
        assert_eq!(inventory.facts.gwp_set, None);
        assert_eq!(inventory.facts.gases, None);
        let records = inventory.records();
        assert_eq!(records.len(), 3, "every record keeps its index");
        assert_eq!(records[0].gpc(), GpcRef::parse("I.1.1"));
        assert_eq!(records[0].scope, None);
        assert_eq!(records[0].total, Some(5.0));
        assert_eq!(records[1], Default::default());
        assert_eq!(records[2].gpc_ref, None);
        assert_eq!(records[2].scope, Some(Scope::Two));
        let hfcs = records[2].gas(crate::model::Gas::Hfcs).unwrap();
        assert_eq!((hfcs.tco2e, hfcs.mass_t), (Some(1.0), None));
        assert_eq!(
            rejected,
            [
                "/city/population/value",
                "/emissions/0/scope",
                "/emissions/1",
                "/emissions/2/gases/h2o",
                "/emissions/2/gases/hfcs/mass_t",
                "/emissions/2/gpc_ref",
                "/extra",
                "/inventory/gases",
                "/inventory/gwp_set",
            ]
        );
    }

    #[test]
    fn the_valid_fixture_document_round_trips() {
        let text = include_str!("../../fixtures/template/valid-city.json");
        let document: Value = serde_json::from_str(text).unwrap();
        let converted = Inventory::from_json(&document);
        assert!(converted.rejected.is_empty(), "{:?}", converted.rejected);
        assert_eq!(converted.inventory.records().len(), 34);
        assert_eq!(converted.inventory.to_json(), document);
        let pretty = serde_json::to_string_pretty(&converted.inventory.to_json()).unwrap();
        assert_eq!(
            pretty + "\n",
            text,
            "byte for byte, as the datasets write it"
        );
    }

    #[test]
    fn whole_numbers_written_with_a_point_are_integers_as_the_schema_says() {
        let document = json!({"city": {"population": {"value": 1000.0}},
            "inventory": {"year": 2022.0}, "emissions": [{"scope": 2.0, "total_tco2e": 3.0}]});
        let converted = Inventory::from_json(&document);
        assert!(converted.rejected.is_empty(), "{:?}", converted.rejected);
        let inventory = converted.inventory;
        assert_eq!(inventory.facts.year, Some(2022));
        assert_eq!(inventory.records()[0].scope, Some(Scope::Two));
        assert_eq!(inventory.city.population_value(), Some(1000.0));
        let written = inventory.to_json();
        assert_eq!(written["inventory"]["year"], json!(2022));
        assert_eq!(written["emissions"][0]["total_tco2e"], json!(3.0));
        assert!(
            Inventory::from_json(&json!({"inventory": {"year": 2022.5}}))
                .inventory
                .facts
                .year
                .is_none()
        );
    }

    #[test]
    fn a_document_that_is_no_object_is_an_empty_inventory() {
        let converted = Inventory::from_json(&json!([1, 2]));
        assert_eq!(converted.inventory, Inventory::default());
        assert!(converted.rejected.is_empty());
    }

    #[test]
    fn null_refs_and_empty_lists_are_kept_as_written() {
        let document = json!({"city": {}, "inventory": {"gwp_set": "AR5"},
            "emissions": [{"gpc_ref": null, "label": "Other"}], "targets": []});
        let converted = Inventory::from_json(&document);
        assert!(converted.rejected.is_empty(), "{:?}", converted.rejected);
        let record = &converted.inventory.records()[0];
        assert_eq!(record.gpc_ref, Some(StatedRef::NoCell));
        assert_eq!(record.gpc(), None);
        assert_eq!(converted.inventory.facts.gwp_set, Some(GwpSet::Ar5));
        assert_eq!(converted.inventory.to_json(), document);
    }

    #[test]
    fn every_field_of_the_schema_round_trips() {
        let document = json!({
            "schema_version": "1.2.0",
            "city": {
                "name": "Testville", "country": "BR", "region": "RS",
                "identifiers": {"geonames_id": "1", "cdp_account": "2", "un_locode": "BR TST", "gcom_id": "3"},
                "population": {"value": 250000.0, "year": 2022},
                "land_area_km2": 12.5, "boundary": "municipality"
            },
            "inventory": {
                "year": 2022, "period": {"start": "2022-01-01", "end": "2022-12-31"},
                "protocol": "gpc", "gpc_level": "basic-plus", "gwp_set": "AR6",
                "declared_gwp_set": "AR5", "gwp_explanation": "restated",
                "gases": ["CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3"],
                "verification": {"verified": true, "verifier": "V", "year": 2023},
                "compiler": {"name": "A", "organisation": "B", "email": "a@b.org"},
                "submission_date": "2023-03-01", "tool": "ghgcheck"
            },
            "emissions": [{
                "gpc_ref": "I.1.1", "implied_gpc_ref": "I.2.1", "label": "L", "sector": "S",
                "sub_sector": "SS", "scope": 1, "activity_label": "Gas",
                "notation_key": "IE", "notation_explanation": "in I.2.1",
                "gases": {"co2": {"tco2e": 1.5, "mass_t": 1.5}, "pfcs": {"tco2e": 0.5}},
                "total_tco2e": 2.0, "biogenic_co2_t": 0.1,
                "activity": {"amount": 10.0, "unit": "GJ", "description": "d", "source": "s", "data_quality": "H"},
                "emission_factor": {"unit": "kg/GJ", "values": {"co2": 1.0, "ch4": 2.0, "n2o": 3.0, "biogenic_co2": 4.0},
                    "total": 5.0, "source": "IPCC", "data_quality": "L"}
            }],
            "reported_totals": [{"framework": "crf", "label": "Total", "sector": "Energy", "scope": 2,
                "column": "C", "value": 3.0, "notation_key": "NE", "unit": "tCO2e"}],
            "targets": [{"type": "base-year", "base_year": 2010, "base_year_emissions_tco2e": 100.0,
                "target_year": 2030, "reduction_percent": 40.0, "coverage": "all"}]
        });
        let converted = Inventory::from_json(&document);
        assert!(converted.rejected.is_empty(), "{:?}", converted.rejected);
        assert_eq!(converted.inventory.to_json(), document);
    }
}
