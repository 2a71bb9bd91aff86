//! The screens the first load leaves out: learn, compare, method, and the
//! result's text. The first load carries the home screen and the quiz; these
//! screens are drawn by the pages module (`pages/`), a second wasm module
//! with the library and the builders of `page_tree` and `result_tree` in it,
//! fetched the first time one of them opens (ARCHITECTURE.md, "The pages
//! module").
//!
//! The two modules speak in strings. The app sends a [`request`]: which
//! [`Draw`], and its argument. The module answers with what the builder
//! wrote to a [`Sink`], as [`Ops`]; the app [`replay`]s them into the DOM.
//! A replay creates only the elements, attributes and CSS properties named
//! in [`TAGS`], [`ATTRIBUTES`] and [`STYLES`], and every text is a text node,
//! so what the module sends can never be markup or a script.

use super::content::{Library, Quiz, Verdict};
use super::engine::Engine;
use super::figures::{gives_verdict, Card, Figures};
use super::page_tree::{self, heading_with_id, leaf, open, path_arg, Sink, Words};
use super::path::Background;
use super::quiz::Progress;
use super::record;
use super::result_tree::{self, Own};
use super::route::Route;
use super::session::Session;
use super::shipped::{Content, Pages, Ui};
use super::template::fill;
use super::token::{self, TokenKind};
use super::transfer;

/// What the pages module can draw. The argument each takes is in its
/// builder's documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draw {
    LearnIndex,
    LearnArticle,
    Compare,
    Method,
    PathStart,
    Path,
    /// A person's own result, whole, of [`result_arg`].
    Result,
    /// A shared result, whole, from its token.
    Shared,
    /// The data screen's export, resume code and import form, of
    /// [`data_arg`].
    Data,
    /// Not a drawing: a pasted resume code or link read into progress, or
    /// why it cannot be ([`read_code`], [`read_code_answer`]).
    ReadCode,
}

impl Draw {
    const ALL: [Draw; 10] = [
        Draw::LearnIndex,
        Draw::LearnArticle,
        Draw::Compare,
        Draw::Method,
        Draw::PathStart,
        Draw::Path,
        Draw::Result,
        Draw::Shared,
        Draw::Data,
        Draw::ReadCode,
    ];

    fn code(self) -> char {
        (b'a' + self as u8) as char
    }

