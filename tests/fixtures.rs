//! The fixture files are generated from the fillings in `support`: this
//! test regenerates them in memory and fails when a committed file differs.
//! Run `GHGCHECK_REGENERATE=1 cargo test --test fixtures` to rewrite them
//! after changing a filling or the template.
//!
//! `unreadable/encrypted.xlsx` is the one file made outside this test: the
//! valid xlsx fixture encrypted with the password `ghgcheck` by
//! msoffcrypto-tool (`pip install msoffcrypto-tool; msoffcrypto-tool -e -p
//! ghgcheck valid-city.xlsx encrypted.xlsx`).

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use ghgcheck::template::{Filling, TemplateFormat, template_bytes};
use rust_xlsxwriter::Workbook;
use support::{broken_filling, fixtures, valid_filling};

fn regenerate() -> bool {
    std::env::var_os("GHGCHECK_REGENERATE").is_some()
}

/// Writes (when regenerating) or compares one fixture.
fn check(relative: &str, bytes: &[u8]) {
    let path = fixtures().join(relative);
    if regenerate() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        return;
    }
    let committed =
        std::fs::read(&path).unwrap_or_else(|e| panic!("{relative}: {e}; regenerate the fixtures"));
    assert!(
        committed == bytes,
        "{relative} is out of date: GHGCHECK_REGENERATE=1 cargo test --test fixtures"
    );
}

/// ods files hold write times and hash-ordered attributes, so the same
/// content gives different bytes: they are compared by their cells.
fn check_ods(relative: &str, bytes: &[u8]) {
    let path = fixtures().join(relative);
    if regenerate() {
        return check(relative, bytes);
    }
    let committed =
        std::fs::read(&path).unwrap_or_else(|e| panic!("{relative}: {e}; regenerate the fixtures"));
    let cells = |bytes: &[u8]| {
        let (_, input) = ghgcheck::read::read_bytes(Path::new(relative), bytes).unwrap();
        format!("{input:?}")
    };
    assert!(
        cells(&committed) == cells(bytes),
        "{relative} is out of date: GHGCHECK_REGENERATE=1 cargo test --test fixtures"
    );
}

fn form(filling: &Filling, format: TemplateFormat) -> Vec<u8> {
    template_bytes(format, filling).expect("the fixture filling is valid")
}

#[test]
fn template_fixtures_are_up_to_date() {
    for (name, filling) in [
        ("valid-city", valid_filling()),
        ("broken-cells", broken_filling()),
    ] {
        check(
            &format!("template/{name}.xlsx"),
            &form(&filling, TemplateFormat::Xlsx),
        );
        check_ods(
            &format!("template/{name}.ods"),
            &form(&filling, TemplateFormat::Ods),
        );
        check(
            &format!("template/{name}.csv"),
            &form(&filling, TemplateFormat::Csv),
        );
    }
    let mut warnings_only = valid_filling();
    warnings_only
        .facts
        .retain(|(pointer, _)| pointer != "/city/boundary");
    check(
        "template/warnings-only.csv",
        &form(&warnings_only, TemplateFormat::Csv),
    );
    check("template/valid-city.json", valid_document().as_bytes());
}

/// The JSON form of the valid submission is what ghgcheck extracts from its
/// workbook form.
fn valid_document() -> String {
    let bytes = form(&valid_filling(), TemplateFormat::Xlsx);
    let (_, input) = ghgcheck::read::read_bytes(Path::new("valid-city.xlsx"), &bytes).unwrap();
    let layout = ghgcheck::layout::detect(&input).unwrap();
    let extraction = ghgcheck::layout::extract(layout, &input)
        .inventories
        .remove(0);
    assert!(extraction.findings.is_empty());
    serde_json::to_string_pretty(&extraction.document).unwrap() + "\n"
}

#[test]
fn ecrf_fixture_is_up_to_date() {
    check(
        "ecrf/ecrf-testville-2022.xlsx",
        &support::ecrf::ecrf_workbook().unwrap(),
    );
}

