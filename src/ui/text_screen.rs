//! The screens that are text: learn (its index and each role's page),
//! compare, and "How this quiz works". The heading is the app's and shows
//! at once; the rest is the pages module's (`page_text`,
//! `domain::page_tree`), and the screen ends leading on (`LeadOn`).

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::screens::Draw;
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::LeadOn;
use crate::ui::page_text::page_text;

/// The text screen of a route, if it is one.
pub fn text_screen(route: Route) -> Option<impl IntoView> {
    let Content { heads, ui, .. } = use_content();
    let (class, heading, draw, arg) = match route {
        Route::Learn(id) if id.is_empty() => ("learn", ui.learn_heading, Draw::LearnIndex, id),
        // An id no page has is a clear dead end with a way back, never a
        // blank screen.
        Route::Learn(id) => (
            "learn",
            heads.learn_title(&id).unwrap_or(ui.page_not_found),
            Draw::LearnArticle,
            id,
        ),
        Route::Compare => ("compare", heads.compare, Draw::Compare, String::new()),
        Route::Method => ("learn", heads.method, Draw::Method, String::new()),
        _ => return None,
    };
    Some(view! {
        <article class=class>
            <h1>{heading}</h1>
            {page_text(draw, arg)}
            <LeadOn/>
        </article>
    })
}
