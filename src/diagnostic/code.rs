//! Every finding code ghgcheck can emit, with its permanent id, default
//! severity, one-line title and documentation. Codes are never reused.

use serde::Serialize;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The registry entry of a code.
#[derive(Debug)]
pub struct CodeInfo {
    pub code: Code,
    /// Permanent id, e.g. `R002`.
    pub id: &'static str,
    /// Short kebab-case name, e.g. `corrupt-file`.
    pub name: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    /// What it means, why it matters, an example and how to fix it.
    pub doc: &'static str,
}

macro_rules! registry {
    ($( $variant:ident => $id:literal, $name:literal, $severity:ident, $title:literal, $doc:literal; )*) => {
        /// A finding code. See [`REGISTRY`] for ids and documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant),* }

        /// All codes, in id order.
        pub const REGISTRY: &[CodeInfo] = &[
            $(CodeInfo { code: Code::$variant, id: $id, name: $name, severity: Severity::$severity, title: $title, doc: $doc }),*
        ];
    };
}

registry! {
    UnsupportedFile => "R001", "unsupported-file", Error,
        "The file is not a spreadsheet, CSV or JSON document ghgcheck can read",
        "The file's content does not match any supported format (xlsx, xlsm, xlsb, xls, ods, csv, json), \
         whatever its extension says. Example: a PDF or a Word document renamed to .xlsx.\n\
         Fix: export the inventory from the spreadsheet program as .xlsx (or .ods/.csv) and submit that file.";
    CorruptFile => "R002", "corrupt-file", Error,
        "The spreadsheet is damaged and cannot be read",
        "The file has the container of a spreadsheet but its content cannot be decoded. Example: a workbook \
         whose internal XML was damaged by a failed upload or an incompatible editor.\n\
         Fix: open the file in Excel or LibreOffice, let it repair the workbook, save it again and resubmit.";
    TruncatedFile => "R003", "truncated-file", Error,
        "The spreadsheet is cut short (incomplete download or copy)",
        "The file starts like a zip-based workbook (xlsx, xlsm, ods) but its end, the zip directory, is missing. \
         This happens when a download or an e-mail attachment was interrupted.\n\
         Fix: download or copy the file again from its origin and check that its size matches.";
    EncryptedFile => "R004", "encrypted-workbook", Error,
        "The workbook is password-protected (encrypted)",
        "An encrypted Office workbook is stored as an OLE container with an EncryptionInfo stream instead of \
         a zip file, and cannot be read without the password.\n\
         Fix: open the workbook, remove the password (File > Info > Protect Workbook > Encrypt with Password, \
         clear the field), save and resubmit. Sheet protection without encryption is fine.";
    EmptyFile => "R005", "empty-file", Error,
        "The file is empty",
        "The file has no content at all (0 bytes), or the spreadsheet or CSV has no cells with data.\n\
         Fix: check that the right file was exported and that the export finished.";
    MissingSheet => "R006", "missing-sheet", Error,
        "A sheet the layout needs is missing",
        "The file was recognised as a known layout but one of the sheets that layout requires is absent. \
         Example: a ghgcheck template whose City sheet was deleted or renamed.\n\
         Fix: restore the sheet with its original name (compare with `ghgcheck template`).";
    MissingColumn => "R007", "missing-column", Error,
        "A column the layout needs is missing",
        "The header row of a table lacks a column the layout requires. Example: the Emissions sheet without \
         its `GPC ref` column.\n\
         Fix: restore the column header exactly as in the template (`ghgcheck template`).";
    UnreadableFile => "R008", "unreadable-file", Error,
        "The file cannot be opened",
        "The operating system refused to read the file (permissions, a vanished file, a network share error).\n\
         Fix: check that the file exists and is readable by the account running ghgcheck.";
    UnknownLayout => "R009", "unknown-layout", Error,
        "The file's layout is not one ghgcheck knows",
        "The sheets and headers match none of the layouts ghgcheck reads. Example: a workbook with a single \
         sheet of free-form notes.\n\
         Fix: fill in the ghgcheck template (`ghgcheck template -o inventory.xlsx`), or describe your table \
         in a mapping file.";
    NotUtf8 => "R010", "not-utf8", Error,
        "The CSV file is not UTF-8 text",
        "ghgcheck reads CSV files encoded as UTF-8 (with or without a byte-order mark). Files saved as \
         \"CSV (Windows)\" or Latin-1 spell accented names (São Paulo, Zürich) with bytes that are not UTF-8.\n\
         Fix: save the file again as \"CSV UTF-8\" (Excel) or with the character set \"Unicode (UTF-8)\" \
         (LibreOffice).";
    SheetTooLarge => "R011", "sheet-too-large", Error,
        "A sheet spans more cells than ghgcheck reads",
        "ghgcheck reads a sheet as the rectangle from its first to its last value, and reads at most \
         20 million cells per sheet (2 million in .xls and .ods workbooks, which are read whole into \
         memory), so that one file cannot exhaust the memory of a whole batch. A single value far \
         outside the table stretches that rectangle: an `x` left in XFD1048576 (the last cell of a \
         worksheet) beside a table that starts at A1 makes it 17 billion cells. The finding points at \
         that value. A table that really holds that many cells is refused too.\n\
         Fix: delete the stray value the finding points at, or the rows and columns between the table and it \
         (in Excel, Ctrl+End jumps to the last used cell), save and resubmit; split a table that is \
         genuinely that large into several files.";
    InternalError => "R099", "internal-error", Error,
        "ghgcheck failed on this file",
        "An unexpected failure inside ghgcheck while checking this file. The other files of the batch are \
         still checked and reported.\n\
         Fix: nothing in the submission; please report it to the ghgcheck maintainers with the file if you can \
         share it.";
    RequiredMissing => "S001", "required-missing", Error,
        "A required fact is missing",
        "The common inventory schema requires a few facts: the city name, the inventory year and at least one \
         emission record or reported total. Example: the City sheet's `Name of city` value cell is empty.\n\
         Fix: fill the cell the finding points at.";
    WrongType => "S002", "wrong-type", Error,
        "A value has the wrong type",
        "The value cannot be read as the kind of value the field holds. Example: `yes` in a year field, or a \
         fraction where a whole number is needed.\n\
         Fix: enter a value of the kind the column header asks for.";
    ValueNotAllowed => "S003", "value-not-allowed", Error,
        "A value is not one of the allowed choices",
        "The field takes one value from a fixed list. Example: `AR7` as GWP set (allowed: SAR, AR4, AR5, AR6).\n\
         Fix: pick one of the listed values (the template's dropdowns list them).";
    OutOfRange => "S004", "out-of-range", Error,
        "A number is outside its allowed range",
        "Example: a negative population, a reduction target over 100 %, or an inventory year of 20015.\n\
         Fix: correct the number; check units and typing errors.";
    BadFormat => "S005", "bad-format", Error,
        "A value is not in the expected format",
        "Dates must be YYYY-MM-DD, countries two-letter ISO 3166-1 codes, e-mail addresses well formed. \
         Example: country `Brasil` instead of `BR`.\n\
         Fix: rewrite the value in the format given in the help.";
    UnknownField => "S006", "unknown-field", Error,
        "A field is not part of the inventory schema",
        "JSON submissions must use the field names of the published schema (`ghgcheck schema`); an unknown \
         name is usually a typo. Example: `totl_tco2e` instead of `total_tco2e`.\n\
         Fix: rename or remove the field.";
    BadPeriod => "S008", "bad-period", Error,
        "An inventory year or period cannot be read, or runs backwards",
        "The inventory year is one year (2015) or a continuous 12-month period (2013/2014, \
         2015-01-01 - 2015-12-31, 2013 Apr - 2014 Mar). Example: `2016-12-31 - 2016-01-01` ends before \
         it starts.\n\
         Fix: write the year, or the period as start - end.";
    NoEmissions => "S007", "no-emissions", Error,
        "The inventory has no emission records and no reported totals",
        "An inventory needs at least one emission value, notation key or reported total. Example: the template \
         returned with the Emissions sheet untouched.\n\
         Fix: enter emissions (or notation keys) for the GPC cells the inventory covers.";
    SchemaViolation => "S099", "schema-violation", Error,
        "The document breaks a rule of the inventory schema",
        "A schema rule not covered by a more specific code failed. The message names the rule.\n\
         Fix: compare the field with its description in `ghgcheck schema`.";
    TextInNumberCell => "X001", "text-in-number-cell", Error,
        "Text where a number is expected",
        "A cell that must hold a number holds text that is not a number. Example: `about 1200` or `12 kt` \
         in `CO2 (tCO2e)`. Numbers stored as text are read, also with thousands separators and decimal \
         commas (`1.234,5`, `1 234,5`, `1'234.5`); `NA`, `N/A`, `-` and `Not Applicable` count as empty. \
         An error value (`#DIV/0!`, `#REF!`), a date or TRUE/FALSE in such a cell has this code too; the \
         message says which was found.\n\
         Fix: enter the number alone (for an error value, correct the formula); if there is no value, \
         leave the cell empty and use a notation key (NO, IE, NE, C) with an explanation.";
    ConflictingFact => "X002", "conflicting-fact", Error,
        "Rows of one inventory disagree on a fact",
        "In the CSV form every row repeats the inventory facts (city, country, year, GWP set, GPC level, \
         population); here one row states a different value than the first row.\n\
         Fix: make the fact identical on every row, or split the file into one file per inventory.";
    ExtractionSummary => "X004", "extraction-summary", Info,
        "What was read from the file and what was left out",
        "A count of the rows read into records and of the rows skipped, with the reason, so that a reviewer \
         can tell that nothing was silently lost. Example: `eCRF_3: 164 rows read; 2 rows without values or \
         notation key skipped`.\n\
         Fix: nothing, unless rows you expected to be read were skipped.";
    NoInventoryRow => "X005", "no-inventory-row", Info,
        "A row says the city has no inventory",
        "Tables with one row per city (CDP open data) also list cities that reported no inventory, or one \
         still in progress. Such a row is not an inventory and is left out.\n\
         Fix: nothing, unless the row does hold an inventory; then correct the column the finding names.";
    MappingColumnMissing => "M001", "mapping-column-missing", Error,
        "The table lacks a column its mapping file names",
        "A mapping file says which column holds which field; here none of the spellings it lists for a \
         required field is in the table's header row. The finding names the mapping file and its line.\n\
         Fix: correct the column name in the mapping (or mark the field `optional = true`), or add the \
         column to the file.";
    UnknownUnit => "X003", "unknown-unit", Error,
        "A unit ghgcheck does not know",
        "Amounts are converted to tonnes of CO2 equivalent from the unit the file states; a unit that is not \
         in ghgcheck's unit table cannot be converted. Example: `t CO2-eq/yr` where `t CO2e` is meant, or a \
         typing error such as `tCO2r`.\n\
         Fix: write one of the supported units (t CO2e, kg CO2e, kt CO2e, Mt CO2e) in the unit column.";
    UnknownActivityUnit => "U001", "unknown-activity-unit", Warning,
        "A unit of activity data or of an emission factor that ghgcheck does not know",
        "Activity amounts are converted to a base unit per quantity (GJ, m3, t, km) with the exact factors \
         of `schemas/units.csv`; emission-factor units are read as a mass per quantity (`kg/TJ`, \
         `gCO2e/MJ`). A unit not in the table cannot be converted. Example: `kwhh`, or `units-kilograms`.\n\
         Fix: write a unit from the table (the help suggests the closest spellings).";
    AmbiguousUnit => "U005", "ambiguous-unit", Warning,
        "A unit spelling that may mean two different units",
        "Some spellings are read one way but are used both ways: US `MT` and `mtCO2e` mean metric tonnes while \
         SI `Mt` is a megatonne; a bare `therm` may be the US therm (105.4804 MJ) or the EC therm (105.506 MJ); \
         a bare `gallon` may be US or imperial. ghgcheck reads it as the finding says.\n\
         Fix: write the unambiguous spelling (`t`, `therm (US)`, `gal (US)`).";
    GasMassWithoutGwp => "U002", "gas-mass-without-gwp", Warning,
        "A mass of gas cannot be weighted: no GWP set is declared",
        "A record gives a gas as a mass (e.g. 1.2 t of CH4); its CO2 equivalent is the mass times the gas's \
         global warming potential in the inventory's GWP set (AR5: CH4 28). Without a declared set the CO2e \
         is unknown and the gas counts in no total.\n\
         Fix: state the GWP set (Inventory sheet, or --gwp / a sidecar file), or give the gas in tCO2e.";
    GwpRestatementImpossible => "U003", "gwp-restatement-impossible", Warning,
        "The inventory cannot be restated in another GWP set",
        "`--gwp SET` restates CO2e figures from the declared set into SET, which needs each gas on its own: \
         a record giving only a total in CO2e, or HFCs/PFCs (mixtures of gases), cannot be re-weighted. The \
         inventory's figures stay in the declared set.\n\
         Fix: give CO2, CH4 and N2O separately (as masses or in CO2e), or compare inventories in their \
         declared sets.";
    GwpRestated => "U004", "gwp-restated", Info,
        "CO2e figures were restated in another GWP set",
        "`--gwp SET` asked for figures in SET; the inventory declared another set, so each gas's CO2e was \
         re-weighted (from its mass, or by the ratio of the two sets' GWPs) and totals adjusted. The \
         declared set is kept beside (`declared_gwp_set`).\n\
         Fix: nothing; this is for information.";
    TotalDiffersFromGases => "T001", "total-differs-from-gases", Warning,
        "A record's total is not the sum of its gases",
        "When a record states both its gases in CO2e and a total, the total is their sum. Example: a total \
         of 47 619 000 beside CO2 of 47.619 (the total's unit written as Mt CO2e instead of t CO2e), or a \
         total that leaves out a gas listed beside it. Differences under a gram or 0.01 % are ignored.\n\
         Fix: correct the unit or the figure that is wrong, so that the gases add up to the total.";
    UnknownGpcRef => "G001", "unknown-gpc-ref", Error,
        "Unknown GPC reference number",
        "Each emission record names one of the 53 GPC v1.1 cells (I.1.1 ... VI.1). Example: `II.5.3` (off-road \
         transport has no scope 3 cell) or `I.9.1`.\n\
         Fix: use the reference number of the cell the emissions belong to (`ghgcheck template` lists all).";
    ScopeMismatch => "G002", "scope-mismatch", Error,
        "The scope does not match the GPC reference number",
        "Each GPC cell belongs to one scope (I.1.2 is scope 2; III.1.2 is scope 3 because the waste leaves the \
         city; I.4.4 is scope 1). Example: a record for I.1.1 marked scope 2.\n\
         Fix: correct the scope, or move the emissions to the GPC cell of the scope they belong to.";
    RefConflictsWithLabels => "G003", "ref-conflicts-with-labels", Warning,
        "The stated GPC reference contradicts the row's sector and scope labels",
        "The row states one GPC cell but its CRF sector, sub-sector and scope words point to another. Real \
         eCRF files carry scope-2 electricity rows with `.1` refs, for example I.1.1 beside `Indirect \
         emissions` (which is I.1.2). ghgcheck keeps the stated ref and records the implied one beside it \
         (`implied_gpc_ref`).\n\
         Fix: correct whichever of the two is wrong, so that ref and labels agree.";
    UnresolvedSector => "G004", "unresolved-sector", Error,
        "The row's sector labels name no GPC cell",
        "The row has no GPC reference number, and its sector, sub-sector and scope labels could not be \
         resolved to one. Example: a misspelt sub-sector `Residental buildngs`, or scope words that are \
         neither direct, indirect nor outside the city boundary.\n\
         Fix: write the GPC reference number in the ref column, or correct the labels (the help suggests the \
         closest known label).";
    RefNormalised => "G005", "ref-normalised", Warning,
        "A GPC reference number is misspelt and was read as the nearest cell",
        "The reference is written in a variant spelling that clearly means one cell: `I.63` for I.6.3, \
         `I_1_1` or `|II.1.1`. ghgcheck reads it as that cell.\n\
         Fix: write the reference in its canonical form, e.g. I.6.3.";
    CrfOnlyRow => "G006", "crf-only-row", Info,
        "A CRF row with no GPC cell",
        "The GCoM CRF reports some rows that the GPC has no cell for, such as `Local renewable generation`. \
         They are kept with `gpc_ref: null` and their CRF label, and count in no GPC total.\n\
         Fix: nothing; this is for information.";
    PlaceholderRow => "G007", "placeholder-row", Info,
        "A template row for a cell the GPC does not have, holding only a notation key",
        "The eCRF template carries rows for II.5.3 and for IPPU and AFOLU outside the city boundary, cells \
         the GPC does not define, pre-filled with NE. Such a row holding nothing but a notation key is not an \
         emission record and is skipped.\n\
         Fix: nothing; if the row does hold emissions, move them to the GPC cell they belong to.";
    InvalidNotationKey => "N001", "invalid-notation-key", Error,
        "Notation key outside NO, IE, NE, C",
        "GPC and the GCoM CRF allow four notation keys: NO (not occurring), IE (included elsewhere), NE (not \
         estimated) and C (confidential). Example: `NA` or `estimated`.\n\
         Fix: use one of the four keys, or leave the cell empty when a number is reported.";
    NotationKeyUnexplained => "N002", "notation-key-unexplained", Warning,
        "A notation key has no explanation",
        "GPC requires an explanation with every notation key: for IE, where the emissions are included; for \
         NE, why they were not estimated. Example: `NE` with an empty explanation cell.\n\
         Fix: write the explanation next to the key.";
    ValueWithNotationKey => "N003", "value-with-notation-key", Warning,
        "A record has both emission values and a notation key",
        "A GPC cell holds either numbers or a notation key, never both. Example: `NE` beside a total of 1200.\n\
         Fix: remove the key if the number is right, or remove the numbers if the key is.";
    FactFromFileName => "F002", "fact-from-file-name", Info,
        "A fact was taken from the file name",
        "The file does not state this fact, but its name follows a known pattern \
         (`inventory-<UN/LOCODE>-<year>.csv`, `<city>-<year>-....csv`), so ghgcheck read it from there. \
         CityCatalyst exports name their city and year only this way.\n\
         Fix: nothing, if the value is right; otherwise rename the file or pass --city, --country or --year.";
    FactOverridden => "F003", "fact-from-command-line", Info,
        "A fact was supplied on the command line or in a sidecar file",
        "The value comes from --city, --country, --year or --gwp, or from a `<file>.ghgcheck.toml` sidecar, \
         because the file does not state it (or because --force-facts was given).\n\
         Fix: nothing, if the value is right; a file that states the fact itself is easier to review.";
    BadSidecar => "F004", "bad-sidecar", Error,
        "The sidecar file beside a submission cannot be read",
        "A `<file>.ghgcheck.toml` sidecar supplies facts the file lacks. It holds TOML lines `city = \"...\"`, \
         `country = \"BR\"`, `year = 2022` and `gwp = \"AR5\"`; anything else is refused so that a typing \
         error is not silently ignored.\n\
         Fix: correct the line the finding names.";
    RecommendedFactMissing => "F001", "recommended-fact-missing", Warning,
        "A recommended inventory fact is missing",
        "Country, population, GWP set, GPC reporting level and boundary are not required to read an \
         inventory, but reviewers need them to compare and aggregate it.\n\
         Fix: fill the cell the finding points at.";
}

