//! The pure core. Nothing here touches the browser, Leptos or any I/O, so all
//! of it runs and is tested natively.

pub mod calendar;
pub mod content;
pub mod embed;
pub mod engine;
pub mod figures;
pub mod json;
pub mod language;
pub mod messages;
pub mod page_tree;
pub mod path;
pub mod quiz;
pub mod record;
pub mod released;
pub mod result_tree;
pub mod route;
pub mod screens;
pub mod session;
pub mod shipped;
pub mod template;
pub mod token;
pub mod transfer;
