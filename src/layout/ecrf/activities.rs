//! eCRF_3: one emission record per activity row. The GPC ref column is
//! empty in many real files; the ref is then resolved from the CRF sector,
//! sub-sector and scope words. A stated ref that the labels contradict is
//! kept, with the implied ref beside it and a finding.

use serde_json::{Value, json};

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::normalize::sector::{
    RefParse, RowMatch, Unplaced, parse_ref, resolve_row, scope_from_words,
};
use crate::read::Sheet;

const REF: &str = "GPC ref. no.";
const SECTOR: &str = "CRF - Sector";
const SUB_SECTOR: &str = "CRF - Sub-sector";
const SCOPE: &str = "Scope";

/// Columns read as they are, by header.
const COLUMNS: &[(&str, &str, Kind)] = &[
    ("Fuel type or activity", "/activity_label", Kind::Text),
    (
        "Notation key",
        "/notation_key",
        Kind::Choice(ListName::NotationKey),
    ),
    ("Activity data - Amount", "/activity/amount", Kind::Number),
    ("Activity data - Unit", "/activity/unit", Kind::Text),
    (
        "Activity data - Description",
        "/activity/description",
        Kind::Text,
    ),
    ("Activity data - Source", "/activity/source", Kind::Text),
    (
        "Activity data - Data Quality",
        "/activity/data_quality",
        Kind::Choice(ListName::DataQuality),
    ),
    (
        "Emission factor - Unit",
        "/emission_factor/unit",
        Kind::Text,
    ),
    (
        "Emission factor - CO2",
        "/emission_factor/values/co2",
        Kind::Number,
    ),
    (
        "Emission factor - CH4",
        "/emission_factor/values/ch4",
        Kind::Number,
    ),
    (
        "Emission factor - N2O",
        "/emission_factor/values/n2o",
        Kind::Number,
    ),
    (
        "Emission factor - Total CO2e",
        "/emission_factor/total",
        Kind::Number,
    ),
    (
        "Emission factor - Biogenic CO2",
        "/emission_factor/values/biogenic_co2",
        Kind::Number,
    ),
    (
        "Emission factor - Source",
        "/emission_factor/source",
        Kind::Text,
    ),
    (
        "Emission factor - Data Quality",
        "/emission_factor/data_quality",
        Kind::Choice(ListName::DataQuality),
    ),
    (
        "GHGs (metric tonnes CO2e) - CO2",
        "/gases/co2/tco2e",
        Kind::Number,
    ),
    (
        "GHGs (metric tonnes CO2e) - CH4",
        "/gases/ch4/tco2e",
        Kind::Number,
    ),
    (
        "GHGs (metric tonnes CO2e) - N2O",
        "/gases/n2o/tco2e",
        Kind::Number,
    ),
    (
        "GHGs (metric tonnes CO2e) - Total CO2e",
        "/total_tco2e",
        Kind::Number,
    ),
    (
        "GHGs (metric tonnes CO2e) - Biogenic CO2",
        "/biogenic_co2_t",
        Kind::Number,
    ),
];

/// Columns whose content makes a row a record: a value or a notation key.
const VALUE_HEADERS: &[&str] = &[
    "Notation key",
    "Activity data - Amount",
    "GHGs (metric tonnes CO2e) - CO2",
    "GHGs (metric tonnes CO2e) - CH4",
    "GHGs (metric tonnes CO2e) - N2O",
    "GHGs (metric tonnes CO2e) - Total CO2e",
    "GHGs (metric tonnes CO2e) - Biogenic CO2",
];

/// Columns holding numbers: every value column but the notation key.
const NUMBER_HEADERS: &[&str] = VALUE_HEADERS.split_at(1).1;

