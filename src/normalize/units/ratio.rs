//! Ratios of two factors without binary rounding on the way. Factors are
//! decimals (`0.0036`, `0.001`) that binary floating point holds only
//! approximately, so `0.0036 / 0.001` gives 3.5999999999999996. Here each
//! factor is read back as the shortest decimal that round-trips, and the
//! ratio of the two decimals is taken as integers and rounded once.

/// Integers up to this size are exact as `f64`.
const EXACT_INTEGERS: u128 = 1 << f64::MANTISSA_DIGITS;

/// `numerator / denominator`, rounded once from the decimal values the two
/// factors stand for; the plain division when they are not such decimals.
pub(super) fn ratio(numerator: f64, denominator: f64) -> f64 {
    decimal_ratio(numerator, denominator).unwrap_or(numerator / denominator)
}

fn decimal_ratio(numerator: f64, denominator: f64) -> Option<f64> {
    let (mut top, top_exponent) = decimal(numerator)?;
    let (mut bottom, bottom_exponent) = decimal(denominator)?;
    let shift = top_exponent - bottom_exponent;
    let scale = 10u128.checked_pow(shift.unsigned_abs())?;
    if shift >= 0 {
        top = top.checked_mul(scale)?;
    } else {
        bottom = bottom.checked_mul(scale)?;
    }
    let common = gcd(top, bottom);
    let (top, bottom) = (top / common, bottom / common);
    let exact = top <= EXACT_INTEGERS && bottom <= EXACT_INTEGERS;
    exact.then(|| top as f64 / bottom as f64)
}

/// `x` as `digits × 10^exponent`, from the shortest decimal that gives `x`
/// back; `None` unless `x` is positive and finite.
fn decimal(x: f64) -> Option<(u128, i32)> {
    if !(x.is_finite() && x > 0.0) {
        return None;
    }
    let written = format!("{x:e}");
    let (mantissa, exponent) = written.split_once('e')?;
    let exponent: i32 = exponent.parse().ok()?;
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: u128 = format!("{whole}{fraction}").parse().ok()?;
    let fraction_length = i32::try_from(fraction.len()).ok()?;
    Some((digits, exponent - fraction_length))
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_ratios_round_once() {
        assert_eq!(ratio(0.0036, 0.001), 3.6);
        assert_eq!(ratio(0.00045359237, 0.001), 0.45359237);
        assert_eq!(ratio(0.000001, 0.001), 0.001);
        assert_eq!(ratio(0.00000105505585262, 1.05505585262), 0.000001);
        assert_eq!(ratio(0.001, 0.0036), 0.2777777777777778);
        assert_eq!(ratio(41868000.0, 0.0000000041868), 1e16);
    }

    #[test]
    fn other_values_divide_plainly() {
        assert_eq!(ratio(1.0, 0.0), f64::INFINITY);
        assert!(ratio(f64::NAN, 1.0).is_nan());
        assert_eq!(ratio(1e300, 1e-300), f64::INFINITY);
    }

    #[test]
    fn decimals_are_read_back() {
        assert_eq!(decimal(0.0036), Some((36, -4)));
        assert_eq!(decimal(1000.0), Some((1, 3)));
        assert_eq!(decimal(1.05505585262), Some((105505585262, -11)));
        assert_eq!(decimal(0.0), None);
        assert_eq!(decimal(-1.0), None);
    }
}
