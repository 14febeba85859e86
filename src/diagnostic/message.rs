//! A finding's message as data: an id into the message catalogue and the
//! named arguments it is written with (`{field}`, `{value}`, ...). The
//! renderers turn it into text (`report::catalogue`), so one finding reads
//! the same in every output and can be translated; machines read the
//! arguments as they are (`args` in the JSON report).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// One argument of a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
    Integer(i64),
    /// A word of the catalogue, by its message id (`fact-city-name`): it
    /// reads in the report's language. Machines get the id.
    Word(&'static str),
}

impl Arg {
    /// A key that orders and compares arguments exactly (numbers by bits).
    fn key(&self) -> (u8, &str, u64, i64) {
        match self {
            Arg::Text(text) => (0, text, 0, 0),
            Arg::Number(n) => (1, "", n.to_bits(), 0),
            Arg::Integer(i) => (2, "", 0, *i),
            Arg::Word(id) => (3, id, 0, 0),
        }
    }
}

impl PartialEq for Arg {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Arg {}

impl PartialOrd for Arg {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Arg {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Hash for Arg {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

/// How an argument reads in a message: numbers as Rust writes them
/// (`12190.5`, `1e-7`), texts as they are.
impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(text) => f.write_str(text),
            Arg::Number(n) => write!(f, "{n}"),
            Arg::Integer(i) => write!(f, "{i}"),
            Arg::Word(id) => f.write_str(id),
        }
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(text) => serializer.serialize_str(text),
            Arg::Number(n) => serializer.serialize_f64(*n),
            Arg::Integer(i) => serializer.serialize_i64(*i),
            Arg::Word(id) => serializer.serialize_str(id),
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl From<i64> for Arg {
    fn from(i: i64) -> Self {
        Arg::Integer(i)
    }
}

impl From<usize> for Arg {
    fn from(i: usize) -> Self {
        Arg::Integer(i64::try_from(i).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(i: u32) -> Self {
        Arg::Integer(i64::from(i))
    }
}

/// Named arguments, in the order they were given.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Args(Vec<(&'static str, Arg)>);

impl Args {
    /// Sets an argument (replacing one of the same name).
    pub fn set(&mut self, name: &'static str, value: Arg) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.0.iter().map(|(n, v)| (*n, v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `name=value` for each argument, in the order given: how tests and
    /// a message missing from the catalogue show them.
    pub fn pairs(&self) -> Vec<String> {
        self.0.iter().map(|(n, v)| format!("{n}={v}")).collect()
    }
}

/// A JSON object, arguments in the alphabetical order of their names like
/// every other key of the JSON report.
impl Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut sorted: Vec<&(&'static str, Arg)> = self.0.iter().collect();
        sorted.sort_by_key(|(name, _)| *name);
        let mut map = serializer.serialize_map(Some(sorted.len()))?;
        for (name, value) in sorted {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_keep_their_order_and_serialise_as_a_sorted_object() {
        let mut args = Args::default();
        args.set("value", Arg::from("about 8000"));
        args.set("total", Arg::from(12190.5));
        args.set("rows", Arg::from(3usize));
        args.set("value", Arg::from("x"));
        assert_eq!(
            serde_json::to_string(&args).unwrap(),
            r#"{"rows":3,"total":12190.5,"value":"x"}"#
        );
        assert_eq!(args.get("total").unwrap().to_string(), "12190.5");
        assert_eq!(Arg::from(1e-7).to_string(), "0.0000001");
    }
}
