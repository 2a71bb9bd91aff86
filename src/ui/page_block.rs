//! One block of a learn page. Every piece of content becomes a text node;
//! structure (lists, terms, tables) comes from the block's kind, not from
//! markup in the text.

use leptos::prelude::*;

use crate::domain::content::{Block, Leaning};
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;

#[component]
pub fn PageBlock(block: &'static Block) -> impl IntoView {
    let Content { ui, .. } = use_content();
    match block {
        Block::Paragraph(text) => view! { <p>{text.as_ref()}</p> }.into_any(),
        Block::Bullets(items) => {
            let items = items
                .iter()
                .map(|t| view! { <li>{t.as_ref()}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Terms(terms) => {
            let terms = terms
                .iter()
                .map(|t| view! { <dt>{t.term.as_ref()}</dt><dd>{t.meaning.as_ref()}</dd> })
                .collect_view();
            view! { <dl class="terms">{terms}</dl> }.into_any()
        }
        Block::Tools { tools, source } => {
            let tools = tools
                .iter()
                .map(|t| view! { <Item name=t.name.as_ref() leaning=t.leaning detail=t.category.to_string()/> })
                .collect_view();
            view! {
                <ul class="items">{tools}</ul>
                <p class="source">{source.as_ref()}</p>
            }
            .into_any()
        }
        Block::Certifications(certs) => {
            let certs = certs
                .iter()
                .map(|c| {
                    let detail = fill(ui.cert_issuer, &[("issuer", c.issuer.as_ref())]);
                    view! { <Item name=c.name.as_ref() leaning=c.leaning detail/> }
                })
                .collect_view();
            view! { <ul class="items">{certs}</ul> }.into_any()
        }
        Block::Salaries(figures) => {
            let rows = figures
                .iter()
                .map(|f| {
                    view! {
                        <tr>
                            <th scope="row">{f.who.as_ref()}</th>
                            <td><span class="cell-label">{ui.salary_figure}</span>{f.figure.as_ref()}</td>
                            <td><span class="cell-label">{ui.salary_source}</span>{f.source.as_ref()}</td>
                            <td><span class="cell-label">{ui.salary_date}</span>{f.date.as_ref()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="stack">
                    <caption>{ui.salary_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ui.salary_who}</th>
                            <th scope="col">{ui.salary_figure}</th>
                            <th scope="col">{ui.salary_source}</th>
                            <th scope="col">{ui.salary_date}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    }
}

/// A tool or a certification: its name, the role it leans toward, and one
/// line about it.
#[component]
fn Item(name: &'static str, leaning: Leaning, detail: String) -> impl IntoView {
    view! {
        <li>
            <span class="item-name">{name}</span>
            " "<LeaningTag leaning/>
            <br/>
            <span class="item-detail">{detail}</span>
        </li>
    }
}

#[component]
fn LeaningTag(leaning: Leaning) -> impl IntoView {
    let Content { ui, .. } = use_content();
    let (class, label) = match leaning {
        Leaning::Sre => ("tag tag-sre", ui.lean_sre),
        Leaning::Devops => ("tag tag-devops", ui.lean_devops),
        Leaning::Shared => ("tag tag-shared", ui.lean_shared),
    };
    view! { <span class=class>{label}</span> }
}
