//! Locales: `content/locales.toml` lists them, the first is the reference
//! and holds the whole content; every other one holds text only and is laid
//! over the reference here, so weights, ids and addresses live once.
//!
//! The overlay works on the TOML tree, before the content parsers see it: a
//! locale is checked against the reference file it mirrors (missing, extra,
//! empty, non-text keys and `{hole}` mismatches, each naming the locale's file
//! and entry), then the merged tree goes through the same parsers as English.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::{Table, Value};

use super::content::model::Quiz;
use super::content::pages::Library;
use super::pages_source::load_library_with;
use super::source::{from_toml, parse_quiz, parse_ui, read, ContentError};

/// The files a locale translates; `personas.toml` is shared, never translated.
pub const TEXT_FILES: [&str; 8] = [
    "quiz.toml",
    "learn.toml",
    "compare.toml",
    "reference.toml",
    "method.toml",
    "paths.toml",
    "ui.toml",
    "page_ui.toml",
];

/// Keys whose string values are ids, addresses, machine dates or kinds: they
/// live once, in the reference locale, and a locale that repeats one is
/// refused (a translated id would silently break a link or a saved answer).
const NOT_TEXT: [&str; 15] = [
    "id",
    "kind",
    "part",
    "traits",
    "leaning",
    "source",
    "sources",
    "salaries",
    "certifications",
    "tools",
    "address",
    "reviewed",
    "dimensions",
    "expect",
    "answers",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    pub id: String,
    /// The language's name as its speakers write it, for the language control.
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocales {
    locale: Vec<RawLocale>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocale {
    id: String,
    name: String,
}

/// The reference locale: it must be listed first.
pub const REFERENCE: &str = "en";

/// `content/locales.toml`, checked: the reference first, ids unique and
/// lowercase, a folder for each.
pub fn list(content: &Path) -> Result<Vec<Locale>, Vec<ContentError>> {
    let (file, text) = read(&content.join("locales.toml"))?;
    let raw: RawLocales = from_toml(&file, &text)?;
    let mut errors = Vec::new();
    let mut error = |entry: String, message: String| {
        errors.push(ContentError {
            file: file.clone(),
            entry,
            message,
        })
    };
    if raw.locale.first().map(|l| l.id.as_str()) != Some(REFERENCE) {
        error(
            String::new(),
            format!("the first [[locale]] must be the reference, \"{REFERENCE}\""),
        );
    }
    let mut seen = Vec::new();
    for l in &raw.locale {
        let entry = format!("locale \"{}\"", l.id);
        let well_formed = !l.id.is_empty()
            && l.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit());
        if !well_formed {
            error(
                entry.clone(),
                "an id is a lowercase language tag such as \"es\" or \"pt-br\"".into(),
            );
        }
        if seen.contains(&l.id) {
            error(entry.clone(), "is listed twice".into());
        }
        if l.name.trim().is_empty() {
            error(entry.clone(), "`name` is empty".into());
        }
        if !content.join(&l.id).is_dir() {
            error(entry, format!("has no folder content/{}/", l.id));
        }
        seen.push(l.id.clone());
    }
    if errors.is_empty() {
        Ok(raw
            .locale
            .into_iter()
            .map(|l| Locale {
                id: l.id,
                name: l.name,
            })
            .collect())
    } else {
        Err(errors)
    }
}

/// One content file of a locale, as the parsers read it: the reference's own
/// text, or the locale's text laid over it. Errors name the locale's file.
pub fn read_file(
    content: &Path,
    locale: &str,
    name: &str,
) -> Result<(String, String), Vec<ContentError>> {
    let reference = read(&content.join(REFERENCE).join(name))?;
    if locale == REFERENCE {
        return Ok(reference);
    }
    let (file, text) = read(&content.join(locale).join(name))?;
    let merged = overlay(&reference.0, &reference.1, &file, &text)?;
    Ok((file, merged))
}

/// Everything one locale shows.
pub struct Loaded {
    pub quiz: Quiz,
    pub library: Library,
    pub ui: BTreeMap<String, String>,
    /// The words of the screens the pages module draws.
    pub page_ui: BTreeMap<String, String>,
}

pub fn load(content: &Path, locale: &str) -> Result<Loaded, Vec<ContentError>> {
    let mut errors = Vec::new();
    let quiz = read_file(content, locale, "quiz.toml")
        .and_then(|(file, text)| parse_quiz(&file, &text))
        .map_err(|e| errors.extend(e))
        .ok();
    let library = load_library_with(|name| read_file(content, locale, name))
        .map_err(|e| errors.extend(e))
        .ok();
    let mut words = |name| {
        read_file(content, locale, name)
            .and_then(|(file, text)| parse_ui(&file, &text))
            .map_err(|e| errors.extend(e))
            .ok()
    };
    let ui = words("ui.toml");
    let page_ui = words("page_ui.toml");
    match (quiz, library, ui, page_ui) {
        (Some(quiz), Some(library), Some(ui), Some(page_ui)) if errors.is_empty() => Ok(Loaded {
            quiz,
            library,
            ui,
            page_ui,
        }),
        _ => Err(errors),
    }
}

/// The reference file with every text replaced by the locale's, or every
/// mistake of the locale file, each naming its entry.
pub fn overlay(
    reference_file: &str,
    reference: &str,
    file: &str,
    text: &str,
) -> Result<String, Vec<ContentError>> {
    let base: Table = from_toml(reference_file, reference)?;
    let locale: Table = from_toml(file, text)?;
    let mut errors = Vec::new();
    let merged = merge_table(&base, &locale, "", &mut |entry, message| {
        errors.push(ContentError {
            file: file.to_string(),
            entry,
            message,
        })
    });
    if errors.is_empty() {
        Ok(toml::to_string(&merged).expect("a TOML table serialises"))
    } else {
        Err(errors)
    }
}

type Report<'a> = dyn FnMut(String, String) + 'a;

fn join(entry: &str, part: &str) -> String {
    if entry.is_empty() {
        part.to_string()
    } else {
        format!("{entry}: {part}")
    }
}

fn is_text(key: &str, value: &Value) -> bool {
    let strings = match value {
        Value::String(_) => true,
        Value::Array(items) => !items.is_empty() && items.iter().all(Value::is_str),
        _ => false,
    };
    strings && !NOT_TEXT.contains(&key)
}

/// Whether a locale translates anything under this key: tables of numbers
/// such as `moves` and `profile` are scoring, not text.
fn has_text(key: &str, value: &Value) -> bool {
    match value {
        Value::Table(t) => t.iter().any(|(k, v)| has_text(k, v)),
        Value::Array(items) if items.iter().all(Value::is_table) => {
            items.iter().any(|i| has_text(key, i))
        }
        v => is_text(key, v),
    }
}

fn is_table_array(value: &Value) -> bool {
    matches!(value, Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_table))
}

