//! "How this quiz works": the method screen. Its text is content
//! (`method.toml`); the numbers in it, the dimensions and the sources are
//! read from the quiz and the library, so the screen cannot drift from what
//! the app actually does.

use leptos::prelude::*;

use crate::domain::content::Part;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_block::PageSections;

#[component]
pub fn MethodPage() -> impl IntoView {
    let Content {
        quiz, library, ui, ..
    } = use_content();
    let method = &library.method;
    let (weight_low, weight_high) = quiz.weight_range();
    let holes = vec![
        ("threshold", quiz.balanced_threshold.to_string()),
        ("questions", quiz.questions.len().to_string()),
        ("dimensions", quiz.dimensions.len().to_string()),
        (
            "work_dimensions",
            quiz.n_dimensions_in(Part::Work).to_string(),
        ),
        (
            "style_dimensions",
            quiz.n_dimensions_in(Part::Style).to_string(),
        ),
        ("weight_low", weight_low.to_string()),
        ("weight_high", weight_high.to_string()),
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
    view! {
        <article class="learn">
            <h1>{method.title.as_ref()}</h1>
            <p class="lede">{intro}</p>
            {sections}
            <p><time datetime=method.reviewed.as_ref()>{reviewed}</time></p>
            <p class="actions">
                <a class="button primary" href=Route::Quiz.hash()>{ui.learn_take_quiz}</a>
                <a class="button" href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a>
            </p>
        </article>
    }
}
