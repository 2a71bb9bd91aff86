//! Learn: readable pages on each role, and an index of them. Their text is
//! page data (`page_text`); titles show at once.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::screens::Draw;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::LeadOn;
use crate::ui::page_text::page_text;

/// An empty id is the index; an id no page has is a clear dead end with a
/// way back, never a blank screen.
#[component]
pub fn LearnPage(id: String) -> impl IntoView {
    let Content { heads, ui, .. } = use_content();
    if id.is_empty() {
        return view! {
            <section class="learn">
                <h1>{ui.learn_heading}</h1>
                <p>{ui.learn_intro}</p>
                {page_text(Draw::LearnIndex, String::new())}
                <p><a href=Route::Compare.hash()>{ui.learn_compare_link}</a></p>
                <p><a href=Route::Method.hash()>{ui.method_link}</a></p>
            </section>
        }
        .into_any();
    }
    let Some(title) = heads.learn_title(&id) else {
        return view! {
            <section class="learn">
                <h1>{ui.page_not_found}</h1>
                <p>{fill(ui.page_not_found_text, &[("id", &id)])}</p>
                <p><a href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a></p>
            </section>
        }
        .into_any();
    };
    let text = page_text(Draw::LearnArticle, id);
    view! {
        <article class="learn">
            <h1>{title}</h1>
            {text}
            <LeadOn/>
            <p><a href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a></p>
        </article>
    }
    .into_any()
}
