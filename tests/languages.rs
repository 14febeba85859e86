//! `--lang pt|es` and the locale: every finding of a batch over the
//! fixtures (52 codes, batch findings among them) reads in the chosen
//! language, with the same codes, cells and arguments as in English; rule
//! documentation and SARIF rule texts follow; an unknown language is
//! refused.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::Value;
use support::{fixtures, run, run_with_stderr};

/// The JSON report of the fixtures batch in `lang`.
fn report(lang: &str) -> Value {
    let dir = fixtures().display().to_string();
    let (code, text) = run(&["validate", "--lang", lang, "--format", "json", &dir]);
    assert_eq!(code, 1);
    serde_json::from_str(&text).unwrap()
}

/// Every finding of a report, files' then the batch's.
fn findings(report: &Value) -> Vec<&Value> {
    let mut out: Vec<&Value> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|file| file["findings"].as_array().unwrap())
        .collect();
    out.extend(report["findings"].as_array().unwrap());
    out
}

#[test]
fn every_finding_reads_in_the_chosen_language() {
    let english = report("en");
    let english = findings(&english);
    let codes: std::collections::BTreeSet<&str> = english
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.len() >= 50, "{codes:?}");
    for lang in ["pt", "es"] {
        let translated = report(lang);
        let translated = findings(&translated);
        assert_eq!(translated.len(), english.len());
        for (theirs, ours) in english.iter().zip(&translated) {
            for key in ["code", "cell", "args", "severity", "inventory", "value"] {
                assert_eq!(theirs[key], ours[key], "{lang}: {key} of {theirs}");
            }
            // No English text is left: every message and help differs from
            // the English one (no translated entry is the same text).
            assert_ne!(theirs["message"], ours["message"], "{lang}: {ours}");
            if !theirs["help"].is_null() {
                assert_ne!(theirs["help"], ours["help"], "{lang}: {ours}");
            }
        }
    }
}

#[test]
fn the_text_report_and_one_message_read_in_portuguese_and_spanish() {
    let file = fixtures().join("template/broken-cells.csv");
    let file = file.display().to_string();
    let (_, pt) = run(&["validate", "--lang", "pt", &file]);
    assert!(
        pt.contains("`CO2 (tCO2e)` deve ser um número, mas contém texto"),
        "{pt}"
    );
    // The report's own words too: labels, statuses, the closing summary.
    assert!(pt.contains("INVÁLIDO"), "{pt}");
    assert!(
        pt.contains("1 arquivo verificado (válidos: 0, inválidos: 1, ilegíveis: 0)"),
        "{pt}"
    );
    assert!(pt.contains("preencha esta célula"), "{pt}");
    for english in ["INVALID", "checked:", "fill this cell", "here\n"] {
        assert!(!pt.contains(english), "{english} in {pt}");
    }
    let (_, es) = run(&["validate", "--lang", "es-MX", &file]);
    assert!(es.contains("`NA` no es una clave de notación"), "{es}");
    assert!(
        es.contains("1 archivo revisado (válidos: 0, no válidos: 1, ilegibles: 0)"),
        "{es}"
    );
    let (_, html) = run(&["validate", "--lang", "pt", "--format", "html", &file]);
    assert!(html.contains("<html lang=\"pt\">"), "{html}");
    assert!(
        html.contains("preencha") || html.contains("escreva"),
        "{html}"
    );
    let (_, narrated) = run(&["validate", "--lang", "es", "--format", "narrated", &file]);
    assert!(narrated.contains("Cómo corregirlo: "), "{narrated}");
}

#[test]
fn the_locale_chooses_the_language_when_no_flag_does() {
    let file = fixtures().join("template/broken-cells.csv");
    let output = assert_cmd::cargo::cargo_bin_cmd!("ghgcheck")
        .args(["validate", "--format", "jsonl"])
        .arg(&file)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "pt_BR.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("deve ser um número"), "{text}");
    // The flag wins over the locale.
    let output = assert_cmd::cargo::cargo_bin_cmd!("ghgcheck")
        .args(["validate", "--lang", "en", "--format", "jsonl"])
        .arg(&file)
        .env("LC_ALL", "es_ES.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("must be a number, found text"), "{text}");
}

#[test]
fn rule_documentation_and_sarif_rules_are_translated() {
    let (code, explained) = run(&["explain", "T001", "--lang", "pt"]);
    assert_eq!(code, 0);
    assert!(
        explained.starts_with(
            "T001 total-differs-from-gases (warning)\nO total de um registro não é a soma de seus gases\n"
        ),
        "{explained}"
    );
    assert!(explained.contains("\nComo corrigir: "), "{explained}");
    let file = fixtures().join("template/broken-cells.csv");
    let (_, sarif) = run(&[
        "validate",
        "--lang",
        "es",
        "--format",
        "sarif",
        &file.display().to_string(),
    ]);
    let log: Value = serde_json::from_str(&sarif).unwrap();
    let first_run = &log["runs"][0];
    assert_eq!(first_run["language"], "es");
    let t001 = first_run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|rule| rule["id"] == "T001")
        .unwrap();
    let (_, english) = run(&["explain", "T001"]);
    assert!(!english.contains(t001["shortDescription"]["text"].as_str().unwrap()));
}

#[test]
fn an_unknown_language_is_refused_with_the_known_ones() {
    let (code, _, stderr) = run_with_stderr(&["rules", "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no messages in `fr`; known: en, pt, es"),
        "{stderr}"
    );
}
