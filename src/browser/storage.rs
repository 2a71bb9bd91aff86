//! The one place that touches `web_sys::Storage`.
//!
//! Local storage can be missing or throw on access (a blocked third-party
//! iframe, a private window, a sandbox): that is [`Store::Memory`], and the
//! app says progress will not be kept. It can also refuse writes (a full
//! quota) while reading still works: the saved record is offered, and the
//! app says only that new answers will not be kept.
//!
//! `gloo-storage` is not used for access: its `LocalStorage::raw()` panics
//! when the browser blocks storage, which is exactly the case to survive.

use wasm_bindgen::JsValue;

use crate::domain::record::{RecordStore, KEY_PREFIX};

/// Where progress goes.
pub enum Store {
    /// The browser's local storage; `writable` when it accepted a write on
    /// opening.
    Local {
        storage: web_sys::Storage,
        writable: bool,
    },
    /// Nothing persists: storage is blocked or missing.
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
                Store::Local { storage, writable }
            }
            _ => Store::Memory,
        }
    }

    /// Whether writes are kept.
    pub fn is_persistent(&self) -> bool {
        matches!(self, Store::Local { writable: true, .. })
    }

    /// Whether what was saved before can be read.
    pub fn is_readable(&self) -> bool {
        matches!(self, Store::Local { .. })
    }

    pub fn read(&self, key: &str) -> Option<String> {
        match self {
            Store::Local { storage, .. } if key.starts_with(KEY_PREFIX) => {
                storage.get_item(key).ok().flatten()
            }
            _ => None,
        }
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !key.starts_with(KEY_PREFIX) {
            return Err(StoreError::ForeignKey);
        }
        match self {
            Store::Local { storage, .. } => storage
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
            Store::Local { storage, .. } => storage
                .remove_item(key)
                .map_err(|e| StoreError::Refused(describe(&e))),
            Store::Memory => Err(StoreError::Unavailable),
        }
    }
}

impl RecordStore for Store {
    fn can_read(&self) -> bool {
        self.is_readable()
    }

    fn can_write(&self) -> bool {
        self.is_persistent()
    }

    fn read(&self, key: &str) -> Option<String> {
        Store::read(self, key)
    }

    fn write(&self, key: &str, value: &str) -> bool {
        Store::write(self, key, value).is_ok()
    }

    fn remove(&self, key: &str) -> bool {
        Store::remove(self, key).is_ok()
    }
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| js_sys::Reflect::get(e, &"name".into()).ok()?.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
