//! Content files (TOML) to a validated [`Library`]: the learn pages, the
//! reference lists they draw on (tools, certifications, salary figures) and
//! the comparison. Native only, like `source.rs`.
//!
//! Three files, each checked on its own so every error names its own file:
//! - `reference.toml`: tools, certifications and salary figures;
//! - `learn.toml`: the pages, whose blocks pick from the reference lists;
//! - `compare.toml`: the roles and the aspects, one cell per role.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::content::model::Text;
use super::content::pages::*;
use super::source::{from_toml, is_id, owned, read, Check, ContentError};

/// The reference lists, validated, before the pages pick from them.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub tools: Vec<Tool>,
    pub tools_source: Text,
    pub certifications: Vec<Certification>,
    pub salaries: Vec<SalaryFigure>,
}

/// Loads `reference.toml`, `learn.toml` and `compare.toml` from one locale
/// folder, reporting the mistakes of all three together.
pub fn load_library(dir: &Path) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let reference = read(&dir.join("reference.toml"))
        .and_then(|(file, text)| parse_reference(&file, &text))
        .map_err(|e| errors.extend(e))
        .ok();
    let compare = read(&dir.join("compare.toml"))
        .and_then(|(file, text)| parse_compare(&file, &text))
        .map_err(|e| errors.extend(e))
        .ok();
    let pages = reference.as_ref().and_then(|reference| {
        read(&dir.join("learn.toml"))
            .and_then(|(file, text)| parse_pages(&file, &text, reference))
            .map_err(|e| errors.extend(e))
            .ok()
    });
    match (pages, compare) {
        (Some(pages), Some(compare)) if errors.is_empty() => Ok(Library {
            pages: Cow::Owned(pages),
            compare,
        }),
        _ => Err(errors),
    }
}

pub fn parse_reference(file: &str, text: &str) -> Result<Reference, Vec<ContentError>> {
    let raw: RawReference = from_toml(file, text)?;
    let mut check = Check::new(file);
    check.unique("tool", raw.tools.iter().map(|t| &t.name), false);
    check.unique(
        "certification",
        raw.certifications.iter().map(|c| &c.id),
        true,
    );
    check.unique("salary", raw.salaries.iter().map(|s| &s.id), true);
    let tools_source = check.required(
        "tools",
        "source",
        raw.tools_header.source,
        "a split of tools by role without whose view it is",
    );
    let tools = raw
        .tools
        .into_iter()
        .map(|t| {
            let entry = format!("tool \"{}\"", t.name);
            Tool {
                category: check.text(&entry, "category", t.category),
                leaning: check.leaning(&entry, &t.leaning),
                name: owned(t.name),
            }
        })
        .collect();
    let certifications = raw
        .certifications
        .into_iter()
        .map(|c| {
            let entry = format!("certification \"{}\"", c.id);
            Certification {
                name: check.text(&entry, "name", c.name),
                issuer: check.text(&entry, "issuer", c.issuer),
                leaning: check.leaning(&entry, &c.leaning),
            }
        })
        .collect();
    let salaries = raw
        .salaries
        .into_iter()
        .map(|s| {
            let entry = format!("salary \"{}\"", s.id);
            SalaryFigure {
                who: check.text(&entry, "who", s.who),
                figure: check.text(&entry, "figure", s.figure),
                source: check.required(&entry, "source", s.source, "a figure without a source"),
                date: check.required(&entry, "date", s.date, "a figure without a date"),
                leaning: check.leaning(&entry, &s.leaning),
            }
        })
        .collect();
    check.finish(Reference {
        tools,
        tools_source,
        certifications,
        salaries,
    })
}

pub fn parse_pages(
    file: &str,
    text: &str,
    reference: &Reference,
) -> Result<Vec<Page>, Vec<ContentError>> {
    let raw: RawLearn = from_toml(file, text)?;
    let mut check = Check::new(file);
    if raw.pages.is_empty() {
        check.error("", "no `[[page]]` is declared");
    }
    check.unique("page", raw.pages.iter().map(|p| &p.id), true);
    let pages = raw
        .pages
        .into_iter()
        .map(|p| check.page(p, reference))
        .collect();
    check.finish(pages)
}

