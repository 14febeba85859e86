//! eCRF_2: the CRF summary matrix. Each sector row has three column pairs,
//! direct / indirect / outside the city boundary, each a tCO2e value and a
//! notation key. Every stated value or key becomes one reported total that
//! keeps its cell, so later rules can compare it with the recomputed sums.

use serde_json::json;

use super::explanations;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::normalize::sector::{LabelMatch, cell_for, resolve_label};
use crate::read::Sheet;

const LABEL_HEADER: &str = "Sectors and Sub-Sectors";
const LABEL_COL: u32 = 0;

/// The three column pairs: scope, value column, the column words.
const PAIRS: &[(u8, u32, &str)] = &[
    (1, 1, "Direct emissions"),
    (
        2,
        3,
        "Indirect emissions from the use of grid-supplied energy",
    ),
    (3, 5, "Emissions occurring outside the city boundary"),
];

pub(super) fn read(out: &mut Extraction, sheet: &Sheet) {
    let first_row = Header::find(sheet, &[LABEL_HEADER]).map_or(3, |h| h.row + 2);
    let explain_col = explanations::column(sheet);
    for row in first_row..sheet.row_end() {
        let Some(label) = sheet.get(row, LABEL_COL).display() else {
            continue;
        };
        for &(scope, value_col, column) in PAIRS {
            let key_col = value_col + 1;
            if sheet.get(row, value_col).is_blank() && sheet.get(row, key_col).is_blank() {
                for cell in cells_of_row(&label, scope) {
                    out.gpc_place(cell, sheet, row, value_col, &label);
                }
                continue;
            }
            let base = format!("/reported_totals/{}", out.push_record("/reported_totals"));
            out.anchor(&base, sheet, row, value_col, &label);
            out.put(
                &format!("{base}/value"),
                sheet,
                row,
                value_col,
                &label,
                Kind::Number,
            );
            let key_pointer = format!("{base}/notation_key");
            out.put(
                &key_pointer,
                sheet,
                row,
                key_col,
                &label,
                Kind::Choice(ListName::NotationKey),
            );
            // Column H explains the keys of its row: the place of this
            // key's explanation, blank or not.
            if !sheet.get(row, key_col).is_blank() {
                out.put(
                    &format!("{base}/notation_explanation"),
                    sheet,
                    row,
                    explain_col,
                    explanations::FIELD_NAME,
                    Kind::Text,
                );
            }
            let sector = label.split('>').next().unwrap_or(&label).trim();
            set_at(
                &mut out.document,
                &format!("{base}/framework"),
                json!("crf"),
            );
            set_at(&mut out.document, &format!("{base}/label"), json!(label));
            set_at(&mut out.document, &format!("{base}/sector"), json!(sector));
            set_at(&mut out.document, &format!("{base}/scope"), json!(scope));
            set_at(&mut out.document, &format!("{base}/column"), json!(column));
            set_at(&mut out.document, &format!("{base}/unit"), json!("tCO2e"));
        }
    }
}

/// The GPC cells an eCRF_2 row holds in one scope's columns: "Waste > Solid
/// waste disposal" holds III.1.2 under "outside the city boundary", the
/// fugitive row I.7.1 and I.8.1 under "direct". Total rows, generation rows
/// and CRF-only rows hold none.
fn cells_of_row(label: &str, scope: u8) -> Vec<&'static str> {
    let subs: Vec<&'static str> = match resolve_label(None, label) {
        LabelMatch::SubSector(sub) => vec![sub],
        LabelMatch::Combined(subs) => subs.to_vec(),
        _ => Vec::new(),
    };
    subs.into_iter()
        .filter_map(|sub| cell_for(sub, scope))
        .collect()
}
