//! Compare: the two roles side by side, aspect by aspect. A real table with
//! header cells on wide screens; on narrow ones the stylesheet stacks each
//! row into a card, and each cell's visible label names its role. The text
//! is page data (`page_text`); the title shows at once.

use leptos::prelude::*;

use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_block::{row, Table};
use crate::ui::page_text::page_text;

#[component]
pub fn ComparePage() -> impl IntoView {
    let Content { heads, ui, .. } = use_content();
    let text = page_text(Box::new(move |library| {
        let compare = &library.compare;
        let roles: Vec<&'static str> = compare.roles.iter().map(|r| r.as_ref()).collect();
        let mut heads = vec![ui.compare_aspect];
        heads.extend(roles.iter().copied());
        let rows = compare
            .aspects
            .iter()
            .map(|a| row(&a.label, &roles, a.cells.iter().map(|c| c.as_ref())))
            .collect_view();
        view! {
            <p>{compare.intro.as_ref()}</p>
            <Table class="stack compare-table" heads rows/>
        }
        .into_any()
    }));
    view! {
        <section class="compare">
            <h1>{heads.compare}</h1>
            {text}
        </section>
    }
}
