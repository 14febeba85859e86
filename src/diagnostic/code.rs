//! Every finding code ghgcheck can emit, with its permanent id, default
//! severity, one-line title and documentation. Codes are never reused.
//!
//! The documentation of a code is kept in parts (what it checks, why it
//! matters, an example, how to fix it) rather than as one text, because its
//! readers take different parts: `ghgcheck explain` prints each under its
//! own heading, and SARIF rule descriptions want a short description apart
//! from the help.
//!
//! The registry is written in id order and the `Code` enum is made from it,
//! so a new code is added in one place; findings at the same place sort by
//! code in that order (`Finding::sort_key`).

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

    /// Reads `error`, `warning` or `info` (any case).
    pub fn parse(name: &str) -> Option<Severity> {
        [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

/// The registry entry of a code. Each text field is one paragraph, without
/// a label or line breaks, so that every renderer can label and wrap it.
#[derive(Debug)]
pub struct CodeInfo {
    pub code: Code,
    /// Permanent id, e.g. `R002`.
    pub id: &'static str,
    /// Short kebab-case name, e.g. `corrupt-file`.
    pub name: &'static str,
    pub severity: Severity,
    /// One line, e.g. "The spreadsheet is damaged and cannot be read".
    pub title: &'static str,
    /// What the check looks at and when it fires.
    pub what: &'static str,
    /// What leaving it unfixed costs a reviewer or the city.
    pub why: &'static str,
    /// A concrete value or situation that triggers it.
    pub example: &'static str,
    /// How to fix it (or that nothing needs fixing).
    pub fix: &'static str,
}

// Each part is named in the entries, so that a part left out or two parts
// swapped is a compile error rather than a text under the wrong heading.
macro_rules! registry {
    ($(
        $variant:ident => $id:literal, $name:literal, $severity:ident {
            title: $title:literal,
            what: $what:literal,
            why: $why:literal,
            example: $example:literal,
            fix: $fix:literal $(,)?
        }
    )*) => {
        /// A finding code. See [`REGISTRY`] for ids and documentation.
        /// Variants are in id order, the order findings at one place sort in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant),* }

        /// All codes, in id order.
        pub const REGISTRY: &[CodeInfo] = &[
            $(CodeInfo {
                code: Code::$variant,
                id: $id,
                name: $name,
                severity: Severity::$severity,
                title: $title,
                what: $what,
                why: $why,
                example: $example,
                fix: $fix,
            }),*
        ];
    };
}

registry! {
    Co2eInAnotherGwpSet => "A001", "co2e-in-another-gwp-set", Warning {
        title: "A gas's CO2e was weighted with another GWP set than the inventory's",
        what: "A record states a gas (CH4, N2O, SF6, NF3) both as a mass of the gas and in CO2e. The CO2e over \
               the mass is the GWP that was used; it disagrees with the GWP of the inventory's set (by more than \
               the total tolerance, 0.5 % or 1 t) and matches another assessment report's GWP at least ten times \
               better. A ratio that matches no set is not judged.",
        why: "CO2e figures are only comparable, and only add up, within one GWP set: a CH4 figure weighted with \
              AR4's 25 in an AR5 inventory understates its CH4 by about 11 % and makes the inventory a mixture of \
              two sets.",
        example: "`gases.ch4`: 100 t of CH4 and 2500 tCO2e in an inventory that declares AR5 (CH4 × 25 is AR4; \
                  AR5 gives 2800 tCO2e).",
        fix: "Recompute the CO2e with the declared set's GWP, or declare the set the figures were computed with.",
    }
    BiogenicCo2InTotal => "A002", "biogenic-co2-in-total", Warning {
        title: "A record's total counts its biogenic CO2",
        what: "A record states biogenic CO2 and a total that equals the sum of its gases plus the biogenic CO2 \
               (or, when it gives no gases, the biogenic CO2 itself), within a gram or 0.01 %.",
        why: "The GPC reports biogenic CO2 beside the scopes, never in them: counted in the total it enters \
              every scope, BASIC and BASIC+ total the record counts in, often as the largest share of a wood or \
              biofuel record.",
        example: "Wood burnt in homes: CH4 20 and N2O 10 tCO2e, biogenic CO2 100 t, total 130 tCO2e instead of \
                  30.",
        fix: "Take the biogenic CO2 out of the total and keep it in its own column.",
    }
    ActivityTimesFactor => "A003", "activity-times-factor", Warning {
        title: "Activity × emission factor does not give the record's emissions",
        what: "For a record with an activity amount, an emission factor and emissions, all in units the unit \
               table knows (the factor's denominator of the activity's kind, e.g. MJ with gCO2e/MJ), the activity \
               converted to the factor's unit times the factor differs from the stated emissions by more than \
               5 % and the total tolerance in tonnes: the total factor with the total and the CO2 factor with the \
               CO2, and, for factors in a mass of gas (`kg/TJ`, `kg CH4/TJ`), the CH4 and N2O factors with those \
               gases weighed with the declared GWP set; the first that disagrees is reported. When the ratio is a \
               unit slip (× 1000, × 10⁶, × 3.6, ...) or a GWP (the mass left unweighed, another set's GWP) the \
               help names it. The finding sits at the activity amount, or at the gas when its GWP is the slip. \
               Records with an unknown, ambiguous or mismatched unit are not judged.",
        why: "Either the emissions or the data behind them are wrong, and a slip of a factor of 1000 or 3.6 in \
              one record can outweigh the rest of its sector.",
        example: "553 370 696 MJ of diesel at 74.343 gCO2e/MJ is 41 139 tCO2e, but the record states 41.14 (the \
                  activity typed in kJ, or the emissions in kt).",
        fix: "Correct the amount or unit of the activity, the factor or the emissions, whichever is wrong; if a \
              share or oxidation factor was applied, say so in the record's description.",
    }
    SameCityAndYear => "B001", "same-city-and-year", Info {
        title: "Two inventories of the batch are for the same city and year",
        what: "Checked across the whole batch: a second inventory has the city, country and year of an earlier \
               one, and every total both state agrees (recomputed from records, or as reported); the message \
               says when no total is on both sides to compare. It is usually the same submission sent twice (a \
               resubmission, or a copy in another folder, or the same city-year in two releases of a table).",
        why: "Both stay in the datasets, the second with a suffix on its id (`-2`) to keep them apart, so a sum \
              or count over the batch counts that city's emissions twice.",
        example: "`br-testville-2022` in `inbox/testville.xlsx` and again, as `br-testville-2022-2`, in \
                  `archive/testville.xlsx`.",
        fix: "Keep one of the two files in the batch, or nothing if both are meant to be there.",
    }
    SameCityAndYearDiffer => "B002", "same-city-and-year-differ", Warning {
        title: "Two inventories for the same city and year disagree",
        what: "Checked across the whole batch: a second inventory has the city, country and year of an earlier \
               one, but a total both state (scope 1, 2, 3, BASIC or BASIC+, recomputed from records or as \
               reported) differs by more than 0.01 %. A total only one of them states is not compared.",
        why: "Only one of them can be the city's inventory for that year; a comparison or aggregate built on the \
              other one, or on both, misstates the city's emissions.",
        example: "A corrected resubmission next to the original: BASIC 250 tCO2e in one file, 100 tCO2e in the \
                  other.",
        fix: "Find out which file is current and remove the other from the batch.",
    }
    RequiredCellEmpty => "C001", "required-cell-empty", Warning {
        title: "A GPC cell the reporting level requires has neither emissions nor a notation key",
        what: "For inventories with emission records, every cell of the declared GPC level (BASIC when none is \
               declared: the 32 BASIC cells; BASIC+ adds its 15) must hold emissions or a notation key (NO, IE, \
               NE, C). A cell counts as filled by a record naming it with a number or a key, or by a summary \
               cell that is that GPC cell (an eCRF_2 value or key). The finding sits at the blank row of the \
               cell (a template row pre-filled with the ref, an eCRF_2 cell); the cells the file has no row for \
               share one finding, where a new record would go (the row after the last one), or at no cell for \
               a file without a record table. Files with totals only (CDP rows) are not judged. A profile's \
               `required-level` raises the level (`gpc-basic-plus`). When the file states its scope-1 \
               (territorial) total, the territorial cells it covers (I.4.4 and waste from outside treated in the \
               city, III.x.3; not I.4.4 under the CRF's total excluding generation) are required too.",
        why: "An inventory that shows a BASIC cell neither as a number nor as a notation key does not meet the \
              GPC completeness principle and cannot claim BASIC: a reader cannot tell a source that does not \
              occur from one that was forgotten, and the totals may leave out a whole sub-sector.",
        example: "A CityCatalyst export with no row at all for III.2.2 (biological treatment of waste outside \
                  the city), or the template's I.3.1 row left blank.",
        fix: "Write the cell's emissions, or a notation key with its explanation: NO if the activity does not \
              occur, IE if it is counted in another cell (name it), NE if it was not estimated (say why).",
    }
    ActivityWithoutEmissions => "C002", "activity-without-emissions", Error {
        title: "A record has activity data but no emissions and no notation key",
        what: "A record states an activity amount other than zero (fuel burnt, electricity used, distance \
               travelled) but no total, no gas, no biogenic CO2 and no notation key. The finding sits where \
               the total would be written.",
        why: "The activity happened, but its emissions count in no total: an electricity row without emissions \
              leaves scope 2 empty, and the inventory looks smaller than it is.",
        example: "An eCRF_3 row `Electricity` with 4 734 000 MJ of activity data and the emission and notation \
                  key columns blank.",
        fix: "Compute the emissions (activity x emission factor) and write them, or write the notation key NE \
              with an explanation if they were not estimated.",
    }
    DuplicateRecord => "D001", "duplicate-record", Warning {
        title: "The same record appears twice in the file",
        what: "Two records of one inventory have the same GPC cell (or label), activity, notation key, \
               amounts (total, each gas, biogenic CO2, activity amount and unit) and description and source \
               of the activity data. Each repeat is reported, \
               naming the cell of the first copy and how many copies there are. Records holding only a \
               notation key are not compared.",
        why: "Totals count every copy, so a repeated row inflates its scope, BASIC and BASIC+ totals; a table \
              whose rows were pasted three times states three times the city's emissions.",
        example: "Emissions row 40 repeats row 12: I.1.1, Natural gas, 12 190.5 tCO2e.",
        fix: "Delete the repeated rows. If two sources really emit the same amount, tell them apart in the \
              activity, its description or its source.",
    }
    RecommendedFactMissing => "F001", "recommended-fact-missing", Warning {
        title: "A recommended inventory fact is missing",
        what: "Country, population, GWP set, GPC reporting level and boundary are not required to read an \
               inventory; one of them is absent.",
        why: "Reviewers need them to compare and aggregate inventories: per-capita figures need the population, \
              CO2e figures are only comparable within one GWP set, and totals only at the same GPC level and \
              boundary.",
        example: "The Inventory sheet's `GWP set` value cell left empty.",
        fix: "Fill the cell the finding points at; for a file that has no place for the fact, the finding's help \
              says how to supply it (for country and GWP set: --country, --gwp or a sidecar file).",
    }
    FactFromFileName => "F002", "fact-from-file-name", Info {
        title: "A fact was taken from the file name",
        what: "The file does not state this fact, but its name follows a known pattern \
               (`inventory-<UN/LOCODE>-<year>.csv`, `<anything>-<UN/LOCODE>-<year>.csv`, \
               `Inventory-<City>-<year>.csv`, `<city>-<year>-....csv`), so ghgcheck read it from there. A \
               UN/LOCODE gives the country (its first two letters) and, from the UN/LOCODE table bundled with \
               ghgcheck, the city's name as UNECE spells it; the message says so. A code the table lacks is \
               kept as the identifier and also stands for the city's name, and the city-name finding says that \
               the code was not found (still an info: the table is not the whole UNECE list).",
        why: "A file name changes with every rename or copy, so the fact rests on weaker ground than a value in \
              the file and a reviewer should confirm it. CityCatalyst exports name their city and year only \
              this way, so for them it is expected.",
        example: "A CityCatalyst export named `inventory-BR POA-2022.csv`, from which the city name `Pôrto \
                  Alegre`, the country BR, the UN/LOCODE BR POA and the year 2022 are read.",
        fix: "Nothing, if the value is right; otherwise rename the file or pass --city, --country or --year \
              (for a code the table lacks, --city with the city's name).",
    }
    FactOverridden => "F003", "fact-from-command-line", Info {
        title: "A fact was supplied on the command line or in a sidecar file",
        what: "The value comes from --city, --country, --year or --gwp, or from a `<file>.ghgcheck.toml` \
               sidecar, because the file does not state it (or because --force-facts was given).",
        why: "The fact is not in the submission itself: someone reading the file alone will not find it, or will \
              find a different value, and the report is the only record of where it came from.",
        example: "`ghgcheck validate --gwp AR5` on a CityCatalyst export, which has no place for the GWP set.",
        fix: "Nothing, if the value is right; a file that states the fact itself is easier to review.",
    }
    BadSidecar => "F004", "bad-sidecar", Error {
        title: "The sidecar file beside a submission cannot be read",
        what: "A `<file>.ghgcheck.toml` sidecar supplies facts the file lacks, as the TOML lines \
               `city = \"...\"`, `country = \"BR\"`, `year = 2022` and `gwp = \"AR5\"`; this one has a line \
               that is not one of them or is not valid TOML.",
        why: "None of the sidecar's facts are used, so the inventory is checked as if it had no sidecar. \
              Anything but the four lines is refused so that a typing error is not silently ignored.",
        example: "`town = \"Testville\"` where `city` is meant.",
        fix: "Correct the line the finding names.",
    }
    FactHasNoPlace => "F005", "fact-has-no-place", Info {
        title: "The file's layout has no place for some recommended facts",
        what: "Country, population, GWP set, GPC reporting level and boundary are recommended (F001). When the \
               file's layout has no cell for one of them (a CDP table has no GWP column, a CityCatalyst export \
               no population), no inventory in it can state it: instead of one F001 per inventory, one info per \
               file names the facts the layout cannot carry and how many inventories it concerns. A fact the \
               layout does have a place for, left blank, is still F001 at its cell.",
        why: "The facts are still missing for comparisons (per-capita figures, GWP sets, reporting levels), but \
              the city did not leave them out: they have to come from elsewhere.",
        example: "A CDP open-data table of 401 inventories: `the layout has no place for inventory.gwp_set, \
                  inventory.gpc_level (401 inventories)`.",
        fix: "Supply what can be supplied from outside the file: a sidecar file `<file>.ghgcheck.toml` beside it \
              (`country = \"BR\"`, `gwp = \"AR5\"`, `gpc_level = \"basic\"`) or the flags `--country` and \
              `--gwp`; or ask for the \
              submission in a layout that carries the facts (`ghgcheck template`).",
    }
    UnknownGpcRef => "G001", "unknown-gpc-ref", Error {
        title: "Unknown GPC reference number",
        what: "Each emission record names one of the 53 GPC v1.1 cells (I.1.1 ... VI.1); this one names a \
               reference number that is not among them.",
        why: "The cell decides the record's sector, scope and reporting level; a record with no valid cell \
              counts in no scope, BASIC or BASIC+ total, so its emissions drop out of the inventory's totals.",
        example: "`II.5.3` (off-road transport has no scope 3 cell) or `I.9.1`.",
        fix: "Use the reference number of the cell the emissions belong to (`ghgcheck template` lists all).",
    }
    ScopeMismatch => "G002", "scope-mismatch", Error {
        title: "The scope does not match the GPC reference number",
        what: "Each GPC cell belongs to one scope (I.1.2 is scope 2; III.1.2 is scope 3 because the waste leaves \
               the city; I.4.4 is scope 1), and the record states another.",
        why: "ghgcheck counts the record in the scope of its cell; if the stated scope is the right one, the \
              emissions sit in the wrong cell and the scope 1, 2 and 3 totals are wrong, for example grid \
              electricity counted as fuel burnt in the city.",
        example: "A record for I.1.1 (fuel burnt in homes) marked scope 2.",
        fix: "Correct the scope, or move the emissions to the GPC cell of the scope they belong to.",
    }
    RefConflictsWithLabels => "G003", "ref-conflicts-with-labels", Warning {
        title: "The stated GPC reference contradicts the row's sector and scope labels",
        what: "The row states one GPC cell but its CRF sector, sub-sector and scope words point to another. \
               ghgcheck keeps the stated ref and records the implied one beside it (`implied_gpc_ref`).",
        why: "The emissions count in the totals of the stated cell; if the labels are right instead, they are \
              in the wrong scope or sector of the inventory's totals.",
        example: "Real eCRF files carry scope-2 electricity rows with `.1` refs, for example I.1.1 beside \
                  `Indirect emissions` (which is I.1.2).",
        fix: "Correct whichever of the two is wrong, so that ref and labels agree.",
    }
    UnresolvedSector => "G004", "unresolved-sector", Error {
        title: "The row's sector labels name no GPC cell",
        what: "The row has no GPC reference number, and its sector, sub-sector and scope labels could not be \
               resolved to one.",
        why: "Without a cell the row's emissions cannot be placed in a sector or scope, and count in no scope, \
              BASIC or BASIC+ total.",
        example: "A misspelt sub-sector `Residental buildngs`, or scope words that are neither direct, indirect \
                  nor outside the city boundary.",
        fix: "Write the GPC reference number in the ref column, or correct the labels (the help suggests the \
              closest known label).",
    }
    RefNormalised => "G005", "ref-normalised", Warning {
        title: "A GPC reference number is misspelt and was read as the nearest cell",
        what: "The reference is written in a variant spelling that clearly means one cell, and ghgcheck reads it \
               as that cell.",
        why: "Tools that match reference numbers exactly will not recognise the spelling, and the reading is a \
              correction a reviewer should confirm.",
        example: "`I.63` for I.6.3, `I_1_1` for I.1.1, or `|II.1.1` for II.1.1.",
        fix: "Write the reference in its canonical form, e.g. I.6.3.",
    }
    CrfOnlyRow => "G006", "crf-only-row", Info {
        title: "A CRF row with no GPC cell",
        what: "The GCoM CRF reports some rows that the GPC has no cell for; they are kept with `gpc_ref: null` \
               and their CRF label, and count in no GPC total.",
        why: "Their emissions are in the datasets but in no scope, BASIC or BASIC+ total, so a sum of the \
              file's rows differs from ghgcheck's totals by these rows.",
        example: "A `Local renewable generation` row in eCRF_3.",
        fix: "Nothing; this is for information.",
    }
    PlaceholderRow => "G007", "placeholder-row", Info {
        title: "A template row for a cell the GPC does not have, holding only a notation key",
        what: "The eCRF template carries rows for cells the GPC does not define, pre-filled with NE; such a row \
               holding nothing but a notation key is not an emission record and is skipped.",
        why: "The row reports nothing, and reading it as a record would flag the same non-existent GPC cell \
              in every file made from the template.",
        example: "The eCRF template's II.5.3 row (off-road transport outside the city boundary), or its IPPU and \
                  AFOLU rows outside the city boundary, holding NE.",
        fix: "Nothing; if the row does hold emissions, move them to the GPC cell they belong to.",
    }
    ValueInNoGpcCell => "G008", "value-in-no-gpc-cell", Warning {
        title: "A table's column for a cell the GPC does not have holds a figure",
        what: "A wide table (one column per GPC reference number) has a column headed like a reference number \
               the GPC does not define, and this row's cell in it holds emissions. The figure is kept as a \
               record without a GPC cell (`gpc_ref: null`, the column as its label; in sectors I and II the last \
               number of the reference as its scope) and counts in no scope, BASIC or BASIC+ total that ghgcheck \
               recomputes. The table's own totals may count it, so the stated totals it may be in (its scope, \
               BASIC, BASIC+) are not compared with the records of this inventory.",
        why: "The figure is the city's and must not be lost, but it cannot be placed in a sector and scope: a \
              total that counts it and one that does not differ by exactly this amount.",
        example: "`II.5.3` (off-road transport has no scope 3 cell) holding 120 in a network's dashboard export, \
                  whose BASIC+ column counts it.",
        fix: "Move the figure to the GPC cell it belongs to (the message suggests the nearest one), or state \
              why it is reported outside the GPC cells.",
    }
    YearOnYearChange => "H001", "unexplained-year-on-year-change", Warning {
        title: "Total emissions changed sharply since the city's earlier inventory, with no reason stated",
        what: "With `--history PATH`, each inventory is compared with the latest earlier inventory of the same \
               city and country found there: when a total both state (BASIC first, then BASIC+, scope 1, 2, 3; \
               recomputed, else as reported) changed by more than `year-on-year-change-percent` (30 %) and the \
               inventory gives no reason for the change, this warning sits where the reason would be written.",
        why: "Real emissions of a city seldom move by a third in a few years; an unexplained jump is usually a \
              unit slip, a sector left out or added, or a change of method that makes the years incomparable.",
        example: "Testville reports BASIC 1,000 t for 2022 after 500 t for 2020, and its eCRF_1 row 'Comments on \
                  change in total emissions since last reported inventory' is empty.",
        fix: "Explain the change (new method, new sectors, a real change) in the comments on change in total \
              emissions, or correct the figures if one of the years is wrong.",
    }
    PledgeNotMet => "K001", "pledge-not-met", Warning {
        title: "No stated target meets the pledge of the network whose profile is applied",
        what: "With a network's profile (eu-com, cnca, us-mayors, c40), the inventory's targets are compared \
               with the network's pledge: at least one target must reach the pledged reduction (or carbon \
               neutrality / net zero) by the pledged year. Inventories that state no target are not judged.",
        why: "A signatory whose filed targets fall short of the commitment it signed is out of good standing \
              with its network; the secretariat follows it up.",
        example: "An EU Covenant of Mayors signatory whose only target is -15 % by 2020 (the pledge is at least \
                  -20 % by 2020, or -40 % by 2030).",
        fix: "State the target the city adopted when it signed (reduction, base year, target year), or check \
              that the right network profile is applied.",
    }
    MappingColumnMissing => "M001", "mapping-column-missing", Error {
        title: "The table lacks a column its mapping file names",
        what: "A mapping file says which column holds which field; here none of the spellings it lists for a \
               required field is in the table's header row. The finding names the mapping file and its line.",
        why: "The field cannot be read from any row, so the table is not read at all and none of its \
              inventories is checked.",
        example: "The `cdp-citywide` mapping lists `Accounting Year` and `Measurement Year` for the inventory \
                  year, and the table calls that column `Inventory Year`.",
        fix: "Correct the column name in the mapping (or mark the field `optional = true`), or add the column \
              to the file.",
    }
    InvalidNotationKey => "N001", "invalid-notation-key", Error {
        title: "Notation key outside NO, IE, NE, C",
        what: "GPC and the GCoM CRF allow four notation keys: NO (not occurring), IE (included elsewhere), NE \
               (not estimated) and C (confidential); the cell holds something else.",
        why: "Each key tells a reviewer why a cell has no number; with any other word it is unknown whether the \
              source does not occur, is counted elsewhere or was left out, and the cell does not count as \
              reported.",
        example: "`NA` (not applicable, which is not a GPC key) or `estimated`.",
        fix: "Use one of the four keys, or leave the cell empty when a number is reported.",
    }
    NotationKeyUnexplained => "N002", "notation-key-unexplained", Warning {
        title: "A notation key has no explanation",
        what: "GPC requires an explanation with every notation key: for IE, where the emissions are included; \
               for NE, why they were not estimated. This key has none.",
        why: "Without it a reviewer cannot verify the gap: an IE cell cannot be traced to where its emissions \
              are, and an NE cell gives no reason for leaving a source out.",
        example: "`NE` with an empty explanation cell.",
        fix: "Write the explanation next to the key (in an eCRF workbook, in column H of eCRF_2).",
    }
    ValueWithNotationKey => "N003", "value-with-notation-key", Warning {
        title: "A record has both emission values and a notation key",
        what: "A GPC cell holds either numbers or a notation key, never both; this record has both.",
        why: "The two contradict each other (NE says the emissions were not estimated, a number says they \
              were), so a reviewer cannot tell which one the city meant.",
        example: "`NE` beside a total of 1200.",
        fix: "Remove the key if the number is right, or remove the numbers if the key is.",
    }
    IePlaceNotNamed => "N004", "ie-place-not-named", Warning {
        title: "An IE key does not say where the emissions are included",
        what: "The notation key IE (included elsewhere) means the emissions are reported in another GPC cell. \
               That cell must be named, beside the key (`IE (I.1.1)`) or in the key's explanation (`included \
               in I.2.1`, `included in stationary energy`); here neither names a GPC cell or sector. Checked \
               where the file has a place for an explanation, or writes a place beside the key.",
        why: "Without the place, a reviewer cannot tell whether the emissions are counted once, twice or not at \
              all, nor compare the cell with other cities'.",
        example: "`IE` in the notation-key cell of II.4.1 with the explanation `see note`.",
        fix: "Write the GPC reference number of the cell that holds the emissions beside the key (`IE (II.1.1)`) \
              or in its explanation.",
    }
    IePlaceEmpty => "N005", "ie-place-holds-no-value", Warning {
        title: "The cell an IE key points to holds no emissions",
        what: "An IE key names the GPC cell (or sub-sector, or sector) where its emissions are included; no \
               record of this inventory in that place states an amount. Only judged when the inventory has \
               emission records.",
        why: "The emissions said to be included elsewhere are then in no total: the inventory is smaller than \
              it claims, and the gap is hidden behind a key.",
        example: "`IE (I.1.1)` on I.2.1 while I.1.1 holds only the key NE.",
        fix: "Enter the emissions in the cell the key names, or correct the reference beside the key, or use the \
              key that applies (NE, NO).",
    }
    KeyInNoGpcCell => "N006", "key-in-no-gpc-cell", Info {
        title: "A notation key stands in a cell the GPC does not have",
        what: "A total stated for a sub-sector and scope (a cell of the eCRF_2 matrix) holds a notation key, but \
               the GPC has no cell for that sub-sector in that scope (waste, IPPU and AFOLU have no scope 2; IPPU \
               and AFOLU no scope 3; fugitive emissions only scope 1).",
        why: "The key describes nothing the inventory covers; it is usually a template default left in place, \
              or a key typed into the wrong column, where it hides the cell it was meant for.",
        example: "`NE` in the `Emissions occurring outside the city boundary` column of `IPPU > Industrial \
                  process` in eCRF_2.",
        fix: "Clear the cell, or move the key to the column it belongs to.",
    }
    TargetNotAfterBase => "P001", "target-not-after-base", Error {
        title: "A target year that is not after its base year",
        what: "A target states a base year and a target year, and the target year is the base year or earlier.",
        why: "A reduction is planned from the base year to the target year; a target that ends before it starts \
              cannot be tracked, and is usually two years swapped or a typo.",
        example: "Base year 2015, target year 2010.",
        fix: "Write the year the reduction is measured from as the base year and the year it is to be met by as \
              the target year.",
    }
    ImplausibleReduction => "P002", "implausible-reduction", Warning {
        title: "A target's reduction is zero or looks like a fraction",
        what: "A target's reduction is 0 %, or between 0 and 1 %, which is how a fraction (0.4 for 40 %) reads \
               in a percent column. A reduction below 0 or above 100 % breaks the schema and is reported as S004.",
        why: "A network checks a city's pledge against its reduction: 0.4 % read for a 40 % pledge fails every \
              threshold (-20 % by 2020 for the Covenant of Mayors, -80 % by 2050 for CNCA).",
        example: "`reduction_percent` 0.4 on a base-year target for 2030.",
        fix: "Write the reduction in percent (40 for 40 %), or remove a target that reduces nothing.",
    }
    BaseYearTargetIncomplete => "P003", "base-year-target-incomplete", Warning {
        title: "A base-year target without its base year or base-year emissions",
        what: "A target of type `base-year` does not state its base year or, when it does, the emissions of that \
               year.",
        why: "The reduction is a share of the base-year emissions: without them the target cannot be turned into \
              tonnes, nor progress measured against it.",
        example: "Base year 2015, target year 2030, reduction 50 %, and no base-year emissions.",
        fix: "Write the base year and the inventory's total for that year, in tCO2e.",
    }
    NeutralityTargetWithoutYear => "P004", "neutrality-target-without-year", Warning {
        title: "A carbon-neutral or net-zero target without a year",
        what: "A target of type `carbon-neutral` or `net-zero` does not state its target year.",
        why: "Neutrality is a pledge for a year (C40 and CNCA ask for 2050 or sooner); without it the pledge \
              cannot be compared with a network's or tracked.",
        example: "A `net-zero` target with an empty target year.",
        fix: "Write the year by which the city is to be carbon neutral or net zero.",
    }
    UnsupportedFile => "R001", "unsupported-file", Error {
        title: "The file is not a spreadsheet, CSV or JSON document ghgcheck can read",
        what: "The file's content does not match any supported format (xlsx, xlsm, xlsb, xls, ods, csv, json), \
               whatever its extension says.",
        why: "Nothing in the file can be read, so the submission is not checked and adds no inventory to the \
              batch's datasets.",
        example: "A PDF or a Word document renamed to .xlsx.",
        fix: "Export the inventory from the spreadsheet program as .xlsx (or .ods/.csv) and submit that file.",
    }
    CorruptFile => "R002", "corrupt-file", Error {
        title: "The spreadsheet is damaged and cannot be read",
        what: "The file has the container of a spreadsheet but its content cannot be decoded.",
        why: "Nothing in the file can be read, so the submission is not checked and adds no inventory to the \
              batch's datasets.",
        example: "A workbook whose internal XML was damaged by a failed upload or an incompatible editor.",
        fix: "Open the file in Excel or LibreOffice, let it repair the workbook, save it again and resubmit.",
    }
    TruncatedFile => "R003", "truncated-file", Error {
        title: "The spreadsheet is cut short (incomplete download or copy)",
        what: "The file starts like a zip-based workbook (xlsx, xlsm, ods) but its end, the zip directory, is \
               missing.",
        why: "Without the directory no sheet can be found, so the submission is not checked; the copy is also \
              incomplete, so anything recovered from it may lack rows.",
        example: "A download or an e-mail attachment that was interrupted before the end.",
        fix: "Download or copy the file again from its origin and check that its size matches.",
    }
    EncryptedFile => "R004", "encrypted-workbook", Error {
        title: "The workbook is password-protected (encrypted)",
        what: "An encrypted Office workbook is stored as an OLE container with an EncryptionInfo stream instead \
               of a zip file, and cannot be read without the password.",
        why: "Neither ghgcheck nor a reviewer without the password can read it, so the submission is not \
              checked.",
        example: "A workbook saved with a password to open (File > Info > Protect Workbook > Encrypt with \
                  Password).",
        fix: "Open the workbook, remove the password (File > Info > Protect Workbook > Encrypt with Password, \
              clear the field), save and resubmit. Sheet protection without encryption is fine.",
    }
    EmptyFile => "R005", "empty-file", Error {
        title: "The file is empty",
        what: "The file has no content at all (0 bytes), or the spreadsheet or CSV has no cells with data.",
        why: "There is no inventory to check; usually an export did not finish or the wrong file was sent.",
        example: "A 0-byte `inventory.csv` left by an export that was cancelled.",
        fix: "Check that the right file was exported and that the export finished.",
    }
    MissingSheet => "R006", "missing-sheet", Error {
        title: "A sheet the layout needs is missing",
        what: "The file was recognised as a known layout but one of the sheets that layout requires is absent.",
        why: "Nothing that sheet should hold is read: without the Emissions sheet the inventory has no emission \
              records, without the City sheet no city.",
        example: "A ghgcheck template whose City sheet was deleted or renamed.",
        fix: "Restore the sheet with its original name (compare with `ghgcheck template`).",
    }
    MissingColumn => "R007", "missing-column", Error {
        title: "A column the layout needs is missing",
        what: "The header row of a table lacks a column the layout requires.",
        why: "The layout finds its rows by that column, so none of the table's rows is read and the inventory \
              has no emission records from it.",
        example: "The Emissions sheet without its `GPC ref` column.",
        fix: "Restore the column header exactly as in the template (`ghgcheck template`).",
    }
    UnreadableFile => "R008", "unreadable-file", Error {
        title: "The file cannot be opened",
        what: "The operating system refused to read the file (permissions, a vanished file, a network share \
               error).",
        why: "The submission is not checked; the cause usually lies where ghgcheck runs, not in the \
              submission.",
        example: "A file readable only by the account that saved it, or one on a network share that went \
                  offline during the run.",
        fix: "Check that the file exists and is readable by the account running ghgcheck.",
    }
    UnknownLayout => "R009", "unknown-layout", Error {
        title: "The file's layout is not one ghgcheck knows",
        what: "The sheets and headers match none of the layouts ghgcheck reads: its template (workbook or CSV \
               form), a GCoM eCRF workbook, a CityCatalyst CSV export, an inventory JSON document, or a table \
               a mapping file describes.",
        why: "ghgcheck cannot tell which cell holds which fact, so nothing in the file is checked.",
        example: "A workbook with a single sheet of free-form notes.",
        fix: "Fill in the ghgcheck template (`ghgcheck template -o inventory.xlsx`), or describe your table in \
              a mapping file.",
    }
    NotUtf8 => "R010", "not-utf8", Error {
        title: "The CSV file is not UTF-8 text",
        what: "ghgcheck reads CSV files encoded as UTF-8 (with or without a byte-order mark); this file has \
               bytes that are not UTF-8.",
        why: "Files saved as \"CSV (Windows)\" or Latin-1 spell accented names (São Paulo, Zürich) with other \
              bytes; rather than guess the encoding and garble city names and labels, ghgcheck does not read \
              the file.",
        example: "`São Paulo` saved by Excel as \"CSV (Windows)\", where `ã` is the single byte E3.",
        fix: "Save the file again as \"CSV UTF-8\" (Excel) or with the character set \"Unicode (UTF-8)\" \
              (LibreOffice).",
    }
    SheetTooLarge => "R011", "sheet-too-large", Error {
        title: "A sheet spans more cells than ghgcheck reads",
        what: "ghgcheck reads a sheet as the rectangle from its first to its last value, and reads at most 20 \
               million cells per sheet (2 million in .xls and .ods workbooks, which are read whole into memory). \
               A single value far outside the table stretches that rectangle; a table that really holds that \
               many cells is refused too. The finding points at the farthest value.",
        why: "Without the limit one such file could exhaust the memory of the machine and take down the whole \
              batch; with it, only this file is left unread.",
        example: "An `x` left in XFD1048576 (the last cell of a worksheet) beside a table that starts at A1: \
                  the rectangle is 17 billion cells for two values.",
        fix: "Delete the stray value the finding points at, or the rows and columns between the table and it (in \
              Excel, Ctrl+End jumps to the last used cell), save and resubmit; split a table that is genuinely \
              that large into several files.",
    }
    InternalError => "R099", "internal-error", Error {
        title: "ghgcheck failed on this file",
        what: "An unexpected failure inside ghgcheck while checking this file. The other files of the batch are \
               still checked and reported.",
        why: "The file was not fully checked and the cause lies in ghgcheck, so its result says nothing about \
              the submission.",
        example: "A rule meeting a combination of values its authors did not foresee, reported as `ghgcheck \
                  failed unexpectedly on this file`.",
        fix: "Nothing in the submission; please report it to the ghgcheck maintainers with the file if you can \
              share it.",
    }
    RequiredMissing => "S001", "required-missing", Error {
        title: "A required fact is missing",
        what: "The inventory schema requires the city name and the inventory year, and a CRF label on a record \
               that has no GPC cell; one of them is missing. (An inventory without any emissions is S007.)",
        why: "An inventory cannot be identified or filed without them: the city and year decide where it is \
              filed and which earlier inventory it is compared with.",
        example: "The City sheet's `Name of city` value cell is empty.",
        fix: "Fill the cell the finding points at.",
    }
    WrongType => "S002", "wrong-type", Error {
        title: "A value has the wrong type",
        what: "The value cannot be read as the kind of value the field holds (number, whole number, text, \
               yes/no, list).",
        why: "A value of the wrong kind cannot be compared or summed with the same field of other inventories, \
              so reviewers have to treat the fact as not reported.",
        example: "`yes` in a year field, or a fraction where a whole number is needed.",
        fix: "Enter a value of the kind the column header asks for.",
    }
    ValueNotAllowed => "S003", "value-not-allowed", Error {
        title: "A value is not one of the allowed choices",
        what: "The field takes one value from a fixed list, and this value is not on it.",
        why: "These lists decide how the figures are read (which GWP values, which GPC level); a value outside \
              them leaves that unknown, and the inventory cannot be compared with others.",
        example: "`AR7` as GWP set (allowed: SAR, AR4, AR5, AR6).",
        fix: "Pick one of the listed values (the template's dropdowns list them).",
    }
    OutOfRange => "S004", "out-of-range", Error {
        title: "A number is outside its allowed range",
        what: "A number is below the lowest or above the highest value its field allows.",
        why: "Such a number is almost always a typing error, a wrong sign or a wrong unit, and it would distort \
              per-capita figures, progress against targets, or the year the inventory is filed under.",
        example: "A negative population, a reduction target over 100 %, or an inventory year of 20015.",
        fix: "Correct the number; check units and typing errors.",
    }
    BadFormat => "S005", "bad-format", Error {
        title: "A value is not in the expected format",
        what: "Dates must be YYYY-MM-DD, countries two-letter ISO 3166-1 codes, e-mail addresses well formed; \
               this value is not.",
        why: "Inventories are matched and grouped by these values (the country code is part of each \
              inventory's id), and a date in a local format can be read two ways (03/04/2022).",
        example: "Country `Brasil` instead of `BR`.",
        fix: "Rewrite the value in the format given in the help.",
    }
    UnknownField => "S006", "unknown-field", Error {
        title: "A field is not part of the inventory schema",
        what: "JSON submissions must use the field names of the published schema (`ghgcheck schema`); this one \
               uses a name that is not in it.",
        why: "An unknown name is usually a typo, and nothing reads the value under it, so the fact it was meant \
              to give is missing.",
        example: "`totl_tco2e` instead of `total_tco2e`.",
        fix: "Rename or remove the field.",
    }
    NoEmissions => "S007", "no-emissions", Error {
        title: "The inventory has no emission records and no reported totals",
        what: "An inventory needs at least one emission value, notation key or reported total; this one has \
               none.",
        why: "There is nothing to total, compare or review: the submission is not yet an inventory.",
        example: "The template returned with the Emissions sheet untouched.",
        fix: "Enter emissions (or notation keys) for the GPC cells the inventory covers.",
    }
    BadPeriod => "S008", "bad-period", Error {
        title: "An inventory year or period cannot be read, or runs backwards",
        what: "The inventory year is one year (2015) or a continuous 12-month period (2013/2014, \
               2015-01-01 - 2015-12-31, 2013 Apr - 2014 Mar); this value cannot be read as either, or ends \
               before it starts.",
        why: "The inventory year decides which year the emissions are filed and compared under; without it the \
              inventory cannot be placed in a time series.",
        example: "`2016-12-31 - 2016-01-01`, which ends before it starts.",
        fix: "Write the year, or the period as start - end.",
    }
    SchemaViolation => "S099", "schema-violation", Error {
        title: "The document breaks a rule of the inventory schema",
        what: "A schema rule not covered by a more specific code failed. The message names the rule.",
        why: "The document does not follow the published inventory schema, so tools that read inventories by \
              that schema may reject it or misread the field.",
        example: "A JSON submission whose `inventory.gases` lists CO2 twice, which breaks the rule `uniqueItems`.",
        fix: "Compare the field with its description in `ghgcheck schema`.",
    }
    TotalDiffersFromGases => "T001", "total-differs-from-gases", Warning {
        title: "A record's total is not the sum of its gases",
        what: "When a record states both its gases in CO2e and a total, the total must be their sum. \
               Differences within the total tolerance (0.5 % of the larger figure or 1 t, whichever is more; \
               `total-tolerance-percent` and `total-tolerance-tonnes` under `[rules.options]`) are not findings.",
        why: "Totals are computed from each record's stated total, so a wrong total, often a unit slip or a gas \
              left out, carries into every scope, BASIC and BASIC+ total the record counts in.",
        example: "A total of 47 619 000 beside CO2 of 47.619 (the total's unit written as Mt CO2e instead of \
                  t CO2e), or a total that leaves out a gas listed beside it.",
        fix: "Correct the unit or the figure that is wrong, so that the gases add up to the total.",
    }
    TotalDiffersFromRecords => "T002", "total-differs-from-records", Error {
        title: "A stated total is not the sum of the records it covers",
        what: "A total the submission states (an eCRF_2 cell, a BASIC, BASIC+ or scope column, a sector x scope \
               total, a hierarchical export's subtotal row `I` or `I.1` for the sector or sub-sector in all its \
               scopes) is compared with the same total recomputed from the file's own emission records, within \
               the total tolerance (0.5 % of the larger or 1 t, whichever is more; `[rules.options]`). An eCRF_2 \
               row sums the eCRF_3 rows of its CRF sector and sub-sector in its column, as the eCRF does: \
               Institutional buildings are GPC I.2 with Commercial, Fugitive emissions are I.7 + I.8, waste \
               treated in the city from outside (III.x.3) is Direct, waste sent outside (III.x.2) is Outside, and \
               the generation block (I.4.4) is outside `Total Emissions (excluding generation of grid-supplied \
               energy)`. Where the eCRF's grouping is uncertain (energy industries I.4.1-3 and non-specified \
               sources I.6, which have no eCRF_2 row; VI.1; a row whose GPC ref and labels disagree; the CityCatalyst \
               waste columns) either reading is accepted. A total whose records all carry notation keys sums to \
               0; a total stated only as NO or NE is compared with 0. A total is not compared when the file has \
               no record for what it covers (a CDP row, a summary-only workbook) or when a record of its scope \
               could not be placed in a GPC cell. When the stated total exceeds the records by exactly the \
               generation of grid-supplied energy (I.4.4) or the biogenic CO2 of the records, the help says so.",
        why: "A summary that disagrees with its detail is wrong in one of them, and a reviewer cannot tell which \
              figure the city means; networks publish the summary, so a slip there (a changed cell, a sum range \
              that misses a row) is what the world sees.",
        example: "eCRF_2 `Total Emissions (excluding generation of grid-supplied energy)` says 99 999 999 tCO2e in \
                  the Direct column while its eCRF_3 rows sum to 2501.25 tCO2e.",
        fix: "Recompute the total from the records (or correct the record that is wrong); the finding lists the \
              records it summed and their GPC cells.",
    }
    SubtotalDiffersFromParts => "T003", "subtotal-differs-from-parts", Error {
        title: "A stated subtotal is not the sum of its stated parts",
        what: "A total row of the eCRF_2 matrix must equal the rows it sums, in each column: a sector total \
               (`Total Stationary Energy`) its sub-sector rows, `Total Generation of grid-supplied energy` the \
               generation rows, and `Total Emissions (excluding generation of grid-supplied energy)` the sector \
               totals of Stationary energy, Transportation, Waste, IPPU and AFOLU (a sector's rows where its total \
               row is absent). Likewise a hierarchical export's sector subtotal row (`I`) must equal its \
               sub-sector subtotal rows (`I.1`, `I.2`, ...) where the sector has no rows below them. Parts stated \
               only as a notation key count as 0; the total tolerance applies. When \
               the records show which figure is wrong, that figure has a T002 finding instead and this one is \
               not given.",
        why: "Networks and data portals read the totals; a total that does not add up means a formula that \
              misses a row or a figure typed over a formula, and one of the two numbers is wrong.",
        example: "`Total Stationary Energy` says 369.65 tCO2e while its rows say 353.62 and 160.31.",
        fix: "Make the total the sum of its rows, or correct the row that is wrong.",
    }
    BasicPlusBelowBasic => "T004", "basic-plus-below-basic", Warning {
        title: "BASIC+ is stated below BASIC",
        what: "BASIC+ is BASIC plus IPPU, AFOLU and the scope 3 of stationary energy and transboundary transport, \
               so it is not below BASIC unless land (V.2) removes more than those sources emit. The stated \
               totals are compared, within the total tolerance; when the file's records show such net \
               removals, the finding is not given.",
        why: "A BASIC+ below BASIC is most often a BASIC+ that was not calculated and left as 0, or the two \
              figures swapped; anyone adding the city to a BASIC+ total is misled.",
        example: "A CDP row with `Total BASIC Emissions (GPC)` 4 814 594 and `Total BASIC+ Emissions (GPC)` 0.",
        fix: "Leave BASIC+ empty when it was not calculated, or state it in full; if land removals make it \
              smaller, say so in a comment.",
    }
    BasicAboveScopes => "T005", "basic-above-scopes", Warning {
        title: "BASIC is stated above scope 1 + scope 2 + scope 3",
        what: "Every BASIC cell is a cell of scope 1, 2 or 3, so BASIC is not above the sum of the three stated \
               scope totals unless land (V.2, in scope 1 but not in BASIC) removes more than the other scope-1 \
               sources outside BASIC emit. Compared only when all three scope totals are stated, within the total \
               tolerance; when the file's records show such net removals, the finding is not given.",
        why: "A BASIC above the scopes it is made of means a scope total that leaves sources out, or a BASIC \
              that counts one twice.",
        example: "BASIC 1 484 767 tCO2e beside scope 1 383 625, scope 2 789 569 and scope 3 21 146.7 (together \
                  1 194 340.7).",
        fix: "Check which scope total misses sources, or which BASIC source is counted twice.",
    }
    UnknownActivityUnit => "U001", "unknown-activity-unit", Warning {
        title: "A unit of activity data or of an emission factor that ghgcheck does not know",
        what: "Activity amounts are converted to a base unit per quantity (GJ, m3, t, km) with the exact \
               factors of `schemas/units.csv`, and emission-factor units are read as a mass per quantity \
               (`kg/TJ`, `gCO2e/MJ`); this unit is not in the table.",
        why: "The amount or factor cannot be converted to its base unit, so it cannot be compared with the same \
              activity in other inventories, and a reviewer cannot check that amount times factor gives the \
              emissions reported.",
        example: "`kwhh`, or `units-kilograms`.",
        fix: "Write a unit from the table (the help suggests the closest spellings).",
    }
    GasMassWithoutGwp => "U002", "gas-mass-without-gwp", Warning {
        title: "A mass of gas cannot be weighted: no GWP set is declared",
        what: "A record gives a gas as a mass, and the inventory declares no GWP set to weight it with.",
        why: "A gas's CO2 equivalent is its mass times its global warming potential in the inventory's GWP set \
              (AR5: CH4 28); without a declared set the CO2e is unknown and the gas counts in no total, so the \
              totals are too low.",
        example: "1.2 t of CH4 in an inventory whose `GWP set` cell is empty: 33.6 tCO2e under AR5, but nothing \
                  says AR5 applies.",
        fix: "State the GWP set (Inventory sheet, or --gwp / a sidecar file), or give the gas in tCO2e.",
    }
    GwpRestatementImpossible => "U003", "gwp-restatement-impossible", Warning {
        title: "The inventory cannot be restated in another GWP set",
        what: "`--gwp SET` restates CO2e figures from the declared set into SET, which needs each gas on its \
               own; a record giving only a total in CO2e, or HFCs/PFCs (mixtures of gases), cannot be \
               re-weighted.",
        why: "The inventory's figures stay in the declared set, so comparing them with inventories restated in \
              SET mixes GWP sets: CH4 alone weighs 25 in AR4 and 28 in AR5.",
        example: "`--gwp AR6` on an AR5 inventory with a record giving only a total of 1200 tCO2e and no \
                  gases.",
        fix: "Give CO2, CH4 and N2O separately (as masses or in CO2e), or compare inventories in their declared \
              sets.",
    }
    GwpRestated => "U004", "gwp-restated", Info {
        title: "CO2e figures were restated in another GWP set",
        what: "`--gwp SET` asked for figures in SET; the inventory declared another set, so each gas's CO2e was \
               re-weighted (from its mass, or by the ratio of the two sets' GWPs) and totals adjusted. The \
               declared set is kept beside (`declared_gwp_set`).",
        why: "The figures in the output are no longer the ones the city reported; a reviewer comparing them \
              with the submission needs to know they were restated.",
        example: "CH4 of 280 tCO2e in an AR4 inventory, restated with `--gwp AR5` as 280 × 28 / 25 = 313.6 \
                  tCO2e.",
        fix: "Nothing; this is for information.",
    }
    AmbiguousUnit => "U005", "ambiguous-unit", Warning {
        title: "A unit spelling that may mean two different units",
        what: "Some spellings are read one way but are used both ways: US `MT` and `mtCO2e` mean metric tonnes \
               while SI `Mt` is a megatonne; a bare `therm` may be the US therm (105.4804 MJ) or the EC therm \
               (105.506 MJ); a bare `gallon` may be US or imperial. ghgcheck reads it as the finding says.",
        why: "If the file meant the other unit, every figure in that unit is off: by a factor of a million for \
              tonnes and megatonnes, by about 20 % for US and imperial gallons.",
        example: "`MTCO2e` in a US city's export, read as metric tonnes of CO2e.",
        fix: "Write the unambiguous spelling (`t`, `therm (US)`, `gal (US)`).",
    }
    NegativeValue => "V001", "negative-value", Error {
        title: "A negative value outside AFOLU land",
        what: "Emissions (a record's total, a gas in CO2e or as a mass, biogenic CO2) and activity amounts may \
               be negative only in V.2 (land), and a stated total only when it includes V.2: scope 1, BASIC+, \
               the AFOLU sector or land row, the whole inventory. BASIC, scope 2 and 3 totals and other \
               sectors' totals may not. A record's negative total is reported once, not again for each of its \
               gases.",
        why: "Outside land use, emissions cannot be negative; a negative figure is a sign slip or an offset, a \
              renewable-energy certificate or an avoided emission netted off, which the GPC reports separately. \
              It lowers every total it counts in.",
        example: "A stationary energy total of -50 tCO2e in I.1.1, or an eCRF_2 `Waste > Wastewater` value of \
                  -1 200.",
        fix: "Correct the sign, or move removals to V.2 and report offsets and certificates outside the \
              inventory.",
    }
    BasicPerCapitaImplausible => "V002", "basic-per-capita-implausible", Warning {
        title: "BASIC emissions per person are implausible for the city's population",
        what: "BASIC (recomputed from the records, or else as stated) divided by the population lies outside \
               0.3 to 30 tCO2e per person (settings `basic-per-capita-min` and `basic-per-capita-max`). The \
               finding sits at the stated BASIC total, or at the population when BASIC was recomputed. When \
               records above the bound for one record explain it (BASIC without them is plausible), V003 \
               names them and BASIC is not reported again. Nothing is judged without a population.",
        why: "City inventories run from under 0.5 to about 25 tCO2e per person; a figure far outside is most \
              often a unit slip (kg typed as t, t as kt), a population in the wrong unit, or whole sectors \
              left out.",
        example: "BASIC 127 000 000 tCO2e for 254 000 residents: 500 t per person; read as kg it is 0.5 t.",
        fix: "Check the units of the emissions and of the population, and that every BASIC sector is \
              included; the help names the likely slip.",
    }
    RecordPerCapitaHigh => "V003", "record-per-capita-high", Warning {
        title: "One record is implausibly large for the city's population",
        what: "A record's emissions divided by the population exceed 30 tCO2e per person (setting \
               `record-per-capita-max`), more than most whole cities emit. I.4.4 (generation supplied to the \
               grid, counted in no BASIC total) is not judged; nothing is judged without a population. When BASIC \
               per person is out of bounds even without the large records (a population in thousands, every \
               figure in kg), V002 reports the inventory once and no record is reported.",
        why: "One figure that large is almost always a unit slip, kg typed into a tCO2e column, and it \
              dominates every total it counts in.",
        example: "45 000 000 tCO2e of road transport (II.1.1) for 254 000 residents: 177 t per person; as kg, \
                  0.177 t.",
        fix: "Check the unit of the figure (and of the population); the help gives the figure read as kg.",
    }
    TextInNumberCell => "X001", "text-in-number-cell", Error {
        title: "Text where a number is expected",
        what: "A cell that must hold a number holds text that is not a number. Numbers stored as text are read, \
               also with thousands separators and decimal commas (`1.234,5`, `1 234,5`, `1'234.5`); `NA`, \
               `N/A`, `-` and `Not Applicable` count as empty. An error value (`#DIV/0!`, `#REF!`), a date or \
               TRUE/FALSE in such a cell has this code too; the message says which was found.",
        why: "The cell's value is left out of every total, so the inventory is short by whatever amount the \
              text stood for.",
        example: "`about 1200` or `12 kt` in `CO2 (tCO2e)`.",
        fix: "Enter the number alone (for an error value, correct the formula); if there is no value, leave \
              the cell empty and use a notation key (NO, IE, NE, C) with an explanation.",
    }
    ConflictingFact => "X002", "conflicting-fact", Error {
        title: "Rows of one inventory disagree on a fact",
        what: "In the CSV form of the template, and in long tables read through a mapping file, every row of \
               an inventory repeats its facts (city, country, year, GWP set, GPC level, population); here a \
               row states a different value than the first row that states it. Blank cells are fine.",
        why: "An inventory has one value of each fact; ghgcheck keeps the first row's, which may be the wrong \
              one, and the rows may in fact belong to different inventories.",
        example: "Population `250000` on the first row and `255000` on row 40.",
        fix: "Make the fact identical on every row, or split the file into one file per inventory.",
    }
    UnknownUnit => "X003", "unknown-unit", Error {
        title: "A unit ghgcheck does not know",
        what: "Amounts are converted to tonnes of CO2 equivalent from the unit the file states; this unit is \
               not in ghgcheck's unit table, or is not a mass of CO2e, and cannot be converted.",
        why: "The amount given in that unit is dropped, so the row counts in the totals only through the gases \
              it states separately, or not at all.",
        example: "`t CO2-eq/yr` where `t CO2e` is meant, a typing error such as `tCO2r`, or an energy unit such \
                  as `MWh`.",
        fix: "Write one of the supported units (t CO2e, kg CO2e, kt CO2e, Mt CO2e) in the unit column.",
    }
    ExtractionSummary => "X004", "extraction-summary", Info {
        title: "What was read from the file and what was left out",
        what: "A count of the rows read into records and of the rows skipped, with the reason.",
        why: "A skipped row's emissions are in no total; the count lets a reviewer tell that nothing was \
              silently lost.",
        example: "`eCRF_3: 164 rows read; 2 rows without values or notation key skipped`.",
        fix: "Nothing, unless rows you expected to be read were skipped.",
    }
    NoInventoryRow => "X005", "no-inventory-row", Info {
        title: "Rows that say the city has no inventory are left out",
        what: "Tables with one row per city (CDP open data) also list cities that reported no inventory, one \
               still in progress, or none intended; a mapping's `[skip]` rule names the column and the answers \
               that mean it. Such rows are not inventories and are left out, all of them in one finding per \
               file that counts them and lists the first rows. A row that states a total is read whatever \
               the column says.",
        why: "The number of inventories read is smaller than the number of rows; if a row does hold an \
              inventory, its emissions are missing from the batch.",
        example: "`290 rows hold no inventory (City-wide Emissions Inventory does not say Yes) and were left \
                  out: rows 2, 3, 5, ...`.",
        fix: "Nothing, unless a row does hold an inventory; then correct the column the finding names.",
    }
    MissingUnit => "X006", "missing-unit", Error {
        title: "An amount has no unit",
        what: "Amounts are converted to tonnes of CO2 equivalent from the unit stated beside them; an amount \
               whose unit cell is blank cannot be converted, so it counts in no total.",
        why: "A total left out silently makes the inventory look smaller than the city reported: a scope \
              total that drops from 2050.5 to 1800.5 t without a word is worse than an error.",
        example: "A CityCatalyst export row with `250` under `Total Emissions` and an empty `Total Emission \
                  Units` cell.",
        fix: "Write the amount's unit in the cell the finding points at (t CO2e, kg CO2e, kt CO2e or Mt CO2e).",
    }
    AmbiguousNumber => "X007", "ambiguous-number", Warning {
        title: "A number whose `,` or `.` may be a decimal mark or a thousands separator",
        what: "In `254.000` or `1,234` the one separator is followed by exactly three digits: it separates \
               thousands in a file that writes decimals with the other mark, and is the decimal mark in a file \
               that writes them with this one. ghgcheck decides from the file's other numbers written as text \
               (`12,5`, `1.234,5` or `1.234.567` show decimal commas; `12.5`, `1,234.5` or `1,234,567` decimal \
               points); when they do not tell, the number is read the English way (`1,234` as 1234, `254.000` \
               as 254) with this warning.",
        why: "Read the wrong way the value is off by a factor of a thousand: a population of 254 000 read as \
              254 makes every per-capita figure a thousand times too large.",
        example: "A population of `254.000` in a CSV file whose other numbers are whole.",
        fix: "Write the number without a thousands separator (254000), or enter it in a number cell.",
    }
    BlankTemplate => "X008", "blank-template", Error {
        title: "The file is a blank template",
        what: "The file names no city and no year and holds no emission figure (no amount in any record, no \
               value in any reported total): a template as published, with only its placeholders (`Please \
               select`, `{{...}}` fields) and pre-filled defaults. Its other findings would all say the same \
               thing cell by cell, so this one finding replaces them.",
        why: "A blank template is not an inventory: filing it, or reviewing its dozens of missing cells one by \
              one, wastes everyone's time.",
        example: "The published eCRF template `eCRF_Export_template.xlsx`, or the workbook written by `ghgcheck \
                  template`, sent back untouched.",
        fix: "Fill in the template (city, inventory year, emissions or notation keys for each GPC cell) and check \
              it again.",
    }
    DuplicateColumn => "X009", "duplicate-column", Error {
        title: "Two columns have the same header, and only the first is read",
        what: "A header the layout reads (a gas, a total, a GPC ref, a fact of a mapping) names two columns of \
               the header row; ghgcheck reads the first, so the values under the second are not read at all.",
        why: "A repeated header is usually a typing slip over another column's header (`CO2` written over the \
              `CH4` column): that column's figures are then lost, or read as the wrong gas by whoever opens the \
              file next.",
        example: "A CityCatalyst export whose header row says `CO2 Emissions` in columns N and O.",
        fix: "Correct the header of the second column (or remove the column if it is a copy).",
    }
    RaggedRow => "X010", "ragged-row", Warning {
        title: "A CSV row has more or fewer fields than the table",
        what: "The table's rows have one number of fields (the number most rows have); this row has more or \
               fewer, so from the cell named on its values may sit under the wrong headers.",
        why: "A field lost or added (a comma inside an unquoted number such as 1,234, a cell split in two) \
              shifts every value after it into the next column: a CO2 figure read as CH4, a unit read as an \
              amount.",
        example: "`I.1.1,Residential,1,234.5,t CO2e` in a table of four columns: the thousands comma makes five.",
        fix: "Quote the cell that holds the delimiter (\"1,234.5\"), or remove the extra or restore the missing \
              field, and export the table again.",
    }
    BlankRowsInData => "X011", "blank-rows-in-data", Info {
        title: "Blank rows inside a CSV table",
        what: "Blank lines stand between the table's first and last row. They are skipped; this note says \
               where they are, once per file.",
        why: "A blank row inside data often marks rows deleted by hand or two tables pasted together; the \
              rows after it may belong to another table.",
        example: "An export where rows 12 and 13 are empty between the stationary-energy and transport rows.",
        fix: "Nothing if the rows around them belong together; otherwise split the file or delete the rows \
              that are not part of the inventory.",
    }
    PeriodNotTwelveMonths => "Y001", "period-not-twelve-months", Warning {
        title: "The inventory period does not cover 12 months",
        what: "The inventory states its period's first and last day, and the period is more than a week shorter \
               or longer than 12 months (up to 18 months; longer ones are Y002). Calendar and fiscal years pass \
               (2019-07-01 - 2020-06-30), and so does an end on the start's anniversary (2019-01-01 - \
               2020-01-01, CDP's form).",
        why: "The GPC asks for one continuous 12-month period: emissions of a shorter or longer one are not a \
              year's and cannot be compared with other years or cities.",
        example: "`2016-01-01 - 2016-01-12` in a CDP `Accounting Year` cell: 12 days.",
        fix: "Correct the period's dates, or scale the inventory to a 12-month period and state that one.",
    }
    MultiYearPeriod => "Y002", "multi-year-period", Warning {
        title: "The inventory period runs over several years",
        what: "The inventory's period is longer than 18 months. The inventory is filed under the year the \
               period ends in.",
        why: "An inventory covers one year: a period of several years is usually a baseline-to-current range \
              typed for the accounting year, or emissions summed over years, and either way the figures are not \
              the city's emissions of the year they are filed under.",
        example: "`2008-01-01 - 2016-01-01` as the accounting year of a CDP row.",
        fix: "State the 12-month period the inventory covers.",
    }
    InventoryInFuture => "Y003", "inventory-in-future", Error {
        title: "The inventory's year or period has not ended yet",
        what: "The inventory year is after today's, or the inventory's period (its stated end, else 31 December \
               of its year) ends after today (the date of the machine running ghgcheck, in UTC).",
        why: "Emissions of a year that has not ended cannot have been measured: the year is mistyped (2032 for \
              2023) or the figures are a projection filed as an inventory.",
        example: "An inventory year of 2099.",
        fix: "Write the year the emissions were measured in; file projections as targets or scenarios, not as \
              an inventory.",
    }
    OldInventory => "Y004", "old-inventory", Warning {
        title: "The inventory was reported long after its year",
        what: "The year the inventory was reported in (stated as the reporting year, as CDP's `Year Reported to \
               CDP`, or else the submission date's year) is more than `max-reporting-lag-years` (3) after the \
               inventory year. Silent when the reporting year is not known.",
        why: "An old inventory reported as current misleads every comparison and trend built on the year it was \
              reported in; networks ask for an inventory no older than a few years.",
        example: "A CDP 2016 row whose `Measurement Year` is 2005: 11 years.",
        fix: "Report a recent inventory, or say why the latest one is this old; the threshold is set with \
              `max-reporting-lag-years` under `[rules.options]`.",
    }
    PopulationYearFar => "Y005", "population-year-far", Warning {
        title: "The population figure is of a year far from the inventory year",
        what: "The population's year is more than `population-year-window` (5) years before or after the \
               inventory year.",
        why: "Per-capita emissions divide the inventory by the population: a census ten years older than the \
              inventory in a growing city overstates them.",
        example: "A 2018 inventory with the population of 2010.",
        fix: "Write the population of the inventory year (or the nearest estimate) and its year; the window is \
              set with `population-year-window` under `[rules.options]`.",
    }
    YearFromPeriod => "Y006", "year-from-period", Info {
        title: "Inventory years were read from periods or fiscal years",
        what: "A table writes inventory years as periods (`2013-2014`, `2013 Apr - 2014 Mar`, `01 July \
               2015-30 June 2016`) or fiscal years (`FY2016`), and each is read as one year: a period is \
               reported under the year it ends in, and `FY<year>` is the fiscal year ending in that year. The \
               period's dates are kept when written. One finding per file, at the first such cell, lists the \
               others.",
        why: "Networks and cities name a fiscal year by its start or by its end; read the other way, an \
              inventory lands one year off, beside another city's calendar year or its own earlier inventory.",
        example: "`01 July 2015-30 June 2016` is read as 2016; `FY2016` as 2016.",
        fix: "Nothing if the convention holds; if the table names periods by their start, write the year \
              alone in the cell.",
    }
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
            let parts = [
                ("title", info.title),
                ("what", info.what),
                ("why", info.why),
                ("example", info.example),
                ("fix", info.fix),
            ];
            for (part, text) in parts {
                assert!(!text.trim().is_empty(), "{} has no {part}", info.id);
                // Renderers add the labels and the line breaks; a part that
                // carries its own would show them twice or break the layout.
                assert!(!text.contains('\n'), "{} {part} has a line break", info.id);
                for label in ["Fix:", "Example:", "Why:"] {
                    assert!(
                        !text.contains(label),
                        "{} {part} contains `{label}`",
                        info.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_registry_is_in_id_order() {
        for pair in REGISTRY.windows(2) {
            assert!(
                pair[0].id < pair[1].id,
                "{} is listed before {}",
                pair[0].id,
                pair[1].id
            );
        }
    }

    #[test]
    fn lookup_accepts_id_or_name() {
        assert_eq!(lookup("r002").unwrap().code, Code::CorruptFile);
        assert_eq!(lookup("unknown-gpc-ref").unwrap().id, "G001");
        assert!(lookup("Z999").is_none());
    }
}
