use super::covers::{Covers, Figure};
use super::{basic_plus, basic_scopes, parts, records as t002};
use crate::diagnostic::{Code, Finding};
use crate::model::vocab::Framework;
use crate::model::{
    EmissionRecord, Field, Inventory, NotationKey, ReportedField, ReportedTotal, Scope, StatedRef,
};
use crate::rules::testing::{Case, cell};

const COLUMNS: [&str; 3] = [
    "Direct emissions",
    "Indirect emissions from the use of grid-supplied energy",
    "Emissions occurring outside the city boundary",
];

/// An eCRF_2 cell: row label, column (scope), and a value or a key.
fn crf(label: &str, scope: u8, value: Option<f64>, key: Option<NotationKey>) -> ReportedTotal {
    ReportedTotal {
        framework: Some(Framework::Crf),
        label: Some(label.to_owned()),
        sector: Some(label.split('>').next().unwrap().trim().to_owned()),
        scope: Scope::from_number(i64::from(scope)),
        column: Some(COLUMNS[usize::from(scope) - 1].to_owned()),
        value,
        notation_key: key,
        unit: Some("tCO2e".to_owned()),
        ..Default::default()
    }
}

fn num(label: &str, scope: u8, value: f64) -> ReportedTotal {
    crf(label, scope, Some(value), None)
}

/// A GPC total as a CDP row or a table states it.
fn gpc(label: &str, scope: Option<u8>, value: f64) -> ReportedTotal {
    ReportedTotal {
        framework: Some(Framework::Gpc),
        label: Some(label.to_owned()),
        scope: scope.and_then(|s| Scope::from_number(i64::from(s))),
        value: Some(value),
        ..Default::default()
    }
}

/// A record of a GPC cell with a total.
pub(super) fn rec(reference: &str, total: f64) -> EmissionRecord {
    EmissionRecord {
        gpc_ref: Some(StatedRef::Cell(cell(reference))),
        total: Some(total),
        ..Default::default()
    }
}

fn keyed(reference: &str, key: NotationKey) -> EmissionRecord {
    EmissionRecord {
        gpc_ref: Some(StatedRef::Cell(cell(reference))),
        notation_key: Some(key),
        ..Default::default()
    }
}

pub(super) fn inventory(records: Vec<EmissionRecord>, totals: Vec<ReportedTotal>) -> Inventory {
    Inventory {
        emissions: (!records.is_empty()).then_some(records),
        reported_totals: Some(totals),
        ..Default::default()
    }
}

/// The value cell of stated total `index`.
fn value(index: usize) -> Field {
    Field::ReportedTotal(index, ReportedField::Value)
}

/// The field a finding is about.
fn at(finding: &Finding) -> Option<Field> {
    finding.pointer.as_deref().and_then(Field::from_pointer)
}

fn args(finding: &Finding) -> Vec<String> {
    finding.args.pairs()
}

const RESIDENTIAL: &str = "Stationary energy > Residential buildings";
const COMMERCIAL: &str = "Stationary energy > Commercial buildings & facilities";
const INSTITUTIONAL: &str = "Stationary energy > Institutional buildings & facilities";
const STATIONARY: &str = "Total Stationary Energy";
const GRAND: &str = "Total Emissions (excluding generation of grid-supplied energy)";

/// A consistent eCRF: residential 100 (two records) + 20 indirect, on-road
/// 50, landfill 30 (III.1.1) + 5 from outside (III.1.3), generation 1000.
fn consistent() -> (Vec<EmissionRecord>, Vec<ReportedTotal>) {
    let records = vec![
        rec("I.1.1", 60.0),
        rec("I.1.1", 40.0),
        rec("I.1.2", 20.0),
        keyed("I.2.1", NotationKey::NotEstimated),
        rec("II.1.1", 50.0),
        rec("III.1.1", 30.0),
        rec("III.1.3", 5.0),
        rec("I.4.4", 1000.0),
    ];
    let totals = vec![
        num(RESIDENTIAL, 1, 100.0),
        num(RESIDENTIAL, 2, 20.0),
        crf(COMMERCIAL, 1, None, Some(NotationKey::NotEstimated)),
        crf(INSTITUTIONAL, 1, None, Some(NotationKey::IncludedElsewhere)),
        num(STATIONARY, 1, 100.0),
        num(STATIONARY, 2, 20.0),
        num("Transportation > On-road", 1, 50.0),
        num("Waste > Solid waste disposal", 1, 35.0),
        num("Total Waste", 1, 35.0),
        num(
            "Generation of grid-supplied energy > Electricity-only generation",
            1,
            1000.0,
        ),
        num("Total Generation of grid-supplied energy", 1, 1000.0),
        num(GRAND, 1, 185.0),
        num(GRAND, 2, 20.0),
    ];
    (records, totals)
}

