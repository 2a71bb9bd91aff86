//! Dates for people: the day a result was saved, from epoch milliseconds,
//! without asking the browser (so it is the same everywhere and testable).

/// `2026-11-27` for a time in UTC; times before 1970 show as 1970-01-01.
pub fn iso_date(epoch_ms: f64) -> String {
    let days = (epoch_ms.max(0.0) / 86_400_000.0).floor() as i64;
    let (y, m, d) = civil_from_days(days);
    // Pushed, not `format!`ed: each formatting call site costs the browser
    // build. Years here have four digits (1970 to 275,760).
    let mut out = y.to_string();
    for part in [m, d] {
        out.push('-');
        out.push(char::from(b'0' + (part / 10) as u8));
        out.push(char::from(b'0' + (part % 10) as u8));
    }
    out
}

/// Howard Hinnant's days-to-civil algorithm for the proleptic Gregorian calendar.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::iso_date;

    #[test]
    fn dates_read_as_people_write_them() {
        let cases = [
            (0.0, "1970-01-01"),
            (-5.0, "1970-01-01"),
            (951_782_400_000.0, "2000-02-29"),
            (1_764_201_600_000.0, "2025-11-27"),
            (1_796_083_199_999.0, "2026-11-30"),
        ];
        for (ms, expected) in cases {
            assert_eq!(iso_date(ms), expected, "{ms}");
        }
    }
}
