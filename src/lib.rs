//! opsfit: SRE or DevOps, which fits me, and why?
//!
//! `domain` is the pure core and builds everywhere. `authoring` (content
//! checks, code generation, calibration) exists natively only; `browser` and
//! `ui` are the shell and only exist in the wasm build (feature `shell`, on
//! by default; the pages module builds without it).

pub mod domain;
pub mod heap;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

#[cfg(all(target_arch = "wasm32", feature = "shell"))]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "shell"))]
pub mod ui;
