//! T002: a stated total against the same total recomputed from the file's
//! records. Each record is placed in a GPC cell twice: by its labels (the
//! eCRF groups eCRF_3 rows into eCRF_2 rows by CRF sector, sub-sector and
//! scope words) and by its stated GPC ref; they differ only for rows G003
//! reports. Where the eCRF's grouping is uncertain ([`Doubt`]), every
//! reading is tried, and a total that agrees with any of them passes.

use std::collections::BTreeMap;

use super::covers::{Covers, Doubt, Figure, Member, sub_sector};
use crate::diagnostic::{Code, Finding};
use crate::model::totals::to_the_gram;
use crate::model::vocab::Framework;
use crate::model::{EmissionRecord, Field, GpcRef, RecordField, ReportedField, ReportedTotal};
use crate::rules::context::RuleContext;

/// A stated total with a figure, as the totals rules read it.
pub struct Stated<'a> {
    pub index: usize,
    pub total: &'a ReportedTotal,
    pub covers: Option<Covers>,
    pub figure: Figure,
}

impl Stated<'_> {
    /// Where a finding about the total goes: its value's cell, or its key's
    /// when it states only a key.
    pub fn field(&self) -> Field {
        let part = match self.figure {
            Figure::Tonnes(_) => ReportedField::Value,
            Figure::Key(_) => ReportedField::NotationKey,
        };
        Field::ReportedTotal(self.index, part)
    }

    /// The total as a person finds it: its label, and for an eCRF_2 cell its
    /// column.
    pub fn name(&self) -> String {
        let label = self.total.label.as_deref().unwrap_or("total");
        match (&self.total.framework, &self.total.column) {
            (Some(Framework::Crf), Some(column)) if column != label => {
                format!("{label}, {column}")
            }
            _ => label.to_owned(),
        }
    }
}

/// Every stated total with a figure, in document order.
pub fn stated<'a>(ctx: &RuleContext<'a>) -> Vec<Stated<'a>> {
    ctx.inventory
        .reported_totals()
        .iter()
        .enumerate()
        .filter_map(|(index, total)| {
            Some(Stated {
                index,
                total,
                covers: Covers::of(total),
                figure: Figure::of(total)?,
            })
        })
        .collect()
}

/// The records one reading of a total sums.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Recomputed {
    /// The sum of their amounts, in tCO2e.
    pub sum: f64,
    /// The cells of the records with an amount (`None`: no GPC cell).
    pub with_amounts: Vec<Option<GpcRef>>,
    /// The cells of the records with only a notation key.
    pub keys_only: Vec<Option<GpcRef>>,
}

impl Recomputed {
    fn add(&mut self, cell: Option<GpcRef>, record: &EmissionRecord) {
        match record.amount() {
            Some(amount) => {
                self.sum += amount;
                self.with_amounts.push(cell);
            }
            None if record.notation_key.is_some() => self.keys_only.push(cell),
            None => {}
        }
    }

    fn is_empty(&self) -> bool {
        self.with_amounts.is_empty() && self.keys_only.is_empty()
    }
}

/// A stated total compared with its records.
pub struct Judged {
    /// The index of the stated total.
    pub index: usize,
    /// When no reading of the records agrees with it: the reading a finding
    /// shows.
    pub mismatch: Option<Recomputed>,
}

/// The stated totals compared with their records.
pub struct Judgement(Vec<Judged>);

impl Judgement {
    /// True when the records could recompute stated total `index`.
    pub fn compared(&self, index: usize) -> bool {
        self.0.iter().any(|j| j.index == index)
    }

    /// True when stated total `index` disagrees with its records.
    pub fn flagged(&self, index: usize) -> bool {
        self.0
            .iter()
            .any(|j| j.index == index && j.mismatch.is_some())
    }
}

/// One record's cell by its labels and by its stated ref.
struct Placed<'a> {
    record: &'a EmissionRecord,
    by_labels: Option<GpcRef>,
    by_ref: Option<GpcRef>,
}

/// Whether a record could not be placed in a cell although it should be:
/// its GPC ref is `null` because nothing resolved it (the layout reported
/// it), not because it is a CRF-only row.
fn unplaced(ctx: &RuleContext<'_>, index: usize, record: &EmissionRecord) -> bool {
    match record.gpc_ref {
        None => true,
        Some(stated) => {
            stated.cell().is_none() && ctx.is_reported(Field::Record(index, RecordField::GpcRef))
        }
    }
}

