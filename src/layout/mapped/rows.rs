//! The `inventory-rows` shape: each data row is one inventory, its facts
//! and reported totals side by side (CDP open data's city-wide emissions).
//! Rows that say they hold no inventory are left out, with one info
//! finding for them all.

use serde_json::{Value, json};

use super::spec::{Fact, Mapping, ReadAs, TotalSpec};
use super::wide;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::Kind;
use crate::model::document::set_at;
use crate::normalize::clean::{self, DecimalMark};
use crate::read::Sheet;

pub(super) fn extract(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    mark: DecimalMark,
) -> (Vec<Extraction>, Vec<Finding>) {
    let mut inventories = Vec::new();
    let mut findings = Vec::new();
    let ref_columns = if mapping.table.gpc_ref_columns {
        wide::all_ref_columns(sheet, header)
    } else {
        Vec::new()
    };
    for row in inventory_rows(mapping, sheet, header, &mut findings) {
        let mut out = Extraction::reading(mark);
        // An inventory without totals is told to fill its row's first total.
        let first_total = mapping
            .totals
            .iter()
            .find_map(|t| column(header, sheet, row, &t.columns));
        if let Some((col, name)) = first_total {
            out.anchor("/emissions", sheet, row, col, &name);
        }
        for fact in &mapping.facts {
            read_fact(&mut out, sheet, header, row, fact);
        }
        for total in &mapping.totals {
            read_total(&mut out, sheet, header, row, total);
        }
        wide::read_records(mapping, &mut out, sheet, row, &ref_columns);
        inventories.push(out);
    }
    (inventories, findings)
}

/// The first of the spellings present in the header whose cell in `row` is
/// not blank, else the first present.
pub(super) fn column(
    header: &Header,
    sheet: &Sheet,
    row: u32,
    spellings: &[toml::Spanned<String>],
) -> Option<(u32, String)> {
    let present: Vec<(u32, &String)> = spellings
        .iter()
        .filter_map(|s| header.column(s.get_ref()).map(|col| (col, s.get_ref())))
        .collect();
    present
        .iter()
        .find(|(col, _)| !sheet.get(row, *col).is_blank())
        .or_else(|| present.first())
        .map(|(col, name)| (*col, (*name).clone()))
}

/// The data rows that hold inventories: blank rows are passed over; rows
/// the skip rule matches are left out, and said so in one finding in
/// `left_out` (a CDP release lists hundreds of cities without an
/// inventory: one line each would drown the file's real findings).
pub(super) fn inventory_rows(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    left_out: &mut Vec<Finding>,
) -> Vec<u32> {
    let mut skipped: Vec<(u32, u32, String)> = Vec::new();
    let rows = (header.row + 1..sheet.row_end())
        .filter(|&row| {
            if sheet.row_is_blank(row) {
                return false;
            }
            match skipped_at(mapping, sheet, header, row) {
                Some((col, name)) => {
                    skipped.push((row, col, name));
                    false
                }
                None => true,
            }
        })
        .collect();
    if let (Some((row, col, name)), Some(skip)) = (skipped.first(), mapping.skip.as_ref()) {
        const LISTED: usize = 10;
        let listed: Vec<String> = skipped
            .iter()
            .take(LISTED)
            .map(|(row, _, _)| (row + 1).to_string())
            .collect();
        left_out.push(
            Finding::new(Code::NoInventoryRow, "x005-rows-hold-no-inventory")
                .arg("count", skipped.len())
                .arg("rows", listed.join(", "))
                .arg("more", skipped.len().saturating_sub(LISTED))
                .arg("reason", skip.reason.as_str())
                .at(Some(sheet.cell_ref(*row, *col)))
                .field(Some(name.clone()))
                .value(sheet.get(*row, *col).display()),
        );
    }
    rows
}

/// The number of rows an X005 finding says were left out.
pub(super) fn rows_left_out(finding: &Finding) -> usize {
    match finding.args.get("count") {
        Some(crate::diagnostic::Arg::Integer(n)) => usize::try_from(*n).unwrap_or(0),
        _ => 0,
    }
}

