//! What a learn, compare or method screen shows from its page data, as a
//! tree of plain elements and text, decided here where native tests reach
//! it; `browser::page_tree` turns it into DOM nodes.
//!
//! Why not Leptos views: these screens are static once their text is in,
//! and a `view!` per block kind cost the first load about 6 KB brotli of
//! monomorphised view code; one small builder and one DOM walker replace
//! it. Safety is kept the same way: every piece of content is a text node,
//! and tags and attribute names are fixed strings chosen here, never `on*`
//! or `style`; the only attribute values from content are plain text
//! (`datetime`, `aria-label`, a route's `href`).

use std::borrow::Cow;

use super::content::{Block, CertificationKind, Leaning, Library, Page, Quiz, Section};
use super::route::Route;
use super::shipped::Ui;
use super::template::fill;

type Text = Cow<'static, str>;

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(Text),
    Element {
        tag: &'static str,
        attrs: Vec<(&'static str, Text)>,
        children: Vec<Node>,
    },
}

/// What the screens need besides the library: the quiz (the method screen's
/// numbers and dimensions) and the UI strings.
#[derive(Clone, Copy)]
pub struct Words {
    pub quiz: &'static Quiz,
    pub ui: &'static Ui,
}

fn el(tag: &'static str, attrs: Vec<(&'static str, Text)>, children: Vec<Node>) -> Node {
    Node::Element {
        tag,
        attrs,
        children,
    }
}

fn class(name: &'static str) -> Vec<(&'static str, Text)> {
    vec![("class", Cow::Borrowed(name))]
}

fn text(t: impl Into<Text>) -> Node {
    Node::Text(t.into())
}

/// An element with no attributes and one text.
fn with_text(tag: &'static str, t: impl Into<Text>) -> Node {
    el(tag, vec![], vec![text(t)])
}

/// The learn index: every page's title, as a link, and its summary.
pub fn learn_index(library: &'static Library) -> Vec<Node> {
    let items = library
        .pages
        .iter()
        .map(|p| {
            let link = el(
                "a",
                vec![("href", Route::Learn(p.id.to_string()).hash().into())],
                vec![text(p.title.as_ref())],
            );
            el(
                "li",
                vec![],
                vec![
                    el("h2", vec![], vec![link]),
                    with_text("p", p.summary.as_ref()),
                ],
            )
        })
        .collect();
    vec![el("ul", class("page-list"), items)]
}

/// A learn page under its title: its summary, then its sections.
pub fn learn_article(page: &'static Page, library: &'static Library, w: Words) -> Vec<Node> {
    let mut out = vec![el("p", class("lede"), vec![text(page.summary.as_ref())])];
    out.extend(sections(&page.sections, library, w, &[]));
    out
}

/// The two roles side by side: a table whose rows stack into cards on
/// narrow screens, each cell labelled with its role.
pub fn compare(library: &'static Library, w: Words) -> Vec<Node> {
    let c = &library.compare;
    let roles: Vec<&'static str> = c.roles.iter().map(|r| r.as_ref()).collect();
    let mut heads = vec![w.ui.compare_aspect];
    heads.extend(&roles);
    let rows = c
        .aspects
        .iter()
        .map(|a| row(&a.label, &roles, a.cells.iter().map(|c| c.as_ref())))
        .collect();
    vec![
        with_text("p", c.intro.as_ref()),
        table("stack compare-table", None, &heads, rows),
    ]
}

/// "How this quiz works" under its title: the intro and sections with the
/// quiz's own numbers filled in, and when the content was last reviewed.
pub fn method(library: &'static Library, w: Words) -> Vec<Node> {
    let m = &library.method;
    let quiz = w.quiz;
    let holes = [
        ("threshold", quiz.balanced_threshold.to_string()),
        ("questions", quiz.questions.len().to_string()),
        ("dimensions", quiz.dimensions.len().to_string()),
    ];
    let holes: Vec<(&str, &str)> = holes.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut out = vec![el("p", class("lede"), vec![text(fill(&m.intro, &holes))])];
    out.extend(sections(&m.sections, library, w, &holes));
    let reviewed = fill(w.ui.method_reviewed, &[("date", m.reviewed.as_ref())]);
    out.push(el(
        "p",
        vec![],
        vec![el(
            "time",
            vec![("datetime", m.reviewed.as_ref().into())],
            vec![text(reviewed)],
        )],
    ));
    out
}

/// Sections, each a heading over its blocks. `holes` fill `{name}` in
/// paragraphs and bullets (the method screen's `{threshold}`).
fn sections(
    sections: &'static [Section],
    library: &'static Library,
    w: Words,
    holes: &[(&str, &str)],
) -> Vec<Node> {
    sections
        .iter()
        .map(|s| {
            let mut children = vec![with_text("h2", s.heading.as_ref())];
            for b in s.blocks.iter() {
                block(b, library, w, holes, &mut children);
            }
            el("section", class("learn-section"), children)
        })
        .collect()
}

