//! The page around the app: printing, the clipboard and the address.

use wasm_bindgen::prelude::Closure;
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

thread_local! {
    static MOUNT_BASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Where the build's files are, when it is not the page's own address: a
/// host page that mounts the app (`mount.js`) names the folder of mount.js.
pub fn set_mount_base(base: String) {
    MOUNT_BASE.with(|b| *b.borrow_mut() = base);
}

/// The build's folder as mount.js named it; empty on the app's own page,
/// where the build's files are relative to the page.
pub fn mount_base() -> String {
    MOUNT_BASE.with(|b| b.borrow().clone())
}

/// The app's own address, for links that others open: the build's folder
/// in a mounted app (the host's page is not the app), else the page's
/// address without its query (an iframe's `?embed=…&origin=…` is the host's
/// wiring, not the result) and fragment.
pub fn app_url() -> String {
    let base = mount_base();
    if !base.is_empty() {
        return base;
    }
    // From the href, not origin + pathname: a file opened from disk has the
    // origin "null".
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| {
            href.split(['?', '#'])
                .next()
                .unwrap_or_default()
                .to_string()
        })
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

/// Focuses an element, scrolling it into view unless `prevent_scroll`.
pub fn focus(element: &web_sys::HtmlElement, prevent_scroll: bool) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(prevent_scroll);
    let _ = element.focus_with_options(&options);
}

/// Focuses the app's main region, as a new screen does. `scroll_page`
/// scrolls the window to the top first, so the site header stays in view:
/// on the app's own page, never on a host's page the app is mounted into.
pub fn focus_main(id: &str, scroll_page: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if scroll_page {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if let Some(main) = element_by_id(id) {
        focus(&main, true);
    }
}

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    element(id)?.dyn_into::<web_sys::HtmlElement>().ok()
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

/// The `data-act` of the button a click landed on.
pub fn clicked_act(ev: &web_sys::MouseEvent) -> Option<String> {
    clicked_attr(ev, "data-act")
}

/// An attribute of the `data-act` element a click landed in.
pub fn clicked_attr(ev: &web_sys::MouseEvent, name: &str) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-act]").ok()??.get_attribute(name)
}

/// The element with this id.
pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Whether an event happened on the element with this id.
pub fn is_on(ev: &web_sys::Event, id: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.id() == id)
}

/// The value of a radio button of this name that an event changed.
pub fn changed_radio(ev: &web_sys::Event, name: &str) -> Option<String> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    (input.name() == name && input.checked()).then(|| input.value())
}

/// The value of the input or text area with this id.
pub fn field_value(id: &str) -> Option<String> {
    // Both have a `value` property.
    let element = element(id)?;
    js_sys::Reflect::get(&element, &"value".into())
        .ok()?
        .as_string()
}

/// Sets the value of the input or text area with this id.
pub fn set_field_value(id: &str, value: &str) {
    if let Some(element) = element(id) {
        let _ = js_sys::Reflect::set(&element, &"value".into(), &value.into());
    }
}

/// Sets the text of the element with this id (a status line, so it is
/// announced).
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = element(id) {
        el.set_text_content(Some(text));
    }
}

/// The section an "On this page" link names, when a click lands on one.
pub fn clicked_section(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest(".toc a").ok()??;
    Place::parse(&link.get_attribute("href")?).section
}

/// In an app mounted into a host's page, the app's own links (`#/…`) change
/// its route through `go` instead of the host's address. With a modifier
/// too: a new tab would open the host's page, not the app's screen.
pub fn keep_links_inside(element: &web_sys::HtmlElement, go: impl Fn(&str) + 'static) {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
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
