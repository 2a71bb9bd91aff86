//! The result: it leads with the answer (the outcome in plain words, the
//! split, what it means, how firm it is), then the trait chart, why, what
//! would change it, and what to do next. A shared link shows the figures it
//! was made with, about "this result", and none of the sharer's answers.
//! The static part is `domain::result_tree`, written into the DOM by
//! `browser::page_tree`; this file adds the parts a person acts on (the
//! path's question, sharing, print, retake).

use leptos::prelude::*;

use crate::browser::share_image::{self, Saved};
use crate::browser::{page, page_tree};
use crate::domain::figures::Figures;
use crate::domain::quiz::Action;
use crate::domain::result_tree::{self, Own};
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::domain::token;
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;
use crate::ui::path_section::PathSection;

#[component]
pub fn ResultPage() -> impl IntoView {
    let Content { ui, .. } = use_content();
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
        Some((answers, skipped)) => result_view(None, Some((answers, skipped))).into_any(),
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
        Ok(figures) => result_view(Some(figures), None).into_any(),
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

/// A shared result's figures, or the person's own answers and skips.
fn result_view(
    shared_figures: Option<Figures>,
    own: Option<(Vec<Option<u8>>, Vec<bool>)>,
) -> impl IntoView {
    let Content {
        quiz, ui, engine, ..
    } = use_content();
    let ctx = use_ctx();
    let shared = own.is_none();
    let (figures, flip) = match (shared_figures, &own) {
        (Some(figures), _) => (figures, None),
        (None, Some((answers, skipped))) => Figures::of(engine, answers, skipped),
        (None, None) => return None,
    };
    let verdict = figures.has_verdict();

    let link = (!shared && verdict)
        .then(|| page::app_url() + &Route::Shared(token::encode_result(&figures)).hash());
    let card = figures.card(quiz, ui);
    // One handler for the buttons `result_tree::ending` writes.
    let link_for_copy = link.clone().unwrap_or_default();
    let act = move |ev: leptos::ev::MouseEvent| match page::clicked_act(&ev).as_deref() {
        Some(result_tree::COPY) => page::set_text(
            result_tree::COPY_STATUS,
            if page::copy_text(&link_for_copy) {
                ui.copied
            } else {
                ""
            },
        ),
        Some(result_tree::SAVE) => {
            if let Some(card) = &card {
                let said = match share_image::save(card) {
                    Saved::Shared => ui.image_shared,
                    Saved::Downloaded => ui.image_saved,
                    Saved::Failed => ui.image_failed,
                };
                page::set_text(result_tree::SAVE_STATUS, said);
            }
        }
        Some(result_tree::PRINT) => page::print(),
        Some(result_tree::RETAKE) => {
            ctx.dispatch(Action::Restart);
            ctx.go(Route::Quiz);
        }
        _ => {}
    };
    let holder = NodeRef::<leptos::html::Div>::new();
    let outcome = figures.verdict;
    holder.on_load(move |el| {
        let own = own.as_ref().map(|(answers, skipped)| Own {
            answers,
            skipped,
            flip: flip.as_ref(),
        });
        result_tree::result(
            &figures,
            own,
            engine,
            ui,
            &mut page_tree::Dom::new(el.into()),
        );
    });
    let tail = NodeRef::<leptos::html::Div>::new();
    tail.on_load(move |el| {
        let out = &mut page_tree::Dom::new(el.into());
        result_tree::ending(link.as_deref(), verdict, shared, ui, out);
    });

    Some(view! {
        <article class=if shared { "result shared" } else { "result" }>
            <div class="result-text" node_ref=holder></div>
            <div hidden=!verdict>
                <PathSection verdict=outcome shared/>
            </div>
            <div node_ref=tail on:click=act on:focusin=|ev| page::select_text(&ev)></div>
        </article>
    })
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
