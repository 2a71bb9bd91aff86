//! A validated [`Quiz`] to Rust source for a `static`, so the browser gets
//! the content as data in the binary and parses nothing at start-up.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::content::model::*;
use super::content::pages::*;

pub fn quiz_static(name: &str, quiz: &Quiz) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "pub static {name}: Quiz = {};", quiz_expr(quiz));
    out
}

pub fn library_static(name: &str, library: &Library) -> String {
    format!(
        "pub static {name}: Library = Library {{ pages: {}, compare: {}, sources: {}, method: {}, paths: {} }};\n",
        list(&library.pages, page_expr),
        compare_expr(&library.compare),
        list(&library.sources, |s| format!(
            "Source {{ name: {}, date: {}, address: {} }}",
            text(&s.name),
            text(&s.date),
            text(&s.address)
        )),
        method_expr(&library.method),
        paths_expr(&library.paths),
    )
}

fn paths_expr(p: &Paths) -> String {
    format!(
        "Paths {{ paths: {}, starts: {} }}",
        list(&p.paths, |p| {
            format!(
            "RolePath {{ id: {}, intro: {}, steps: {}, credentials: {}, titles: {}, interviews: {}, links: {} }}",
            text(&p.id),
            text(&p.intro),
            list(&p.steps, |s| format!(
                "Step {{ id: {}, skills: {}, project: {}, done: {} }}",
                text(&s.id),
                text(&s.skills),
                text(&s.project),
                text(&s.done)
            )),
            list(&p.credentials, |c| format!(
                "PathCredential {{ name: {}, issuer: {}, level: CredentialLevel::{:?}, address: {} }}",
                text(&c.name),
                text(&c.issuer),
                c.level,
                text(&c.address)
            )),
            list(&p.titles, |t| text(t)),
            text(&p.interviews),
            list(&p.links, |l| format!(
                "Link {{ label: {}, address: {} }}",
                text(&l.label),
                text(&l.address)
            )),
        )
        }),
        list(&p.starts, |s| format!(
            "Start {{ id: {}, toward_sre: {}, toward_devops: {} }}",
            text(&s.id),
            text(&s.toward_sre),
            text(&s.toward_devops)
        )),
    )
}

/// The headings the page screens show before their page data has loaded.
pub fn page_heads_static(name: &str, library: &Library) -> String {
    let learn: Vec<String> = library
        .pages
        .iter()
        .map(|p| format!("({:?}, {:?})", p.id, p.title))
        .collect();
    format!(
        "pub static {name}: PageHeads = PageHeads {{ learn: &[{}], compare: {:?}, method: {:?} }};\n",
        learn.join(", "),
        library.compare.title,
        library.method.title,
    )
}

/// A struct with one field per UI key, so a missing key in any language, or a
/// key the code uses that no file defines, is a compile error.
/// A struct of UI strings named `name`, one field a key.
pub fn ui_struct(name: &str, keys: &BTreeMap<String, String>) -> String {
    let mut out = format!("#[derive(Debug)]\npub struct {name} {{\n");
    for key in keys.keys().filter(|k| in_wasm(k)) {
        let _ = writeln!(out, "    pub {key}: &'static str,");
    }
    out.push_str("}\n");
    out
}

pub fn ui_static(name: &str, ty: &str, strings: &BTreeMap<String, String>) -> String {
    let mut out = format!("pub static {name}: {ty} = {ty} {{\n");
    for (key, text) in strings.iter().filter(|(k, _)| in_wasm(k)) {
        let _ = writeln!(out, "    {key}: {text:?},");
    }
    out.push_str("};\n");
    out
}

/// `html_` keys are the HTML page's and the manifest's, written by
/// `src/browser/web/postbuild.mjs`: the wasm would only carry them unused.
pub fn in_wasm(key: &str) -> bool {
    !key.starts_with("html_")
}

/// The language control's links, as HTML made here once: built by the view
/// at run time they cost the wasm about 1.5 KiB brotli (ARCHITECTURE.md).
/// `locales` is (id, name), the reference first; `here` is this build's.
pub fn language_control(locales: &[(String, String)], here: &str, label: &str) -> String {
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let reference = &locales[0].0;
    // The served build's links name folders (`./es/`); the single file's
    // name the files beside it (`./opsfit.es.html`), which "open in a new
    // tab" can follow.
    let links = |single_file: bool| {
        let mut html = format!("<span id=\"language-label\">{}</span>", escape(label));
        for (id, name) in locales {
            let href = super::language::address(here, id, reference, "", "", single_file);
            let current = if id == here {
                " aria-current=\"true\""
            } else {
                ""
            };
            // The name, and the code a narrow header shows in its place
            // (style/main.css); a screen reader reads the name.
            let _ = write!(
                html,
                " <a href=\"{href}\" lang=\"{id}\" hreflang=\"{id}\"{current}><span class=\"lang-name\">{}</span><span class=\"lang-code\" aria-hidden=\"true\">{}</span></a>",
                escape(name),
                escape(&id.to_uppercase())
            );
        }
        html
    };
    format!(
        "pub const LANGUAGE_CONTROL: &str = {:?};\npub const LANGUAGE_CONTROL_FILE: &str = {:?};\n",
        links(false),
        links(true)
    )
}

