//! When the wasm panics, the app cannot go on: the page is replaced by a
//! plain, recoverable error screen instead of freezing. It is built with DOM
//! calls only (nothing of Leptos, which may be mid-update). Its button calls
//! the browser's own `location.reload`, bound to the page's location: the
//! wasm is dead by then, and the Content Security Policy forbids an
//! `onclick` attribute or any code made from a string.

use std::cell::RefCell;

use crate::domain::shipped;

thread_local! {
    /// Where the screen goes: the element the app was mounted into, so that
    /// a page embedding opsfit without an iframe keeps the rest of itself.
    /// None means the whole page. (A panic hook must be `Send`, and an
    /// element is not, hence a thread local; the wasm has one thread.)
    static TARGET: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

/// Installs the hook once, at start-up, for an app that owns the page.
pub fn install() {
    set_hook();
}

/// Installs the hook for an app mounted into `container`.
pub fn install_in(container: web_sys::HtmlElement) {
    TARGET.with(|t| *t.borrow_mut() = Some(container));
    set_hook();
}

fn set_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let target = TARGET
            .try_with(|t| t.try_borrow().ok().and_then(|t| t.clone()))
            .ok()
            .flatten();
        match target {
            Some(container) => show_in(&container),
            None => show(),
        }
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
    // The engine was built when the app started, so this only reads statics.
    let ui = shipped::content().ui;
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        container.set_text_content(None);
        let main = document.create_element("main")?;
        main.set_attribute("class", "crashed")?;
        main.set_attribute("role", "alert")?;
        let heading = document.create_element("h1")?;
        heading.set_text_content(Some(ui.crash_title));
        let text = document.create_element("p")?;
        text.set_text_content(Some(ui.crash_saved));
        let button = document.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_attribute("class", "primary")?;
        let location = document.location().ok_or(wasm_bindgen::JsValue::NULL)?;
        let reload = js_sys::Reflect::get(&location, &"reload".into())?;
        if !reload.is_function() {
            return Err(reload);
        }
        // Not `dyn_into`: in a frame, the function belongs to another realm.
        let reload: js_sys::Function = wasm_bindgen::JsCast::unchecked_into(reload);
        button.add_event_listener_with_callback("click", &reload.bind0(&location))?;
        button.set_text_content(Some(ui.reload));
        main.append_child(&heading)?;
        main.append_child(&text)?;
        main.append_child(&button)?;
        container.append_child(&main)?;
        Ok(())
    };
    let _ = build();
}
