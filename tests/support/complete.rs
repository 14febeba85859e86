//! The notation keys that make the valid submission complete at BASIC:
//! every BASIC cell its records leave empty gets NO or NE with an
//! explanation, so that the completeness rule (C001) finds nothing to say.

use ghgcheck::template::{CellInput, EmissionEntry};

/// (cell, key, explanation) of each BASIC cell Testville has no figure for.
const KEYED: &[(&str, &str, &str)] = &[
    (
        "I.3.1",
        "NO",
        "There is no manufacturing industry in Testville",
    ),
    (
        "I.3.2",
        "NO",
        "There is no manufacturing industry in Testville",
    ),
    (
        "I.4.1",
        "NE",
        "The power plant's own use is not metered separately",
    ),
    (
        "I.4.2",
        "NE",
        "The power plant's own use is not metered separately",
    ),
    ("I.5.1", "NO", "There are no farms within the city boundary"),
    ("I.5.2", "NO", "There are no farms within the city boundary"),
    ("I.6.1", "NO", "There are no other stationary sources"),
    ("I.6.2", "NO", "There are no other stationary sources"),
    ("I.7.1", "NO", "There is no coal mining in the city"),
    ("I.8.1", "NO", "There are no oil or gas systems in the city"),
    (
        "II.1.2",
        "NO",
        "No electric vehicles were registered in 2022",
    ),
    ("II.2.1", "NO", "There is no railway in the city"),
    ("II.2.2", "NO", "There is no railway in the city"),
    (
        "II.3.1",
        "NO",
        "There is no waterborne navigation in the city",
    ),
    (
        "II.3.2",
        "NO",
        "There is no waterborne navigation in the city",
    ),
    ("II.4.1", "NO", "There is no airport in the city"),
    ("II.4.2", "NO", "There is no airport in the city"),
    (
        "II.5.1",
        "NE",
        "Fuel used by off-road machinery is not surveyed",
    ),
    (
        "II.5.2",
        "NE",
        "Electricity used by off-road machinery is not surveyed",
    ),
    (
        "III.2.1",
        "NO",
        "There is no composting or digestion plant in the city",
    ),
    (
        "III.2.2",
        "NE",
        "No data on organic waste treated outside the city",
    ),
    (
        "III.3.1",
        "NO",
        "No waste is incinerated or burnt in the open in the city",
    ),
    (
        "III.3.2",
        "NO",
        "No waste is sent to incinerators outside the city",
    ),
    (
        "III.4.1",
        "NE",
        "Wastewater emissions are not estimated yet",
    ),
    (
        "III.4.2",
        "NE",
        "Wastewater emissions are not estimated yet",
    ),
];

/// One template entry per BASIC cell the valid submission keys.
pub fn keyed_basic_cells() -> Vec<EmissionEntry> {
    KEYED
        .iter()
        .map(|(cell, key, why)| EmissionEntry {
            gpc_ref: (*cell).to_owned(),
            values: vec![
                (
                    "/notation_key".to_owned(),
                    CellInput::Text((*key).to_owned()),
                ),
                (
                    "/notation_explanation".to_owned(),
                    CellInput::Text((*why).to_owned()),
                ),
            ],
        })
        .collect()
}
