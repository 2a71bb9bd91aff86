//! What a learn, compare or method screen shows from its page data, as
//! plain elements and text, decided here where native tests reach it. The
//! builders write to a [`Sink`]: `browser::page_tree` makes DOM nodes as it
//! goes, and tests collect a [`Node`] tree.
//!
//! Why not Leptos views: these screens are static once their text is in,
//! and a `view!` per block kind cost the first load 6.2 KB brotli of
//! monomorphised view code; these builders and the DOM sink cost far less.
//! Safety is kept the same way: every piece of content is a text node, and
//! tags and attribute names are fixed strings chosen here, never `on*` or
//! `style`; the only attribute values from content are plain text
//! (`datetime`, `aria-label`, a route's `href`).

use super::content::{
    Block, CertificationKind, CredentialLevel, Leaning, Library, Page, Part, Quiz, Section, Verdict,
};
use super::path::{choose, Background};
use super::route::{Place, Route};
use super::shipped::{Content, PageUi, Pages, Ui};
use super::template::fill;

/// Where a screen's elements go, in document order: `open` an element, give
/// it attributes, then its text and children, then `close` it.
pub trait Sink {
    fn open(&mut self, tag: &'static str);
    fn attr(&mut self, name: &'static str, value: &str);
    fn text(&mut self, text: &str);
    fn close(&mut self);
    /// A CSS property of the open element, set through the CSSOM (never a
    /// `style` attribute, which the Content Security Policy refuses): the
    /// result's bars and markers.
    fn style(&mut self, property: &'static str, value: &str);
}

/// What the screens need besides the library: the quiz (the method screen's
/// numbers and dimensions) and the UI strings.
#[derive(Clone, Copy)]
pub struct Words {
    pub quiz: &'static Quiz,
    pub ui: &'static Ui,
    /// The words only these screens show, kept out of the first load.
    pub page: &'static PageUi,
}

impl Words {
    /// The words of the build's language, as the pages module draws with.
    pub fn of(content: Content, pages: Pages) -> Words {
        Words {
            quiz: content.quiz,
            ui: content.ui,
            page: pages.ui,
        }
    }
}

/// An element with a class (none when empty) and one text.
pub(crate) fn leaf(out: &mut dyn Sink, tag: &'static str, class: &'static str, text: &str) {
    open(out, tag, class);
    out.text(text);
    out.close();
}

/// Opens an element with a class (none when empty).
pub(crate) fn open(out: &mut dyn Sink, tag: &'static str, class: &'static str) {
    out.open(tag);
    if !class.is_empty() {
        out.attr("class", class);
    }
}

/// The learn index: every page's title, as a link, and its summary, then
/// the way to compare and to the method.
pub fn learn_index(library: &'static Library, w: Words, _: &str, out: &mut dyn Sink) {
    leaf(out, "p", "", w.page.learn_intro);
    open(out, "ul", "page-list");
    for p in library.pages.iter() {
        out.open("li");
        out.open("h2");
        out.open("a");
        out.attr("href", &Route::Learn(p.id.to_string()).hash());
        out.text(&p.title);
        out.close();
        out.close();
        leaf(out, "p", "", &p.summary);
        out.close();
    }
    out.close();
    link_line(out, &Route::Compare, w.ui.learn_compare_link);
    link_line(out, &Route::Method, w.page.method_link);
}

/// A paragraph that is one link to a screen of the app.
fn link_line(out: &mut dyn Sink, to: &Route, text: &str) {
    out.open("p");
    out.open("a");
    out.attr("href", &to.hash());
    out.text(text);
    out.close();
    out.close();
}

/// The learn page `id` under its title: its summary, then its sections; or,
/// for an id no page has, a clear dead end. Either way back to the index.
pub fn learn_article(library: &'static Library, w: Words, id: &str, out: &mut dyn Sink) {
    match library.page(id) {
        Some(page) => article(page, library, w, out),
        None => leaf(
            out,
            "p",
            "",
            &fill(w.page.page_not_found_text, &[("id", id)]),
        ),
    }
    link_line(out, &Route::Learn(String::new()), w.page.back_to_learn);
}

fn article(page: &'static Page, library: &'static Library, w: Words, out: &mut dyn Sink) {
    leaf(out, "p", "lede", &page.summary);
    let route = Route::Learn(page.id.to_string());
    let items = page
        .sections
        .iter()
        .map(|s| (s.id.as_ref(), s.heading.as_ref()));
    contents(out, &route, items, w.page);
    sections(&page.sections, library, w, &[], out);
}

/// A heading that a region names by `aria-labelledby`, or that a
/// section's address moves to.
pub(crate) fn heading_with_id(out: &mut dyn Sink, tag: &'static str, id: &str, text: &str) {
    out.open(tag);
    out.attr("id", id);
    out.text(text);
    out.close();
}

/// The DOM id of a section's heading: its content id, prefixed so it cannot
/// meet the app's own ids. A section's address (`Place::section_of`) moves
/// focus to it.
pub fn heading_id(section: &str) -> String {
    ["section-", section].concat()
}

/// "On this page": a link to every section, each a route of its own
/// (`#/learn/sre/tools`), so the hash router never sees a bare `#id`.
fn contents<'a>(
    out: &mut dyn Sink,
    route: &Route,
    items: impl Iterator<Item = (&'a str, &'a str)>,
    page: &PageUi,
) {
    open(out, "nav", "toc");
    out.attr("aria-labelledby", "toc-heading");
    heading_with_id(out, "h2", "toc-heading", page.toc_heading);
    out.open("ol");
    for (id, heading) in items {
        out.open("li");
        out.open("a");
        out.attr("href", &Place::section_of(route, id));
        out.text(heading);
        out.close();
        out.close();
    }
    out.close();
    out.close();
}

/// The two roles side by side: a table whose rows stack into cards on
/// narrow screens, each cell labelled with its role.
pub fn compare(library: &'static Library, w: Words, _: &str, out: &mut dyn Sink) {
    let c = &library.compare;
    let roles: Vec<&str> = c.roles.iter().map(|r| r.as_ref()).collect();
    leaf(out, "p", "", &c.intro);
    let items = c.aspects.iter().map(|a| (a.id.as_ref(), a.label.as_ref()));
    contents(out, &Route::Compare, items, w.page);
    let mut heads = vec![w.page.compare_aspect];
    heads.extend(&roles);
    table(out, "stack compare-table", "", &heads);
    for a in c.aspects.iter() {
        let cells: Vec<&str> = a.cells.iter().map(|c| c.as_ref()).collect();
        row(out, &a.label, Some(&heading_id(&a.id)), &roles, &cells);
    }
    out.close();
    out.close();
}

/// "How this quiz works" under its title: the intro and sections with the
/// quiz's own numbers filled in, and when the content was last reviewed.
pub fn method(library: &'static Library, w: Words, _: &str, out: &mut dyn Sink) {
    let m = &library.method;
    let quiz = w.quiz;
    let (weight_low, weight_high) = quiz.weight_range();
    let holes = [
        ("threshold", quiz.balanced_threshold.to_string()),
        ("questions", quiz.questions.len().to_string()),
        ("dimensions", quiz.dimensions.len().to_string()),
        (
            "work_dimensions",
            quiz.n_dimensions_in(Part::Work).to_string(),
        ),
        (
            "style_dimensions",
            quiz.n_dimensions_in(Part::Style).to_string(),
        ),
        ("weight_low", weight_low.to_string()),
        ("weight_high", weight_high.to_string()),
    ];
    let holes: Vec<(&str, &str)> = holes.iter().map(|(k, v)| (*k, v.as_str())).collect();
    leaf(out, "p", "lede", &fill(&m.intro, &holes));
    let items = m
        .sections
        .iter()
        .map(|s| (s.id.as_ref(), s.heading.as_ref()));
    contents(out, &Route::Method, items, w.page);
    sections(&m.sections, library, w, &holes, out);
    out.open("p");
    out.open("time");
    out.attr("datetime", &m.reviewed);
    out.text(&fill(
        w.page.method_reviewed,
        &[("date", m.reviewed.as_ref())],
    ));
    out.close();
    out.close();
    link_line(out, &Route::Learn(String::new()), w.page.back_to_learn);
}

/// Sections, each a heading over its blocks. `holes` fill `{name}` in
/// paragraphs and bullets (the method screen's `{threshold}`).
fn sections(
    sections: &'static [Section],
    library: &'static Library,
    w: Words,
    holes: &[(&str, &str)],
    out: &mut dyn Sink,
) {
    for s in sections.iter() {
        open(out, "section", "learn-section");
        heading_with_id(out, "h2", &heading_id(&s.id), &s.heading);
        for b in s.blocks.iter() {
            block(b, library, w, holes, out);
        }
        out.close();
    }
}

fn block(
    block: &'static Block,
    library: &'static Library,
    w: Words,
    holes: &[(&str, &str)],
    out: &mut dyn Sink,
) {
    let Words { quiz, page, .. } = w;
    match block {
        Block::Paragraph(t) => leaf(out, "p", "", &fill(t, holes)),
        Block::Bullets(items) => {
            out.open("ul");
            for t in items.iter() {
                leaf(out, "li", "", &fill(t, holes));
            }
            out.close();
        }
        Block::Terms(terms) => {
            open(out, "dl", "terms");
            for t in terms.iter() {
                leaf(out, "dt", "", &t.term);
                leaf(out, "dd", "", &t.meaning);
            }
            out.close();
        }
        Block::Dimensions => {
            open(out, "dl", "terms");
            for (i, d) in quiz.dimensions.iter().enumerate() {
                let n = quiz.n_questions_moving(i).to_string();
                let moves = fill(page.method_dimension_moves, &[("n", &n)]);
                // The trait's icon, as on the result's chart.
                out.open("dt");
                out.attr("class", &["trait-", &d.id].concat());
                leaf(out, "span", "trait-name", &d.label);
                out.close();
                leaf(out, "dd", "", &[&d.description, " ", &moves].concat());
            }
            out.close();
        }
        Block::Tools { tools, source } => {
            open(out, "ul", "items");
            for t in tools.iter() {
                item(out, &t.name, Some(t.leaning), &[&t.category, &t.note], page);
            }
            out.close();
            leaf(out, "p", "source", source);
        }
        Block::Certifications(certs) => {
            open(out, "ul", "items");
            for c in certs.iter() {
                let template = match c.kind {
                    CertificationKind::Exam => page.cert_exam,
                    CertificationKind::Course => page.cert_course,
                };
                let detail = fill(template, &[("issuer", c.issuer.as_ref())]);
                item(out, &c.name, Some(c.leaning), &[&detail, &c.about], page);
            }
            out.close();
        }
        Block::Sources => {
            open(out, "ul", "items");
            out.attr("aria-label", page.sources_label);
            for s in library.sources.iter() {
                let address = if s.address.is_empty() {
                    String::new()
                } else {
                    fill(page.source_address, &[("address", s.address.as_ref())])
                };
                item(out, &s.name, None, &[&s.date, &address], page);
            }
            out.close();
        }
        Block::Salaries(figures) => {
            let labels = [
                page.salary_statistic,
                page.salary_figure,
                page.salary_source,
                page.salary_date,
            ];
            let mut heads = vec![page.salary_who];
            heads.extend(labels);
            table(out, "stack", page.salary_caption, &heads);
            for f in figures.iter() {
                row(
                    out,
                    &f.who,
                    None,
                    &labels,
                    &[&f.statistic, &f.figure, &f.source, &f.date],
                );
            }
            out.close();
            out.close();
        }
    }
}

/// The `arg` of [`path`] and [`path_start`] for an outcome, and a
/// background's id after a `/` for the start.
pub fn path_arg(verdict: Verdict, background: Option<Background>) -> String {
    let v = match verdict {
        Verdict::Pole(p) => (b'0' + p) as char,
        Verdict::Balanced => 'b',
    };
    let mut arg = String::from(v);
    arg.push('/');
    arg.push_str(background.map_or("", Background::id));
    arg
}

fn read_path_arg(arg: &str) -> (Verdict, Option<Background>) {
    let (v, b) = arg.split_once('/').unwrap_or((arg, ""));
    let verdict = match v.as_bytes() {
        [d @ b'0'..=b'9'] => Verdict::Pole(d - b'0'),
        _ => Verdict::Balanced,
    };
    (verdict, Background::from_id(b))
}

/// "Your path" for the outcome in `arg` ([`path_arg`]): three steps, each
/// with the skills and a project with what "done" looks like; credentials
/// by level, each linking to its issuer's page; job titles; what
/// interviews test; and plain links out. A link requests nothing until
/// it is followed.
pub fn path(library: &'static Library, w: Words, arg: &str, out: &mut dyn Sink) {
    let Words { quiz, page, .. } = w;
    let (verdict, _) = read_path_arg(arg);
    let Some(chosen) = choose(library, quiz, verdict, None) else {
        return;
    };
    let path = chosen.path;
    leaf(out, "p", "", &path.intro);
    open(out, "ol", "steps");
    for (s, name) in path
        .steps
        .iter()
        .zip([page.step_now, page.step_next, page.step_later])
    {
        out.open("li");
        leaf(out, "h3", "", name);
        out.open("p");
        leaf(out, "strong", "", &[page.path_skills, ": "].concat());
        out.text(&s.skills);
        out.close();
        out.open("p");
        leaf(out, "strong", "", &[page.path_project, ": "].concat());
        out.text(&[&s.project, " ", &s.done].concat());
        out.close();
        out.close();
    }
    out.close();
    leaf(out, "h3", "", page.path_credentials);
    open(out, "ul", "credentials");
    for c in path.credentials.iter() {
        let level = match c.level {
            CredentialLevel::Entry => page.level_entry,
            CredentialLevel::Later => page.level_later,
            CredentialLevel::Vocabulary => page.level_vocabulary,
        };
        out.open("li");
        link_out(out, &c.name, &c.address);
        out.text(&[" (", &c.issuer, "): ", level].concat());
        out.close();
    }
    out.close();
    leaf(out, "h3", "", page.path_titles);
    leaf(out, "p", "titles", &path.titles.join(" · "));
    leaf(out, "h3", "", page.path_interviews);
    leaf(out, "p", "", &path.interviews);
    leaf(out, "h3", "", page.path_links);
    open(out, "ul", "links-out");
    let learn_id = match verdict {
        Verdict::Pole(0) => "sre",
        Verdict::Pole(_) => "devops",
        Verdict::Balanced => "together",
    };
    if let Some(learn) = library.page(learn_id) {
        out.open("li");
        out.open("a");
        out.attr("href", &Route::Learn(learn_id.into()).hash());
        out.text(&fill(page.path_learn, &[("title", &learn.title)]));
        out.close();
        out.close();
    }
    out.open("li");
    out.open("a");
    out.attr("href", &Route::Compare.hash());
    out.text(page.path_compare);
    out.close();
    out.close();
    for l in path.links.iter() {
        out.open("li");
        link_out(out, &l.label, &l.address);
        out.close();
    }
    out.close();
}

/// Where the person begins toward the outcome's role (both roles for a
/// balanced result), from the background in `arg`; nothing until they say
/// where they are now.
pub fn path_start(library: &'static Library, w: Words, arg: &str, out: &mut dyn Sink) {
    let (verdict, background) = read_path_arg(arg);
    let Some(chosen) = choose(library, w.quiz, verdict, background) else {
        return;
    };
    if chosen.starts.is_empty() {
        return;
    }
    leaf(out, "h3", "", w.page.path_start);
    // A balanced result has a line toward each role, in pole order: each
    // names its role, or the two read as one contradicting the other.
    let named = chosen.starts.len() > 1;
    for (pole, t) in chosen.starts.into_iter().enumerate() {
        out.open("p");
        if named {
            let role = &w.quiz.outcome(Verdict::Pole(pole as u8)).short;
            leaf(out, "strong", "", &[role.as_ref(), ":"].concat());
            out.text(" ");
        }
        out.text(t);
        out.close();
    }
}

/// A link to another site: `address` is written without a scheme.
fn link_out(out: &mut dyn Sink, text: &str, address: &str) {
    out.open("a");
    out.attr("href", &["https://", address].concat());
    out.attr("rel", "noreferrer");
    out.text(text);
    out.close();
}

/// Opens a table whose first column heads each row, with its column
/// headings, and its body: the caller writes the rows, then closes both.
/// The `stack` class turns each row into a card on narrow screens, where
/// each cell's label names its column.
fn table(out: &mut dyn Sink, classes: &'static str, caption: &str, heads: &[&str]) {
    open(out, "table", classes);
    if !caption.is_empty() {
        leaf(out, "caption", "", caption);
    }
    out.open("thead");
    out.open("tr");
    for h in heads {
        out.open("th");
        out.attr("scope", "col");
        out.text(h);
        out.close();
    }
    out.close();
    out.close();
    out.open("tbody");
}

fn row(out: &mut dyn Sink, label: &str, id: Option<&str>, labels: &[&str], cells: &[&str]) {
    out.open("tr");
    out.open("th");
    out.attr("scope", "row");
    if let Some(id) = id {
        out.attr("id", id);
    }
    out.text(label);
    out.close();
    for (l, c) in labels.iter().zip(cells) {
        out.open("td");
        leaf(out, "span", "cell-label", l);
        out.text(c);
        out.close();
    }
    out.close();
}

/// A tool, a certification or a source: its name, the role it leans toward
/// if any, and its detail lines; an empty line (no note, no address) is
/// left out.
fn item(out: &mut dyn Sink, name: &str, leaning: Option<Leaning>, lines: &[&str], page: &PageUi) {
    out.open("li");
    leaf(out, "span", "item-name", name);
    if let Some(l) = leaning {
        let (classes, label) = match l {
            Leaning::Sre => ("tag tag-sre", page.lean_sre),
            Leaning::Devops => ("tag tag-devops", page.lean_devops),
            Leaning::Shared => ("tag tag-shared", page.lean_shared),
        };
        out.text(" ");
        leaf(out, "span", classes, label);
    }
    for line in lines.iter().filter(|l| !l.is_empty()) {
        out.open("br");
        out.close();
        leaf(out, "span", "item-detail", line);
    }
    out.close();
}

/// A screen's elements as a tree, for tests.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    Element {
        tag: &'static str,
        attrs: Vec<(&'static str, String)>,
        children: Vec<Node>,
    },
}

impl Node {
    /// Every element with this tag among `nodes` and their children, depth
    /// first.
    pub fn all<'n>(nodes: &'n [Node], tag: &str) -> Vec<&'n Node> {
        let mut out = Vec::new();
        for n in nodes {
            if let Node::Element {
                tag: t, children, ..
            } = n
            {
                if *t == tag {
                    out.push(n);
                }
                out.extend(Node::all(children, tag));
            }
        }
        out
    }

    /// The value of one of this element's attributes.
    pub fn attr(&self, name: &str) -> Option<&str> {
        match self {
            Node::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.as_ref()),
            Node::Text(_) => None,
        }
    }

    /// The text a person reads in this node.
    pub fn text(&self) -> String {
        match self {
            Node::Text(t) => t.clone(),
            Node::Element { children, .. } => children.iter().map(Node::text).collect(),
        }
    }
}

