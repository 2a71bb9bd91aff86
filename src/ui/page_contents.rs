//! A way around long pages: the section the address names, the way back to
//! the top, and the ending that leads on. The "On this page" list itself is
//! part of the page text (`domain::page_tree`); a section's address is a
//! route (`#/learn/sre/tools`, see `domain::route::Place`), so it can be
//! kept and shared, and the hash router never sees a bare `#id`.

use leptos::prelude::*;

use crate::browser::page;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::ui::ctx::{use_content, use_ctx};

/// The section of the page the address names, if any; provided by the app.
#[derive(Clone, Copy)]
pub struct Section(pub ReadSignal<Option<String>>);

/// Back to the top of the page, with focus on the main region.
#[component]
pub fn BackToTop() -> impl IntoView {
    let Content { ui, .. } = use_content();
    let mounted = use_ctx().mounted;
    view! {
        <button type="button" class="link to-top" on:click=move |_| {
            // Mounted, the host's page keeps its scroll: the app's own top
            // comes into view instead.
            if mounted {
                page::focus_section("opsfit-main");
            } else {
                page::focus_main("main", true);
            }
        }>
            {ui.back_to_top}
        </button>
    }
}

/// The end of a long page: on to the person's result once there is one,
/// back into the quiz if it is under way, or into it.
#[component]
pub fn LeadOn() -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    // Read once: the page is redrawn when the person comes back to it.
    let (href, text) = ctx.session.with_untracked(|s| {
        let p = &s.progress;
        if p.is_finished() {
            (Route::Result.hash(), ui.see_result)
        } else if let Some(last) = s.history.last() {
            (Route::Shared(last.token.clone()).hash(), ui.see_result)
        } else if p.is_started() {
            (Route::Quiz.hash(), ui.continue_quiz)
        } else {
            (Route::Quiz.hash(), ui.learn_take_quiz)
        }
    });
    view! {
        <div class="lead-on actions no-print">
            <a class="button primary" href=href>{text}</a>
        </div>
    }
}
