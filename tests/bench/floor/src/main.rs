//! A bare quiz: six questions with four options each, one at a time, then a
//! count. No storage, no routes, no content pipeline: what any Leptos quiz
//! must pay for before its first question.

use leptos::prelude::*;

const QUESTIONS: [(&str, [&str; 4]); 6] = [
    (
        "How do you like to start the day?",
        ["Dashboards", "Pull requests", "Meetings", "Coffee"],
    ),
    (
        "A release fails. You first…",
        [
            "Roll back",
            "Read the logs",
            "Call the team",
            "Write a test",
        ],
    ),
    (
        "Which do you enjoy most?",
        ["Automation", "Debugging", "Teaching", "Planning"],
    ),
    (
        "Your favourite metric is…",
        ["Latency", "Lead time", "Uptime", "Coverage"],
    ),
    ("On call is…", ["Fine", "A chore", "Exciting", "Avoidable"]),
    (
        "You would rather build…",
        ["Pipelines", "Platforms", "Tools", "Reports"],
    ),
];

#[component]
fn Quiz() -> impl IntoView {
    let (at, set_at) = signal(0usize);
    let (picked, set_picked) = signal(None::<usize>);
    let (score, set_score) = signal(0usize);
    let question = move || {
        let i = at.get();
        if i == QUESTIONS.len() {
            return view! { <p>"You scored " {score.get()} " of 18."</p> }.into_any();
        }
        let (prompt, options) = QUESTIONS[i];
        let options = options
            .iter()
            .enumerate()
            .map(|(k, label)| {
                let id = format!("q{i}o{k}");
                view! {
                    <div>
                        <input type="radio" name="option" id=id.clone()
                            prop:checked=move || picked.get() == Some(k)
                            on:change=move |_| set_picked.set(Some(k))/>
                        <label for=id>{*label}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <form on:submit=move |ev| {
                ev.prevent_default();
                if let Some(k) = picked.get() {
                    set_score.update(|s| *s += k);
                    set_picked.set(None);
                    set_at.update(|a| *a += 1);
                }
            }>
                <p>"Question " {i + 1} " of " {QUESTIONS.len()}</p>
                <fieldset>
                    <legend>{prompt}</legend>
                    {options}
                </fieldset>
                <button type="submit" disabled=move || picked.get().is_none()>"Next"</button>
            </form>
        }
        .into_any()
    };
    view! { <main>{question}</main> }
}

fn main() {
    leptos::mount::mount_to_body(Quiz);
}
