//! C001: completeness. Every cell the declared GPC level requires (BASIC
//! when none is declared), or the profile's `required-level` when that is
//! higher, holds emissions or a notation key, whether the file has a blank
//! row for it or no row at all.
//!
//! A cell counts as filled by a record naming it with a number or a key,
//! or by a stated total that is that cell in a summary matrix (the eCRF_2
//! row "Waste > Solid waste disposal" under "outside the city boundary" is
//! III.1.2). Files without records (totals-only CDP rows) are not judged:
//! they have no place for cells.

use std::collections::BTreeSet;

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::gpc::Level;
use crate::model::source_map::Source;
use crate::model::{
    EmissionRecord, Field, GpcRef, RecordField, ReportedField, ReportingLevel, Scope,
};
use crate::normalize::sector::{LabelMatch, cell_for, resolve_label};

/// C001: a required GPC cell with neither emissions nor a notation key.
pub fn required_cells(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let records = ctx.inventory.records();
    if records.is_empty() {
        return;
    }
    // The higher of the level declared and the level the profile asks for
    // (`required-level`): a BASIC+ claim is held to BASIC+ under any profile.
    let declared = ctx.inventory.facts.gpc_level;
    let level = match (declared, ctx.options.required_level) {
        (Some(ReportingLevel::BasicPlus), _) | (_, Some(ReportingLevel::BasicPlus)) => {
            ReportingLevel::BasicPlus
        }
        _ => ReportingLevel::Basic,
    };
    let mut filled = filled_by_totals(ctx);
    for (index, record) in records.iter().enumerate() {
        if let Some(cell) = record.gpc()
            && has_content(ctx, index, record)
        {
            filled.insert(cell);
        }
    }
    let mut absent = Vec::new();
    for cell in GpcRef::all().filter(|c| required(*c, level)) {
        if filled.contains(&cell) {
            continue;
        }
        match blank_place(ctx, cell) {
            Some(finding) => out.push(described(finding, cell, level)),
            None => absent.push(cell),
        }
    }
    if let Some(finding) = not_in_file(ctx, &absent, level) {
        out.push(finding);
    }
    territorial_cells(ctx, &filled, out);
}

/// The territorial cells (I.4.4, III.x.3: scope 1 only) a stated scope-1
/// total covers: once a file states its scope-1 (territorial) total, each
/// of them needs emissions or a notation key too. The CRF's `Total
/// Emissions (excluding generation of grid-supplied energy)` leaves out
/// I.4.4.
fn territorial_cells(ctx: &RuleContext<'_>, filled: &BTreeSet<GpcRef>, out: &mut Vec<Finding>) {
    // A whole-inventory scope-1 total, read as `ReportedTotals` reads them.
    let whole: Vec<String> = ctx
        .inventory
        .reported_totals()
        .iter()
        .filter(|t| t.value.is_some() && t.whole_inventory_scope() == Some(Scope::One))
        .map(|t| t.label.as_deref().unwrap_or("").to_lowercase())
        .collect();
    if whole.is_empty() {
        return;
    }
    let excludes_generation = whole.iter().any(|l| l.contains("excluding generation"));
    let code = Code::RequiredCellEmpty;
    let mut absent = Vec::new();
    for cell in GpcRef::all().filter(|c| c.level() == Level::Territorial) {
        if filled.contains(&cell) || (excludes_generation && cell.as_str() == "I.4.4") {
            continue;
        }
        match blank_place(ctx, cell) {
            Some(finding) => out.push(
                Finding {
                    message: "c001-territorial-cell-blank",
                    ..finding
                }
                .arg("cell", cell.as_str())
                .arg("sub_sector", cell.cell().sub_sector.as_str())
                .help("c001-cell-blank-help"),
            ),
            None => absent.push(cell.as_str()),
        }
    }
    if absent.is_empty() {
        return;
    }
    let finding = match ctx.locations.next_record() {
        Some(place) => at_source(Finding::new(code, "c001-territorial-cells-no-row"), place),
        None => {
            Finding::new(code, "c001-territorial-cells-no-row").pointer(Field::Records.pointer())
        }
    };
    out.push(
        finding
            .arg("count", absent.len())
            .arg("cells", absent.join(", "))
            .help("c001-cells-no-record-help"),
    );
}

