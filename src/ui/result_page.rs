//! The result: it leads with the answer (the outcome in plain words, the
//! split, what it means, how firm it is), then the trait chart, why, what
//! would change it, and what to do next. A shared link shows the figures it
//! was made with, about "this result", and none of the sharer's answers.
//! The words are decided in the domain (`Figures::texts`); this file places
//! them, and shows or hides whole parts with `hidden`.

use leptos::prelude::*;

use crate::browser::page;
use crate::browser::share_image::{self, Saved};
use crate::domain::content::Verdict;
use crate::domain::engine::Flip;
use crate::domain::figures::{Figures, REASON_MIN_POINTS};
use crate::domain::quiz::Action;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::{fill, tenths};
use crate::domain::token;
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;
use crate::ui::path_section::PathSection;
use crate::ui::trait_chart::TraitChart;

/// How many answers "why" lists.
const TOP_REASONS: usize = 5;

/// The person's own answers, for "why" and "what would change it".
struct Own {
    answers: Vec<Option<u8>>,
    skipped: Vec<bool>,
    flip: Option<Flip>,
}

#[component]
pub fn ResultPage() -> impl IntoView {
    let Content { ui, engine, .. } = use_content();
    let ctx = use_ctx();
    // Tracked, so a finished session adopted from another tab redraws the
    // result with its own answers.
    let state = Memo::new(move |_| {
        ctx.session.with(|s| {
            s.progress
                .is_finished()
                .then(|| (s.progress.answers().to_vec(), s.progress.skipped().to_vec()))
        })
    });
    move || match state.get() {
        Some((answers, skipped)) => {
            let (figures, flip) = Figures::of(engine, &answers, &skipped);
            let own = Own {
                answers,
                skipped,
                flip,
            };
            view! { <ResultView figures own=Some(own)/> }.into_any()
        }
        None => view! {
            <section class="result">
                <h1>{ui.result_heading}</h1>
                <p>{ui.result_unfinished}</p>
                <a class="button primary" href=Route::Quiz.hash()>{ui.continue_quiz}</a>
            </section>
        }
        .into_any(),
    }
}

