//! Every CDP open-data release family, read by the shipped `cdp-citywide`
//! mapping (2012, 2014, 2015: `Account No`, `Measurement Year`, no
//! population year; 2017: `Accounting year`, one `Total emissions` column;
//! 2020-2021: upper-case `TOTAL`, the CRF totals of the generation of grid
//! energy for scopes 2 and 3, `Administrative city boundary`) or by
//! `cdp-citywide-long` (2017's GPC detail, the long 2022-2023 releases).
//! Each stated total is a reported total at its cell.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::json;
use support::fixtures;

/// (label, scope, sector, value, cell) of one inventory's reported totals;
/// a notation key stands as the value -1.
type Stated = (String, Option<u64>, Option<String>, f64, String);

struct Read {
    facts: Vec<serde_json::Value>,
    totals: Vec<Vec<Stated>>,
}

fn read(name: &str) -> Read {
    let (_, extracted) = support::extract(&fixtures().join("cdp").join(name));
    let facts = extracted
        .inventories
        .iter()
        .map(|i| json!({"city": i.document["city"], "year": i.document["inventory"]["year"]}))
        .collect();
    let totals = extracted
        .inventories
        .iter()
        .map(|inventory| {
            let stated = inventory.document["reported_totals"].as_array().unwrap();
            stated
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let field = match t["notation_key"].is_string() {
                        true => "notation_key",
                        false => "value",
                    };
                    let cell = inventory
                        .sources
                        .get(&format!("/reported_totals/{i}/{field}"))
                        .unwrap()
                        .cell
                        .to_string();
                    (
                        t["label"].as_str().unwrap().to_owned(),
                        t["scope"].as_u64(),
                        t["sector"].as_str().map(str::to_owned),
                        t["value"].as_f64().unwrap_or(-1.0),
                        cell,
                    )
                })
                .collect()
        })
        .collect();
    Read { facts, totals }
}

fn stated(label: &str, scope: Option<u64>, sector: Option<&str>, value: f64, cell: &str) -> Stated {
    (
        label.to_owned(),
        scope,
        sector.map(str::to_owned),
        value,
        cell.to_owned(),
    )
}

const GRID: &str = "Total generation of grid-supplied energy";
const EXCLUDING: &str = "Total Emissions (excluding generation of grid-supplied energy)";

#[test]
fn the_2021_release_reads_every_crf_and_gpc_total_and_the_boundary_kind() {
    let read = read("cdp-2021-sample.csv");
    // Rows answering `In progress`, `Not intending to undertake`,
    // `Intending to undertake in the next 2 years` and blank are no inventory.
    assert_eq!(read.facts.len(), 2);
    assert_eq!(read.facts[0]["city"]["name"], "Testville");
    assert_eq!(read.facts[0]["city"]["boundary"], "City / Municipality");
    assert_eq!(read.facts[0]["year"], 2019);
    // A blank `City` falls back on the organisation; a fiscal period is
    // reported under the year it ends in.
    assert_eq!(read.facts[1]["city"]["name"], "City of Otherville");
    assert_eq!(
        read.facts[1]["city"]["boundary"],
        "Local government area within a greater city / metropolitan area"
    );
    assert_eq!(read.facts[1]["year"], 2019);
    assert_eq!(
        read.totals[0],
        vec![
            stated("Total Scope 1 emissions", Some(1), None, 920_000.0, "U2"),
            stated("Total Scope 2 emissions", Some(2), None, 300_500.0, "V2"),
            stated("Total Scope 3 emissions", Some(3), None, 50_100.0, "W2"),
            stated("Total BASIC emissions", None, None, 1_250_000.0, "X2"),
            stated("Total BASIC+ emissions", None, None, 1_270_600.0, "Y2"),
            stated(EXCLUDING, Some(1), Some(EXCLUDING), 900_000.0, "P2"),
            stated(GRID, Some(1), Some(GRID), 20_000.0, "O2"),
            stated(EXCLUDING, Some(2), Some(EXCLUDING), 300_000.0, "R2"),
            stated(EXCLUDING, Some(3), Some(EXCLUDING), 50_000.0, "T2"),
            stated(GRID, Some(2), Some(GRID), 500.0, "Q2"),
            stated(GRID, Some(3), Some(GRID), 100.0, "S2"),
        ]
    );
    assert_eq!(
        read.totals[1],
        vec![
            stated(EXCLUDING, Some(1), Some(EXCLUDING), 700_000.0, "P3"),
            stated(GRID, Some(1), Some(GRID), 30_000.0, "O3"),
            stated(EXCLUDING, Some(2), Some(EXCLUDING), 150_000.0, "R3"),
            stated(EXCLUDING, Some(3), Some(EXCLUDING), 25_000.0, "T3"),
        ]
    );
}

