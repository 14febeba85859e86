//! The page around the sections: the document head with its inline style
//! sheet, the title and the links to the sections, and the foot. No
//! external asset and no script: the page reads the same offline.

use std::fmt::Write as _;

use super::{word, words};
use crate::diagnostic::Arg;
use crate::report::catalogue;

/// Small on purpose: plain tables and a few colours keep a large batch
/// quick to lay out.
const STYLE: &str = "\
:root{color-scheme:light}\
body{font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;margin:0 auto;max-width:1360px;padding:0 16px 48px;color:#1f2937;background:#fff}\
header{border-bottom:2px solid #d1d5db}\
h1{font-size:22px;margin:16px 0 4px}\
h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #e5e7eb}\
h3{font-size:15px;margin:18px 0 4px;word-break:break-all}\
h4{font-size:14px;margin:10px 0 4px}\
nav{margin:6px 0 10px}nav a{margin-right:14px}\
a{color:#1d4ed8}\
table{border-collapse:collapse;margin:6px 0}\
th,td{border:1px solid #e5e7eb;padding:3px 6px;text-align:left;vertical-align:top}\
thead th{background:#f3f4f6}\
caption{text-align:left;font-weight:600;padding:2px 0 4px}\
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\
.e{background:#fee2e2;color:#991b1b}\
.w{background:#fef3c7;color:#92400e}\
.i{background:#dbeafe;color:#1e40af}\
.ok{background:#dcfce7;color:#166534}\
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}\
.stat{border:1px solid #e5e7eb;border-radius:6px;padding:4px 12px;min-width:100px}\
.stat b{display:block;font-size:20px}\
.scroll{overflow-x:auto}\
.matrix{table-layout:fixed}\
.matrix{margin:0}.matrix td:first-child{white-space:nowrap;overflow:clip}\
.chunk{content-visibility:auto;contain-intrinsic-size:auto 4200px}\
.matrix td.n{text-align:center;font-weight:600}\
section.file{content-visibility:auto;contain-intrinsic-size:auto 800px}\
.whole{font-style:italic;color:#6b7280}\
.badge{border-radius:4px;padding:1px 6px;font-size:12px;font-weight:600}\
details.inventory{border:1px solid #e5e7eb;border-radius:6px;margin:8px 0;padding:2px 10px 6px}\
summary{cursor:pointer;padding:4px 0}\
.counts{color:#4b5563}\
.figures{display:flex;flex-wrap:wrap;gap:6px 20px;align-items:flex-start}\
.diff{color:#991b1b;font-weight:600}\
.same{color:#6b7280}\
.note{color:#4b5563;font-size:12px;margin:2px 0 8px}\
.findings{width:100%}\
.findings .help{color:#4b5563}\
.cell{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:nowrap}\
tr.more td{color:#4b5563;font-style:italic}\
figure{margin:0}figcaption{font-weight:600;padding:2px 0 4px}\
.chart svg{font-size:12px;max-width:100%;height:auto}\
.chart text{fill:#1f2937}.bar{fill:#2563eb}.bar.neg{fill:#059669}\
code{font-size:12px;color:#4b5563}\
ul.unreadable li{margin:4px 0}\
footer{margin-top:32px;color:#6b7280;font-size:12px}\
@media print{details{break-inside:avoid}}";

/// The document's start: head, title, and links to the sections present
/// (`(anchor, message id)`).
pub fn head(html: &mut String, sections: &[(&str, &'static str)]) {
    let title = word("html-title");
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>{title}</h1><nav>",
        lang = catalogue::language().code(),
    );
    for (anchor, id) in sections {
        let _ = write!(html, "<a href=\"#{anchor}\">{}</a>", word(id));
    }
    html.push_str("</nav></header>\n<main>\n");
}

/// The document's end.
pub fn foot(html: &mut String) {
    let _ = write!(
        html,
        "</main>\n<footer>{}</footer>\n</body>\n</html>\n",
        words(
            "html-footer",
            &[("version", Arg::from(env!("CARGO_PKG_VERSION")))]
        )
    );
}
