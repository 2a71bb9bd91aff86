//! Moving progress between devices: a JSON export of the whole record, or a
//! short resume code. Import accepts either and says what went wrong.

use super::content::Quiz;
use super::engine::Engine;
use super::quiz::Progress;
use super::record::{self, Rejected};
use super::route::Route;
use super::session::Session;
use super::token::{self, TokenError, TokenKind};

#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// A full export: progress and past results.
    Session(Session),
    /// A resume code: progress only; past results stay as they are.
    Progress(Progress),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Record(Rejected),
    Code(TokenError),
}

pub fn import(engine: &Engine, text: &str) -> Result<Imported, ImportError> {
    let text = text.trim();
    if text.starts_with('{') {
        return record::decode(engine, text)
            .map(|r| Imported::Session(r.session))
            .map_err(ImportError::Record);
    }
    // A pasted share link works too, read as the app reads its own address.
    let code = match text.split_once('#') {
        Some((_, hash)) => match Route::parse(hash) {
            Route::Shared(token) => token,
            _ => String::new(),
        },
        None => text.rsplit('/').next().unwrap_or(text).to_string(),
    };
    let decoded = token::decode(engine.quiz(), &code).map_err(ImportError::Code)?;
    let finished = decoded.kind == TokenKind::Result;
    let pairs = decoded
        .answers
        .iter()
        .enumerate()
        .filter_map(|(q, a)| a.map(|o| (q, o as usize)));
    let progress = Progress::restore(engine, pairs, decoded.cursor, finished);
    Ok(Imported::Progress(progress))
}

/// A resume code for the current attempt.
pub fn resume_code(quiz: &Quiz, progress: &Progress) -> String {
    token::encode(
        quiz,
        TokenKind::Progress,
        progress.answers(),
        progress.cursor(),
    )
}