pub fn parse_compare(file: &str, text: &str) -> Result<Compare, Vec<ContentError>> {
    let raw: RawCompareFile = from_toml(file, text)?;
    let mut check = Check::new(file);
    check.unique("role", raw.roles.iter().map(|r| &r.id), true);
    check.unique("aspect", raw.aspects.iter().map(|a| &a.id), true);
    if raw.roles.len() < 2 {
        check.error(
            "compare",
            "a comparison needs at least two `[[role]]` entries",
        );
    }
    if raw.aspects.is_empty() {
        check.error("compare", "no `[[aspect]]` is declared");
    }
    let role_ids: Vec<String> = raw.roles.iter().map(|r| r.id.clone()).collect();
    let roles = raw
        .roles
        .into_iter()
        .map(|r| check.text(&format!("role \"{}\"", r.id), "name", r.name))
        .collect();
    let aspects = raw
        .aspects
        .into_iter()
        .map(|a| {
            let entry = format!("aspect \"{}\"", a.id);
            for role in a.cells.keys() {
                if !role_ids.contains(role) {
                    check.error(&entry, format!("`cells` names unknown role \"{role}\""));
                }
            }
            let mut cells = a.cells;
            let cells: Vec<Text> = role_ids
                .iter()
                .map(|role| match cells.remove(role) {
                    Some(text) => check.text(&entry, &format!("cells.{role}"), text),
                    None => {
                        check.error(&entry, format!("has no cell for role \"{role}\""));
                        Cow::Borrowed("")
                    }
                })
                .collect();
            Aspect {
                label: check.text(&entry, "label", a.label),
                id: owned(a.id),
                cells: Cow::Owned(cells),
            }
        })
        .collect();
    let title = check.text("compare", "title", raw.compare.title);
    let intro = check.text("compare", "intro", raw.compare.intro);
    check.finish(Compare {
        title,
        intro,
        roles: Cow::Owned(roles),
        aspects: Cow::Owned(aspects),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    #[serde(rename = "tools")]
    tools_header: RawToolsHeader,
    #[serde(rename = "tool", default)]
    tools: Vec<RawTool>,
    #[serde(rename = "certification", default)]
    certifications: Vec<RawCertification>,
    #[serde(rename = "salary", default)]
    salaries: Vec<RawSalary>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawToolsHeader {
    #[serde(default)]
    source: String,
}

// Text fields default to empty so that a missing one is reported with its
// entry ("certification "x": `issuer` is empty") rather than by line number.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTool {
    name: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    leaning: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCertification {
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    issuer: String,
    #[serde(default)]
    leaning: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSalary {
    id: String,
    #[serde(default)]
    who: String,
    #[serde(default)]
    figure: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    leaning: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLearn {
    #[serde(rename = "page", default)]
    pages: Vec<RawPage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(rename = "section", default)]
    sections: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
    #[serde(default)]
    heading: String,
    #[serde(rename = "block", default)]
    blocks: Vec<RawBlock>,
}

/// Exactly one field is set; which one says what kind of block it is.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    text: Option<String>,
    bullets: Option<Vec<String>>,
    terms: Option<Vec<RawTerm>>,
    tools: Option<Vec<String>>,
    certifications: Option<Vec<String>>,
    salaries: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    term: String,
    meaning: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompareFile {
    compare: RawCompareHeader,
    #[serde(rename = "role", default)]
    roles: Vec<RawRole>,
    #[serde(rename = "aspect", default)]
    aspects: Vec<RawAspect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompareHeader {
    #[serde(default)]
    title: String,
    #[serde(default)]
    intro: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    id: String,
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAspect {
    id: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    cells: BTreeMap<String, String>,
}

const BLOCK_KINDS: &str = "text, bullets, terms, tools, certifications or salaries";

// Shared checks (`new`, `error`, `text`, `finish`) live with the quiz's in
// source.rs; these are the ones only the library needs.
impl Check<'_> {
    /// A text that must be there, with a reason an author will recognise.
    fn required(&mut self, entry: &str, field: &str, value: String, what: &str) -> Text {
        if value.trim().is_empty() {
            self.error(entry, format!("has no `{field}`: {what} cannot be shown"));
        }
        owned(value)
    }

    /// Names must be unique; ids must also have the id shape.
    fn unique<'a>(&mut self, kind: &str, ids: impl Iterator<Item = &'a String>, is_an_id: bool) {
        let mut seen = HashSet::new();
        for id in ids {
            let entry = format!("{kind} \"{id}\"");
            if is_an_id && !is_id(id) {
                self.error(&entry, "an id is lowercase letters, digits and dashes");
            }
            if !is_an_id && id.trim().is_empty() {
                self.error(&entry, "the name is empty");
            }
            if !seen.insert(id.clone()) {
                self.error(&entry, "this id is used twice");
            }
        }
    }

    fn leaning(&mut self, entry: &str, value: &str) -> Leaning {
        match value {
            "sre" => Leaning::Sre,
            "devops" => Leaning::Devops,
            "shared" => Leaning::Shared,
            other => {
                self.error(
                    entry,
                    format!("`leaning` is \"{other}\" but must be sre, devops or shared"),
                );
                Leaning::Shared
            }
        }
    }

    fn leanings(&mut self, entry: &str, values: &[String]) -> Vec<Leaning> {
        if values.is_empty() {
            self.error(entry, "lists no leaning: name sre, devops or shared");
        }
        values.iter().map(|v| self.leaning(entry, v)).collect()
    }

    fn page(&mut self, p: RawPage, reference: &Reference) -> Page {
        let entry = format!("page \"{}\"", p.id);
        if p.sections.is_empty() {
            self.error(&entry, "has no `[[page.section]]`");
        }
        self.unique(
            &format!("{entry}: section"),
            p.sections.iter().map(|s| &s.id),
            true,
        );
        let sections = p
            .sections
            .into_iter()
            .map(|s| {
                let entry = format!("{entry}: section \"{}\"", s.id);
                if s.blocks.is_empty() {
                    self.error(&entry, "has no `[[page.section.block]]`");
                }
                let blocks = s
                    .blocks
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, b)| {
                        self.block(&format!("{entry}: block {}", i + 1), b, reference)
                    })
                    .collect();
                Section {
                    heading: self.text(&entry, "heading", s.heading),
                    id: owned(s.id),
                    blocks: Cow::Owned(blocks),
                }
            })
            .collect();
        Page {
            title: self.text(&entry, "title", p.title),
            summary: self.text(&entry, "summary", p.summary),
            id: owned(p.id),
            sections: Cow::Owned(sections),
        }
    }

    fn block(&mut self, entry: &str, b: RawBlock, reference: &Reference) -> Option<Block> {
        let set = [
            b.text.is_some(),
            b.bullets.is_some(),
            b.terms.is_some(),
            b.tools.is_some(),
            b.certifications.is_some(),
            b.salaries.is_some(),
        ]
        .iter()
        .filter(|s| **s)
        .count();
        if set != 1 {
            self.error(
                entry,
                format!("a block sets exactly one of {BLOCK_KINDS}, but this one sets {set}"),
            );
            return None;
        }
        let block = if let Some(text) = b.text {
            Block::Paragraph(self.text(entry, "text", text))
        } else if let Some(items) = b.bullets {
            if items.is_empty() {
                self.error(entry, "`bullets` is empty");
            }
            Block::Bullets(Cow::Owned(
                items
                    .into_iter()
                    .map(|t| self.text(entry, "bullets", t))
                    .collect(),
            ))
        } else if let Some(terms) = b.terms {
            if terms.is_empty() {
                self.error(entry, "`terms` is empty");
            }
            Block::Terms(Cow::Owned(
                terms
                    .into_iter()
                    .map(|t| Term {
                        term: self.text(entry, "term", t.term),
                        meaning: self.text(entry, "meaning", t.meaning),
                    })
                    .collect(),
            ))
        } else if let Some(leanings) = b.tools {
            let leanings = self.leanings(entry, &leanings);
            let tools = pick(&reference.tools, &leanings, |t| t.leaning);
            self.picked(entry, "tools", tools.len());
            Block::Tools {
                tools: Cow::Owned(tools),
                source: reference.tools_source.clone(),
            }
        } else if let Some(leanings) = b.certifications {
            let leanings = self.leanings(entry, &leanings);
            let certs = pick(&reference.certifications, &leanings, |c| c.leaning);
            self.picked(entry, "certifications", certs.len());
            Block::Certifications(Cow::Owned(certs))
        } else {
            let leanings = b.salaries.unwrap_or_default();
            let leanings = self.leanings(entry, &leanings);
            let figures = pick(&reference.salaries, &leanings, |s| s.leaning);
            self.picked(entry, "salaries", figures.len());
            Block::Salaries(Cow::Owned(figures))
        };
        Some(block)
    }

    fn picked(&mut self, entry: &str, what: &str, n: usize) {
        if n == 0 {
            self.error(entry, format!("`{what}` picks nothing from reference.toml"));
        }
    }
}

/// The entries of each listed leaning, leaning by leaning in the order
/// given, so a page can put its own role's entries first.
fn pick<T: Clone>(items: &[T], leanings: &[Leaning], leaning: impl Fn(&T) -> Leaning) -> Vec<T> {
    leanings
        .iter()
        .flat_map(|l| {
            items
                .iter()
                .filter(|i| leaning(i) == *l)
                .cloned()
                .collect::<Vec<_>>()
        })
        .collect()
}
