//! An inventory's totals as the text report shows them: scope 1, 2, 3,
//! BASIC and BASIC+, recomputed from its records beside those it reports,
//! a reported one outside the tolerance of the default rule options
//! (0.5 % or 1 t) marked. Columns with no figure either way are left out,
//! and the whole table when no column is left.

use super::chrome::{self, Glyphs};
use crate::diagnostic::Arg;
use crate::outcome::InventorySummary;
use crate::rules::RuleOptions;

/// One column: its name, the recomputed and the reported figure.
pub struct Column {
    pub name: String,
    pub recomputed: Option<f64>,
    pub reported: Option<f64>,
}

impl Column {
    /// True when both figures are there and differ beyond the tolerance.
    pub fn differs(&self) -> bool {
        match (self.recomputed, self.reported) {
            (Some(a), Some(b)) => !RuleOptions::default().agree(a, b),
            _ => false,
        }
    }
}

/// The columns of an inventory that have a figure.
pub fn columns(inventory: &InventorySummary) -> Vec<Column> {
    let totals = &inventory.totals;
    let reported = &inventory.reported_totals;
    let scope = |n: i64| chrome::text("text-scope", &[("scope", Arg::Integer(n))]);
    [
        (scope(1), totals.scope1, reported.scopes[0]),
        (scope(2), totals.scope2, reported.scopes[1]),
        (scope(3), totals.scope3, reported.scopes[2]),
        (
            chrome::text("text-basic", &[]),
            totals.basic,
            reported.basic,
        ),
        (
            chrome::text("text-basic-plus", &[]),
            totals.basic_plus,
            reported.basic_plus,
        ),
    ]
    .into_iter()
    .filter(|(_, a, b)| a.is_some() || b.is_some())
    .map(|(name, recomputed, reported)| Column {
        name,
        recomputed,
        reported,
    })
    .collect()
}

/// The table, indented by two spaces; empty when there is nothing to show.
/// The recomputed row is left out when no total could be recomputed (a
/// table of totals), the reported one when the inventory reports none.
pub fn render(inventory: &InventorySummary, glyphs: Glyphs) -> String {
    let columns = columns(inventory);
    if columns.is_empty() {
        return String::new();
    }
    let figure = |value: Option<f64>| value.map_or(glyphs.none.to_owned(), tonnes);
    let mut rows = vec![
        std::iter::once(chrome::text("text-totals-unit", &[]))
            .chain(columns.iter().map(|c| c.name.clone()))
            .collect::<Vec<_>>(),
    ];
    if columns.iter().any(|c| c.recomputed.is_some()) {
        rows.push(
            std::iter::once(chrome::text("text-totals-recomputed", &[]))
                .chain(columns.iter().map(|c| figure(c.recomputed)))
                .collect(),
        );
    }
    if columns.iter().any(|c| c.reported.is_some()) {
        rows.push(
            std::iter::once(chrome::text("text-totals-reported", &[]))
                .chain(columns.iter().map(|c| {
                    let mark = if c.differs() { glyphs.differs } else { "" };
                    format!("{}{mark}", figure(c.reported))
                }))
                .collect(),
        );
    }
    let widths: Vec<usize> = (0..=columns.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::from("  ");
        for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if i == 0 {
                line.push_str(&format!("{cell:<width$}"));
            } else {
                line.push_str(&format!("  {cell:>width$}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if columns.iter().any(Column::differs) {
        let options = RuleOptions::default();
        out.push_str("  ");
        out.push_str(&chrome::text(
            "text-totals-differs",
            &[
                ("mark", glyphs.differs.into()),
                ("percent", options.total_tolerance_percent.into()),
                ("tonnes", options.total_tolerance_tonnes.into()),
            ],
        ));
        out.push('\n');
    }
    out
}

/// Tonnes as a person reads them: whole tonnes with thousands separated
/// (`12,345`) from 100 t up, else up to two decimals (`3.25`).
pub fn tonnes(value: f64) -> String {
    if value.abs() >= 100.0 {
        let whole = format!("{:.0}", value.abs());
        let mut out = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if value < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::totals::Totals;

    fn inventory(totals: Totals, scopes: [Option<f64>; 3], basic: Option<f64>) -> InventorySummary {
        let mut summary = crate::report::sample::multi_inventory()
            .inventories
            .remove(0);
        summary.totals = totals;
        summary.reported_totals.scopes = scopes;
        summary.reported_totals.basic = basic;
        summary
    }

    #[test]
    fn tonnes_are_grouped_from_a_hundred_up() {
        assert_eq!(tonnes(1234567.4), "1,234,567");
        assert_eq!(tonnes(-1234.0), "-1,234");
        assert_eq!(tonnes(100.0), "100");
        assert_eq!(tonnes(3.25), "3.25");
        assert_eq!(tonnes(0.0), "0");
    }

    #[test]
    fn a_reported_total_outside_the_tolerance_is_marked() {
        let totals = Totals {
            scope1: Some(12000.0),
            scope2: Some(500.0),
            basic: Some(12500.0),
            ..Totals::default()
        };
        let table = render(
            &inventory(totals, [Some(12010.0), Some(800.0), None], None),
            Glyphs::UNICODE,
        );
        assert_eq!(
            table,
            "  t CO2e      scope 1  scope 2   BASIC\n\
            \x20 recomputed   12,000      500  12,500\n\
            \x20 reported     12,010     800≠       —\n\
            \x20 ≠ differs from the recomputed total by more than 0.5 % or 1 t\n"
        );
        let ascii = render(
            &inventory(totals, [Some(12010.0), Some(800.0), None], None),
            Glyphs::ASCII,
        );
        assert!(ascii.contains("800!=") && ascii.is_ascii(), "{ascii}");
    }

    #[test]
    fn nothing_to_show_is_no_table_and_no_reported_figure_no_row() {
        assert_eq!(
            render(
                &inventory(Totals::default(), [None; 3], None),
                Glyphs::UNICODE
            ),
            ""
        );
        let totals = Totals {
            scope1: Some(10.0),
            ..Totals::default()
        };
        assert_eq!(
            render(&inventory(totals, [None; 3], None), Glyphs::UNICODE),
            "  t CO2e      scope 1\n  recomputed       10\n"
        );
    }
}