/// Each stated total the records can recompute, and whether they agree.
pub fn judge(ctx: &RuleContext<'_>, stated: &[Stated<'_>]) -> Judgement {
    let records = ctx.inventory.records();
    let placed: Vec<Placed<'_>> = records
        .iter()
        .map(|record| Placed {
            record,
            by_labels: record
                .implied_gpc_ref
                .and_then(|r| r.cell())
                .or_else(|| record.gpc()),
            by_ref: record.gpc(),
        })
        .collect();
    // Scopes holding a record with an amount that has no cell: a total of
    // such a scope cannot be recomputed (`None`: a record of no known scope).
    let lost: Vec<Option<u8>> = records
        .iter()
        .enumerate()
        .filter(|(i, r)| r.amount().is_some() && unplaced(ctx, *i, r))
        .map(|(_, r)| r.scope.map(|s| s.number()))
        .collect();
    let judged = stated
        .iter()
        .filter_map(|s| {
            let covers = s.covers.as_ref()?;
            if matches!(covers, Covers::GenerationRow { .. }) {
                return None;
            }
            if matches!(s.figure, Figure::Key(_)) && !s.figure.says_nothing_here() {
                return None;
            }
            if let Covers::Gpc { reference } = covers
                && sub_sector_without_rows(stated, reference, records)
            {
                return None;
            }
            let scope = covers.scope();
            if lost
                .iter()
                .any(|l| l.is_none() || scope.is_none() || *l == scope)
            {
                return None;
            }
            compare(ctx, s, covers, &placed).map(|mismatch| Judged {
                index: s.index,
                mismatch,
            })
        })
        .collect();
    Judgement(judged)
}

