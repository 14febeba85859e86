//! B001 / B002: two inventories of the batch for the same city, country and
//! year. The same totals point to a file sent twice (info); different
//! totals mean that only one of them can be right (warning).

use std::collections::HashMap;

use super::BatchEntry;
use crate::diagnostic::{BatchFinding, Code, Finding};
use crate::model::totals::Totals;

pub fn check(entries: &[BatchEntry]) -> Vec<BatchFinding> {
    let mut first: HashMap<&str, &BatchEntry> = HashMap::new();
    let mut out = Vec::new();
    for entry in entries {
        let (Some(city), Some(year)) = (&entry.city, entry.year) else {
            continue;
        };
        let Some(earlier) = first.get(entry.base_id.as_str()) else {
            first.insert(&entry.base_id, entry);
            continue;
        };
        let same = format!(
            "{city} {year} in {} ({}) is also in {} ({})",
            entry.file, entry.id, earlier.file, earlier.id
        );
        let finding = match difference(&earlier.totals, &entry.totals) {
            None => Finding::new(
                Code::SameCityAndYear,
                format!("{same}, with the same totals"),
            )
            .help("keep one of the two files in the batch, unless both are meant to be there"),
            Some((name, a, b)) => Finding::new(
                Code::SameCityAndYearDiffer,
                format!(
                    "{same}, but their totals differ: {name} {} here, {} there",
                    shown(b),
                    shown(a)
                ),
            )
            .help("find out which file is current and remove the other from the batch"),
        };
        out.push(BatchFinding {
            finding,
            inventory: Some(entry.id.clone()),
        });
    }
    out
}

/// The first total that differs (beyond a gram or 0.01 %), with both values.
fn difference(a: &Totals, b: &Totals) -> Option<(&'static str, Option<f64>, Option<f64>)> {
    let pairs = [
        ("scope 1", a.scope1, b.scope1),
        ("scope 2", a.scope2, b.scope2),
        ("scope 3", a.scope3, b.scope3),
        ("BASIC", a.basic, b.basic),
        ("BASIC+", a.basic_plus, b.basic_plus),
    ];
    pairs.into_iter().find(|(_, x, y)| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() > (x.abs() * 1e-4).max(1e-6),
        (None, None) => false,
        _ => true,
    })
}

fn shown(total: Option<f64>) -> String {
    total.map_or_else(|| "none".to_owned(), |t| format!("{t} tCO2e"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, file: &str, basic: Option<f64>) -> BatchEntry {
        BatchEntry {
            id: id.to_owned(),
            base_id: "br-testville-2022".to_owned(),
            file: file.to_owned(),
            city: Some("Testville".to_owned()),
            year: Some(2022),
            totals: Totals {
                basic,
                ..Totals::default()
            },
        }
    }

    #[test]
    fn the_same_city_and_year_twice_is_an_info_and_different_totals_a_warning() {
        let entries = [
            entry("br-testville-2022", "a.xlsx", Some(100.0)),
            entry("br-testville-2022-2", "b.csv", Some(100.00001)),
            entry("br-testville-2022-3", "c.csv", Some(250.0)),
        ];
        let found = check(&entries);
        let got: Vec<(Code, &str, &str)> = found
            .iter()
            .map(|f| {
                (
                    f.finding.code,
                    f.inventory.as_deref().unwrap(),
                    f.finding.message.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Code::SameCityAndYear,
                    "br-testville-2022-2",
                    "Testville 2022 in b.csv (br-testville-2022-2) is also in a.xlsx (br-testville-2022), with the same totals"
                ),
                (
                    Code::SameCityAndYearDiffer,
                    "br-testville-2022-3",
                    "Testville 2022 in c.csv (br-testville-2022-3) is also in a.xlsx (br-testville-2022), but their totals differ: BASIC 250 tCO2e here, 100 tCO2e there"
                ),
            ]
        );
    }

    #[test]
    fn inventories_without_city_or_year_and_other_cities_are_left_alone() {
        let mut nameless = entry("x", "x.csv", None);
        nameless.city = None;
        let mut other = entry("br-other-2022", "o.csv", None);
        other.base_id = "br-other-2022".to_owned();
        let entries = [
            entry("br-testville-2022", "a", None),
            nameless.clone(),
            nameless,
            other,
        ];
        assert!(check(&entries).is_empty());
    }
}
