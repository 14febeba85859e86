//! A cell where a number belongs that holds an error value, a date or a
//! boolean is reported as what it is, not as "text": each needs a
//! different fix (the formula, the cell's format, the value).

#![allow(clippy::unwrap_used)]

mod support;

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use support::{fixtures, validate_json};

#[test]
fn error_date_and_boolean_cells_say_what_they_hold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "Municipio",
        "Ano",
        "Populacao",
        "Referencia GPC",
        "Emissoes (kt CO2e)",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    for (row, gpc_ref) in ["I.1.1", "I.1.2", "I.2.1", "I.2.2", "II.1.1"]
        .iter()
        .enumerate()
    {
        let row = row as u32 + 1;
        sheet.write_string(row, 0, "Testópolis").unwrap();
        sheet.write_number(row, 1, 2021).unwrap();
        sheet.write_string(row, 3, *gpc_ref).unwrap();
    }
    sheet.write_number(1, 2, 50_000).unwrap();
    sheet
        .write_formula(1, 4, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    sheet.write_boolean(2, 4, true).unwrap();
    let date = ExcelDateTime::from_ymd(2021, 3, 1).unwrap();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_datetime_with_format(3, 4, &date, &date_format)
        .unwrap();
    sheet.write_string(4, 4, "12 kt").unwrap();
    sheet.write_number(5, 4, 1.5).unwrap();
    book.save(&path).unwrap();

    let mapping = fixtures().join("mapped").join("long-table.toml");
    let (code, report) = validate_json(&[&path], &["--mapping", mapping.to_str().unwrap()]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["status"], "invalid");
    let found: Vec<(&str, &str, &str, &str)> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X001")
        .map(|f| {
            (
                f["sheet"].as_str().unwrap(),
                f["cell"].as_str().unwrap(),
                f["value"].as_str().unwrap(),
                f["message"].as_str().unwrap(),
            )
        })
        .collect();
    let field = "`Emissoes (kt CO2e)` must be a number, found";
    assert_eq!(
        found,
        [
            (
                "Sheet1",
                "E2",
                "#DIV/0!",
                format!("{field} an error value #DIV/0!").as_str()
            ),
            ("Sheet1", "E3", "TRUE", &format!("{field} a boolean TRUE")),
            (
                "Sheet1",
                "E4",
                "2021-03-01",
                &format!("{field} a date 2021-03-01")
            ),
            ("Sheet1", "E5", "12 kt", &format!("{field} text")),
        ]
    );
    // The number beside them is read (1.5 kt).
    assert_eq!(file["inventories"][0]["totals"]["scope1"], 1500.0);
}
