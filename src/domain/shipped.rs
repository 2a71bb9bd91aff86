//! The content baked in by `build.rs`, the engine built on it once, and the
//! one place that chooses which content the app shows.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::content::*;
use super::engine::Engine;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn engine() -> &'static Engine<'static> {
    static ENGINE: OnceLock<Engine<'static>> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&QUIZ_EN))
}

/// Everything the pages show, in one language, with the engine built on its
/// quiz. Pages take it from context and never name a language's statics.
#[derive(Clone, Copy)]
pub struct Content {
    pub quiz: &'static Quiz,
    pub library: &'static Library,
    pub ui: &'static Ui,
    pub engine: &'static Engine<'static>,
}

/// The content the app shows. English is the only language so far; choosing
/// another happens here and nowhere else.
pub fn content() -> Content {
    Content {
        quiz: &QUIZ_EN,
        library: &LIBRARY_EN,
        ui: &UI_EN,
        engine: engine(),
    }
}
