//! Batch rules: run once after the last file, over what the batch's
//! inventories say of themselves, for findings that belong to no single
//! file.

mod same_city_year;

use crate::diagnostic::BatchFinding;
use crate::model::ReportedTotals;
use crate::model::totals::Totals;

/// What batch rules know of one inventory of the batch.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchEntry {
    /// The id given in the batch (unique, e.g. `br-testville-2022-2`).
    pub id: String,
    /// The id before it was made unique: equal for the same city, country
    /// and year.
    pub base_id: String,
    /// The submitted file, as shown in reports.
    pub file: String,
    pub city: Option<String>,
    pub year: Option<i64>,
    /// Totals recomputed from the records.
    pub totals: Totals,
    /// Totals the submission states.
    pub reported: ReportedTotals,
}

/// Runs every batch rule over the entries, in input order.
pub fn check(entries: &[BatchEntry]) -> Vec<BatchFinding> {
    same_city_year::check(entries)
}
