//! The shape of ghgcheck's own submission template: sheet names, the
//! label/value rows of the City and Inventory sheets, and the columns of the
//! Emissions and Targets tables. The template writer and the template
//! extractor both read this one description, so they cannot drift apart.

/// Sheet names of the workbook form.
pub const SHEET_README: &str = "ReadMe";
pub const SHEET_CITY: &str = "City";
pub const SHEET_INVENTORY: &str = "Inventory";
pub const SHEET_EMISSIONS: &str = "Emissions";
pub const SHEET_TARGETS: &str = "Targets";
pub const SHEET_LISTS: &str = "Lists";

/// Text in cell A1 of the ReadMe sheet; its presence marks a ghgcheck template.
pub const README_MARKER: &str = "ghgcheck inventory submission template";

/// What kind of value a field holds; drives parsing, number formats and
/// dropdowns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A whole number such as a year.
    Integer,
    Number,
    /// An ISO date (YYYY-MM-DD) or a spreadsheet date.
    Date,
    /// Yes / No.
    YesNo,
    /// A comma-separated list of gases.
    GasList,
    /// A country: ISO code or name, stored as the ISO 3166-1 alpha-2 code.
    Country,
    /// One value of a named list on the Lists sheet.
    Choice(ListName),
}

/// The dropdown lists kept on the hidden Lists sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListName {
    NotationKey,
    GwpSet,
    DataQuality,
    Scope,
    Unit,
    Protocol,
    GpcLevel,
    YesNo,
    TargetType,
}

impl ListName {
    pub const ALL: [ListName; 9] = [
        ListName::NotationKey,
        ListName::GwpSet,
        ListName::DataQuality,
        ListName::Scope,
        ListName::Unit,
        ListName::Protocol,
        ListName::GpcLevel,
        ListName::YesNo,
        ListName::TargetType,
    ];

    /// Header of the list's column on the Lists sheet.
    pub fn title(self) -> &'static str {
        match self {
            ListName::NotationKey => "Notation keys",
            ListName::GwpSet => "GWP sets",
            ListName::DataQuality => "Data quality",
            ListName::Scope => "Scopes",
            ListName::Unit => "Units",
            ListName::Protocol => "Protocols",
            ListName::GpcLevel => "GPC levels",
            ListName::YesNo => "Yes/No",
            ListName::TargetType => "Target types",
        }
    }

    /// The values offered; they are the values the schema accepts.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            ListName::NotationKey => &["NO", "IE", "NE", "C"],
            ListName::GwpSet => &["SAR", "AR4", "AR5", "AR6"],
            ListName::DataQuality => &["H", "M", "L"],
            ListName::Scope => &["1", "2", "3"],
            ListName::Unit => crate::normalize::units::dropdown(),
            ListName::Protocol => &["gpc", "gcom-crf", "ipcc-2006", "other"],
            ListName::GpcLevel => &["basic", "basic-plus"],
            ListName::YesNo => &["Yes", "No"],
            ListName::TargetType => &[
                "base-year",
                "fixed-level",
                "baseline-scenario",
                "intensity",
                "carbon-neutral",
                "net-zero",
            ],
        }
    }
}

/// One label/value row of the City or Inventory sheet.
#[derive(Debug)]
pub struct FactRow {
    /// JSON pointer of the field in the inventory document.
    pub pointer: &'static str,
    /// Label written in column A.
    pub label: &'static str,
    pub kind: Kind,
    /// Guidance written in column C.
    pub note: &'static str,
}

/// Rows of the label/value sheets: header in row 1, facts from row 2, label
/// in column A, value in column B, note in column C.
pub const FACT_LABEL_COL: u32 = 0;
pub const FACT_VALUE_COL: u32 = 1;
pub const FACT_NOTE_COL: u32 = 2;
pub const FACT_FIRST_ROW: u32 = 1;

