//! The content baked in by `build.rs`, and the engine built on it once.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::content::*;
use super::engine::Engine;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn engine() -> &'static Engine<'static> {
    static ENGINE: OnceLock<Engine<'static>> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&QUIZ_EN))
}
