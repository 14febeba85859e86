//! Renders the CSV form: one table whose emission columns and rows sit where
//! they sit on the Emissions sheet, followed by the `CSV_FACTS` columns
//! repeated on every row.

use crate::layout::template::spec::{CSV_FACTS, EMISSION_COLUMNS};

use super::error::TemplateError;
use super::facts::FactValues;
use super::input::{CellInput, Filling};
use super::table;

/// Text of one CSV field; integral numbers have no trailing `.0`.
fn field(cell: &Option<CellInput>) -> String {
    match cell {
        None => String::new(),
        Some(CellInput::Text(text)) => text.clone(),
        // Rust prints f64 without exponent and without `.0` when integral.
        Some(CellInput::Number(n)) => n.to_string(),
    }
}

/// The CSV bytes: UTF-8 without BOM, comma-separated, `\n` line ends.
pub(crate) fn render(filling: &Filling) -> Result<Vec<u8>, TemplateError> {
    let facts = FactValues::new(&filling.facts)?.csv_cells();
    let rows = table::emission_rows(&filling.emissions)?;
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let headers = EMISSION_COLUMNS.iter().chain(CSV_FACTS).map(|c| c.header);
    out.write_record(headers)?;
    for row in &rows {
        out.write_record(row.iter().chain(&facts).map(field))?;
    }
    out.into_inner()
        .map_err(|e| TemplateError::Csv(e.into_error().into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::input::EmissionEntry;

    fn lines(filling: &Filling) -> Vec<String> {
        let bytes = render(filling).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains('\r') && !text.starts_with('\u{feff}'));
        text.lines().map(str::to_owned).collect()
    }

    #[test]
    fn header_is_emission_columns_then_csv_facts() {
        let lines = lines(&Filling::default());
        assert_eq!(
            lines[0],
            "GPC ref,Sector,Sub-sector,Scope,Label (rows without a GPC ref),Activity or fuel,\
             CO2 (tCO2e),CH4 (tCO2e),N2O (tCO2e),HFCs (tCO2e),PFCs (tCO2e),SF6 (tCO2e),\
             NF3 (tCO2e),Total (tCO2e),Biogenic CO2 (t),Notation key,Notation key explanation,\
             Activity amount,Activity unit,Activity description,Activity data source,\
             Activity data quality,Emission factor (total),Emission factor unit,\
             Emission factor source,Emission factor data quality,\
             City,Country,Inventory year,GWP set,GPC level,Population,Population year,Boundary"
        );
        assert_eq!(lines.len(), 1 + 53);
        assert_eq!(
            lines[1],
            format!(
                "I.1.1,Stationary Energy,Residential buildings,1{}",
                ",".repeat(30)
            )
        );
    }

    #[test]
    fn rows_carry_values_and_repeat_the_facts() {
        let filling = Filling {
            facts: vec![
                ("/city/name".into(), "Porto Alegre, RS".into()),
                ("/inventory/year".into(), 2022_i64.into()),
            ],
            emissions: vec![
                EmissionEntry {
                    gpc_ref: "I.1.1".into(),
                    values: vec![
                        ("/gases/co2/tco2e".into(), 1200.0.into()),
                        ("/gases/ch4/tco2e".into(), 12.5.into()),
                        ("/total_tco2e".into(), "1,212.5".into()),
                    ],
                },
                EmissionEntry {
                    gpc_ref: "I.9.9".into(),
                    values: vec![("/notation_key".into(), "NO".into())],
                },
            ],
            targets: vec![],
        };
        let lines = lines(&filling);
        assert_eq!(lines.len(), 1 + 54);
        let facts = ",\"Porto Alegre, RS\",,2022,,,,,";
        assert_eq!(
            lines[1],
            format!(
                "I.1.1,Stationary Energy,Residential buildings,1,,,1200,12.5,,,,,,\"1,212.5\"{}{facts}",
                ",".repeat(12)
            )
        );
        assert_eq!(
            lines[54],
            format!("I.9.9{}NO{}{facts}", ",".repeat(15), ",".repeat(10))
        );
        assert!(lines[1..].iter().all(|l| l.ends_with(facts)));
    }

    #[test]
    fn unknown_pointer_is_an_error() {
        let filling = Filling {
            facts: vec![("/city/nope".into(), "x".into())],
            ..Filling::default()
        };
        assert!(matches!(
            render(&filling),
            Err(TemplateError::UnknownPointer { .. })
        ));
    }
}
