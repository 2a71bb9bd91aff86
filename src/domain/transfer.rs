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
    if is_record(text) {
        return import_record(engine, text);
    }
    import_code(engine, text).map(Imported::Progress)
}

/// Whether pasted text is an export (JSON), not a code or a link.
pub fn is_record(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// A JSON export: the app reads these itself, since it reads its stored
/// record the same way.
pub fn import_record(engine: &Engine, text: &str) -> Result<Imported, ImportError> {
    record::decode(engine, text.trim())
        .map(|r| Imported::Session(r.session))
        .map_err(ImportError::Record)
}

/// A resume code, or a link that holds one or a result: the pages module
/// reads these (`screens::Draw::ReadCode`), the first load has no token
/// decoder.
pub fn import_code(engine: &Engine, text: &str) -> Result<Progress, ImportError> {
    let text = text.trim();
    // A pasted share link works too, read as the app reads its own address.
    let code = match text.split_once('#') {
        Some((_, hash)) => match Route::parse(hash) {
            Route::Shared(token) => token,
            _ => String::new(),
        },
        None => text.rsplit('/').next().unwrap_or(text).to_string(),
    };
    let decoded = token::decode(engine.quiz(), &code).map_err(ImportError::Code)?;
    Ok(Progress::from_slots(
        engine,
        &decoded.answers,
        &decoded.skipped,
        decoded.cursor,
        decoded.kind == TokenKind::Result,
    ))
}

/// A resume code for the current attempt.
pub fn resume_code(quiz: &Quiz, progress: &Progress) -> String {
    token::encode(
        quiz,
        TokenKind::Progress,
        progress.answers(),
        progress.skipped(),
        progress.cursor(),
    )
}
