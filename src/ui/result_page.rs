//! The result: it leads with the answer (the outcome in plain words, the
//! split, what it means, how firm it is), then the trait chart, why, what
//! would change it, and what to do next. A shared link shows the figures it
//! was made with, about "this result", and none of the sharer's answers.
//! The text is drawn by the pages module (`domain::screens`, through
//! `page_text`); this file places it around the part a person answers (the
//! path's question) and acts on what its buttons name (sharing, print,
//! retake).

use leptos::prelude::*;

use crate::browser::page;
use crate::browser::share_image::{self, Saved};
use crate::domain::page_tree::path_arg;
use crate::domain::path::Background;
use crate::domain::quiz::Action;
use crate::domain::result_tree;
use crate::domain::route::Route;
use crate::domain::screens::{self, Draw};
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;
use crate::ui::page_text::{self, page_text};

#[component]
pub fn ResultPage() -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    // Tracked, so a finished session adopted from another tab redraws the
    // result with its own answers. Where the person is now is read as it
    // is when drawn: a change of it redraws only the line it decides
    // (`where_changed`), so focus stays on the radio.
    let answers = Memo::new(move |_| {
        ctx.session.with(|s| {
            s.progress
                .is_finished()
                .then(|| (s.progress.answers().to_vec(), s.progress.skipped().to_vec()))
        })
    });
    move || match answers.get() {
        Some((answers, skipped)) => {
            let background = ctx.session.with_untracked(|s| s.progress.background());
            let arg = screens::result_arg(&answers, &skipped, background, &page::app_url());
            view! {
                <article class="result" on:click=act on:change=where_changed
                    on:focusin=|ev| page::select_text(&ev)>
                    {page_text(Draw::Result, arg)}
                </article>
            }
            .into_any()
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

/// "Where are you now?" answered: kept with the progress, and the line of
/// the path it decides drawn again.
fn where_changed(ev: leptos::ev::Event) {
    let Content { engine, .. } = use_content();
    let ctx = use_ctx();
    let Some(background) =
        page::changed_radio(&ev, screens::WHERE).and_then(|id| Background::from_id(&id))
    else {
        return;
    };
    ctx.dispatch(Action::SetBackground(Some(background)));
    let verdict = ctx
        .session
        .with_untracked(|s| screens::shown_verdict(engine, s.progress.answers()));
    if let Some(verdict) = verdict {
        let request = screens::request(Draw::PathStart, &path_arg(verdict, Some(background)));
        page_text::redraw(screens::PATH_START, &request);
    }
}

#[component]
pub fn SharedResultPage(token: String) -> impl IntoView {
    view! {
        <article class="result shared" on:click=act>
            {page_text(Draw::Shared, token)}
        </article>
    }
}

/// What the buttons of a result's ending (`result_tree::ending`) do.
fn act(ev: leptos::ev::MouseEvent) {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    match page::clicked_act(&ev).as_deref() {
        Some(result_tree::COPY) => {
            let link = page::field_value(result_tree::LINK).unwrap_or_default();
            let said = if page::copy_text(&link) {
                ui.copied
            } else {
                ""
            };
            page::set_text(result_tree::COPY_STATUS, said);
        }
        Some(result_tree::SAVE) => {
            let card = page::clicked_attr(&ev, "data-card")
                .and_then(|value| screens::decode_card(&value, ui));
            if let Some(card) = card {
                let said = match share_image::save(&card) {
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
    }
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
