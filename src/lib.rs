//! opsfit: SRE or DevOps, which fits me, and why?
//!
//! `domain` is the pure core and builds everywhere. `authoring` (content
//! checks, code generation, calibration) exists natively only; `browser` and
//! `ui` are the shell and only exist in the wasm build.

pub mod domain;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