pub const CITY_FACTS: &[FactRow] = &[
    FactRow {
        pointer: "/city/name",
        label: "Name of city",
        kind: Kind::Text,
        note: "Required.",
    },
    FactRow {
        pointer: "/city/country",
        label: "Country (ISO 3166-1 alpha-2)",
        kind: Kind::Country,
        note: "Recommended. Two-letter code, e.g. BR, DE, IN.",
    },
    FactRow {
        pointer: "/city/region",
        label: "Region",
        kind: Kind::Text,
        note: "State, province or other region.",
    },
    FactRow {
        pointer: "/city/identifiers/geonames_id",
        label: "GeoNames ID",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/city/identifiers/cdp_account",
        label: "CDP account number",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/city/identifiers/un_locode",
        label: "UN/LOCODE",
        kind: Kind::Text,
        note: "e.g. BR POA",
    },
    FactRow {
        pointer: "/city/identifiers/gcom_id",
        label: "GCoM ID",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/city/population/value",
        label: "Population",
        kind: Kind::Number,
        note: "Recommended. Residents within the city boundary.",
    },
    FactRow {
        pointer: "/city/population/year",
        label: "Population year",
        kind: Kind::Integer,
        note: "Ideally the inventory year.",
    },
    FactRow {
        pointer: "/city/land_area_km2",
        label: "Land area (km2)",
        kind: Kind::Number,
        note: "",
    },
    FactRow {
        pointer: "/city/boundary",
        label: "Geographic boundary",
        kind: Kind::Text,
        note: "Recommended. e.g. administrative boundary, metropolitan area.",
    },
];

pub const INVENTORY_FACTS: &[FactRow] = &[
    FactRow {
        pointer: "/inventory/year",
        label: "Inventory year",
        kind: Kind::Integer,
        note: "Required. The 12-month reporting year, e.g. 2022.",
    },
    FactRow {
        pointer: "/inventory/period/start",
        label: "Period start",
        kind: Kind::Date,
        note: "Only for a non-calendar year: YYYY-MM-DD.",
    },
    FactRow {
        pointer: "/inventory/period/end",
        label: "Period end",
        kind: Kind::Date,
        note: "Only for a non-calendar year: YYYY-MM-DD.",
    },
    FactRow {
        pointer: "/inventory/protocol",
        label: "Protocol",
        kind: Kind::Choice(ListName::Protocol),
        note: "gpc, gcom-crf, ipcc-2006 or other.",
    },
    FactRow {
        pointer: "/inventory/gpc_level",
        label: "GPC reporting level",
        kind: Kind::Choice(ListName::GpcLevel),
        note: "Recommended. basic or basic-plus.",
    },
    FactRow {
        pointer: "/inventory/gwp_set",
        label: "GWP set",
        kind: Kind::Choice(ListName::GwpSet),
        note: "Recommended. SAR, AR4, AR5 or AR6 (100-year).",
    },
    FactRow {
        pointer: "/inventory/gwp_explanation",
        label: "GWP explanation",
        kind: Kind::Text,
        note: "Why this GWP set, if not AR5 or AR6.",
    },
    FactRow {
        pointer: "/inventory/gases",
        label: "Gases included",
        kind: Kind::GasList,
        note: "Comma-separated: CO2, CH4, N2O, HFCs, PFCs, SF6, NF3.",
    },
    FactRow {
        pointer: "/inventory/verification/verified",
        label: "Verified by a third party",
        kind: Kind::Choice(ListName::YesNo),
        note: "Yes or No.",
    },
    FactRow {
        pointer: "/inventory/verification/verifier",
        label: "Verifier",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/inventory/verification/year",
        label: "Verification year",
        kind: Kind::Integer,
        note: "",
    },
    FactRow {
        pointer: "/inventory/compiler/name",
        label: "Compiler name",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/inventory/compiler/organisation",
        label: "Compiler organisation",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/inventory/compiler/email",
        label: "Compiler email",
        kind: Kind::Text,
        note: "",
    },
    FactRow {
        pointer: "/inventory/submission_date",
        label: "Submission date",
        kind: Kind::Date,
        note: "YYYY-MM-DD.",
    },
    FactRow {
        pointer: "/inventory/tool",
        label: "Inventory tool",
        kind: Kind::Text,
        note: "e.g. CIRIS, CityCatalyst.",
    },
];

/// One column of a table sheet (Emissions, Targets).
#[derive(Debug)]
pub struct Column {
    /// JSON pointer relative to one record, e.g. `/gases/co2/tco2e`.
    pub pointer: &'static str,
    /// Header written in the header row.
    pub header: &'static str,
    pub kind: Kind,
    /// Pre-filled from the GPC table on the blank template.
    pub prefilled: bool,
    /// Column width in characters.
    pub width: f64,
}

const fn col(pointer: &'static str, header: &'static str, kind: Kind, width: f64) -> Column {
    Column {
        pointer,
        header,
        kind,
        prefilled: false,
        width,
    }
}

const fn pre(pointer: &'static str, header: &'static str, kind: Kind, width: f64) -> Column {
    Column {
        pointer,
        header,
        kind,
        prefilled: true,
        width,
    }
}

/// Header row of the table sheets (0-based); data starts on the next row.
pub const TABLE_HEADER_ROW: u32 = 0;

