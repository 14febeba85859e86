//! `validate --format jsonl|sarif|github|junit|csv`, `--output FILE` and
//! `schema --report`, end to end through the binary on the template
//! fixtures: exact codes, cells, levels and escaping; a closed pipe ends
//! any format quietly.

#![allow(clippy::unwrap_used)]

mod support;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;
use support::{fixtures, run, run_with_stderr};

fn template(name: &str) -> String {
    fixtures().join("template").join(name).display().to_string()
}

/// `validate --format FORMAT` on `paths`: (exit code, stdout).
fn validate(format: &str, paths: &[&str]) -> (i32, String) {
    let mut args = vec!["validate", "--format", format];
    args.extend_from_slice(paths);
    run(&args)
}

/// A copy of broken-cells.csv under a name that needs escaping.
fn awkward_copy(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    std::fs::copy(template("broken-cells.csv"), &path).unwrap();
    path.display().to_string()
}

#[test]
fn jsonl_is_one_wire_record_per_finding_then_the_summary() {
    let broken = template("broken-cells.csv");
    let (code, text) = validate("jsonl", &[&broken, &template("valid-city.csv")]);
    assert_eq!(code, 1);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let places: Vec<(&str, &str)> = lines[..4]
        .iter()
        .map(|l| (l["code"].as_str().unwrap(), l["cell"].as_str().unwrap()))
        .collect();
    assert_eq!(
        places,
        [
            ("S001", "AA2"),
            ("X001", "G3"),
            ("N001", "P38"),
            ("G001", "A56")
        ]
    );
    // The same record as the JSON report's.
    let (_, report) = support::validate_json(&[Path::new(&broken)], &[]);
    assert_eq!(lines[1], report["files"][0]["findings"][1]);
    assert_eq!(lines[1]["severity"], "error");
    assert_eq!(lines[1]["value"], "about 8000");
    assert_eq!(lines[1]["file"], broken.as_str());
    assert_eq!(
        lines[4],
        serde_json::json!({
            "summary": {"files": 2, "valid": 1, "invalid": 1, "unreadable": 0,
                        "errors": 4, "warnings": 0, "infos": 0},
            "tool_version": env!("CARGO_PKG_VERSION"),
            "version": 1,
        })
    );
    assert_eq!(lines.len(), 5);
}

/// The log validates against the OASIS SARIF 2.1.0 JSON Schema (a copy in
/// tests/schemas/, its source named in tests/schemas/README.md), and what
/// the schema leaves optional but code-scanning tools read is there: rule
/// texts, levels, rule indexes pointing at their rule, regions from 1.
fn assert_sarif_2_1_0(log: &Value) {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-2.1.0.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let runs = log["runs"].as_array().expect("runs is an array");
    assert!(!runs.is_empty());
    for run in runs {
        let driver = &run["tool"]["driver"];
        assert!(driver["name"].is_string(), "tool.driver.name is required");
        let rules = driver["rules"].as_array().unwrap();
        for rule in rules {
            assert!(rule["id"].is_string(), "reportingDescriptor.id is required");
            for text in ["shortDescription", "fullDescription", "help"] {
                assert!(rule[text]["text"].is_string(), "{text}.text is required");
            }
            let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
            assert!(["none", "note", "warning", "error"].contains(&level));
        }
        for result in run["results"].as_array().unwrap() {
            assert!(result["message"]["text"].is_string(), "result.message");
            let level = result["level"].as_str().unwrap();
            assert!(["none", "note", "warning", "error"].contains(&level));
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
            for location in result["locations"].as_array().into_iter().flatten() {
                let physical = &location["physicalLocation"];
                assert!(physical["artifactLocation"]["uri"].is_string());
                if let Some(region) = physical.get("region") {
                    assert!(region["startLine"].as_u64().unwrap() >= 1);
                    assert!(region["startColumn"].as_u64().unwrap() >= 1);
                }
                for logical in location["logicalLocations"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    assert!(logical["fullyQualifiedName"].is_string());
                }
            }
        }
    }
}

