//! Turns a `domain::page_tree` into DOM nodes: elements by tag, attributes
//! by name, and every text as a text node (`append` with a string), so no
//! content is ever parsed as HTML.

use crate::domain::page_tree::Node;

pub fn append(parent: &web_sys::Element, nodes: &[Node]) {
    let Some(document) = parent.owner_document() else {
        return;
    };
    for node in nodes {
        match node {
            Node::Text(t) => {
                let _ = parent.append_with_str_1(t);
            }
            Node::Element {
                tag,
                attrs,
                children,
            } => {
                if let Ok(element) = document.create_element(tag) {
                    for (name, value) in attrs {
                        let _ = element.set_attribute(name, value);
                    }
                    append(&element, children);
                    let _ = parent.append_with_node_1(&element);
                }
            }
        }
    }
}
