//! Rows of `schemas/sector-labels.csv`, checked against the GPC table.
//!
//! Columns: `label,language,kind,target,sector_context,note`. `kind` is
//! - `sector`: target is a sector number ("I" ... "VI");
//! - `sub_sector`: target is one GPC sub-sector ("I.2");
//! - `combined`: several sub-sectors a CRF row sums, space-separated ("I.7 I.8");
//! - `territorial`: the sub-sector whose territorial cell is meant ("I.4" for I.4.4);
//! - `crf_only`: a CRF row with no GPC cell; target is its canonical English label;
//! - `total`: an eCRF_2 total row; target is a sector number, `generation` or `inventory`;
//! - `from_outside`: no target; a part of a combined label saying that the
//!   waste came from outside the city (III.x.3).
//!
//! `sector_context`, when set, limits the label to rows of that sector (CRF
//! "Agriculture" is I.5 only under Stationary energy). `language` is one of
//! en, pt, es, fr, de, it, sv, crf, citycatalyst; `note` names the source.

use serde::Deserialize;

use super::cells::{canonical_sub_sector, territorial_cell};
use super::labels::Meaning;
use crate::model::gpc;

/// Embedded copy of `schemas/sector-labels.csv`.
pub static SECTOR_LABELS_CSV: &str = include_str!("../../../schemas/sector-labels.csv");

/// Targets allowed for `total` rows besides the sector numbers.
const OTHER_TOTALS: [&str; 2] = ["generation", "inventory"];

#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Sector,
    SubSector,
    Combined,
    Territorial,
    CrfOnly,
    Total,
    FromOutside,
}

#[derive(Debug, Deserialize)]
struct Row {
    label: String,
    kind: Kind,
    target: String,
    sector_context: String,
}

/// One checked row.
pub(crate) enum LabelRow {
    Sector {
        label: String,
        number: &'static str,
    },
    Label {
        label: String,
        meaning: Meaning,
        context: Option<&'static str>,
    },
}

/// Every row of the embedded file, or the first error with its line number.
pub(crate) fn label_rows() -> Result<Vec<LabelRow>, String> {
    let mut reader = csv::Reader::from_reader(SECTOR_LABELS_CSV.as_bytes());
    let rows = reader.deserialize::<Row>().enumerate().map(|(i, row)| {
        row.map_err(|e| e.to_string())
            .and_then(check)
            .map_err(|e| format!("sector-labels.csv line {}: {e}", i + 2))
    });
    rows.collect()
}

fn check(row: Row) -> Result<LabelRow, String> {
    let context = match row.sector_context.trim() {
        "" => None,
        number => Some(sector(number)?),
    };
    let meaning = match row.kind {
        Kind::Sector => {
            let number = sector(&row.target)?;
            let label = row.label;
            return Ok(LabelRow::Sector { label, number });
        }
        Kind::SubSector | Kind::Combined => sub_sectors(row.kind, &row.target)?,
        Kind::Territorial => territorial(&row.target)?,
        Kind::CrfOnly => Meaning::CrfOnly(row.target),
        Kind::Total => total(row.target)?,
        Kind::FromOutside => Meaning::FromOutside,
    };
    let label = row.label;
    Ok(LabelRow::Label {
        label,
        meaning,
        context,
    })
}

/// The table's own spelling of a sector number.
fn sector(number: &str) -> Result<&'static str, String> {
    let cells = gpc::table().cells();
    cells
        .iter()
        .find(|c| c.sector_number == number.trim())
        .map(|c| c.sector_number.as_str())
        .ok_or_else(|| format!("{number:?} is not a GPC sector"))
}

fn sub_sector(text: &str) -> Result<&'static str, String> {
    canonical_sub_sector(text).ok_or_else(|| format!("{text:?} is not a GPC sub-sector"))
}

fn sub_sectors(kind: Kind, target: &str) -> Result<Meaning, String> {
    let subs: Vec<&'static str> = target
        .split_whitespace()
        .map(sub_sector)
        .collect::<Result<_, _>>()?;
    match (kind, subs.len()) {
        (Kind::SubSector, 1) | (Kind::Combined, 2..) => Ok(Meaning::SubSectors(subs)),
        _ => Err(format!("wrong number of sub-sectors in {target:?}")),
    }
}

fn territorial(target: &str) -> Result<Meaning, String> {
    let sub = sub_sector(target)?;
    match territorial_cell(sub) {
        Some(_) => Ok(Meaning::Territorial(sub)),
        None => Err(format!("{sub} has no territorial cell")),
    }
}

fn total(target: String) -> Result<Meaning, String> {
    if OTHER_TOTALS.contains(&target.as_str()) || sector(&target).is_ok() {
        Ok(Meaning::Total(target))
    } else {
        Err(format!("{target:?} is not a total"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [&str; 9] = [
        "en",
        "pt",
        "es",
        "fr",
        "de",
        "it",
        "sv",
        "crf",
        "citycatalyst",
    ];

    #[test]
    fn every_row_is_valid_and_has_a_known_language() {
        let mut reader = csv::Reader::from_reader(SECTOR_LABELS_CSV.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let wanted = [
            "label",
            "language",
            "kind",
            "target",
            "sector_context",
            "note",
        ];
        assert_eq!(headers.iter().collect::<Vec<_>>(), wanted);
        for record in reader.records() {
            let record = record.unwrap();
            assert!(LANGUAGES.contains(&&record[1]), "{record:?}");
        }
        assert!(label_rows().is_ok(), "{:?}", label_rows().err());
    }

    #[test]
    fn bad_targets_are_rejected() {
        let row = |kind, target: &str| Row {
            label: "x".into(),
            kind,
            target: target.into(),
            sector_context: String::new(),
        };
        assert!(check(row(Kind::SubSector, "I.9")).is_err());
        assert!(check(row(Kind::SubSector, "I.7 I.8")).is_err());
        assert!(check(row(Kind::Combined, "I.7")).is_err());
        assert!(check(row(Kind::Territorial, "I.1")).is_err());
        assert!(check(row(Kind::Total, "everything")).is_err());
        assert!(check(row(Kind::Sector, "VII")).is_err());
    }
}
