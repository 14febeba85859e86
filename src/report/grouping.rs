//! How the text report keeps repetition short and says whose finding it is.
//!
//! Findings with the same code and message id in one file form a group: the
//! first few (`--max-per-rule`, default 3) are shown in full, the others are
//! named by their place in one closing line. In a file that holds several
//! inventories (a CDP table, a multi-city table) every finding and every
//! place names its inventory: city, year and the rows it came from.
//! Machine-readable reports keep every finding; only the text report groups.

use std::collections::{BTreeMap, HashMap};

use super::chrome;
use crate::diagnostic::{Arg, BatchFinding, CellRef, Code, Finding, Severity};
use crate::outcome::{FileReport, InventorySummary};

/// How many findings of one group the text report shows in full, unless
/// `--max-per-rule` says otherwise.
pub const DEFAULT_MAX_PER_RULE: usize = 3;

/// How many places a "+N more like this" line lists before it ends with `…`.
pub const PLACES_LISTED: usize = 10;

/// Findings of one code and message: those shown in full, then the others.
pub struct Group<'a, T> {
    pub shown: Vec<&'a T>,
    pub rest: Vec<&'a T>,
}

impl<T> Group<'_, T> {
    /// Where each finding not shown in full is (`place`, `batch_place`).
    pub fn rest_places(&self, place: impl Fn(&T) -> String) -> Vec<String> {
        self.rest.iter().map(|item| place(item)).collect()
    }
}

/// Groups `items`, kept in their canonical order within each group, by code,
/// severity and message id; groups come in the order of their first item.
/// With `max` 0 nothing is grouped: every item is shown, in its own order.
pub fn group<'a, T>(
    items: &'a [T],
    finding: impl Fn(&T) -> &Finding,
    max: usize,
) -> Vec<Group<'a, T>> {
    if max == 0 {
        return items
            .iter()
            .map(|item| Group {
                shown: vec![item],
                rest: Vec::new(),
            })
            .collect();
    }
    let mut groups: Vec<Group<'a, T>> = Vec::new();
    let mut index: HashMap<(Code, Severity, &'static str), usize> = HashMap::new();
    for item in items {
        let f = finding(item);
        let at = *index
            .entry((f.code, f.severity, f.message))
            .or_insert_with(|| {
                groups.push(Group {
                    shown: Vec::new(),
                    rest: Vec::new(),
                });
                groups.len() - 1
            });
        let group = &mut groups[at];
        if group.shown.len() < max {
            group.shown.push(item);
        } else {
            group.rest.push(item);
        }
    }
    groups
}

/// The line that stands for the findings of a group not shown in full:
/// `+N more like this: B7, B9 (×2), …` (`lead` is the words before the
/// places), wrapped to `width` columns. A place
/// with several findings (one cell explaining two keys) is listed once.
/// Places are parted by `;` when a name holds a comma (`Richmond, CA 2012`).
pub fn more_line(lead: &str, findings: &[String], width: usize) -> String {
    let mut out = format!("  {lead}");
    let places = distinct(findings);
    let mut line_len = out.chars().count();
    let listed = places.len().min(PLACES_LISTED);
    let parting = if places[..listed].iter().any(|p| p.contains(',')) {
        ";"
    } else {
        ","
    };
    for (i, place) in places[..listed].iter().enumerate() {
        let last = i + 1 == listed;
        let tail = if !last {
            parting.to_owned()
        } else if places.len() > listed {
            format!("{parting} …")
        } else {
            String::new()
        };
        let word = format!("{place}{tail}");
        let len = word.chars().count();
        if line_len + 1 + len > width && line_len > 4 {
            out.push_str("\n    ");
            line_len = 4;
        } else {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(&word);
        line_len += len;
    }
    out.push_str("\n\n");
    out
}

/// Each place once, in order of first appearance, with `(×N)` after one
/// that occurs N times.
fn distinct(places: &[String]) -> Vec<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for place in places {
        match index.get(place.as_str()) {
            Some(&at) => counts[at].1 += 1,
            None => {
                index.insert(place, counts.len());
                counts.push((place, 1));
            }
        }
    }
    counts
        .into_iter()
        .map(|(place, n)| match n {
            1 => place.to_owned(),
            n => format!("{place} (×{n})"),
        })
        .collect()
}

