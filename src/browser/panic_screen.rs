//! When the wasm panics, the app cannot go on: the page is replaced by a
//! plain, recoverable error screen instead of freezing. It is built with DOM
//! calls only (nothing of Leptos, which may be mid-update), and its button
//! reloads through an HTML attribute, because the wasm is dead by then.

use crate::domain::shipped::UI_EN;

/// Installs the hook once, at start-up.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show();
    }));
}

/// Replaces the page with the error screen.
pub fn show() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        show_in(&body);
    }
}

/// Replaces the content of one element with the error screen.
pub fn show_in(container: &web_sys::HtmlElement) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        container.set_text_content(None);
        let main = document.create_element("main")?;
        main.set_attribute("class", "crashed")?;
        main.set_attribute("role", "alert")?;
        let heading = document.create_element("h1")?;
        heading.set_text_content(Some(UI_EN.crash_title));
        let text = document.create_element("p")?;
        text.set_text_content(Some(UI_EN.crash_saved));
        let button = document.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_attribute("class", "primary")?;
        button.set_attribute("onclick", "location.reload()")?;
        button.set_text_content(Some(UI_EN.reload));
        main.append_child(&heading)?;
        main.append_child(&text)?;
        main.append_child(&button)?;
        container.append_child(&main)?;
        Ok(())
    };
    let _ = build();
}