fn run_all(inventory: Inventory) -> Vec<Finding> {
    let case = Case::of(inventory);
    let mut found = case.run_inventory(t002);
    found.extend(case.run_inventory(parts));
    found.extend(case.run_inventory(basic_plus));
    found.extend(case.run_inventory(basic_scopes));
    found
}

#[test]
fn the_ecrf_2_labels_are_read_as_the_ecrf_sums_them() {
    let covers = |label: &str, scope: u8| Covers::of(&num(label, scope, 1.0));
    let row = |subs: &[&'static str], scope, institutional| {
        Some(Covers::CrfRow {
            subs: subs.to_vec(),
            scope,
            institutional,
        })
    };
    assert_eq!(covers(RESIDENTIAL, 1), row(&["I.1"], 1, None));
    assert_eq!(covers(COMMERCIAL, 2), row(&["I.2"], 2, Some(false)));
    assert_eq!(covers(INSTITUTIONAL, 3), row(&["I.2"], 3, Some(true)));
    assert_eq!(
        covers("Stationary energy > Fugitive emissions", 1),
        row(&["I.7", "I.8"], 1, None)
    );
    assert_eq!(
        covers("Stationary energy > Agriculture", 1),
        row(&["I.5"], 1, None)
    );
    assert_eq!(covers("IPPU > Produce Use", 1), row(&["IV.2"], 1, None));
    assert_eq!(covers("AFOLU > Other AFOLU", 1), row(&["V.3"], 1, None));
    assert_eq!(
        covers("Waste > Incineration and open burning", 3),
        row(&["III.3"], 3, None)
    );
    assert_eq!(
        covers("Generation of grid-supplied energy > CHP generation", 1),
        Some(Covers::GenerationRow { scope: 1 })
    );
    assert_eq!(
        covers(
            "Generation of grid-supplied energy > Local renewable generation",
            3
        ),
        Some(Covers::GenerationRow { scope: 3 })
    );
    assert_eq!(
        covers("Total IPPU", 1),
        Some(Covers::Sector {
            sector: "IV",
            scope: 1,
            crf: true
        })
    );
    assert_eq!(covers(GRAND, 2), Some(Covers::Inventory { scope: 2 }));
    assert_eq!(
        covers("Total Generation of grid-supplied energy", 1),
        Some(Covers::Generation { scope: 1 })
    );
    let cdp = |label: &str, scope| Covers::of(&gpc(label, scope, 1.0));
    assert_eq!(cdp("Total BASIC+ emissions", None), Some(Covers::BasicPlus));
    assert_eq!(cdp("Total BASIC emissions", None), Some(Covers::Basic));
    assert_eq!(
        cdp("Total Scope 2 emissions", Some(2)),
        Some(Covers::Scope {
            scope: 2,
            excluding_generation: false
        })
    );
    assert_eq!(cdp("Total city-wide emissions", None), None);
    let ne = crf(COMMERCIAL, 1, None, Some(NotationKey::NotEstimated));
    assert_eq!(
        Figure::of(&ne),
        Some(Figure::Key(NotationKey::NotEstimated))
    );
}

#[test]
fn a_consistent_ecrf_gives_nothing() {
    let (records, totals) = consistent();
    assert_eq!(run_all(inventory(records, totals)), []);
}

