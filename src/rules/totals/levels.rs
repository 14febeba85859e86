//! T004 and T005: the GPC totals a file states, against each other. BASIC+
//! contains BASIC, and BASIC is made of scope 1, 2 and 3 cells, so BASIC+
//! is not below BASIC and BASIC is not above scope 1 + 2 + 3, unless land
//! (V.2) removes more than the sources between them emit. These checks
//! need no records, so they also judge files that state only totals (a
//! CDP row).

use super::covers::{Covers, Figure};
use super::records::{Stated, judge, stated};
use crate::diagnostic::{Code, Finding};
use crate::model::totals::to_the_gram;
use crate::rules::context::RuleContext;

/// The first stated total of a kind with a value, and the value in tCO2e.
fn first<'s, 'a>(
    all: &'s [Stated<'a>],
    kind: impl Fn(&Covers) -> bool,
) -> Option<(&'s Stated<'a>, f64)> {
    all.iter().find_map(|s| match (&s.covers, s.figure) {
        (Some(covers), Figure::Tonnes(value)) if kind(covers) => Some((s, value)),
        _ => None,
    })
}

/// True when T002 already says one of these totals is wrong.
fn already_flagged(ctx: &RuleContext<'_>, all: &[Stated<'_>], totals: &[&Stated<'_>]) -> bool {
    let judgement = judge(ctx, all);
    totals.iter().any(|t| judgement.flagged(t.index))
}

/// T004: BASIC+ is not below BASIC.
pub fn basic_plus(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let all = stated(ctx);
    let (Some((basic, b)), Some((plus, p))) = (
        first(&all, |c| *c == Covers::Basic),
        first(&all, |c| *c == Covers::BasicPlus),
    ) else {
        return;
    };
    if p >= b || ctx.options.agree(b, p) {
        return;
    }
    // The records show land removals larger than the BASIC+ sources.
    if let (Some(rb), Some(rp)) = (ctx.totals.basic, ctx.totals.basic_plus)
        && rp < rb
    {
        return;
    }
    if already_flagged(ctx, &all, &[basic, plus]) {
        return;
    }
    let id = if p == 0.0 {
        "t004-basic-plus-zero"
    } else {
        "t004-basic-plus-below-basic"
    };
    out.push(
        ctx.finding(Code::BasicPlusBelowBasic, id, plus.field())
            .arg("basic_plus", to_the_gram(p))
            .arg("basic", to_the_gram(b))
            .arg("difference", to_the_gram(b - p))
            .value(Some(p.to_string()))
            .help("t004-basic-plus-below-basic-help"),
    );
}

/// T005: BASIC is not above scope 1 + scope 2 + scope 3.
pub fn basic_scopes(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let all = stated(ctx);
    let Some((basic, b)) = first(&all, |c| *c == Covers::Basic) else {
        return;
    };
    let scope = |n: u8| {
        first(
            &all,
            move |c| matches!(c, Covers::Scope { scope, excluding_generation: false } if *scope == n),
        )
    };
    let (Some(s1), Some(s2), Some(s3)) = (scope(1), scope(2), scope(3)) else {
        return;
    };
    let sum = s1.1 + s2.1 + s3.1;
    if b <= sum || ctx.options.agree(b, sum) {
        return;
    }
    let t = ctx.totals;
    if let (Some(rb), Some(r1)) = (t.basic, t.scope1)
        && rb > r1 + t.scope2.unwrap_or(0.0) + t.scope3.unwrap_or(0.0)
    {
        return;
    }
    if already_flagged(ctx, &all, &[basic, s1.0, s2.0, s3.0]) {
        return;
    }
    out.push(
        ctx.finding(
            Code::BasicAboveScopes,
            "t005-basic-above-scopes",
            basic.field(),
        )
        .arg("basic", to_the_gram(b))
        .arg("scopes", to_the_gram(sum))
        .arg("scope1", to_the_gram(s1.1))
        .arg("scope2", to_the_gram(s2.1))
        .arg("scope3", to_the_gram(s3.1))
        .arg("difference", to_the_gram(b - sum))
        .value(Some(b.to_string()))
        .help("t005-basic-above-scopes-help"),
    );
}
