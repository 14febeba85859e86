//! Lenient reading of the inventory document into the typed model. The
//! schema check has already reported every field of the wrong type or
//! outside its list; reading the document must not fail on them too. So
//! each field is read on its own, and one that does not fit its type is
//! left out (`None`) while the rest of the inventory is kept.
//!
//! [`lenient_struct!`] declares the model's structs with these rules.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A field read on its own: `None` when it does not fit its type.
pub(crate) fn option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let value = Value::deserialize(deserializer)?;
    Ok(T::deserialize(integral(value)).ok())
}

/// JSON Schema counts `2022.0` as an integer, so the model reads it as one
/// (a year, a scope); a field typed as a number reads it as 2022.0 either
/// way.
fn integral(value: Value) -> Value {
    match value.as_f64() {
        Some(n) if value.is_f64() && n.fract() == 0.0 && n.abs() < 9e15 => Value::from(n as i64),
        _ => value,
    }
}

/// An object the document must have (`city`, `inventory`): empty when it
/// is something else.
pub(crate) fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    Ok(option(deserializer)?.unwrap_or_default())
}

/// A list of records: an item that is not one becomes an empty record, so
/// that every record keeps its index (the index of its JSON pointer and of
/// its cells in the source map).
pub(crate) fn items<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let Value::Array(items) = Value::deserialize(deserializer)? else {
        return Ok(None);
    };
    let read = |item| T::deserialize(item).unwrap_or_default();
    Ok(Some(items.into_iter().map(read).collect()))
}

/// Declares a struct of the model whose fields are all `Option`s read
/// with [`option`] and left out of the JSON form when `None`. Field
/// attributes (docs, `#[serde(rename = ...)]`) are kept.
macro_rules! lenient_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: Option<$ty:ty>, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde(
                    default,
                    skip_serializing_if = "Option::is_none",
                    deserialize_with = "crate::model::lenient::option"
                )]
                pub $field: Option<$ty>,
            )*
        }
    };
}

pub(crate) use lenient_struct;