#[test]
fn a_changed_grand_total_is_found_at_its_cell_with_its_records() {
    let (records, mut totals) = consistent();
    let grand = totals.len() - 2;
    totals[grand].value = Some(99_999_999.0);
    let case = Case::of(inventory(records, totals)).cell(value(grand), "eCRF_2", "B34", GRAND);
    let found = case.run_inventory(t002);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::TotalDiffersFromRecords);
    assert_eq!(found[0].message, "t002-total-differs-from-records");
    assert_eq!(
        found[0].cell.as_ref().map(|c| c.a1()).as_deref(),
        Some("B34")
    );
    assert_eq!(
        args(&found[0]),
        [
            "stated=99999999",
            "recomputed=185",
            "difference=99999814",
            "records=5",
            "cells=I.1.1 ×2, II.1.1, III.1.1, III.1.3",
            "total=Total Emissions (excluding generation of grid-supplied energy), Direct emissions",
        ]
    );
    // The stated parts of the grand total disagree too, but the records
    // tell which figure is wrong: no T003.
    assert_eq!(case.run_inventory(parts), []);
}

#[test]
fn a_wrong_row_is_found_at_the_row_and_not_again_at_its_totals() {
    let (records, mut totals) = consistent();
    totals[0].value = Some(1000.0);
    let found = run_all(inventory(records, totals));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(at(&found[0]), Some(value(0)));
    assert_eq!(found[0].args.get("recomputed").unwrap().to_string(), "100");
}

#[test]
fn differences_within_the_tolerance_pass() {
    let (records, mut totals) = consistent();
    totals[0].value = Some(100.9);
    totals[11].value = Some(185.9);
    assert_eq!(run_all(inventory(records, totals)), []);
}

#[test]
fn a_file_with_only_totals_is_not_compared_with_records() {
    let (_, mut totals) = consistent();
    totals[0].value = Some(5.0);
    let found = Case::of(inventory(Vec::new(), totals)).run_inventory(t002);
    assert_eq!(found, []);
}

#[test]
fn institutional_buildings_are_i_2_with_commercial() {
    let mut institutional = rec("I.2.1", 7.0);
    institutional.sub_sector = Some("Institutional buildings & facilities".to_owned());
    let commercial = rec("I.2.1", 3.0);
    // Institutional IE, commercial holding the whole of I.2 (CityCatalyst).
    let whole = vec![
        num(COMMERCIAL, 1, 10.0),
        crf(INSTITUTIONAL, 1, None, Some(NotationKey::IncludedElsewhere)),
    ];
    let both = vec![institutional.clone(), commercial.clone()];
    assert_eq!(run_all(inventory(both.clone(), whole)), []);
    // Each row its own records.
    let split = vec![num(COMMERCIAL, 1, 3.0), num(INSTITUTIONAL, 1, 7.0)];
    assert_eq!(run_all(inventory(both.clone(), split)), []);
    // Split otherwise than the labels, but adding up.
    let other = vec![num(COMMERCIAL, 1, 4.0), num(INSTITUTIONAL, 1, 6.0)];
    assert_eq!(
        Case::of(inventory(both.clone(), other)).run_inventory(t002),
        []
    );
    let wrong = vec![num(COMMERCIAL, 1, 30.0), num(INSTITUTIONAL, 1, 7.0)];
    let found = Case::of(inventory(both, wrong)).run_inventory(t002);
    assert_eq!(found.len(), 1);
    assert_eq!(at(&found[0]), Some(value(0)));
}

#[test]
fn waste_columns_follow_the_gpc_or_the_citycatalyst_template() {
    let landfill = "Waste > Solid waste disposal";
    let records = vec![
        rec("III.1.1", 30.0),
        rec("III.1.2", 8.0),
        rec("III.1.3", 5.0),
    ];
    let gpc_columns = vec![num(landfill, 1, 35.0), num(landfill, 3, 8.0)];
    assert_eq!(run_all(inventory(records.clone(), gpc_columns)), []);
    let template = vec![
        num(landfill, 1, 30.0),
        num(landfill, 2, 8.0),
        num(landfill, 3, 5.0),
    ];
    assert_eq!(run_all(inventory(records.clone(), template)), []);
    let found = run_all(inventory(records, vec![num(landfill, 3, 13.0)]));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].args.get("cells").unwrap().to_string(), "III.1.2");
}

