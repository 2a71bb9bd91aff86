//! The language control's browser side: which link a click chose, and
//! keeping the choice while going to that build.

use crate::browser::storage::Store;
use crate::domain::language::{address, with_choice, CHOICE_KEY};
use crate::domain::shipped::{LOCALE, REFERENCE_LOCALE};
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
    let single_file = is_single_file();
    let mut target = address(LOCALE, to, REFERENCE_LOCALE, &search, &hash, single_file);
    if !kept && !single_file {
        // Storage refused the choice: the address carries it instead.
        target = with_choice(&target, to);
    }
    let _ = location.replace(&target);
}

/// Opened from disk: the single file, whose languages are files beside it.
pub fn is_single_file() -> bool {
    web_sys::window().is_some_and(|w| w.location().protocol().is_ok_and(|p| p == "file:"))
}
