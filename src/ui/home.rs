//! The first screen: the question the quiz answers, the way in or back in,
//! a glimpse of what a result looks like, and past results. The person's
//! data has a screen of its own (`DataPanel`), linked from the footer.

use leptos::prelude::*;

use crate::browser::page_tree;
use crate::domain::calendar::iso_date;
use crate::domain::content::Verdict;
use crate::domain::result_tree;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;

/// A generous reading pace, so the estimate is one people beat.
const SECONDS_PER_QUESTION: usize = 15;

#[component]
pub fn HomePage() -> impl IntoView {
    let Content { quiz, ui, .. } = use_content();
    let ctx = use_ctx();
    let total = quiz.questions.len();
    let minutes = (total * SECONDS_PER_QUESTION).div_ceil(60).max(1);
    let about = fill(
        ui.home_about,
        &[
            ("total", &total.to_string()),
            ("minutes", &minutes.to_string()),
        ],
    );
    let start_over = move |_| ctx.start_over();
    let entry = move || {
        let (started, finished, n) = ctx.session.with(|s| {
            let p = &s.progress;
            (p.is_started(), p.is_finished(), p.cursor() + 1)
        });
        if finished {
            view! {
                <a class="button primary" href=Route::Result.hash()>{ui.see_result}</a>
                <button type="button" on:click=start_over>{ui.start_over}</button>
            }
            .into_any()
        } else if started {
            let resume = fill(
                ui.resume,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            );
            view! {
                <button type="button" class="primary" on:click=move |_| ctx.go(Route::Quiz)>{resume}</button>
                <button type="button" on:click=start_over>{ui.start_over}</button>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="primary" on:click=move |_| ctx.go(Route::Quiz)>{ui.start}</button>
            }
            .into_any()
        }
    };
    let history = move || {
        ctx.session.with(|s| {
            (!s.history.is_empty()).then(|| {
                let items = s
                    .history
                    .iter()
                    .rev()
                    .map(|h| {
                        let outcome = quiz
                            .outcomes
                            .iter()
                            .find(|o| o.id == h.outcome_id)
                            .map(|o| o.name.to_string())
                            .unwrap_or_else(|| h.outcome_id.clone());
                        let text = fill(
                            ui.past_result,
                            &[
                                ("date", &iso_date(h.finished_at)),
                                ("outcome", &outcome),
                                ("a", &h.percent[0].to_string()),
                                ("role_a", quiz.outcome(Verdict::Pole(0)).short.as_ref()),
                                ("b", &h.percent[1].to_string()),
                                ("role_b", quiz.outcome(Verdict::Pole(1)).short.as_ref()),
                            ],
                        );
                        view! { <li><a href=Route::Shared(h.token.clone()).hash()>{text}</a></li> }
                    })
                    .collect_view();
                view! {
                    <section aria-labelledby="past-heading">
                        <h2 id="past-heading">{ui.past_results}</h2>
                        <ul class="past">{items}</ul>
                    </section>
                }
            })
        })
    };
    // The sample and the links after it never change: a builder writes
    // them (`domain::result_tree::sample`), cheaper than their view code.
    let rest = NodeRef::<leptos::html::Div>::new();
    rest.on_load(move |el| result_tree::sample(quiz, ui, &mut page_tree::Dom::new(el.into())));
    view! {
        <section class="home hero">
            <h1>{ui.tagline}</h1>
            <p class="lede">{ui.home_intro}</p>
            <div class="actions">{entry}</div>
            <ul class="facts">
                <li>{about}</li>
                <li class="privacy">{ui.home_privacy}</li>
            </ul>
        </section>
        {history}
        <div node_ref=rest></div>
    }
}