/// True when `level` asks for `cell`.
fn required(cell: GpcRef, level: ReportingLevel) -> bool {
    match cell.level() {
        Level::Basic => true,
        Level::BasicPlus => level == ReportingLevel::BasicPlus,
        Level::Territorial | Level::Other => false,
    }
}

/// True when a record holds something for its cell: a number (activity
/// data too: without emissions that is C002's finding), a notation key, or
/// a value that already has a finding of its own.
fn has_content(ctx: &RuleContext<'_>, index: usize, record: &EmissionRecord) -> bool {
    let gases = record.gases.as_ref().is_some_and(|g| {
        g.iter()
            .any(|(_, a)| a.tco2e.is_some() || a.mass_t.is_some())
    });
    let reported = [
        RecordField::Total,
        RecordField::NotationKey,
        RecordField::Gases,
        RecordField::ActivityAmount,
    ]
    .iter()
    .any(|&f| ctx.is_reported(Field::Record(index, f)));
    record.total.is_some()
        || gases
        || record.biogenic_co2.is_some()
        || record.notation_key.is_some()
        || record.activity.as_ref().is_some_and(|a| a.amount.is_some())
        || reported
}

/// The cells that stated totals fill: each summary-matrix total with a value
/// or a key, read as its sub-sector in its scope. The eCRF template writes
/// waste outside the city (III.x.2) under "indirect" as well as under
/// "outside the city boundary"; both count.
fn filled_by_totals(ctx: &RuleContext<'_>) -> BTreeSet<GpcRef> {
    let mut filled = BTreeSet::new();
    for (index, total) in ctx.inventory.reported_totals().iter().enumerate() {
        let stated = total.value.is_some()
            || total.notation_key.is_some()
            || ctx.is_reported(Field::ReportedTotal(index, ReportedField::Value))
            || ctx.is_reported(Field::ReportedTotal(index, ReportedField::NotationKey));
        let (Some(label), Some(scope)) = (total.label.as_deref(), total.scope) else {
            continue;
        };
        if !stated {
            continue;
        }
        let subs: Vec<&'static str> = match resolve_label(None, label) {
            LabelMatch::SubSector(sub) => vec![sub],
            LabelMatch::Combined(subs) => subs.to_vec(),
            _ => continue,
        };
        for sub in subs {
            let mut cells = vec![cell_for(sub, scope.number())];
            if sub.starts_with("III.") && scope == Scope::Two {
                cells.push(cell_for(sub, 3));
            }
            filled.extend(cells.into_iter().flatten().filter_map(GpcRef::parse));
        }
    }
    filled
}

/// The finding for a required cell left blank where the file has a place
/// for it: the blank record that names it, or the place the layout noted
/// (a pre-filled template row, an eCRF_2 cell). `None` when the file has
/// no place for the cell.
fn blank_place(ctx: &RuleContext<'_>, cell: GpcRef) -> Option<Finding> {
    let code = Code::RequiredCellEmpty;
    let blank_record = ctx
        .inventory
        .records()
        .iter()
        .position(|r| r.gpc() == Some(cell));
    if let Some(index) = blank_record {
        let field = Field::Record(index, RecordField::Total);
        return Some(ctx.finding(code, "c001-cell-blank", field));
    }
    let place = ctx.locations.gpc_place(cell.as_str())?;
    Some(at_source(Finding::new(code, "c001-cell-blank"), place))
}

/// The level arguments and the cell's name.
fn described(finding: Finding, cell: GpcRef, level: ReportingLevel) -> Finding {
    let gpc = cell.cell();
    with_level(finding, level)
        .arg("cell_level", level_name(cell.level()))
        .arg("cell", cell.as_str())
        .arg("sub_sector", gpc.sub_sector.as_str())
        .arg("scope", u32::from(gpc.scope))
        .help("c001-cell-blank-help")
}

