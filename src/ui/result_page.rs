//! The result: the outcome and its percentages.

use leptos::prelude::*;

use crate::domain::content::Verdict;
use crate::domain::quiz::Action;
use crate::domain::route::Route;
use crate::domain::shipped::{engine, QUIZ_EN, UI_EN};
use crate::domain::template::fill;
use crate::ui::app::use_ctx;

#[component]
pub fn ResultPage() -> impl IntoView {
    let ctx = use_ctx();
    let retake = move |_| {
        ctx.dispatch(Action::Restart);
        ctx.go(Route::Quiz);
    };
    move || {
        if !ctx.progress.with(|p| p.is_finished()) {
            return view! {
                <section class="result">
                    <h1>{UI_EN.result_heading}</h1>
                    <p>{UI_EN.result_unfinished}</p>
                    <a class="button primary" href=Route::Quiz.hash()>{UI_EN.continue_quiz}</a>
                </section>
            }
            .into_any();
        }
        let score = ctx.progress.with(|p| engine().score(p.answers()));
        let outcome = QUIZ_EN.outcome(score.verdict);
        let shares = [0u8, 1].map(|p| {
            fill(
                UI_EN.percent_of,
                &[
                    ("percent", &format!("{:.0}", score.percent[p as usize])),
                    ("role", QUIZ_EN.outcome(Verdict::Pole(p)).short.as_ref()),
                ],
            )
        });
        view! {
            <section class="result">
                <h1>{UI_EN.result_heading}</h1>
                <p class="outcome">{outcome.name.as_ref()}</p>
                <ul class="shares">
                    <li>{shares[0].clone()}</li>
                    <li>{shares[1].clone()}</li>
                </ul>
                <p>{outcome.summary.as_ref()}</p>
                <button type="button" on:click=retake>{UI_EN.retake}</button>
            </section>
        }
        .into_any()
    }
}
