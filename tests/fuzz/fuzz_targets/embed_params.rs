//! The embed and theme parameters come from whoever wrote the iframe's URL.
//! Theme values go straight into `style.setProperty`, the embed id into
//! storage keys and the origin into `postMessage`, so beyond "no panic" each
//! accepted value must hold the property that makes that use safe, and the
//! accepted configuration must survive being written back as a query.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::embed::{self, EmbedConfig, ThemeValue, THEME_PARAMS};

fuzz_target!(|data: &[u8]| {
    let Ok(search) = std::str::from_utf8(data) else {
        return;
    };
    let config = embed::parse(search);

    for (property, value) in &config.theme {
        let (_, _, kind) = THEME_PARAMS
            .iter()
            .find(|(_, p, _)| p == property)
            .expect("a theme property the app knows");
        assert!(embed::is_safe(*kind, value), "{property}: {value:?}");
        // Nothing that could end the declaration, open a block or markup,
        // start an escape or a comment, or break a line.
        assert!(
            !value.is_empty()
                && value.is_ascii()
                && !value
                    .bytes()
                    .any(|b| b";{}<>\\*".contains(&b) || b.is_ascii_control()),
            "{property}: {value:?}"
        );
        // Quotes only for quoted font names; parentheses only as one colour
        // function, so never `url(`, `var(`, `attr(` or `expression(`.
        if *kind != ThemeValue::Font {
            assert!(!value.contains(['"', '\'']), "{property}: {value:?}");
        }
        if *kind == ThemeValue::Colour && value.contains('(') {
            let open = value.find('(').unwrap();
            assert!(
                ["rgb", "rgba", "hsl", "hsla"].contains(&&value[..open])
                    && value.ends_with(')')
                    && value.matches(['(', ')']).count() == 2,
                "{property}: {value:?}"
            );
        } else {
            assert!(!value.contains(['(', ')']), "{property}: {value:?}");
        }
    }

    // The id becomes part of `opsfit:<id>:progress:<quiz>`: a `:` in it could
    // reach another embed's or the app's own keys.
    if let Some(id) = &config.id {
        assert!(
            (1..=32).contains(&id.len())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_".contains(&b)),
            "{id:?}"
        );
    }
    // Messages with answers go to this origin only: never a wildcard, a path,
    // credentials or anything after the host and port.
    if let Some(origin) = &config.origin {
        let rest = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
            .unwrap_or_else(|| panic!("{origin:?}"));
        assert!(
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.:".contains(&b)),
            "{origin:?}"
        );
    }

    let query = to_query(&config);
    let again = embed::parse(&query);
    assert_eq!(again.refused, Vec::<String>::new(), "{query}");
    assert_eq!(again, config_without_refused(&config), "{query}");
});

fn config_without_refused(config: &EmbedConfig) -> EmbedConfig {
    EmbedConfig {
        refused: Vec::new(),
        ..config.clone()
    }
}

/// The query a host page would write to ask for exactly this configuration.
fn to_query(config: &EmbedConfig) -> String {
    let mut pairs = Vec::new();
    if let Some(id) = &config.id {
        pairs.push(format!("embed={}", escape(id)));
    }
    if let Some(origin) = &config.origin {
        pairs.push(format!("origin={}", escape(origin)));
    }
    let events: Vec<&str> = [
        (config.wants_progress, "progress"),
        (config.wants_complete, "complete"),
    ]
    .iter()
    .filter(|(wanted, _)| *wanted)
    .map(|(_, name)| *name)
    .collect();
    if !events.is_empty() {
        pairs.push(format!("events={}", events.join(",")));
    }
    for (property, value) in &config.theme {
        let (name, _, _) = THEME_PARAMS.iter().find(|(_, p, _)| p == property).unwrap();
        pairs.push(format!("{name}={}", escape(value)));
    }
    format!("?{}", pairs.join("&"))
}

fn escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