fn merge_table(base: &Table, locale: &Table, entry: &str, report: &mut Report) -> Table {
    let mut out = Table::new();
    for (key, value) in base {
        let theirs = locale.get(key);
        let merged = match value {
            v if key == "id" => {
                // Entries are matched by id already; it may be repeated, not changed.
                if theirs.is_some_and(|t| t != v) {
                    report(entry.to_string(), "`id` differs from the reference".into());
                }
                v.clone()
            }
            v if !has_text(key, v) => {
                if theirs.is_some() {
                    report(
                        entry.to_string(),
                        format!("`{key}` is not text: it lives once, in content/{REFERENCE}/, and a locale leaves it out"),
                    );
                }
                v.clone()
            }
            Value::Table(inner) => match theirs {
                Some(Value::Table(t)) => {
                    Value::Table(merge_table(inner, t, &join(entry, key), report))
                }
                Some(_) => {
                    report(entry.to_string(), format!("`{key}` must be a table"));
                    value.clone()
                }
                None => {
                    report(entry.to_string(), format!("the table `{key}` is missing"));
                    value.clone()
                }
            },
            v if is_table_array(v) => match theirs {
                Some(t) if is_table_array(t) => {
                    Value::Array(merge_entries(key, v, t, entry, report))
                }
                Some(_) => {
                    report(
                        entry.to_string(),
                        format!("`{key}` must be [[{key}]] entries"),
                    );
                    value.clone()
                }
                None => {
                    report(
                        entry.to_string(),
                        format!("the [[{key}]] entries are missing"),
                    );
                    value.clone()
                }
            },
            v if is_text(key, v) => match theirs {
                Some(t) => merge_text(key, v, t, entry, report),
                None => {
                    report(entry.to_string(), format!("the text `{key}` is missing"));
                    v.clone()
                }
            },
            v => {
                if theirs.is_some() {
                    report(
                        entry.to_string(),
                        format!("`{key}` is not text: it lives once, in content/{REFERENCE}/, and a locale leaves it out"),
                    );
                }
                v.clone()
            }
        };
        out.insert(key.clone(), merged);
    }
    for key in locale.keys() {
        if !base.contains_key(key) {
            report(
                entry.to_string(),
                format!("`{key}` is not in the reference file"),
            );
        }
    }
    out
}