pub(super) fn read(out: &mut Extraction, sheet: &Sheet) {
    let Some(header) = Header::find(sheet, &[REF, SUB_SECTOR]) else {
        out.findings.push(Header::missing(sheet, 0, SUB_SECTOR));
        return;
    };
    let value_cols: Vec<u32> = VALUE_HEADERS
        .iter()
        .filter_map(|h| header.column(h))
        .collect();
    let (mut read, mut skipped, mut placeholders) = (0usize, 0usize, 0usize);
    for row in header.row + 1..sheet.row_end() {
        if sheet.row_is_blank(row) {
            continue;
        }
        if value_cols.iter().all(|col| sheet.get(row, *col).is_blank()) {
            skipped += 1;
            continue;
        }
        if read_row(out, sheet, &header, row) {
            read += 1;
        } else {
            placeholders += 1;
        }
    }
    out.next_record(sheet, header.column(REF).unwrap_or(0), REF);
    let summary = match (skipped, placeholders) {
        (0, 0) => Finding::new(Code::ExtractionSummary, "x004-activity-rows-read"),
        (_, 0) => Finding::new(Code::ExtractionSummary, "x004-activity-rows-read-skipped")
            .arg("skipped", skipped),
        (0, _) => Finding::new(
            Code::ExtractionSummary,
            "x004-activity-rows-read-placeholders",
        )
        .arg("placeholders", placeholders),
        _ => Finding::new(
            Code::ExtractionSummary,
            "x004-activity-rows-read-skipped-placeholders",
        )
        .arg("skipped", skipped)
        .arg("placeholders", placeholders),
    };
    out.findings.push(
        summary
            .arg("sheet", sheet.name.as_deref().unwrap_or("eCRF_3"))
            .arg("rows", read),
    );
}

/// The labels of one activity row.
struct Labels {
    sector: Option<String>,
    sub_sector: Option<String>,
    scope_words: String,
}

impl Labels {
    fn joined(&self) -> String {
        [self.sector.as_deref(), self.sub_sector.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" > ")
    }
}

/// Reads one row into a record; `false` when it is a template placeholder.
fn read_row(out: &mut Extraction, sheet: &Sheet, header: &Header, row: u32) -> bool {
    let text = |name: &str| {
        header
            .column(name)
            .and_then(|col| sheet.get(row, col).display())
    };
    let labels = Labels {
        sector: text(SECTOR),
        sub_sector: text(SUB_SECTOR),
        scope_words: text(SCOPE).unwrap_or_default(),
    };
    let ref_col = header.column(REF).unwrap_or(0);
    let stated = parse_ref(&sheet.get(row, ref_col).display().unwrap_or_default());
    let implied = labels
        .sub_sector
        .as_deref()
        .map(|sub| resolve_row(labels.sector.as_deref(), sub, &labels.scope_words));
    let names_a_cell = matches!(stated, RefParse::Exact(_) | RefParse::Normalised { .. })
        || (stated == RefParse::Empty
            && matches!(implied, Some(RowMatch::Cell(_) | RowMatch::CrfOnly(_))));
    let has_numbers = NUMBER_HEADERS
        .iter()
        .filter_map(|h| header.column(h))
        .any(|col| !sheet.get(row, col).is_blank());
    if !names_a_cell && !has_numbers {
        // Template rows for cells the GPC does not have (II.5.3, IPPU or AFOLU
        // outside the boundary) come pre-filled with NE: not a record.
        out.findings.push(
            Finding::new(Code::PlaceholderRow, "g007-placeholder-row")
                .arg("label", labels.joined())
                .arg("scope_words", labels.scope_words.as_str())
                .at(Some(sheet.cell_ref(row, ref_col)))
                .field(Some(REF.to_owned())),
        );
        return false;
    }
    let base = format!("/emissions/{}", out.push_record("/emissions"));
    out.anchor(&base, sheet, row, ref_col, REF);
    out.anchor(&format!("{base}/gpc_ref"), sheet, row, ref_col, REF);
    for (name, pointer, kind) in COLUMNS {
        if let Some(col) = header.column(name) {
            out.put(&format!("{base}{pointer}"), sheet, row, col, name, *kind);
        }
    }
    // eCRF_3 has no explanation column: a record's key is explained on its
    // CRF row of eCRF_2 (column H), which `explanations` reads.
    write_labels(&mut out.document, &base, &labels);
    let sub_col = header.column(SUB_SECTOR).unwrap_or(ref_col);
    set_ref(
        out,
        &base,
        stated,
        implied,
        &labels,
        sheet.cell_ref(row, sub_col),
    );
    true
}

