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
        let finding = match difference(&earlier.totals, &entry.totals) {
            None => Finding::keyed(Code::SameCityAndYear, "b001-same-city-and-year")
                .help_id("b001-same-city-and-year-help"),
            Some((name, there, here)) => {
                Finding::keyed(Code::SameCityAndYearDiffer, "b002-totals-differ")
                    .arg("total", name)
                    .arg("here", shown(here))
                    .arg("there", shown(there))
                    .help_id("b002-totals-differ-help")
            }
        };
        let finding = finding
            .arg("city", city)
            .arg("year", year)
            .arg("file", &entry.file)
            .arg("id", &entry.id)
            .arg("first_file", &earlier.file)
            .arg("first_id", &earlier.id);
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
        let got: Vec<(Code, &str, &str, Vec<String>)> = found
            .iter()
            .map(|f| {
                let args = f.finding.args.iter().map(|(n, v)| format!("{n}={v}"));
                (
                    f.finding.code,
                    f.inventory.as_deref().unwrap(),
                    f.finding.message,
                    args.collect(),
                )
            })
            .collect();
        let same = ["city=Testville", "year=2022"];
        let first = ["first_file=a.xlsx", "first_id=br-testville-2022"];
        let args = |extra: &[&str], file: &str, id: &str| -> Vec<String> {
            let place = [format!("file={file}"), format!("id={id}")];
            extra
                .iter()
                .map(ToString::to_string)
                .chain(same.iter().map(ToString::to_string))
                .chain(place)
                .chain(first.iter().map(ToString::to_string))
                .collect()
        };
        assert_eq!(
            got,
            vec![
                (
                    Code::SameCityAndYear,
                    "br-testville-2022-2",
                    "b001-same-city-and-year",
                    args(&[], "b.csv", "br-testville-2022-2")
                ),
                (
                    Code::SameCityAndYearDiffer,
                    "br-testville-2022-3",
                    "b002-totals-differ",
                    args(
                        &["total=BASIC", "here=250 tCO2e", "there=100 tCO2e"],
                        "c.csv",
                        "br-testville-2022-3"
                    )
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