fn merge_entries(
    key: &str,
    base: &Value,
    locale: &Value,
    entry: &str,
    report: &mut Report,
) -> Vec<Value> {
    let (Value::Array(base), Value::Array(locale)) = (base, locale) else {
        unreachable!("both are arrays of tables")
    };
    let id_of = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
    let by_id = base.iter().all(|b| id_of(b).is_some());
    let mut out = Vec::new();
    if by_id {
        for b in base {
            let id = id_of(b).unwrap_or_default();
            let name = join(entry, &format!("{key} \"{id}\""));
            match locale.iter().find(|l| id_of(l).as_deref() == Some(&id)) {
                Some(l) => out.push(Value::Table(merge_table(
                    b.as_table().expect("a table"),
                    l.as_table().expect("a table"),
                    &name,
                    report,
                ))),
                None => {
                    report(name, "this entry is missing".into());
                    out.push(b.clone());
                }
            }
        }
        for l in locale {
            let id = id_of(l);
            if !base.iter().any(|b| id_of(b) == id) {
                let id = id.unwrap_or_default();
                report(
                    join(entry, &format!("{key} \"{id}\"")),
                    "this entry is not in the reference file".into(),
                );
            }
        }
    } else {
        if base.len() != locale.len() {
            report(
                entry.to_string(),
                format!(
                    "{} [[{key}]] entries where the reference has {}: entries without an id are matched by position",
                    locale.len(),
                    base.len()
                ),
            );
        }
        for (i, b) in base.iter().enumerate() {
            let name = join(entry, &format!("{key} {}", i + 1));
            match locale.get(i) {
                Some(l) => out.push(Value::Table(merge_table(
                    b.as_table().expect("a table"),
                    l.as_table().expect("a table"),
                    &name,
                    report,
                ))),
                None => out.push(b.clone()),
            }
        }
    }
    out
}

fn merge_text(key: &str, base: &Value, locale: &Value, entry: &str, report: &mut Report) -> Value {
    let strings = |v: &Value| -> Option<Vec<String>> {
        match v {
            Value::String(s) => Some(vec![s.clone()]),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map(str::to_string))
                .collect(),
            _ => None,
        }
    };
    let same_shape = matches!(
        (base, locale),
        (Value::String(_), Value::String(_)) | (Value::Array(_), Value::Array(_))
    );
    let (Some(ours), Some(theirs)) = (strings(base), strings(locale)) else {
        report(
            entry.to_string(),
            format!("`{key}` must be text like the reference's"),
        );
        return base.clone();
    };
    if !same_shape {
        report(
            entry.to_string(),
            format!(
                "`{key}` must be a {} like the reference's",
                if base.is_str() {
                    "string"
                } else {
                    "list of strings"
                }
            ),
        );
        return base.clone();
    }
    if theirs.is_empty() || theirs.iter().any(|s| s.trim().is_empty()) {
        report(entry.to_string(), format!("`{key}` is empty"));
    }
    let holes = |texts: &[String]| {
        let mut all: Vec<String> = texts.iter().flat_map(|t| holes_in(t)).collect();
        #[allow(clippy::disallowed_methods)] // native only: build.rs and tests
        all.sort_unstable();
        all
    };
    if holes(&ours) != holes(&theirs) {
        report(
            entry.to_string(),
            format!(
                "`{key}` has the holes {:?} where the reference has {:?}; keep every {{hole}} as it is",
                holes(&theirs),
                holes(&ours)
            ),
        );
    }
    locale.clone()
}

/// `{name}` placeholders, as the templates fill them.
pub fn holes_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end)
                if end > 0
                    && after[..end]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                out.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    out
}
