//! The quiz screen: one question at a time, with native radio controls.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::page;
use crate::domain::quiz::{Action, Slot};
use crate::domain::route::Route;
use crate::domain::session::Applied;
use crate::domain::shipped::Content;
use crate::domain::template::{fill, percent};
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;

#[component]
pub fn QuizPage() -> impl IntoView {
    let Content { quiz, ui, .. } = use_content();
    let ctx = use_ctx();
    // A memo, so choosing an option re-renders only the option, not the card.
    let cursor = Memo::new(move |_| ctx.session.with(|s| s.progress.cursor()));
    let total = quiz.questions.len().to_string();
    // One lasting live region, outside the card that is replaced per question,
    // so screen readers announce each new position.
    let position = move || {
        fill(
            ui.question_of,
            &[("n", &(cursor.get() + 1).to_string()), ("total", &total)],
        )
    };
    // Each question is a new form. Redrawing one card into the other would
    // remove and set every attribute again, and an input whose `type` is
    // removed is rebuilt twice by the browser. The card alternates between
    // the two sides of an `Either`, which always replaces rather than
    // redraws: a keyed `<For>` of one item did the same with much more code.
    let mut left = false;
    let card = move || {
        let index = cursor.get();
        left = !left;
        let card = view! { <QuestionCard index/> };
        if left {
            Either::Left(card)
        } else {
            Either::Right(card)
        }
    };
    // The position is the screen's heading: the question itself is the
    // card's legend.
    view! {
        <h1 class="position" aria-live="polite">{position}</h1>
        {card}
    }
}

thread_local! {
    // Whether a card has been shown in this page's life. The first is drawn
    // before the page's first frame, and focusing it then made the browser
    // lay the page out before it could show the question (about a fifth of
    // the first question's time at 4× CPU, `.ci/bench`): it takes focus at
    // the next frame. Later cards take it at once, so a key pressed right
    // after Next reaches the new question.
    static FIRST_SHOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[component]
fn QuestionCard(index: usize) -> impl IntoView {
    let Content {
        quiz, ui, engine, ..
    } = use_content();
    let ctx = use_ctx();
    let question = &quiz.questions[index];
    let total = quiz.questions.len();
    let is_last = index + 1 == total;
    let legend = NodeRef::<leptos::html::Legend>::new();
    let (missing, set_missing) = signal(false);

    // Focus the new question so keyboard and screen-reader users start there.
    Effect::new(move |_| {
        if let Some(el) = legend.get() {
            // Mounted into a host's page, the host's scroll is not moved.
            let mounted = ctx.mounted;
            if FIRST_SHOWN.replace(true) {
                page::focus(&el, mounted);
            } else {
                request_animation_frame(move || page::focus(&el, mounted));
            }
        }
    });

    let n_answered = move || ctx.session.with(|s| s.progress.n_answered());
    let n_skipped = move || ctx.session.with(|s| s.progress.n_skipped());
    let is_skipped = move || {
        ctx.session
            .with(|s| s.progress.slot(index) == Slot::Skipped)
    };
    let progress_text = move || {
        let (n, skipped) = (n_answered().to_string(), n_skipped());
        let total = total.to_string();
        if skipped == 0 {
            fill(ui.answered_of, &[("n", &n), ("total", &total)])
        } else {
            let skipped = skipped.to_string();
            fill(
                ui.answered_skipped_of,
                &[("n", &n), ("skipped", &skipped), ("total", &total)],
            )
        }
    };
    let choose = move |option: u8| {
        set_missing.set(false);
        ctx.dispatch(Action::Answer {
            question: index,
            option,
        });
    };
    let step = move |action: Action| {
        let applied = ctx.dispatch(action);
        if applied == Applied::Finished {
            ctx.go(Route::Result);
        }
        applied
    };
    // The domain refuses Next on an open question; the card only says so.
    let go_on = move || {
        if step(Action::Next) == Applied::Refused {
            set_missing.set(true);
        }
    };
    let skip = move |_| {
        set_missing.set(false);
        step(Action::Skip);
    };
    // Next goes on from its click, not from the form's submission: a frame
    // sandboxed without `allow-forms` blocks submitting before any submit
    // event, so a form-only Next would do nothing there.
    let on_next = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        go_on();
    };
    // Whatever else submits the form (an assistive tool, say) goes on too,
    // rather than reloading the page with the answer in its address.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go_on();
    };
    // Number keys pick an option; Enter goes on from anywhere in the card
    // except a button, which Enter already presses.
    let n_options = question.options.len();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        if let Some(n) = key
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=n_options).contains(n))
        {
            ev.prevent_default();
            choose((n - 1) as u8);
        } else if key == "Enter" && !page::is_on_button(&ev) {
            ev.prevent_default();
            go_on();
        }
    };
    let settled_early = move || ctx.session.with(|s| s.progress.can_finish_early(engine));
    let finish_early = move |_| {
        step(Action::FinishEarly);
    };

    let name = ["q-", &question.id].concat();
    // A hint explains a term in the prompt; the fieldset names it as its
    // description, so a screen reader reads it with the question.
    let hint_id = question.hint.as_ref().map(|_| [&name, "-hint"].concat());
    let hint = question.hint.as_ref().map(|text| {
        view! { <p class="question-hint" id=[&name, "-hint"].concat()>{text.as_ref()}</p> }
    });
    let options = question
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let id = [&name, "-", &i.to_string()].concat();
            let checked = move || {
                ctx.session
                    .with(|s| s.progress.answer(index) == Some(i as u8))
            };
            view! {
                <div class="option">
                    <span class="key" aria-hidden="true">{i + 1}</span>
                    <input type="radio" id=id.clone() name=name.clone() value=option.id.as_ref()
                        prop:checked=checked on:change=move |_| choose(i as u8)/>
                    <label for=id>{option.label.as_ref()}</label>
                </div>
            }
        })
        .collect_view();

    // The early-result offer comes after the buttons, and the stylesheet
    // keeps it at the bottom of the window while the card is taller than
    // that: in view on a phone, and nothing above it moves when it appears.
    view! {
        <form class="question" on:submit=on_submit on:keydown=on_keydown novalidate>
            <div class="bar" role="progressbar" aria-label=ui.progress_label
                aria-valuemin="0" aria-valuemax=total.to_string()
                aria-valuenow=move || n_answered().to_string()
                aria-valuetext=progress_text>
                <div class="fill" style:width=move || percent(ctx.session.with(|s| s.progress.percent_done()).into())></div>
            </div>
            <fieldset aria-describedby=hint_id>
                <legend tabindex="-1" node_ref=legend>{question.prompt.as_ref()}</legend>
                {hint}
                {options}
            </fieldset>
            <p class="hint" role="alert">{move || missing.get().then_some(ui.pick_one)}</p>
            {move || is_skipped().then(|| view! { <p class="skipped-note">{ui.skipped_note}</p> })}
            <p class="keys-hint">{ui.keys_hint}</p>
            <div class="nav">
                <button type="button" disabled=index == 0 on:click=move |_| { ctx.dispatch(Action::Back); }>
                    {ui.back}
                </button>
                <button type="button" class="quiet" on:click=skip>{ui.skip_question}</button>
                <button type="submit" class="primary" on:click=on_next>
                    {if is_last { ui.next_last } else { ui.next }}
                </button>
            </div>
            {move || settled_early().then(|| view! {
                <div class="early">
                    <p>{ui.settled_early}</p>
                    <button type="button" on:click=finish_early>{ui.see_result_now}</button>
                </div>
            })}
        </form>
    }
}
