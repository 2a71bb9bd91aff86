//! The text of a screen the first load leaves out (learn, compare,
//! method, the result's text), which the pages module draws
//! (`browser::pages_module`): the screen's heading is in the app and shows
//! at once; below it, a short loading line until the module is in, then
//! the text, or a message with a retry when the fetch fails.
//!
//! A screen calls [`page_text`] with what to draw (`domain::screens::Draw`)
//! and its argument; the module's answer is replayed into the DOM by
//! `browser::page_tree`. The first call fetches the module, later ones
//! have it at once.

use leptos::prelude::*;

use crate::browser::{page, pages_module};
use crate::domain::page_tree::heading_id;
use crate::domain::screens::{self, Draw};
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::Section;

#[derive(Clone, Copy, PartialEq)]
enum State {
    /// Not asked for yet, or asked for by no screen since a failure.
    Idle,
    Loading,
    Failed,
    Ready,
}

/// Where the pages module is, for every screen at once: one fetch however
/// many screens ask, and a retry on one is a retry on all. Provided once,
/// by the app.
#[derive(Clone, Copy)]
pub struct ModuleState(RwSignal<State>);

impl Default for ModuleState {
    fn default() -> ModuleState {
        ModuleState(RwSignal::new(if pages_module::loaded() {
            State::Ready
        } else {
            State::Idle
        }))
    }
}

pub fn page_text(draw: Draw, arg: String) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ModuleState(state) = expect_context::<ModuleState>();
    let fetch = move || {
        state.set(State::Loading);
        pages_module::load(move |ok| state.set(if ok { State::Ready } else { State::Failed }));
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
        State::Ready => {
            let holder = NodeRef::<leptos::html::Div>::new();
            let request = screens::request(draw, &arg);
            holder.on_load(move |el| {
                pages_module::draw_into(el.into(), &request);
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

/// Draws a request again into the element with this id, which stays, so a
/// live region announces its new text.
pub fn redraw(id: &str, request: &str) {
    if let Some(element) = page::element(id) {
        pages_module::draw_into(element, request);
    }
}
