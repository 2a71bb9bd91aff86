//! Embedding: what a host page may ask of the app through the URL, checked
//! so that nothing unsafe reaches styles or messages.
//!
//! Parameters (all optional):
//! - `embed=<id>`: embed mode, with storage namespaced by the id;
//! - `origin=<origin>`: the host's origin, the only one messages go to;
//! - `events=progress,complete`: the events with data the host asks for;
//! - theme: `accent`, `accent-fg`, `bg`, `fg`, `muted`, `surface`, `border`,
//!   `focus` (colours), `font` (font names), `radius`, `space` (lengths).

use super::json;

/// The theme parameters and the CSS custom property each one sets.
pub const THEME_PARAMS: [(&str, &str, ThemeValue); 11] = [
    ("accent", "--opsfit-accent", ThemeValue::Colour),
    ("accent-fg", "--opsfit-accent-fg", ThemeValue::Colour),
    ("bg", "--opsfit-bg", ThemeValue::Colour),
    ("fg", "--opsfit-fg", ThemeValue::Colour),
    ("muted", "--opsfit-muted", ThemeValue::Colour),
    ("surface", "--opsfit-surface", ThemeValue::Colour),
    ("border", "--opsfit-border", ThemeValue::Colour),
    ("focus", "--opsfit-focus", ThemeValue::Colour),
    ("font", "--opsfit-font", ThemeValue::Font),
    ("radius", "--opsfit-radius", ThemeValue::Length),
    ("space", "--opsfit-space", ThemeValue::Length),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeValue {
    Colour,
    Font,
    Length,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// Set in embed mode: the storage namespace.
    pub id: Option<String>,
    /// Where messages go; none are sent with data when it is unknown.
    pub origin: Option<String>,
    pub wants_progress: bool,
    pub wants_complete: bool,
    /// (CSS custom property, value) pairs that passed validation.
    pub theme: Vec<(&'static str, String)>,
    /// Parameters that were refused, by name; the `ready` event names them.
    pub refused: Vec<String>,
}

impl EmbedConfig {
    pub fn is_embedded(&self) -> bool {
        self.id.is_some()
    }

    /// Whether an event carrying answers or results may be sent.
    pub fn may_send(&self, kind: EventKind) -> bool {
        self.origin.is_some()
            && match kind {
                EventKind::Ready | EventKind::Resize => true,
                EventKind::Progress => self.wants_progress,
                EventKind::Complete => self.wants_complete,
            }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Ready,
    Progress,
    Complete,
    Resize,
}

impl EmbedConfig {
    /// The fields of the `ready` event: the refused parameters, if any, so a
    /// host sees why a theme value had no effect.
    pub fn ready_fields(&self) -> String {
        if self.refused.is_empty() {
            return String::new();
        }
        let mut out = String::from(r#""refused":["#);
        for (i, name) in self.refused.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json::write_str(&mut out, name);
        }
        out.push(']');
        out
    }
}

/// What the host has been told of the person's progress. An event describes
/// something the person did in this page's life: the state the page opened
/// with is where telling starts, so reopening a finished quiz, on any route,
/// tells nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Told {
    answered: usize,
    finished: bool,
}

impl Told {
    pub fn new(answered: usize, finished: bool) -> Self {
        Told { answered, finished }
    }

    /// The events the progress now calls for; they count as told.
    pub fn next(&mut self, answered: usize, finished: bool) -> Vec<EventKind> {
        let mut due = Vec::new();
        if answered != self.answered {
            due.push(EventKind::Progress);
        }
        if finished && !self.finished {
            due.push(EventKind::Complete);
        }
        *self = Told { answered, finished };
        due
    }
}

/// The whole message of an event: `{"source":"opsfit","type":…}` and its
/// fields (a list of JSON members, as the `…_fields` functions write).
pub fn message(kind: EventKind, fields: &str) -> String {
    let name = match kind {
        EventKind::Ready => "ready",
        EventKind::Progress => "progress",
        EventKind::Complete => "complete",
        EventKind::Resize => "resize",
    };
    let mut out = String::from(r#"{"source":"opsfit","type":""#);
    out.push_str(name);
    out.push('"');
    if !fields.is_empty() {
        out.push(',');
        out.push_str(fields);
    }
    out.push('}');
    out
}

/// The fields of a `resize` event: the page's height in CSS pixels.
pub fn resize_fields(height: u32) -> String {
    let mut out = String::from(r#""height":"#);
    out.push_str(&height.to_string());
    out
}

/// The fields of a `complete` event: the outcome's id and each pole's whole
/// percentage, keyed by the pole's outcome id. Ids come from content, so
/// they are written as JSON strings, escaped.
pub fn complete_fields(outcome: &str, poles: [(&str, u8); 2]) -> String {
    let mut out = String::from(r#""outcome":"#);
    json::write_str(&mut out, outcome);
    out.push_str(r#","percent":{"#);
    for (i, (pole, percent)) in poles.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_str(&mut out, pole);
        out.push(':');
        out.push_str(&percent.to_string());
    }
    out.push('}');
    out
}

/// The fields of a `progress` event.
pub fn progress_fields(answered: usize, total: usize) -> String {
    let mut out = String::from(r#""answered":"#);
    out.push_str(&answered.to_string());
    out.push_str(r#","total":"#);
    out.push_str(&total.to_string());
    out
}

/// Reads a `location.search` such as `?embed=blog&origin=https://example.org`.
pub fn parse(search: &str) -> EmbedConfig {
    let mut config = EmbedConfig::default();
    for pair in search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "embed" if is_embed_id(&value) => config.id = Some(value),
            "origin" if is_origin(&value) => config.origin = Some(value),
            // The boot script has already chosen the build by it.
            "lang" => {}
            "events" => {
                for e in value.split([',', ' ']) {
                    match e {
                        "progress" => config.wants_progress = true,
                        "complete" => config.wants_complete = true,
                        _ => {}
                    }
                }
            }
            _ => match THEME_PARAMS.iter().find(|(name, _, _)| *name == key) {
                Some((_, property, kind)) if is_safe(*kind, &value) => {
                    config.theme.push((property, value))
                }
                _ => config.refused.push(key.to_string()),
            },
        }
    }
    config
}

fn is_embed_id(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// `https://host[:port]` or `http://host[:port]`, with nothing after.
pub fn is_origin(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

pub fn is_safe(kind: ThemeValue, v: &str) -> bool {
    match kind {
        ThemeValue::Colour => is_colour(v),
        ThemeValue::Font => is_font(v),
        ThemeValue::Length => is_length(v),
    }
}

fn is_colour(v: &str) -> bool {
    if let Some(hex) = v.strip_prefix('#') {
        return matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    }
    for f in ["rgb(", "rgba(", "hsl(", "hsla("] {
        if let Some(inner) = v.strip_prefix(f).and_then(|r| r.strip_suffix(')')) {
            return !inner.is_empty()
                && inner.len() <= 40
                && inner.bytes().all(|b| {
                    b.is_ascii_digit()
                        || b" .,%/-".contains(&b)
                        || b == b'd'
                        || b == b'e'
                        || b == b'g'
                });
        }
    }
    (3..=20).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_lowercase())
}

fn is_font(v: &str) -> bool {
    (1..=80).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" ,-'\"".contains(&b))
}

fn is_length(v: &str) -> bool {
    let unit = ["rem", "px", "em"].iter().find(|u| v.ends_with(*u));
    let Some(unit) = unit else {
        return v == "0";
    };
    let number = &v[..v.len() - unit.len()];
    (1..=6).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.bytes().filter(|&b| b == b'.').count() <= 1
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(search: &str, theme: &[(&str, &str)], refused: &[&str]) {
        let c = parse(search);
        let got: Vec<(&str, &str)> = c.theme.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(got, theme, "{search}");
        assert_eq!(c.refused, refused, "{search}");
    }

    #[test]
    fn only_safe_theme_values_pass() {
        check("?accent=%23c0ffee", &[("--opsfit-accent", "#c0ffee")], &[]);
        check(
            "?accent=rgb(10%2C20%2C30)",
            &[("--opsfit-accent", "rgb(10,20,30)")],
            &[],
        );
        check("?bg=transparent", &[("--opsfit-bg", "transparent")], &[]);
        check(
            "?font=Georgia%2C+serif",
            &[("--opsfit-font", "Georgia, serif")],
            &[],
        );
        check(
            "?radius=4px&space=1.5rem",
            &[("--opsfit-radius", "4px"), ("--opsfit-space", "1.5rem")],
            &[],
        );
        check("?accent=red;background:url(x)", &[], &["accent"]);
        check("?accent=url(javascript:x)", &[], &["accent"]);
        check("?font=a%7Bb%7D", &[], &["font"]);
        check("?radius=1e9px", &[], &["radius"]);
        check("?radius=calc(1px)", &[], &["radius"]);
        check("?colour=blue", &[], &["colour"]);
        check("?font=%E2%82%AC%", &[], &["font"]);
    }

    #[test]
    fn embed_mode_and_events() {
        let c = parse("?embed=blog-1&origin=https%3A%2F%2Fexample.org&events=complete");
        assert_eq!(c.id.as_deref(), Some("blog-1"));
        assert_eq!(c.origin.as_deref(), Some("https://example.org"));
        assert!(c.may_send(EventKind::Complete));
        assert!(!c.may_send(EventKind::Progress), "not asked for");
        let none = parse("?embed=x&events=complete");
        assert!(!none.may_send(EventKind::Complete), "no origin, no data");
        assert!(!parse("?embed=Bad%20Id").is_embedded());
    }

    #[test]
    fn origins_are_exactly_scheme_host_and_port() {
        for ok in [
            "https://example.org",
            "http://127.0.0.1:8080",
            "http://localhost:4173",
        ] {
            assert!(is_origin(ok), "{ok}");
        }
        for bad in [
            "*",
            "null",
            "example.org",
            "https://",
            "https://a.org/",
            "https://a.org:",
            "javascript:alert(1)",
            "https://a b",
        ] {
            assert!(!is_origin(bad), "{bad}");
        }
    }

    #[test]
    fn the_host_is_told_only_what_the_person_did_in_this_page() {
        use EventKind::{Complete, Progress};
        // (opened with (answered, finished), then each state, events due each time)
        type Case = (
            (usize, bool),
            &'static [((usize, bool), &'static [EventKind])],
        );
        let cases: &[Case] = &[
            ((25, true), &[((25, true), &[])]),
            ((0, false), &[((0, false), &[]), ((1, false), &[Progress])]),
            (
                (24, false),
                &[((25, false), &[Progress]), ((25, true), &[Complete])],
            ),
            ((25, false), &[((25, true), &[Complete]), ((25, true), &[])]),
            (
                (25, true),
                &[((0, false), &[Progress]), ((1, false), &[Progress])],
            ),
        ];
        for (start, steps) in cases {
            let mut told = Told::new(start.0, start.1);
            for ((answered, finished), due) in steps.iter() {
                assert_eq!(&told.next(*answered, *finished), due, "from {start:?}");
            }
        }
    }

    #[test]
    fn the_ready_event_names_refused_parameters() {
        assert_eq!(parse("?embed=x&accent=red").ready_fields(), "");
        assert_eq!(
            parse("?embed=x&accent=url(x)&font=a%7Bb%7D").ready_fields(),
            r#""refused":["accent","font"]"#
        );
    }

    #[test]
    fn event_fields_are_json_with_every_id_escaped() {
        let complete = complete_fields("s\"re", [("s\"re", 64), ("dev</ops", 36)]);
        let parsed = json::parse(&format!("{{{complete}}}")).unwrap();
        assert_eq!(
            parsed.get("outcome").and_then(json::Json::as_str),
            Some("s\"re")
        );
        let percent = parsed.get("percent").unwrap();
        assert_eq!(percent.get("s\"re").and_then(json::Json::as_i64), Some(64));
        assert_eq!(
            percent.get("dev</ops").and_then(json::Json::as_i64),
            Some(36)
        );
        let progress = json::parse(&message(EventKind::Progress, &progress_fields(3, 25))).unwrap();
        assert_eq!(
            progress.get("type").and_then(json::Json::as_str),
            Some("progress")
        );
        assert_eq!(
            progress.get("source").and_then(json::Json::as_str),
            Some("opsfit")
        );
        let ready = json::parse(&message(EventKind::Ready, "")).unwrap();
        assert_eq!(ready.as_object().map(<[_]>::len), Some(2));
        let resize = json::parse(&message(EventKind::Resize, &resize_fields(640))).unwrap();
        assert_eq!(resize.get("height").and_then(json::Json::as_i64), Some(640));
        assert_eq!(progress.get("total").and_then(json::Json::as_i64), Some(25));
    }
}