fn write_labels(document: &mut Value, base: &str, labels: &Labels) {
    for (value, pointer) in [
        (&labels.sector, "/sector"),
        (&labels.sub_sector, "/sub_sector"),
    ] {
        if let Some(value) = value {
            set_at(document, &format!("{base}{pointer}"), json!(value));
        }
    }
    if let Some(scope) = scope_from_words(&labels.scope_words) {
        set_at(document, &format!("{base}/scope"), json!(scope));
    }
    let joined = labels.joined();
    if !joined.is_empty() {
        set_at(document, &format!("{base}/label"), json!(joined));
    }
}

/// Sets `gpc_ref` from the stated ref or, when there is none, from the labels.
fn set_ref(
    out: &mut Extraction,
    base: &str,
    stated: RefParse,
    implied: Option<RowMatch>,
    labels: &Labels,
    sub_sector_cell: crate::diagnostic::CellRef,
) {
    let pointer = format!("{base}/gpc_ref");
    // What the row states, as written, and the cell it means. A misspelt ref
    // is kept as written here; `layout::refs` rewrites it with a warning.
    let stated_ref = match stated {
        RefParse::Exact(cell) => Some((cell.to_owned(), cell)),
        RefParse::Normalised { gpc_ref, written } => Some((written, gpc_ref)),
        // Not a cell: kept as written for the schema to report with a suggestion.
        RefParse::Aggregate(written) | RefParse::Unknown { written, .. } => Some((written, "")),
        RefParse::Empty => None,
    };
    match (stated_ref, implied) {
        (Some((written, stated_ref)), implied) => {
            set_at(&mut out.document, &pointer, json!(written));
            // The rule G003 reports the contradiction.
            if let Some(RowMatch::Cell(cell)) = implied
                && contradicts(stated_ref, cell)
            {
                set_at(
                    &mut out.document,
                    &format!("{base}/implied_gpc_ref"),
                    json!(cell),
                );
            }
        }
        (None, Some(RowMatch::Cell(cell))) => set_at(&mut out.document, &pointer, json!(cell)),
        // A CRF row without a GPC cell: the rule G006 says so.
        (None, Some(RowMatch::CrfOnly(_))) => set_at(&mut out.document, &pointer, Value::Null),
        (None, unresolved) => {
            set_at(&mut out.document, &pointer, Value::Null);
            // Its missing cell is this finding; G006 is not for it.
            out.sources.mark_reported(&pointer);
            out.findings.push(unresolved_finding(
                unresolved,
                labels,
                sub_sector_cell,
                &pointer,
            ));
        }
    }
}

/// A stated cell contradicts the labels when they point to another
/// sub-sector or another scope. III.x.1 and III.x.3 are both direct (scope
/// 1) emissions of one sub-sector, so the labels cannot tell them apart.
fn contradicts(stated: &str, implied: &str) -> bool {
    let table = crate::model::gpc::table();
    let (Some(a), Some(b)) = (table.get(stated), table.get(implied)) else {
        return false;
    };
    a.scope != b.scope || sub_sector_of(stated) != sub_sector_of(implied)
}

/// `I.1.1` -> `I.1`; IV, V and VI refs (`IV.1`) are sub-sectors already.
fn sub_sector_of(reference: &str) -> &str {
    match reference.match_indices('.').nth(1) {
        Some((second_dot, _)) => &reference[..second_dot],
        None => reference,
    }
}

