//! The page data file: the [`Library`] (learn pages, compare, method, the
//! reference lists) as one text file per language, written by `build.rs`
//! and read by the browser when a screen first needs it, so none of this
//! text is in the first load (ARCHITECTURE.md, "Page data").
//!
//! The layout is one piece per line, in a fixed order, with counts before
//! lists: no quoting, no escapes, no tree to build. Content text never holds
//! a line break (the encoder refuses one), so a line is a text as it is.
//! Reading never stops half-way: a missing line reads as empty, a bad count
//! or tag marks the file bad, and only a file that ends exactly with its end
//! line and was never marked bad is accepted. That keeps the decoder a few
//! hundred bytes of wasm, where a tree walk with early returns at every
//! field cost about 3 KB brotli.
//!
//! To add a kind of page data: a field on `Library`, one piece in
//! [`encode`] and one in [`decode`], at the same place; the round-trip test
//! in `tests/page_data.rs` fails until both agree.
//!
//! ```text
//! opsfit-pages 1
//! pages:   n, then per page  id, title, summary, sections
//! section: n, then per section  id, heading, blocks
//! block:   0 text · 1 n texts · 2 n (term, meaning)
//!          3 n (name, category, note, leaning) source · 4 n (name, issuer, kind, about, leaning)
//!          5 n (who, statistic, figure, source, date, leaning) · 6 dimensions · 7 sources
//! compare: title, intro, n roles, n (id, label, n cells)
//! sources: n (name, date, address)
//! method:  title, intro, reviewed, sections
//! paths:   n (id, intro, n steps (id, skills, project, done),
//!          n credentials (name, issuer, level, address), n titles, interviews,
//!          n links (label, address)), n starts (id, toward SRE, toward DevOps)
//! end
//! leaning 0 SRE, 1 DevOps, 2 shared · kind 0 exam, 1 course
//! level 0 entry, 1 later, 2 vocabulary
//! ```

use std::borrow::Cow;

use super::model::{List, Text};
use super::pages::*;

const FIRST: &str = "opsfit-pages 1";
const LAST: &str = "end";

/// The library in `text`, or `None` when it is not a whole page data file
/// of this layout (another build's, cut short, an error page).
pub fn decode(text: &str) -> Option<Library> {
    let mut r = Reader {
        lines: text.strip_suffix('\n')?.split('\n'),
        left: text.len(),
        bad: false,
    };
    if r.line() != FIRST {
        return None;
    }
    let library = Library {
        pages: r.list(|r| Page {
            id: r.text(),
            title: r.text(),
            summary: r.text(),
            sections: r.list(section),
        }),
        compare: Compare {
            title: r.text(),
            intro: r.text(),
            roles: r.list(Reader::text),
            aspects: r.list(|r| Aspect {
                id: r.text(),
                label: r.text(),
                cells: r.list(Reader::text),
            }),
        },
        sources: r.list(|r| Source {
            name: r.text(),
            date: r.text(),
            address: r.text(),
        }),
        method: Method {
            title: r.text(),
            intro: r.text(),
            reviewed: r.text(),
            sections: r.list(section),
        },
        paths: Paths {
            paths: r.list(|r| RolePath {
                id: r.text(),
                intro: r.text(),
                steps: r.list(|r| Step {
                    id: r.text(),
                    skills: r.text(),
                    project: r.text(),
                    done: r.text(),
                }),
                credentials: r.list(|r| PathCredential {
                    name: r.text(),
                    issuer: r.text(),
                    level: match r.number() {
                        0 => CredentialLevel::Entry,
                        1 => CredentialLevel::Later,
                        n => {
                            r.bad |= n != 2;
                            CredentialLevel::Vocabulary
                        }
                    },
                    address: r.text(),
                }),
                titles: r.list(Reader::text),
                interviews: r.text(),
                links: r.list(|r| Link {
                    label: r.text(),
                    address: r.text(),
                }),
            }),
            starts: r.list(|r| Start {
                id: r.text(),
                toward_sre: r.text(),
                toward_devops: r.text(),
            }),
        },
    };
    let whole = r.line() == LAST && r.lines.next().is_none();
    if whole && !r.bad {
        return Some(library);
    }
    // The browser keeps the library for the page's life and never drops
    // one: forgetting a refused one spares the wasm the drop code of every
    // type here (290 bytes brotli), for the memory of one bad file.
    #[cfg(target_arch = "wasm32")]
    std::mem::forget(library);
    None
}

