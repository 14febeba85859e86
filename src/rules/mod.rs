//! Methodology rules (GPC / GCoM CRF) run after the schema check and the
//! normalisation, on the typed inventory:
//! - [`table`]: every rule with its code, what it reads and its check;
//! - [`context`]: what a rule is given ([`RuleContext`]);
//! - one file per rule (or small family of rules).

mod activity;
mod activity_factor;
pub mod batch;
mod biogenic;
pub mod blank_template;
mod cell_placement;
mod completeness;
pub mod context;
mod duplicates;
mod gwp_weights;
mod included_elsewhere;
mod key_placement;
mod magnitude;
mod notation_keys;
pub mod options;
pub mod pledge;
pub mod recommended_facts;
mod record_sums;
mod scope_consistency;
mod signs;
pub mod table;
mod targets;
#[cfg(test)]
mod testing;
mod totals;
pub mod year_on_year;
mod years;

pub use context::{RecordAt, RuleContext, Tables};
pub use options::RuleOptions;
pub use pledge::{Commitment, Pledge};
pub use table::{RULES, Reads, Rule};
pub use year_on_year::{EarlierInventory, History};

use crate::diagnostic::{Code, Finding};

/// The codes of the inventory and record rules that `enabled` lets run
/// and that have something to compare with (`ctx`'s earlier inventories for
/// H001, its commitments for K001), in code order, once each.
pub fn checked(ctx: &RuleContext<'_>, enabled: impl Fn(Code) -> bool) -> Vec<Code> {
    let mut codes: Vec<Code> = RULES
        .iter()
        .filter(|rule| !matches!(rule.reads, Reads::Batch))
        .map(|rule| rule.code)
        .filter(|&code| enabled(code))
        .filter(|&code| match code {
            Code::YearOnYearChange => !ctx.history.inventories.is_empty(),
            Code::PledgeNotMet => !ctx.commitments.is_empty(),
            _ => true,
        })
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// Runs the enabled rules on one inventory: the inventory rules first,
/// then, record by record, the record rules, in table order. `enabled`
/// says which codes to check (settings decide; `|_| true` runs them all).
pub fn check(ctx: &RuleContext<'_>, enabled: impl Fn(Code) -> bool) -> Vec<Finding> {
    let rules: Vec<&Rule> = RULES.iter().filter(|rule| enabled(rule.code)).collect();
    let mut out = Vec::new();
    for rule in &rules {
        if let Reads::Inventory(check) = rule.reads {
            run(rule, &mut out, |out| check(ctx, out));
        }
    }
    for (index, record) in ctx.inventory.records().iter().enumerate() {
        let at = RecordAt { index, record };
        for rule in &rules {
            if let Reads::Record(check) = rule.reads {
                run(rule, &mut out, |out| check(ctx, at, out));
            }
        }
    }
    out
}

/// Calls one rule, which may only emit its own code.
fn run(rule: &Rule, out: &mut Vec<Finding>, check: impl FnOnce(&mut Vec<Finding>)) {
    let before = out.len();
    check(out);
    debug_assert!(
        out[before..].iter().all(|f| f.code == rule.code),
        "rule {:?} emitted another code",
        rule.code
    );
}
