//! One block of a learn page. Every piece of content becomes a text node;
//! structure (lists, terms, tables) comes from the block's kind, not from
//! markup in the text.

use leptos::prelude::*;

use crate::domain::content::{Block, CertificationKind, Leaning, Section};
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;
use crate::ui::page_contents::heading_id;

/// The sections of a learn page or of the method screen, each a heading
/// over its blocks; `holes` as for [`PageBlock`].
#[component]
pub fn PageSections(
    sections: &'static [Section],
    #[prop(optional)] holes: Vec<(&'static str, String)>,
) -> impl IntoView {
    sections
        .iter()
        .map(|s| {
            let blocks = s
                .blocks
                .iter()
                .map(|block| view! { <PageBlock block holes=holes.clone()/> })
                .collect_view();
            view! {
                <section class="learn-section">
                    <h2 id=heading_id(&s.id)>{s.heading.as_ref()}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view()
}

/// `holes` fill `{name}` in paragraphs and bullets, such as the method
/// screen's `{threshold}`; learn pages pass none.
#[component]
pub fn PageBlock(
    block: &'static Block,
    #[prop(optional)] holes: Vec<(&'static str, String)>,
) -> impl IntoView {
    let Content {
        ui, quiz, library, ..
    } = use_content();
    let holes: Vec<(&str, &str)> = holes.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let text = move |t: &str| fill(t, &holes);
    match block {
        Block::Paragraph(t) => view! { <p>{text(t)}</p> }.into_any(),
        Block::Bullets(items) => {
            let items = items
                .iter()
                .map(|t| view! { <li>{text(t)}</li> })
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
                        CertificationKind::Exam => ui.cert_exam,
                        CertificationKind::Course => ui.cert_course,
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
                            <td><span class="cell-label">{ui.salary_statistic}</span>{f.statistic.as_ref()}</td>
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
                            <th scope="col">{ui.salary_statistic}</th>
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
        Block::Dimensions => {
            let items = quiz
                .dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let n = quiz.n_questions_moving(i).to_string();
                    let moves = fill(ui.method_dimension_moves, &[("n", &n)]);
                    view! {
                        <dt>{d.label.as_ref()}</dt>
                        <dd>{d.description.as_ref()}" "{moves}</dd>
                    }
                })
                .collect_view();
            view! { <dl class="terms">{items}</dl> }.into_any()
        }
        Block::Sources => {
            let items = library
                .sources
                .iter()
                .map(|s| {
                    let address = (!s.address.is_empty())
                        .then(|| fill(ui.source_address, &[("address", s.address.as_ref())]));
                    view! {
                        <li>
                            <span class="item-name">{s.name.as_ref()}</span>
                            <br/>
                            <span class="item-detail">{s.date.as_ref()}</span>
                            {address.map(|a| view! { <br/><span class="item-detail">{a}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="items" aria-label=ui.sources_label>{items}</ul> }.into_any()
        }
    }
}

/// A tool or a certification: its name, the role it leans toward, one line
/// about what it is, and, when there is one, what else a reader must know.
#[component]
fn Item(
    name: &'static str,
    leaning: Leaning,
    detail: String,
    about: &'static str,
) -> impl IntoView {
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
    let Content { ui, .. } = use_content();
    let (class, label) = match leaning {
        Leaning::Sre => ("tag tag-sre", ui.lean_sre),
        Leaning::Devops => ("tag tag-devops", ui.lean_devops),
        Leaning::Shared => ("tag tag-shared", ui.lean_shared),
    };
    view! { <span class=class>{label}</span> }
}
