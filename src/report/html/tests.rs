//! Exact assertions on the page: the matrix's cells, escaping, "+N more",
//! the chart's bars, the totals marked where they differ.

use std::path::PathBuf;

use serde_json::json;

use super::matrix::Cell;
use super::*;
use crate::diagnostic::{CellRef, Code, Finding};
use crate::model::Inventory;
use crate::model::ReportedTotals;
use crate::outcome::InventorySummary;
use crate::report::sample;

/// The page of a run of `reports` and `batch`.
fn page(reports: &[FileReport], batch: &[BatchFinding], max: usize) -> String {
    let mut renderer = HtmlRenderer::new(Vec::new()).with_max_per_rule(max);
    let mut summary = Summary::default();
    renderer.begin().unwrap();
    for report in reports {
        summary.add(report);
        renderer.file(report).unwrap();
    }
    summary.add_batch(batch);
    renderer.batch(batch).unwrap();
    renderer.finish(&summary).unwrap();
    String::from_utf8(renderer.into_inner()).unwrap()
}

/// The part of `html` from `start` to the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let rest = &html[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// An inventory of `city` and 2022 with the given document.
fn inventory(city: &str, document: serde_json::Value) -> InventorySummary {
    let inventory = Inventory::from_json(&document).inventory;
    InventorySummary {
        id: format!("xx-{}-2022", city.len()),
        city: Some(city.into()),
        country: None,
        year: Some(2022),
        totals: crate::model::totals::compute(&inventory),
        fact_sources: Default::default(),
        status: Status::Invalid,
        reported_totals: ReportedTotals::of(&inventory, |_| Some(1.0)),
        reported: inventory.clone(),
        inventory,
        sources: Default::default(),
        rules_checked: Vec::new(),
    }
}

fn file(name: &str, inventories: Vec<InventorySummary>, findings: Vec<Finding>) -> FileReport {
    FileReport {
        path: PathBuf::from(name),
        format: None,
        layout: None,
        status: Status::Invalid,
        inventories,
        findings,
    }
}

fn text_in_number(row: u32) -> Finding {
    Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell")
        .arg("field", "CO2 (tCO2e)")
        .at(Some(CellRef::new(Some("Emissions"), row, 6)))
        .help("x001-text-in-number-cell-help")
}

#[test]
fn the_matrix_counts_errors_and_warnings_per_inventory_and_code() {
    let report = sample::multi_inventory();
    let anchors: Vec<String> = (1..=5).map(|i| format!("i{i}")).collect();
    let rows = matrix::rows(&report, "f", &anchors);
    type Cells<'a> = Vec<(&'a str, usize, Severity)>;
    let summary: Vec<(Option<&str>, Cells)> = rows
        .iter()
        .map(|r| {
            let cells = r
                .cells
                .iter()
                .map(|(code, Cell { count, severity })| (code.id(), *count, *severity))
                .collect();
            (r.city.as_deref(), cells)
        })
        .collect();
    let w = Severity::Warning;
    let e = Severity::Error;
    assert_eq!(
        summary,
        [
            // The file's own finding is information only.
            (None, vec![("X005", 1, Severity::Info)]),
            (Some("Testville"), vec![("F001", 1, w), ("S007", 1, e)]),
            (Some("Sampleton"), vec![("F001", 1, w)]),
            (Some("Exampleburg"), vec![("F001", 1, w), ("S007", 1, e)]),
            (Some("Demo City"), vec![("F001", 1, w), ("S007", 1, e)]),
            (Some("Mockford"), vec![("F001", 1, w), ("S007", 1, e)]),
        ]
    );
    let html = page(&[report], &[], 20);
    let matrix = between(&html, "<table class=\"matrix\"", "</table>");
    // Columns: the codes with errors or warnings; X005 (info) is not one.
    assert!(
        matrix.contains("<th class=\"code\" title=\"F001 "),
        "{matrix}"
    );
    assert!(!matrix.contains("X005"), "{matrix}");
    // Five inventory rows, the file's row left out (information only).
    assert_eq!(matrix.matches("<tr><td><a href").count(), 5);
    assert!(matrix.contains(
        "<tr><td><a href=\"#i3\" title=\"submissions/city-wide.csv\">city-wide.csv</a></td><td>Sampleton</td><td>2019</td>\
         <td class=\"n w\">1</td><td></td></tr>"
    ));
    assert!(matrix.contains("<td>Exampleburg</td><td>\u{2014}</td>"));
    assert!(matrix.contains("<td class=\"n e\">1</td>"));
}

