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
    pub leaning: Leaning,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Certification {
    pub name: Text,
    pub issuer: Text,
    pub leaning: Leaning,
}

/// A published pay figure. Figures differ by source and by year, so one is
/// never shown without both.
#[derive(Clone, Debug, PartialEq)]
pub struct SalaryFigure {
    /// Whose pay, such as "Site reliability engineer (US)".
    pub who: Text,
    /// The figure as published, such as "Average base pay about $127,562 a year".
    pub figure: Text,
    pub source: Text,
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

impl Library {
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }
}
