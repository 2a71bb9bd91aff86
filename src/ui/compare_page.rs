//! Compare: the two roles side by side, aspect by aspect. A real table with
//! header cells on wide screens; on narrow ones the stylesheet stacks each
//! row into a card, and each cell's visible label names its role.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::{heading_id, LeadOn, PageContents};

#[component]
pub fn ComparePage() -> impl IntoView {
    let Content { library, ui, .. } = use_content();
    let compare = &library.compare;
    let heads = compare
        .roles
        .iter()
        .map(|r| view! { <th scope="col">{r.as_ref()}</th> })
        .collect_view();
    let rows = compare
        .aspects
        .iter()
        .map(|a| {
            let cells = compare
                .roles
                .iter()
                .zip(a.cells.iter())
                .map(|(role, cell)| {
                    view! { <td><span class="cell-label">{role.as_ref()}</span>{cell.as_ref()}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" id=heading_id(&a.id)>{a.label.as_ref()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let contents = compare
        .aspects
        .iter()
        .map(|a| (a.id.to_string(), a.label.to_string()))
        .collect();
    view! {
        <section class="compare">
            <h1>{compare.title.as_ref()}</h1>
            <p>{compare.intro.as_ref()}</p>
            <PageContents route=Route::Compare items=contents/>
            <table class="stack compare-table">
                <thead>
                    <tr>
                        <th scope="col">{ui.compare_aspect}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <LeadOn/>
        </section>
    }
}
