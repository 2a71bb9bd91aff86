//! The language control's browser side: which link a click chose, and
//! keeping the choice while going to that build.

use crate::browser::storage::Store;
use crate::domain::language::{address, CHOICE_KEY};
use crate::domain::shipped::{LOCALE, LOCALES};
use wasm_bindgen::JsCast;

/// The language whose link a click landed on, if any.
pub fn chosen(ev: &web_sys::MouseEvent) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[hreflang]").ok().flatten())
        .and_then(|a| a.get_attribute("hreflang"))
}

pub fn switch(to: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let kept = Store::open().write(CHOICE_KEY, to).is_ok();
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let single_file = location.protocol().is_ok_and(|p| p == "file:");
    let reference = LOCALES[0].0;
    let mut target = address(LOCALE, to, reference, &search, &hash, single_file);
    if !kept && !single_file {
        // Storage refused the choice: the address carries it instead.
        target = with_param(&target, to);
    }
    let _ = location.replace(&target);
}

fn with_param(target: &str, to: &str) -> String {
    let (before, hash) = target.split_once('#').unwrap_or((target, ""));
    let mut out = String::from(before);
    out.push(if before.contains('?') { '&' } else { '?' });
    out.push_str("lang=");
    out.push_str(to);
    if !hash.is_empty() {
        out.push('#');
        out.push_str(hash);
    }
    out
}
