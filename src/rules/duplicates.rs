//! D001: the same record twice in one file: same GPC cell (or label), same
//! activity, same amounts (total, each gas, biogenic CO2, activity amount
//! and unit), same description and source of the activity data. Totals count every copy, so each repeat inflates them. Rows
//! holding only a notation key add nothing to a total and are not judged.

use std::collections::HashMap;

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::{EmissionRecord, Field, Gas, RecordField};

/// What makes two records the same: the cell and labels as written, and
/// every amount to the bit.
#[derive(PartialEq, Eq, Hash)]
struct Identity {
    cell: Option<String>,
    label: Option<String>,
    activity_label: Option<String>,
    notation_key: Option<String>,
    total: Option<u64>,
    gases: Vec<(Gas, Option<u64>, Option<u64>)>,
    biogenic_co2: Option<u64>,
    activity: Option<u64>,
    activity_unit: Option<String>,
    /// Two plants with the same figures are told apart by their
    /// description or source; a pasted copy repeats those too.
    activity_description: Option<String>,
    activity_source: Option<String>,
}

/// The identity of a record that carries a number, none for one that
/// carries none.
fn identity(record: &EmissionRecord) -> Option<Identity> {
    let bits = |v: Option<f64>| v.map(f64::to_bits);
    let gases: Vec<(Gas, Option<u64>, Option<u64>)> = record
        .gases
        .as_ref()
        .map(|g| {
            g.iter()
                .map(|(gas, a)| (gas, bits(a.tco2e), bits(a.mass_t)))
                .filter(|(_, t, m)| t.is_some() || m.is_some())
                .collect()
        })
        .unwrap_or_default();
    let activity = bits(record.activity.as_ref().and_then(|a| a.amount));
    let identity = Identity {
        cell: record.gpc().map(|c| c.as_str().to_owned()),
        label: record.label.clone(),
        activity_label: record.activity_label.clone(),
        notation_key: record.notation_key.map(|k| k.to_string()),
        total: bits(record.total),
        gases,
        biogenic_co2: bits(record.biogenic_co2),
        activity,
        activity_unit: record.activity_unit().map(str::to_owned),
        activity_description: record.activity.as_ref().and_then(|a| a.description.clone()),
        activity_source: record.activity.as_ref().and_then(|a| a.source.clone()),
    };
    let has_number = identity.total.is_some()
        || !identity.gases.is_empty()
        || identity.biogenic_co2.is_some()
        || identity.activity.is_some();
    has_number.then_some(identity)
}

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let records = ctx.inventory.records();
    // Identity -> (index of the first copy, number of copies).
    let mut seen: HashMap<Identity, (usize, usize)> = HashMap::new();
    let mut first_of: Vec<Option<usize>> = vec![None; records.len()];
    for (index, record) in records.iter().enumerate() {
        let Some(identity) = identity(record) else {
            continue;
        };
        let entry = seen.entry(identity).or_insert((index, 0));
        entry.1 += 1;
        if entry.0 != index {
            first_of[index] = Some(entry.0);
        }
    }
    let copies: HashMap<usize, usize> = seen.into_values().collect();
    for (index, first) in first_of.iter().enumerate() {
        let Some(first) = *first else {
            continue;
        };
        let record = &records[index];
        let times = copies.get(&first).copied().unwrap_or(2);
        let first_field = Field::Record(first, RecordField::Whole);
        let first_place = match ctx.locations.place_of(first_field) {
            Some(source) => source.cell.to_string(),
            None => first_field.pointer(),
        };
        let what = record
            .gpc()
            .map(|c| c.as_str().to_owned())
            .or_else(|| record.label.clone());
        let id = match (&what, &record.activity_label) {
            (Some(_), Some(_)) => "d001-duplicate-record",
            (Some(_), None) => "d001-duplicate-record-no-activity",
            (None, _) => "d001-duplicate-unnamed-record",
        };
        let field = Field::Record(index, RecordField::Whole);
        // The row's anchor cell holds its ref (or label) as written.
        let written = ctx.locations.place_of(field).and_then(|s| s.value.clone());
        let finding = ctx
            .finding(Code::DuplicateRecord, id, field)
            .value(written.or_else(|| what.clone()));
        let finding = match &what {
            Some(what) => finding.arg("cell", what.as_str()),
            None => finding,
        };
        let finding = match &record.activity_label {
            Some(activity) if what.is_some() => finding.arg("activity", activity.as_str()),
            _ => finding,
        };
        out.push(
            finding
                .arg("first", first_place)
                .arg("times", times)
                .help("d001-duplicate-record-help"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell, record_at, with_gases};
    use super::*;
    use crate::model::{NotationKey, StatedRef};

    /// The field a finding is about.
    fn about(finding: &Finding) -> Option<Field> {
        finding.pointer.as_deref().and_then(Field::from_pointer)
    }

    fn row(reference: &str, activity: &str, total: f64) -> EmissionRecord {
        let mut record = with_gases(Some(total), &[(Gas::Co2, total)]);
        record.gpc_ref = Some(StatedRef::Cell(cell(reference)));
        record.activity_label = Some(activity.to_owned());
        record
    }

    #[test]
    fn distinct_records_pass() {
        let case = Case::records(vec![
            row("I.1.1", "Natural gas", 100.0),
            row("I.1.1", "LPG", 100.0),
            row("I.1.2", "Natural gas", 100.0),
            row("I.1.1", "Natural gas", 100.5),
        ]);
        assert!(case.run_inventory(check).is_empty());
        // Two landfills with the same figures, told apart by their description.
        let site = |name: &str| {
            let mut record = row("III.1.1", "Landfill", 900.0);
            record.activity = Some(crate::model::Activity {
                description: Some(name.to_owned()),
                ..Default::default()
            });
            record
        };
        let sites = Case::records(vec![site("North landfill"), site("South landfill")]);
        assert!(sites.run_inventory(check).is_empty());
        // Keys alone inflate nothing.
        let key = EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell("I.2.1"))),
            notation_key: Some(NotationKey::NotEstimated),
            ..Default::default()
        };
        assert!(
            Case::records(vec![key.clone(), key])
                .run_inventory(check)
                .is_empty()
        );
    }

    #[test]
    fn each_repeat_names_the_first_copy() {
        let records = vec![
            row("I.1.1", "Natural gas", 100.0),
            row("II.1.1", "Diesel", 40.0),
            row("I.1.1", "Natural gas", 100.0),
            row("II.1.1", "Diesel", 40.0),
            row("I.1.1", "Natural gas", 100.0),
            row("II.1.1", "Diesel", 40.0),
        ];
        let case = Case::records(records)
            .cell(
                record_at(0, RecordField::Whole),
                "Emissions",
                "A2",
                "GPC ref",
            )
            .cell(
                record_at(2, RecordField::Whole),
                "Emissions",
                "A4",
                "GPC ref",
            );
        let found = case.run_inventory(check);
        assert_eq!(found.len(), 4);
        assert!(found.iter().all(|f| f.code == Code::DuplicateRecord));
        assert_eq!(found[0].message, "d001-duplicate-record");
        assert_eq!(found[0].cell.as_ref().unwrap().a1(), "A4");
        assert_eq!(
            found[0].args.pairs(),
            [
                "cell=I.1.1",
                "activity=Natural gas",
                "first=Emissions!A2",
                "times=3"
            ]
        );
        // Without cells, the first copy is named by its place in the document.
        assert_eq!(
            found[1].args.get("first").unwrap().to_string(),
            record_at(1, RecordField::Whole).pointer()
        );
        assert_eq!(about(&found[1]), Some(record_at(3, RecordField::Whole)));
        assert_eq!(about(&found[3]), Some(record_at(5, RecordField::Whole)));
    }
}
