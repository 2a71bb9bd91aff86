//! The imperative shell's browser side: the only code that touches `web_sys`.

pub mod embed;
pub mod location;
pub mod page;
pub mod service_worker;
pub mod storage;
