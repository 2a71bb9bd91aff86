//! Mounts the app; nothing else. A page that sets `window.opsfitManualMount`
//! before loading the module mounts it itself with `mount_into`.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
fn main() {
    let manual = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"opsfitManualMount".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if !manual {
        opsfit::ui::app::mount();
    }
}

/// Mounts opsfit into the first element matching a CSS selector, without an
/// iframe. Returns false when no element matches. `base` is the address of
/// the build's folder (`mount.js` passes its own), where the pages module
/// is and where a share link leads: the host page's address is not.
/// `pages` is the pages module's file name in that folder.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount_into(selector: &str, base: Option<String>, pages: Option<String>) -> bool {
    if let Some(base) = base {
        opsfit::browser::page::set_mount_base(base);
    }
    if let Some(pages) = pages {
        opsfit::browser::pages_module::set_name(pages);
    }
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(el) => {
            opsfit::ui::app::mount_into(el);
            true
        }
        None => false,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("opsfit runs in the browser: build it with trunk (see README.md).");
}
