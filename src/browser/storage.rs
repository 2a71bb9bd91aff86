//! The one place that touches `web_sys::Storage`.
//!
//! Local storage can be missing, can throw on access (a blocked third-party
//! iframe, a private window, a sandbox) or can refuse writes (quota). Every
//! such case turns into [`Store::Memory`]: the app keeps working and says
//! that progress will not be kept.
//!
//! `gloo-storage` is not used for access: its `LocalStorage::raw()` panics
//! when the browser blocks storage, which is exactly the case to survive.

use wasm_bindgen::JsValue;

use crate::domain::record::KEY_PREFIX;

/// Where progress goes.
pub enum Store {
    /// The browser's local storage, checked to accept writes.
    Local(web_sys::Storage),
    /// Nothing persists: storage is blocked, missing or full.
    Memory,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// A key without the `opsfit:` prefix: other sites' data is never touched.
    ForeignKey,
    /// The browser refused the write, usually for quota.
    Refused(String),
    /// There is no storage to write to.
    Unavailable,
}

const PROBE_KEY: &str = "opsfit:probe";

impl Store {
    /// Opens local storage if the browser lets this page use it.
    pub fn open() -> Store {
        let Some(window) = web_sys::window() else {
            return Store::Memory;
        };
        match window.local_storage() {
            Ok(Some(storage)) => {
                let writable = storage.set_item(PROBE_KEY, "1").is_ok()
                    && storage.remove_item(PROBE_KEY).is_ok();
                if writable {
                    Store::Local(storage)
                } else {
                    Store::Memory
                }
            }
            _ => Store::Memory,
        }
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self, Store::Local(_))
    }

    pub fn read(&self, key: &str) -> Option<String> {
        match self {
            Store::Local(s) if key.starts_with(KEY_PREFIX) => s.get_item(key).ok().flatten(),
            _ => None,
        }
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !key.starts_with(KEY_PREFIX) {
            return Err(StoreError::ForeignKey);
        }
        match self {
            Store::Local(s) => s
                .set_item(key, value)
                .map_err(|e| StoreError::Refused(describe(&e))),
            Store::Memory => Err(StoreError::Unavailable),
        }
    }

    pub fn remove(&self, key: &str) -> Result<(), StoreError> {
        if !key.starts_with(KEY_PREFIX) {
            return Err(StoreError::ForeignKey);
        }
        match self {
            Store::Local(s) => s
                .remove_item(key)
                .map_err(|e| StoreError::Refused(describe(&e))),
            Store::Memory => Err(StoreError::Unavailable),
        }
    }
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| js_sys::Reflect::get(e, &"name".into()).ok()?.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
