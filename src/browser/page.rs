//! The page around the app: printing, the clipboard and the address.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

/// Focuses an element, such as a new screen's main region. `scroll_page`
/// scrolls the window to its top first, for the app's own page; an app
/// mounted into a host's page moves neither the host's scroll nor its
/// focus outside the app, so it focuses without scrolling.
pub fn focus(element: &web_sys::HtmlElement, scroll_page: bool) {
    if scroll_page {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// In an app mounted into a host's page, the app's own links (`#/…`) change
/// its route through `go` instead of the host's address.
pub fn keep_links_inside(element: &web_sys::HtmlElement, go: impl Fn(&str) + 'static) {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let href = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href^='#/']").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(href) = href {
            ev.prevent_default();
            go(&href);
        }
    });
    let _ = element.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // Lives as long as the app.
    on_click.forget();
}