#[test]
fn a_row_whose_ref_and_labels_disagree_may_be_counted_either_way() {
    let mut electricity = rec("I.1.1", 20.0);
    electricity.implied_gpc_ref = Some(StatedRef::Cell(cell("I.1.2")));
    let records = vec![rec("I.1.1", 100.0), electricity];
    let by_labels = vec![num(RESIDENTIAL, 1, 100.0), num(RESIDENTIAL, 2, 20.0)];
    assert_eq!(run_all(inventory(records.clone(), by_labels)), []);
    let by_ref = vec![num(RESIDENTIAL, 1, 120.0)];
    assert_eq!(run_all(inventory(records, by_ref)), []);
}

#[test]
fn energy_industries_and_non_specified_sources_may_be_in_crf_totals() {
    let records = vec![rec("I.1.1", 100.0), rec("I.6.1", 7.0), rec("VI.1", 3.0)];
    for stationary in [100.0, 107.0] {
        let totals = vec![
            num(RESIDENTIAL, 1, 100.0),
            num(STATIONARY, 1, stationary),
            num(GRAND, 1, stationary),
        ];
        assert_eq!(run_all(inventory(records.clone(), totals)), []);
    }
    let found = run_all(inventory(records, vec![num(STATIONARY, 1, 103.0)]));
    assert_eq!(found.len(), 1);
}

#[test]
fn keys_and_amounts_that_contradict_each_other() {
    // NE in eCRF_2 while eCRF_3 holds 20 t.
    let records = vec![
        rec("I.1.2", 20.0),
        keyed("I.1.1", NotationKey::NotEstimated),
    ];
    let totals = vec![
        crf(RESIDENTIAL, 2, None, Some(NotationKey::NotEstimated)),
        num(RESIDENTIAL, 1, 12.0),
    ];
    let case = Case::of(inventory(records, totals));
    let found = case.run_inventory(t002);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].message, "t002-key-but-records-hold-amounts");
    assert_eq!(
        at(&found[0]),
        Some(Field::ReportedTotal(0, ReportedField::NotationKey))
    );
    assert_eq!(found[1].message, "t002-total-but-records-state-keys");
    assert_eq!(args(&found[1])[..2], ["stated=12", "records=1"]);
}

#[test]
fn a_subtotal_of_a_summary_only_file_is_checked_against_its_rows() {
    let totals = vec![
        num(RESIDENTIAL, 1, 100.0),
        crf(COMMERCIAL, 1, None, Some(NotationKey::NotEstimated)),
        num("Stationary energy > Agriculture", 1, 20.0),
        num(STATIONARY, 1, 150.0),
        num(GRAND, 1, 150.0),
    ];
    let case = Case::of(inventory(Vec::new(), totals))
        .cell(value(0), "eCRF_2", "B4", RESIDENTIAL)
        .cell(
            Field::ReportedTotal(1, ReportedField::NotationKey),
            "eCRF_2",
            "C5",
            COMMERCIAL,
        )
        .cell(value(2), "eCRF_2", "B8", "Agriculture")
        .cell(value(3), "eCRF_2", "B10", STATIONARY);
    let found = case.run_inventory(parts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::SubtotalDiffersFromParts);
    assert_eq!(
        found[0].cell.as_ref().map(|c| c.a1()).as_deref(),
        Some("B10")
    );
    assert_eq!(
        args(&found[0]),
        [
            "stated=150",
            "difference=30",
            "total=Total Stationary Energy, Direct emissions",
            "sum=120",
            "parts=3",
            "cells=B4, C5, B8",
        ]
    );
    // The grand total equals the stationary total it is made of.
    let mut fixed = case.inventory.clone();
    fixed.reported_totals.as_mut().unwrap()[3].value = Some(120.0);
    fixed.reported_totals.as_mut().unwrap()[4].value = Some(120.0);
    assert_eq!(Case::of(fixed).run_inventory(parts), []);
}

