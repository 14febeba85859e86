//! eCRF_2 column H, "Please explain any excluded sources, identify any
//! emissions covered under an ETS and provide any other comments": the
//! explanation of the notation keys of its CRF row. An eCRF_3 row carrying a
//! notation key without an explanation of its own takes the one written on
//! its CRF row (`Sector > Sub-sector`, the sub-sector's first part), with
//! that cell as its source. eCRF_3 has no explanation column of its own, so
//! when that cell is blank no place is recorded for the record: the template
//! asks for explanations per CRF row, and each notation key of eCRF_2 is
//! given column H of its row as its place (see `summary`), where a missing
//! one is reported once, not once per eCRF_3 row (the template lists
//! dozens of fuel rows under one CRF row, each pre-filled with a key).

use std::collections::HashMap;

use serde_json::Value;

use crate::layout::builder::Extraction;
use crate::layout::header::{Header, header_key};
use crate::layout::template::spec::Kind;
use crate::read::Sheet;

const LABEL_HEADER: &str = "Sectors and Sub-Sectors";
const LABEL_COL: u32 = 0;
/// Column H of the template, when its header cannot be found.
const DEFAULT_COL: u32 = 7;
const FIELD: &str = "Please explain any excluded sources";

/// The explanation column of eCRF_2 (column H of the template).
pub(super) fn column(summary: &Sheet) -> u32 {
    Header::find(summary, &[LABEL_HEADER])
        .and_then(|h| {
            (0..summary.col_end()).find(|&c| {
                h.name(c)
                    .is_some_and(|n| header_key(n).starts_with("please explain"))
            })
        })
        .unwrap_or(DEFAULT_COL)
}

/// The explanation column's header, as findings name it.
pub(super) const FIELD_NAME: &str = FIELD;

/// Fills missing notation-key explanations of records from eCRF_2.
pub(super) fn apply(out: &mut Extraction, summary: &Sheet) {
    let header = Header::find(summary, &[LABEL_HEADER]);
    let col = column(summary);
    let first = header.as_ref().map_or(0, |h| h.row + 1);
    // Each label's first row, looked up once per record.
    let mut rows: HashMap<String, u32> = HashMap::new();
    for row in first..summary.row_end() {
        if let Some(label) = summary.get(row, LABEL_COL).display() {
            rows.entry(header_key(&label)).or_insert(row);
        }
    }
    if rows.is_empty() {
        return;
    }
    let count = out.document["emissions"].as_array().map_or(0, Vec::len);
    for index in 0..count {
        let record = &out.document["emissions"][index];
        if record.get("notation_key").is_none() || record.get("notation_explanation").is_some() {
            continue;
        }
        let Some(key) = crf_row_key(record) else {
            continue;
        };
        if let Some(&row) = rows.get(&key)
            && !summary.get(row, col).is_blank()
        {
            let pointer = format!("/emissions/{index}/notation_explanation");
            out.put(&pointer, summary, row, col, FIELD, Kind::Text);
        }
    }
}

/// `sector > sub-sector` as eCRF_2 labels its rows (`On-road > Passenger
/// car` belongs to the row `Transportation > On-road`).
fn crf_row_key(record: &Value) -> Option<String> {
    let sector = record.get("sector")?.as_str()?;
    let sub_sector = record.get("sub_sector")?.as_str()?;
    let first = sub_sector.split('>').next()?.trim();
    Some(header_key(&format!("{sector} > {first}")))
}
