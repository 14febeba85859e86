//! An inventory's totals: recomputed per GPC sector and scope from its
//! records, beside the subtotals the submission states for a sector; and
//! the whole-inventory totals (scope 1, 2, 3, BASIC, BASIC+) recomputed
//! beside those it reports, differences marked. Sums only: nothing here
//! judges the inventory (the rules did).

use std::fmt::Write as _;

use super::{escape, tonnes, word, words};
use crate::diagnostic::Arg;
use crate::model::gpc;
use crate::outcome::InventorySummary;
use crate::rules::options::RuleOptions;

/// One GPC sector's emissions in tCO2e.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SectorTotals {
    /// `I` to `VI`.
    pub number: &'static str,
    pub name: &'static str,
    /// Recomputed per scope.
    pub scopes: [Option<f64>; 3],
    /// As stated for the sector in all scopes.
    pub reported: Option<f64>,
    /// As stated for the sector per scope.
    pub reported_scopes: [Option<f64>; 3],
}

impl SectorTotals {
    /// Recomputed, all scopes.
    pub fn total(&self) -> Option<f64> {
        self.scopes
            .iter()
            .flatten()
            .copied()
            .reduce(|a, b| a + b)
            .map(crate::model::totals::to_the_gram)
    }

    fn is_empty(&self) -> bool {
        self.scopes.iter().all(Option::is_none)
            && self.reported.is_none()
            && self.reported_scopes.iter().all(Option::is_none)
    }
}

/// The sectors in GPC order, each with what is known of it; sectors with
/// neither an amount nor a stated subtotal are left out.
pub fn by_sector(inventory: &InventorySummary) -> Vec<SectorTotals> {
    let mut sectors: Vec<SectorTotals> = Vec::new();
    for cell in gpc::table().cells() {
        if sectors
            .last()
            .is_none_or(|s| s.number != cell.sector_number)
        {
            sectors.push(SectorTotals {
                number: &cell.sector_number,
                name: &cell.sector,
                ..SectorTotals::default()
            });
        }
    }
    for record in inventory.inventory.records() {
        let (Some(cell), Some(amount)) = (record.gpc(), record.amount()) else {
            continue;
        };
        let number = cell.cell().sector_number.as_str();
        if let Some(sector) = sectors.iter_mut().find(|s| s.number == number) {
            let slot = &mut sector.scopes[usize::from(cell.scope().number()) - 1];
            *slot = Some(slot.unwrap_or(0.0) + amount);
        }
    }
    for sector in &mut sectors {
        for slot in &mut sector.scopes {
            *slot = slot.map(crate::model::totals::to_the_gram);
        }
    }
    for total in inventory.inventory.reported_totals() {
        let in_tonnes = total
            .unit
            .as_deref()
            .is_none_or(|u| u.eq_ignore_ascii_case("tco2e"));
        let (Some(number), Some(value), true) = (total.gpc_ref.as_deref(), total.value, in_tonnes)
        else {
            continue;
        };
        let Some(sector) = sectors.iter_mut().find(|s| s.number == number) else {
            continue;
        };
        let slot = match total.scope {
            Some(scope) => &mut sector.reported_scopes[usize::from(scope.number()) - 1],
            None => &mut sector.reported,
        };
        slot.get_or_insert(value);
    }
    sectors.retain(|s| !s.is_empty());
    sectors
}

/// A recomputed figure, and under it the stated one when there is one,
/// marked when the two differ.
fn figure(html: &mut String, recomputed: Option<f64>, stated: Option<f64>) {
    html.push_str("<td class=\"num\">");
    if let Some(value) = recomputed {
        html.push_str(&tonnes(value));
    }
    if let Some(stated) = stated {
        let differs = !RuleOptions::default().agree(recomputed.unwrap_or(0.0), stated);
        let _ = write!(
            html,
            "<br><small class=\"{}\">{} {}{}</small>",
            if differs { "diff" } else { "same" },
            word("html-reported-short"),
            tonnes(stated),
            if differs { " \u{2260}" } else { "" }
        );
    }
    html.push_str("</td>");
}

/// The table of sectors × scopes.
pub fn sectors(html: &mut String, sectors: &[SectorTotals]) {
    let _ = write!(
        html,
        "<table class=\"totals\"><caption>{}</caption><thead><tr>",
        word("html-by-sector")
    );
    for id in [
        "html-col-sector",
        "html-col-scope1",
        "html-col-scope2",
        "html-col-scope3",
        "html-col-all-scopes",
    ] {
        let _ = write!(html, "<th>{}</th>", word(id));
    }
    html.push_str("</tr></thead><tbody>");
    for sector in sectors {
        let _ = write!(
            html,
            "<tr><th>{} <span>{}</span></th>",
            sector.number,
            escape(sector.name)
        );
        for (scope, stated) in sector.scopes.iter().zip(sector.reported_scopes) {
            figure(html, *scope, stated);
        }
        figure(html, sector.total(), sector.reported);
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>\n");
}

/// The whole-inventory totals, recomputed beside reported (those known).
pub fn whole(html: &mut String, inventory: &InventorySummary) {
    let (totals, reported) = (&inventory.totals, &inventory.reported_totals);
    let lines = [
        ("html-col-scope1", totals.scope1, reported.scopes[0]),
        ("html-col-scope2", totals.scope2, reported.scopes[1]),
        ("html-col-scope3", totals.scope3, reported.scopes[2]),
        ("html-row-basic", totals.basic, reported.basic),
        (
            "html-row-basic-plus",
            totals.basic_plus,
            reported.basic_plus,
        ),
    ];
    let lines: Vec<_> = lines
        .into_iter()
        .filter(|(_, recomputed, stated)| recomputed.is_some() || stated.is_some())
        .collect();
    if lines.is_empty() {
        return;
    }
    let _ = write!(
        html,
        "<table class=\"totals\"><caption>{}</caption><thead><tr><th></th>",
        word("html-totals")
    );
    for id in [
        "html-col-recomputed",
        "html-col-reported",
        "html-col-difference",
    ] {
        let _ = write!(html, "<th>{}</th>", word(id));
    }
    html.push_str("</tr></thead><tbody>");
    let options = RuleOptions::default();
    for (id, recomputed, stated) in lines {
        let _ = write!(html, "<tr><th>{}</th>", word(id));
        let cell = |value: Option<f64>| value.map(tonnes).unwrap_or_default();
        let _ = write!(
            html,
            "<td class=\"num\">{}</td><td class=\"num\">{}</td>",
            cell(recomputed),
            cell(stated)
        );
        match (recomputed, stated) {
            (Some(a), Some(b)) if !options.agree(a, b) => {
                let _ = write!(
                    html,
                    "<td class=\"num diff\">{} \u{2260}</td>",
                    tonnes(a - b)
                );
            }
            (Some(a), Some(b)) => {
                let _ = write!(html, "<td class=\"num same\">{}</td>", tonnes(a - b));
            }
            _ => html.push_str("<td></td>"),
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>\n");
}

/// How differences are marked.
pub fn note(html: &mut String) {
    let options = RuleOptions::default();
    let _ = writeln!(
        html,
        "<p class=\"note\">{}</p>",
        words(
            "html-totals-note",
            &[
                ("percent", Arg::from(options.total_tolerance_percent)),
                ("tonnes", Arg::from(options.total_tolerance_tonnes)),
            ]
        )
    );
}
