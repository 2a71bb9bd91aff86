//! The first screen: what the quiz is, and the way in or back in.

use leptos::prelude::*;

use crate::domain::quiz::Action;
use crate::domain::route::Route;
use crate::domain::shipped::UI_EN;
use crate::domain::template::fill;
use crate::ui::app::use_ctx;

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_ctx();
    let start_over = move |_| {
        ctx.dispatch(Action::Restart);
        ctx.go(Route::Quiz);
    };
    let entry = move || {
        let (started, n, total) = ctx
            .progress
            .with(|p| (p.is_started(), p.cursor() + 1, p.n_questions()));
        if started {
            let resume = fill(
                UI_EN.resume,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            );
            view! {
                <button type="button" class="primary" on:click=move |_| ctx.go(Route::Quiz)>{resume}</button>
                <button type="button" on:click=start_over>{UI_EN.start_over}</button>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="primary" on:click=move |_| ctx.go(Route::Quiz)>{UI_EN.start}</button>
            }
            .into_any()
        }
    };
    view! {
        <section class="home">
            <h1>{UI_EN.tagline}</h1>
            <p>{UI_EN.home_intro}</p>
            <div class="actions">{entry}</div>
        </section>
    }
}