#[test]
fn sarif_names_rules_levels_files_cells_and_regions() {
    let broken = template("broken-cells.xlsx");
    let warned = template("warnings-only.csv");
    let (code, text) = validate("sarif", &[&broken, &warned]);
    assert_eq!(code, 1);
    let log: Value = serde_json::from_str(&text).unwrap();
    assert_sarif_2_1_0(&log);
    // The schema check can fail: a level SARIF does not know is refused.
    let mut wrong = log.clone();
    wrong["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(std::panic::catch_unwind(|| assert_sarif_2_1_0(&wrong)).is_err());
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let x001 = rules.iter().find(|r| r["id"] == "X001").unwrap();
    assert_eq!(x001["name"], "text-in-number-cell");
    assert_eq!(x001["defaultConfiguration"]["level"], "error");
    let info = ghgcheck::diagnostic::lookup("X001").unwrap();
    assert_eq!(x001["help"]["text"], info.fix);
    assert_eq!(
        x001["fullDescription"]["text"],
        format!("{} {}", info.what, info.why)
    );
    let results = run["results"].as_array().unwrap();
    let result = results.iter().find(|r| r["ruleId"] == "X001").unwrap();
    assert_eq!(result["level"], "error");
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("`CO2 (tCO2e)` must be a number, found text\nHelp: ")
    );
    let location = &result["locations"][0];
    assert_eq!(
        location["logicalLocations"],
        serde_json::json!([{"name": "G3", "fullyQualifiedName": "Emissions!G3"}])
    );
    assert_eq!(
        location["physicalLocation"]["region"],
        serde_json::json!({"startLine": 3, "startColumn": 7})
    );
    let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("file:///"), "{uri}");
    assert!(
        uri.ends_with("/fixtures/template/broken-cells.xlsx"),
        "{uri}"
    );
    // A warning is a SARIF warning; the boundary cell of the CSV.
    let warning = results.iter().find(|r| r["ruleId"] == "F001").unwrap();
    assert_eq!(warning["level"], "warning");
    assert_eq!(
        warning["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "AH2"
    );
    assert_eq!(warning["properties"]["inventory"], "br-testville-2022");
}

#[test]
fn github_annotations_escape_properties_and_data() {
    let dir = tempfile::tempdir().unwrap();
    let awkward = awkward_copy(dir.path(), "a,b:c%.csv");
    let (code, text) = validate("github", &[&awkward, &template("broken-cells.xlsx")]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = text.lines().collect();
    let escaped = format!("{}/a%2Cb%3Ac%25.csv", dir.path().display())
        .replace(':', "%3A")
        .replace(',', "%2C");
    assert_eq!(
        lines[1],
        format!(
            "::error file={escaped},line=3,col=7,title=X001::G3: `CO2 (tCO2e)` must be a number, \
             found text%0AHelp: enter the number alone (no units or words); for a missing value \
             leave the cell empty and use a notation key (NO, IE, NE, C) with an explanation"
        )
    );
    // A workbook's cell is named in the message, not as a line.
    let xlsx = lines
        .iter()
        .find(|l| l.contains("broken-cells.xlsx") && l.contains("title=X001"))
        .unwrap();
    assert!(
        xlsx.ends_with("broken-cells.xlsx,title=X001::Emissions!G3: `CO2 (tCO2e)` must be a number, found text%0AHelp: enter the number alone (no units or words); for a missing value leave the cell empty and use a notation key (NO, IE, NE, C) with an explanation"),
        "{xlsx}"
    );
    assert_eq!(
        *lines.last().unwrap(),
        "::notice title=ghgcheck::2 files checked: 0 valid, 2 invalid, 0 unreadable; 8 errors, 0 warnings"
    );
    assert_eq!(lines.len(), 9);
}

/// Every element of an XML document (its name, and its `name` and `type`
/// attributes; an empty element ends in ` /`), failing on any error of
/// form.
fn parse_xml(text: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut names = Vec::new();
    loop {
        let (e, empty) = match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            _ => continue,
        };
        let qname = e.name();
        let name: &str = qname.as_ref();
        let mut attributes = Vec::new();
        for attribute in e.attributes() {
            let attribute = attribute.unwrap();
            let value = attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .unwrap();
            let key: &str = attribute.key.as_ref();
            if ["name", "type"].contains(&key) {
                attributes.push(value.into_owned());
            }
        }
        let mut text = format!("{name} {}", attributes.join(" ")).trim().to_owned();
        if empty {
            text.push_str(" /");
        }
        names.push(text);
    }
    names
}

#[test]
fn junit_is_a_suite_per_file_and_a_failing_case_per_inventory_and_code() {
    let dir = tempfile::tempdir().unwrap();
    let awkward = awkward_copy(dir.path(), "x&<y>\".csv");
    let (code, text) = validate(
        "junit",
        &[
            &awkward,
            &template("valid-city.csv"),
            &template("warnings-only.csv"),
        ],
    );
    assert_eq!(code, 1);
    assert!(text.contains(&format!(
        "<testsuite name=\"{}/x&amp;&lt;y&gt;&quot;.csv\" tests=\"38\" failures=\"4\"",
        dir.path().display()
    )));
    assert!(text.contains(
        "<failure type=\"X001\" message=\"1 error: `CO2 (tCO2e)` must be a number, found text\">G3: error `CO2 (tCO2e)` must be a number, found text (help: "
    ));
    let elements = parse_xml(&text);
    // Each rule that ran on an inventory and found nothing passes: 34 of
    // them in each file here (every inventory and record rule but H001 and
    // K001, which have nothing to compare with), less those with findings.
    let passed = |inventory: &str| {
        elements
            .iter()
            .filter(|e| e.starts_with(&format!("testcase {inventory} ")) && e.ends_with(" /"))
            .count()
    };
    assert_eq!(passed("br-x-y-2022"), 34);
    assert_eq!(passed("br-testville-2022"), 34);
    assert_eq!(passed("br-testville-2022-2"), 33);
    assert!(
        elements
            .contains(&"testcase br-testville-2022 T002 total-differs-from-records /".to_owned())
    );
    assert!(text.contains(&format!(
        "<testsuite name=\"{}\" tests=\"34\" failures=\"0\"",
        template("valid-city.csv")
    )));
    let elements: Vec<String> = elements
        .into_iter()
        .filter(|e| !e.ends_with(" /"))
        .collect();
    assert_eq!(
        elements,
        [
            "testsuites ghgcheck".to_owned(),
            format!("testsuite {awkward}"),
            "testcase br-x-y-2022 G001 unknown-gpc-ref".to_owned(),
            "failure G001".to_owned(),
            "testcase br-x-y-2022 N001 invalid-notation-key".to_owned(),
            "failure N001".to_owned(),
            "testcase br-x-y-2022 S001 required-missing".to_owned(),
            "failure S001".to_owned(),
            "testcase br-x-y-2022 X001 text-in-number-cell".to_owned(),
            "failure X001".to_owned(),
            format!("testsuite {}", template("valid-city.csv")),
            format!("testsuite {}", template("warnings-only.csv")),
            "testcase br-testville-2022-2 F001 recommended-fact-missing".to_owned(),
            "system-out".to_owned(),
            // valid-city and warnings-only are one city and year twice.
            "testsuite batch".to_owned(),
            "testcase batch B001 same-city-and-year".to_owned(),
            "system-out".to_owned(),
        ]
    );
}

