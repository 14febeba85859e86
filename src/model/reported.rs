//! The whole-inventory totals a submission states (scope 1, 2, 3, BASIC,
//! BASIC+), picked from its reported totals once, so that the rules and the
//! datasets compare the same figures with the recomputed [`super::totals`].

use super::inventory::Inventory;
use super::vocab::Scope;

/// Stated totals in tonnes CO2e, in the GWP set the submission declared.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ReportedTotals {
    /// Scope 1, 2 and 3.
    pub scopes: [Option<f64>; 3],
    pub basic: Option<f64>,
    pub basic_plus: Option<f64>,
}

impl ReportedTotals {
    /// Per scope: a total that names no sector, or the CRF's `Total
    /// Emissions (excluding generation of grid-supplied energy)`; BASIC and
    /// BASIC+ by label. The first of each kind counts. `co2e_factor` gives
    /// the tonnes CO2e of one unit as written (`tCO2e`, `kt CO2e`, ...); a
    /// total in a unit it does not know is left out. Units come from the
    /// unit table, which the model does not own.
    pub fn of(inventory: &Inventory, co2e_factor: impl Fn(&str) -> Option<f64>) -> Self {
        let mut reported = ReportedTotals::default();
        for total in inventory.reported_totals() {
            let Some(value) = total.value else {
                continue;
            };
            let Some(factor) = co2e_factor(total.unit.as_deref().unwrap_or("tCO2e")) else {
                continue;
            };
            let tonnes = value * factor;
            let label = total.label.as_deref().unwrap_or("").to_lowercase();
            let slot = if label.contains("basic+") || label.contains("basic plus") {
                &mut reported.basic_plus
            } else if label.contains("basic") {
                &mut reported.basic
            } else if let Some(scope) = total.whole_inventory_scope() {
                &mut reported.scopes[usize::from(scope.number()) - 1]
            } else {
                continue;
            };
            slot.get_or_insert(tonnes);
        }
        reported
    }

    /// The stated total of one scope.
    pub fn scope(&self, scope: Scope) -> Option<f64> {
        self.scopes[usize::from(scope.number()) - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tonnes(unit: &str) -> Option<f64> {
        match unit {
            "tCO2e" => Some(1.0),
            "ktCO2e" => Some(1000.0),
            _ => None,
        }
    }

    #[test]
    fn the_first_total_of_each_kind_counts() {
        let document = json!({"reported_totals": [
            {"label": "Scope 1", "scope": 1, "value": 10.0},
            {"label": "Scope 1 again", "scope": 1, "value": 99.0},
            {"label": "Stationary energy", "sector": "I", "scope": 2, "value": 5.0},
            {"label": "Total emissions (excluding generation)", "sector": "all", "scope": 2, "value": 2.0, "unit": "ktCO2e"},
            {"label": "BASIC", "value": 30.0},
            {"label": "BASIC+ total", "value": 40.0},
            {"label": "Scope 3", "scope": 3, "value": 1.0, "unit": "bushels"},
            {"label": "no value", "scope": 3}
        ]});
        let inventory = Inventory::from_json(&document).inventory;
        let reported = ReportedTotals::of(&inventory, tonnes);
        assert_eq!(reported.scopes, [Some(10.0), Some(2000.0), None]);
        assert_eq!(reported.scope(Scope::Two), Some(2000.0));
        assert_eq!(
            (reported.basic, reported.basic_plus),
            (Some(30.0), Some(40.0))
        );
    }
}
