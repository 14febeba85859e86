//! Tables described by mapping files: the shipped CDP open-data mapping
//! (one inventory per row, rows without an inventory reported), and user
//! mappings whose mistakes name their line.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use serde_json::json;
use support::{fixtures, run_with_stderr, validate_json};

fn fixture() -> std::path::PathBuf {
    fixtures().join("cdp").join("cdp-citywide-sample.csv")
}

#[test]
fn each_row_with_an_inventory_becomes_one() {
    let (code, report) = validate_json(&[&fixture()], &[]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "mapping:cdp-citywide");
    let inventories: Vec<(String, String, serde_json::Value)> = file["inventories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["city"].as_str().unwrap().to_owned(),
                i["country"].as_str().unwrap().to_owned(),
                i["year"].clone(),
            )
        })
        .collect();
    assert_eq!(
        inventories,
        vec![
            ("Testville".to_owned(), "BR".to_owned(), json!(2017)),
            (
                "Municipality of Otherplace".to_owned(),
                "VN".to_owned(),
                json!(2016)
            ),
            (
                "Backwards".to_owned(),
                "CA".to_owned(),
                serde_json::Value::Null
            ),
        ]
    );
    let cells = |code: &str| -> Vec<(Option<String>, Option<String>)> {
        file["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == code)
            .map(|f| {
                (
                    f["cell"].as_str().map(str::to_owned),
                    f["inventory"].as_str().map(str::to_owned),
                )
            })
            .collect()
    };
    assert_eq!(
        cells("X005"),
        // Rows 4 and 5 hold no inventory: one finding, at the first.
        vec![(Some("F4".to_owned()), None)]
    );
    assert_eq!(
        cells("S008"),
        vec![(Some("G6".to_owned()), Some("ca-backwards".to_owned()))]
    );
}

#[test]
fn a_sidecar_is_read_once_per_file_whatever_the_number_of_inventories() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cdp.csv");
    std::fs::copy(fixture(), &file).unwrap();
    let sidecar = dir.path().join("cdp.csv.ghgcheck.toml");
    let findings = |sidecar_text: &str| -> (serde_json::Value, Vec<serde_json::Value>) {
        std::fs::write(&sidecar, sidecar_text).unwrap();
        let (_, report) = validate_json(&[&file], &[]);
        let file = report["files"][0].clone();
        let findings = file["findings"].as_array().unwrap().clone();
        (file, findings)
    };
    // A broken sidecar is one finding about the file, not one per inventory.
    let (file, broken) = findings("gwp = \"AR5\"\ntown = \"B\"\n");
    let bad: Vec<&serde_json::Value> = broken.iter().filter(|f| f["code"] == "F004").collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0]["inventory"], serde_json::Value::Null);
    assert_eq!(bad[0]["cell"], serde_json::Value::Null);
    assert!(
        bad[0]["message"].as_str().unwrap().contains("(line 2)"),
        "{}",
        bad[0]["message"]
    );
    assert_eq!(file["inventories"].as_array().unwrap().len(), 3);
    assert!(
        file["inventories"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["status"] == "invalid")
    );
    // A good one gives its facts to every inventory of the file.
    let (file, good) = findings("gwp = \"AR5\"\n");
    assert!(!good.iter().any(|f| f["code"] == "F004"));
    let sources: Vec<&serde_json::Value> = file["inventories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &i["fact_sources"]["/inventory/gwp_set"])
        .collect();
    assert_eq!(sources, vec!["sidecar"; 3]);
}

