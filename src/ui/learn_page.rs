//! Learn: readable pages on each role, and an index of them.

use leptos::prelude::*;

use crate::domain::content::Page;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_block::PageSections;
use crate::ui::page_contents::{LeadOn, PageContents};

/// An empty id is the index; an id no page has is a clear dead end with a
/// way back, never a blank screen.
#[component]
pub fn LearnPage(id: String) -> impl IntoView {
    let Content { library, .. } = use_content();
    if id.is_empty() {
        return view! { <LearnIndex/> }.into_any();
    }
    match library.page(&id) {
        Some(page) => view! { <LearnArticle page/> }.into_any(),
        None => view! { <PageNotFound id/> }.into_any(),
    }
}

#[component]
fn LearnIndex() -> impl IntoView {
    let Content { library, ui, .. } = use_content();
    let entries = library
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
        .collect_view();
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
fn LearnArticle(page: &'static Page) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let sections = view! { <PageSections sections=&page.sections/> };
    let contents = page
        .sections
        .iter()
        .map(|s| (s.id.to_string(), s.heading.to_string()))
        .collect();
    view! {
        <article class="learn">
            <h1>{page.title.as_ref()}</h1>
            <p class="lede">{page.summary.as_ref()}</p>
            <PageContents route=Route::Learn(page.id.to_string()) items=contents/>
            {sections}
            <LeadOn/>
            <p><a href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a></p>
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
