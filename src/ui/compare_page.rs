//! Compare: the two roles side by side, aspect by aspect. A real table with
//! header cells on wide screens; on narrow ones the stylesheet stacks each
//! row into a card, and each cell's visible label names its role. The text
//! is page data (`page_text`, `page_tree::compare`); the title shows at once.

use leptos::prelude::*;

use crate::domain::screens::Draw;
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::LeadOn;
use crate::ui::page_text::page_text;

#[component]
pub fn ComparePage() -> impl IntoView {
    let Content { heads, .. } = use_content();
    view! {
        <section class="compare">
            <h1>{heads.compare}</h1>
            {page_text(Draw::Compare, String::new())}
            <LeadOn/>
        </section>
    }
}
