//! The address bar: reading and setting the hash route.

pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Milliseconds since the epoch, for save times.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
