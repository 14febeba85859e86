//! Test support: reads a rendered workbook back with calamine and checks the
//! cells that the xlsx and ods forms must both hold.

use std::io::Cursor;

use calamine::{Data, Reader, SheetVisible, open_workbook_auto_from_rs};

use crate::layout::template::spec::{
    EMISSION_COLUMNS, ListName, README_MARKER, SHEET_CITY, SHEET_EMISSIONS, SHEET_INVENTORY,
    SHEET_LISTS, SHEET_README, SHEET_TARGETS, TARGET_COLUMNS,
};

use super::input::{CellInput, EmissionEntry, Filling, TemplateFormat};
use super::template_bytes;

/// A filling that touches every part of the workbook.
pub(super) fn sample_filling() -> Filling {
    Filling {
        facts: vec![
            ("/city/name".into(), "Testville".into()),
            ("/inventory/year".into(), 2022_i64.into()),
        ],
        emissions: vec![
            EmissionEntry {
                gpc_ref: "I.1.1".into(),
                values: vec![("/gases/co2/tco2e".into(), 1200.0.into())],
            },
            EmissionEntry {
                gpc_ref: "I.9.9".into(),
                values: vec![("/gases/co2/tco2e".into(), "12.5".into())],
            },
        ],
        targets: vec![vec![
            ("/type".into(), "base-year".into()),
            ("/target_year".into(), 2030_i64.into()),
        ]],
    }
}

/// Every sheet's name and cells, in workbook order.
pub(super) fn all_cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

fn column(pointer: &str) -> usize {
    EMISSION_COLUMNS
        .iter()
        .position(|c| c.pointer == pointer)
        .unwrap()
}

/// Checks a blank and a filled rendering of `format`.
pub(super) fn check_workbook(format: TemplateFormat) {
    let blank = template_bytes(format, &Filling::default()).unwrap();
    let sheets = all_cells(&blank);
    let names: Vec<_> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    let expected = [
        SHEET_README,
        SHEET_CITY,
        SHEET_INVENTORY,
        SHEET_EMISSIONS,
        SHEET_TARGETS,
        SHEET_LISTS,
    ];
    assert_eq!(names, expected);
    let sheet = |i: usize| &sheets[i].1;
    assert_eq!(sheet(0)[0][0], Data::String(README_MARKER.into()));
    assert_eq!(sheet(1)[1][0], Data::String("Name of city".into()));
    assert_eq!(sheet(1)[0][1], Data::String("Value".into()));
    let emissions = sheet(3);
    let headers: Vec<_> = EMISSION_COLUMNS
        .iter()
        .map(|c| Data::String(c.header.into()))
        .collect();
    assert_eq!(emissions[0], headers);
    assert_eq!(emissions.len(), 1 + 53);
    assert_eq!(emissions[1][0], Data::String("I.1.1".into()));
    assert_eq!(emissions[1][3], Data::Float(1.0));
    let target_headers: Vec<_> = TARGET_COLUMNS
        .iter()
        .map(|c| Data::String(c.header.into()))
        .collect();
    assert_eq!(sheet(4)[0], target_headers);
    let lists = sheet(5);
    let keys = ListName::NotationKey.values();
    assert_eq!(
        lists[0][0],
        Data::String(ListName::NotationKey.title().into())
    );
    for (row, key) in lists[1..=keys.len()].iter().zip(keys) {
        assert_eq!(row[0], Data::String((*key).into()));
    }

    let filled = all_cells(&template_bytes(format, &sample_filling()).unwrap());
    let sheet = |i: usize| &filled[i].1;
    assert_eq!(sheet(1)[1][1], Data::String("Testville".into()));
    assert_eq!(sheet(2)[1][1], Data::Float(2022.0));
    let co2 = column("/gases/co2/tco2e");
    assert_eq!(co2, 6, "CO2 sits in column G");
    let emissions = sheet(3);
    assert_eq!(emissions.len(), 1 + 53 + 1);
    assert_eq!(emissions[1][co2], Data::Float(1200.0), "G2");
    assert_eq!(emissions[54][0], Data::String("I.9.9".into()), "A55");
    assert_eq!(
        emissions[54][1],
        Data::Empty,
        "no sector on an appended row"
    );
    assert_eq!(
        emissions[54][co2],
        Data::String("12.5".into()),
        "text stays text"
    );
    assert_eq!(sheet(4)[1][0], Data::String("base-year".into()));
    assert_eq!(sheet(4)[1][3], Data::Float(2030.0));

    let book = open_workbook_auto_from_rs(Cursor::new(blank)).unwrap();
    let visible: Vec<_> = book
        .sheets_metadata()
        .iter()
        .map(|s| s.visible == SheetVisible::Visible)
        .collect();
    assert_eq!(
        visible,
        [true, true, true, true, true, false],
        "Lists hidden"
    );
}

#[test]
fn cell_inputs_render_as_their_calamine_types() {
    // Guards the mapping the checks above rely on.
    let filling = Filling {
        facts: vec![("/city/region".into(), CellInput::Number(3.0))],
        ..Filling::default()
    };
    for format in [TemplateFormat::Xlsx, TemplateFormat::Ods] {
        let cells = all_cells(&template_bytes(format, &filling).unwrap());
        assert_eq!(cells[1].1[3][1], Data::Float(3.0), "{format:?}");
    }
}
