//! The imperative shell's browser side: the only code that touches `web_sys`.

pub mod location;
pub mod page;
pub mod storage;