#[test]
fn batch_fixtures_are_up_to_date() {
    check(
        "batch/a-valid.xlsx",
        &form(&valid_filling(), TemplateFormat::Xlsx),
    );
    check(
        "batch/c-valid.csv",
        &form(&valid_filling(), TemplateFormat::Csv),
    );
    // A zip whose content was damaged: local header and directory present, entries garbage.
    let mut corrupt = b"PK\x03\x04".to_vec();
    corrupt.extend(std::iter::repeat_n(0x5Au8, 300));
    corrupt.extend(b"PK\x05\x06");
    corrupt.extend([0u8; 18]);
    check("batch/b-corrupt.xlsx", &corrupt);
}

#[test]
fn unreadable_fixtures_are_up_to_date() {
    let valid = form(&valid_filling(), TemplateFormat::Xlsx);
    check("unreadable/empty.csv", b"");
    check(
        "unreadable/latin1.csv",
        b"City,GPC ref,Total (tCO2e)\nS\xE3o Paulo,I.1.1,10\n",
    );
    check(
        "unreadable/not-a-spreadsheet.xlsx",
        b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    );
    check("unreadable/truncated.xlsx", &valid[..valid.len() * 3 / 5]);
    check(
        "unreadable/unknown-layout.csv",
        b"Name,Notes\nPorto Alegre,inventory follows by e-mail\n",
    );
    check(
        "unreadable/no-ref-column.csv",
        b"Sector,Scope,Total (tCO2e),City,Country,Inventory year,GWP set,GPC level,Population,Boundary\n\
          Stationary Energy,1,1200,Testville,BR,2022,AR5,basic,250000,municipality\n",
    );
    check(
        "unreadable/no-city-sheet.xlsx",
        &workbook_without_city_sheet(),
    );
}

/// A template workbook whose City sheet was deleted.
fn workbook_without_city_sheet() -> Vec<u8> {
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_creation_datetime(&rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 1, 1).unwrap()),
    );
    let inventory = book.add_worksheet().set_name("Inventory").unwrap();
    inventory.write(0, 0, "Field").unwrap();
    inventory.write(0, 1, "Value").unwrap();
    for (row, (label, value)) in [("Inventory year", 2022.0)].iter().enumerate() {
        inventory.write(row as u32 + 1, 0, *label).unwrap();
        inventory.write(row as u32 + 1, 1, *value).unwrap();
    }
    for (row, (label, value)) in [("GPC reporting level", "basic"), ("GWP set", "AR5")]
        .iter()
        .enumerate()
    {
        inventory.write(row as u32 + 2, 0, *label).unwrap();
        inventory.write(row as u32 + 2, 1, *value).unwrap();
    }
    let emissions = book.add_worksheet().set_name("Emissions").unwrap();
    for (col, header) in ["GPC ref", "Scope", "Total (tCO2e)"].iter().enumerate() {
        emissions.write(0, col as u16, *header).unwrap();
    }
    emissions.write(1, 0, "I.1.1").unwrap();
    emissions.write(1, 1, 1.0).unwrap();
    emissions.write(1, 2, 1200.0).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn totals_fixtures_are_up_to_date() {
    use support::totals;
    check(totals::SUMMARY_ONLY, &totals::ecrf_summary_only().unwrap());
    check(totals::CDP, totals::CDP_TOTALS_CSV.as_bytes());
}

#[test]
fn rule_fixtures_are_up_to_date() {
    use support::planted;
    for (name, filling) in [
        ("c001-cleared-basic-cell", planted::cleared_basic_cell()),
        (
            "v001-negative-stationary-value",
            planted::negative_stationary_value(),
        ),
        ("v003-kg-total", planted::kg_total()),
        (
            "v002-population-in-thousands",
            planted::population_in_thousands(),
        ),
        ("d001-duplicated-row", planted::duplicated_row()),
        ("d001-tripled-table", planted::tripled_table()),
    ] {
        check(
            &format!("rules/{name}.csv"),
            &form(&filling, TemplateFormat::Csv),
        );
    }
    check(
        "rules/inventory-BR TST-2022.csv",
        &planted::citycatalyst_without_a_cell(),
    );
    check(
        "rules/c002-activity-without-emissions.xlsx",
        &planted::ecrf_activity_without_emissions().unwrap(),
    );
}

#[test]
fn wide_table_fixtures_are_up_to_date() {
    check(
        support::wide::WIDE,
        &support::wide::dashboard_export().unwrap(),
    );
}