/// Collects what a builder writes as a tree.
#[derive(Default)]
pub struct Tree {
    /// The open elements, innermost last; the first holds the result.
    stack: Vec<Vec<Node>>,
    open: Vec<(&'static str, Vec<(&'static str, String)>)>,
}

impl Tree {
    pub fn of(build: impl FnOnce(&mut dyn Sink)) -> Vec<Node> {
        let mut tree = Tree {
            stack: vec![Vec::new()],
            open: Vec::new(),
        };
        build(&mut tree);
        assert!(tree.open.is_empty(), "an element was left open");
        tree.stack.pop().unwrap_or_default()
    }
}

impl Sink for Tree {
    fn open(&mut self, tag: &'static str) {
        self.open.push((tag, Vec::new()));
        self.stack.push(Vec::new());
    }

    fn attr(&mut self, name: &'static str, value: &str) {
        let (_, attrs) = self
            .open
            .last_mut()
            .expect("an attribute outside an element");
        attrs.push((name, value.to_string()));
    }

    fn style(&mut self, property: &'static str, value: &str) {
        self.attr(property, value);
    }

    fn text(&mut self, text: &str) {
        self.stack
            .last_mut()
            .expect("a root")
            .push(Node::Text(text.to_string()));
    }

    fn close(&mut self) {
        let (tag, attrs) = self.open.pop().expect("a close without an open");
        let children = self.stack.pop().expect("its children");
        self.stack.last_mut().expect("a root").push(Node::Element {
            tag,
            attrs,
            children,
        });
    }
}
