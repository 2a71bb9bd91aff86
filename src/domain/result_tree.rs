//! The static part of the result page, written to a [`Sink`] like the
//! page-data screens: the lead (the outcome in plain words, the split, what
//! it means, how firm it is), the trait profile and its table, why, and what
//! would change it. The interactive parts (the context question, sharing,
//! retake, print) stay Leptos views in `ui::result_page`.
//!
//! Why not `view!`: this part never changes once drawn (a new result draws
//! a new page), and its view code cost the first load about 8 KB brotli of
//! monomorphised Leptos code. Every text is a text node; widths are set
//! through the CSSOM (`Sink::style`), never a `style` attribute.

use super::content::{Part, Quiz, Verdict};
use super::engine::{sort_small, Contribution, Engine, Flip};
use super::figures::{percent_text, Figures, REASON_MIN_POINTS};
use super::page_tree::{heading_with_id, leaf, open, Sink, Words};
use super::route::Route;
use super::shipped::{PageUi, Ui};
use super::template::{fill, percent, tenths};

/// How many answers "why" lists.
pub const TOP_REASONS: usize = 5;

/// The person's own answers, for "why" and "what would change it"; a
/// shared result has none.
pub struct Own<'a> {
    pub answers: &'a [Option<u8>],
    pub skipped: &'a [bool],
    pub flip: Option<&'a Flip>,
}

/// The result's lead, profile, why and what would change it. A result
/// without a verdict shows its lead alone.
pub fn result(figures: &Figures, own: Option<Own>, engine: &Engine, w: Words, out: &mut dyn Sink) {
    let (quiz, ui, page) = (engine.quiz(), w.ui, w.page);
    let shared = own.is_none();
    let verdict = figures.has_verdict();
    let texts = figures.texts(quiz, ui, page, shared);

    open(out, "header", "result-lead");
    // The kicker is part of the heading, so the page's one h1 reads "Your
    // result: SRE fits you" to a screen reader.
    out.open("h1");
    open(out, "span", "kicker");
    out.text(texts.kicker);
    out.text(": ");
    out.close();
    out.text(&texts.heading);
    out.close();
    if let Some([a, b]) = &texts.split {
        open(out, "p", "shares");
        leaf(out, "span", "", a);
        open(out, "span", "split");
        out.attr("aria-hidden", "true");
        open(out, "span", "a");
        out.style("width", &percent(figures.percent[0].into()));
        out.close();
        out.close();
        leaf(out, "span", "", b);
        out.close();
    }
    leaf(out, "p", "meaning", &texts.meaning);
    if let Some(confidence) = &texts.confidence {
        leaf(out, "p", "confidence", confidence);
    }
    open(out, "p", "basis");
    out.text(&texts.basis);
    if let Some(own) = &own {
        let n_skipped = own.skipped.iter().filter(|&&s| s).count();
        if verdict && n_skipped > 0 {
            out.text(" ");
            out.text(&fill(
                page.skipped_count,
                &[
                    ("n", &n_skipped.to_string()),
                    ("total", &quiz.questions.len().to_string()),
                ],
            ));
        }
    }
    out.close();
    if !shared && !verdict {
        open(out, "p", "no-print");
        link_to(out, "button primary", &Route::Quiz.hash(), ui.continue_quiz);
        out.close();
    }
    open(out, "p", "no-print");
    link_to(out, "", &Route::Method.hash(), page.method_link);
    out.close();
    out.close();

    if !verdict {
        return;
    }
    leaf(
        out,
        "h2",
        "",
        if shared {
            page.shared_profile_heading
        } else {
            ui.profile_heading
        },
    );
    chart(&figures.scores_in(quiz), shared, quiz, ui, out);
    if let Some(own) = own {
        leaf(out, "h2", "", ui.why_heading);
        reasons(&own, engine, w, out);
        leaf(out, "h2", "", ui.change_heading);
        changes(&own, quiz, page, out);
    }
}

fn link_to(out: &mut dyn Sink, class: &'static str, href: &str, text: &str) {
    open(out, "a", class);
    out.attr("href", href);
    out.text(text);
    out.close();
}

