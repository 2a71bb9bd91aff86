//! The person's data, a screen of its own (`#/data`, linked from the
//! footer): export it and carry it to another device once there is
//! something to take, and bring it back from another device at any time.

use leptos::prelude::*;

use crate::browser::page;
use crate::domain::record;
use crate::domain::route::Route;
use crate::domain::session::SessionAction;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::domain::transfer;
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;

#[component]
pub fn DataPanel() -> impl IntoView {
    let Content {
        quiz, ui, engine, ..
    } = use_content();
    let ctx = use_ctx();
    let (text, set_text) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let export_href = move || {
        let json = ctx
            .session
            .with(|s| record::encode(quiz, s, crate::browser::location::now_ms()));
        "data:application/json;charset=utf-8,".to_string() + &page::uri_component(&json)
    };
    let code = move || {
        ctx.session
            .with(|s| transfer::resume_code(quiz, &s.progress))
    };
    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match transfer::import(engine, &text.get_untracked()) {
            Ok(imported) => {
                ctx.dispatch(SessionAction::Import(imported));
                set_error.set(None);
                set_text.set(String::new());
                ctx.tell(ui.import_done);
                // Home offers to resume, or to see the result.
                ctx.go(Route::Home);
            }
            Err(e) => {
                set_error.set(Some(fill(ui.import_failed, &[("reason", e.message(ui))])));
            }
        }
    };
    let has_data = move || {
        ctx.session
            .with(|s| s.progress.is_started() || !s.history.is_empty())
    };
    let take = move || {
        if has_data() {
            view! {
                <p>{ui.data_explain}</p>
                <p>
                    <a class="button" href=export_href download="opsfit-progress.json">{ui.export_json}</a>
                </p>
                <p>
                    <label for="resume-code">{ui.resume_code_label}</label>
                    <input id="resume-code" type="text" readonly prop:value=code
                        on:focus=|ev| page::select_text(&ev)/>
                </p>
            }
            .into_any()
        } else {
            view! { <p>{ui.data_nothing}</p> }.into_any()
        }
    };
    view! {
        <section class="data">
            <h1>{ui.data_heading}</h1>
            {take}
            <form on:submit=import>
                <label for="import-text">{ui.import_label}</label>
                <textarea id="import-text" rows="3" prop:value=text
                    aria-describedby="import-error"
                    on:input=move |ev| set_text.set(event_target_value(&ev))></textarea>
                <p id="import-error" class="hint" role="alert">{move || error.get()}</p>
                <button type="submit">{ui.import}</button>
            </form>
        </section>
    }
}
