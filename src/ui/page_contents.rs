//! A way around long pages: the "On this page" list, the way back to the
//! top, and the ending that leads on. A section's address is a route
//! (`#/learn/sre/tools`, see `domain::route::Place`), so it can be kept and
//! shared, and the hash router never sees a bare `#id`.

use leptos::prelude::*;

use crate::browser::page;
use crate::domain::route::{Place, Route};
use crate::domain::shipped::Content;
use crate::ui::ctx::{use_content, use_ctx};

/// The section of the page the address names, if any; provided by the app.
#[derive(Clone, Copy)]
pub struct Section(pub ReadSignal<Option<String>>);

/// The DOM id of a section's heading: its content id, prefixed so it cannot
/// meet the app's own ids.
pub fn heading_id(section: &str) -> String {
    format!("section-{section}")
}

/// The contents of a long page: `items` are each section's content id and
/// heading, in order; `route` is the page's. Following a link moves to the
/// section and focuses its heading, which must carry [`heading_id`].
#[component]
pub fn PageContents(route: Route, items: Vec<(String, String)>) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let Section(section) = expect_context::<Section>();
    // On arrival at a section's address (a link, reload, back or forward),
    // once the page is drawn.
    Effect::new(move |_| {
        if let Some(id) = section.get() {
            page::focus_section(&heading_id(&id));
        }
    });
    let links = items
        .into_iter()
        .map(|(id, heading)| {
            let href = Place::section_of(&route, &id);
            // The address may already be this one: move anyway.
            let target = heading_id(&id);
            view! {
                <li><a href=href on:click=move |_| page::focus_section(&target)>{heading}</a></li>
            }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{ui.toc_heading}</h2>
            <ol>{links}</ol>
        </nav>
    }
}

/// Back to the top of the page, with focus on the main region.
#[component]
pub fn BackToTop() -> impl IntoView {
    let Content { ui, .. } = use_content();
    view! {
        <button type="button" class="link to-top" on:click=|_| page::focus_main_top("main")>
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
