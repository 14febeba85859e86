//! What an inventory states beside its records: totals as the submission
//! reports them (a CRF summary, a CDP total column) and mitigation
//! targets.

use super::lenient::lenient_struct;
use super::vocab::{Framework, NotationKey, Scope, TargetKind};

lenient_struct! {
    /// A total as the submission states it, before any recomputation.
    pub struct ReportedTotal {
        pub framework: Option<Framework>,
        /// The total's label in the file, e.g. `BASIC total`.
        pub label: Option<String>,
        /// The sector it totals; none for a whole-inventory total.
        pub sector: Option<String>,
        /// The GPC sector or sub-sector (`I`, `I.1`) whose emissions in all
        /// scopes the total sums, as a hierarchical export's subtotal row
        /// states it.
        pub gpc_ref: Option<String>,
        pub scope: Option<Scope>,
        /// The column it was read from.
        pub column: Option<String>,
        pub value: Option<f64>,
        pub notation_key: Option<NotationKey>,
        /// Why the key was used, where the source has a place to say so.
        pub notation_explanation: Option<String>,
        /// For IE: the GPC cell or sector written beside the key.
        pub included_in: Option<String>,
        /// The unit of `value`; tonnes CO2e when absent.
        pub unit: Option<String>,
    }
}

impl ReportedTotal {
    /// The scope of a whole-inventory per-scope total: one that names no
    /// sector, or the CRF's `Total Emissions (excluding generation of
    /// grid-supplied energy)`; not a BASIC or BASIC+ total.
    pub fn whole_inventory_scope(&self) -> Option<Scope> {
        let label = self.label.as_deref().unwrap_or("").to_lowercase();
        if label.contains("basic") {
            return None;
        }
        (self.sector.is_none() || label.starts_with("total emissions"))
            .then_some(self.scope)
            .flatten()
    }
}

lenient_struct! {
    /// A mitigation target.
    pub struct Target {
        #[serde(rename = "type")]
        pub kind: Option<TargetKind>,
        pub base_year: Option<i64>,
        #[serde(rename = "base_year_emissions_tco2e")]
        pub base_year_emissions: Option<f64>,
        pub target_year: Option<i64>,
        pub reduction_percent: Option<f64>,
        pub coverage: Option<String>,
    }
}
