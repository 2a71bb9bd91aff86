//! Authoring, native only: content TOML to validated data (build.rs, the
//! native tests, the `calibrate` tool), that data to Rust source for the
//! build, and the calibration report. None of it reaches the browser build.

// The authoring files name the content model `super::content`, so build.rs,
// which compiles them beside the model, reads them unchanged.
use crate::domain::content;
use crate::domain::language;

pub mod calibration;
pub mod codegen;
pub mod locale;
pub mod pages_source;
pub mod source;
