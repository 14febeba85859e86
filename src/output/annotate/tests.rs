//! The plan of marks, tested before anything is written (calamine cannot
//! read fills or notes back).

use super::plan::{Mark, plan};
use crate::diagnostic::{CellRef, Code, Finding, Severity};

fn finding(code: Code, id: &'static str, sheet: Option<&str>, row: u32, col: u32) -> Finding {
    Finding::new(code, id).at(Some(CellRef::new(sheet, row, col)))
}

#[test]
fn each_flagged_cell_gets_its_most_severe_fill_and_every_finding_in_its_note() {
    let findings = vec![
        finding(
            Code::TextInNumberCell,
            "x001-text-in-number-cell",
            Some("Emissions"),
            2,
            6,
        )
        .arg("field", "CO2 (tCO2e)")
        .arg("found", "text")
        .help("x001-text-in-number-cell-help"),
        Finding {
            severity: Severity::Warning,
            ..finding(
                Code::UnknownGpcRef,
                "g001-unknown-gpc-ref",
                Some("Emissions"),
                2,
                6,
            )
            .arg("value", "I.9.9")
        },
        Finding {
            severity: Severity::Info,
            ..finding(Code::UnknownGpcRef, "g001-unknown-gpc-ref", None, 55, 0)
                .arg("value", "I.9.9")
        },
        Finding::new(Code::UnknownGpcRef, "g001-unknown-gpc-ref").arg("value", "no cell"),
    ];
    let plan = plan(&findings);
    assert_eq!(
        plan.keys().cloned().collect::<Vec<_>>(),
        [None, Some("Emissions".to_owned())]
    );
    let emissions = &plan[&Some("Emissions".to_owned())];
    assert_eq!(emissions.keys().collect::<Vec<_>>(), [&(2, 6)]);
    assert_eq!(
        emissions[&(2, 6)],
        Mark {
            severity: Severity::Error,
            note: "X001 error: `CO2 (tCO2e)` must be a number, found text\n\
                   Help: enter the number alone (no units or words); for a missing value \
                   leave the cell empty and use a notation key (NO, IE, NE, C) with an \
                   explanation\n\n\
                   G001 warning: `I.9.9` is not a GPC reference number"
                .to_owned(),
        }
    );
    let csv = &plan[&None];
    assert_eq!(csv.len(), 1);
    assert_eq!(csv[&(55, 0)].severity, Severity::Info);
    assert_eq!(
        csv[&(55, 0)].note,
        "G001 info: `I.9.9` is not a GPC reference number"
    );
}

#[test]
fn a_note_longer_than_a_cell_holds_is_cut() {
    let findings: Vec<Finding> = (0..2000)
        .map(|i| {
            finding(Code::UnknownGpcRef, "g001-unknown-gpc-ref", Some("S"), 0, 0)
                .arg("value", format!("ref {i}"))
        })
        .collect();
    let plan = plan(&findings);
    let note = &plan[&Some("S".to_owned())][&(0, 0)].note;
    assert!(note.chars().count() <= 32_767);
    assert!(note.starts_with("G001 error: `ref 0` is not a GPC reference number\n\nG001"));
    assert!(note.ends_with("see the CSV or JSON output]"), "{note}");
}

#[test]
fn links_follow_renamed_sheets() {
    use super::issues::link;
    use super::names::SheetNames;
    let mut names = SheetNames::new(&["Issues"]);
    let long = "Emissions by sector and scope 2022 (tCO2e)";
    names.add(Some(long), "x");
    names.add(Some("It's"), "x");
    names.add(None, "city");
    assert_eq!(
        link(&CellRef::new(Some(long), 6, 1), &names).as_deref(),
        Some("internal:'Emissions by sector and scope 2'!B7")
    );
    assert_eq!(
        link(&CellRef::new(Some("It's"), 0, 0), &names).as_deref(),
        Some("internal:'It''s'!A1")
    );
    assert_eq!(
        link(&CellRef::new(None, 2, 26), &names).as_deref(),
        Some("internal:'city'!AA3")
    );
    assert_eq!(link(&CellRef::new(Some("Gone"), 0, 0), &names), None);
}
