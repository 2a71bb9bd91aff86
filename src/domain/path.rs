//! "Your path": which steps a result leads to, from its outcome and where
//! the person is now. Where they are now is asked once, after the scored
//! questions; it is saved with the progress and never scored.

use super::content::{Library, Quiz, RolePath, Text, Verdict};

/// Where a person is now: the one context question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// New to tech, or studying.
    New,
    Developer,
    /// Sysadmin or IT operations.
    Sysadmin,
    /// QA or test automation.
    Qa,
    /// Support or helpdesk.
    Support,
    Other,
}

impl Background {
    /// In the order the question lists them and `paths.toml` writes them.
    pub const ALL: [Background; 6] = [
        Background::New,
        Background::Developer,
        Background::Sysadmin,
        Background::Qa,
        Background::Support,
        Background::Other,
    ];

    /// The stable id the record stores.
    pub fn id(self) -> &'static str {
        ["new", "developer", "sysadmin", "qa", "support", "other"][self as usize]
    }

    pub fn from_id(id: &str) -> Option<Background> {
        Background::ALL.into_iter().find(|b| b.id() == id)
    }
}

/// The path a result shows: the outcome's steps, and where the person
/// begins toward each role the outcome points to.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen<'a> {
    pub path: &'a RolePath,
    /// One line toward the outcome's role, or one toward each role in pole
    /// order for a balanced result; none until the person says where they
    /// are now.
    pub starts: Vec<&'a Text>,
}

/// The path for an outcome and a background; `None` only when the content
/// has no path for the outcome (the build refuses that).
pub fn choose<'a>(
    library: &'a Library,
    quiz: &Quiz,
    verdict: Verdict,
    background: Option<Background>,
) -> Option<Chosen<'a>> {
    let id = &quiz.outcome(verdict).id;
    let path = library.paths.paths.iter().find(|p| p.id == *id)?;
    let start = background.and_then(|b| library.paths.starts.get(b as usize));
    let starts = match (start, verdict) {
        (None, _) => Vec::new(),
        (Some(s), Verdict::Pole(0)) => vec![&s.toward_sre],
        (Some(s), Verdict::Pole(_)) => vec![&s.toward_devops],
        (Some(s), Verdict::Balanced) => vec![&s.toward_sre, &s.toward_devops],
    };
    Some(Chosen { path, starts })
}
