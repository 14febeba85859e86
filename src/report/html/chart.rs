//! An inline SVG bar chart of an inventory's emissions by GPC sector (all
//! scopes, recomputed): one bar per sector with emissions, its length in
//! proportion to the largest, the figure written beside it. Removals
//! (negative sums) are drawn the same length for their size, in another
//! colour.

use std::fmt::Write as _;

use super::totals::SectorTotals;
use super::{escape, tonnes, word};

const LABEL_WIDTH: f64 = 330.0;
const BAR_WIDTH: f64 = 300.0;
const ROW: f64 = 26.0;
const BAR: f64 = 18.0;

/// The chart, or nothing when no sector has emissions.
pub fn write(html: &mut String, sectors: &[SectorTotals]) {
    let bars: Vec<(&SectorTotals, f64)> = sectors
        .iter()
        .filter_map(|s| s.total().filter(|t| *t != 0.0).map(|t| (s, t)))
        .collect();
    let Some(largest) = bars.iter().map(|(_, t)| t.abs()).reduce(f64::max) else {
        return;
    };
    let caption = word("html-chart");
    let width = LABEL_WIDTH + BAR_WIDTH + 110.0;
    let height = ROW * bars.len() as f64 + 4.0;
    let _ = write!(
        html,
        "<figure class=\"chart\"><figcaption>{caption}</figcaption>\
         <svg viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{caption}\">"
    );
    for (i, (sector, total)) in bars.iter().enumerate() {
        let y = ROW * i as f64 + 2.0;
        let length = (total.abs() / largest * BAR_WIDTH).max(1.0);
        let label = format!("{} {}", sector.number, escape(sector.name));
        let figure = tonnes(*total);
        let _ = write!(
            html,
            "<text x=\"0\" y=\"{text_y}\">{label}</text>\
             <rect class=\"{class}\" x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{length:.1}\" height=\"{BAR}\">\
             <title>{label}: {figure}</title></rect>\
             <text x=\"{value_x:.1}\" y=\"{text_y}\">{figure}</text>",
            text_y = y + 13.0,
            class = if *total < 0.0 { "bar neg" } else { "bar" },
            value_x = LABEL_WIDTH + length + 6.0,
        );
    }
    html.push_str("</svg></figure>\n");
}