#[test]
fn the_2017_release_reads_its_single_total_and_its_spellings() {
    let read = read("cdp-2017-sample.csv");
    assert_eq!(read.facts.len(), 2);
    assert_eq!(
        read.facts[0]["city"],
        json!({"name": "Testville", "country": "BR", "identifiers": {"cdp_account": "90101"},
            "population": {"value": 250000.0, "year": 2015}, "land_area_km2": 496.7,
            "boundary": "Administrative boundary of a local government"})
    );
    // `2015-07-01 - 2016-06-30` ends in 2016.
    assert_eq!(read.facts[0]["year"], 2016);
    assert_eq!(read.facts[1]["city"]["country"], "US");
    assert_eq!(read.facts[1]["year"], 2014);
    assert_eq!(
        read.totals[0],
        vec![
            stated("Total Scope 1 emissions", Some(1), None, 1_000_000.0, "P2"),
            stated("Total Scope 2 emissions", Some(2), None, 450_000.0, "Q2"),
            stated("Total city-wide emissions", None, None, 1_500_000.0, "N2"),
        ]
    );
}

#[test]
fn the_2012_2014_2015_releases_have_no_population_year_and_are_still_read() {
    let read = read("cdp-2014-sample.csv");
    assert_eq!(read.facts.len(), 1);
    assert_eq!(read.facts[0]["city"]["name"], "Testville");
    assert_eq!(
        read.facts[0]["city"]["population"],
        json!({"value": 250000.0})
    );
    assert_eq!(read.facts[0]["year"], 2012);
    assert_eq!(
        read.totals[0],
        vec![
            stated("Total Scope 1 emissions", Some(1), None, 900_000.0, "I2"),
            stated("Total Scope 2 emissions", Some(2), None, 300_000.0, "J2"),
            stated("Total city-wide emissions", None, None, 1_200_000.0, "H2"),
        ]
    );
}

#[test]
fn generation_totals_are_not_taken_for_the_inventory_scope_totals() {
    // The CRF-only row states no GPC scope total: its scope totals are the
    // ones excluding generation, never the generation block; the file is
    // consistent, so nothing but information is said (Y006: the fiscal
    // period 2018-04-01 - 2019-03-31 is reported under 2019).
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (_, report) = support::validate_json(
        &[&fixtures().join("cdp").join("cdp-2021-sample.csv")],
        &["--out", &out.display().to_string()],
    );
    let codes = support::codes_of(&report["files"][0]);
    assert_eq!(codes, vec!["F005", "X004", "Y006", "X005"], "{codes:?}");
    let rows = support::csv_rows(&out.join("inventories.csv"));
    let scopes: Vec<[&str; 3]> = rows
        .iter()
        .map(|r| {
            [
                r["reported_scope1_tco2e"].as_str(),
                r["reported_scope2_tco2e"].as_str(),
                r["reported_scope3_tco2e"].as_str(),
            ]
        })
        .collect();
    assert_eq!(
        scopes,
        vec![["920000", "300500", "50100"], ["700000", "150000", "25000"]]
    );
}