#[test]
fn totals_and_facts_are_read_from_their_columns() {
    let bytes = std::fs::read(fixture()).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(Path::new("x.csv"), &bytes).unwrap();
    let layout = ghgcheck::layout::detect(&input).unwrap();
    let extracted = ghgcheck::layout::extract(layout, &input);
    assert_eq!(extracted.inventories.len(), 3);
    let first = &extracted.inventories[0];
    let doc = &first.document;
    assert_eq!(
        doc["city"],
        json!({"name": "Testville", "country": "BR", "identifiers": {"cdp_account": "90001"},
            "population": {"value": 250000.0, "year": 2017}, "land_area_km2": 496.7,
            "boundary": "Same – covers entire city and nothing else"})
    );
    assert_eq!(
        doc["inventory"],
        json!({"year": 2017, "period": {"start": "2017-01-01", "end": "2017-12-31"},
            "protocol": "gpc", "gases": ["CO2", "CH4", "N2O"], "reporting_year": 2019,
            "change_explanation": "More buses. Less coal."})
    );
    let totals: Vec<(String, f64, String)> = doc["reported_totals"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let cell = first
                .sources
                .get(&format!("/reported_totals/{i}/value"))
                .unwrap()
                .cell
                .to_string();
            (
                t["label"].as_str().unwrap().to_owned(),
                t["value"].as_f64().unwrap(),
                cell,
            )
        })
        .collect();
    assert_eq!(
        totals,
        vec![
            (
                "Total Scope 1 emissions".to_owned(),
                1000.0,
                "K2".to_owned()
            ),
            ("Total Scope 2 emissions".to_owned(), 500.0, "L2".to_owned()),
            ("Total BASIC emissions".to_owned(), 1400.0, "N2".to_owned()),
            ("Total BASIC+ emissions".to_owned(), 1500.0, "O2".to_owned()),
        ]
    );
    assert_eq!(
        extracted.inventories[1].document["inventory"]["protocol"],
        "other"
    );
}

/// (id, totals) of each inventory of a file's report.
fn ids_and_totals(file: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    file["inventories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["id"].as_str().unwrap().to_owned(), i["totals"].clone()))
        .collect()
}

const USER_MAPPING: &str = r#"[table]
id = "my-table"
name = "My table"
shape = "inventory-rows"

[facts]
"city.name" = { columns = ["City"] }
"inventory.year" = { columns = ["Accounting Year"], read_as = "period" }

[[totals]]
columns = ["Total Scope 1 Emissions (metric tonnes CO2e)"]
label = "Scope 1"
"#;

#[test]
fn a_user_mapping_reads_the_table_it_describes() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("map.toml");
    std::fs::write(&mapping, USER_MAPPING).unwrap();
    let (_, report) = validate_json(&[&fixture()], &["--mapping", mapping.to_str().unwrap()]);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "mapping:my-table");
    // Without a skip rule every row is an inventory.
    assert_eq!(file["inventories"].as_array().unwrap().len(), 5);
}

#[test]
fn a_mistake_in_a_mapping_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("map.toml");
    std::fs::write(
        &mapping,
        USER_MAPPING.replace("\"city.name\"", "\"city.nmae\""),
    )
    .unwrap();
    let (code, _, stderr) = run_with_stderr(&[
        "validate",
        "--mapping",
        mapping.to_str().unwrap(),
        fixture().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    let expected = format!(
        "ghgcheck: {}:7: unknown field `city.nmae`",
        mapping.display()
    );
    assert!(stderr.starts_with(&expected), "{stderr}");
}

#[test]
fn a_column_the_table_lacks_is_a_finding_naming_the_mapping_line() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("map.toml");
    std::fs::write(
        &mapping,
        USER_MAPPING.replace("[\"Accounting Year\"]", "[\"Inventory Year\"]"),
    )
    .unwrap();
    let (code, report) = validate_json(&[&fixture()], &["--mapping", mapping.to_str().unwrap()]);
    assert_eq!(code, 1);
    let finding = &report["files"][0]["findings"][0];
    assert_eq!(finding["code"], "M001");
    assert_eq!(
        finding["message"],
        "the table has no column `Inventory Year`"
    );
    let help = finding["help"].as_str().unwrap();
    assert!(
        help.starts_with(&format!("{}:8 names it", mapping.display())),
        "{help}"
    );
}

