//! The tables the dataset writers share: column descriptions (name, type,
//! unit, meaning) and rows of typed fields. CSV, JSON Lines, XLSX and the
//! Frictionless descriptor are all written from these, so they agree.

use serde_json::{Value, json};

/// Frictionless field types used by the datasets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    String,
    Integer,
    Number,
    /// A JSON object (written as JSON text in CSV and XLSX).
    Object,
}

impl FieldType {
    pub fn name(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Number => "number",
            FieldType::Object => "object",
        }
    }
}

/// One column of a dataset.
#[derive(Debug)]
pub struct ColumnSpec {
    pub name: &'static str,
    pub kind: FieldType,
    pub description: &'static str,
}

pub const fn text(name: &'static str, description: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        kind: FieldType::String,
        description,
    }
}

pub const fn integer(name: &'static str, description: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        kind: FieldType::Integer,
        description,
    }
}

pub const fn number(name: &'static str, description: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        kind: FieldType::Number,
        description,
    }
}

pub const fn object(name: &'static str, description: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        kind: FieldType::Object,
        description,
    }
}

/// One value of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Null,
    Text(String),
    Integer(i64),
    Number(f64),
    /// A JSON object.
    Object(serde_json::Map<String, Value>),
}

impl Field {
    /// A text field, or null when there is no text.
    pub fn text(value: Option<&str>) -> Field {
        value.map_or(Field::Null, |v| Field::Text(v.to_owned()))
    }

    /// The field of a JSON value: strings, integers and other numbers.
    pub fn of(value: Option<&Value>) -> Field {
        match value {
            Some(Value::String(s)) => Field::Text(s.clone()),
            Some(Value::Number(n)) => match n.as_i64() {
                Some(i) if n.is_i64() => Field::Integer(i),
                _ => n.as_f64().map_or(Field::Null, Field::Number),
            },
            Some(Value::Bool(b)) => Field::Text(b.to_string()),
            Some(Value::Object(map)) => Field::Object(map.clone()),
            _ => Field::Null,
        }
    }

    pub fn number(value: Option<f64>) -> Field {
        value.map_or(Field::Null, Field::Number)
    }

    /// The value as JSON, exactly as found (no neutralising).
    pub fn to_json(&self) -> Value {
        match self {
            Field::Null => Value::Null,
            Field::Text(s) => json!(s),
            Field::Integer(i) => json!(i),
            Field::Number(n) => json!(n),
            Field::Object(map) => Value::Object(map.clone()),
        }
    }
}

/// A foreign key: a column of this table referring to another table's key.
#[derive(Debug)]
pub struct ForeignKey {
    pub column: &'static str,
    pub table: &'static str,
    pub key: &'static str,
}

/// One dataset: a name (the file stem), its columns, its rows.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub title: &'static str,
    pub columns: &'static [ColumnSpec],
    pub primary_key: Option<&'static str>,
    pub foreign_keys: &'static [ForeignKey],
    pub rows: Vec<Vec<Field>>,
}

impl Table {
    /// Each row as a JSON object keyed by column name, in column order.
    pub fn json_rows(&self) -> impl Iterator<Item = Value> + '_ {
        self.rows.iter().map(|row| {
            let object: serde_json::Map<String, Value> = self
                .columns
                .iter()
                .zip(row)
                .map(|(c, f)| (c.name.to_owned(), f.to_json()))
                .collect();
            Value::Object(object)
        })
    }
}
