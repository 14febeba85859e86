//! `docs/rules.md` is generated from the code registry by `ghgcheck rules
//! --format markdown`; it must match what the registry generates today, so
//! a code added, changed or removed without regenerating the page fails
//! here. The listing commands print every code in id order.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use ghgcheck::diagnostic::REGISTRY;
use ghgcheck::report::rules::{self, REGENERATE_DOCS};
use support::run;

#[test]
fn docs_rules_md_is_what_the_registry_generates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    // Compared line by line, so a checkout that turned line ends into CRLF
    // is not stale.
    let stale = committed.lines().ne(rules::markdown().lines());
    assert!(
        !stale,
        "docs/rules.md differs from the code registry; regenerate it with `{REGENERATE_DOCS}` and commit it"
    );
}

#[test]
fn the_binary_prints_the_page_the_library_generates() {
    let (code, stdout) = run(&["rules", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, rules::markdown());
}

#[test]
fn rules_as_json_give_every_field_of_every_entry_in_id_order() {
    let (code, stdout) = run(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let mut expected: Vec<&str> = REGISTRY.iter().map(|info| info.id).collect();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    let keys: Vec<&String> = entries[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "example", "fix", "id", "name", "severity", "title", "what", "why"
        ]
    );
    let t001 = entries.iter().find(|e| e["id"] == "T001").unwrap();
    assert_eq!(t001["name"], "total-differs-from-gases");
    assert_eq!(t001["severity"], "warning");
}

#[test]
fn explain_prints_every_part_of_each_entry() {
    for info in REGISTRY {
        let (code, stdout) = run(&["explain", info.id]);
        assert_eq!(code, 0);
        for part in [
            info.id,
            info.name,
            info.title,
            info.what,
            info.why,
            info.example,
            info.fix,
        ] {
            assert!(stdout.contains(part), "{}: `{part}` missing", info.id);
        }
    }
}
