//! Service-worker glue on the Rust side. Registration and update detection
//! live in `web/register.js`, which registers once the page has loaded, so
//! that precaching does not compete with the first question.

/// Activates the waiting version and reloads, or just reloads.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let apply = js_sys::Reflect::get(&window, &"opsfitApplyUpdate".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    match apply {
        Some(f) => {
            let _ = f.call0(&window);
        }
        None => {
            let _ = window.location().reload();
        }
    }
}

/// Whether `register.js` found a new version waiting before the app mounted
/// (its `opsfit-update` event is fired once and may come first).
pub fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"opsfitUpdateReady".into()).ok())
        .is_some_and(|v| v.is_truthy())
}
