//! "Your path" on the result page: the context question ("Where are you
//! now?", never scored), then where this person starts, and the steps,
//! credentials, job titles, interviews and links out, which are page data
//! (`domain::page_tree::path`). Links are ordinary anchors: nothing is
//! requested until the person clicks one.

use leptos::prelude::*;

use crate::domain::content::Verdict;
use crate::domain::page_tree::path_arg;
use crate::domain::path::Background;
use crate::domain::quiz::Action;
use crate::domain::screens::Draw;
use crate::domain::shipped::Content;
use crate::ui::ctx::{use_content, use_ctx};
use crate::ui::page_text::page_text;

#[component]
pub fn PathSection(verdict: Verdict) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    let background = Memo::new(move |_| ctx.session.with(|s| s.progress.background()));
    let labels = [
        ui.background_new,
        ui.background_developer,
        ui.background_sysadmin,
        ui.background_qa,
        ui.background_support,
        ui.background_other,
    ];
    let question = {
        let options = Background::ALL
            .into_iter()
            .map(|b| {
                let id = ["where-", b.id()].concat();
                view! {
                    <div class="where-option">
                        <input type="radio" name="where" id=id.clone()
                            prop:checked=move || background.get() == Some(b)
                            on:change=move |_| { ctx.dispatch(Action::SetBackground(Some(b))); }/>
                        <label for=id>{labels[b as usize]}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="where">
                <legend>{ui.where_heading}</legend>
                <p class="hint">{ui.where_explain}</p>
                {options}
            </fieldset>
        }
    };
    let start = move || page_text(Draw::PathStart, path_arg(verdict, background.get()));
    view! {
        <section class="path" aria-labelledby="path-heading">
            <h2 id="path-heading">{ui.path_heading}</h2>
            {question}
            // Present from the start, so a changed answer is announced.
            <div class="path-start" role="status">{start}</div>
            {page_text(Draw::Path, path_arg(verdict, None))}
        </section>
    }
}