/// Columns of the Emissions sheet, in order (column A first). The CSV form
/// uses the same columns in the same positions, followed by [`CSV_FACTS`].
pub const EMISSION_COLUMNS: &[Column] = &[
    pre("/gpc_ref", "GPC ref", Kind::Text, 9.0),
    pre("/sector", "Sector", Kind::Text, 18.0),
    pre("/sub_sector", "Sub-sector", Kind::Text, 34.0),
    pre("/scope", "Scope", Kind::Choice(ListName::Scope), 7.0),
    col("/label", "Label (rows without a GPC ref)", Kind::Text, 20.0),
    col("/activity_label", "Activity or fuel", Kind::Text, 20.0),
    col("/gases/co2/tco2e", "CO2 (tCO2e)", Kind::Number, 13.0),
    col("/gases/ch4/tco2e", "CH4 (tCO2e)", Kind::Number, 13.0),
    col("/gases/n2o/tco2e", "N2O (tCO2e)", Kind::Number, 13.0),
    col("/gases/hfcs/tco2e", "HFCs (tCO2e)", Kind::Number, 13.0),
    col("/gases/pfcs/tco2e", "PFCs (tCO2e)", Kind::Number, 13.0),
    col("/gases/sf6/tco2e", "SF6 (tCO2e)", Kind::Number, 13.0),
    col("/gases/nf3/tco2e", "NF3 (tCO2e)", Kind::Number, 13.0),
    col("/total_tco2e", "Total (tCO2e)", Kind::Number, 14.0),
    col("/biogenic_co2_t", "Biogenic CO2 (t)", Kind::Number, 14.0),
    col(
        "/notation_key",
        "Notation key",
        Kind::Choice(ListName::NotationKey),
        10.0,
    ),
    col(
        "/notation_explanation",
        "Notation key explanation",
        Kind::Text,
        30.0,
    ),
    col("/activity/amount", "Activity amount", Kind::Number, 14.0),
    col(
        "/activity/unit",
        "Activity unit",
        Kind::Choice(ListName::Unit),
        10.0,
    ),
    col(
        "/activity/description",
        "Activity description",
        Kind::Text,
        24.0,
    ),
    col("/activity/source", "Activity data source", Kind::Text, 20.0),
    col(
        "/activity/data_quality",
        "Activity data quality",
        Kind::Choice(ListName::DataQuality),
        10.0,
    ),
    col(
        "/emission_factor/total",
        "Emission factor (total)",
        Kind::Number,
        14.0,
    ),
    col(
        "/emission_factor/unit",
        "Emission factor unit",
        Kind::Text,
        14.0,
    ),
    col(
        "/emission_factor/source",
        "Emission factor source",
        Kind::Text,
        20.0,
    ),
    col(
        "/emission_factor/data_quality",
        "Emission factor data quality",
        Kind::Choice(ListName::DataQuality),
        10.0,
    ),
];

/// Columns of the Targets sheet.
pub const TARGET_COLUMNS: &[Column] = &[
    col(
        "/type",
        "Target type",
        Kind::Choice(ListName::TargetType),
        18.0,
    ),
    col("/base_year", "Base year", Kind::Integer, 10.0),
    col(
        "/base_year_emissions_tco2e",
        "Base-year emissions (tCO2e)",
        Kind::Number,
        16.0,
    ),
    col("/target_year", "Target year", Kind::Integer, 10.0),
    col("/reduction_percent", "Reduction (%)", Kind::Number, 12.0),
    col("/coverage", "Coverage", Kind::Text, 30.0),
];

/// Inventory facts repeated on every row of the CSV form, after the emission
/// columns. Pointers are absolute in the inventory document.
pub const CSV_FACTS: &[Column] = &[
    col("/city/name", "City", Kind::Text, 16.0),
    col("/city/country", "Country", Kind::Country, 8.0),
    col("/inventory/year", "Inventory year", Kind::Integer, 8.0),
    col(
        "/inventory/gwp_set",
        "GWP set",
        Kind::Choice(ListName::GwpSet),
        8.0,
    ),
    col(
        "/inventory/gpc_level",
        "GPC level",
        Kind::Choice(ListName::GpcLevel),
        10.0,
    ),
    col("/city/population/value", "Population", Kind::Number, 12.0),
    col(
        "/city/population/year",
        "Population year",
        Kind::Integer,
        8.0,
    ),
    col("/city/boundary", "Boundary", Kind::Text, 16.0),
];

/// Headers that identify the CSV form (they must all be present).
pub const CSV_SIGNATURE: &[&str] = &["GPC ref", "Total (tCO2e)", "City", "Inventory year"];