    fn of_code(code: char) -> Option<Draw> {
        Draw::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// A request to the pages module: the draw's code, then its argument.
pub fn request(draw: Draw, arg: &str) -> String {
    let mut request = String::from(draw.code());
    request.push_str(arg);
    request
}

/// The pages module's answer to a [`request`]: [`Ops`] for a drawing, the
/// [`read_code`] text for [`Draw::ReadCode`].
pub fn answer(request: &str, pages: Pages, content: Content) -> String {
    if let Some(text) = request.strip_prefix(Draw::ReadCode.code()) {
        return read_code(content, text);
    }
    let mut ops = Ops::default();
    draw(request, pages, content, &mut ops);
    ops.0
}

/// Draws a [`request`]; an unknown one draws nothing.
pub fn draw(request: &str, pages: Pages, content: Content, out: &mut dyn Sink) {
    let mut chars = request.chars();
    let Some(draw) = chars.next().and_then(Draw::of_code) else {
        return;
    };
    let arg = chars.as_str();
    let library = pages.library;
    let words = Words::of(content, pages);
    let engine = content.engine;
    match draw {
        Draw::LearnIndex => page_tree::learn_index(library, words, arg, out),
        Draw::LearnArticle => page_tree::learn_article(library, words, arg, out),
        Draw::Compare => page_tree::compare(library, words, arg, out),
        Draw::Method => page_tree::method(library, words, arg, out),
        Draw::PathStart => page_tree::path_start(library, words, arg, out),
        Draw::Path => page_tree::path(library, words, arg, out),
        Draw::Result => own_result(library, words, engine, arg, out),
        Draw::Shared => shared(library, words, engine, arg, out),
        Draw::Data => data(words, arg, out),
        Draw::ReadCode => {}
    }
}

/// The data screen's argument: whether there is anything to take, the
/// progress (`own_arg`, then its cursor) and the export's JSON.
pub fn data_arg(quiz: &Quiz, session: &Session, now: f64) -> String {
    let p = &session.progress;
    if !p.is_started() && session.history.is_empty() {
        return String::from("0");
    }
    [
        "1",
        &progress_arg(p),
        FIELDS,
        &record::encode(quiz, session, now),
    ]
    .concat()
}

/// Progress as an argument: its slots ([`own_arg`]), then its cursor.
fn progress_arg(p: &Progress) -> String {
    [
        &own_arg(p.answers(), p.skipped()),
        FIELDS,
        &p.cursor().to_string(),
    ]
    .concat()
}

/// [`progress_arg`] read back, and the field after it; `None` without a
/// cursor.
fn read_progress_arg(arg: &str) -> Option<(Slots, usize, &str)> {
    let mut fields = arg.splitn(3, FIELD);
    let slots = read_own_arg(fields.next()?);
    let cursor = fields.next()?.parse().ok()?;
    Some((slots, cursor, fields.next().unwrap_or("")))
}

/// The data screen below its heading: the export and the resume code once
/// there is something to take, and the import form, whose button's click
/// the app handles (`IMPORT_TEXT`, `IMPORT_ERROR`, `IMPORT_BUTTON`): a frame
/// sandboxed without `allow-forms` submits no form.
fn data(w: Words, arg: &str, out: &mut dyn Sink) {
    let (ui, page) = (w.ui, w.page);
    let taken = arg.strip_prefix('1').and_then(read_progress_arg);
    if let Some(((answers, skipped), cursor, json)) = taken {
        let code = token::encode(w.quiz, TokenKind::Progress, &answers, &skipped, cursor);
        leaf(out, "p", "", page.data_explain);
        out.open("p");
        out.open("a");
        out.attr("class", "button");
        out.attr(
            "href",
            &["data:application/json;charset=utf-8,", &uri_component(json)].concat(),
        );
        out.attr("download", "opsfit-progress.json");
        out.text(page.export_json);
        out.close();
        out.close();
        out.open("p");
        label(out, RESUME_CODE, page.resume_code_label);
        out.open("input");
        out.attr("id", RESUME_CODE);
        out.attr("type", "text");
        out.attr("readonly", "");
        out.attr("value", &code);
        out.close();
        out.close();
    } else {
        leaf(out, "p", "", page.data_nothing);
    }
    out.open("form");
    label(out, IMPORT_TEXT, page.import_label);
    out.open("textarea");
    out.attr("id", IMPORT_TEXT);
    out.attr("rows", "3");
    out.attr("aria-describedby", IMPORT_ERROR);
    out.close();
    out.open("p");
    out.attr("id", IMPORT_ERROR);
    out.attr("class", "hint");
    out.attr("role", "alert");
    out.close();
    out.open("button");
    out.attr("id", IMPORT_BUTTON);
    out.attr("type", "button");
    out.text(ui.import);
    out.close();
    out.close();
}

/// The data screen's fields.
pub const RESUME_CODE: &str = "resume-code";
pub const IMPORT_TEXT: &str = "import-text";
pub const IMPORT_ERROR: &str = "import-error";
pub const IMPORT_BUTTON: &str = "import-button";

fn label(out: &mut dyn Sink, id: &str, text: &str) {
    out.open("label");
    out.attr("for", id);
    out.text(text);
    out.close();
}

/// `encodeURIComponent`: a data address's text.
fn uri_component(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out
}

/// A pasted resume code or link, read: `P`, the progress (`own_arg`), its
/// cursor and whether it is finished; or `E` and why it cannot be read.
pub fn read_code(content: Content, text: &str) -> String {
    match transfer::import_code(content.engine, text) {
        Ok(p) => {
            let finished = if p.is_finished() { "1" } else { "0" };
            ["P", &progress_arg(&p), FIELDS, finished].concat()
        }
        Err(e) => ["E", e.message(content.ui)].concat(),
    }
}

/// [`read_code`]'s answer as the app imports it: the progress, or the
/// reason to show. An answer that is neither is refused as damaged.
pub fn read_code_answer(engine: &Engine, ui: &Ui, answer: &str) -> Result<Progress, String> {
    if let Some(reason) = answer.strip_prefix('E') {
        return Err(reason.to_string());
    }
    match answer.strip_prefix('P').and_then(read_progress_arg) {
        Some(((answers, skipped), cursor, finished)) => Ok(Progress::from_slots(
            engine,
            &answers,
            &skipped,
            cursor,
            finished == "1",
        )),
        None => Err(ui.code_damaged.to_string()),
    }
}

/// The argument of [`Draw::Result`]: the person's answers ([`own_arg`]),
/// where they are now (a `Background` id, or nothing), and the app's
/// address, for the result's link.
pub fn result_arg(
    answers: &[Option<u8>],
    skipped: &[bool],
    background: Option<Background>,
    address: &str,
) -> String {
    let mut arg = own_arg(answers, skipped);
    arg.push(FIELD);
    arg.push_str(background.map_or("", Background::id));
    arg.push(FIELD);
    arg.push_str(address);
    arg
}

/// A person's own result: the lead, why and what would change it, then,
/// with a verdict, their path with the question of where they are now,
/// then sharing, print and retake.
fn own_result(library: &'static Library, w: Words, engine: &Engine, arg: &str, out: &mut dyn Sink) {
    let mut fields = arg.splitn(3, FIELD);
    let (slots, background, address) = (
        fields.next().unwrap_or(""),
        fields.next().and_then(Background::from_id),
        fields.next().unwrap_or(""),
    );
    let (answers, skipped) = read_own_arg(slots);
    let (figures, flip) = Figures::of(engine, &answers, &skipped);
    let own = Own {
        answers: &answers,
        skipped: &skipped,
        flip: flip.as_ref(),
    };
    result_tree::result(&figures, Some(own), engine, w, out);
    let verdict = figures.has_verdict();
    if verdict {
        path_section(library, w, figures.verdict, background, out);
    }
    let link = verdict.then(|| {
        [
            address,
            &Route::Shared(token::encode_result(&figures)).hash(),
        ]
        .concat()
    });
    let card = figures.card(w.quiz, w.ui, w.page).map(|c| encode_card(&c));
    result_tree::ending(link.as_deref(), card.as_deref(), verdict, false, w, out);
}

/// The radios of "Where are you now?" (`name`), and the line under them
/// that a change redraws (`id`), so that it is announced.
pub const WHERE: &str = "where";
pub const PATH_START: &str = "path-start";

/// "Your path": the question of where the person is now (never scored),
/// where that starts them, and the path of their outcome.
fn path_section(
    library: &'static Library,
    w: Words,
    verdict: Verdict,
    background: Option<Background>,
    out: &mut dyn Sink,
) {
    let (ui, page) = (w.ui, w.page);
    open(out, "section", "path");
    out.attr("aria-labelledby", "path-heading");
    heading_with_id(out, "h2", "path-heading", ui.path_heading);
    open(out, "fieldset", "where");
    leaf(out, "legend", "", page.where_heading);
    leaf(out, "p", "hint", page.where_explain);
    let labels = [
        page.background_new,
        page.background_developer,
        page.background_sysadmin,
        page.background_qa,
        page.background_support,
        page.background_other,
    ];
    for b in Background::ALL {
        let id = ["where-", b.id()].concat();
        open(out, "div", "where-option");
        out.open("input");
        out.attr("type", "radio");
        out.attr("name", WHERE);
        out.attr("id", &id);
        out.attr("value", b.id());
        if background == Some(b) {
            out.attr("checked", "");
        }
        out.close();
        label(out, &id, labels[b as usize]);
        out.close();
    }
    out.close();
    // Present from the start, so a changed answer is announced.
    open(out, "div", "path-start");
    out.attr("id", PATH_START);
    out.attr("role", "status");
    page_tree::path_start(library, w, &path_arg(verdict, background), out);
    out.close();
    page_tree::path(library, w, &path_arg(verdict, None), out);
    out.close();
}

/// A shared result: its figures, and its path, or why the link cannot be
/// opened.
fn shared(library: &'static Library, w: Words, engine: &Engine, token: &str, out: &mut dyn Sink) {
    let (ui, page) = (w.ui, w.page);
    match token::open_result(token) {
        Ok(figures) => {
            result_tree::result(&figures, None, engine, w, out);
            let verdict = figures.has_verdict();
            if verdict {
                open(out, "section", "path");
                out.attr("aria-labelledby", "path-heading");
                heading_with_id(out, "h2", "path-heading", page.shared_path_heading);
                page_tree::path(library, w, &path_arg(figures.verdict, None), out);
                out.close();
            }
            result_tree::ending(None, None, verdict, true, w, out);
        }
        Err(e) => {
            leaf(out, "h1", "", page.shared_heading);
            let reason = fill(page.shared_invalid, &[("reason", e.message(ui))]);
            leaf(out, "p", "notice", &reason);
            out.open("a");
            out.attr("class", "button primary");
            out.attr("href", &Route::Home.hash());
            out.text(page.take_quiz_yourself);
            out.close();
        }
    }
}

/// A person's own answers as an argument ([`result_arg`]): one
/// character a question, its option's digit, `s` when skipped, `-` when
/// open.
pub fn own_arg(answers: &[Option<u8>], skipped: &[bool]) -> String {
    answers
        .iter()
        .enumerate()
        .map(|(i, a)| match a {
            Some(o) if *o < 10 => (b'0' + o) as char,
            _ if skipped.get(i).copied().unwrap_or(false) => 's',
            _ => '-',
        })
        .collect()
}

/// A person's answers and skips, one slot a question.
type Slots = (Vec<Option<u8>>, Vec<bool>);

fn read_own_arg(arg: &str) -> Slots {
    arg.bytes()
        .map(|c| match c {
            b'0'..=b'9' => (Some(c - b'0'), false),
            b's' => (None, true),
            _ => (None, false),
        })
        .unzip()
}

/// The outcome a person's own result shows, which decides their path;
/// `None` below half the questions answered, where it gives no verdict.
pub fn shown_verdict(engine: &Engine, answers: &[Option<u8>]) -> Option<Verdict> {
    let score = engine.score(answers);
    let questions = engine.quiz().questions.len().clamp(1, 255);
    gives_verdict(score.n_answered.min(255), questions).then_some(score.verdict)
}

// The card rides on the "Save as image" button (`data-card`), since the
// image is drawn in the app, where the canvas is.
const FIELD: char = '\u{1f}';
const FIELDS: &str = "\u{1f}";

/// The figures of a result's image card, as one attribute value.
pub fn encode_card(card: &Card) -> String {
    let mut fields = vec![
        card.heading.clone(),
        card.split[0].clone(),
        card.split[1].clone(),
        card.percent0.to_string(),
    ];
    for (label, score) in &card.traits {
        fields.push(label.clone());
        fields.push(score.to_string());
    }
    fields.join(&FIELD.to_string())
}

/// [`encode_card`]'s figures, with the words every card has.
pub fn decode_card(value: &str, ui: &'static Ui) -> Option<Card> {
    let mut fields = value.split(FIELD);
    let mut next = || fields.next().map(str::to_string);
    let heading = next()?;
    let split = [next()?, next()?];
    let percent0 = next()?.parse().ok()?;
    let mut traits = Vec::new();
    while let Some(label) = next() {
        traits.push((label, next()?.parse().ok()?));
    }
    Some(Card {
        app: ui.app_name,
        tagline: ui.tagline,
        heading,
        split,
        percent0,
        traits_heading: ui.card_traits,
        traits,
        percent_of: ui.percent_of,
    })
}

/// The elements a replay makes.
pub const TAGS: &[&str] = &[
    "a",
    "br",
    "button",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "fieldset",
    "figure",
    "form",
    "h1",
    "h2",
    "h3",
    "header",
    "input",
    "label",
    "legend",
    "li",
    "nav",
    "ol",
    "p",
    "section",
    "span",
    "strong",
    "summary",
    "table",
    "tbody",
    "td",
    "textarea",
    "th",
    "thead",
    "time",
    "tr",
    "ul",
];
/// The attributes a replay sets: never `on*` or `style`.
pub const ATTRIBUTES: &[&str] = &[
    "aria-describedby",
    "aria-hidden",
    "aria-label",
    "aria-labelledby",
    "checked",
    "class",
    "data-act",
    "data-card",
    "datetime",
    "download",
    "for",
    "href",
    "id",
    "name",
    "readonly",
    "rel",
    "role",
    "rows",
    "scope",
    "type",
    "value",
];
/// The CSS properties a replay sets, through the CSSOM.
pub const STYLES: &[&str] = &["left", "width"];

// Ops are records ended by NUL, which no content holds (the writer drops
// any): a kind character, a name, then for attributes and styles a unit
// separator and the value.
const END: char = '\0';
const VALUE: char = '\u{1f}';

/// What a builder writes, as one string to hand from one module to another.
#[derive(Default)]
pub struct Ops(pub String);

impl Ops {
    fn record(&mut self, kind: char, name: &str, value: Option<&str>) {
        self.0.push(kind);
        self.0.extend(name.chars().filter(|c| *c != END));
        if let Some(value) = value {
            self.0.push(VALUE);
            self.0.extend(value.chars().filter(|c| *c != END));
        }
        self.0.push(END);
    }
}

impl Sink for Ops {
    fn open(&mut self, tag: &'static str) {
        self.record('<', tag, None);
    }
    fn attr(&mut self, name: &'static str, value: &str) {
        self.record('=', name, Some(value));
    }
    fn text(&mut self, text: &str) {
        self.record('"', text, None);
    }
    fn close(&mut self) {
        self.record('>', "", None);
    }
    fn style(&mut self, property: &'static str, value: &str) {
        self.record(':', property, Some(value));
    }
}

fn known(names: &[&'static str], name: &str) -> Option<&'static str> {
    names.iter().copied().find(|n| *n == name)
}

/// Writes [`Ops`] to a sink. Stops at the first record it does not know,
/// and closes what it opened, so a sink is never left with an open element.
pub fn replay(ops: &str, out: &mut dyn Sink) -> bool {
    let mut depth = 0usize;
    let mut whole = true;
    for record in ops.split_terminator(END) {
        let mut chars = record.chars();
        let kind = chars.next();
        let rest = chars.as_str();
        let (name, value) = rest.split_once(VALUE).unwrap_or((rest, ""));
        let done = match (kind, depth > 0) {
            (Some('<'), _) => known(TAGS, name).map(|tag| {
                out.open(tag);
                depth += 1;
            }),
            (Some('='), true) => known(ATTRIBUTES, name).map(|a| out.attr(a, value)),
            (Some(':'), true) => known(STYLES, name).map(|p| out.style(p, value)),
            (Some('"'), _) => {
                out.text(rest);
                Some(())
            }
            (Some('>'), true) => {
                out.close();
                depth -= 1;
                Some(())
            }
            _ => None,
        };
        if done.is_none() {
            whole = false;
            break;
        }
    }
    for _ in 0..depth {
        out.close();
    }
    whole
}