/// The trait profile as a chart drawn from whole-percent scores, in two
/// parts: the work a person wants, which decides the result, and how they
/// like to work, which is context (both roles' profiles sit together
/// there). The same figures are a table for those who cannot see it. Each
/// row is HTML (the trait's icon and name over a track), so a long name
/// wraps at any width, in any language.
pub fn chart(scores: &[Option<u8>], shared: bool, quiz: &Quiz, ui: &Ui, out: &mut dyn Sink) {
    let poles = [
        quiz.outcome(Verdict::Pole(0)),
        quiz.outcome(Verdict::Pole(1)),
    ];
    let who = if shared { ui.chart_this } else { ui.chart_you };
    let summary = fill(
        ui.chart_summary,
        &[
            ("a", poles[0].short.as_ref()),
            ("b", poles[1].short.as_ref()),
        ],
    );
    open(out, "figure", "chart");
    for part in [Part::Work, Part::Style] {
        leaf(
            out,
            "h3",
            "part",
            if part == Part::Work {
                ui.chart_work
            } else {
                ui.chart_style
            },
        );
        if part == Part::Style {
            leaf(out, "p", "part-note", ui.chart_style_note);
        }
        open(out, "div", "traits");
        out.attr("role", "img");
        out.attr("aria-label", &summary);
        for (d, dim) in quiz.dimensions.iter().enumerate() {
            if dim.part != part {
                continue;
            }
            out.open("div");
            let mut class = String::from("trait-");
            class.push_str(&dim.id);
            out.attr("class", &class);
            leaf(out, "span", "trait-name", &dim.label);
            open(out, "span", "track");
            if let Some(Some(s)) = scores.get(d) {
                open(out, "span", "you");
                out.style("width", &percent((*s).into()));
                out.close();
            }
            for (p, class) in [(0, "pole-a"), (1, "pole-b")] {
                open(out, "span", class);
                out.style("left", &percent(poles[p].profile[d].into()));
                out.close();
            }
            out.close();
            out.close();
        }
        out.close();
    }
    out.open("figcaption");
    leaf(out, "span", "legend-you", who);
    leaf(out, "span", "legend-a", &poles[0].short);
    leaf(out, "span", "legend-b", &poles[1].short);
    out.close();
    out.open("details");
    leaf(out, "summary", "", ui.chart_as_table);
    out.open("table");
    leaf(out, "caption", "", &summary);
    out.open("thead");
    out.open("tr");
    for head in [ui.chart_dimension, who, &poles[0].short, &poles[1].short] {
        out.open("th");
        out.attr("scope", "col");
        out.text(head);
        out.close();
    }
    out.close();
    out.close();
    out.open("tbody");
    for (d, dim) in quiz.dimensions.iter().enumerate() {
        out.open("tr");
        out.open("th");
        out.attr("scope", "row");
        out.text(&dim.label);
        out.close();
        // Written as the language writes a share ("54 %" in Spanish).
        let shown = |n: u8| percent_text(ui.percent_of, n);
        let score = match scores.get(d) {
            Some(Some(s)) => shown(*s),
            _ => ui.not_measured.to_string(),
        };
        leaf(out, "td", "", &score);
        leaf(out, "td", "", &shown(poles[0].profile[d]));
        leaf(out, "td", "", &shown(poles[1].profile[d]));
        out.close();
    }
    out.close();
    out.close();
    out.close();
    out.close();
}

/// The answers that moved the result most, largest first. Answers of equal
/// weight come toward the result's lean first, so a tie is not broken by
/// question order against the result shown.
pub fn top_reasons(engine: &Engine, answers: &[Option<u8>]) -> Vec<Contribution> {
    // Already largest first: only ties move.
    let mut moved = engine.contributions(answers);
    let lean = engine.lead(answers);
    let toward = |c: &Contribution| c.points * lean > 0.0;
    sort_small(&mut moved, |a, b| {
        a.points.abs() == b.points.abs() && toward(a) && !toward(b)
    });
    moved.retain(|c| c.points.abs() >= REASON_MIN_POINTS);
    moved.truncate(TOP_REASONS);
    moved
}

/// The answers that moved the result most, with their points.
fn reasons(own: &Own, engine: &Engine, w: Words, out: &mut dyn Sink) {
    let (ui, page) = (w.ui, w.page);
    let quiz = engine.quiz();
    let pole = |p: u8| quiz.outcome(Verdict::Pole(p)).short.as_ref();
    open(out, "ol", "reasons");
    for c in top_reasons(engine, own.answers) {
        let q = &quiz.questions[c.question];
        let toward = if c.points > 0.0 { pole(0) } else { pole(1) };
        out.open("li");
        leaf(out, "span", "prompt", &q.prompt);
        leaf(
            out,
            "span",
            "answer",
            &fill(
                page.you_answered,
                &[("answer", q.options[c.option as usize].label.as_ref())],
            ),
        );
        leaf(
            out,
            "strong",
            "points",
            &fill(
                page.points_toward,
                &[
                    ("points", &tenths(c.points.abs(), ui.decimal_separator)),
                    ("role", toward),
                ],
            ),
        );
        out.close();
    }
    out.close();
}

