//! Content files (TOML) to a validated [`Library`]: the learn pages, the
//! reference lists they draw on (tools, certifications, salary figures) and
//! the comparison. Native only, like `source.rs`.
//!
//! Three files, each checked on its own so every error names its own file:
//! - `reference.toml`: the sources, tools, certifications and salary figures;
//! - `learn.toml`: the pages, whose blocks pick from the reference lists;
//! - `compare.toml`: the roles and the aspects, one cell per role;
//! - `method.toml`: "How this quiz works", sections like a learn page's;
//! - `paths.toml`: "Your path" on the result page, per outcome and start.

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
    pub sources: Vec<Source>,
    pub tools: Vec<Tool>,
    /// The note shown with every tools list, naming whose view the split is.
    pub tools_source: Text,
    pub certifications: Vec<Certification>,
    /// The id of each entry of `certifications`, in its order.
    pub certification_ids: Vec<String>,
    pub salaries: Vec<SalaryFigure>,
}

/// Loads `reference.toml`, `learn.toml`, `compare.toml` and `method.toml`
/// from one locale folder, reporting the mistakes of all four together.
pub fn load_library(dir: &Path) -> Result<Library, Vec<ContentError>> {
    load_library_with(|name| read(&dir.join(name)))
}

/// [`load_library`] with the files read by `read`, such as a locale's text
/// laid over the reference's.
pub fn load_library_with(
    read: impl Fn(&str) -> Result<(String, String), Vec<ContentError>>,
) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let reference = read("reference.toml")
        .and_then(|(file, text)| parse_reference(&file, &text))
        .map_err(|e| errors.extend(e))
        .ok();
    let compare = read("compare.toml")
        .and_then(|(file, text)| parse_compare(&file, &text))
        .map_err(|e| errors.extend(e))
        .ok();
    let pages = reference.as_ref().and_then(|reference| {
        read("learn.toml")
            .and_then(|(file, text)| parse_pages(&file, &text, reference))
            .map_err(|e| errors.extend(e))
            .ok()
    });
    let method = reference.as_ref().and_then(|reference| {
        read("method.toml")
            .and_then(|(file, text)| parse_method(&file, &text, reference))
            .map_err(|e| errors.extend(e))
            .ok()
    });
    let paths = reference.as_ref().and_then(|reference| {
        read("paths.toml")
            .and_then(|(file, text)| parse_paths(&file, &text, reference))
            .map_err(|e| errors.extend(e))
            .ok()
    });
    match (pages, compare, reference, method, paths) {
        (Some(pages), Some(compare), Some(reference), Some(method), Some(paths))
            if errors.is_empty() =>
        {
            Ok(Library {
                pages: Cow::Owned(pages),
                compare,
                sources: Cow::Owned(reference.sources),
                method,
                paths,
            })
        }
        _ => Err(errors),
    }
}

