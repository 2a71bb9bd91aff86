//! Learn: readable pages on each role.

use leptos::prelude::*;

use crate::domain::shipped::UI_EN;

#[component]
pub fn LearnPage(id: String) -> impl IntoView {
    let _ = id;
    view! {
        <section class="learn">
            <h1>{UI_EN.nav_learn}</h1>
        </section>
    }
}
