//! B001 / B002: two inventories of the batch for the same city, country and
//! year. The same totals point to a file sent twice (info); different
//! totals mean that only one of them can be right (warning). Totals
//! recomputed from records are compared when both inventories have
//! records, the totals they report when both report some; when neither
//! kind can be compared, B001 says so rather than claiming they agree.

use std::collections::HashMap;

use super::BatchEntry;
use crate::diagnostic::{BatchFinding, Code, Finding};
use crate::model::ReportedTotals;
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
        let finding = match compare(earlier, entry) {
            Comparison::Same => Finding::new(Code::SameCityAndYear, "b001-same-city-and-year"),
            Comparison::Nothing => {
                Finding::new(Code::SameCityAndYear, "b001-same-city-and-year-no-totals")
            }
            Comparison::Differ(name, there, here) => {
                Finding::new(Code::SameCityAndYearDiffer, "b002-totals-differ")
                    .arg("total", name)
                    .arg("here", here)
                    .arg("there", there)
                    .help("b002-totals-differ-help")
            }
        };
        let finding = match finding.code {
            Code::SameCityAndYear => finding.help("b001-same-city-and-year-help"),
            _ => finding,
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

/// What comparing two inventories' totals found: each total that both
/// state, recomputed and as reported.
#[derive(Debug, PartialEq)]
enum Comparison {
    /// Every total compared agrees.
    Same,
    /// The first total that differs (beyond a gram or 0.01 %): its name, the
    /// earlier value, this one's.
    Differ(&'static str, f64, f64),
    /// No total is stated on both sides.
    Nothing,
}

type Named = [(&'static str, Option<f64>); 5];

fn recomputed(totals: &Totals) -> Named {
    [
        ("scope 1", totals.scope1),
        ("scope 2", totals.scope2),
        ("scope 3", totals.scope3),
        ("BASIC", totals.basic),
        ("BASIC+", totals.basic_plus),
    ]
}

fn reported(totals: &ReportedTotals) -> Named {
    [
        ("reported scope 1", totals.scopes[0]),
        ("reported scope 2", totals.scopes[1]),
        ("reported scope 3", totals.scopes[2]),
        ("reported BASIC", totals.basic),
        ("reported BASIC+", totals.basic_plus),
    ]
}

fn compare(a: &BatchEntry, b: &BatchEntry) -> Comparison {
    let kinds = [
        (recomputed(&a.totals), recomputed(&b.totals)),
        (reported(&a.reported), reported(&b.reported)),
    ];
    let mut compared = false;
    for (x, y) in kinds {
        // A total one side lacks is no disagreement: releases and layouts
        // differ in which totals they carry.
        for ((name, p), (_, q)) in x.iter().zip(&y) {
            let (Some(p), Some(q)) = (*p, *q) else {
                continue;
            };
            compared = true;
            if (p - q).abs() > (p.abs() * 1e-4).max(1e-6) {
                return Comparison::Differ(name, p, q);
            }
        }
    }
    match compared {
        true => Comparison::Same,
        false => Comparison::Nothing,
    }
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
            reported: ReportedTotals::default(),
        }
    }

    fn reporting(id: &str, scope1: Option<f64>) -> BatchEntry {
        let mut entry = entry(id, "cdp.csv", None);
        entry.reported.scopes[0] = scope1;
        entry
    }

    fn messages(entries: &[BatchEntry]) -> Vec<(&'static str, Option<String>)> {
        check(entries)
            .iter()
            .map(|f| {
                let total = f.finding.args.get("total").map(ToString::to_string);
                (f.finding.message, total)
            })
            .collect()
    }

    #[test]
    fn reported_totals_are_compared_when_there_are_no_records() {
        let same = [reporting("a", Some(10.0)), reporting("b", Some(10.0))];
        assert_eq!(messages(&same), [("b001-same-city-and-year", None)]);
        let differ = [reporting("a", Some(10.0)), reporting("b", Some(12.0))];
        assert_eq!(
            messages(&differ),
            [("b002-totals-differ", Some("reported scope 1".to_owned()))]
        );
        // One side with records only, the other with reported totals only:
        // nothing can be compared, and B001 does not claim they agree.
        let apart = [entry("a", "t.xlsx", Some(10.0)), reporting("b", Some(99.0))];
        assert_eq!(
            messages(&apart),
            [("b001-same-city-and-year-no-totals", None)]
        );
        // A total only one side states is not compared.
        let mut fuller = reporting("a", Some(10.0));
        fuller.reported.scopes[2] = Some(500.0);
        let same = [fuller, reporting("b", Some(10.0))];
        assert_eq!(messages(&same), [("b001-same-city-and-year", None)]);
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
                let args = f.finding.args.pairs();
                (
                    f.finding.code,
                    f.inventory.as_deref().unwrap(),
                    f.finding.message,
                    args,
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
                        &["total=BASIC", "here=250", "there=100"],
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