/// The name of one inventory of a file: `Paris 2020`, and the rows its
/// cells are in (`row 7`, `rows 7-19`, `row 7 of Data`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InventoryName {
    pub name: String,
    pub rows: Option<String>,
}

impl InventoryName {
    pub fn of(inventory: &InventorySummary) -> Self {
        let city = inventory.city.as_deref().unwrap_or(&inventory.id);
        let name = match inventory.year {
            Some(year) => format!("{city} {year}"),
            None => city.to_owned(),
        };
        InventoryName {
            name,
            rows: rows(inventory.sources.cells()),
        }
    }

    /// `Paris 2020 (FR), row 7`: an inventory's heading, with its country
    /// when known and, when it is one of several in its file (`name` is
    /// then its name among them), its rows.
    pub fn title(inventory: &InventorySummary, name: Option<&InventoryName>) -> String {
        let own = InventoryName::of(inventory);
        let mut title = name.unwrap_or(&own).name.clone();
        if let Some(country) = &inventory.country {
            title.push_str(&format!(" ({country})"));
        }
        if let Some(rows) = name.and_then(|n| n.rows.as_ref()) {
            title.push_str(&format!(", {rows}"));
        }
        title
    }

    /// `Paris 2020, row 7`.
    pub fn full(&self) -> String {
        match &self.rows {
            Some(rows) => format!("{}, {rows}", self.name),
            None => self.name.clone(),
        }
    }
}

/// The rows of the sheet holding most of an inventory's cells, 1-based as
/// a spreadsheet shows them.
fn rows<'a>(cells: impl Iterator<Item = &'a CellRef>) -> Option<String> {
    let mut sheets: BTreeMap<Option<&str>, (usize, u32, u32)> = BTreeMap::new();
    for cell in cells {
        let entry = sheets
            .entry(cell.sheet.as_deref())
            .or_insert((0, cell.row, cell.row));
        entry.0 += 1;
        entry.1 = entry.1.min(cell.row);
        entry.2 = entry.2.max(cell.row);
    }
    let (sheet, (_, first, last)) = sheets
        .into_iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.0.cmp(&a.0)))?;
    let mut args = vec![
        ("first", Arg::from(first + 1)),
        ("last", Arg::from(last + 1)),
    ];
    let id = match (first == last, sheet) {
        (true, None) => "text-row",
        (false, None) => "text-rows",
        (true, Some(sheet)) => {
            args.push(("sheet", Arg::from(sheet)));
            "text-row-of-sheet"
        }
        (false, Some(sheet)) => {
            args.push(("sheet", Arg::from(sheet)));
            "text-rows-of-sheet"
        }
    };
    Some(chrome::text(id, &args))
}

/// The names of a file's inventories, by index; none when the file holds
/// only one, as its findings need no name then.
pub fn inventory_names(report: &FileReport) -> Vec<InventoryName> {
    if report.inventories.len() < 2 {
        return Vec::new();
    }
    report.inventories.iter().map(InventoryName::of).collect()
}

/// The inventory a finding is about, when its file holds several.
pub fn inventory_of<'a>(
    finding: &Finding,
    names: &'a [InventoryName],
) -> Option<&'a InventoryName> {
    finding.inventory.and_then(|i| names.get(i))
}

/// Where a finding is, as a "+N more" line lists it: its cell (with its
/// inventory's name when the file holds several), else its inventory, else
/// its field pointer.
pub fn place(finding: &Finding, names: &[InventoryName]) -> String {
    let inventory = inventory_of(finding, names);
    match (&finding.cell, inventory) {
        (Some(cell), Some(inventory)) => format!("{cell} ({})", inventory.name),
        (Some(cell), None) => cell.to_string(),
        (None, Some(inventory)) => match &inventory.rows {
            Some(rows) => format!("{} ({rows})", inventory.name),
            None => inventory.name.clone(),
        },
        (None, None) => finding
            .pointer
            .clone()
            .unwrap_or_else(|| super::chrome::text("text-the-file", &[])),
    }
}

