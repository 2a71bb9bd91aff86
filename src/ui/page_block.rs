//! One block of a learn page. Every piece of content becomes a text node;
//! structure (lists, terms, tables) comes from the block's kind, not from
//! markup in the text. The kinds share three shapes, each written once:
//! a table whose rows stack into cards on narrow screens, a list of named
//! items, and a list of terms.

use leptos::prelude::*;

use crate::domain::content::{Block, CertificationKind, Leaning, Library, Section};
use crate::domain::shipped::Content;
use crate::domain::template::fill;
use crate::ui::ctx::use_content;

/// The sections of a learn page or of the method screen, each a heading
/// over its blocks; `holes` as for [`PageBlock`].
#[component]
pub fn PageSections(
    sections: &'static [Section],
    library: &'static Library,
    #[prop(optional)] holes: Vec<(&'static str, String)>,
) -> impl IntoView {
    sections
        .iter()
        .map(|s| {
            let blocks = s
                .blocks
                .iter()
                .map(|block| page_block(block, library, &holes))
                .collect_view();
            view! {
                <section class="learn-section">
                    <h2>{s.heading.as_ref()}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view()
}

/// `holes` fill `{name}` in paragraphs and bullets, such as the method
/// screen's `{threshold}`; learn pages pass none.
fn page_block(
    block: &'static Block,
    library: &'static Library,
    holes: &[(&'static str, String)],
) -> AnyView {
    let Content { ui, quiz, .. } = use_content();
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
        Block::Terms(terms) => terms_list(
            terms
                .iter()
                .map(|t| (t.term.as_ref(), t.meaning.to_string()))
                .collect(),
        ),
        Block::Dimensions => terms_list(
            quiz.dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let n = quiz.n_questions_moving(i).to_string();
                    let moves = fill(ui.method_dimension_moves, &[("n", &n)]);
                    (d.label.as_ref(), format!("{} {moves}", d.description))
                })
                .collect(),
        ),
        Block::Tools { tools, source } => {
            let tools = tools
                .iter()
                .map(|t| {
                    item(
                        &t.name,
                        Some(t.leaning),
                        vec![t.category.to_string(), t.note.to_string()],
                    )
                })
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
                    item(&c.name, Some(c.leaning), vec![detail, c.about.to_string()])
                })
                .collect_view();
            view! { <ul class="items">{certs}</ul> }.into_any()
        }
        Block::Sources => {
            let items = library
                .sources
                .iter()
                .map(|s| {
                    let address = if s.address.is_empty() {
                        String::new()
                    } else {
                        fill(ui.source_address, &[("address", s.address.as_ref())])
                    };
                    item(&s.name, None, vec![s.date.to_string(), address])
                })
                .collect_view();
            view! { <ul class="items" aria-label=ui.sources_label>{items}</ul> }.into_any()
        }
        Block::Salaries(figures) => {
            let labels = [
                ui.salary_statistic,
                ui.salary_figure,
                ui.salary_source,
                ui.salary_date,
            ];
            let rows = figures
                .iter()
                .map(|f| {
                    row(
                        &f.who,
                        &labels,
                        [&f.statistic, &f.figure, &f.source, &f.date]
                            .into_iter()
                            .map(|t| t.as_ref()),
                    )
                })
                .collect_view();
            let mut heads = vec![ui.salary_who];
            heads.extend(labels);
            view! { <Table class="stack" caption=ui.salary_caption heads rows/> }.into_any()
        }
    }
}

/// A table whose first column heads each row; `heads` are the column
/// headings. The `stack` class turns each row into a card on narrow
/// screens, where each cell's label (see [`row`]) names its column.
#[component]
pub fn Table(
    class: &'static str,
    #[prop(optional)] caption: Option<&'static str>,
    heads: Vec<&'static str>,
    rows: Vec<AnyView>,
) -> impl IntoView {
    let heads = heads
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    view! {
        <table class=class>
            {caption.map(|c| view! { <caption>{c}</caption> })}
            <thead><tr>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One row of a [`Table`]: its heading, then each cell with the visible
/// label of its column.
pub fn row(
    label: &'static str,
    labels: &[&'static str],
    cells: impl Iterator<Item = &'static str>,
) -> AnyView {
    let cells = labels
        .iter()
        .zip(cells)
        .map(|(l, c)| view! { <td><span class="cell-label">{*l}</span>{c}</td> })
        .collect_view();
    view! {
        <tr>
            <th scope="row">{label}</th>
            {cells}
        </tr>
    }
    .into_any()
}

/// Terms and what each means, such as SLI and SLO, or a dimension.
fn terms_list(terms: Vec<(&'static str, String)>) -> AnyView {
    let terms = terms
        .into_iter()
        .map(|(t, meaning)| view! { <dt>{t}</dt><dd>{meaning}</dd> })
        .collect_view();
    view! { <dl class="terms">{terms}</dl> }.into_any()
}

/// A tool, a certification or a source: its name, the role it leans toward
/// if any, and its detail lines; an empty line (no note, no address) is
/// left out.
fn item(name: &'static str, leaning: Option<Leaning>, lines: Vec<String>) -> AnyView {
    let Content { ui, .. } = use_content();
    let tag = leaning.map(|l| {
        let (class, label) = match l {
            Leaning::Sre => ("tag tag-sre", ui.lean_sre),
            Leaning::Devops => ("tag tag-devops", ui.lean_devops),
            Leaning::Shared => ("tag tag-shared", ui.lean_shared),
        };
        view! { " "<span class=class>{label}</span> }
    });
    let lines = lines
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| view! { <br/><span class="item-detail">{l}</span> })
        .collect_view();
    view! {
        <li>
            <span class="item-name">{name}</span>
            {tag}
            {lines}
        </li>
    }
    .into_any()
}
