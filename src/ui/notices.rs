//! What the person must know about their saved progress.

use leptos::prelude::*;

use crate::browser::service_worker;
use crate::domain::record::Unkept;
use crate::domain::shipped::Content;
use crate::ui::ctx::use_content;
use crate::ui::ctx::use_ctx;

#[component]
pub fn Notices() -> impl IntoView {
    let Content { ui, .. } = use_content();
    let ctx = use_ctx();
    let load = move || {
        ctx.notice.get().map(|n| {
            view! { <p class="notice">{n.message(ui)}</p> }
        })
    };
    let memory = move || {
        ctx.unkept.get().map(|unkept| {
            let text = match unkept {
                Unkept::Everything => ui.notice_memory,
                Unkept::NewAnswers => ui.notice_new_not_kept,
            };
            view! { <p class="notice">{text}</p> }
        })
    };
    let flash = move || {
        ctx.flash.get().map(|f| {
            view! {
                <p class="notice">
                    {f.text}
                    " "
                    <button type="button" class="link" on:click=move |_| ctx.flash.set(None)>
                        {ui.dismiss}
                    </button>
                </p>
            }
        })
    };
    let update = move || {
        ctx.update_ready.get().then(|| {
            view! {
                <p class="notice">
                    {ui.update_ready}
                    " "
                    <button type="button" on:click=|_| service_worker::apply_update()>{ui.reload}</button>
                </p>
            }
        })
    };
    view! { <div class="notices" role="status">{load}{memory}{flash}{update}</div> }
}
