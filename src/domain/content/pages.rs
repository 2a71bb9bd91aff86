//! The knowledge base as data: the learn pages, made of sections of plain
//! text blocks, and the side-by-side comparison of the two roles.
//!
//! Nothing here is markup. A page is a tree of text values, and the UI turns
//! each block into elements whose content is a text node, so no author's
//! text can ever become HTML.

use super::model::{List, Text};

/// Everything the learn and compare screens show, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    /// In the order the learn index lists them.
    pub pages: List<Page>,
    pub compare: Compare,
    /// Every source the content cites, in the order of `reference.toml`.
    pub sources: List<Source>,
    /// "How this quiz works".
    pub method: Method,
    /// "Your path" on the result page, per outcome and where the person is now.
    pub paths: Paths,
}

/// "Your path": for each outcome, three steps (now, next, later), the
/// credentials at their level, job titles and what interviews test; and
/// for each place a person may start from, where they begin toward each
/// role. Page text: it goes where the learn pages' text goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Paths {
    /// One per quiz outcome, matched by the outcome's id.
    pub paths: List<RolePath>,
    /// One per `path::Background`, in its order.
    pub starts: List<Start>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RolePath {
    /// The outcome's id.
    pub id: Text,
    pub intro: Text,
    /// Now, next and later.
    pub steps: List<Step>,
    pub credentials: List<PathCredential>,
    /// Job titles to search for.
    pub titles: List<Text>,
    /// What interviews for the role usually test.
    pub interviews: Text,
    /// Documentation of the tools the steps name.
    pub links: List<Link>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: Text,
    pub skills: Text,
    /// A hands-on project that proves the skills.
    pub project: Text,
    /// What "done" looks like for it.
    pub done: Text,
}

/// A credential of `reference.toml`, at the level a path recommends it.
#[derive(Clone, Debug, PartialEq)]
pub struct PathCredential {
    pub name: Text,
    pub issuer: Text,
    pub level: CredentialLevel,
    /// The issuer's page for it, without a scheme.
    pub address: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialLevel {
    /// Entry level: worth it early.
    Entry,
    /// Professional or expert: for later, with experience.
    Later,
    /// Mainly vocabulary: it teaches the words, and carries little weight.
    Vocabulary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub label: Text,
    /// Without a scheme; shown as an https link.
    pub address: Text,
}

/// Where a person starting from one place begins, toward each role.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub id: Text,
    pub toward_sre: Text,
    pub toward_devops: Text,
}

/// The "How this quiz works" screen: sections like a learn page's, whose
/// text may hold `{threshold}`, `{questions}` and `{dimensions}`, filled
/// from the quiz when shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    pub title: Text,
    pub intro: Text,
    /// When the content was last checked against its sources: YYYY-MM-DD.
    pub reviewed: Text,
    pub sections: List<Section>,
}

/// The holes method text may use; the build rejects any other.
pub const METHOD_HOLES: [&str; 7] = [
    "threshold",
    "questions",
    "dimensions",
    "work_dimensions",
    "style_dimensions",
    "weight_low",
    "weight_high",
];

/// A source the content cites. Salary figures and the tools split name one
/// by id at build time, so none can be shown without its entry here.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: Text,
    /// The date of what it says, always with a year, such as "May 2023".
    pub date: Text,
    /// Where to find it, without a scheme; empty when it has no stable one.
    pub address: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Also the route: `#/learn/<id>`.
    pub id: Text,
    pub title: Text,
    /// One or two sentences, shown under the title and in the index.
    pub summary: Text,
    pub sections: List<Section>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: Text,
    pub heading: Text,
    pub blocks: List<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Text),
    Bullets(List<Text>),
    /// Terms and their meanings, such as SLI, SLO and SLA.
    Terms(List<Term>),
    /// Tools with the role each leans toward, and whose view that split is.
    Tools {
        tools: List<Tool>,
        source: Text,
    },
    Certifications(List<Certification>),
    Salaries(List<SalaryFigure>),
    /// The quiz's dimensions and the questions that move each.
    Dimensions,
    /// Every entry of [`Library::sources`].
    Sources,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub term: Text,
    pub meaning: Text,
}

/// Which role a tool or certification is more often tied to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaning {
    Sre,
    Devops,
    Shared,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tool {
    pub name: Text,
    /// What it is for, such as "CI/CD" or "On-call and incidents".
    pub category: Text,
    /// What a reader must know before choosing it, such as an end of sale or
    /// a licence change; empty when there is nothing.
    pub note: Text,
    pub leaning: Leaning,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Certification {
    pub name: Text,
    /// The issuer as it is today, owner included.
    pub issuer: Text,
    pub kind: CertificationKind,
    /// One line: what it covers, and what it is not.
    pub about: Text,
    pub leaning: Leaning,
}

/// A certification is earned by an exam; a course only gives a badge, and
/// the page must not pass one off as the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CertificationKind {
    Exam,
    Course,
}

/// A published pay figure. Figures differ by source, by statistic and by
/// year, so one is never shown without all three.
#[derive(Clone, Debug, PartialEq)]
pub struct SalaryFigure {
    /// Whose pay, such as "Software developers (US)".
    pub who: Text,
    /// What the number is, such as "Median annual wage": median or average,
    /// base or total pay.
    pub statistic: Text,
    /// The figure as published, such as "$132,270".
    pub figure: Text,
    /// The name of the cited source, resolved from its id at build time.
    pub source: Text,
    /// The period the figure describes, always with a year.
    pub date: Text,
    pub leaning: Leaning,
}

/// The two roles side by side. Every aspect has one cell per role, in the
/// order of `roles`.
#[derive(Clone, Debug, PartialEq)]
pub struct Compare {
    pub title: Text,
    pub intro: Text,
    /// Column headings: the roles' names.
    pub roles: List<Text>,
    pub aspects: List<Aspect>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Aspect {
    pub id: Text,
    pub label: Text,
    // Invariant: exactly one cell per entry of `Compare::roles`, in that order.
    pub cells: List<Text>,
}

/// What a page screen shows at once, before its page data has loaded:
/// each learn page's id and title, and the compare and method screens'
/// titles. Baked into the wasm (a few hundred bytes), so no heading waits
/// for the file and an unknown learn page is known without it.
#[derive(Debug)]
pub struct PageHeads {
    /// (id, title), in the order of the learn index.
    pub learn: &'static [(&'static str, &'static str)],
    pub compare: &'static str,
    pub method: &'static str,
}

impl PageHeads {
    pub fn learn_title(&self, id: &str) -> Option<&'static str> {
        self.learn.iter().find(|(i, _)| *i == id).map(|(_, t)| *t)
    }
}

impl Library {
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }
}