#[component]
pub fn SharedResultPage(token: String) -> impl IntoView {
    let Content { ui, .. } = use_content();
    match token::open_result(&token) {
        Ok(figures) => view! { <ResultView figures own=None/> }.into_any(),
        Err(e) => view! {
            <section class="result">
                <h1>{ui.shared_heading}</h1>
                <p class="notice">{fill(ui.shared_invalid, &[("reason", e.message(ui))])}</p>
                <a class="button primary" href=Route::Home.hash()>{ui.take_quiz_yourself}</a>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn ResultView(figures: Figures, own: Option<Own>) -> impl IntoView {
    let Content { quiz, ui, .. } = use_content();
    let ctx = use_ctx();
    let shared = own.is_none();
    let verdict = figures.has_verdict();
    let texts = figures.texts(quiz, ui, shared);
    let [share_a, share_b] = texts.split.clone().unwrap_or_default();

    let (skipped_text, why, change) = match &own {
        Some(own) if verdict => {
            let n_skipped = own.skipped.iter().filter(|&&s| s).count();
            let skipped_text = (n_skipped > 0).then(|| {
                fill(
                    ui.skipped_count,
                    &[
                        ("n", &n_skipped.to_string()),
                        ("total", &quiz.questions.len().to_string()),
                    ],
                )
            });
            (skipped_text, Some(reasons(own)), Some(changes(own)))
        }
        _ => (None, None, None),
    };

    let share = (!shared && verdict).then(|| {
        let link = format!(
            "{}{}",
            page::app_url(),
            Route::Shared(token::encode_result(&figures)).hash()
        );
        let (copied, set_copied) = signal(false);
        let link_for_copy = link.clone();
        let card = figures.card(quiz, ui);
        let (saved, set_saved) = signal(None::<Saved>);
        let save_image = move |_| {
            if let Some(card) = &card {
                set_saved.set(Some(share_image::save(card)));
            }
        };
        let saved_text = move || {
            saved.get().map(|s| match s {
                Saved::Shared => ui.image_shared,
                Saved::Downloaded => ui.image_saved,
                Saved::Failed => ui.image_failed,
            })
        };
        view! {
            <section class="share no-print" aria-labelledby="share-heading">
                <h2 id="share-heading">{ui.share_heading}</h2>
                <p>{ui.share_explain}</p>
                <label for="share-link">{ui.share_link_label}</label>
                <input id="share-link" type="text" readonly value=link
                    on:focus=|ev| page::select_text(&ev)/>
                <button type="button" on:click=move |_| set_copied.set(page::copy_text(&link_for_copy))>
                    {ui.copy_link}
                </button>
                <span role="status">{move || copied.get().then_some(ui.copied)}</span>
                <p>
                    <button type="button" on:click=save_image>{ui.save_image}</button>
                    " "<span role="status">{saved_text}</span>
                </p>
            </section>
        }
    });
    let retake = move |_| {
        ctx.dispatch(Action::Restart);
        ctx.go(Route::Quiz);
    };
    let split_width = format!("{}%", figures.percent[0]);

    view! {
        <article class="result" class:shared=shared>
            <header class="result-lead">
                // The kicker is part of the heading, so the page's one h1
                // reads "Your result: SRE fits you" to a screen reader.
                <h1><span class="kicker">{texts.kicker}": "</span>{texts.heading}</h1>
                <p class="shares" hidden=!verdict>
                    <span>{share_a}</span>
                    <span class="split" aria-hidden="true">
                        <span class="a" style:width=split_width></span>
                    </span>
                    <span>{share_b}</span>
                </p>
                <p class="meaning">{texts.meaning}</p>
                <p class="confidence" hidden=!verdict>{texts.confidence}</p>
                <p class="basis">{texts.basis}" "{skipped_text}</p>
                <p class="no-print" hidden=shared || verdict>
                    <a class="button primary" href=Route::Quiz.hash()>{ui.continue_quiz}</a>
                </p>
                <p class="no-print"><a href=Route::Method.hash()>{ui.method_link}</a></p>
            </header>

            <div hidden=!verdict>
                // Issue 18 splits the dimensions into the work a person
                // wants (which decides) and how they like to work: when its
                // `part` lands, the chart shows the two groups here.
                <h2>{if shared { ui.shared_profile_heading } else { ui.profile_heading }}</h2>
                <TraitChart scores=figures.scores_in(quiz) shared/>

                {why.map(|why| view! {
                    <h2>{ui.why_heading}</h2>
                    <ol class="reasons">{why}</ol>
                })}
                {change.map(|change| view! {
                    <h2>{ui.change_heading}</h2>
                    {change}
                })}

                <PathSection verdict=figures.verdict shared/>
            </div>

            {share}
            <div class="actions no-print">
                <button type="button" on:click=|_| page::print() hidden=!verdict>{ui.print}</button>
                {if shared {
                    view! { <a class="button primary" href=Route::Home.hash()>{ui.take_quiz_yourself}</a> }.into_any()
                } else {
                    view! { <button type="button" class="primary" on:click=retake>{ui.retake}</button> }.into_any()
                }}
            </div>
        </article>
    }
}

/// The answers that moved the result most, with their points.
fn reasons(own: &Own) -> impl IntoView {
    let Content {
        quiz, ui, engine, ..
    } = use_content();
    let pole = |p: u8| quiz.outcome(Verdict::Pole(p)).short.as_ref();
    engine
        .contributions(&own.answers)
        .into_iter()
        .filter(|c| c.points.abs() >= REASON_MIN_POINTS)
        .take(TOP_REASONS)
        .map(|c| {
            let q = &quiz.questions[c.question];
            let toward = if c.points > 0.0 { pole(0) } else { pole(1) };
            let points = fill(
                ui.points_toward,
                &[("points", &tenths(c.points.abs(), ui.decimal_separator)), ("role", toward)],
            );
            view! {
                <li>
                    <span class="prompt">{q.prompt.as_ref()}</span>
                    <span class="answer">{fill(ui.you_answered, &[("answer", q.options[c.option as usize].label.as_ref())])}</span>
                    <strong class="points">{points}</strong>
                </li>
            }
        })
        .collect_view()
}

/// The fewest changed answers that would give another outcome.
fn changes(own: &Own) -> AnyView {
    let Content { quiz, ui, .. } = use_content();
    let Some(flip) = &own.flip else {
        return view! { <p>{ui.flip_none}</p> }.into_any();
    };
    let items = flip
        .changes
        .iter()
        .map(|&(q, o)| {
            let question = &quiz.questions[q];
            let template = if own.answers.get(q).copied().flatten().is_none() {
                ui.answer_skipped
            } else {
                ui.instead_answer
            };
            view! {
                <li>
                    <span class="prompt">{question.prompt.as_ref()}</span>
                    <span class="answer">{fill(template, &[("answer", question.options[o as usize].label.as_ref())])}</span>
                </li>
            }
        })
        .collect_view();
    let intro = fill(
        if flip.changes.len() == 1 {
            ui.flip_intro_one
        } else {
            ui.flip_intro
        },
        &[
            ("n", &flip.changes.len().to_string()),
            ("outcome", quiz.outcome(flip.to).name.as_ref()),
        ],
    );
    view! { <p>{intro}</p><ol class="changes">{items}</ol> }.into_any()
}

/// "Back to your result" in the header, on every screen but the result,
/// once a result exists: the finished attempt, or else the last past one.
#[component]
pub fn BackToResult(route: ReadSignal<Route>) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    let target = Memo::new(move |_| {
        ctx.session.with(|s| {
            if s.progress.is_finished() {
                Some(Route::Result)
            } else {
                s.history.last().map(|h| Route::Shared(h.token.clone()))
            }
        })
    });
    move || {
        let to = target.get()?;
        (route.get() != to)
            .then(|| view! { <a class="back-to-result" href=to.hash()>{ui.back_to_result}</a> })
    }
}
