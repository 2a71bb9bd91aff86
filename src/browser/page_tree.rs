//! A `domain::page_tree` builder's output, made into DOM nodes as it is
//! written: elements by tag, attributes by name, and every text as a text
//! node (`append` with a string), so no content is ever parsed as HTML.

use wasm_bindgen::JsCast;

use crate::domain::page_tree::Sink;

pub struct Dom {
    document: Option<web_sys::Document>,
    /// The element being written into, innermost last; the first is the
    /// element the screen's text goes in.
    open: Vec<web_sys::Element>,
}

impl Dom {
    /// Writes into `into` afresh: Leptos may keep an element across a
    /// redraw (a new result in the same view), so what it held goes.
    pub fn new(into: web_sys::Element) -> Dom {
        into.set_text_content(None);
        Dom {
            document: into.owner_document(),
            open: vec![into],
        }
    }
}

impl Sink for Dom {
    fn open(&mut self, tag: &'static str) {
        if let Some(element) = self
            .document
            .as_ref()
            .and_then(|d| d.create_element(tag).ok())
        {
            self.open.push(element);
        }
    }

    fn attr(&mut self, name: &'static str, value: &str) {
        if let Some(element) = self.open.last() {
            let _ = element.set_attribute(name, value);
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(element) = self.open.last() {
            let _ = element.append_with_str_1(text);
        }
    }

    fn close(&mut self) {
        if self.open.len() > 1 {
            if let (Some(child), Some(parent)) = (self.open.pop(), self.open.last()) {
                let _ = parent.append_with_node_1(&child);
            }
        }
    }

    fn style(&mut self, property: &'static str, value: &str) {
        if let Some(element) = self.open.last() {
            // Every element the builders make is an HTML element.
            let element: &web_sys::HtmlElement = element.unchecked_ref();
            let _ = element.style().set_property(property, value);
        }
    }
}
