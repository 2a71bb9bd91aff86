//! The language control, in the header of every screen: a labelled group of
//! native links, one per shipped language in its own name, the current one
//! marked. A link goes to that language's build; a click also keeps the
//! choice and the screen (the hash route), which a static address cannot.
//! The links are HTML made by build.rs (`LANGUAGE_CONTROL`): a view built
//! here cost the wasm about 1.5 KiB brotli (ARCHITECTURE.md).

use leptos::prelude::*;

use crate::browser::language;
use crate::domain::shipped::LANGUAGE_CONTROL;
use crate::ui::ctx::use_ctx;

#[component]
pub fn LanguageControl() -> impl IntoView {
    // Mounted into a host's page by mount.js, the links would be relative to
    // the host's address: the host picks the language by which build's
    // mount.js it imports (`…/es/mount.js`), as README "Embedding" says.
    let nav = NodeRef::<leptos::html::Nav>::new();
    Effect::new(move |_| {
        if let Some(nav) = nav.get() {
            language::point_links_at_files(&nav);
        }
    });
    (!use_ctx().mounted).then(|| view! {
        <nav class="language" aria-labelledby="language-label" node_ref=nav inner_html=LANGUAGE_CONTROL on:click=|ev| {
            if let Some(id) = language::chosen(&ev) {
                ev.prevent_default();
                language::switch(&id);
            }
        }></nav>
    })
}
