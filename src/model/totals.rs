//! Scope 1/2/3, BASIC and BASIC+ totals recomputed from emission records
//! (GPC v1.1 chapter 4): each record counts by the scope and reporting level
//! of its GPC cell, whatever scope the submitter wrote beside it.

use serde::Serialize;

use super::gpc::Level;
use super::inventory::Inventory;
use super::vocab::Scope;

/// Totals in tCO2e; `None` where no record contributes a number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    pub scope1: Option<f64>,
    pub scope2: Option<f64>,
    pub scope3: Option<f64>,
    pub basic: Option<f64>,
    pub basic_plus: Option<f64>,
}

fn add(slot: &mut Option<f64>, amount: f64) {
    *slot = Some(slot.unwrap_or(0.0) + amount);
}

/// Sums are rounded to the gram (6 decimals of a tonne) so that float noise
/// such as `1912883.0070000004` does not reach reports.
fn round(total: Option<f64>) -> Option<f64> {
    total.map(to_the_gram)
}

/// Tonnes rounded to the gram (6 decimals).
pub fn to_the_gram(tonnes: f64) -> f64 {
    (tonnes * 1e6).round() / 1e6
}

/// Totals of an inventory.
pub fn compute(inventory: &Inventory) -> Totals {
    let totals = sum(inventory);
    Totals {
        scope1: round(totals.scope1),
        scope2: round(totals.scope2),
        scope3: round(totals.scope3),
        basic: round(totals.basic),
        basic_plus: round(totals.basic_plus),
    }
}

fn sum(inventory: &Inventory) -> Totals {
    let mut totals = Totals::default();
    for record in inventory.records() {
        let (Some(cell), Some(amount)) = (record.gpc(), record.amount()) else {
            continue;
        };
        match cell.scope() {
            Scope::One => add(&mut totals.scope1, amount),
            Scope::Two => add(&mut totals.scope2, amount),
            Scope::Three => add(&mut totals.scope3, amount),
        }
        match cell.level() {
            Level::Basic => {
                add(&mut totals.basic, amount);
                add(&mut totals.basic_plus, amount);
            }
            Level::BasicPlus => add(&mut totals.basic_plus, amount),
            Level::Territorial | Level::Other => {}
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn inventory(records: serde_json::Value) -> Inventory {
        Inventory::from_json(&json!({ "emissions": records })).inventory
    }

    #[test]
    fn totals_follow_the_gpc_levels() {
        let inventory = inventory(json!([
            {"gpc_ref": "I.1.1", "total_tco2e": 100.0},
            {"gpc_ref": "I.1.2", "gases": {"co2": {"tco2e": 40.0}, "ch4": {"tco2e": 2.0}}},
            {"gpc_ref": "I.1.3", "total_tco2e": 5.0},
            {"gpc_ref": "I.4.4", "total_tco2e": 1000.0},
            {"gpc_ref": "III.1.2", "total_tco2e": 7.0},
            {"gpc_ref": "IV.1", "total_tco2e": 3.0},
            {"gpc_ref": "VI.1", "total_tco2e": 11.0},
            {"gpc_ref": "I.9.9", "total_tco2e": 99999.0},
            {"gpc_ref": "II.1.1", "notation_key": "NE"}
        ]));
        let t = compute(&inventory);
        assert_eq!(t.scope1, Some(1103.0));
        assert_eq!(t.scope2, Some(42.0));
        assert_eq!(t.scope3, Some(23.0));
        assert_eq!(t.basic, Some(149.0));
        assert_eq!(t.basic_plus, Some(157.0));
    }

    #[test]
    fn nothing_to_sum_gives_null_totals() {
        let t = compute(&inventory(
            json!([{"gpc_ref": "I.1.1", "notation_key": "NO"}]),
        ));
        assert_eq!(t, Totals::default());
    }
}