#[test]
fn the_2022_long_release_reads_each_answer_as_a_reported_total_at_its_cell() {
    let read = read("cdp-2022-long-sample.csv");
    assert_eq!(read.facts.len(), 2);
    assert_eq!(read.facts[0]["city"]["country"], "BR");
    assert_eq!(read.facts[0]["year"], 2019);
    // No name column: the organisation number stands for the name.
    assert_eq!(read.facts[1]["city"]["name"], "91002");
    assert_eq!(read.facts[1]["city"]["identifiers"]["cdp_account"], "91002");
    assert_eq!(read.facts[1]["year"], 2018);
    // `Not Applicable` is no answer; thousands separators are read.
    assert_eq!(
        read.totals[0],
        vec![
            stated(
                "Total Scope 1 emissions (excluding generation of grid-supplied energy)",
                Some(1),
                None,
                900_000.0,
                "L2"
            ),
            stated(
                "Scope 1 emissions from generation of grid-supplied energy",
                Some(1),
                Some(GRID),
                20_000.0,
                "L3"
            ),
            stated("Total Scope 2 emissions", Some(2), None, 300_500.0, "L4"),
            stated("Total Scope 3 emissions", Some(3), None, 50_100.0, "L5"),
            stated(
                "TOTAL BASIC emissions",
                None,
                Some("TOTAL BASIC emissions"),
                1_250_000.0,
                "L6"
            ),
            stated(
                "TOTAL BASIC+ emissions",
                None,
                Some("TOTAL BASIC+ emissions"),
                1_270_600.0,
                "L7"
            ),
        ]
    );
    // The CRF table: scope from the column, sector from the row; the NE
    // answer is a key, not a figure; the comment column is not read.
    let crf: Vec<(Option<u64>, Option<String>, String)> = read.totals[1]
        .iter()
        .map(|(_, scope, sector, _, cell)| (*scope, sector.clone(), cell.clone()))
        .collect();
    assert_eq!(crf.len(), 12, "{crf:?}");
    let key = &read.totals[1][8];
    assert_eq!(
        (key.0.as_str(), key.2.as_deref(), key.3, key.4.as_str()),
        ("IPPU > Industrial processes", Some("IPPU"), -1.0, "L17")
    );
    assert_eq!(
        crf[10],
        (Some(1), Some(EXCLUDING.to_owned()), "L19".to_owned())
    );
    assert_eq!(crf[11], (Some(1), Some(GRID.to_owned()), "L20".to_owned()));
}

#[test]
fn a_wrong_sector_total_of_the_long_release_is_found_at_its_answer() {
    let text = std::fs::read_to_string(fixtures().join("cdp").join("cdp-2022-long-sample.csv"))
        .unwrap()
        .replace(
            "3,Total Stationary Energy,Direct emissions (metric tonnes CO2e)^,400000",
            "3,Total Stationary Energy,Direct emissions (metric tonnes CO2e)^,450000",
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cdp-2022.csv");
    std::fs::write(&path, text).unwrap();
    let (_, report) = support::validate_json(&[&path], &[]);
    let findings: Vec<(String, String, String)> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "T003")
        .map(|f| {
            (
                f["cell"].as_str().unwrap().to_owned(),
                f["args"]["stated"].to_string(),
                f["inventory"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // The sector total against its rows (100 000 + 300 000); the grand
    // total still agrees with the rows, so the one wrong figure is named
    // once.
    assert_eq!(
        findings,
        vec![(
            "L13".to_owned(),
            "450000.0".to_owned(),
            "ca-91002-2018".to_owned()
        )]
    );
}

#[test]
fn the_2017_gpc_detail_reads_sector_totals_per_scope_and_the_overall_totals() {
    let read = read("cdp-2017-gpc-detail-sample.csv");
    assert_eq!(read.facts.len(), 1);
    assert_eq!(read.facts[0]["year"], 2015);
    let stationary = "Stationary Energy: energy use – Scope 1 (I_X_1)";
    let basic_plus = "TOTAL BASIC and BASIC+ emissions";
    assert_eq!(read.totals[0].len(), 8, "{:?}", read.totals[0]);
    assert_eq!(
        read.totals[0][0],
        stated(
            stationary,
            Some(1),
            Some("Stationary Energy"),
            600_000.0,
            "K2"
        )
    );
    assert_eq!(
        read.totals[0][4],
        stated(
            "Waste: waste generated within the city boundary – Scope 3 (III_X_2)",
            Some(3),
            Some("Waste"),
            40_000.0,
            "K6"
        )
    );
    assert_eq!(
        read.totals[0][5],
        stated(
            "TOTAL Scope 1 (Territorial) emissions",
            Some(1),
            None,
            1_000_000.0,
            "K7"
        )
    );
    assert_eq!(
        read.totals[0][7],
        stated(basic_plus, None, Some(basic_plus), 1_310_000.0, "K9")
    );
    // The overall totals are the inventory's stated scope 1, BASIC and
    // BASIC+; the sector rows are not taken for whole-inventory scopes.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    support::validate_json(
        &[&fixtures()
            .join("cdp")
            .join("cdp-2017-gpc-detail-sample.csv")],
        &["--out", &out.display().to_string()],
    );
    let rows = support::csv_rows(&out.join("inventories.csv"));
    let stated_totals: Vec<&str> = [
        "reported_scope1_tco2e",
        "reported_scope2_tco2e",
        "reported_basic_tco2e",
        "reported_basic_plus_tco2e",
    ]
    .iter()
    .map(|c| rows[0][*c].as_str())
    .collect();
    assert_eq!(stated_totals, vec!["1000000", "", "1300000", "1310000"]);
}
