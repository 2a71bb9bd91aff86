//! "How this quiz works": the method screen. Its text is content
//! (`method.toml`); the numbers in it, the dimensions and the sources are
//! read from the quiz and the library, so the screen cannot drift from what
//! the app actually does.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_block::PageSections;
use crate::ui::page_contents::{LeadOn, PageContents};

#[component]
pub fn MethodPage() -> impl IntoView {
    let Content {
        quiz, library, ui, ..
    } = use_content();
    let method = &library.method;
    let holes = vec![
        ("threshold", quiz.balanced_threshold.to_string()),
        ("questions", quiz.questions.len().to_string()),
        ("dimensions", quiz.dimensions.len().to_string()),
    ];
    let intro = fill(
        &method.intro,
        &holes
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>(),
    );
    let sections = view! { <PageSections sections=&method.sections holes=holes.clone()/> };
    let reviewed = fill(ui.method_reviewed, &[("date", method.reviewed.as_ref())]);
    let contents = method
        .sections
        .iter()
        .map(|s| (s.id.to_string(), s.heading.to_string()))
        .collect();
    view! {
        <article class="learn">
            <h1>{method.title.as_ref()}</h1>
            <p class="lede">{intro}</p>
            <PageContents route=Route::Method items=contents/>
            {sections}
            <p><time datetime=method.reviewed.as_ref()>{reviewed}</time></p>
            <LeadOn/>
            <p><a href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a></p>
        </article>
    }
}
