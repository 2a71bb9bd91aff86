//! Learn: readable pages on each role, and an index of them. Their text is
//! page data (`page_text`); titles show at once.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_block::PageSections;
use crate::ui::page_text::page_text;

/// An empty id is the index; an id no page has is a clear dead end with a
/// way back, never a blank screen.
#[component]
pub fn LearnPage(id: String) -> impl IntoView {
    let Content { heads, .. } = use_content();
    if id.is_empty() {
        return view! { <LearnIndex/> }.into_any();
    }
    match heads.learn_title(&id) {
        Some(title) => view! { <LearnArticle id title/> }.into_any(),
        None => view! { <PageNotFound id/> }.into_any(),
    }
}

#[component]
fn LearnIndex() -> impl IntoView {
    let Content { ui, .. } = use_content();
    let entries = page_text(Box::new(|library| {
        library
            .pages
            .iter()
            .map(|p| {
                view! {
                    <li>
                        <h2><a href=Route::Learn(p.id.to_string()).hash()>{p.title.as_ref()}</a></h2>
                        <p>{p.summary.as_ref()}</p>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    }));
    view! {
        <section class="learn">
            <h1>{ui.learn_heading}</h1>
            <p>{ui.learn_intro}</p>
            <ul class="page-list">{entries}</ul>
            <p><a href=Route::Compare.hash()>{ui.learn_compare_link}</a></p>
            <p><a href=Route::Method.hash()>{ui.method_link}</a></p>
        </section>
    }
}

#[component]
fn LearnArticle(id: String, title: &'static str) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let text = page_text(Box::new(move |library| match library.page(&id) {
        Some(page) => view! {
            <p class="lede">{page.summary.as_ref()}</p>
            <PageSections sections=&page.sections library/>
        }
        .into_any(),
        None => ().into_any(),
    }));
    view! {
        <article class="learn">
            <h1>{title}</h1>
            {text}
            <p class="actions">
                <a class="button primary" href=Route::Quiz.hash()>{ui.learn_take_quiz}</a>
                <a class="button" href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a>
            </p>
        </article>
    }
}

#[component]
fn PageNotFound(id: String) -> impl IntoView {
    let Content { ui, .. } = use_content();
    view! {
        <section class="learn">
            <h1>{ui.page_not_found}</h1>
            <p>{fill(ui.page_not_found_text, &[("id", &id)])}</p>
            <p><a href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a></p>
        </section>
    }
}
