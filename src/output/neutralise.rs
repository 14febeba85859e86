//! Formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return is run as a formula by spreadsheet programs.
//! Text written to CSV and XLSX outputs gets a leading apostrophe so it is
//! shown as text; JSON outputs keep the exact text.

/// The text, made safe to open in a spreadsheet. A plain number such as
/// `-28651.421` (a negative value as written) is left as it is: a
/// spreadsheet reads it as a number, never as a formula.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    let plain_number = text.trim() == text && text.parse::<f64>().is_ok_and(f64::is_finite);
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !plain_number => format!("'{text}").into(),
        _ => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+A1"), "'+A1");
        assert_eq!(neutralise("+1"), "+1");
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Porto Alegre"), "Porto Alegre");
        assert_eq!(neutralise("-28651.421"), "-28651.421");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("-inf"), "'-inf");
        assert_eq!(neutralise(""), "");
    }
}
