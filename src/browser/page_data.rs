//! The page data file (ARCHITECTURE.md, "Page data"): the learn, compare
//! and method text, fetched the first time a screen needs it and kept for
//! the page's life. The single file carries it inline instead, in
//! `<script type="text/plain" id="opsfit-pages">`, since a page
//! opened from disk cannot fetch.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::content::{page_data, Library};
use crate::domain::shipped::PAGE_DATA;

thread_local! {
    // Decoded once, then lives as long as the page: every screen borrows it.
    static LOADED: Cell<Option<&'static Library>> = const { Cell::new(None) };
}

/// The library, if a screen has loaded it already.
pub fn loaded() -> Option<&'static Library> {
    LOADED.get()
}

/// The library, loading it if needed; `None` when the fetch fails (offline
/// before the service worker had it, a blocked request) or the file is not
/// this build's. Nothing is kept on failure, so a retry fetches again.
pub async fn load() -> Option<&'static Library> {
    if let Some(library) = loaded() {
        return Some(library);
    }
    let text = match inline() {
        Some(text) => text,
        // Beside mount.js in a mounted app; otherwise relative, so a build
        // works from any sub-path and `dist/es/` fetches its own file.
        None => {
            fetch_text(&[crate::browser::page::mount_base().as_str(), PAGE_DATA].concat()).await?
        }
    };
    let library: &'static Library = Box::leak(Box::new(page_data::decode(&text)?));
    LOADED.set(Some(library));
    Some(library)
}

fn inline() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id("opsfit-pages")?
        .text_content()
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
