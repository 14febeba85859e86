//! The inventory document in its JSON form (the form the schema checks),
//! with the pointer helpers extractors use to build it field by field.

use serde_json::{Map, Value};

/// `schema_version` written into every extracted document; it follows the
/// version in `schemas/inventory.schema.json`.
pub const SCHEMA_VERSION: &str = "1.2.0";

/// A new document holding only the schema version and empty city and
/// inventory objects.
pub fn new_document() -> Value {
    serde_json::json!({ "schema_version": SCHEMA_VERSION, "city": {}, "inventory": {} })
}

/// Sets `value` at a JSON pointer such as `/city/population/value`, creating
/// the objects on the way. Array indices must already exist.
pub fn set_at(doc: &mut Value, pointer: &str, value: Value) {
    let mut current = doc;
    let mut parts = pointer.split('/').skip(1).peekable();
    while let Some(part) = parts.next() {
        let key = part.replace("~1", "/").replace("~0", "~");
        if !current.is_object() && !current.is_array() {
            *current = Value::Object(Map::new());
        }
        let last = parts.peek().is_none();
        current = match current {
            Value::Array(items) => match key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                Some(item) => item,
                None => return,
            },
            Value::Object(map) => {
                let slot = map.entry(key).or_insert(Value::Null);
                if last {
                    *slot = value;
                    return;
                }
                slot
            }
            _ => return,
        };
    }
}

/// The parent of a JSON pointer: `/a/b` -> `/a`, `/a` -> ``.
pub fn parent(pointer: &str) -> Option<&str> {
    pointer.rfind('/').map(|i| &pointer[..i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_at_creates_nested_objects() {
        let mut doc = new_document();
        set_at(&mut doc, "/city/population/value", json!(1000));
        set_at(&mut doc, "/city/name", json!("X"));
        assert_eq!(
            doc["city"],
            json!({"population": {"value": 1000}, "name": "X"})
        );
    }

    #[test]
    fn set_at_walks_into_existing_array_items() {
        let mut doc = json!({"emissions": [{}]});
        set_at(&mut doc, "/emissions/0/gases/co2/tco2e", json!(5.0));
        assert_eq!(doc["emissions"][0]["gases"]["co2"]["tco2e"], json!(5.0));
        set_at(&mut doc, "/emissions/3/total_tco2e", json!(1));
        assert_eq!(doc["emissions"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn parent_strips_one_level() {
        assert_eq!(parent("/a/b"), Some("/a"));
        assert_eq!(parent("/a"), Some(""));
        assert_eq!(parent(""), None);
    }
}