#[test]
fn a_wide_table_gives_one_record_per_gpc_column() {
    let path = fixtures().join("mapped").join("gpc-wide-sample.csv");
    let (code, report) = validate_json(&[&path], &[]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "mapping:gpc-wide");
    let totals = ids_and_totals(file);
    assert_eq!(
        totals,
        vec![
            (
                "br-testville-2022".to_owned(),
                json!({"scope1": 2501.25, "scope2": 3200.25, "scope3": null,
                "basic": 5701.5, "basic_plus": 5701.5})
            ),
            (
                "pt-otherville-2021".to_owned(),
                json!({"scope1": 205.0, "scope2": null, "scope3": 70.0,
                "basic": 270.0, "basic_plus": 275.0})
            ),
        ]
    );
    let errors: Vec<(String, String, String)> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["cell"].as_str().unwrap().to_owned(),
                f["inventory"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        vec![(
            "X001".to_owned(),
            "K3".to_owned(),
            "pt-otherville-2021".to_owned()
        )]
    );
}

#[test]
fn a_long_table_groups_records_into_inventories_by_city_and_year() {
    let dir = fixtures().join("mapped");
    let mapping = dir.join("long-table.toml");
    let (code, report) = validate_json(
        &[&dir.join("long-table.csv")],
        &["--mapping", mapping.to_str().unwrap()],
    );
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "mapping:long-example");
    let totals = ids_and_totals(file);
    // kt CO2e with decimal commas: 1,5 kt = 1500 t.
    assert_eq!(
        totals,
        vec![
            (
                "br-testopolis-2021".to_owned(),
                json!({"scope1": 1500.0, "scope2": 2250.0, "scope3": null,
                "basic": 3750.0, "basic_plus": 3750.0})
            ),
            (
                "br-outraville-2021".to_owned(),
                json!({"scope1": 750.0, "scope2": null, "scope3": null,
                "basic": 750.0, "basic_plus": 750.0})
            ),
        ]
    );
    let unknown: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "G001")
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0]["cell"], "D6");
    let conflicts: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X002")
        .collect();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0]["cell"], "C5");
    assert_eq!(conflicts[0]["inventory"], "br-testopolis-2021");
    assert_eq!(unknown[0]["inventory"], "br-outraville-2021");
}

#[test]
fn interleaved_rows_group_by_city_and_year_in_order_of_first_appearance() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = fixtures().join("mapped").join("long-table.toml");
    let mut csv = "Municipio;Ano;Populacao;Referencia GPC;Emissoes (kt CO2e);Chave\n".to_owned();
    // (city, year) of each row: 7 cities over 2 years, interleaved.
    let rows: Vec<(usize, usize)> = (0..300)
        .map(|r| ((r * 3) % 7, 2020 + (r / 5) % 2))
        .collect();
    for (city, year) in &rows {
        csv.push_str(&format!("Cidade {city};{year};1000;I.1.1;1;\n"));
    }
    let file = dir.path().join("long.csv");
    std::fs::write(&file, csv).unwrap();
    let (_, report) = validate_json(&[&file], &["--mapping", mapping.to_str().unwrap()]);
    let inventories = report["files"][0]["inventories"].as_array().unwrap();
    // The order in which each (city, year) first appears, and its row count.
    let mut expected: Vec<((usize, usize), usize)> = Vec::new();
    for key in &rows {
        match expected.iter_mut().find(|(k, _)| k == key) {
            Some((_, count)) => *count += 1,
            None => expected.push((*key, 1)),
        }
    }
    assert_eq!(expected.len(), 14);
    let found: Vec<(String, serde_json::Value)> = inventories
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_owned(),
                i["totals"]["scope1"].clone(),
            )
        })
        .collect();
    let wanted: Vec<(String, serde_json::Value)> = expected
        .iter()
        .map(|((city, year), count)| {
            (
                format!("br-cidade-{city}-{year}"),
                json!(1000.0 * *count as f64),
            )
        })
        .collect();
    assert_eq!(found, wanted);
    assert_eq!(found[0].0, "br-cidade-0-2020");
    assert_eq!(found[1].0, "br-cidade-3-2020");
}

