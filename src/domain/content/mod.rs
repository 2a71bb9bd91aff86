//! The content model: what a quiz is, as data.
//!
//! This folder is also compiled into `build.rs` (through `#[path]`), so every
//! file in it refers to its siblings with `super::` and never to `crate::`.

pub mod model;
pub mod pages;

#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages_source;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;
pub use pages::*;
