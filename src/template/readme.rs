//! The guidance text of the ReadMe sheet: the marker line, then a short
//! plain-English guide to the other sheets. Sheet names, column headers and
//! list values are taken from the spec, never retyped.

use crate::layout::template::spec::{
    EMISSION_COLUMNS, ListName, README_MARKER, SHEET_CITY, SHEET_EMISSIONS, SHEET_INVENTORY,
    SHEET_LISTS, SHEET_TARGETS,
};
use crate::model::gpc;

use super::error::TemplateError;
use super::facts::FACT_HEADERS;
use super::table::column_index;

/// Header of the emission column at `pointer`, quoted.
fn emission_header(pointer: &str) -> Result<String, TemplateError> {
    let col = column_index(EMISSION_COLUMNS, pointer, "emission column")?;
    Ok(format!("\"{}\"", EMISSION_COLUMNS[col].header))
}

/// What each notation key means (GPC v1.1, table 2.4).
fn notation_key_meaning(key: &str) -> &'static str {
    match key {
        "NO" => "not occurring",
        "IE" => "included elsewhere",
        "NE" => "not estimated",
        "C" => "confidential",
        _ => "see the GPC",
    }
}

/// The ReadMe lines, column A, row 1 first; empty strings are blank rows.
pub(crate) fn lines() -> Result<Vec<String>, TemplateError> {
    let h = emission_header;
    let [(_, label), (_, value), (_, notes)] = FACT_HEADERS;
    let keys = ListName::NotationKey.values();
    let key_list = keys.join(", ");
    let key_meanings: Vec<_> = keys
        .iter()
        .map(|k| format!("{k} = {}", notation_key_meaning(k)))
        .collect();
    let gpc_rows = gpc::table().cells().len();

    Ok(vec![
        README_MARKER.to_owned(),
        String::new(),
        "This workbook holds one city's greenhouse-gas inventory in the layout that ghgcheck \
         reads. Keep the sheet names, the column order and the labels as they are; only fill \
         in values."
            .to_owned(),
        String::new(),
        "THE SHEETS".to_owned(),
        format!(
            "{SHEET_CITY}: facts about the city (name, country, population, boundary). A \
             label/value sheet: write each value in column B (\"{value}\") next to its \
             \"{label}\"; column C (\"{notes}\") says what is expected."
        ),
        format!(
            "{SHEET_INVENTORY}: facts about the inventory (year, protocol, GPC level, GWP set, \
             verification, who compiled it). A label/value sheet like {SHEET_CITY}: fill column B."
        ),
        format!(
            "{SHEET_EMISSIONS}: the emissions, one row per GPC reference cell ({gpc_rows} rows). \
             The columns {}, {}, {} and {} are pre-filled; do not change them.",
            h("/gpc_ref")?,
            h("/sector")?,
            h("/sub_sector")?,
            h("/scope")?,
        ),
        format!("{SHEET_TARGETS}: the city's emission-reduction targets, one row per target."),
        format!("{SHEET_LISTS}: the values offered in the dropdowns (hidden; do not edit)."),
        String::new(),
        format!("FILLING IN {}", SHEET_EMISSIONS.to_uppercase()),
        "Units: all emissions are in metric tonnes of CO2 equivalent (tCO2e).".to_owned(),
        format!(
            "Each row holds EITHER numbers OR a notation key. Numbers: the emissions per gas in \
             the gas columns and/or the total in {}.",
            h("/total_tco2e")?,
        ),
        format!(
            "Notation key: when a row has no number, choose {key_list} in {} and say why in {}. \
             {}.",
            h("/notation_key")?,
            h("/notation_explanation")?,
            key_meanings.join(", "),
        ),
        format!(
            "Several fuels or activities in one GPC cell: add a row per fuel below the \
             pre-filled rows, with the same GPC ref, and name the fuel in {}.",
            h("/activity_label")?,
        ),
        format!("Rows that have no GPC ref need a name in {}.", h("/label")?),
        format!(
            "Biogenic CO2 goes in {}. It is reported separately and is not counted in any \
             total.",
            h("/biogenic_co2_t")?,
        ),
        String::new(),
        "CHECKING THE FILE".to_owned(),
        "Run:   ghgcheck validate FILE   (FILE is this workbook, saved as .xlsx or .ods). \
         ghgcheck lists every problem it finds, with the sheet and cell."
            .to_owned(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_starts_with_the_marker_and_names_every_notation_key() {
        let lines = lines().unwrap();
        assert_eq!(lines[0], README_MARKER);
        let text = lines.join("\n");
        for key in ListName::NotationKey.values() {
            assert!(text.contains(&format!("{key} = ")), "{key}");
            assert_ne!(notation_key_meaning(key), "see the GPC", "{key}");
        }
        assert!(text.contains("ghgcheck validate FILE"));
        assert!(text.contains("\"Biogenic CO2 (t)\""));
    }
}