/// The cell (column and header) of the skip rule that leaves `row` out, when
/// it does. A row that states a total is read whatever the column says
/// (CDP 2020 lists inventories `In progress` with their totals).
fn skipped_at(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    row: u32,
) -> Option<(u32, String)> {
    let skip = mapping.skip.as_ref()?;
    let (col, name) = column(header, sheet, row, &skip.columns)?;
    let no_inventory = match sheet.get(row, col).display() {
        None => skip.blank,
        Some(text) => skip.values.iter().any(|v| v.eq_ignore_ascii_case(&text)),
    };
    let states_a_total = mapping.totals.iter().any(|total| {
        column(header, sheet, row, &total.columns).is_some_and(|(col, _)| {
            sheet
                .get(row, col)
                .display()
                .is_some_and(|t| !clean::is_null_word(&t))
        })
    });
    (no_inventory && !states_a_total).then_some((col, name))
}

pub(super) fn read_fact(
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    row: u32,
    fact: &Fact,
) {
    if let Some(constant) = &fact.spec.constant {
        set_at(&mut out.document, fact.pointer, json!(constant));
        return;
    }
    let Some((col, name)) = column(header, sheet, row, &fact.spec.columns) else {
        return;
    };
    if fact.spec.read_as == Some(ReadAs::Period) {
        read_period(out, sheet, row, col, &name, fact);
        return;
    }
    let text = sheet
        .get(row, col)
        .display()
        .filter(|t| !clean::is_null_word(t));
    if let Some(text) = text {
        let alias = fact
            .spec
            .aliases
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(&text));
        if let Some(value) = alias.map(|(_, to)| to).or(fact.spec.otherwise.as_ref()) {
            out.anchor(fact.pointer, sheet, row, col, &name);
            set_at(&mut out.document, fact.pointer, json!(value));
            return;
        }
    }
    out.put(fact.pointer, sheet, row, col, &name, fact.kind);
}

/// Years and periods: `2015`, `2013/2014`, `2015-01-01 - 2015-12-31`, ...
fn read_period(out: &mut Extraction, sheet: &Sheet, row: u32, col: u32, name: &str, fact: &Fact) {
    out.anchor(fact.pointer, sheet, row, col, name);
    let Some(text) = sheet.get(row, col).display() else {
        return;
    };
    if clean::is_null_word(&text) {
        return;
    }
    match clean::period(&text) {
        Ok(period) => {
            set_at(&mut out.document, fact.pointer, json!(period.year));
            if let (Some(start), Some(end)) = (period.start, period.end)
                && fact.pointer == "/inventory/year"
            {
                // The period's dates are read from the year's cell.
                out.anchor("/inventory/period", sheet, row, col, name);
                set_at(
                    &mut out.document,
                    "/inventory/period/start",
                    json!(start.to_string()),
                );
                set_at(
                    &mut out.document,
                    "/inventory/period/end",
                    json!(end.to_string()),
                );
            }
        }
        Err(problem) => {
            out.sources.mark_reported(fact.pointer);
            let finding = match problem {
                clean::PeriodError::Reversed { start, end } => {
                    Finding::new(Code::BadPeriod, "s008-period-runs-backwards")
                        .arg("end", end.to_string())
                        .arg("start", start.to_string())
                }
                clean::PeriodError::Unparsed(_) => {
                    Finding::new(Code::BadPeriod, "s008-not-a-year-or-period")
                }
            };
            out.findings.push(
                finding
                    .arg("field", name)
                    .at(Some(sheet.cell_ref(row, col)))
                    .field(Some(name.to_owned()))
                    .pointer(fact.pointer)
                    .value(Some(text))
                    .help("s008-period-help"),
            );
        }
    }
}

pub(super) fn read_total(
    out: &mut Extraction,
    sheet: &Sheet,
    header: &Header,
    row: u32,
    total: &TotalSpec,
) {
    let Some((col, name)) = column(header, sheet, row, &total.columns) else {
        return;
    };
    if sheet
        .get(row, col)
        .display()
        .is_none_or(|t| clean::is_null_word(&t))
    {
        return;
    }
    let base = format!("/reported_totals/{}", out.push_record("/reported_totals"));
    out.anchor(&base, sheet, row, col, &name);
    let value = out.put(
        &format!("{base}/value"),
        sheet,
        row,
        col,
        &name,
        Kind::Number,
    );
    let record = out
        .document
        .pointer_mut(&base)
        .and_then(Value::as_object_mut)
        .expect("record just pushed");
    record.insert("label".into(), json!(total.label));
    record.insert("framework".into(), json!(total.framework));
    record.insert("column".into(), json!(name));
    record.insert("unit".into(), json!(total.unit));
    if let Some(scope) = total.scope {
        record.insert("scope".into(), json!(scope));
    }
    if let Some(sector) = &total.sector {
        record.insert("sector".into(), json!(sector));
    }
    let _ = value;
}
