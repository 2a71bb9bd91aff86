//! UI strings are templates with named holes such as `{n}`, so a translator
//! can reorder them without touching code.

/// Replaces each `{name}` with its value; unknown holes stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A number rounded to tenths, such as `6.2`, with the decimal separator
/// given: the language's (`ui.toml`'s `decimal_separator`, "6,2" in
/// Spanish) for people to read, `"."` for CSS. Written with whole-number
/// arithmetic, which keeps float formatting (several KB) out of the browser
/// build.
pub fn tenths(x: f64, decimal: &str) -> String {
    let t = (x * 10.0).round() as i64;
    let mut out = String::from(if t < 0 { "-" } else { "" });
    out.push_str(&(t.abs() / 10).to_string());
    out.push_str(decimal);
    out.push(char::from(b'0' + (t.abs() % 10) as u8));
    out
}

/// `64%`. Pushed, not `format!`ed: each formatting call site costs the
/// browser build.
pub fn percent(n: i64) -> String {
    let mut out = n.to_string();
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    use super::{fill, percent, tenths};

    #[test]
    fn holes_are_filled_by_name() {
        let cases = [
            ("Question {n} of {total}", "Question 7 of 25"),
            ("{total}/{n}", "25/7"),
            ("no holes", "no holes"),
            ("{unknown} stays", "{unknown} stays"),
            ("an open { brace", "an open { brace"),
        ];
        for (template, expected) in cases {
            assert_eq!(fill(template, &[("n", "7"), ("total", "25")]), expected);
        }
    }

    #[test]
    fn tenths_read_as_written() {
        let cases = [
            (6.24, "6.2"),
            (6.25, "6.3"),
            (0.0, "0.0"),
            (-0.44, "-0.4"),
            (-2.96, "-3.0"),
            (100.0, "100.0"),
        ];
        for (x, expected) in cases {
            assert_eq!(tenths(x, "."), expected, "{x}");
        }
    }

    #[test]
    fn tenths_take_the_language_separator() {
        let cases = [
            (2.44, ",", "2,4"),
            (-0.96, ",", "-1,0"),
            (12.06, "\u{b7}", "12\u{b7}1"),
        ];
        for (x, sep, expected) in cases {
            assert_eq!(tenths(x, sep), expected, "{x}");
        }
    }

    #[test]
    fn percentages_are_whole_numbers_with_a_sign() {
        assert_eq!(percent(64), "64%");
        assert_eq!(percent(0), "0%");
        assert_eq!(percent(-5), "-5%");
    }
}