/// The fewest changed answers that would give another outcome.
fn changes(own: &Own, quiz: &Quiz, page: &PageUi, out: &mut dyn Sink) {
    let Some(flip) = own.flip else {
        leaf(out, "p", "", page.flip_none);
        return;
    };
    let intro = fill(
        if flip.changes.len() == 1 {
            page.flip_intro_one
        } else {
            page.flip_intro
        },
        &[
            ("n", &flip.changes.len().to_string()),
            ("outcome", quiz.outcome(flip.to).name.as_ref()),
        ],
    );
    leaf(out, "p", "", &intro);
    open(out, "ol", "changes");
    for &(q, o) in &flip.changes {
        let question = &quiz.questions[q];
        let template = if own.answers.get(q).copied().flatten().is_none() {
            page.answer_skipped
        } else {
            page.instead_answer
        };
        out.open("li");
        leaf(out, "span", "prompt", &question.prompt);
        leaf(
            out,
            "span",
            "answer",
            &fill(
                template,
                &[("answer", question.options[o as usize].label.as_ref())],
            ),
        );
        out.close();
    }
    out.close();
}

/// The split the home screen's sample result shows (the stylesheet draws
/// its bar).
pub const SAMPLE: [u8; 2] = [64, 36];

/// The home screen's glimpse of a result (an outcome, its split, what a
/// result explains), then the ways to learn more.
pub fn sample(quiz: &Quiz, ui: &Ui, out: &mut dyn Sink) {
    let pole = |p: u8| quiz.outcome(Verdict::Pole(p));
    let share = |p: u8| {
        fill(
            ui.percent_of,
            &[
                ("percent", &SAMPLE[p as usize].to_string()),
                ("role", &pole(p).short),
            ],
        )
    };
    open(out, "section", "sample");
    out.attr("aria-labelledby", "sample-heading");
    heading_with_id(out, "h2", "sample-heading", ui.home_sample);
    leaf(out, "p", "outcome", &pole(0).name);
    open(out, "p", "shares");
    leaf(out, "span", "", &share(0));
    open(out, "span", "split");
    out.attr("aria-hidden", "true");
    leaf(out, "span", "a", "");
    out.close();
    leaf(out, "span", "", &share(1));
    out.close();
    out.open("ul");
    for item in [
        ui.why_heading,
        ui.change_heading,
        ui.profile_heading,
        ui.path_heading,
    ] {
        leaf(out, "li", "", item);
    }
    out.close();
    out.close();
    open(out, "p", "more");
    link_to(
        out,
        "",
        &Route::Learn(String::new()).hash(),
        ui.learn_heading,
    );
    link_to(out, "", &Route::Compare.hash(), ui.learn_compare_link);
    out.close();
}

/// What a click on the result's buttons asks for, by their `data-act`:
/// one handler in `ui::result_page` reads it, instead of a view per button.
pub const COPY: &str = "copy";
pub const SAVE: &str = "save";
pub const PRINT: &str = "print";
pub const RETAKE: &str = "retake";
/// The field that holds a result's link, which "Copy link" copies.
pub const LINK: &str = "share-link";
/// The status lines the copy and save buttons speak through.
pub const COPY_STATUS: &str = "copy-status";
pub const SAVE_STATUS: &str = "save-status";

/// A button named by `data-act`; `card` is the image card's figures
/// (`screens::encode_card`) on the button that saves it.
fn button(
    out: &mut dyn Sink,
    class: &'static str,
    act: &'static str,
    text: &str,
    card: Option<&str>,
) {
    open(out, "button", class);
    out.attr("type", "button");
    out.attr("data-act", act);
    if let Some(card) = card {
        out.attr("data-card", card);
    }
    out.text(text);
    out.close();
}

fn status(out: &mut dyn Sink, id: &'static str) {
    out.open("span");
    out.attr("role", "status");
    out.attr("id", id);
    out.close();
}

/// The end of a result: sharing (only for a person's own result with a
/// verdict: `link` is its address), then print, and retake or, for a
/// shared result, the way to take the quiz.
pub fn ending(
    link: Option<&str>,
    card: Option<&str>,
    verdict: bool,
    shared: bool,
    w: Words,
    out: &mut dyn Sink,
) {
    let (ui, page) = (w.ui, w.page);
    if let Some(link) = link {
        open(out, "section", "share no-print");
        out.attr("aria-labelledby", "share-heading");
        heading_with_id(out, "h2", "share-heading", page.share_heading);
        leaf(out, "p", "", page.share_explain);
        out.open("label");
        out.attr("for", LINK);
        out.text(page.share_link_label);
        out.close();
        out.open("input");
        out.attr("id", LINK);
        out.attr("type", "text");
        out.attr("readonly", "");
        out.attr("value", link);
        out.close();
        button(out, "", COPY, page.copy_link, None);
        status(out, COPY_STATUS);
        out.open("p");
        button(out, "", SAVE, page.save_image, card);
        out.text(" ");
        status(out, SAVE_STATUS);
        out.close();
        out.close();
    }
    open(out, "div", "actions no-print");
    if verdict {
        button(out, "", PRINT, ui.print, None);
    }
    if shared {
        link_to(
            out,
            "button primary",
            &Route::Home.hash(),
            page.take_quiz_yourself,
        );
    } else {
        button(out, "primary", RETAKE, ui.retake, None);
    }
    out.close();
}
