//! "Your path" on the result page: the context question ("Where are you
//! now?", never scored), then three steps, credentials at their level, job
//! titles, what interviews test, and plain links out. Links are ordinary
//! anchors: nothing is requested until the person clicks one.

use leptos::prelude::*;

use crate::domain::content::{CredentialLevel, Verdict};
use crate::domain::path::{choose, Background};
use crate::domain::quiz::Action;
use crate::domain::route::Route;
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::{use_content, use_ctx};

#[component]
pub fn PathSection(verdict: Verdict, shared: bool) -> impl IntoView {
    let Content {
        quiz, ui, library, ..
    } = use_content();
    let ctx = use_ctx();
    let Some(chosen) = choose(library, quiz, verdict, None) else {
        return ().into_any();
    };
    let path = chosen.path;
    // The sharer's background is theirs: a shared view shows the path alone.
    let background = Memo::new(move |_| {
        (!shared)
            .then(|| ctx.session.with(|s| s.progress.background()))
            .flatten()
    });
    let labels = [
        ui.background_new,
        ui.background_developer,
        ui.background_sysadmin,
        ui.background_qa,
        ui.background_support,
        ui.background_other,
    ];
    let question = (!shared).then(|| {
        let options = Background::ALL
            .into_iter()
            .map(|b| {
                let id = format!("where-{}", b.id());
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
    });
    let starts = move || {
        let chosen = choose(library, quiz, verdict, background.get())?;
        (!chosen.starts.is_empty()).then(|| {
            let lines = chosen
                .starts
                .into_iter()
                .map(|t| view! { <p>{t.as_ref()}</p> })
                .collect_view();
            view! {
                <h3>{ui.path_start}</h3>
                {lines}
            }
        })
    };
    let step_names = [ui.step_now, ui.step_next, ui.step_later];
    let steps = path
        .steps
        .iter()
        .zip(step_names)
        .map(|(s, name)| {
            view! {
                <li>
                    <h3>{name}</h3>
                    <p><strong>{ui.path_skills}": "</strong>{s.skills.as_ref()}</p>
                    <p><strong>{ui.path_project}": "</strong>{s.project.as_ref()}" "{s.done.as_ref()}</p>
                </li>
            }
        })
        .collect_view();
    let credentials = path
        .credentials
        .iter()
        .map(|c| {
            let level = match c.level {
                CredentialLevel::Entry => ui.level_entry,
                CredentialLevel::Later => ui.level_later,
                CredentialLevel::Vocabulary => ui.level_vocabulary,
            };
            view! {
                <li>
                    <a href=format!("https://{}", c.address) rel="noreferrer">{c.name.as_ref()}</a>
                    " ("{c.issuer.as_ref()}"): "{level}
                </li>
            }
        })
        .collect_view();
    let titles = path.titles.join(" · ");
    let links = path
        .links
        .iter()
        .map(|l| {
            view! { <li><a href=format!("https://{}", l.address) rel="noreferrer">{l.label.as_ref()}</a></li> }
        })
        .collect_view();
    let learn_id = match verdict {
        Verdict::Pole(0) => "sre",
        Verdict::Pole(_) => "devops",
        Verdict::Balanced => "together",
    };
    let learn = library.page(learn_id).map(|page| {
        view! {
            <li><a href=Route::Learn(learn_id.into()).hash()>{fill(ui.path_learn, &[("title", &page.title)])}</a></li>
        }
    });
    view! {
        <section class="path" aria-labelledby="path-heading">
            <h2 id="path-heading">{if shared { ui.shared_path_heading } else { ui.path_heading }}</h2>
            <p>{path.intro.as_ref()}</p>
            {question}
            // Present from the start, so a changed answer is announced.
            <div class="path-start" role="status">{starts}</div>
            <ol class="steps">{steps}</ol>
            <h3>{ui.path_credentials}</h3>
            <ul class="credentials">{credentials}</ul>
            <h3>{ui.path_titles}</h3>
            <p class="titles">{titles}</p>
            <h3>{ui.path_interviews}</h3>
            <p>{path.interviews.as_ref()}</p>
            <h3>{ui.path_links}</h3>
            <ul class="links-out">
                {learn}
                <li><a href=Route::Compare.hash()>{ui.path_compare}</a></li>
                {links}
            </ul>
        </section>
    }
    .into_any()
}
