//! `ghgcheck inspect`: what it prints about a file's columns, and the
//! starter mapping it writes, which (once its blanks are filled) reads the
//! file it came from.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use ghgcheck::layout::mapped::{self, Mapping};
use ghgcheck::read::{Input, read_file};
use serde_json::{Value, json};
use support::{fixtures, run_with_stderr};

fn cdp_fixture() -> PathBuf {
    fixtures().join("cdp").join("cdp-citywide-sample.csv")
}

fn renamed_fixture() -> PathBuf {
    fixtures().join("cdp").join("regional-renamed-headers.csv")
}

/// Runs `inspect --emit-mapping` into a temporary folder and returns the
/// mapping text and the message on stderr.
fn emit_mapping(file: &Path) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("starter.toml");
    let (code, _, stderr) = run_with_stderr(&[
        "inspect",
        &file.display().to_string(),
        "--emit-mapping",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    (std::fs::read_to_string(out).unwrap(), stderr)
}

/// The inventory documents a mapping reads from a file.
fn documents(mapping: &Mapping, file: &Path) -> Vec<Value> {
    let (_, Input::Cells(book)) = read_file(file).unwrap() else {
        panic!("a table");
    };
    let (inventories, _) = mapped::extract(mapping, &book);
    inventories.into_iter().map(|i| i.document).collect()
}

fn column<'a>(report: &'a Value, letter: &str) -> &'a Value {
    report["sheets"][0]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == letter)
        .unwrap_or_else(|| panic!("no column {letter}"))
}

