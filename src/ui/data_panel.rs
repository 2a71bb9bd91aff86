//! The person's data, a screen of its own (`#/data`, linked from the
//! footer): export it and carry it to another device once there is
//! something to take, and bring it back from another device at any time.
//! The pages module draws it (`domain::screens`, `Draw::Data`) and reads a
//! pasted code (`Draw::ReadCode`); an export is read here, the way the app
//! reads its stored record.

use leptos::prelude::*;

use crate::browser::{location, page, pages_module};
use crate::domain::route::Route;
use crate::domain::screens::{self, Draw, IMPORT_BUTTON, IMPORT_ERROR, IMPORT_TEXT};
use crate::domain::session::SessionAction;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::domain::transfer::{self, Imported};
use crate::ui::ctx::{use_content, use_ctx};
use crate::ui::page_text::page_text;

#[component]
pub fn DataPanel() -> impl IntoView {
    let Content {
        quiz, ui, engine, ..
    } = use_content();
    let ctx = use_ctx();
    let import = move || {
        let text = page::field_value(IMPORT_TEXT).unwrap_or_default();
        let imported = if transfer::is_record(&text) {
            transfer::import_record(engine, &text).map_err(|e| e.message(ui).to_string())
        } else {
            let answer = pages_module::draw(&screens::request(Draw::ReadCode, &text));
            screens::read_code_answer(engine, ui, &answer.unwrap_or_default())
                .map(Imported::Progress)
        };
        match imported {
            Ok(imported) => {
                ctx.dispatch(SessionAction::Import(imported));
                page::set_field_value(IMPORT_TEXT, "");
                page::set_text(IMPORT_ERROR, "");
                ctx.tell(ui.import_done);
                // Home offers to resume, or to see the result.
                ctx.go(Route::Home);
            }
            Err(reason) => {
                page::set_text(
                    IMPORT_ERROR,
                    &fill(ui.import_failed, &[("reason", &reason)]),
                );
            }
        }
    };
    let arg = ctx
        .session
        .with_untracked(|s| screens::data_arg(quiz, s, location::now_ms()));
    view! {
        <section class="data"
            on:click=move |ev| if page::is_on(&ev, IMPORT_BUTTON) { import() }
            on:focusin=|ev| page::select_text(&ev)>
            <h1>{ui.data_heading}</h1>
            {page_text(Draw::Data, arg)}
        </section>
    }
}
