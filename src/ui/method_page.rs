//! "How this quiz works": the method screen. Its text is content
//! (`method.toml`), loaded as page data (`page_text`, `page_tree::method`);
//! the numbers in it, the dimensions and the sources are read from the quiz
//! and the library, so the screen cannot drift from what the app does.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::screens::Draw;
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::LeadOn;
use crate::ui::page_text::page_text;

#[component]
pub fn MethodPage() -> impl IntoView {
    let Content { heads, ui, .. } = use_content();
    view! {
        <article class="learn">
            <h1>{heads.method}</h1>
            {page_text(Draw::Method, String::new())}
            <LeadOn/>
            <p><a href=Route::Learn(String::new()).hash()>{ui.back_to_learn}</a></p>
        </article>
    }
}
