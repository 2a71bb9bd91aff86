//! Service-worker glue on the Rust side. Registration and update detection
//! live in `web/register.js`, which registers once the app has drawn its
//! first screen, so that precaching does not compete with the first
//! question, and the app is already listening for `opsfit-update`.

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
