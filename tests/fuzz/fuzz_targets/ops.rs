//! The pages module's answer comes from the app's own origin, but a host or
//! a cache in between can serve anything at that address (an error page, a
//! module of another build, a cut-off response). No text may panic the
//! replay; it opens and closes elements in pairs, makes only the names of
//! its allow-lists, and what it writes replays to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::page_tree::{Node, Tree};
use opsfit::domain::screens::{replay, Ops, ATTRIBUTES, STYLES, TAGS};

fn names_allowed(nodes: &[Node]) {
    for node in nodes {
        if let Node::Element {
            tag,
            attrs,
            children,
        } = node
        {
            assert!(TAGS.contains(tag), "{tag}");
            for (name, _) in attrs {
                // The tree keeps a CSS property as an attribute.
                assert!(ATTRIBUTES.contains(name) || STYLES.contains(name), "{name}");
            }
            names_allowed(children);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `Tree::of` panics on an element left open or closed twice.
    let tree = Tree::of(|s| {
        replay(text, s);
    });
    names_allowed(&tree);
    let mut written = Ops::default();
    replay(text, &mut written);
    let mut again = Ops::default();
    assert!(replay(&written.0, &mut again), "a replay's own writing is whole");
    assert_eq!(written.0, again.0);
});