#[test]
fn the_summary_counts_inventories_and_findings_by_code() {
    let (report, batch, _) = sample::run();
    let html = page(&[report, sample::multi_inventory()], &batch, 20);
    let stats = between(&html, "<div class=\"stats\">", "<h3>");
    assert!(stats.contains("<b>2</b> files"), "{stats}");
    assert!(stats.contains("<b>5</b> inventories"), "{stats}");
    // As the reports say: of the sample's inventories only Sampleton's is
    // valid (the others have an S007 error).
    assert!(stats.contains("<b>1</b> valid"), "{stats}");
    assert!(stats.contains("<b>4</b> invalid"), "{stats}");
    assert!(stats.contains("<b>5</b> errors"), "{stats}");
    let codes = between(&html, "<table class=\"codes\">", "</table>");
    // Most serious first, then most frequent.
    let order: Vec<&str> = codes.split("<b>").skip(1).map(|part| &part[..4]).collect();
    assert_eq!(order, ["S007", "X001", "F001", "B002", "X005"]);
    assert!(codes.contains("<td class=\"e\"><b>S007</b> <small>no-emissions</small></td>"));
    // F001: five findings in the table's five inventories and one in the
    // template file (one inventory of its own).
    assert!(codes.contains(
        "<tr><td class=\"w\"><b>F001</b> <small>recommended-fact-missing</small></td><td>warning</td>\
         <td>A recommended inventory fact is missing</td><td class=\"num\">6</td><td class=\"num\">6</td></tr>"
    ), "{codes}");
    // The batch finding has its own section, with its inventory.
    let batch = between(&html, "<h2 id=\"batch\">", "</table>");
    assert!(
        batch.contains("<td class=\"cell\">br-testville-2022-2</td>"),
        "{batch}"
    );
}

#[test]
fn every_text_from_the_submission_is_escaped() {
    let city = "<Bad & \"City\">";
    let mut finding = text_in_number(3);
    finding = finding.arg("field", "<script>alert(1)</script>");
    finding.inventory = Some(0);
    let report = file(
        "a&b<c>.csv",
        vec![inventory(city, json!({"emissions": []}))],
        vec![finding],
    );
    let html = page(&[report], &[], 20);
    assert!(!html.contains(city));
    assert!(!html.contains("<script>"));
    assert!(!html.contains("a&b<c>"));
    let escaped = "&lt;Bad &amp; &quot;City&quot;&gt;";
    assert_eq!(html.matches(escaped).count(), 2, "matrix and section");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("a&amp;b&lt;c&gt;.csv"));
    assert_eq!(escape("'\u{7}"), "&apos;\u{FFFD}");
}

