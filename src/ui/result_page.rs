//! The result: the outcome, its percentages, the trait chart, why, what
//! would change it, and what to do next. A shared link shows the same view.

use leptos::prelude::*;

use crate::browser::page;
use crate::domain::content::Verdict;
use crate::domain::engine::ConfidenceLevel;
use crate::domain::quiz::Action;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::{fill, tenths};
use crate::domain::token::{self, TokenKind};
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;
use crate::ui::trait_chart::TraitChart;

/// How many answers "why" lists.
const TOP_REASONS: usize = 5;

#[component]
pub fn ResultPage() -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    let finished = Memo::new(move |_| ctx.session.with(|s| s.progress.is_finished()));
    move || {
        if finished.get() {
            let (answers, skipped) = ctx
                .session
                .with_untracked(|s| (s.progress.answers().to_vec(), s.progress.skipped().to_vec()));
            view! { <ResultView answers skipped shared=false/> }.into_any()
        } else {
            view! {
                <section class="result">
                    <h1>{ui.result_heading}</h1>
                    <p>{ui.result_unfinished}</p>
                    <a class="button primary" href=Route::Quiz.hash()>{ui.continue_quiz}</a>
                </section>
            }
            .into_any()
        }
    }
}

#[component]
pub fn SharedResultPage(token: String) -> impl IntoView {
    let Content { quiz, ui, .. } = use_content();
    match token::decode(quiz, &token) {
        Ok(decoded) => view! {
            <ResultView answers=decoded.answers skipped=decoded.skipped shared=true/>
        }
        .into_any(),
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
fn ResultView(answers: Vec<Option<u8>>, skipped: Vec<bool>, shared: bool) -> impl IntoView {
    let Content {
        quiz, ui, engine, ..
    } = use_content();
    let ctx = use_ctx();
    let score = engine.score(&answers);
    let outcome = quiz.outcome(score.verdict);
    let pole = |p: u8| quiz.outcome(Verdict::Pole(p)).short.as_ref();
    let whole = score.whole_percent();
    let share_text = |p: u8| {
        fill(
            ui.percent_of,
            &[
                ("percent", &whole[p as usize].to_string()),
                ("role", pole(p)),
            ],
        )
    };
    // Answering a skipped question counts as a change too.
    let flip = engine.flip_skipping(&answers, &skipped);
    let n_skipped = skipped.iter().filter(|&&s| s).count();
    let skipped_text = (n_skipped > 0).then(|| {
        fill(
            ui.skipped_count,
            &[
                ("n", &n_skipped.to_string()),
                ("total", &quiz.questions.len().to_string()),
            ],
        )
    });
    let confidence = engine.confidence_given(&answers, flip.as_ref());
    let confidence_text = match (confidence.level, confidence.changes_needed) {
        (ConfidenceLevel::High, None) => ui.confidence_fixed.to_string(),
        (_, Some(1)) => ui.confidence_one.to_string(),
        (level, n) => fill(
            ui.confidence_changes,
            &[
                (
                    "level",
                    match level {
                        ConfidenceLevel::Low => ui.confidence_low,
                        ConfidenceLevel::Moderate => ui.confidence_moderate,
                        ConfidenceLevel::High => ui.confidence_high,
                    },
                ),
                ("n", &n.unwrap_or(0).to_string()),
            ],
        ),
    };

    let reasons = engine
        .contributions(&answers)
        .into_iter()
        .filter(|c| c.points.abs() >= 0.05)
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
        .collect_view();

    let change = match flip {
        Some(flip) => {
            let items = flip
                .changes
                .iter()
                .map(|&(q, o)| {
                    let question = &quiz.questions[q];
                    let template = if answers.get(q).copied().flatten().is_none() {
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
        None => view! { <p>{ui.flip_none}</p> }.into_any(),
    };

    let steps = |heading: &'static str, items: &'static [crate::domain::content::Text]| {
        (!items.is_empty()).then(|| {
            view! {
                <h3>{heading}</h3>
                <ul>{items.iter().map(|i| view! { <li>{i.as_ref()}</li> }).collect_view()}</ul>
            }
        })
    };

    let link = format!(
        "{}{}",
        page::app_url(),
        Route::Shared(token::encode(
            quiz,
            TokenKind::Result,
            &answers,
            &skipped,
            0
        ))
        .hash()
    );
    let (copied, set_copied) = signal(false);
    let share = (!shared).then(|| {
        let link_for_copy = link.clone();
        view! {
            <section class="share no-print" aria-labelledby="share-heading">
                <h2 id="share-heading">{ui.share_heading}</h2>
                <p>{ui.share_explain}</p>
                <label for="share-link">{ui.share_link_label}</label>
                <input id="share-link" type="text" readonly value=link.clone()
                    on:focus=|ev| page::select_text(&ev)/>
                <button type="button" on:click=move |_| set_copied.set(page::copy_text(&link_for_copy))>
                    {ui.copy_link}
                </button>
                <span role="status">{move || copied.get().then_some(ui.copied)}</span>
            </section>
        }
    });
    let retake = move |_| {
        ctx.dispatch(Action::Restart);
        ctx.go(Route::Quiz);
    };

    view! {
        <article class="result">
            <h1>{if shared { ui.shared_heading } else { ui.result_heading }}</h1>
            <p class="outcome">{outcome.name.as_ref()}</p>
            <p class="shares">
                <span>{share_text(0)}</span>
                <span class="split" aria-hidden="true">
                    <span class="a" style:width=format!("{}%", tenths(score.percent[0], "."))></span>
                </span>
                <span>{share_text(1)}</span>
            </p>
            <p>{outcome.summary.as_ref()}</p>
            <p class="confidence">{confidence_text}</p>
            {skipped_text.map(|text| view! { <p class="skipped">{text}</p> })}
            <p class="no-print"><a href=Route::Method.hash()>{ui.method_link}</a></p>

            <h2>{ui.profile_heading}</h2>
            <TraitChart scores=score.dimensions.clone()/>

            <h2>{ui.why_heading}</h2>
            <ol class="reasons">{reasons}</ol>

            <h2>{ui.change_heading}</h2>
            {change}

            <h2>{ui.next_steps_heading}</h2>
            {steps(ui.next_skills, &outcome.next_skills)}
            {steps(ui.next_tools, &outcome.next_tools)}
            {steps(ui.next_certifications, &outcome.next_certifications)}

            {share}
            <div class="actions no-print">
                <button type="button" on:click=|_| page::print()>{ui.print}</button>
                {if shared {
                    view! { <a class="button primary" href=Route::Home.hash()>{ui.take_quiz_yourself}</a> }.into_any()
                } else {
                    view! { <button type="button" class="primary" on:click=retake>{ui.retake}</button> }.into_any()
                }}
            </div>
        </article>
    }
}