pub fn parse_reference(file: &str, text: &str) -> Result<Reference, Vec<ContentError>> {
    let raw: RawReference = from_toml(file, text)?;
    let mut check = Check::new(file);
    check.unique("source", raw.sources.iter().map(|s| &s.id), true);
    check.unique("tool", raw.tools.iter().map(|t| &t.name), false);
    check.unique(
        "certification",
        raw.certifications.iter().map(|c| &c.id),
        true,
    );
    check.unique("salary", raw.salaries.iter().map(|s| &s.id), true);
    let source_ids: Vec<String> = raw.sources.iter().map(|s| s.id.clone()).collect();
    let sources: Vec<Source> = raw
        .sources
        .into_iter()
        .map(|s| {
            let entry = format!("source \"{}\"", s.id);
            Source {
                name: check.text(&entry, "name", s.name),
                date: check.dated(&entry, s.date, "a source without a date"),
                address: owned(s.address),
            }
        })
        .collect();
    let cite = |check: &mut Check, entry: &str, id: &str, what: &str| -> Option<usize> {
        if id.trim().is_empty() {
            check.error(entry, format!("has no `source`: {what} cannot be shown"));
            return None;
        }
        let found = source_ids.iter().position(|s| s == id);
        if found.is_none() {
            check.error(
                entry,
                format!("`source` names unknown source \"{id}\": add it as a `[[source]]`"),
            );
        }
        found
    };
    cite(
        &mut check,
        "tools",
        &raw.tools_header.source,
        "a split of tools by role without whose view it is",
    );
    let tools_source = check.text("tools", "note", raw.tools_header.note);
    let tools = raw
        .tools
        .into_iter()
        .map(|t| {
            let entry = format!("tool \"{}\"", t.name);
            Tool {
                category: check.text(&entry, "category", t.category),
                note: owned(t.note),
                leaning: check.leaning(&entry, &t.leaning),
                name: owned(t.name),
            }
        })
        .collect();
    let certification_ids = raw.certifications.iter().map(|c| c.id.clone()).collect();
    let certifications = raw
        .certifications
        .into_iter()
        .map(|c| {
            let entry = format!("certification \"{}\"", c.id);
            Certification {
                name: check.text(&entry, "name", c.name),
                issuer: check.text(&entry, "issuer", c.issuer),
                kind: check.certification_kind(&entry, &c.kind),
                about: check.required(
                    &entry,
                    "about",
                    c.about,
                    "a certification without what it covers",
                ),
                leaning: check.leaning(&entry, &c.leaning),
            }
        })
        .collect();
    let salaries = raw
        .salaries
        .into_iter()
        .map(|s| {
            let entry = format!("salary \"{}\"", s.id);
            let source = cite(&mut check, &entry, &s.source, "a figure without a source")
                .map(|i| sources[i].name.clone())
                .unwrap_or_default();
            SalaryFigure {
                who: check.text(&entry, "who", s.who),
                statistic: check.required(
                    &entry,
                    "statistic",
                    s.statistic,
                    "a figure without saying whether it is a median or an average",
                ),
                figure: check.text(&entry, "figure", s.figure),
                source,
                date: check.dated(&entry, s.date, "a figure without a date"),
                leaning: check.leaning(&entry, &s.leaning),
            }
        })
        .collect();
    check.finish(Reference {
        sources,
        tools,
        tools_source,
        certifications,
        certification_ids,
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

pub fn parse_method(
    file: &str,
    text: &str,
    reference: &Reference,
) -> Result<Method, Vec<ContentError>> {
    let raw: RawMethodFile = from_toml(file, text)?;
    let mut check = Check::new(file);
    let header = raw.method;
    if !is_iso_date(&header.reviewed) {
        check.error(
            "method",
            format!(
                "`reviewed` is \"{}\" but must be the date of the last review, as YYYY-MM-DD",
                header.reviewed
            ),
        );
    }
    check.holes("method", "intro", &header.intro);
    let sections = check.sections("method", raw.sections, reference);
    for section in &sections {
        let entry = format!("method: section \"{}\"", section.id);
        for block in section.blocks.iter() {
            match block {
                Block::Paragraph(t) => check.holes(&entry, "text", t),
                Block::Bullets(items) => {
                    items.iter().for_each(|t| check.holes(&entry, "bullets", t))
                }
                Block::Terms(terms) => terms
                    .iter()
                    .for_each(|t| check.holes(&entry, "terms", &t.meaning)),
                _ => {}
            }
        }
    }
    let title = check.text("method", "title", header.title);
    let intro = check.text("method", "intro", header.intro);
    check.finish(Method {
        title,
        intro,
        reviewed: owned(header.reviewed),
        sections: Cow::Owned(sections),
    })
}

/// The outcomes a path is written for, and the places a person may start
/// from (`domain::path::Background`, whose order this follows).
pub const PATH_OUTCOMES: [&str; 3] = ["sre", "devops", "balanced"];
pub const BACKGROUNDS: [&str; 6] = ["new", "developer", "sysadmin", "qa", "support", "other"];
const STEPS: [&str; 3] = ["now", "next", "later"];

/// `paths.toml`: a path per outcome, and where each background starts.
pub fn parse_paths(
    file: &str,
    text: &str,
    reference: &Reference,
) -> Result<Paths, Vec<ContentError>> {
    let raw: RawPaths = from_toml(file, text)?;
    let mut check = Check::new(file);
    let ids: Vec<&str> = raw.paths.iter().map(|p| p.id.as_str()).collect();
    if ids != PATH_OUTCOMES {
        check.error(
            "path",
            format!("the paths are {ids:?} but must be {PATH_OUTCOMES:?}, in that order"),
        );
    }
    let starts: Vec<&str> = raw.starts.iter().map(|s| s.id.as_str()).collect();
    if starts != BACKGROUNDS {
        check.error(
            "start",
            format!("the starts are {starts:?} but must be {BACKGROUNDS:?}, in that order"),
        );
    }
    let paths = raw
        .paths
        .into_iter()
        .map(|p| {
            let entry = format!("path \"{}\"", p.id);
            let step_ids: Vec<&str> = p.steps.iter().map(|s| s.id.as_str()).collect();
            if step_ids != STEPS {
                check.error(
                    &entry,
                    format!("its steps are {step_ids:?} but must be {STEPS:?}"),
                );
            }
            let steps = p
                .steps
                .into_iter()
                .map(|s| {
                    let entry = format!("{entry}, step \"{}\"", s.id);
                    Step {
                        skills: check.text(&entry, "skills", s.skills),
                        project: check.text(&entry, "project", s.project),
                        done: check.text(&entry, "done", s.done),
                        id: owned(s.id),
                    }
                })
                .collect::<Vec<_>>();
            let mut seen_later = false;
            let credentials = p
                .credentials
                .into_iter()
                .filter_map(|c| {
                    let entry = format!("{entry}, credential \"{}\"", c.id);
                    let level = match c.kind.as_str() {
                        "entry" => CredentialLevel::Entry,
                        "later" => CredentialLevel::Later,
                        "vocabulary" => CredentialLevel::Vocabulary,
                        other => {
                            check.error(
                                &entry,
                                format!(
                                    "`kind` is \"{other}\" but must be entry, later or vocabulary"
                                ),
                            );
                            return None;
                        }
                    };
                    // Entry level first: a newcomer reads the list top down.
                    if level == CredentialLevel::Entry && seen_later {
                        check.error(
                            &entry,
                            "an entry-level credential must come before the others",
                        );
                    }
                    seen_later |= level != CredentialLevel::Entry;
                    if c.address.trim().is_empty() || c.address.contains("://") {
                        check.error(
                            &entry,
                            "`address` must be the issuer's page, without a scheme",
                        );
                    }
                    let Some(i) = reference
                        .certification_ids
                        .iter()
                        .position(|id| *id == c.id)
                    else {
                        check.error(
                            &entry,
                            "names no `[[certification]]` of reference.toml: add it there first",
                        );
                        return None;
                    };
                    let cert = &reference.certifications[i];
                    Some(PathCredential {
                        name: cert.name.clone(),
                        issuer: cert.issuer.clone(),
                        level,
                        address: owned(c.address),
                    })
                })
                .collect::<Vec<_>>();
            let links = p
                .links
                .into_iter()
                .map(|l| {
                    if l.address.trim().is_empty() || l.address.contains("://") {
                        check.error(&entry, "a link's `address` must be there, without a scheme");
                    }
                    Link {
                        label: check.text(&entry, "label", l.label),
                        address: owned(l.address),
                    }
                })
                .collect::<Vec<_>>();
            if p.titles.is_empty() {
                check.error(&entry, "has no `titles`: job titles to search for");
            }
            RolePath {
                intro: check.text(&entry, "intro", p.intro),
                steps: Cow::Owned(steps),
                credentials: Cow::Owned(credentials),
                titles: Cow::Owned(p.titles.into_iter().map(owned).collect()),
                interviews: check.text(&entry, "interviews", p.interviews),
                links: Cow::Owned(links),
                id: owned(p.id),
            }
        })
        .collect::<Vec<_>>();
    let starts = raw
        .starts
        .into_iter()
        .map(|s| {
            let entry = format!("start \"{}\"", s.id);
            Start {
                toward_sre: check.text(&entry, "toward_sre", s.toward_sre),
                toward_devops: check.text(&entry, "toward_devops", s.toward_devops),
                id: owned(s.id),
            }
        })
        .collect::<Vec<_>>();
    check.finish(Paths {
        paths: Cow::Owned(paths),
        starts: Cow::Owned(starts),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPaths {
    #[serde(default, rename = "path")]
    paths: Vec<RawPath>,
    #[serde(default, rename = "start")]
    starts: Vec<RawStart>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPath {
    id: String,
    #[serde(default)]
    intro: String,
    #[serde(default, rename = "step")]
    steps: Vec<RawStep>,
    #[serde(default, rename = "credential")]
    credentials: Vec<RawPathCredential>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    interviews: String,
    #[serde(default, rename = "link")]
    links: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: String,
    #[serde(default)]
    skills: String,
    #[serde(default)]
    project: String,
    #[serde(default)]
    done: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPathCredential {
    id: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    address: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    #[serde(default)]
    label: String,
    #[serde(default)]
    address: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStart {
    id: String,
    #[serde(default)]
    toward_sre: String,
    #[serde(default)]
    toward_devops: String,
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
    #[serde(rename = "source", default)]
    sources: Vec<RawSource>,
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
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    address: String,
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
    note: String,
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
    kind: String,
    #[serde(default)]
    about: String,
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
    statistic: String,
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
struct RawMethodFile {
    method: RawMethodHeader,
    #[serde(rename = "section", default)]
    sections: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMethodHeader {
    #[serde(default)]
    title: String,
    #[serde(default)]
    intro: String,
    #[serde(default)]
    reviewed: String,
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
    dimensions: Option<bool>,
    sources: Option<bool>,
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

const BLOCK_KINDS: &str =
    "text, bullets, terms, tools, certifications, salaries, dimensions or sources";

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

    /// A date people can place: it must name a year, so "undated" or
    /// "recent" cannot pass.
    fn dated(&mut self, entry: &str, value: String, what: &str) -> Text {
        if value.trim().is_empty() {
            self.error(entry, format!("has no `date`: {what} cannot be shown"));
        } else if !has_year(&value) {
            self.error(
                entry,
                format!("`date` is \"{value}\" but must name a year, such as \"May 2023\""),
            );
        }
        owned(value)
    }

    fn certification_kind(&mut self, entry: &str, value: &str) -> CertificationKind {
        match value {
            "exam" => CertificationKind::Exam,
            "course" => CertificationKind::Course,
            other => {
                self.error(
                    entry,
                    format!("`kind` is \"{other}\" but must be exam or course"),
                );
                CertificationKind::Exam
            }
        }
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
        let sections = self.sections(&entry, p.sections, reference);
        Page {
            title: self.text(&entry, "title", p.title),
            summary: self.text(&entry, "summary", p.summary),
            id: owned(p.id),
            sections: Cow::Owned(sections),
        }
    }

    fn sections(
        &mut self,
        entry: &str,
        raw: Vec<RawSection>,
        reference: &Reference,
    ) -> Vec<Section> {
        if raw.is_empty() {
            self.error(entry, "has no section");
        }
        self.unique(
            &format!("{entry}: section"),
            raw.iter().map(|s| &s.id),
            true,
        );
        raw.into_iter()
            .map(|s| {
                let entry = format!("{entry}: section \"{}\"", s.id);
                if s.blocks.is_empty() {
                    self.error(&entry, "has no block");
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
            .collect()
    }

    /// Every `{hole}` in a method text must be one the screen fills.
    fn holes(&mut self, entry: &str, field: &str, text: &str) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            let name = &after[..close];
            if !METHOD_HOLES.contains(&name) {
                self.error(
                    entry,
                    format!(
                        "`{field}` has the hole {{{name}}}, but only {} are filled",
                        METHOD_HOLES.map(|h| format!("{{{h}}}")).join(", ")
                    ),
                );
            }
            rest = &after[close + 1..];
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
            b.dimensions.is_some(),
            b.sources.is_some(),
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
        if b.dimensions == Some(false) || b.sources == Some(false) {
            self.error(
                entry,
                "a `dimensions` or `sources` block is `true`; leave it out instead",
            );
            return None;
        }
        let block = if b.dimensions.is_some() {
            Block::Dimensions
        } else if b.sources.is_some() {
            Block::Sources
        } else if let Some(text) = b.text {
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

/// Whether a text is a real calendar date written as YYYY-MM-DD.
fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r.clone())?
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| text[r].parse().ok())?
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Whether a text holds a plausible year: four digits, 1900 to 2099, not
/// part of a longer number (so "$132,270" is not a year).
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).any(|i| {
        let four = &bytes[i..i + 4];
        let alone = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b',')
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        alone && four.iter().all(u8::is_ascii_digit) && (four[..2] == *b"19" || four[..2] == *b"20")
    })
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

#[cfg(test)]
mod tests {
    use super::{has_year, is_iso_date};

    #[test]
    fn dates_must_name_a_year() {
        let cases = [
            ("May 2023", true),
            ("2016", true),
            ("Wage data for May 2022", true),
            ("2023 and 2025", true),
            ("Undated page", false),
            ("recent", false),
            ("$132,270", false),
            ("12023", false),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(has_year(text), expected, "{text}");
        }
    }

    #[test]
    fn reviewed_dates_are_real_calendar_days() {
        let cases = [
            ("2026-11-27", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("2026-13-01", false),
            ("2026-04-31", false),
            ("2026-11-00", false),
            ("27 November 2026", false),
            ("2026-1-27", false),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_iso_date(text), expected, "{text}");
        }
    }
}