impl Code {
    pub fn info(self) -> &'static CodeInfo {
        REGISTRY
            .iter()
            .find(|info| info.code == self)
            .expect("every code is in the registry")
    }

    pub fn id(self) -> &'static str {
        self.info().id
    }

    pub fn severity(self) -> Severity {
        self.info().severity
    }
}

/// Looks a code up by id (`R002`) or name (`corrupt-file`), case-insensitively.
pub fn lookup(id_or_name: &str) -> Option<&'static CodeInfo> {
    REGISTRY
        .iter()
        .find(|i| i.id.eq_ignore_ascii_case(id_or_name) || i.name.eq_ignore_ascii_case(id_or_name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_and_names_are_unique_and_well_formed() {
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for info in REGISTRY {
            assert!(ids.insert(info.id), "duplicate id {}", info.id);
            assert!(names.insert(info.name), "duplicate name {}", info.name);
            assert_eq!(info.id.len(), 4, "{}", info.id);
            assert!(info.doc.contains("Fix:"), "{} doc has a fix", info.id);
        }
    }

    #[test]
    fn lookup_accepts_id_or_name() {
        assert_eq!(lookup("r002").unwrap().code, Code::CorruptFile);
        assert_eq!(lookup("unknown-gpc-ref").unwrap().id, "G001");
        assert!(lookup("Z999").is_none());
    }
}
