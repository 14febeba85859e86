//! N006: a notation key in a cell the GPC does not have. Records always
//! name a GPC cell (a reference the GPC lacks is G001, a labelled row that
//! names none G006 or G007); what is left is a total stated for a
//! sub-sector and a scope, as the eCRF_2 matrix does, in a scope the GPC
//! has no cell for in that sub-sector (waste in scope 2, IPPU and AFOLU in
//! scopes 2 and 3, fugitive emissions beyond scope 1).

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::{Field, ReportedField};
use crate::normalize::sector::{LabelMatch, cell_for, resolve_label};

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for (index, total) in ctx.inventory.reported_totals().iter().enumerate() {
        let (Some(key), Some(scope), Some(label)) =
            (total.notation_key, total.scope, total.label.as_deref())
        else {
            continue;
        };
        // Only a label that names sub-sectors: sector and grand totals, and
        // the CRF's energy-generation rows, are not GPC cells to judge.
        let subs: Vec<&str> = match resolve_label(None, label) {
            LabelMatch::SubSector(sub) => vec![sub],
            LabelMatch::Combined(subs) => subs.to_vec(),
            _ => continue,
        };
        if subs
            .iter()
            .any(|sub| cell_for(sub, scope.number()).is_some())
        {
            continue;
        }
        let field = Field::ReportedTotal(index, ReportedField::NotationKey);
        out.push(
            ctx.finding(Code::KeyInNoGpcCell, "n006-key-in-no-gpc-cell", field)
                .arg("key", key.code())
                .arg("label", label)
                .arg("scope", u32::from(scope.number()))
                .value(Some(key.code().to_owned()))
                .help("n006-key-in-no-gpc-cell-help"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::{Inventory, NotationKey, ReportedTotal, Scope};

    fn keyed(label: &str, scope: Scope) -> ReportedTotal {
        ReportedTotal {
            label: Some(label.to_owned()),
            scope: Some(scope),
            notation_key: Some(NotationKey::NotEstimated),
            ..Default::default()
        }
    }

    #[test]
    fn a_key_where_the_gpc_has_no_cell_is_found_at_its_cell() {
        let inventory = Inventory {
            reported_totals: Some(vec![
                keyed("IPPU > Industrial process", Scope::Three),
                keyed("IPPU > Industrial process", Scope::One),
                keyed("Waste > Wastewater", Scope::Three),
                keyed("Total IPPU", Scope::Three),
                keyed("Transportation > Off-road", Scope::Two),
            ]),
            ..Default::default()
        };
        let case = Case::of(inventory).cell(
            Field::ReportedTotal(0, ReportedField::NotationKey),
            "eCRF_2",
            "G22",
            "IPPU > Industrial process",
        );
        let found = case.run_inventory(check);
        let got: Vec<(Code, Option<String>, String)> = found
            .iter()
            .map(|f| {
                (
                    f.code,
                    f.cell.as_ref().map(CellRef::a1),
                    f.args.get("scope").unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(Code::KeyInNoGpcCell, Some("G22".to_owned()), "3".to_owned())]
        );
    }
}
