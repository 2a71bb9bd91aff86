//! The imperative shell's browser side: the only code that touches `web_sys`.

pub mod embed;
pub mod language;
pub mod location;
pub mod page;
pub mod page_tree;
pub mod pages_module;
pub mod panic_screen;
pub mod service_worker;
pub mod share_image;
pub mod storage;
