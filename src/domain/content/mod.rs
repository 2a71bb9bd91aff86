//! The content model: what a quiz is, as data.
//!
//! This folder is also compiled into `build.rs` (through `#[path]`), so every
//! file in it refers to its siblings with `super::` and never to `crate::`.
//! The authoring code that reads TOML into it lives in `src/authoring/`.

pub mod model;
pub mod pages;

pub use model::*;
pub use pages::*;