#[test]
fn a_code_shows_its_first_findings_then_how_many_more() {
    let findings: Vec<Finding> = (1..=25)
        .map(|row| {
            let mut f = text_in_number(row);
            f.inventory = Some(0);
            f
        })
        .collect();
    let report = file(
        "many.csv",
        vec![inventory("Testville", json!({"emissions": []}))],
        findings,
    );
    let html = page(std::slice::from_ref(&report), &[], 20);
    let table = between(&html, "<table class=\"findings\">", "</table>");
    assert_eq!(table.matches("<td class=\"e\">X001</td>").count(), 20);
    assert!(table.contains("<td class=\"cell\">Emissions!G21</td>"));
    assert!(!table.contains("Emissions!G22"));
    assert!(
        table.contains("<tr class=\"more\"><td colspan=\"5\">+5 more X001 not shown</td></tr>")
    );
    // The matrix counts them all.
    assert!(html.contains("<td class=\"n e\">25</td>"));
    // 0: every finding.
    let all = page(&[report], &[], 0);
    assert_eq!(all.matches("<td class=\"e\">X001</td>").count(), 25);
    assert!(!all.contains("more X001"));
}

#[test]
fn past_the_page_budget_findings_are_only_counted() {
    let report = |name: &str| {
        let findings = (1..=8)
            .map(|row| {
                let mut f = text_in_number(row);
                f.inventory = Some(0);
                f
            })
            .collect();
        file(
            name,
            vec![inventory("Testville", json!({"emissions": []}))],
            findings,
        )
    };
    let mut renderer = HtmlRenderer::new(Vec::new()).with_budget(10, usize::MAX);
    renderer.file(&report("a.csv")).unwrap();
    renderer.file(&report("b.csv")).unwrap();
    renderer.finish(&Summary::default()).unwrap();
    let html = String::from_utf8(renderer.into_inner()).unwrap();
    assert_eq!(html.matches("<td class=\"e\">X001</td>").count(), 10);
    assert!(html.contains("+6 more X001 not shown"));
    assert!(html.contains("This page shows 10 findings in full"));
    let roomy = page(&[report("a.csv"), report("b.csv")], &[], 20);
    assert!(!roomy.contains("findings in full"));
}

#[test]
fn past_the_element_budget_inventories_have_no_section() {
    let report = |name: &str| {
        let mut finding = text_in_number(3);
        finding.inventory = Some(0);
        file(
            name,
            vec![inventory("Testville", json!({"emissions": []}))],
            vec![finding],
        )
    };
    let mut renderer = HtmlRenderer::new(Vec::new()).with_budget(usize::MAX, 10);
    renderer.file(&report("a.csv")).unwrap();
    renderer.file(&report("b.csv")).unwrap();
    renderer.finish(&Summary::default()).unwrap();
    let html = String::from_utf8(renderer.into_inner()).unwrap();
    assert_eq!(html.matches("<section class=\"file\"").count(), 1);
    assert!(html.contains("<h3>a.csv</h3>"));
    assert!(html.contains("1 inventory has no section on this page"));
    // Both rows in the matrix; only the first links to a section.
    assert!(html.contains("<tr><td><a href=\"#i2\" title=\"a.csv\">a.csv</a></td>"));
    assert!(html.contains("<tr><td title=\"b.csv\">b.csv</td>"));
}