fn section(r: &mut Reader) -> Section {
    Section {
        id: r.text(),
        heading: r.text(),
        blocks: r.list(block),
    }
}

fn block(r: &mut Reader) -> Block {
    match r.number() {
        0 => Block::Paragraph(r.text()),
        1 => Block::Bullets(r.list(Reader::text)),
        2 => Block::Terms(r.list(|r| Term {
            term: r.text(),
            meaning: r.text(),
        })),
        3 => Block::Tools {
            tools: r.list(|r| Tool {
                name: r.text(),
                category: r.text(),
                note: r.text(),
                leaning: r.leaning(),
            }),
            source: r.text(),
        },
        4 => Block::Certifications(r.list(|r| Certification {
            name: r.text(),
            issuer: r.text(),
            kind: match r.number() {
                0 => CertificationKind::Exam,
                n => {
                    r.bad |= n != 1;
                    CertificationKind::Course
                }
            },
            about: r.text(),
            leaning: r.leaning(),
        })),
        5 => Block::Salaries(r.list(|r| SalaryFigure {
            who: r.text(),
            statistic: r.text(),
            figure: r.text(),
            source: r.text(),
            date: r.text(),
            leaning: r.leaning(),
        })),
        6 => Block::Dimensions,
        n => {
            r.bad |= n != 7;
            Block::Sources
        }
    }
}

struct Reader<'t> {
    lines: std::str::Split<'t, char>,
    /// An upper bound on the lines left, so no count can ask for more items
    /// than the text could hold.
    left: usize,
    bad: bool,
}

impl<'t> Reader<'t> {
    fn line(&mut self) -> &'t str {
        let line = self.lines.next().unwrap_or_default();
        self.left = self.left.saturating_sub(line.len() + 1);
        line
    }

    fn text(&mut self) -> Text {
        Cow::Owned(self.line().to_owned())
    }

    /// A whole number of at most four digits; anything else marks the file
    /// bad and reads as `usize::MAX`.
    fn number(&mut self) -> usize {
        let line = self.line();
        if line.is_empty() || line.len() > 4 || !line.bytes().all(|b| b.is_ascii_digit()) {
            self.bad = true;
            return usize::MAX;
        }
        line.bytes().fold(0, |n, b| n * 10 + usize::from(b - b'0'))
    }

    fn leaning(&mut self) -> Leaning {
        match self.number() {
            0 => Leaning::Sre,
            1 => Leaning::Devops,
            n => {
                self.bad |= n != 2;
                Leaning::Shared
            }
        }
    }

    /// Every item takes at least one line, so a count beyond the lines left
    /// is a bad file, and reading stops there rather than allocate for it.
    fn list<T: Clone>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> List<T> {
        let mut n = self.number();
        if n > self.left {
            self.bad = true;
            n = 0;
        }
        Cow::Owned((0..n).map(|_| item(self)).collect())
    }
}

