//! The reference commands: `ghgcheck rules` lists every code once, sorted
//! by id, whatever order the registry keeps them in.

#![allow(clippy::unwrap_used)]

mod support;

use ghgcheck::diagnostic::REGISTRY;
use support::run;

#[test]
fn rules_lists_every_code_sorted_by_id() {
    let (code, stdout) = run(&["rules"]);
    assert_eq!(code, 0);
    let ids: Vec<&str> = stdout
        .lines()
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    let mut expected: Vec<&str> = REGISTRY.iter().map(|info| info.id).collect();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    assert_eq!(
        stdout.lines().next().unwrap(),
        "A001  warning  co2e-in-another-gwp-set      A gas's CO2e was weighted with another GWP set than the inventory's"
    );
    // R099 sorts after R011 and before the S codes, not where it was added.
    let at = |id: &str| ids.iter().position(|i| *i == id).unwrap();
    assert_eq!(at("R099"), at("R011") + 1);
    assert_eq!(at("S001"), at("R099") + 1);
    assert_eq!(at("X001") + 1, at("X002"));
    assert_eq!(at("X002") + 1, at("X003"));
}