#[test]
fn the_chart_has_one_bar_per_sector_with_emissions() {
    let document = json!({
        "emissions": [
            {"gpc_ref": "I.1.1", "total_tco2e": 1000.0},
            {"gpc_ref": "I.1.2", "total_tco2e": 500.0},
            {"gpc_ref": "II.1.1", "total_tco2e": 250.0},
            {"gpc_ref": "III.1.1", "total_tco2e": 125.5},
            {"gpc_ref": "IV.1", "notation_key": "NO"},
            {"gpc_ref": "V.1", "total_tco2e": -40.0}
        ],
        "reported_totals": [
            {"label": "Scope 1", "scope": 1, "value": 1400.0},
            {"label": "I", "gpc_ref": "I", "value": 1500.0},
            {"label": "II", "gpc_ref": "II", "value": 300.0}
        ]
    });
    let report = file("a.csv", vec![inventory("Testville", document)], vec![]);
    let html = page(&[report], &[], 20);
    let svg = between(&html, "<svg", "</svg>");
    assert_eq!(svg.matches("<rect").count(), 4, "{svg}");
    for label in [
        "I Stationary Energy: 1\u{202F}500",
        "II Transportation: 250",
        "III Waste: 126",
    ] {
        assert!(
            svg.contains(&format!("<title>{label}</title>")),
            "{label}: {svg}"
        );
    }
    assert!(svg.contains("<rect class=\"bar neg\""));
    assert!(
        svg.contains("width=\"300.0\""),
        "the largest is full length"
    );
    // Sector subtotals stated: I agrees, II differs.
    let sectors = between(&html, "<table class=\"totals\">", "</table>");
    assert!(sectors.contains(
        "<td class=\"num\">1\u{202F}500<br><small class=\"same\">reported 1\u{202F}500</small></td>"
    ), "{sectors}");
    assert!(
        sectors.contains(
            "<td class=\"num\">250<br><small class=\"diff\">reported 300 \u{2260}</small></td>"
        ),
        "{sectors}"
    );
    assert!(
        !sectors.contains("IV "),
        "a sector without amounts is left out"
    );
    // Whole-inventory scope 1: I.1.1, II.1.1, III.1.1 and V.1 recomputed against
    // the 1400 reported.
    let whole = between(&html, "<caption>Totals (tCO2e)", "</table>");
    assert!(whole.contains(
        "<tr><th>Scope 1</th><td class=\"num\">1\u{202F}336</td><td class=\"num\">1\u{202F}400</td>\
         <td class=\"num diff\">\u{2212}64.5 \u{2260}</td></tr>"
    ), "{whole}");
    assert!(
        whole.contains(
            "<tr><th>Scope 2</th><td class=\"num\">500</td><td class=\"num\"></td><td></td></tr>"
        ),
        "{whole}"
    );
}

#[test]
fn unreadable_files_have_their_place_and_row() {
    let unreadable = FileReport::unreadable(
        std::path::Path::new("broken.xlsx"),
        None,
        Finding::new(Code::CorruptFile, "r002-spreadsheet-undecodable")
            .arg("error", "<bad zip>")
            .help("r002-spreadsheet-undecodable-help"),
    );
    let html = page(&[unreadable], &[], 20);
    let section = between(&html, "<h2 id=\"unreadable\">", "</ul>");
    assert!(
        section.contains("<li id=\"i1\"><b>broken.xlsx</b>"),
        "{section}"
    );
    assert!(html.contains(
        "<a href=\"#i1\" title=\"broken.xlsx\">broken.xlsx</a></td><td class=\"whole\">"
    ));
    assert!(!html.contains("<h2 id=\"files\">"));
}

#[test]
fn tonnes_read_as_people_write_them() {
    assert_eq!(tonnes(1_912_883.007), "1\u{202F}912\u{202F}883");
    assert_eq!(tonnes(-1234.0), "\u{2212}1\u{202F}234");
    assert_eq!(tonnes(12.5), "12.5");
    assert_eq!(tonnes(0.004), "0");
    assert_eq!(tonnes(99.999), "100");
}

#[test]
fn a_long_matrix_comes_in_chunks_of_the_same_columns() {
    let reports: Vec<FileReport> = (0..401)
        .map(|i| {
            let mut finding = text_in_number(3);
            finding.inventory = Some(0);
            file(
                &format!("f{i}.csv"),
                vec![inventory("Testville", json!({"emissions": []}))],
                vec![finding],
            )
        })
        .collect();
    let html = page(&reports, &[], 20);
    let matrix = between(&html, "<div class=\"scroll\">", "</div></div>");
    assert_eq!(matrix.matches("<div class=\"chunk\">").count(), 3);
    assert_eq!(matrix.matches("<thead>").count(), 1);
    assert_eq!(
        matrix
            .matches("<col span=\"1\" style=\"width:50px\">")
            .count(),
        3
    );
    assert_eq!(matrix.matches("<td class=\"n e\">1</td>").count(), 401);
}
