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

use super::content::{Library, Verdict};
use super::engine::Engine;
use super::figures::{Card, Figures};
use super::page_tree::{self, heading_with_id, leaf, open, path_arg, Sink, Words};
use super::result_tree::{self, Own};
use super::shipped::{Content, Ui};
use super::template::fill;
use super::token;

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
    /// The lead, profile, why and what would change it, of [`own_arg`].
    ResultLead,
    /// Sharing, print and retake, of `own_arg` and the app's address,
    /// separated by a space.
    ResultEnd,
    /// A shared result, whole, from its token.
    Shared,
}

impl Draw {
    const ALL: [Draw; 9] = [
        Draw::LearnIndex,
        Draw::LearnArticle,
        Draw::Compare,
        Draw::Method,
        Draw::PathStart,
        Draw::Path,
        Draw::ResultLead,
        Draw::ResultEnd,
        Draw::Shared,
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

/// Draws a [`request`]; an unknown one draws nothing.
pub fn draw(request: &str, library: &'static Library, content: Content, out: &mut dyn Sink) {
    let mut chars = request.chars();
    let Some(draw) = chars.next().and_then(Draw::of_code) else {
        return;
    };
    let arg = chars.as_str();
    let words = Words {
        quiz: content.quiz,
        ui: content.ui,
    };
    let engine = content.engine;
    match draw {
        Draw::LearnIndex => page_tree::learn_index(library, words, arg, out),
        Draw::LearnArticle => page_tree::learn_article(library, words, arg, out),
        Draw::Compare => page_tree::compare(library, words, arg, out),
        Draw::Method => page_tree::method(library, words, arg, out),
        Draw::PathStart => page_tree::path_start(library, words, arg, out),
        Draw::Path => page_tree::path(library, words, arg, out),
        Draw::ResultLead => {
            let (answers, skipped) = read_own_arg(arg);
            let (figures, flip) = Figures::of(engine, &answers, &skipped);
            let own = Own {
                answers: &answers,
                skipped: &skipped,
                flip: flip.as_ref(),
            };
            result_tree::result(&figures, Some(own), engine, content.ui, out);
        }
        Draw::ResultEnd => {
            let (own, address) = arg.split_once(' ').unwrap_or((arg, ""));
            let (answers, skipped) = read_own_arg(own);
            let (figures, _) = Figures::of(engine, &answers, &skipped);
            let verdict = figures.has_verdict();
            let link = verdict.then(|| {
                [
                    address,
                    &super::route::Route::Shared(token::encode_result(&figures)).hash(),
                ]
                .concat()
            });
            let card = figures
                .card(content.quiz, content.ui)
                .map(|c| encode_card(&c));
            result_tree::ending(
                link.as_deref(),
                card.as_deref(),
                verdict,
                false,
                content.ui,
                out,
            );
        }
        Draw::Shared => shared(library, words, engine, arg, out),
    }
}

/// A shared result: its figures, and its path, or why the link cannot be
/// opened.
fn shared(library: &'static Library, w: Words, engine: &Engine, token: &str, out: &mut dyn Sink) {
    let ui = w.ui;
    match token::open_result(token) {
        Ok(figures) => {
            result_tree::result(&figures, None, engine, ui, out);
            let verdict = figures.has_verdict();
            if verdict {
                open(out, "section", "path");
                out.attr("aria-labelledby", "path-heading");
                heading_with_id(out, "h2", "path-heading", ui.shared_path_heading);
                page_tree::path(library, w, &path_arg(figures.verdict, None), out);
                out.close();
            }
            result_tree::ending(None, None, verdict, true, ui, out);
        }
        Err(e) => {
            leaf(out, "h1", "", ui.shared_heading);
            let reason = fill(ui.shared_invalid, &[("reason", e.message(ui))]);
            leaf(out, "p", "notice", &reason);
            out.open("a");
            out.attr("class", "button primary");
            out.attr("href", &super::route::Route::Home.hash());
            out.text(ui.take_quiz_yourself);
            out.close();
        }
    }
}

/// A person's own answers as the argument of [`Draw::ResultLead`]: one
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

fn read_own_arg(arg: &str) -> (Vec<Option<u8>>, Vec<bool>) {
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
    let figures = Figures {
        verdict: score.verdict,
        percent: [0, 0],
        changes_needed: None,
        answered: score.n_answered.min(255) as u8,
        questions: engine.quiz().questions.len().clamp(1, 255) as u8,
        dimensions: Vec::new(),
    };
    figures.has_verdict().then_some(score.verdict)
}

// The card rides on the "Save as image" button (`data-card`), since the
// image is drawn in the app, where the canvas is.
const FIELD: char = '\u{1f}';

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
    "figure",
    "h1",
    "h2",
    "h3",
    "header",
    "input",
    "label",
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
    "th",
    "thead",
    "time",
    "tr",
    "ul",
];
/// The attributes a replay sets: never `on*` or `style`.
pub const ATTRIBUTES: &[&str] = &[
    "aria-hidden",
    "aria-label",
    "aria-labelledby",
    "class",
    "data-act",
    "data-card",
    "datetime",
    "for",
    "href",
    "id",
    "readonly",
    "rel",
    "role",
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
