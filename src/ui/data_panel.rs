//! The person's data: export it, carry it to another device, bring it back.

use leptos::prelude::*;

use crate::browser::page;
use crate::domain::record;
use crate::domain::session::SessionAction;
use crate::domain::shipped::{engine, QUIZ_EN, UI_EN};
use crate::domain::template::fill;
use crate::domain::transfer::{self, ImportError};
use crate::ui::app::{use_ctx, Flash};

#[component]
pub fn DataPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (text, set_text) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let export_href = move || {
        let json = ctx
            .session
            .with(|s| record::encode(&QUIZ_EN, s, crate::browser::location::now_ms()));
        format!(
            "data:application/json;charset=utf-8,{}",
            page::uri_component(&json)
        )
    };
    let code = move || {
        ctx.session
            .with(|s| transfer::resume_code(&QUIZ_EN, &s.progress))
    };
    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match transfer::import(engine(), &text.get_untracked()) {
            Ok(imported) => {
                ctx.dispatch(SessionAction::Import(imported));
                set_error.set(None);
                set_text.set(String::new());
                ctx.flash.set(Some(Flash(UI_EN.import_done.to_string())));
            }
            Err(e) => {
                let reason = match e {
                    ImportError::Code(t) => t.to_string(),
                    ImportError::Record(_) => UI_EN.import_bad_json.to_string(),
                };
                set_error.set(Some(fill(UI_EN.import_failed, &[("reason", &reason)])));
            }
        }
    };
    view! {
        <section class="data" aria-labelledby="data-heading">
            <h2 id="data-heading">{UI_EN.data_heading}</h2>
            <p>{UI_EN.data_explain}</p>
            <p>
                <a class="button" href=export_href download="opsfit-progress.json">{UI_EN.export_json}</a>
            </p>
            <p>
                <label for="resume-code">{UI_EN.resume_code_label}</label>
                <input id="resume-code" type="text" readonly prop:value=code
                    on:focus=|ev| page::select_text(&ev)/>
            </p>
            <form on:submit=import>
                <label for="import-text">{UI_EN.import_label}</label>
                <textarea id="import-text" rows="3" prop:value=text
                    aria-describedby="import-error"
                    on:input=move |ev| set_text.set(event_target_value(&ev))></textarea>
                <p id="import-error" class="hint" role="alert">{move || error.get()}</p>
                <button type="submit">{UI_EN.import}</button>
            </form>
        </section>
    }
}
