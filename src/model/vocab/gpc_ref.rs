//! GPC reference numbers (`I.1.1` ... `VI.1`) as a type: a value is always
//! one of the 53 cells of the GPC table, so whoever holds one can ask for
//! its sector, scope and reporting level without a look-up that may fail.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::gpc::{self, GpcCell, Level};
use crate::model::vocab::Scope;

/// One cell of the GPC table. Serialises as its reference number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GpcRef(u8);

impl GpcRef {
    /// The cell of a reference number exactly as the table writes it;
    /// variant spellings (`I.63`, `I_1_1`) are read by `normalize::sector`.
    pub fn parse(reference: &str) -> Option<GpcRef> {
        let index = gpc::table().index_of(reference)?;
        Some(GpcRef(u8::try_from(index).ok()?))
    }

    /// The reference number, e.g. `I.1.1`.
    pub fn as_str(self) -> &'static str {
        &self.cell().reference
    }

    /// The row of the GPC table.
    pub fn cell(self) -> &'static GpcCell {
        &gpc::table().cells()[usize::from(self.0)]
    }

    /// The scope of the cell (third digit for energy and transport, waste
    /// `.2` scope 3, I.4.4 scope 1 ...).
    pub fn scope(self) -> Scope {
        Scope::from_number(i64::from(self.cell().scope)).expect("gpc-refs.csv scopes are 1 to 3")
    }

    /// Which GPC total the cell counts in.
    pub fn level(self) -> Level {
        self.cell().level
    }

    /// Every cell, in GPC order.
    pub fn all() -> impl Iterator<Item = GpcRef> {
        (0..gpc::table().cells().len()).filter_map(|i| u8::try_from(i).ok().map(GpcRef))
    }
}

impl std::fmt::Debug for GpcRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GpcRef({})", self.as_str())
    }
}

impl std::fmt::Display for GpcRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GpcRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GpcRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        GpcRef::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is no GPC reference")))
    }
}

/// What a record says about its GPC cell when it says something: a cell,
/// or explicitly none (`null`: a CRF row with no GPC cell, a label no cell
/// matches). A record that says nothing has no `StatedRef` at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatedRef {
    NoCell,
    Cell(GpcRef),
}

impl StatedRef {
    pub fn cell(self) -> Option<GpcRef> {
        match self {
            StatedRef::NoCell => None,
            StatedRef::Cell(cell) => Some(cell),
        }
    }
}

impl Serialize for StatedRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            StatedRef::NoCell => serializer.serialize_none(),
            StatedRef::Cell(cell) => cell.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for StatedRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<GpcRef>::deserialize(deserializer)? {
            Some(cell) => StatedRef::Cell(cell),
            None => StatedRef::NoCell,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn refs_are_the_cells_of_the_table() {
        assert_eq!(GpcRef::all().count(), 53);
        let waste = GpcRef::parse("III.1.2").unwrap();
        assert_eq!(waste.as_str(), "III.1.2");
        assert_eq!(waste.scope(), Scope::Three);
        assert_eq!(GpcRef::parse("I.4.4").unwrap().level(), Level::Territorial);
        assert_eq!(GpcRef::parse("I.9.9"), None);
        assert_eq!(GpcRef::parse("i.1.1"), None);
        for cell in GpcRef::all() {
            assert_eq!(GpcRef::parse(cell.as_str()), Some(cell));
        }
    }

    #[test]
    fn a_stated_ref_is_a_cell_or_null() {
        let cell = StatedRef::Cell(GpcRef::parse("II.1.1").unwrap());
        assert_eq!(serde_json::to_value(cell).unwrap(), json!("II.1.1"));
        assert_eq!(
            serde_json::to_value(StatedRef::NoCell).unwrap(),
            json!(null)
        );
        let read: StatedRef = serde_json::from_value(json!(null)).unwrap();
        assert_eq!(read, StatedRef::NoCell);
        assert!(serde_json::from_value::<StatedRef>(json!("I.9.9")).is_err());
        assert!(serde_json::from_value::<StatedRef>(json!(5)).is_err());
    }
}
