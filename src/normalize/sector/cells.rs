//! From a GPC sub-sector ("I.1", "III.2", "IV.1") and a scope to the GPC cell,
//! read off the GPC table (`schemas/gpc-refs.csv`) rather than from the digits:
//! waste does not follow "third digit = scope" (III.x.2 is scope 3), and
//! I.4.4 is a second scope-1 cell of I.4.
//!
//! Each sub-sector has at most one ordinary cell per scope. The territorial
//! cells (level `territorial`: I.4.4 and III.1.3 to III.4.3) are scope 1 too but
//! are never the ordinary answer; they are reached with [`territorial_cell`]
//! when a label says "generation of grid-supplied energy" or "waste generated
//! outside the city".

use crate::model::gpc::{self, GpcCell, Level};

/// The sub-sector part of a cell reference: "I.1.2" -> "I.1". IV, V and VI
/// cells have no third level and are their own sub-sector: "IV.1" -> "IV.1".
fn sub_sector_of(reference: &str) -> &str {
    if reference.matches('.').count() == 2 {
        reference
            .rsplit_once('.')
            .map_or(reference, |(head, _)| head)
    } else {
        reference
    }
}

/// The sector number of a sub-sector or cell: "III.2" -> "III".
pub(crate) fn sector_of(reference: &str) -> &str {
    reference.split('.').next().unwrap_or(reference)
}

/// The cells of one sub-sector, in table order.
fn cells_of(sub_sector: &str) -> impl Iterator<Item = &'static GpcCell> + '_ {
    gpc::table()
        .cells()
        .iter()
        .filter(move |c| sub_sector_of(&c.reference) == sub_sector)
}

/// The table's own spelling of a sub-sector ("I.1"), with a static lifetime,
/// or `None` when the GPC has no such sub-sector.
pub(crate) fn canonical_sub_sector(sub_sector: &str) -> Option<&'static str> {
    cells_of(sub_sector.trim())
        .next()
        .map(|c| sub_sector_of(&c.reference))
}

/// The sub-sector of a GPC cell, with a static lifetime: "II.1.3" -> "II.1".
pub(crate) fn sub_sector_of_cell(cell: &'static GpcCell) -> &'static str {
    sub_sector_of(&cell.reference)
}

/// The cell of `sub_sector` whose third digit is nearest to `index`, or the
/// sub-sector itself when it has no third level: `nearest_cell("II.5", 3) ==
/// Some("II.5.2")`, `nearest_cell("IV.1", 1) == Some("IV.1")`. For "did you mean".
pub(crate) fn nearest_cell(sub_sector: &str, index: u8) -> Option<&'static str> {
    let third = |c: &GpcCell| c.reference.rsplit('.').next()?.parse::<u8>().ok();
    cells_of(sub_sector)
        .min_by_key(|c| match c.reference == sub_sector {
            true => 0,
            false => third(c).map_or(u8::MAX, |t| t.abs_diff(index)),
        })
        .map(|c| c.reference.as_str())
}

/// The ordinary GPC cell of `sub_sector` in `scope`:
/// `cell_for("I.1", 2) == Some("I.1.2")`, `cell_for("III.1", 3) == Some("III.1.2")`,
/// `cell_for("I.4", 1) == Some("I.4.1")` (not the generation cell I.4.4),
/// `cell_for("IV.1", 1) == Some("IV.1")`, `cell_for("VI.1", 3) == Some("VI.1")`.
/// `None` when the sub-sector has no cell in that scope (`cell_for("II.5", 3)`,
/// `cell_for("III.1", 2)`, `cell_for("V.1", 3)`) or is not a GPC sub-sector.
pub fn cell_for(sub_sector: &str, scope: u8) -> Option<&'static str> {
    cells_of(sub_sector.trim())
        .find(|c| c.scope == scope && c.level != Level::Territorial)
        .map(|c| c.reference.as_str())
}

/// The territorial scope-1 cell of a sub-sector: `territorial_cell("I.4") ==
/// Some("I.4.4")` (energy generation supplied to the grid; the eCRF rows
/// "Electricity-only generation", "CHP generation", "Heat/cold generation"),
/// `territorial_cell("III.2") == Some("III.2.3")` (waste generated outside the
/// city, treated inside). `None` for sub-sectors without such a cell.
pub fn territorial_cell(sub_sector: &str) -> Option<&'static str> {
    cells_of(sub_sector.trim())
        .find(|c| c.level == Level::Territorial)
        .map(|c| c.reference.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stationary_and_transport_cells_follow_the_scope() {
        assert_eq!(cell_for("I.1", 1), Some("I.1.1"));
        assert_eq!(cell_for("I.2", 2), Some("I.2.2"));
        assert_eq!(cell_for("I.6", 3), Some("I.6.3"));
        assert_eq!(cell_for("I.7", 1), Some("I.7.1"));
        assert_eq!(cell_for("I.7", 2), None);
        assert_eq!(cell_for("II.1", 3), Some("II.1.3"));
        assert_eq!(cell_for("II.5", 2), Some("II.5.2"));
        assert_eq!(cell_for("II.5", 3), None, "there is no II.5.3");
    }

    #[test]
    fn energy_industries_scope_one_is_auxiliary_use_not_generation() {
        assert_eq!(cell_for("I.4", 1), Some("I.4.1"));
        assert_eq!(territorial_cell("I.4"), Some("I.4.4"));
    }

    #[test]
    fn waste_scope_three_is_the_second_cell() {
        assert_eq!(cell_for("III.1", 1), Some("III.1.1"));
        assert_eq!(cell_for("III.1", 3), Some("III.1.2"));
        assert_eq!(cell_for("III.4", 2), None);
        assert_eq!(territorial_cell("III.3"), Some("III.3.3"));
        assert_eq!(territorial_cell("I.1"), None);
    }

    #[test]
    fn ippu_afolu_and_other_scope_three_have_one_cell() {
        assert_eq!(cell_for("IV.1", 1), Some("IV.1"));
        assert_eq!(cell_for("IV.2", 3), None);
        assert_eq!(cell_for("V.3", 1), Some("V.3"));
        assert_eq!(cell_for("V.1", 2), None);
        assert_eq!(cell_for("VI.1", 3), Some("VI.1"));
    }

    #[test]
    fn unknown_sub_sectors_have_no_cell() {
        assert_eq!(cell_for("I.9", 1), None);
        assert_eq!(cell_for("I.1.1", 1), None, "a cell is not a sub-sector");
        assert_eq!(canonical_sub_sector(" II.3 "), Some("II.3"));
        assert_eq!(canonical_sub_sector("II.6"), None);
        assert_eq!(sector_of("III.2"), "III");
    }

    #[test]
    fn nearest_cell_keeps_the_sub_sector() {
        assert_eq!(nearest_cell("II.5", 3), Some("II.5.2"));
        assert_eq!(nearest_cell("I.1", 1), Some("I.1.1"));
        assert_eq!(nearest_cell("IV.1", 1), Some("IV.1"));
        assert_eq!(nearest_cell("I.9", 1), None);
    }
}
