//! What the person must know about their saved progress.

use leptos::prelude::*;

use crate::browser::service_worker;
use crate::domain::record::LoadNotice;
use crate::domain::shipped::UI_EN;
use crate::domain::template::fill;
use crate::ui::app::use_ctx;

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    let load = move || {
        ctx.notice.get().map(|n| {
            let text = match n {
                LoadNotice::Corrupt => UI_EN.notice_corrupt.to_string(),
                LoadNotice::Newer(_) => UI_EN.notice_newer.to_string(),
                LoadNotice::Dropped(n) => fill(UI_EN.notice_dropped, &[("n", &n.to_string())]),
            };
            view! { <p class="notice">{text}</p> }
        })
    };
    let memory = move || {
        (!ctx.persistent.get()).then(|| view! { <p class="notice">{UI_EN.notice_memory}</p> })
    };
    let flash = move || {
        ctx.flash.get().map(|f| {
            view! {
                <p class="notice">
                    {f.0}
                    " "
                    <button type="button" class="link" on:click=move |_| ctx.flash.set(None)>
                        {UI_EN.dismiss}
                    </button>
                </p>
            }
        })
    };
    let update = move || {
        ctx.update_ready.get().then(|| {
            view! {
                <p class="notice">
                    {UI_EN.update_ready}
                    " "
                    <button type="button" on:click=|_| service_worker::apply_update()>{UI_EN.reload}</button>
                </p>
            }
        })
    };
    view! { <div class="notices" role="status">{load}{memory}{flash}{update}</div> }
}
