//! The language control, in the header of every screen: a labelled group of
//! native links, one per shipped language in its own name, the current one
//! marked. A link goes to that language's build; a click also keeps the
//! choice and the screen (the hash route), which a static address cannot.
//! The links are HTML made by build.rs (`LANGUAGE_CONTROL`): a view built
//! here cost the wasm about 1.5 KiB brotli (ARCHITECTURE.md).

use leptos::prelude::*;

use crate::browser::language;
use crate::domain::shipped::{LANGUAGE_CONTROL, LANGUAGE_CONTROL_FILE};
use crate::ui::ctx::use_ctx;

#[component]
pub fn LanguageControl() -> impl IntoView {
    // Mounted into a host's page by mount.js, the links would be relative to
    // the host's address: the host picks the language by which build's
    // mount.js it imports (`…/es/mount.js`), as README "Embedding" says.
    // Opened from disk, the links name the single file's siblings.
    let links = if language::is_single_file() {
        LANGUAGE_CONTROL_FILE
    } else {
        LANGUAGE_CONTROL
    };
    (!use_ctx().mounted).then(|| {
        view! {
            <nav class="language" aria-labelledby="language-label" inner_html=links on:click=|ev| {
                if let Some(id) = language::chosen(&ev) {
                    ev.prevent_default();
                    language::switch(&id);
                }
            }></nav>
        }
    })
}
