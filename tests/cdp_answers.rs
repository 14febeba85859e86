//! CDP open-data answers that are not figures: `GPC gases` for the gas
//! set, and every wording of "no inventory", which leaves the row out with
//! one info for the file instead of a phantom inventory.

#![allow(clippy::unwrap_used)]

mod support;

use support::validate_json;

const HEADER: &str = "Year Reported to CDP,Account Number,City,Country,City-wide Emissions Inventory,\
Accounting Year,Gases Included,Total Scope 1 Emissions (metric tonnes CO2e),\
Total Scope 2 Emissions (metric tonnes CO2e),Population,Population Year";

#[test]
fn gpc_gases_is_the_set_of_seven_and_future_intentions_are_no_inventory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cdp-2021.csv");
    let rows = [
        HEADER,
        "2021,1,Testville,Brazil,Yes,2019-01-01 - 2019-12-31,GPC gases,1000,500,250000,2019",
        "2021,2,Otherville,Brazil,Intending to undertake in future,,,,,90000,2019",
        "2021,3,Farville,Brazil,Not intending to undertake,,,,,80000,2019",
    ];
    std::fs::write(&path, rows.join("\n")).unwrap();
    let (_, report) = validate_json(
        &[&path],
        &["--out", &dir.path().join("out").display().to_string()],
    );
    let file = &report["files"][0];
    assert_eq!(file["inventories"].as_array().unwrap().len(), 1);
    let codes = support::codes_of(file);
    assert!(!codes.contains(&"S003"), "{codes:?}");
    assert_eq!(
        codes.iter().filter(|c| **c == "X005").count(),
        1,
        "{codes:?}"
    );
    let document: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("out/inventories/br-testville-2019.json"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        document["inventory"]["gases"],
        serde_json::json!(["CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3"])
    );
}