#[test]
fn csv_is_findings_csv_on_stdout() {
    let (code, text) = validate("csv", &[&template("broken-cells.csv")]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "code,name,severity,message,file,sheet,cell,row,column,field,pointer,value,help,inventory,args"
    );
    assert_eq!(
        lines[2],
        format!(
            "X001,text-in-number-cell,error,\"`CO2 (tCO2e)` must be a number, found text\",{},,G3,3,7,\
             CO2 (tCO2e),/emissions/1/gases/co2/tco2e,about 8000,\"enter the number alone (no units or \
             words); for a missing value leave the cell empty and use a notation key (NO, IE, NE, C) \
             with an explanation\",br-broken-cells-2022,\"{{\"\"field\"\":\"\"CO2 (tCO2e)\"\",\"\"found\"\":\"\"text\"\"}}\"",
            template("broken-cells.csv")
        )
    );
    assert_eq!(lines.len(), 6, "{text}");
    assert_eq!(lines[5], "");
}

#[test]
fn output_writes_the_report_to_a_file_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let broken = template("broken-cells.csv");
    for format in ["json", "jsonl", "sarif", "github", "junit", "csv", "text"] {
        let target = dir.path().join(format!("report.{format}"));
        std::fs::write(&target, "old").unwrap();
        let (code, stdout, _) = run_with_stderr(&[
            "validate",
            "--format",
            format,
            "--output",
            target.to_str().unwrap(),
            &broken,
        ]);
        assert_eq!(code, 1, "{format}");
        assert_eq!(stdout, "", "{format}");
        let written = std::fs::read_to_string(&target).unwrap();
        if format == "text" {
            assert!(written.contains("X001"), "{written}");
            assert!(!written.contains('\u{1b}'), "no colour in a file");
        } else {
            assert_eq!(written, validate(format, &[&broken]).1, "{format}");
        }
    }
    // Nothing but the reports is left in the folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 7);
    // A folder that does not exist: an error, exit 2.
    let missing = dir.path().join("no").join("r.json");
    let (code, _, stderr) = run_with_stderr(&[
        "validate",
        "--format",
        "json",
        "--output",
        missing.to_str().unwrap(),
        &broken,
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot write"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_every_format_quietly() {
    // 200 broken files: every format writes far more than a pipe holds.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..200 {
        awkward_copy(dir.path(), &format!("broken-{i:03}.csv"));
    }
    let batch = dir.path().display().to_string();
    for format in ["json", "jsonl", "sarif", "github", "junit", "csv", "text"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ghgcheck"))
            .args(["validate", "--format", format, &batch])
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The reader is gone, like `| head -c 16`.
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        assert!(
            matches!(output.status.code(), Some(0..=2)),
            "{format}: {:?} {stderr}",
            output.status
        );
    }
}

#[test]
fn the_json_report_of_a_batch_validates_against_its_published_schema() {
    let (code, schema_text) = run(&["schema", "--report"]);
    assert_eq!(code, 0);
    let on_disk: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/report.schema.json");
    assert_eq!(schema_text, std::fs::read_to_string(on_disk).unwrap());
    let schema: Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let batch = fixtures().join("batch");
    let unreadable = fixtures().join("unreadable");
    let template = fixtures().join("template");
    let (_, report) = support::validate_json(&[&batch, &unreadable, &template], &[]);
    assert_eq!(report["tool_version"], env!("CARGO_PKG_VERSION"));
    assert!(report["files"].as_array().unwrap().len() > 10);
    assert!(
        !report["findings"].as_array().unwrap().is_empty(),
        "batch findings"
    );
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    // And it is strict: an unknown key is refused.
    let mut extra = report.clone();
    extra["summary"]["colour"] = "red".into();
    assert!(!validator.is_valid(&extra));
}
