//! Leptos components, one file each, named after what the person sees.
//! Components hold no rules: they read domain values and name actions.

pub mod app;
pub mod ctx;
pub mod data_panel;
pub mod home;
pub mod language_control;
pub mod notices;
pub mod page_contents;
pub mod page_text;
pub mod question_card;
pub mod result_page;
pub mod text_screen;