#[test]
fn records_without_a_ref_are_placed_by_their_labels() {
    let dir = fixtures().join("mapped");
    let mapping = dir.join("labels-table.toml");
    let (_, report) = validate_json(
        &[&dir.join("labels-table.csv")],
        &["--mapping", mapping.to_str().unwrap()],
    );
    let file = &report["files"][0];
    // Edificações residenciais (scope 1) is I.1.1, Transporte rodoviário (scope 1) II.1.1.
    assert_eq!(
        file["inventories"][0]["totals"],
        json!({"scope1": 30.0, "scope2": null, "scope3": null, "basic": 30.0, "basic_plus": 30.0})
    );
    let unresolved: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "G004")
        .collect();
    assert_eq!(unresolved.len(), 1);
    assert_eq!(unresolved[0]["cell"], "C4");
    assert_eq!(
        unresolved[0]["help"],
        "did you mean `Residential buildings`? Or give the GPC reference number"
    );
}

#[test]
fn a_header_over_two_rows_names_columns_by_group_and_column() {
    let dir = fixtures().join("mapped");
    let text = std::fs::read_to_string(dir.join("two-row-header.toml")).unwrap();
    let mapping = ghgcheck::layout::mapped::Mapping::parse(&text, "two-row-header.toml").unwrap();
    let bytes = std::fs::read(dir.join("two-row-header.csv")).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(Path::new("x.csv"), &bytes).unwrap();
    let ghgcheck::read::Input::Cells(book) = input else {
        panic!("a table");
    };
    let (inventories, findings) = ghgcheck::layout::mapped::extract(&mapping, &book);
    assert_eq!(inventories.len(), 2);
    let first = &inventories[0];
    let records: Vec<(String, serde_json::Value, serde_json::Value, String)> =
        first.document["emissions"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let pointer = match r.get("notation_key") {
                    Some(_) => format!("/emissions/{i}/notation_key"),
                    None => format!("/emissions/{i}/total_tco2e"),
                };
                (
                    r["gpc_ref"].as_str().unwrap().to_owned(),
                    r["total_tco2e"].clone(),
                    r["notation_key"].clone(),
                    first.sources.get(&pointer).unwrap().cell.to_string(),
                )
            })
            .collect();
    assert_eq!(
        records,
        vec![
            (
                "I.1.1".to_owned(),
                json!(1200.0),
                json!(null),
                "C4".to_owned()
            ),
            (
                "I.2.1".to_owned(),
                json!(null),
                json!("NO"),
                "D4".to_owned()
            ),
            (
                "II.1.1".to_owned(),
                json!(800.5),
                json!(null),
                "E4".to_owned()
            ),
        ]
    );
    let totals: Vec<(f64, String)> = first.document["reported_totals"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let cell = first
                .sources
                .get(&format!("/reported_totals/{i}/value"))
                .unwrap();
            (t["value"].as_f64().unwrap(), cell.cell.to_string())
        })
        .collect();
    assert_eq!(
        totals,
        vec![(2000.5, "F4".to_owned()), (150.0, "G4".to_owned())]
    );
    assert_eq!(inventories[1].document["city"]["name"], "Bville");
    let summary = findings.iter().find(|f| f.code.id() == "X004").unwrap();
    assert_eq!(
        (
            summary.message,
            summary.args.get("columns").map(ToString::to_string)
        ),
        ("x004-table-rows-read-unused-columns", Some("Notes".into()))
    );
}

#[test]
fn an_ambiguous_unit_in_a_mapping_is_read_as_the_table_says_with_a_warning() {
    let dir = fixtures().join("mapped");
    let text = std::fs::read_to_string(dir.join("long-table.toml")).unwrap();
    let temp = tempfile::tempdir().unwrap();
    let mapping = temp.path().join("us.toml");
    std::fs::write(
        &mapping,
        text.replace("records_unit = \"ktCO2e\"", "records_unit = \"MTCO2e\""),
    )
    .unwrap();
    let (_, report) = validate_json(
        &[&dir.join("long-table.csv")],
        &["--mapping", mapping.to_str().unwrap()],
    );
    let file = &report["files"][0];
    let warnings: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "U005")
        .collect();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0]["value"], "MTCO2e");
    // Metric tonnes: 1,5 is 1.5 t, not 1.5 Mt.
    assert_eq!(file["inventories"][0]["totals"]["scope1"], 1.5);
}