fn text(s: &str) -> String {
    format!("Cow::Borrowed({s:?})")
}

fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    let inner: Vec<String> = items.iter().map(item).collect();
    format!("Cow::Borrowed(&[{}])", inner.join(", "))
}

fn quiz_expr(q: &Quiz) -> String {
    format!(
        "Quiz {{ id: {}, title: {}, balanced_threshold: {}, traits: {}, dimensions: {}, outcomes: {}, questions: {} }}",
        text(&q.id),
        text(&q.title),
        q.balanced_threshold,
        list(&q.traits, |t| format!(
            "Trait {{ id: {}, label: {} }}",
            text(&t.id),
            text(&t.label)
        )),
        list(&q.dimensions, |d| format!(
            "Dimension {{ id: {}, label: {}, description: {}, part: Part::{:?} }}",
            text(&d.id),
            text(&d.label),
            text(&d.description),
            d.part
        )),
        list(&q.outcomes, outcome_expr),
        list(&q.questions, question_expr),
    )
}

fn outcome_expr(o: &Outcome) -> String {
    format!(
        "Outcome {{ id: {}, name: {}, short: {}, summary: {}, profile: {} }}",
        text(&o.id),
        text(&o.name),
        text(&o.short),
        text(&o.summary),
        list(&o.profile, |v| v.to_string()),
    )
}

fn question_expr(q: &Question) -> String {
    format!(
        "Question {{ id: {}, kind: QuestionKind::{:?}, prompt: {}, hint: {}, traits: {}, options: {} }}",
        text(&q.id),
        q.kind,
        text(&q.prompt),
        match &q.hint {
            Some(h) => format!("Some({})", text(h)),
            None => "None".to_string(),
        },
        list(&q.traits, |t| t.to_string()),
        list(&q.options, |o| format!(
            "AnswerOption {{ id: {}, label: {}, moves: {} }}",
            text(&o.id),
            text(&o.label),
            list(&o.moves, |m| format!(
                "Move {{ dimension: {}, weight: {} }}",
                m.dimension, m.weight
            ))
        )),
    )
}

fn page_expr(p: &Page) -> String {
    format!(
        "Page {{ id: {}, title: {}, summary: {}, sections: {} }}",
        text(&p.id),
        text(&p.title),
        text(&p.summary),
        list(&p.sections, section_expr),
    )
}

fn method_expr(m: &Method) -> String {
    format!(
        "Method {{ title: {}, intro: {}, reviewed: {}, sections: {} }}",
        text(&m.title),
        text(&m.intro),
        text(&m.reviewed),
        list(&m.sections, section_expr),
    )
}

fn section_expr(s: &Section) -> String {
    format!(
        "Section {{ id: {}, heading: {}, blocks: {} }}",
        text(&s.id),
        text(&s.heading),
        list(&s.blocks, block_expr)
    )
}

fn block_expr(b: &Block) -> String {
    match b {
        Block::Paragraph(t) => format!("Block::Paragraph({})", text(t)),
        Block::Bullets(items) => format!("Block::Bullets({})", list(items, |t| text(t))),
        Block::Terms(terms) => format!(
            "Block::Terms({})",
            list(terms, |t| format!(
                "Term {{ term: {}, meaning: {} }}",
                text(&t.term),
                text(&t.meaning)
            ))
        ),
        Block::Tools { tools, source } => format!(
            "Block::Tools {{ tools: {}, source: {} }}",
            list(tools, |t| format!(
                "Tool {{ name: {}, category: {}, note: {}, leaning: Leaning::{:?} }}",
                text(&t.name),
                text(&t.category),
                text(&t.note),
                t.leaning
            )),
            text(source)
        ),
        Block::Certifications(certs) => format!(
            "Block::Certifications({})",
            list(certs, |c| {
                format!(
                "Certification {{ name: {}, issuer: {}, kind: CertificationKind::{:?}, about: {}, leaning: Leaning::{:?} }}",
                text(&c.name),
                text(&c.issuer),
                c.kind,
                text(&c.about),
                c.leaning
            )
            })
        ),
        Block::Dimensions => "Block::Dimensions".to_string(),
        Block::Sources => "Block::Sources".to_string(),
        Block::Salaries(figures) => format!(
            "Block::Salaries({})",
            list(figures, |f| {
                format!(
                "SalaryFigure {{ who: {}, statistic: {}, figure: {}, source: {}, date: {}, leaning: Leaning::{:?} }}",
                text(&f.who),
                text(&f.statistic),
                text(&f.figure),
                text(&f.source),
                text(&f.date),
                f.leaning
            )
            })
        ),
    }
}

fn compare_expr(c: &Compare) -> String {
    format!(
        "Compare {{ title: {}, intro: {}, roles: {}, aspects: {} }}",
        text(&c.title),
        text(&c.intro),
        list(&c.roles, |t| text(t)),
        list(&c.aspects, |a| format!(
            "Aspect {{ id: {}, label: {}, cells: {} }}",
            text(&a.id),
            text(&a.label),
            list(&a.cells, |t| text(t))
        )),
    )
}
