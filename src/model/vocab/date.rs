//! Calendar dates as the schema writes them: `YYYY-MM-DD`, nothing else.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date of the inventory (period start and end, submission date).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// The date of `YYYY-MM-DD` text; other forms (`2022-1-5`, a time
    /// after the date) are not the schema's and give `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        (date.format("%Y-%m-%d").to_string() == text).then_some(Date(date))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is no YYYY-MM-DD date")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_schema_form_is_a_date() {
        let date = Date::parse("2022-12-31").unwrap();
        assert_eq!(date.to_string(), "2022-12-31");
        assert_eq!(serde_json::to_value(date).unwrap(), "2022-12-31");
        for text in [
            "2022-1-5",
            "2022-02-30",
            "31/12/2022",
            "2022-12-31T00:00",
            "",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }
}
