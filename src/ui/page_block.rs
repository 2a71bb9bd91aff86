//! One block of a learn page. Every piece of content becomes a text node;
//! structure (lists, terms, tables) comes from the block's kind, not from
//! markup in the text.

use leptos::prelude::*;

use crate::domain::content::{Block, CertificationKind, Leaning};
use crate::domain::shipped::UI_EN;
use crate::domain::template::fill;

#[component]
pub fn PageBlock(block: &'static Block) -> impl IntoView {
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
                .map(|t| view! { <Item name=t.name.as_ref() leaning=t.leaning detail=t.category.to_string() about=t.note.as_ref()/> })
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
                    let template = match c.kind {
                        CertificationKind::Exam => UI_EN.cert_exam,
                        CertificationKind::Course => UI_EN.cert_course,
                    };
                    let detail = fill(template, &[("issuer", c.issuer.as_ref())]);
                    view! { <Item name=c.name.as_ref() leaning=c.leaning detail about=c.about.as_ref()/> }
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
                            <td><span class="cell-label">{UI_EN.salary_statistic}</span>{f.statistic.as_ref()}</td>
                            <td><span class="cell-label">{UI_EN.salary_figure}</span>{f.figure.as_ref()}</td>
                            <td><span class="cell-label">{UI_EN.salary_source}</span>{f.source.as_ref()}</td>
                            <td><span class="cell-label">{UI_EN.salary_date}</span>{f.date.as_ref()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="stack">
                    <caption>{UI_EN.salary_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{UI_EN.salary_who}</th>
                            <th scope="col">{UI_EN.salary_statistic}</th>
                            <th scope="col">{UI_EN.salary_figure}</th>
                            <th scope="col">{UI_EN.salary_source}</th>
                            <th scope="col">{UI_EN.salary_date}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    }
}

/// A tool or a certification: its name, the role it leans toward, one line
/// about what it is, and, when there is one, what else a reader must know.
#[component]
fn Item(name: &'static str, leaning: Leaning, detail: String, about: &'static str) -> impl IntoView {
    let about = (!about.is_empty()).then(|| {
        view! {
            <br/>
            <span class="item-detail">{about}</span>
        }
    });
    view! {
        <li>
            <span class="item-name">{name}</span>
            " "<LeaningTag leaning/>
            <br/>
            <span class="item-detail">{detail}</span>
            {about}
        </li>
    }
}

#[component]
fn LeaningTag(leaning: Leaning) -> impl IntoView {
    let (class, label) = match leaning {
        Leaning::Sre => ("tag tag-sre", UI_EN.lean_sre),
        Leaning::Devops => ("tag tag-devops", UI_EN.lean_devops),
        Leaning::Shared => ("tag tag-shared", UI_EN.lean_shared),
    };
    view! { <span class=class>{label}</span> }
}