fn unresolved_finding(
    unresolved: Option<RowMatch>,
    labels: &Labels,
    cell: crate::diagnostic::CellRef,
    pointer: &str,
) -> Finding {
    let code = Code::UnresolvedSector;
    let (finding, suggestion) = match unresolved {
        Some(RowMatch::Unknown { reason, suggestion }) => {
            let finding = match reason {
                Unplaced::ScopeWords(words) => {
                    Finding::new(code, "g004-row-scope-words-name-no-scope")
                        .arg("quoted_scope_words", quoted(&words))
                }
                Unplaced::TotalRow(sub_sector) => Finding::new(code, "g004-row-is-a-total")
                    .arg("quoted_sub_sector", quoted(&sub_sector)),
                Unplaced::UnknownSubSector(sub_sector) => {
                    Finding::new(code, "g004-row-sub-sector-unknown")
                        .arg("quoted_sub_sector", quoted(&sub_sector))
                }
                Unplaced::OutsideSector { sub_sector, sector } => {
                    Finding::new(code, "g004-row-sub-sector-outside-sector")
                        .arg("gpc_sub_sector", sub_sector)
                        .arg("sector", sector)
                }
            };
            (finding, suggestion)
        }
        Some(RowMatch::Cells(cells)) => (
            Finding::new(code, "g004-row-fits-several-cells").arg("cells", cells.join(" and ")),
            None,
        ),
        Some(RowMatch::NoCell { sub_sector, scope }) => (
            Finding::new(code, "g004-row-no-cell-in-scope")
                .arg("scope", u32::from(scope))
                .arg("gpc_sub_sector", sub_sector),
            None,
        ),
        _ => (
            Finding::new(code, "g004-row-without-ref-or-sub-sector"),
            None,
        ),
    };
    let finding = finding
        .arg("label", labels.joined())
        .arg("scope_words", labels.scope_words.as_str())
        .arg("ref_column", REF);
    let finding = match suggestion {
        Some(near) => finding
            .arg("suggestion", near)
            .help("g004-row-suggestion-help"),
        None => finding.help("g004-row-help"),
    };
    finding
        .at(Some(cell))
        .field(Some(SUB_SECTOR.to_owned()))
        .pointer(pointer)
        .value(labels.sub_sector.clone())
}

/// A label or scope words as the row's old texts quoted them: in double
/// quotes, with quotes and backslashes inside escaped (`"Off-road"`).
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::CellRef;

    fn unplaced(
        reason: Unplaced,
        scope_words: &str,
    ) -> (&'static str, Option<&'static str>, Vec<String>) {
        let labels = Labels {
            sector: Some("Stationary Energy".into()),
            sub_sector: Some("Residential buildings".into()),
            scope_words: scope_words.into(),
        };
        let unresolved = RowMatch::Unknown {
            reason,
            suggestion: None,
        };
        let cell = CellRef::new(Some("eCRF_3"), 4, 3);
        let finding = unresolved_finding(Some(unresolved), &labels, cell, "/emissions/0/gpc_ref");
        let args = finding.args.pairs();
        (finding.message, finding.help, args)
    }

    #[test]
    fn unplaced_rows_say_why_with_the_words_quoted_as_written() {
        let words = "Sideways \"up\"";
        assert_eq!(
            unplaced(Unplaced::ScopeWords(words.into()), words),
            (
                "g004-row-scope-words-name-no-scope",
                Some("g004-row-help"),
                vec![
                    r#"quoted_scope_words="Sideways \"up\"""#.to_owned(),
                    "label=Stationary Energy > Residential buildings".to_owned(),
                    r#"scope_words=Sideways "up""#.to_owned(),
                    "ref_column=GPC ref. no.".to_owned(),
                ]
            )
        );
        let outside = Unplaced::OutsideSector {
            sub_sector: "I.1".into(),
            sector: "III",
        };
        assert_eq!(
            unplaced(outside, "Direct emissions"),
            (
                "g004-row-sub-sector-outside-sector",
                Some("g004-row-help"),
                vec![
                    "gpc_sub_sector=I.1".to_owned(),
                    "sector=III".to_owned(),
                    "label=Stationary Energy > Residential buildings".to_owned(),
                    "scope_words=Direct emissions".to_owned(),
                    "ref_column=GPC ref. no.".to_owned(),
                ]
            )
        );
    }
}