fn with_level(finding: Finding, level: ReportingLevel) -> Finding {
    let name = match level {
        ReportingLevel::Basic => "BASIC",
        ReportingLevel::BasicPlus => "BASIC+",
    };
    finding.arg("level", name)
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Basic => "BASIC",
        _ => "BASIC+",
    }
}

/// One finding for the required cells the file has no row for, where a new
/// record would go (or at no cell): they share one place, so one finding
/// names them all.
fn not_in_file(ctx: &RuleContext<'_>, absent: &[GpcRef], level: ReportingLevel) -> Option<Finding> {
    let code = Code::RequiredCellEmpty;
    let (first, rest) = absent.split_first()?;
    let place = ctx.locations.next_record();
    let finding = match (rest.is_empty(), place) {
        (true, Some(place)) => at_source(Finding::new(code, "c001-cell-no-row"), place),
        (true, None) => Finding::new(code, "c001-cell-no-record").pointer(Field::Records.pointer()),
        (false, Some(place)) => at_source(Finding::new(code, "c001-cells-no-row"), place),
        (false, None) => {
            Finding::new(code, "c001-cells-no-record").pointer(Field::Records.pointer())
        }
    };
    if rest.is_empty() {
        let help = match place {
            Some(_) => "c001-cell-no-row-help",
            None => "c001-cell-no-record-help",
        };
        return Some(described(finding, *first, level).help(help));
    }
    let cells: Vec<&str> = absent.iter().map(|c| c.as_str()).collect();
    let help = match place {
        Some(_) => "c001-cells-no-row-help",
        None => "c001-cells-no-record-help",
    };
    Some(
        with_level(finding, level)
            .arg("count", absent.len())
            .arg("cells", cells.join(", "))
            .help(help),
    )
}

