//! Names in the annotated folder: file names safe on every system and
//! unique within the folder (case-insensitively, for Windows and macOS),
//! and sheet names Excel accepts, unique within a workbook, with a map from
//! each submitted sheet to its name in the copy.

use std::collections::HashSet;
use std::path::Path;

/// Characters a name keeps; the others become `_`.
fn safe_char(c: char) -> char {
    if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ' | '(' | ')' | '+' | ',') {
        c
    } else {
        '_'
    }
}

/// Windows device names, which no file may be called (with any extension).
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A file name made of safe characters, never hidden, never `.` or `..`,
/// at most 120 characters.
fn safe_base(name: &str) -> String {
    let mapped: String = name.chars().map(safe_char).collect();
    let trimmed = mapped.trim_matches(|c| c == '.' || c == ' ');
    let mut base: String = trimmed.chars().take(120).collect();
    base = base.trim_end_matches(['.', ' ']).to_owned();
    if base.is_empty() {
        return "submission".to_owned();
    }
    let stem = base.split('.').next().unwrap_or("").to_ascii_uppercase();
    if RESERVED.contains(&stem.as_str()) {
        base.insert(0, '_');
    }
    base
}

/// The names given so far in one folder.
#[derive(Default)]
pub struct FileNames {
    used: HashSet<String>,
}

impl FileNames {
    /// The copy's name for a submission: its file name made safe, then
    /// `.xlsx` (`x.csv` -> `x.csv.xlsx`); a name already given gets `-2`,
    /// `-3`, ... (`a/x.csv` and `b/x.csv` -> `x.csv.xlsx`, `x.csv-2.xlsx`).
    pub fn name(&mut self, path: &Path) -> String {
        let original = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let base = safe_base(&original);
        let mut candidate = format!("{base}.xlsx");
        let mut n = 2;
        while !self.used.insert(candidate.to_lowercase()) {
            candidate = format!("{base}-{n}.xlsx");
            n += 1;
        }
        candidate
    }
}

/// The most characters of a sheet name.
const SHEET_NAME_CHARACTERS: usize = 31;

/// The submitted sheets' names in the copy.
pub struct SheetNames {
    /// (name in the submission, `None` for a CSV; name in the copy).
    map: Vec<(Option<String>, String)>,
    used: HashSet<String>,
}

impl SheetNames {
    /// Names beside `reserved` (the sheets the copy adds, e.g. `Issues`).
    pub fn new(reserved: &[&str]) -> Self {
        SheetNames {
            map: Vec::new(),
            used: reserved.iter().map(|n| n.to_lowercase()).collect(),
        }
    }

    /// Gives the submitted sheet `original` a valid, unused name (`fallback`
    /// when it has none, as a CSV) and returns it.
    pub fn add(&mut self, original: Option<&str>, fallback: &str) -> String {
        let base = valid_sheet_name(original.unwrap_or(fallback));
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.used.insert(candidate.to_lowercase()) {
            let suffix = format!(" ({n})");
            let keep = SHEET_NAME_CHARACTERS - suffix.chars().count();
            let kept: String = base.chars().take(keep).collect();
            candidate = format!("{}{suffix}", kept.trim_end_matches('\''));
            n += 1;
        }
        self.map
            .push((original.map(str::to_owned), candidate.clone()));
        candidate
    }

    /// The copy's name of a submitted sheet.
    pub fn get(&self, original: Option<&str>) -> Option<&str> {
        self.map
            .iter()
            .find(|(o, _)| o.as_deref() == original)
            .map(|(_, name)| name.as_str())
    }
}

/// A name Excel accepts: none of `[ ] : * ? / \` or control characters, no
/// `'` at either end, 1 to 31 characters, not `History`.
fn valid_sheet_name(name: &str) -> String {
    let mapped: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = mapped.trim_matches('\'');
    let cut: String = trimmed.chars().take(SHEET_NAME_CHARACTERS).collect();
    let cut = cut.trim_end_matches('\'').to_owned();
    if cut.trim().is_empty() {
        "Sheet".to_owned()
    } else if cut.eq_ignore_ascii_case("history") {
        format!("{cut}_")
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_inputs_of_one_name_get_two_names() {
        let mut names = FileNames::default();
        assert_eq!(names.name(Path::new("a/x.csv")), "x.csv.xlsx");
        assert_eq!(names.name(Path::new("b/x.csv")), "x.csv-2.xlsx");
        assert_eq!(names.name(Path::new("c/X.CSV")), "X.CSV-3.xlsx");
        assert_eq!(names.name(Path::new("x.xlsx")), "x.xlsx.xlsx");
    }

    #[test]
    fn file_names_cannot_leave_the_folder_or_hide() {
        let mut names = FileNames::default();
        assert_eq!(names.name(Path::new("..")), "submission.xlsx");
        assert_eq!(names.name(Path::new("/")), "submission-2.xlsx");
        assert_eq!(names.name(Path::new(".hidden.csv")), "hidden.csv.xlsx");
        assert_eq!(names.name(Path::new("a:b|c\\d.csv")), "a_b_c_d.csv.xlsx");
        assert_eq!(names.name(Path::new("con.csv")), "_con.csv.xlsx");
        let long = format!("{}.csv", "é".repeat(300));
        assert_eq!(names.name(Path::new(&long)).chars().count(), 125);
    }

    #[test]
    fn sheet_names_are_made_valid_and_unique() {
        let mut names = SheetNames::new(&["Issues"]);
        assert_eq!(names.add(Some("Issues"), "Data"), "Issues (2)");
        let long = "Emissions by sector and scope 2022 (tCO2e)";
        assert_eq!(
            names.add(Some(long), "Data"),
            "Emissions by sector and scope 2"
        );
        let longer = "Emissions by sector and scope 2023";
        assert_eq!(
            names.add(Some(longer), "Data"),
            "Emissions by sector and sco (2)"
        );
        assert_eq!(names.add(Some("a/b:c?"), "Data"), "a_b_c_");
        assert_eq!(names.add(Some("'quoted'"), "Data"), "quoted");
        assert_eq!(names.add(Some("History"), "Data"), "History_");
        assert_eq!(names.add(None, "city.csv"), "city.csv");
        assert_eq!(
            names.get(Some(long)),
            Some("Emissions by sector and scope 2")
        );
        assert_eq!(names.get(None), Some("city.csv"));
        assert_eq!(names.get(Some("missing")), None);
    }
}
