//! Switching language. Each language is a build of its own (see
//! ARCHITECTURE.md): the reference at the app's root, every other one in
//! `<id>/` beside it, and as `opsfit.<id>.html` beside `opsfit.html` in
//! `dist-single/`. Switching is a navigation to the other build, keeping the
//! query and the hash route; progress is in same-origin storage, keyed by
//! question id, so every answer and the question on screen survive it.

/// Where the person's choice is kept; the boot script reads it before any
/// wasm is fetched.
pub const CHOICE_KEY: &str = "opsfit:lang";

/// The address parameter that picks a language for one visit.
pub const PARAM: &str = "lang";

/// The address of `to`'s build, from `here`'s, with the query (less any
/// `lang`, which would override the choice) and the hash kept.
pub fn address(
    here: &str,
    to: &str,
    reference: &str,
    search: &str,
    hash: &str,
    single_file: bool,
) -> String {
    // Built by pushing, not `format!`: the formatting machinery would add
    // kilobytes to the wasm.
    let mut out = String::from("./");
    if single_file {
        out.push_str("opsfit.");
        if to != reference {
            out.push_str(to);
            out.push('.');
        }
        out.push_str("html");
    } else {
        if here != reference {
            out.insert(0, '.');
        }
        if to != reference {
            out.push_str(to);
            out.push('/');
        }
    }
    let mut first = true;
    for part in search.trim_start_matches('?').split('&') {
        if part.is_empty() || part == PARAM || part.starts_with("lang=") {
            continue;
        }
        out.push(if first { '?' } else { '&' });
        out.push_str(part);
        first = false;
    }
    out.push_str(hash);
    out
}

/// `target` with the choice carried in its query, for when storage refused
/// to keep it: the boot script reads `?lang=` first.
pub fn with_choice(target: &str, to: &str) -> String {
    let (before, hash) = target.split_once('#').unwrap_or((target, ""));
    let mut out = String::from(before);
    out.push(if before.contains('?') { '&' } else { '?' });
    out.push_str(PARAM);
    out.push('=');
    out.push_str(to);
    if !hash.is_empty() {
        out.push('#');
        out.push_str(hash);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_keeps_the_query_and_the_route_and_drops_lang() {
        let table = [
            ("en", "es", "", "#/quiz", false, "./es/#/quiz"),
            (
                "es",
                "en",
                "?embed=blog&lang=es",
                "#/r/abc",
                false,
                "../?embed=blog#/r/abc",
            ),
            ("es", "es", "?lang=es", "", false, "../es/"),
            (
                "en",
                "es",
                "?a=1&lang=en&b=2",
                "#/",
                false,
                "./es/?a=1&b=2#/",
            ),
            ("en", "es", "", "#/quiz", true, "./opsfit.es.html#/quiz"),
            ("es", "en", "", "#/", true, "./opsfit.html#/"),
            ("en", "en", "?language=x", "", false, "./?language=x"),
        ];
        for (here, to, search, hash, single, expected) in table {
            assert_eq!(
                address(here, to, "en", search, hash, single),
                expected,
                "{here}->{to} {search}{hash}"
            );
        }
    }

    #[test]
    fn a_choice_storage_refused_rides_in_the_query_before_the_route() {
        let table = [
            ("./es/", "es", "./es/?lang=es"),
            ("./es/#/quiz", "es", "./es/?lang=es#/quiz"),
            (
                "../?embed=blog#/r/abc",
                "en",
                "../?embed=blog&lang=en#/r/abc",
            ),
        ];
        for (target, to, expected) in table {
            assert_eq!(with_choice(target, to), expected, "{target}");
        }
    }
}