/// Where a finding about the batch is: the inventory it concerns.
pub fn batch_place(finding: &BatchFinding) -> String {
    finding
        .inventory
        .clone()
        .unwrap_or_else(|| format!("({})", super::chrome::text("narrated-the-batch", &[])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: Code, message: &'static str, row: u32) -> Finding {
        Finding::new(code, message).at(Some(CellRef::new(None, row, 1)))
    }

    #[test]
    fn groups_by_code_and_message_in_order_of_first_finding() {
        let findings = vec![
            finding(Code::NotationKeyUnexplained, "a", 1),
            finding(Code::TextInNumberCell, "b", 2),
            finding(Code::NotationKeyUnexplained, "a", 3),
            finding(Code::NotationKeyUnexplained, "other", 4),
            finding(Code::NotationKeyUnexplained, "a", 5),
        ];
        let groups = group(&findings, |f| f, 2);
        let rows: Vec<(Vec<u32>, Vec<u32>)> = groups
            .iter()
            .map(|g| {
                let rows =
                    |v: &Vec<&Finding>| v.iter().map(|f| f.cell.as_ref().unwrap().row).collect();
                (rows(&g.shown), rows(&g.rest))
            })
            .collect();
        assert_eq!(
            rows,
            vec![(vec![1, 3], vec![5]), (vec![2], vec![]), (vec![4], vec![])]
        );
    }

    #[test]
    fn zero_shows_every_finding_in_its_own_order() {
        let findings = vec![
            finding(Code::NotationKeyUnexplained, "a", 1),
            finding(Code::TextInNumberCell, "b", 2),
            finding(Code::NotationKeyUnexplained, "a", 3),
        ];
        let groups = group(&findings, |f| f, 0);
        assert_eq!(groups.len(), 3);
        assert!(
            groups
                .iter()
                .all(|g| g.shown.len() == 1 && g.rest.is_empty())
        );
        assert_eq!(groups[1].shown[0].code, Code::TextInNumberCell);
    }

    #[test]
    fn the_more_line_lists_a_few_places_and_wraps() {
        let few: Vec<String> = ["B7", "B9"].map(String::from).into();
        assert_eq!(
            more_line("+2 more like this:", &few, 100),
            "  +2 more like this: B7, B9\n\n"
        );
        let twice: Vec<String> = ["H5", "H6", "H6", "H7"].map(String::from).into();
        assert_eq!(
            more_line("+4 more like this:", &twice, 100),
            "  +4 more like this: H5, H6 (×2), H7\n\n"
        );
        let commas: Vec<String> = ["Richmond, CA 2012 (row 5)", "Dallas 2015 (row 6)"]
            .map(String::from)
            .into();
        assert_eq!(
            more_line("+2 more like this:", &commas, 100),
            "  +2 more like this: Richmond, CA 2012 (row 5); Dallas 2015 (row 6)\n\n"
        );
        let many: Vec<String> = (1..=25).map(|i| format!("Emissions!G{i}")).collect();
        let line = more_line("+25 more like this:", &many, 60);
        assert!(
            line.starts_with("  +25 more like this: Emissions!G1, "),
            "{line}"
        );
        assert!(line.contains("Emissions!G10, …\n\n"), "{line}");
        assert!(!line.contains("G11"), "{line}");
        assert!(line.lines().all(|l| l.chars().count() <= 60), "{line}");
        assert!(
            line.lines().nth(1).unwrap().starts_with("    Emissions!G"),
            "{line}"
        );
    }

    #[test]
    fn rows_are_those_of_the_sheet_holding_most_cells() {
        let cells = [
            CellRef::new(Some("Data"), 6, 0),
            CellRef::new(Some("Data"), 6, 3),
            CellRef::new(Some("Data"), 9, 3),
            CellRef::new(Some("Notes"), 0, 0),
        ];
        assert_eq!(rows(cells.iter()).as_deref(), Some("rows 7-10 of Data"));
        let csv = [CellRef::new(None, 6, 0), CellRef::new(None, 6, 2)];
        assert_eq!(rows(csv.iter()).as_deref(), Some("row 7"));
        assert_eq!(rows([].iter()), None);
    }
}