#[test]
fn basic_plus_below_basic() {
    let zero = inventory(
        Vec::new(),
        vec![
            gpc("Total BASIC emissions", None, 4_814_594.0),
            gpc("Total BASIC+ emissions", None, 0.0),
        ],
    );
    let found = Case::of(zero).run_inventory(basic_plus);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::BasicPlusBelowBasic);
    assert_eq!(found[0].message, "t004-basic-plus-zero");
    assert_eq!(at(&found[0]), Some(value(1)));
    let below = vec![
        gpc("Total BASIC emissions", None, 3_091_346.0),
        gpc("Total BASIC+ emissions", None, 281_078.0),
    ];
    let found = Case::of(inventory(Vec::new(), below)).run_inventory(basic_plus);
    assert_eq!(found[0].message, "t004-basic-plus-below-basic");
    assert_eq!(args(&found[0])[2], "difference=2810268");
    let fine = vec![
        gpc("Total BASIC emissions", None, 100.0),
        gpc("Total BASIC+ emissions", None, 100.4),
    ];
    assert_eq!(
        Case::of(inventory(Vec::new(), fine)).run_inventory(basic_plus),
        []
    );
    // Records showing land removals larger than the BASIC+ sources.
    let sink = vec![rec("I.1.1", 100.0), rec("V.2", -50.0)];
    let stated = vec![
        gpc("Total BASIC emissions", None, 100.0),
        gpc("Total BASIC+ emissions", None, 50.0),
    ];
    assert_eq!(run_all(inventory(sink, stated)), []);
}

#[test]
fn basic_above_the_scopes() {
    let totals = |basic: f64| {
        vec![
            gpc("Total Scope 1 emissions", Some(1), 383_625.0),
            gpc("Total Scope 2 emissions", Some(2), 789_569.0),
            gpc("Total Scope 3 emissions", Some(3), 21_146.7),
            gpc("Total BASIC emissions", None, basic),
        ]
    };
    let found = Case::of(inventory(Vec::new(), totals(1_484_767.0))).run_inventory(basic_scopes);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::BasicAboveScopes);
    assert_eq!(at(&found[0]), Some(value(3)));
    assert_eq!(args(&found[0])[..2], ["basic=1484767", "scopes=1194340.7"]);
    let fine = Case::of(inventory(Vec::new(), totals(1_194_340.7)));
    assert_eq!(fine.run_inventory(basic_scopes), []);
    // Without a scope-3 total there is nothing to compare.
    let mut two = totals(1_484_767.0);
    two.remove(2);
    assert_eq!(
        Case::of(inventory(Vec::new(), two)).run_inventory(basic_scopes),
        []
    );
}

#[test]
fn gpc_totals_are_compared_with_the_records() {
    let records = vec![rec("I.1.1", 100.0), rec("I.1.3", 10.0), rec("IV.1", 5.0)];
    let stated = |basic, plus, s1| {
        vec![
            gpc("Total BASIC emissions", None, basic),
            gpc("Total BASIC+ emissions", None, plus),
            gpc("Total Scope 1 emissions", Some(1), s1),
        ]
    };
    assert_eq!(
        run_all(inventory(records.clone(), stated(100.0, 115.0, 105.0))),
        []
    );
    let found = run_all(inventory(records, stated(130.0, 115.0, 105.0)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::TotalDiffersFromRecords);
    assert_eq!(at(&found[0]), Some(value(0)));
}

#[test]
fn a_basic_that_counts_energy_generation_or_biogenic_co2_says_so() {
    let records = vec![
        rec("I.1.1", 100.0),
        rec("II.1.1", 50.0),
        rec("I.4.4", 400.0),
    ];
    let with_generation = inventory(records.clone(), vec![gpc("BASIC", None, 550.0)]);
    let found = Case::of(with_generation).run_inventory(t002);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].help, Some("t002-counts-energy-generation-help"));
    assert_eq!(found[0].args.get("counted").unwrap().to_string(), "400");

    let mut biogenic = records.clone();
    biogenic[0].biogenic_co2 = Some(30.0);
    let with_biogenic = inventory(biogenic, vec![gpc("BASIC", None, 180.0)]);
    let found = Case::of(with_biogenic).run_inventory(t002);
    assert_eq!(found[0].help, Some("t002-counts-biogenic-co2-help"));

    let other = inventory(records, vec![gpc("BASIC", None, 260.0)]);
    let found = Case::of(other).run_inventory(t002);
    assert_eq!(found[0].help, Some("t002-total-differs-from-records-help"));
}
