//! The content baked in by `build.rs`, the engine built on it once, and the
//! one place that chooses which content the app shows.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::content::*;
use super::engine::Engine;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn engine() -> &'static Engine<'static> {
    static ENGINE: OnceLock<Engine<'static>> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&QUIZ))
}

/// Everything the first screens show, in one language, with the engine built
/// on its quiz. Pages take it from context and never name a language's
/// statics. The learn, compare and method text is not here: it is page data,
/// loaded when a screen needs it (`browser::page_data`, `ui::page_text`).
#[derive(Clone, Copy)]
pub struct Content {
    pub quiz: &'static Quiz,
    pub heads: &'static PageHeads,
    pub ui: &'static Ui,
    pub engine: &'static Engine<'static>,
}

/// The content the app shows: this build's language, chosen at build time
/// by `OPSFIT_LOCALE` (one build per language, see ARCHITECTURE.md).
pub fn content() -> Content {
    Content {
        quiz: &QUIZ,
        heads: &PAGE_HEADS,
        ui: &UI,
        engine: engine(),
    }
}

/// What the pages module draws from besides `Content`: the library and the
/// words only its screens show. Only the pages module calls this, so
/// neither is in the app's own wasm (ARCHITECTURE.md, "The pages module").
#[derive(Clone, Copy)]
pub struct Pages {
    pub library: &'static Library,
    pub ui: &'static PageUi,
}

pub fn pages() -> Pages {
    Pages {
        library: &LIBRARY,
        ui: &PAGE_UI,
    }
}
