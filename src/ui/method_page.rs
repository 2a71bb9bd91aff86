//! "How this quiz works": the method screen. Its text is content
//! (`method.toml`), loaded as page data (`page_text`); the numbers in it,
//! the dimensions and the sources are read from the quiz and the library,
//! so the screen cannot drift from what the app actually does.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_block::PageSections;
use crate::ui::page_text::page_text;

#[component]
pub fn MethodPage() -> impl IntoView {
    let Content {
        quiz, heads, ui, ..
    } = use_content();
    let text = page_text(Box::new(move |library| {
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
        let reviewed = fill(ui.method_reviewed, &[("date", method.reviewed.as_ref())]);
        view! {
            <p class="lede">{intro}</p>
            <PageSections sections=&method.sections library holes/>
            <p><time datetime=method.reviewed.as_ref()>{reviewed}</time></p>
        }
        .into_any()
    }));
    view! {
        <article class="learn">
            <h1>{heads.method}</h1>
            {text}
            <p class="actions">
                <a class="button primary" href=Route::Quiz.hash()>{ui.learn_take_quiz}</a>
                <a class="button" href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a>
            </p>
        </article>
    }
}
