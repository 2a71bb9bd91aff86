//! What the domain reports to a person, in words: every error and notice
//! names a key of `ui.toml`, so each language brings its own wording.

use super::record::{LoadNotice, Rejected};
use super::shipped::Ui;
use super::template::fill;
use super::token::TokenError;
use super::transfer::ImportError;

impl TokenError {
    pub fn message(&self, ui: &Ui) -> &'static str {
        match self {
            TokenError::Empty => ui.code_empty,
            TokenError::NotBase64 => ui.code_not_base64,
            TokenError::TooShort => ui.code_too_short,
            TokenError::UnknownVersion(_) => ui.code_newer,
            TokenError::Damaged => ui.code_damaged,
            TokenError::OtherContent => ui.code_other_content,
            TokenError::BadAnswer => ui.code_bad_answer,
            TokenError::NotAResult => ui.code_not_a_result,
            TokenError::NoAnswers => ui.code_no_answers,
        }
    }
}

impl ImportError {
    pub fn message(&self, ui: &Ui) -> &'static str {
        match self {
            ImportError::Code(e) => e.message(ui),
            ImportError::Record(Rejected::Newer(_)) => ui.import_newer,
            ImportError::Record(_) => ui.import_bad_json,
        }
    }
}

impl LoadNotice {
    pub fn message(&self, ui: &Ui) -> String {
        match self {
            LoadNotice::Corrupt => ui.notice_corrupt.to_string(),
            LoadNotice::Newer(_) => ui.notice_newer.to_string(),
            LoadNotice::NotSetAside => ui.notice_not_set_aside.to_string(),
            LoadNotice::Dropped(n) => fill(ui.notice_dropped, &[("n", &n.to_string())]),
        }
    }
}
