//! The quiz screen: one question at a time, with native radio controls.

use leptos::prelude::*;

use crate::domain::quiz::Action;
use crate::domain::route::Route;
use crate::domain::shipped::{QUIZ_EN, UI_EN};
use crate::domain::template::fill;
use crate::ui::app::use_ctx;

#[component]
pub fn QuizPage() -> impl IntoView {
    let ctx = use_ctx();
    // A memo, so choosing an option re-renders only the option, not the card.
    let cursor = Memo::new(move |_| ctx.progress.with(|p| p.cursor()));
    move || view! { <QuestionCard index=cursor.get()/> }
}

#[component]
fn QuestionCard(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let question = &QUIZ_EN.questions[index];
    let total = QUIZ_EN.questions.len();
    let is_last = index + 1 == total;
    let legend = NodeRef::<leptos::html::Legend>::new();
    let (missing, set_missing) = signal(false);

    // Focus the new question so keyboard and screen-reader users start there.
    Effect::new(move |_| {
        if let Some(el) = legend.get() {
            let _ = el.focus();
        }
    });

    let n_answered = move || ctx.progress.with(|p| p.n_answered());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if ctx.progress.with(|p| p.answer(index).is_none()) {
            set_missing.set(true);
            return;
        }
        ctx.dispatch(Action::Next);
        if ctx.progress.with(|p| p.is_finished()) {
            ctx.go(Route::Result);
        }
    };
    let name = format!("q-{}", question.id);
    let options = question
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let id = format!("{name}-{i}");
            let checked = move || ctx.progress.with(|p| p.answer(index) == Some(i as u8));
            let choose = move |_| {
                set_missing.set(false);
                ctx.dispatch(Action::Answer {
                    question: index,
                    option: i as u8,
                });
            };
            view! {
                <div class="option">
                    <input type="radio" id=id.clone() name=name.clone() value=option.id.as_ref()
                        prop:checked=checked on:change=choose/>
                    <label for=id>{option.label.as_ref()}</label>
                </div>
            }
        })
        .collect_view();
    let position = fill(
        UI_EN.question_of,
        &[
            ("n", &(index + 1).to_string()),
            ("total", &total.to_string()),
        ],
    );

    view! {
        <form class="question" on:submit=on_submit novalidate>
            <p class="position">{position}</p>
            <div class="bar" role="progressbar" aria-label=UI_EN.progress_label
                aria-valuemin="0" aria-valuemax=total.to_string()
                aria-valuenow=move || n_answered().to_string()>
                <div class="fill" style:width=move || format!("{}%", n_answered() * 100 / total)></div>
            </div>
            <fieldset>
                <legend tabindex="-1" node_ref=legend>{question.prompt.as_ref()}</legend>
                {options}
            </fieldset>
            <p class="hint" role="alert">{move || missing.get().then_some(UI_EN.pick_one)}</p>
            <div class="nav">
                <button type="button" disabled=index == 0 on:click=move |_| ctx.dispatch(Action::Back)>
                    {UI_EN.back}
                </button>
                <button type="submit" class="primary">
                    {if is_last { UI_EN.next_last } else { UI_EN.next }}
                </button>
            </div>
        </form>
    }
}
