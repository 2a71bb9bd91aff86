//! The text of a learn, compare or method screen, which is page data
//! (`browser::page_data`): the screen's heading is in the wasm and shows at
//! once; below it, a short loading line until the file is in, then the
//! text, or a message with a retry when the fetch fails.
//!
//! A screen that needs page data calls [`page_text`] with what to show from
//! the library: a `domain::page_tree` builder (plain elements and text,
//! tested natively), written into the DOM by `browser::page_tree`. The
//! first call fetches the file, later ones have it at once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{page, page_data, page_tree};
use crate::domain::content::Library;
use crate::domain::page_tree::{heading_id, Sink, Words};
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::Section;

#[derive(Clone, Copy, PartialEq)]
enum State {
    /// Not asked for yet, or asked for by no screen since a failure.
    Idle,
    Loading,
    Failed,
    Ready(&'static Library),
}

/// Where the page data file is, for every screen at once: two screens (the
/// result's path and its start line) that ask together share one fetch,
/// and a retry on one is a retry on all. Provided once, by the app.
#[derive(Clone, Copy)]
pub struct PageData(RwSignal<State>);

impl Default for PageData {
    fn default() -> PageData {
        PageData(RwSignal::new(
            page_data::loaded().map_or(State::Idle, State::Ready),
        ))
    }
}

/// What a screen shows from the library, once it is loaded; the `&str` is
/// the `arg` given to [`page_text`] (a learn page's id).
pub type Body = fn(&'static Library, Words, &str, &mut dyn Sink);

pub fn page_text(body: Body, arg: String) -> impl IntoView {
    let Content { ui, quiz, .. } = use_content();
    let words = Words { quiz, ui };
    let PageData(state) = expect_context::<PageData>();
    let fetch = move || {
        state.set(State::Loading);
        spawn_local(async move {
            let next = page_data::load().await.map_or(State::Failed, State::Ready);
            state.set(next);
        })
    };
    // A screen that needs the text after a failure tries once more.
    if matches!(state.get_untracked(), State::Idle | State::Failed) {
        fetch();
    }
    // On arrival at a section's address (a link, a reload, back or
    // forward), once the text is drawn.
    let Section(section) = expect_context::<Section>();
    let drawn = RwSignal::new(false);
    Effect::new(move |_| {
        if let (Some(id), true) = (section.get(), drawn.get()) {
            page::focus_section(&heading_id(&id));
        }
    });
    move || match state.get() {
        State::Ready(library) => {
            let holder = NodeRef::<leptos::html::Div>::new();
            let arg = arg.clone();
            holder.on_load(move |el| {
                body(library, words, &arg, &mut page_tree::Dom::new(el.into()));
                drawn.set(true);
            });
            // A contents link to the address already shown changes no hash:
            // move to its section all the same.
            let again = move |ev: leptos::ev::MouseEvent| {
                if let Some(id) = page::clicked_section(&ev) {
                    page::focus_section(&heading_id(&id));
                }
            };
            view! { <div class="page-text" node_ref=holder on:click=again></div> }.into_any()
        }
        State::Idle | State::Loading => {
            view! { <p class="page-loading" role="status">{ui.page_loading}</p> }.into_any()
        }
        State::Failed => view! {
            <div class="page-failed" role="alert">
                <p>{ui.page_load_failed}</p>
                <button type="button" on:click=move |_| fetch()>{ui.page_retry}</button>
            </div>
        }
        .into_any(),
    }
}