/// For a hierarchical export's sector subtotal (`I`): true when one of its
/// sub-sector subtotals (`I.3`) states an amount with no rows below it, so
/// that the rows alone do not make up the sector.
fn sub_sector_without_rows(
    stated: &[Stated<'_>],
    sector: &str,
    records: &[EmissionRecord],
) -> bool {
    stated.iter().any(|s| match &s.covers {
        Some(Covers::Gpc { reference: sub }) => {
            sub.split('.').next() == Some(sector)
                && sub.contains('.')
                && s.figure.amount() != 0.0
                && !records
                    .iter()
                    .any(|r| r.gpc().is_some_and(|c| sub_sector(c) == *sub))
        }
        _ => false,
    })
}

/// Compares one total with every reading of its records: `None` when
/// there is nothing to compare it with, `Some(None)` when a reading agrees,
/// else the reading to show.
fn compare(
    ctx: &RuleContext<'_>,
    s: &Stated<'_>,
    covers: &Covers,
    placed: &[Placed<'_>],
) -> Option<Option<Recomputed>> {
    let contested = placed.iter().any(|p| p.by_labels != p.by_ref);
    let placements: &[bool] = if contested { &[true, false] } else { &[true] };
    let mut readings: Vec<Recomputed> = Vec::new();
    let mut shown = None;
    for &by_labels in placements {
        let members: Vec<(Option<GpcRef>, &EmissionRecord, Member)> = placed
            .iter()
            .map(|p| {
                let cell = if by_labels { p.by_labels } else { p.by_ref };
                (cell, p.record, covers.member(cell, p.record))
            })
            .collect();
        let mut doubts: Vec<Doubt> = members
            .iter()
            .filter_map(|(_, _, m)| match m {
                Member::Optional(d) | Member::Unless(d) => Some(*d),
                _ => None,
            })
            .collect();
        doubts.sort();
        doubts.dedup();
        for mask in 0u32..(1 << doubts.len()) {
            let followed = |d: Doubt| {
                doubts
                    .iter()
                    .position(|x| *x == d)
                    .is_some_and(|i| mask & (1 << i) != 0)
            };
            let mut reading = Recomputed::default();
            for (cell, record, member) in &members {
                match member {
                    Member::Core => reading.add(*cell, record),
                    Member::Optional(d) if followed(*d) => reading.add(*cell, record),
                    Member::Unless(d) if !followed(*d) => reading.add(*cell, record),
                    _ => {}
                }
            }
            if by_labels
                && shown.is_none()
                && doubts.iter().all(|d| followed(*d) == covers.shows(*d))
            {
                shown = Some(readings.len());
            }
            readings.push(reading);
        }
    }
    if readings.iter().all(Recomputed::is_empty) {
        // Nothing in the file to recompute the total from.
        return None;
    }
    let stated = s.figure.amount();
    if readings
        .iter()
        .any(|r| ctx.options.agree(stated, to_the_gram(r.sum)))
    {
        return Some(None);
    }
    Some(Some(readings.swap_remove(shown.unwrap_or(0))))
}

/// The cells of some records, briefly: `I.1.1 ×2, I.1.2`.
fn cells(list: &[Option<GpcRef>]) -> String {
    let mut counts: BTreeMap<Option<GpcRef>, usize> = BTreeMap::new();
    for cell in list {
        *counts.entry(*cell).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(cell, n)| {
            let name = cell.map_or("no GPC cell", GpcRef::as_str);
            if n == 1 {
                name.to_owned()
            } else {
                format!("{name} ×{n}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// T002: each stated total that the records can recompute equals them.
pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let stated = stated(ctx);
    for judged in judge(ctx, &stated).0 {
        let (Some(s), Some(r)) = (
            stated.iter().find(|s| s.index == judged.index),
            &judged.mismatch,
        ) else {
            continue;
        };
        let sum = to_the_gram(r.sum);
        let finding = match s.figure {
            Figure::Key(key) => ctx
                .finding(
                    Code::TotalDiffersFromRecords,
                    "t002-key-but-records-hold-amounts",
                    s.field(),
                )
                .arg("key", key.code())
                .arg("recomputed", sum)
                .arg("records", r.with_amounts.len())
                .arg("cells", cells(&r.with_amounts))
                .value(Some(key.code().to_owned())),
            Figure::Tonnes(value) if r.with_amounts.is_empty() => ctx
                .finding(
                    Code::TotalDiffersFromRecords,
                    "t002-total-but-records-state-keys",
                    s.field(),
                )
                .arg("stated", to_the_gram(value))
                .arg("records", r.keys_only.len())
                .arg("cells", cells(&r.keys_only))
                .value(Some(value.to_string())),
            Figure::Tonnes(value) => ctx
                .finding(
                    Code::TotalDiffersFromRecords,
                    "t002-total-differs-from-records",
                    s.field(),
                )
                .arg("stated", to_the_gram(value))
                .arg("recomputed", sum)
                .arg("difference", to_the_gram((value - r.sum).abs()))
                .arg("records", r.with_amounts.len())
                .arg("cells", cells(&r.with_amounts))
                .value(Some(value.to_string())),
        };
        let finding = finding.arg("total", s.name());
        let excess = match s.figure {
            Figure::Tonnes(value) if !r.with_amounts.is_empty() => Some(value - r.sum),
            _ => None,
        };
        out.push(match excess.and_then(|excess| explained(ctx, excess)) {
            Some((help, amount)) => finding.arg("counted", to_the_gram(amount)).help(help),
            None => finding.help("t002-total-differs-from-records-help"),
        });
    }
}

/// What a stated total's excess over the records matches, when it matches
/// something the GPC keeps out of the totals: the generation of
/// grid-supplied energy (I.4.4, outside BASIC and BASIC+) or biogenic CO2
/// (outside every total). The help id and the amount.
fn explained(ctx: &RuleContext<'_>, excess: f64) -> Option<(&'static str, f64)> {
    let records = ctx.inventory.records();
    let generation: f64 = records
        .iter()
        .filter(|r| r.gpc().is_some_and(|c| c.as_str() == "I.4.4"))
        .filter_map(|r| r.amount())
        .sum();
    let biogenic: f64 = records.iter().filter_map(|r| r.biogenic_co2).sum();
    [
        ("t002-counts-energy-generation-help", generation),
        ("t002-counts-biogenic-co2-help", biogenic),
    ]
    .into_iter()
    .find(|(_, amount)| *amount > 0.0 && ctx.options.agree(excess, *amount))
}