fn block(
    block: &'static Block,
    library: &'static Library,
    w: Words,
    holes: &[(&str, &str)],
    out: &mut Vec<Node>,
) {
    let Words { ui, quiz } = w;
    let filled = |t: &str| text(fill(t, holes));
    let node = match block {
        Block::Paragraph(t) => el("p", vec![], vec![filled(t)]),
        Block::Bullets(items) => el(
            "ul",
            vec![],
            items
                .iter()
                .map(|t| el("li", vec![], vec![filled(t)]))
                .collect(),
        ),
        Block::Terms(terms) => terms_list(
            terms
                .iter()
                .map(|t| (t.term.as_ref(), Cow::Borrowed(t.meaning.as_ref())))
                .collect(),
        ),
        Block::Dimensions => terms_list(
            quiz.dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let n = quiz.n_questions_moving(i).to_string();
                    let moves = fill(ui.method_dimension_moves, &[("n", &n)]);
                    (
                        d.label.as_ref(),
                        Cow::Owned(format!("{} {moves}", d.description)),
                    )
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
                        vec![t.category.as_ref().into(), t.note.as_ref().into()],
                        ui,
                    )
                })
                .collect();
            out.push(el("ul", class("items"), tools));
            el("p", class("source"), vec![text(source.as_ref())])
        }
        Block::Certifications(certs) => el(
            "ul",
            class("items"),
            certs
                .iter()
                .map(|c| {
                    let template = match c.kind {
                        CertificationKind::Exam => ui.cert_exam,
                        CertificationKind::Course => ui.cert_course,
                    };
                    let detail = fill(template, &[("issuer", c.issuer.as_ref())]);
                    item(
                        &c.name,
                        Some(c.leaning),
                        vec![detail.into(), c.about.as_ref().into()],
                        ui,
                    )
                })
                .collect(),
        ),
        Block::Sources => {
            let items = library
                .sources
                .iter()
                .map(|s| {
                    let address = if s.address.is_empty() {
                        Cow::Borrowed("")
                    } else {
                        fill(ui.source_address, &[("address", s.address.as_ref())]).into()
                    };
                    item(&s.name, None, vec![s.date.as_ref().into(), address], ui)
                })
                .collect();
            let mut attrs = class("items");
            attrs.push(("aria-label", ui.sources_label.into()));
            el("ul", attrs, items)
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
                .collect();
            let mut heads = vec![ui.salary_who];
            heads.extend(labels);
            table("stack", Some(ui.salary_caption), &heads, rows)
        }
    };
    out.push(node);
}

/// A table whose first column heads each row; the `stack` class turns each
/// row into a card on narrow screens, where each cell's label names its
/// column.
fn table(
    classes: &'static str,
    caption: Option<&'static str>,
    heads: &[&'static str],
    rows: Vec<Node>,
) -> Node {
    let heads = heads
        .iter()
        .map(|h| el("th", vec![("scope", "col".into())], vec![text(*h)]))
        .collect();
    let mut children: Vec<Node> = caption
        .map(|c| with_text("caption", c))
        .into_iter()
        .collect();
    children.push(el("thead", vec![], vec![el("tr", vec![], heads)]));
    children.push(el("tbody", vec![], rows));
    el("table", class(classes), children)
}

fn row(
    label: &'static str,
    labels: &[&'static str],
    cells: impl Iterator<Item = &'static str>,
) -> Node {
    let mut children = vec![el("th", vec![("scope", "row".into())], vec![text(label)])];
    children.extend(labels.iter().zip(cells).map(|(l, c)| {
        el(
            "td",
            vec![],
            vec![el("span", class("cell-label"), vec![text(*l)]), text(c)],
        )
    }));
    el("tr", vec![], children)
}

/// Terms and what each means, such as SLI and SLO, or a dimension.
fn terms_list(terms: Vec<(&'static str, Text)>) -> Node {
    let mut children = Vec::new();
    for (t, meaning) in terms {
        children.push(with_text("dt", t));
        children.push(el("dd", vec![], vec![Node::Text(meaning)]));
    }
    el("dl", class("terms"), children)
}

/// A tool, a certification or a source: its name, the role it leans toward
/// if any, and its detail lines; an empty line (no note, no address) is
/// left out.
fn item(name: &'static str, leaning: Option<Leaning>, lines: Vec<Text>, ui: &'static Ui) -> Node {
    let mut children = vec![el("span", class("item-name"), vec![text(name)])];
    if let Some(l) = leaning {
        let (classes, label) = match l {
            Leaning::Sre => ("tag tag-sre", ui.lean_sre),
            Leaning::Devops => ("tag tag-devops", ui.lean_devops),
            Leaning::Shared => ("tag tag-shared", ui.lean_shared),
        };
        children.push(text(" "));
        children.push(el("span", class(classes), vec![text(label)]));
    }
    for line in lines.into_iter().filter(|l| !l.is_empty()) {
        children.push(el("br", vec![], vec![]));
        children.push(el("span", class("item-detail"), vec![Node::Text(line)]));
    }
    el("li", vec![], children)
}

impl Node {
    /// The text a person reads in this node, for tests.
    pub fn text(&self) -> String {
        match self {
            Node::Text(t) => t.to_string(),
            Node::Element { children, .. } => children.iter().map(Node::text).collect(),
        }
    }
}
