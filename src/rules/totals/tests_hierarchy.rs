//! T002 and T003 on a hierarchical export's subtotal rows: a GPC sector or
//! sub-sector in all its scopes.

use super::covers::Covers;
use super::tests::{inventory, rec};
use super::{parts, records as t002};
use crate::diagnostic::{Code, Finding};
use crate::model::vocab::Framework;
use crate::model::{EmissionRecord, Field, NotationKey, ReportedField, ReportedTotal, StatedRef};
use crate::rules::testing::{Case, cell};

/// A subtotal row: `I`, `I.1`, with its name.
fn subtotal(reference: &str, name: &str, value: f64) -> ReportedTotal {
    ReportedTotal {
        framework: Some(Framework::Gpc),
        label: Some(format!("{reference} {name}")),
        sector: reference.split('.').next().map(str::to_owned),
        gpc_ref: Some(reference.to_owned()),
        column: Some("Total Emissions".to_owned()),
        value: Some(value),
        unit: Some("tCO2e".to_owned()),
        ..Default::default()
    }
}

/// Residential 120 (two scope-1 records and one scope-2), commercial NE,
/// grid-energy generation 1000, on-road 50; the subtotals as the rows sum.
fn consistent() -> (Vec<EmissionRecord>, Vec<ReportedTotal>) {
    let records = vec![
        rec("I.1.1", 60.0),
        rec("I.1.1", 40.0),
        rec("I.1.2", 20.0),
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell("I.2.1"))),
            notation_key: Some(NotationKey::NotEstimated),
            ..Default::default()
        },
        rec("I.4.4", 1000.0),
        rec("II.1.1", 50.0),
    ];
    let totals = vec![
        subtotal("I", "Stationary Energy", 1120.0),
        subtotal("I.1", "Residential buildings", 120.0),
        subtotal("I.4", "Energy industries", 1000.0),
        subtotal("II", "Transportation", 50.0),
        subtotal("II.1", "On-road transportation", 50.0),
    ];
    (records, totals)
}

fn value(index: usize) -> Field {
    Field::ReportedTotal(index, ReportedField::Value)
}

fn at(finding: &Finding) -> Option<Field> {
    finding.pointer.as_deref().and_then(Field::from_pointer)
}

fn run(case: &Case) -> Vec<Finding> {
    let mut found = case.run_inventory(t002);
    found.extend(case.run_inventory(parts));
    found
}

#[test]
fn a_subtotal_covers_its_sector_or_sub_sector_in_all_scopes() {
    let covers = |reference: &str| Covers::of(&subtotal(reference, "x", 1.0));
    assert_eq!(covers("I"), Some(Covers::Gpc { reference: "I" }));
    assert_eq!(covers(" I.7 "), Some(Covers::Gpc { reference: "I.7" }));
    assert_eq!(covers("VI"), Some(Covers::Gpc { reference: "VI" }));
    // A cell, or no GPC place at all: nothing ghgcheck can recompute.
    assert_eq!(covers("IV.1"), None);
    assert_eq!(covers("I.9"), None);
}

#[test]
fn subtotals_that_equal_their_rows_give_nothing() {
    let (records, totals) = consistent();
    assert_eq!(run(&Case::of(inventory(records, totals))), []);
}

#[test]
fn a_wrong_sub_sector_subtotal_is_found_at_its_cell_with_both_numbers() {
    let (records, mut totals) = consistent();
    totals[1].value = Some(150.0);
    let case =
        Case::of(inventory(records, totals)).cell(value(1), "Sheet1", "E3", "Total Emissions");
    let found = run(&case);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::TotalDiffersFromRecords);
    assert_eq!(found[0].message, "t002-total-differs-from-records");
    assert_eq!(at(&found[0]), Some(value(1)));
    assert_eq!(
        found[0].cell.as_ref().map(|c| c.a1()).as_deref(),
        Some("E3")
    );
    assert_eq!(
        found[0].args.pairs(),
        [
            "stated=150",
            "recomputed=120",
            "difference=30",
            "records=3",
            "cells=I.1.1 ×2, I.1.2",
            "total=I.1 Residential buildings",
        ]
    );
}

#[test]
fn the_total_tolerance_applies() {
    let (records, mut totals) = consistent();
    // 1120 ± 5.6 t (0.5 %).
    totals[0].value = Some(1125.0);
    let case = Case::of(inventory(records.clone(), totals.clone()));
    assert_eq!(run(&case), []);
    let mut strict = Case::of(inventory(records, totals));
    strict.options.total_tolerance_percent = 0.0;
    let found = run(&strict);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(at(&found[0]), Some(value(0)));
}

#[test]
fn without_rows_a_sector_subtotal_is_checked_against_its_sub_sector_subtotals() {
    let totals = vec![
        subtotal("I", "Stationary Energy", 100.0),
        subtotal("I.1", "Residential buildings", 60.0),
        subtotal("I.2", "Commercial and institutional buildings", 30.0),
        subtotal("II", "Transportation", 5.0),
    ];
    let case = Case::of(inventory(Vec::new(), totals.clone()));
    assert_eq!(case.run_inventory(t002), []);
    let found = case.run_inventory(parts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::SubtotalDiffersFromParts);
    assert_eq!(at(&found[0]), Some(value(0)));
    assert_eq!(
        found[0].args.pairs(),
        [
            "stated=100",
            "difference=10",
            "total=I Stationary Energy",
            "sum=90",
            "parts=2",
            "cells=I.1 Residential buildings, I.2 Commercial and institutional buildings",
        ]
    );
    // Agreeing parts, and a sector without sub-sector subtotals: nothing.
    let mut fixed = totals;
    fixed[0].value = Some(90.0);
    assert_eq!(
        Case::of(inventory(Vec::new(), fixed)).run_inventory(parts),
        []
    );
}

#[test]
fn a_sector_is_not_judged_by_its_rows_when_a_sub_sector_has_only_its_subtotal() {
    let (mut records, mut totals) = consistent();
    // I.3 is stated as 30 t with no rows below it: I (1150 t) is its rows
    // (1120 t) and I.3, which neither T002 nor T003 can sum alone.
    totals[0].value = Some(1150.0);
    totals.push(subtotal(
        "I.3",
        "Manufacturing industries and construction",
        30.0,
    ));
    assert_eq!(
        run(&Case::of(inventory(records.clone(), totals.clone()))),
        []
    );
    // A wrong sub-sector subtotal beside it is still found.
    totals[1].value = Some(150.0);
    let found = run(&Case::of(inventory(records.clone(), totals.clone())));
    assert_eq!(found.iter().map(at).collect::<Vec<_>>(), [Some(value(1))]);
    // With a row under I.3 the sector is judged by its rows again.
    totals[1].value = Some(120.0);
    records.push(rec("I.3.1", 30.0));
    assert_eq!(run(&Case::of(inventory(records, totals))), []);
}