/// The file's text for `library`, or the text that cannot be written: one
/// with a line break (the layout is a line per piece), or with `</` or
/// `<!--` (the single file carries it inside a `<script>` element).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(library: &Library) -> Result<String, String> {
    let mut w = Writer(String::new(), Ok(()));
    w.line(FIRST);
    w.list(&library.pages, |w, p| {
        w.text(&p.id);
        w.text(&p.title);
        w.text(&p.summary);
        w.list(&p.sections, write_section);
    });
    let c = &library.compare;
    w.text(&c.title);
    w.text(&c.intro);
    w.list(&c.roles, |w, t| w.text(t));
    w.list(&c.aspects, |w, a| {
        w.text(&a.id);
        w.text(&a.label);
        w.list(&a.cells, |w, t| w.text(t));
    });
    w.list(&library.sources, |w, s| {
        w.text(&s.name);
        w.text(&s.date);
        w.text(&s.address);
    });
    let m = &library.method;
    w.text(&m.title);
    w.text(&m.intro);
    w.text(&m.reviewed);
    w.list(&m.sections, write_section);
    w.list(&library.paths.paths, |w, p| {
        w.text(&p.id);
        w.text(&p.intro);
        w.list(&p.steps, |w, s| {
            w.text(&s.id);
            w.text(&s.skills);
            w.text(&s.project);
            w.text(&s.done);
        });
        w.list(&p.credentials, |w, c| {
            w.text(&c.name);
            w.text(&c.issuer);
            w.number(match c.level {
                CredentialLevel::Entry => 0,
                CredentialLevel::Later => 1,
                CredentialLevel::Vocabulary => 2,
            });
            w.text(&c.address);
        });
        w.list(&p.titles, |w, t| w.text(t));
        w.text(&p.interviews);
        w.list(&p.links, |w, l| {
            w.text(&l.label);
            w.text(&l.address);
        });
    });
    w.list(&library.paths.starts, |w, s| {
        w.text(&s.id);
        w.text(&s.toward_sre);
        w.text(&s.toward_devops);
    });
    w.line(LAST);
    w.1.map(|()| w.0)
}

#[cfg(not(target_arch = "wasm32"))]
fn write_section(w: &mut Writer, s: &Section) {
    w.text(&s.id);
    w.text(&s.heading);
    w.list(&s.blocks, write_block);
}

#[cfg(not(target_arch = "wasm32"))]
fn write_block(w: &mut Writer, b: &Block) {
    match b {
        Block::Paragraph(t) => {
            w.number(0);
            w.text(t);
        }
        Block::Bullets(items) => {
            w.number(1);
            w.list(items, |w, t| w.text(t));
        }
        Block::Terms(terms) => {
            w.number(2);
            w.list(terms, |w, t| {
                w.text(&t.term);
                w.text(&t.meaning);
            });
        }
        Block::Tools { tools, source } => {
            w.number(3);
            w.list(tools, |w, t| {
                w.text(&t.name);
                w.text(&t.category);
                w.text(&t.note);
                w.leaning(t.leaning);
            });
            w.text(source);
        }
        Block::Certifications(certs) => {
            w.number(4);
            w.list(certs, |w, c| {
                w.text(&c.name);
                w.text(&c.issuer);
                w.number(match c.kind {
                    CertificationKind::Exam => 0,
                    CertificationKind::Course => 1,
                });
                w.text(&c.about);
                w.leaning(c.leaning);
            });
        }
        Block::Salaries(figures) => {
            w.number(5);
            w.list(figures, |w, f| {
                w.text(&f.who);
                w.text(&f.statistic);
                w.text(&f.figure);
                w.text(&f.source);
                w.text(&f.date);
                w.leaning(f.leaning);
            });
        }
        Block::Dimensions => w.number(6),
        Block::Sources => w.number(7),
    }
}

/// The text so far, and the first text that could not be written.
#[cfg(not(target_arch = "wasm32"))]
struct Writer(String, Result<(), String>);

#[cfg(not(target_arch = "wasm32"))]
impl Writer {
    fn line(&mut self, s: &str) {
        self.0.push_str(s);
        self.0.push('\n');
    }

    fn text(&mut self, t: &str) {
        if self.1.is_ok() && (t.contains(['\n', '\r']) || t.contains("</") || t.contains("<!--")) {
            self.1 = Err(format!(
                "page text may not hold a line break, \"</\" or \"<!--\": {t:?}"
            ));
        }
        self.line(t);
    }

    fn number(&mut self, n: usize) {
        self.line(&n.to_string());
    }

    fn leaning(&mut self, l: Leaning) {
        self.number(match l {
            Leaning::Sre => 0,
            Leaning::Devops => 1,
            Leaning::Shared => 2,
        });
    }

    fn list<T>(&mut self, items: &[T], item: impl Fn(&mut Writer, &T)) {
        self.number(items.len());
        for i in items {
            item(self, i);
        }
    }
}
