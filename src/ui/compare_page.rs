//! Compare: the two roles side by side, aspect by aspect.

use leptos::prelude::*;

use crate::domain::shipped::UI_EN;

#[component]
pub fn ComparePage() -> impl IntoView {
    view! {
        <section class="compare">
            <h1>{UI_EN.nav_compare}</h1>
        </section>
    }
}
