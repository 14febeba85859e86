//! The rule table: every methodology rule with its permanent code, what it
//! reads, and its check function. [`super::check`] walks an inventory once
//! and calls the rules that are enabled.

use super::context::{RecordAt, RuleContext};
use super::{notation_keys, recommended_facts, record_sums, scope_consistency};
use crate::diagnostic::{Code, Finding};

/// Checks the inventory as a whole.
pub type InventoryCheck = fn(&RuleContext<'_>, &mut Vec<Finding>);

/// Checks one emission record.
pub type RecordCheck = fn(&RuleContext<'_>, RecordAt<'_>, &mut Vec<Finding>);

/// What a rule reads, and so when the walk calls it.
#[derive(Clone, Copy)]
pub enum Reads {
    /// Called once per inventory, before its records.
    Inventory(InventoryCheck),
    /// Called once per emission record.
    Record(RecordCheck),
    /// Compares the inventories of a batch; run by the batch phase, not by
    /// [`super::check`].
    Batch,
}

/// One rule: it emits findings of its code only.
#[derive(Clone, Copy)]
pub struct Rule {
    pub code: Code,
    pub reads: Reads,
}

/// Every rule, in the order the walk calls them.
pub const RULES: &[Rule] = &[
    Rule {
        code: Code::RecommendedFactMissing,
        reads: Reads::Inventory(recommended_facts::check),
    },
    Rule {
        code: Code::NotationKeyUnexplained,
        reads: Reads::Record(notation_keys::unexplained),
    },
    Rule {
        code: Code::ValueWithNotationKey,
        reads: Reads::Record(notation_keys::with_value),
    },
    Rule {
        code: Code::ScopeMismatch,
        reads: Reads::Record(scope_consistency::check),
    },
    Rule {
        code: Code::TotalDiffersFromGases,
        reads: Reads::Record(record_sums::check),
    },
];

/// The rule of a code, if a rule emits it.
pub fn rule(code: Code) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.code == code)
}
