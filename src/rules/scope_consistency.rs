//! G002: the scope written beside a GPC reference must be the scope of that
//! cell (third digit for energy and transport; waste .2 is scope 3 and .3
//! scope 1; I.4.4 is scope 1).

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::RecordField;

pub fn check(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    // A ref its labels contradict is reported once, as G003.
    // A ref its labels contradict is G003's to report.
    if at.record.implied_elsewhere().is_some() {
        return;
    }
    let (Some(cell), Some(scope)) = (at.record.gpc(), at.record.scope) else {
        return;
    };
    if scope == cell.scope() {
        return;
    }
    out.push(
        ctx.finding(
            Code::ScopeMismatch,
            "g002-scope-mismatch",
            at.field(RecordField::Scope),
        )
        .arg("cell", cell.to_string())
        .arg("cell_scope", cell.scope().to_string())
        .arg("scope", scope.to_string())
        .value(Some(scope.to_string()))
        .help("g002-scope-mismatch-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell};
    use super::*;
    use crate::model::{EmissionRecord, Scope, StatedRef};

    fn record(reference: &str, scope: Scope) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(reference))),
            scope: Some(scope),
            ..Default::default()
        }
    }

    #[test]
    fn the_scope_must_be_the_cells() {
        // Its labels point to I.1.3: G003 reports that, not G002.
        let contradicted = EmissionRecord {
            implied_gpc_ref: Some(StatedRef::Cell(cell("I.1.3"))),
            ..record("I.1.1", Scope::Three)
        };
        let case = Case::records(vec![
            record("I.1.2", Scope::Two),
            record("III.1.2", Scope::One),
            contradicted,
        ]);
        let found = case.run_records(check);
        assert_eq!(found.len(), 1);
        let args = found[0].args.pairs();
        assert_eq!(found[0].message, "g002-scope-mismatch");
        assert_eq!(args, ["cell=III.1.2", "cell_scope=3", "scope=1"]);
        assert_eq!(found[0].value.as_deref(), Some("1"));
        assert_eq!(found[0].help, Some("g002-scope-mismatch-help"));
    }
}
