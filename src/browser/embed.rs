//! The embed bridge: reads the host's wishes from the URL, themes the page,
//! and tells the host what happens through `postMessage`, only to the origin
//! the host named.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::embed::{self, EmbedConfig, EventKind};

/// The host's wishes, read once from the address.
pub fn config() -> EmbedConfig {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    embed::parse(&search)
}

/// Sets the validated theme values as CSS custom properties, and marks the
/// page as embedded so the stylesheet drops the site chrome.
pub fn apply(config: &EmbedConfig) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    apply_to(&root, config);
    if config.is_embedded() {
        let _ = root.class_list().add_1("embedded");
    }
}

/// Sets the validated theme values as CSS custom properties of an element.
fn apply_to(element: &web_sys::HtmlElement, config: &EmbedConfig) {
    let style = element.style();
    for (property, value) in &config.theme {
        let _ = style.set_property(property, value);
    }
}

/// Sends `{ source: "opsfit", type, ...fields }` to the host, if the host
/// asked for this kind of event and named its origin.
pub fn send(config: &EmbedConfig, kind: EventKind, fields_json: &str) {
    if !config.is_embedded() || !config.may_send(kind) {
        return;
    }
    let Some(origin) = config.origin.as_deref() else {
        return;
    };
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    if let Ok(message) = js_sys::JSON::parse(&embed::message(kind, fields_json)) {
        let _ = parent.post_message(&message, origin);
    }
}

/// Reports the page height whenever it changes, so the host's iframe fits
/// its content with no inner scrollbar.
pub fn watch_height(config: EmbedConfig) {
    if !config.is_embedded() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let mut last = u32::MAX;
    let report = Closure::<dyn FnMut()>::new(move || {
        let height = document
            .document_element()
            .map(|e| e.get_bounding_client_rect().height())
            .unwrap_or(0.0)
            .ceil() as u32;
        if height != last {
            last = height;
            send(&config, EventKind::Resize, &embed::resize_fields(height));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    report.forget();
}
