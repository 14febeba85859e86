//! GPC scopes: 1 (emissions inside the boundary), 2 (grid-supplied energy
//! used inside it), 3 (everything else the city's activity causes).

use serde::{Deserialize, Serialize};

/// A GPC scope. Serialises as the schema's integer 1, 2 or 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Scope {
    One,
    Two,
    Three,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::One, Scope::Two, Scope::Three];

    /// 1, 2 or 3.
    pub fn number(self) -> u8 {
        match self {
            Scope::One => 1,
            Scope::Two => 2,
            Scope::Three => 3,
        }
    }

    /// The scope numbered `n`, if 1 to 3.
    pub fn from_number(n: i64) -> Option<Scope> {
        match n {
            1 => Some(Scope::One),
            2 => Some(Scope::Two),
            3 => Some(Scope::Three),
            _ => None,
        }
    }
}

impl From<Scope> for u8 {
    fn from(scope: Scope) -> u8 {
        scope.number()
    }
}

impl TryFrom<u8> for Scope {
    type Error = String;

    fn try_from(n: u8) -> Result<Scope, String> {
        Scope::from_number(i64::from(n)).ok_or_else(|| format!("scope {n} is not 1, 2 or 3"))
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.number())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_the_integers_one_to_three() {
        for scope in Scope::ALL {
            let json = serde_json::to_value(scope).unwrap();
            assert_eq!(json, serde_json::json!(scope.number()));
            assert_eq!(serde_json::from_value::<Scope>(json).unwrap(), scope);
        }
        assert!(serde_json::from_value::<Scope>(serde_json::json!(4)).is_err());
        assert!(serde_json::from_value::<Scope>(serde_json::json!(1.0)).is_err());
        assert_eq!(Scope::from_number(0), None);
    }
}
