//! What a caller hands to the template writer: the output format and the
//! optional values (facts, emission rows, target rows) written on top of the
//! template's fixed content.

/// One value to put in a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CellInput {
    /// Written as a string cell, even when it looks like a number.
    Text(String),
    /// Written as a number cell.
    Number(f64),
}

impl From<&str> for CellInput {
    fn from(text: &str) -> Self {
        CellInput::Text(text.to_owned())
    }
}

impl From<String> for CellInput {
    fn from(text: String) -> Self {
        CellInput::Text(text)
    }
}

impl From<f64> for CellInput {
    fn from(number: f64) -> Self {
        CellInput::Number(number)
    }
}

impl From<i64> for CellInput {
    fn from(number: i64) -> Self {
        // Template values (years, tonnes) are far below 2^53, so this is exact.
        CellInput::Number(number as f64)
    }
}

/// One row of the Emissions table to fill or append.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmissionEntry {
    /// The GPC reference as written, e.g. `I.1.1`; may be unknown or empty.
    pub gpc_ref: String,
    /// Values by column pointer of `EMISSION_COLUMNS`, e.g. `/gases/co2/tco2e`.
    pub values: Vec<(String, CellInput)>,
}

/// What to write into the template besides its fixed content.
/// `Filling::default()` is the blank template.
#[derive(Clone, Debug, Default)]
pub struct Filling {
    /// Fact values by the `FactRow` / `CSV_FACTS` pointer, e.g.
    /// `("/city/name", "Porto Alegre")`. A later entry for the same pointer
    /// replaces an earlier one.
    pub facts: Vec<(String, CellInput)>,
    /// Emission rows. The first entry whose ref equals a pre-filled GPC row's
    /// ref fills that row; every other entry (a second row for the same ref,
    /// an unknown or empty ref) is appended after the 53 pre-filled rows, in
    /// order, with its ref written in the GPC ref column.
    pub emissions: Vec<EmissionEntry>,
    /// Target rows, values by `TARGET_COLUMNS` pointer.
    pub targets: Vec<Vec<(String, CellInput)>>,
}

/// The file format to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateFormat {
    /// Office Open XML workbook (Excel).
    Xlsx,
    /// OpenDocument spreadsheet (LibreOffice).
    Ods,
    /// One comma-separated table: emission columns, then the repeated facts.
    Csv,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_keep_text_as_text_and_numbers_as_numbers() {
        assert_eq!(CellInput::from("1200"), CellInput::Text("1200".into()));
        assert_eq!(
            CellInput::from(String::from("x")),
            CellInput::Text("x".into())
        );
        assert_eq!(CellInput::from(12.5), CellInput::Number(12.5));
        assert_eq!(CellInput::from(2022_i64), CellInput::Number(2022.0));
    }
}