/// A finding at a place the layout noted, with the emissions list as its
/// field in the document.
fn at_source(finding: Finding, place: &Source) -> Finding {
    finding
        .at(Some(place.cell.clone()))
        .field(Some(place.field.clone()))
        .pointer(Field::Records.pointer())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell, record_at};
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::{Inventory, NotationKey, ReportedTotal, StatedRef};

    /// A record for `reference` with a total.
    fn valued(reference: &str, total: f64) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(reference))),
            total: Some(total),
            ..Default::default()
        }
    }

    /// A record for `reference` with a notation key.
    fn keyed(reference: &str) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(reference))),
            notation_key: Some(NotationKey::NotOccurring),
            notation_explanation: Some("none".to_owned()),
            ..Default::default()
        }
    }

    /// Records filling every BASIC cell but those in `except`.
    fn basic_but(except: &[&str]) -> Vec<EmissionRecord> {
        GpcRef::all()
            .filter(|c| c.level() == Level::Basic && !except.contains(&c.as_str()))
            .map(|c| keyed(c.as_str()))
            .collect()
    }

    /// The field a finding is about.
    fn about(finding: &Finding) -> Option<Field> {
        finding.pointer.as_deref().and_then(Field::from_pointer)
    }

    fn cells_of(found: &[Finding]) -> Vec<String> {
        found
            .iter()
            .map(|f| f.args.get("cell").unwrap().to_string())
            .collect()
    }

    #[test]
    fn a_complete_basic_inventory_passes_and_totals_only_files_are_not_judged() {
        let case = Case::records(basic_but(&[]));
        assert!(case.run_inventory(required_cells).is_empty());
        // BASIC+ cells are not required at BASIC.
        assert!(case.inventory.facts.gpc_level.is_none());
        let totals_only = Case::of(Inventory {
            reported_totals: Some(vec![ReportedTotal {
                label: Some("TOTAL Scope 1".to_owned()),
                value: Some(5.0),
                ..Default::default()
            }]),
            ..Default::default()
        });
        assert!(totals_only.run_inventory(required_cells).is_empty());
    }

    #[test]
    fn a_missing_cell_is_reported_where_it_would_go() {
        let mut records = basic_but(&["I.1.2", "III.2.2", "II.1.1"]);
        // II.1.1 has a row, blank.
        records.push(EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell("II.1.1"))),
            activity_label: Some("Gasoline".to_owned()),
            ..Default::default()
        });
        let blank = records.len() - 1;
        let place = Source {
            cell: CellRef::new(Some("Emissions"), 20, 13),
            field: "Total (tCO2e)".to_owned(),
            value: None,
        };
        let next = Source {
            cell: CellRef::new(Some("Emissions"), 60, 0),
            field: "GPC ref".to_owned(),
            value: None,
        };
        let mut case = Case::records(records).cell(
            record_at(blank, RecordField::Total),
            "Emissions",
            "N9",
            "Total (tCO2e)",
        );
        case.locations.note_gpc_place("I.1.2", place);
        case.locations.set_next_record(next);
        let found = case.run_inventory(required_cells);
        assert_eq!(cells_of(&found), ["I.1.2", "II.1.1", "III.2.2"]);
        let a1: Vec<String> = found
            .iter()
            .map(|f| f.cell.as_ref().unwrap().a1())
            .collect();
        assert_eq!(a1, ["N21", "N9", "A61"]);
        assert_eq!(found[0].message, "c001-cell-blank");
        assert_eq!(
            found[0].args.pairs(),
            [
                "level=BASIC",
                "cell_level=BASIC",
                "cell=I.1.2",
                "sub_sector=Residential buildings",
                "scope=2"
            ]
        );
        assert_eq!(found[1].message, "c001-cell-blank");
        assert_eq!(about(&found[1]), Some(record_at(blank, RecordField::Total)));
        assert_eq!(found[2].message, "c001-cell-no-row");
        assert_eq!(found[2].field.as_deref(), Some("GPC ref"));
    }

    #[test]
    fn without_a_place_the_finding_names_the_cell_alone() {
        let found = Case::records(basic_but(&["I.4.1"])).run_inventory(required_cells);
        assert_eq!(cells_of(&found), ["I.4.1"]);
        assert_eq!(found[0].message, "c001-cell-no-record");
        assert_eq!(found[0].cell, None);
        assert_eq!(about(&found[0]), Some(Field::Records));
    }

    #[test]
    fn a_basic_plus_profile_asks_a_basic_inventory_for_basic_plus_cells() {
        let mut case = Case::records(basic_but(&[]));
        case.inventory.facts.gpc_level = Some(ReportingLevel::Basic);
        assert!(case.run_inventory(required_cells).is_empty());
        case.options.required_level = Some(ReportingLevel::BasicPlus);
        let found = case.run_inventory(required_cells);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].args.get("count"),
            Some(&crate::diagnostic::Arg::from(15usize))
        );
        // A BASIC profile does not lower a BASIC+ claim.
        case.options.required_level = Some(ReportingLevel::Basic);
        case.inventory.facts.gpc_level = Some(ReportingLevel::BasicPlus);
        assert_eq!(case.run_inventory(required_cells).len(), 1);
    }

    #[test]
    fn a_stated_scope_one_total_asks_for_the_territorial_cells() {
        let total = |label: &str| crate::model::ReportedTotal {
            label: Some(label.to_owned()),
            scope: Some(Scope::One),
            value: Some(100.0),
            ..Default::default()
        };
        let mut records = basic_but(&[]);
        records.push(EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(GpcRef::parse("III.2.3").unwrap())),
            ..Default::default()
        });
        let mut case = Case::records(records);
        assert!(case.run_inventory(required_cells).is_empty());
        case.inventory.reported_totals = Some(vec![total("Scope 1")]);
        let found = case.run_inventory(required_cells);
        let got: Vec<(&str, String)> = found
            .iter()
            .map(|f| {
                (
                    f.message,
                    f.args
                        .get("cells")
                        .or(f.args.get("cell"))
                        .unwrap()
                        .to_string(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("c001-territorial-cell-blank", "III.2.3".to_owned()),
                (
                    "c001-territorial-cells-no-row",
                    "I.4.4, III.1.3, III.3.3, III.4.3".to_owned()
                ),
            ]
        );
        // The CRF's grand total leaves out the generation of grid energy.
        case.inventory.reported_totals = Some(vec![total(
            "Total Emissions (excluding generation of grid-supplied energy)",
        )]);
        let found = case.run_inventory(required_cells);
        assert_eq!(
            found[1].args.get("cells").unwrap().to_string(),
            "III.1.3, III.3.3, III.4.3"
        );
        // A sector's scope-1 total is not the territorial total.
        let mut sector = total("Stationary energy > Residential buildings");
        sector.sector = Some("Stationary energy".to_owned());
        case.inventory.reported_totals = Some(vec![sector]);
        assert!(case.run_inventory(required_cells).is_empty());
    }

    #[test]
    fn cells_without_a_row_share_one_finding() {
        let mut case = Case::records(basic_but(&[]));
        case.inventory.facts.gpc_level = Some(ReportingLevel::BasicPlus);
        let found = case.run_inventory(required_cells);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "c001-cells-no-record");
        assert_eq!(found[0].help, Some("c001-cells-no-record-help"));
        assert_eq!(
            found[0].args.pairs(),
            [
                "level=BASIC+",
                "count=15",
                "cells=I.1.3, I.2.3, I.3.3, I.4.3, I.5.3, I.6.3, II.1.3, II.2.3, II.3.3, \
                 II.4.3, IV.1, IV.2, V.1, V.2, V.3"
            ]
        );
        let next = Source {
            cell: CellRef::new(Some("eCRF_3"), 35, 1),
            field: "GPC ref. no.".to_owned(),
            value: None,
        };
        let mut case = Case::records(basic_but(&["I.4.1", "I.6.2"]));
        case.locations.set_next_record(next);
        let found = case.run_inventory(required_cells);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "c001-cells-no-row");
        assert_eq!(found[0].cell.as_ref().unwrap().to_string(), "eCRF_3!B36");
        assert_eq!(
            found[0].args.get("cells").unwrap().to_string(),
            "I.4.1, I.6.2"
        );
    }

    #[test]
    fn summary_totals_fill_their_cells() {
        let mut records = basic_but(&["I.1.2", "III.1.2", "III.2.2", "I.7.1", "I.8.1"]);
        records.push(valued("I.1.1", 10.0));
        let total = |label: &str, scope: Scope, key: bool| ReportedTotal {
            label: Some(label.to_owned()),
            scope: Some(scope),
            value: (!key).then_some(3.0),
            notation_key: key.then_some(NotationKey::NotEstimated),
            ..Default::default()
        };
        let case = Case::of(Inventory {
            emissions: Some(records),
            reported_totals: Some(vec![
                total(
                    "Stationary energy > Residential buildings",
                    Scope::Two,
                    true,
                ),
                // The eCRF template's column for waste outside the city.
                total("Waste > Solid waste disposal", Scope::Two, false),
                total("Stationary energy > Fugitive emissions", Scope::One, true),
                // A total row fills no cell.
                total("Total Waste", Scope::Three, false),
            ]),
            ..Default::default()
        });
        assert_eq!(cells_of(&case.run_inventory(required_cells)), ["III.2.2"]);
    }

    #[test]
    fn a_cell_whose_key_already_has_a_finding_is_not_reported_again() {
        let mut records = basic_but(&["I.3.1"]);
        records.push(EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell("I.3.1"))),
            ..Default::default()
        });
        let index = records.len() - 1;
        let case = Case::records(records).reported(record_at(index, RecordField::NotationKey));
        assert!(case.run_inventory(required_cells).is_empty());
    }
}
