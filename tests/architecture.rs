//! The rules of ARCHITECTURE.md that are about where code lives, checked on
//! the source text, so a change that breaks one fails a test rather than
//! waiting for a reviewer.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under a folder of the crate, with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    assert!(!out.is_empty(), "no sources under {dir}");
    out
}

/// The files under `dir` whose code (comments aside) has `needle`.
fn mentioning(dir: &str, needle: &str) -> Vec<String> {
    sources(dir)
        .into_iter()
        .filter(|(_, text)| {
            text.lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .any(|l| l.contains(needle))
        })
        .map(|(path, _)| {
            let path = path.to_string_lossy();
            path[path.find("src/").unwrap_or(0)..].to_string()
        })
        .collect()
}

#[test]
fn the_domain_imports_no_browser_ui_or_serde_crate() {
    for needle in [
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "log::",
        "serde",
    ] {
        assert_eq!(
            mentioning("src/domain", needle),
            Vec::<String>::new(),
            "{needle}"
        );
    }
}

#[test]
fn only_the_browser_shell_calls_browser_apis() {
    // Components may name an element's type; every call goes through
    // `browser::`.
    for needle in ["web_sys::window", "js_sys::", "wasm_bindgen::", "gloo"] {
        assert_eq!(
            mentioning("src/ui", needle),
            Vec::<String>::new(),
            "{needle}"
        );
    }
    assert_eq!(
        mentioning("src", "web_sys::Storage"),
        vec!["src/browser/storage.rs".to_string()]
    );
}

#[test]
fn the_one_inner_html_is_the_build_time_language_control() {
    assert_eq!(
        mentioning("src", "inner_html"),
        vec!["src/ui/language_control.rs".to_string()]
    );
    let control = fs::read_to_string("src/ui/language_control.rs").unwrap();
    assert!(control.contains("inner_html=links"));
    // Its HTML is one of the two build-time constants.
    assert!(control.contains("LANGUAGE_CONTROL_FILE") && control.contains("LANGUAGE_CONTROL\n"));
}

#[test]
fn pages_never_name_a_language_or_its_statics() {
    for (path, text) in sources("src/ui") {
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .collect();
        for name in ["QUIZ", "LIBRARY", "UI", "LOCALE", "REFERENCE_LOCALE"] {
            assert!(!words.contains(&name), "{} names {name}", path.display());
        }
    }
}

#[test]
fn the_browser_build_has_no_toml_parser_and_no_serde() {
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let mut section = "";
    for line in manifest.lines() {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let name = line.split(['=', ' ']).next().unwrap_or("");
        if ["serde", "toml", "serde_json", "gloo-storage"].contains(&name) {
            let native = section.contains("not(target_arch = \"wasm32\")")
                || section == "[build-dependencies]";
            assert!(native, "{name} in {section}");
        }
    }
}