#[test]
fn columns_are_listed_with_samples_and_probable_fields() {
    let (code, stdout, _) = run_with_stderr(&[
        "inspect",
        &renamed_fixture().display().to_string(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["layout"], Value::Null);
    assert_eq!(report["format"], "csv");
    let sheet = &report["sheets"][0];
    // A title line and a blank line stand above the header.
    assert_eq!(sheet["header_row"], 3);
    assert_eq!(sheet["other_header_rows"], json!([]));
    assert_eq!(sheet["shape"], "inventory-rows");
    let b = column(&report, "B");
    assert_eq!(b["header"], "Reporting entity");
    assert_eq!(b["samples"], json!(["Riverton", "Hillcrest", "Lakeside"]));
    assert_eq!(b["guess"], Value::Null);
    let i = column(&report, "I");
    assert_eq!(
        i["guess"],
        json!({"kind": "fact", "field": "city.population.value", "period": false})
    );
    assert_eq!(i["basis"], "keyword");
    let f = column(&report, "F");
    assert_eq!(
        (f["filled"].clone(), f["numeric"].clone()),
        (json!(2), json!(2))
    );
    assert_eq!(
        f["guess"],
        json!({"kind": "total", "label": "Scope 1 emissions (t CO2e)", "framework": "other",
            "scope": 1, "unit": "tCO2e"})
    );
    assert_eq!(
        column(&report, "D")["guess"],
        json!({"kind": "inventory-flag"})
    );
}

#[test]
fn the_text_report_names_header_row_and_fields() {
    let (code, stdout, _) = run_with_stderr(&["inspect", &cdp_fixture().display().to_string()]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].ends_with("cdp-citywide-sample.csv: csv, layout mapping:cdp-citywide"));
    assert_eq!(lines[2], "table: 6 rows with data; header row 1");
    let city = lines.iter().find(|l| l.starts_with("  D ")).unwrap();
    assert!(
        city.contains("Testville | Laterville | Noneville"),
        "{city}"
    );
    assert!(city.ends_with("city.name (known header)"), "{city}");
    let year = lines.iter().find(|l| l.starts_with("  A ")).unwrap();
    // `Year Reported to CDP` is the shipped mapping's reporting year.
    assert!(
        year.ends_with("inventory.reporting_year (known header)"),
        "{year}"
    );
}

#[test]
fn the_starter_mapping_of_a_cdp_file_reads_it_as_the_shipped_mapping_does() {
    let (text, stderr) = emit_mapping(&cdp_fixture());
    assert!(!text.contains("\"FILL\""), "{text}");
    assert!(stderr.contains("check its guesses"), "{stderr}");
    let emitted = Mapping::parse(&text, "starter.toml").unwrap();
    assert_eq!(emitted.layout_name, "mapping:cdp-citywide-sample");
    let shipped = mapped::shipped()
        .iter()
        .find(|m| m.layout_name == "mapping:cdp-citywide")
        .unwrap();
    // The skip is only suggested: the rows without an inventory are read
    // until a person makes it active.
    assert_eq!(documents(&emitted, &cdp_fixture()).len(), 5);
    let checked = Mapping::parse(&uncomment_skip(&text), "starter.toml").unwrap();
    let from_starter = documents(&checked, &cdp_fixture());
    assert_eq!(from_starter.len(), 3);
    assert_eq!(from_starter, documents(shipped, &cdp_fixture()));
}

#[test]
fn a_starter_mapping_with_blanks_is_refused_until_they_are_filled() {
    let (text, stderr) = emit_mapping(&renamed_fixture());
    let blank_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("\"FILL\"") && !l.starts_with('#'))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(blank_lines.len(), 2, "{text}");
    assert!(
        stderr.contains(&format!(
            "FILL on line {}, {}",
            blank_lines[0], blank_lines[1]
        )),
        "{stderr}"
    );
    let err = Mapping::parse(&text, "starter.toml").unwrap_err();
    assert_eq!(err.line, blank_lines[0]);
    assert!(err.message.contains("replace FILL"), "{}", err.message);

    // The city's column and the unit of the BASIC total (and the suggested
    // skip made active).
    let filled = uncomment_skip(&text)
        .replace(
            "\"city.name\" = { columns = [\"FILL\"] }",
            "\"city.name\" = { columns = [\"Reporting entity\"] }",
        )
        .replace("unit = \"FILL\"", "unit = \"tCO2e\"");
    let mapping = Mapping::parse(&filled, "starter.toml").unwrap();
    let docs = documents(&mapping, &renamed_fixture());
    let summary: Vec<(Value, Value, Value, Value)> = docs
        .iter()
        .map(|d| {
            (
                d["city"]["name"].clone(),
                d["city"]["country"].clone(),
                d["inventory"]["year"].clone(),
                d["city"]["population"]["value"].clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (json!("Riverton"), json!("CL"), json!(2022), json!(120000.0)),
            (json!("Lakeside"), json!("PE"), json!(2022), json!(30000.0)),
        ]
    );
    let totals = stated_totals(&docs[0]);
    assert_eq!(
        totals,
        vec![
            (
                json!("Scope 1 emissions (t CO2e)"),
                json!(1),
                json!(12500.5)
            ),
            (json!("Scope 2 emissions (t CO2e)"), json!(2), json!(3000.0)),
            (json!("BASIC total"), Value::Null, json!(15500.5)),
        ]
    );
}

/// The starter with its commented `[skip]` suggestion made active, as a
/// person who checked it would.
fn uncomment_skip(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        inside = line == "# [skip]" || (inside && line.starts_with("# "));
        match inside {
            true => out.push_str(&line[2..]),
            false => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_skip_is_only_suggested_and_says_what_it_would_leave_out() {
    let (text, _) = emit_mapping(&renamed_fixture());
    assert!(!text.lines().any(|l| l == "[skip]"), "{text}");
    assert!(
        text.contains(
            "# Column D \"Inventory reported\" may say whether a row holds an inventory. A [skip] on it\n\
             # would leave out 1 of the 3 rows, those answering \"No\" (1) (row 5).\n\
             # None of them states emissions, so they likely hold no inventory: check, then\n\
             # uncomment the skip (it is never guessed as active), or they are read as\n\
             # inventories without emissions.\n\
             # [skip]\n\
             # columns = [\"Inventory reported\"]\n\
             # values = [\"No\"]\n\
             # blank = false\n"
        ),
        "{text}"
    );
}

#[test]
fn validate_with_the_filled_starter_mapping_reads_every_inventory() {
    let dir = tempfile::tempdir().unwrap();
    let (text, _) = emit_mapping(&renamed_fixture());
    let filled = uncomment_skip(&text)
        .replace("[\"FILL\"]", "[\"Reporting entity\"]")
        .replace("unit = \"FILL\"", "unit = \"tCO2e\"");
    let path = dir.path().join("regional.toml");
    std::fs::write(&path, filled).unwrap();
    let (_, report) = support::validate_json(
        &[&renamed_fixture()],
        &["--mapping", &path.display().to_string()],
    );
    let file = &report["files"][0];
    assert_eq!(file["layout"], "mapping:regional-renamed-headers");
    let ids: Vec<&str> = file["inventories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["cl-riverton-2022", "pe-lakeside-2022"]);
    let skipped: Vec<&str> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X005")
        .map(|f| f["cell"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["D5"]);
}

#[test]
fn a_workbook_sheet_is_chosen_by_name_and_a_wrong_name_lists_the_sheets() {
    let workbook = fixtures().join("ecrf").join("ecrf-testville-2022.xlsx");
    let path = workbook.display().to_string();
    let (code, stdout, _) = run_with_stderr(&["inspect", &path, "--sheet", "eCRF_3"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("sheet 'eCRF_3':"), "{stdout}");
    assert!(!stdout.contains("sheet 'eCRF_1'"), "{stdout}");
    let (code, _, stderr) = run_with_stderr(&["inspect", &path, "--sheet", "Emissions"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no sheet 'Emissions'; its sheets are: eCRF_1, eCRF_2, eCRF_3"),
        "{stderr}"
    );
}

#[test]
fn an_existing_mapping_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mine.toml");
    std::fs::write(&out, "# edited by hand\n").unwrap();
    let args = |force: bool| {
        let mut args = vec![
            "inspect".to_owned(),
            cdp_fixture().display().to_string(),
            "--emit-mapping".to_owned(),
            out.display().to_string(),
        ];
        if force {
            args.push("--force".to_owned());
        }
        args
    };
    let refused = args(false);
    let refused: Vec<&str> = refused.iter().map(String::as_str).collect();
    let (code, _, stderr) = run_with_stderr(&refused);
    assert_eq!(code, 2);
    assert!(stderr.contains("pass --force"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "# edited by hand\n");
    let forced = args(true);
    let forced: Vec<&str> = forced.iter().map(String::as_str).collect();
    assert_eq!(run_with_stderr(&forced).0, 0);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Starter mapping")
    );
}

#[test]
fn an_unreadable_file_is_a_clear_error() {
    let file = fixtures().join("unreadable").join("encrypted.xlsx");
    let (code, stdout, stderr) = run_with_stderr(&["inspect", &file.display().to_string()]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("encrypted.xlsx: "), "{stderr}");
    assert!(stderr.contains("hint: "), "{stderr}");
}

#[test]
fn group_titles_above_the_headers_give_a_two_row_header_mapping() {
    let file = fixtures().join("mapped").join("two-row-header.csv");
    let (text, stderr) = emit_mapping(&file);
    assert!(text.contains("header_row = [2, 3]\n"), "{text}");
    assert!(text.contains("gpc_ref_columns = true\n"), "{text}");
    assert!(stderr.contains("FILL on line 13"), "{stderr}\n{text}");
    let filled = text.replace("records_unit = \"FILL\"", "records_unit = \"tCO2e\"");
    let mapping = Mapping::parse(&filled, "starter.toml").unwrap();
    let docs = documents(&mapping, &file);
    assert_eq!(docs.len(), 2);
    let records: Vec<(Value, Value, Value)> = docs[0]["emissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["gpc_ref"].clone(),
                r["total_tco2e"].clone(),
                r["notation_key"].clone(),
            )
        })
        .collect();
    assert_eq!(
        records,
        vec![
            (json!("I.1.1"), json!(1200.0), Value::Null),
            (json!("I.2.1"), Value::Null, json!("NO")),
            (json!("II.1.1"), json!(800.5), Value::Null),
        ]
    );
    let totals: Vec<(Value, Value)> = docs[0]["reported_totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["scope"].clone(), t["value"].clone()))
        .collect();
    assert_eq!(
        totals,
        vec![(json!(1), json!(2000.5)), (json!(2), json!(150.0))]
    );
}

#[test]
fn gases_given_as_masses_are_mapped_as_masses_with_their_unit() {
    let file = fixtures().join("mapped").join("gas-masses.csv");
    let (text, _) = emit_mapping(&file);
    assert!(
        text.contains(
            "\"gases.ch4.mass_t\" = { columns = [\"CH4 (kg)\"], unit = \"kg\", optional = true }"
        ),
        "{text}"
    );
    assert!(
        text.contains("\"gases.co2.tco2e\" = { columns = [\"CO2 (t CO2e)\"], unit = \"tCO2e\", optional = true }"),
        "{text}"
    );
    let mapping = Mapping::parse(&text, "starter.toml").unwrap();
    let docs = documents(&mapping, &file);
    assert_eq!(
        docs[0]["emissions"][0]["gases"]["ch4"],
        json!({"mass_t": 2.5})
    );
    assert_eq!(
        docs[0]["emissions"][1]["gases"]["n2o"],
        json!({"mass_t": 0.01})
    );
}

#[test]
fn a_table_of_labels_and_scopes_is_read_as_records_placed_by_their_labels() {
    let dir = fixtures().join("mapped");
    let file = dir.join("labels-table.csv");
    let (text, _) = emit_mapping(&file);
    assert!(text.contains("shape = \"records\""), "{text}");
    let filled = text.replace("unit = \"FILL\"", "unit = \"tCO2e\"");
    let starter = Mapping::parse(&filled, "starter.toml").unwrap();
    let own = std::fs::read_to_string(dir.join("labels-table.toml")).unwrap();
    let own = Mapping::parse(&own, "labels-table.toml").unwrap();
    let emissions = |m: &Mapping| -> Vec<Value> {
        documents(m, &file)
            .iter()
            .map(|d| d["emissions"].clone())
            .collect()
    };
    assert_eq!(emissions(&starter), emissions(&own));
}

fn inspect_fixture(name: &str) -> PathBuf {
    fixtures().join("inspect").join(name)
}

/// Writes a filled starter mapping and validates `file` with it; the
/// report of the file.
fn validate_with(text: &str, file: &Path) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("filled.toml");
    std::fs::write(&path, text).unwrap();
    let (_, report) = support::validate_json(&[file], &["--mapping", &path.display().to_string()]);
    report["files"][0].clone()
}

/// (id, city, year, BASIC) of every inventory of a file's report.
fn inventories(file: &Value) -> Vec<(String, String, i64, Value)> {
    file["inventories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_owned(),
                i["city"].as_str().unwrap().to_owned(),
                i["year"].as_i64().unwrap(),
                i["totals"]["basic"].clone(),
            )
        })
        .collect()
}

#[test]
fn a_multi_city_wide_table_keeps_the_rows_a_yes_no_column_would_drop() {
    let file = inspect_fixture("multi-city-wide.csv");
    let (text, stderr) = emit_mapping(&file);
    assert!(stderr.contains("(FILL on line 13)"), "{stderr}");
    assert!(!text.lines().any(|l| l == "[skip]"), "{text}");
    assert!(
        text.contains(
            "# would leave out 4 of the 7 rows, those answering \"No\" (4) (rows 2, 5, 6, 8).\n\
             # 4 of them state emissions: they look like inventories (older ones?), so\n\
             # the skip is left commented out."
        ),
        "{text}"
    );
    assert!(text.contains("# One row per inventory, each naming its city and year.\n"));
    // The GPC-ref columns state no unit: the only blank.
    let filled = text.replace("records_unit = \"FILL\"", "records_unit = \"tCO2e\"");
    let report = validate_with(&filled, &file);
    assert_eq!(report["layout"], "mapping:multi-city-wide");
    let row = |id: &str, city: &str, year: i64, basic: f64| {
        (id.to_owned(), city.to_owned(), year, json!(basic))
    };
    assert_eq!(
        inventories(&report),
        vec![
            row("cl-aville-2015", "Aville", 2015, 15200.0),
            row("cl-aville-2019", "Aville", 2019, 14570.0),
            row("pe-bville-2018", "Bville", 2018, 6350.0),
            row("cl-cville-2014", "Cville", 2014, 31500.0),
            row("cl-cville-2017", "Cville", 2017, 30280.0),
            row("cl-cville-2020", "Cville", 2020, 28850.0),
            row("pe-dville-2016", "Dville", 2016, 2490.0),
        ]
    );
    assert!(!support::codes_of(&report).contains(&"X005"));
}

#[test]
fn the_json_report_says_what_a_skip_would_leave_out() {
    let file = inspect_fixture("multi-city-wide.csv");
    let (code, stdout, _) =
        run_with_stderr(&["inspect", &file.display().to_string(), "--format", "json"]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        report["sheets"][0]["skip_suggestion"],
        json!({"column": "D", "header": "Latest GPC Inventory?", "values": [["No", 4]],
            "blank_rows": 0, "rows": 7, "dropped": 4, "dropped_with_emissions": 4,
            "first_rows": [2, 5, 6, 8]})
    );
}

#[test]
fn a_sector_source_table_maps_its_emissions_not_its_emission_factors() {
    let file = inspect_fixture("town-sources.csv");
    let (text, _) = emit_mapping(&file);
    assert!(text.contains("shape = \"records\"\n"), "{text}");
    // The factor column is the record's factor, never its emissions.
    assert!(
        text.contains(
            "\"emission_factor.total\" = { columns = [\"total_co2e_ef\"], optional = true }"
        ),
        "{text}"
    );
    // The units column gives the unit of the amounts.
    assert!(
        text.contains(
            "# unit from column I \"units\": every row says \"MT CO2e\" (tCO2e)\n\
             \"total_tco2e\" = { columns = [\"total_co2e\"], unit = \"tCO2e\", optional = true }\n"
        ),
        "{text}"
    );
    for label in [
        "\"sector\" = { columns = [\"Sector\"]",
        "\"sub_sector\" = { columns = [\"Category\"]",
        "\"activity_label\" = { columns = [\"Source\"]",
        "\"scope\" = { columns = [\"Scope\"]",
        "\"activity.unit\" = { columns = [\"activity_units\"]",
    ] {
        assert!(text.contains(label), "{label}\n{text}");
    }
    // No column names the town or the year: the two blanks say so.
    assert!(
        text.contains("# No column gives the city or the year, so rows cannot be grouped"),
        "{text}"
    );
    let filled = text
        .replace(
            "\"city.name\" = { columns = [\"FILL\"] }",
            "\"city.name\" = { constant = \"Testham\" }",
        )
        .replace(
            "\"inventory.year\" = { columns = [\"FILL\"], read_as = \"period\" }",
            "\"inventory.year\" = { constant = 2019 }",
        );
    assert!(!filled.contains("\"FILL\""), "{filled}");
    let report = validate_with(&filled, &file);
    assert_eq!(
        inventories(&report),
        vec![(
            "testham-2019".to_owned(),
            "Testham".to_owned(),
            2019,
            json!(256060.0)
        )]
    );
    let totals = &report["inventories"][0]["totals"];
    assert_eq!(
        (totals["scope1"].clone(), totals["scope2"].clone()),
        (json!(130960.0), json!(125100.0))
    );
    assert!(!support::codes_of(&report).contains(&"G004"), "{report}");
}

#[test]
fn a_table_of_city_totals_is_one_row_per_inventory() {
    let file = inspect_fixture("city-totals.csv");
    let (text, stderr) = emit_mapping(&file);
    assert!(!stderr.contains("FILL"), "{stderr}");
    assert!(text.contains("shape = \"inventory-rows\"\n"), "{text}");
    assert!(!text.contains("[record_fields]"), "{text}");
    let report = validate_with(&text, &file);
    let ids: Vec<(String, String, i64)> = inventories(&report)
        .into_iter()
        .map(|(id, city, year, _)| (id, city, year))
        .collect();
    assert_eq!(
        ids,
        vec![
            ("cl-aville-2021".to_owned(), "Aville".to_owned(), 2021),
            ("pe-bville-2022".to_owned(), "Bville".to_owned(), 2022),
            ("cl-cville-2021".to_owned(), "Cville".to_owned(), 2021),
            ("ar-dville-2020".to_owned(), "Dville".to_owned(), 2020),
        ]
    );
    let mapping = Mapping::parse(&text, "starter.toml").unwrap();
    let docs = documents(&mapping, &file);
    let totals = stated_totals(&docs[2]);
    assert_eq!(
        totals,
        vec![
            (json!("Scope 1 (t CO2e)"), json!(1), json!(250500.5)),
            (json!("Scope 2 (t CO2e)"), json!(2), json!(99500.0)),
            (
                json!("Total emissions (t CO2e)"),
                Value::Null,
                json!(350000.5)
            ),
        ]
    );
}

#[test]
fn a_units_column_gives_the_unit_of_totals_unless_rows_differ() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("totals-with-units.csv");
    std::fs::write(
        &file,
        "City,Year,Total emissions,Unit\nAville,2021,1200,kg CO2e\nBville,2021,300,kg CO2e\n",
    )
    .unwrap();
    let (text, stderr) = emit_mapping(&file);
    assert!(!stderr.contains("FILL"), "{stderr}\n{text}");
    assert!(
        text.contains(
            "# unit from column D \"Unit\": every row says \"kg CO2e\" (kgCO2e)\nunit = \"kgCO2e\"\n"
        ),
        "{text}"
    );
    let mapping = Mapping::parse(&text, "starter.toml").unwrap();
    let docs = documents(&mapping, &file);
    let total = &docs[0]["reported_totals"][0];
    assert_eq!(
        (total["value"].clone(), total["unit"].clone()),
        (json!(1200.0), json!("kgCO2e"))
    );

    std::fs::write(
        &file,
        "City,Year,Total emissions,Unit\nAville,2021,1200,kg CO2e\nBville,2021,3,t CO2e\n",
    )
    .unwrap();
    let dir2 = tempfile::tempdir().unwrap();
    let out = dir2.path().join("starter.toml");
    let (code, _, _) = run_with_stderr(&[
        "inspect",
        &file.display().to_string(),
        "--emit-mapping",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(out).unwrap();
    assert!(
        text.contains(
            "# column D \"Unit\" names several units (\"kg CO2e\", \"t CO2e\"): a mapping reads one unit per column, so convert the amounts to one unit first\nunit = \"FILL\""
        ),
        "{text}"
    );
}

/// (label, scope, value) of a document's reported totals.
fn stated_totals(document: &Value) -> Vec<(Value, Value, Value)> {
    document["reported_totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["label"].clone(), t["scope"].clone(), t["value"].clone()))
        .collect()
}
