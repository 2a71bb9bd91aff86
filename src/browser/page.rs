//! The page around the app: printing, the clipboard and the address.

use wasm_bindgen::{JsCast, JsValue};

use crate::domain::route::Place;

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Copies text with the async clipboard API; false when the browser refuses
/// (no permission, an insecure context, or a sandboxed iframe).
pub fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let call = || -> Result<(), JsValue> {
        let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into())?;
        let write: js_sys::Function =
            js_sys::Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
        write.call1(&clipboard, &text.into())?;
        Ok(())
    };
    call().is_ok()
}

/// The address of the app without its fragment, for links that others open.
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Percent-encodes text for a `data:` URL.
pub fn uri_component(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves keyboard focus to an element, such as the main region after "skip to content".
pub fn focus_by_id(id: &str) {
    if let Some(el) = element_by_id(id) {
        let _ = el.focus();
    }
}

/// Whether an event happened on a button, whose own Enter must not be doubled.
pub fn is_on_button(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
        .is_some()
}

/// Selects all text of the input an event happened on, so a link is ready to copy.
pub fn select_text(ev: &web_sys::Event) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Scrolls to the top and focuses an element without scrolling again, so
/// the site header stays in view.
pub fn focus_main_top(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(el) = element_by_id(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Brings a section's heading into view and gives it focus, so reading and
/// keyboard both go on from there. The heading takes focus only from script
/// (`tabindex="-1"`).
pub fn focus_section(id: &str) {
    if let Some(el) = element_by_id(id) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        el.scroll_into_view();
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The section an "On this page" link names, when a click lands on one.
pub fn clicked_section(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest(".toc a").ok()??;
    Place::parse(&link.get_attribute("href")?).section
}
