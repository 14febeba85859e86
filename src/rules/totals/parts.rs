//! T003: a stated subtotal against the sum of its stated parts, in each
//! column of the eCRF_2 matrix: a sector total against its sub-sector rows,
//! the generation total against the generation rows, and the grand total
//! (excluding generation) against the sector totals (a sector's rows where
//! its total row is absent); and a hierarchical export's sector subtotal
//! (`I`) against its sub-sector subtotals (`I.1`, `I.2`, ...). Where the records can recompute the total,
//! T002 judges it and the figure that is wrong, and this rule stays silent:
//! it is for totals the records do not cover (a summary-only file).

use super::covers::{Covers, Figure};
use super::records::{Stated, judge, stated};
use crate::diagnostic::{Code, Finding};
use crate::model::NotationKey;
use crate::model::totals::to_the_gram;
use crate::rules::context::RuleContext;

/// The sectors of `Total Emissions (excluding generation of grid-supplied
/// energy)`.
const INVENTORY_SECTORS: [&str; 5] = ["I", "II", "III", "IV", "V"];

/// The roman number of a GPC sub-sector (`III` of `III.2`).
fn sector_of(sub: &str) -> &str {
    sub.split('.').next().unwrap_or(sub)
}

fn is_row_of(covers: &Covers, sector: &str, column: u8) -> bool {
    matches!(covers, Covers::CrfRow { subs, scope, .. }
        if *scope == column && subs.iter().all(|s| sector_of(s) == sector))
}

fn is_sector_total(covers: &Covers, sector: &str, column: u8) -> bool {
    matches!(covers, Covers::Sector { sector: s, scope, crf: true } if *s == sector && *scope == column)
}

/// The stated parts of a stated total, as indices into `all`: one list,
/// or for the grand total two (by sector totals, and by the sectors' rows,
/// so that one wrong sector total is not reported twice); none when it has
/// no stated parts.
fn parts_of(total: &Covers, all: &[Stated<'_>]) -> Vec<Vec<usize>> {
    let pick = |want: &dyn Fn(&Covers) -> bool| -> Vec<usize> {
        all.iter()
            .enumerate()
            .filter(|(_, s)| s.covers.as_ref().is_some_and(want))
            .map(|(i, _)| i)
            .collect()
    };
    let lists = match total {
        Covers::Sector {
            sector,
            scope,
            crf: true,
        } => vec![pick(&|c| is_row_of(c, sector, *scope))],
        Covers::Gpc { reference } if !reference.contains('.') => {
            vec![pick(
                &|c| matches!(c, Covers::Gpc { reference: sub } if sub.contains('.') && sector_of(sub) == *reference),
            )]
        }
        Covers::Generation { scope } => {
            vec![pick(
                &|c| matches!(c, Covers::GenerationRow { scope: s } if s == scope),
            )]
        }
        Covers::Inventory { scope } => {
            let by = |totals_first: bool| -> Vec<usize> {
                INVENTORY_SECTORS
                    .iter()
                    .flat_map(|sector| {
                        let totals = pick(&|c| is_sector_total(c, sector, *scope));
                        let rows = pick(&|c| is_row_of(c, sector, *scope));
                        match (totals_first, totals.is_empty(), rows.is_empty()) {
                            (true, false, _) | (false, false, true) => totals,
                            _ => rows,
                        }
                    })
                    .collect()
            };
            vec![by(true), by(false)]
        }
        _ => Vec::new(),
    };
    lists.into_iter().filter(|l| !l.is_empty()).collect()
}

/// T003: each stated subtotal equals the sum of its stated parts.
pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let all = stated(ctx);
    let judgement = judge(ctx, &all);
    for total in &all {
        let Some(covers) = &total.covers else {
            continue;
        };
        // A sector subtotal against its sub-sector subtotals only where the
        // sector has no rows: with rows, T002 judges it, or (a sub-sector
        // stated without rows) neither its rows nor its subtotals make it up.
        if let Covers::Gpc { reference } = covers
            && ctx.inventory.records().iter().any(|r| {
                r.gpc()
                    .is_some_and(|c| c.cell().sector_number == *reference)
            })
        {
            continue;
        }
        let alternatives = parts_of(covers, &all);
        let Some(parts) = alternatives.first() else {
            continue;
        };
        let hidden = |&i: &usize| matches!(all[i].figure, Figure::Key(NotationKey::Confidential));
        if (matches!(total.figure, Figure::Key(_)) && !total.figure.says_nothing_here())
            || alternatives.iter().flatten().any(hidden)
        {
            continue;
        }
        if judgement.compared(total.index)
            || alternatives
                .iter()
                .flatten()
                .any(|&i| judgement.flagged(all[i].index))
        {
            continue;
        }
        let sum_of = |list: &[usize]| -> f64 { list.iter().map(|&i| all[i].figure.amount()).sum() };
        let stated = total.figure.amount();
        if alternatives
            .iter()
            .any(|list| ctx.options.agree(stated, sum_of(list)))
        {
            continue;
        }
        let sum = sum_of(parts);
        let cells: Vec<String> = parts
            .iter()
            .map(|&i| {
                ctx.locations
                    .source_of(all[i].field())
                    .map_or_else(|| all[i].name(), |s| s.cell.a1())
            })
            .collect();
        let finding = match total.figure {
            Figure::Key(key) => ctx
                .finding(
                    Code::SubtotalDiffersFromParts,
                    "t003-key-but-parts-hold-amounts",
                    total.field(),
                )
                .arg("key", key.code())
                .value(Some(key.code().to_owned())),
            Figure::Tonnes(value) => ctx
                .finding(
                    Code::SubtotalDiffersFromParts,
                    "t003-subtotal-differs-from-parts",
                    total.field(),
                )
                .arg("stated", to_the_gram(value))
                .arg("difference", to_the_gram((value - sum).abs()))
                .value(Some(value.to_string())),
        };
        out.push(
            finding
                .arg("total", total.name())
                .arg("sum", to_the_gram(sum))
                .arg("parts", parts.len())
                .arg("cells", cells.join(", "))
                .help("t003-subtotal-differs-from-parts-help"),
        );
    }
}
