//! What the learn, compare and method screens show, decided natively from
//! the shipped library: the browser only turns these trees into DOM nodes.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::page_tree::{self, Node, Tree, Words};
use opsfit::domain::route::{Place, Route};
use opsfit::domain::shipped::{content, pages, LIBRARY, PAGE_UI, QUIZ};

fn words() -> Words {
    Words::of(content(), pages())
}

fn all<'n>(nodes: &'n [Node], tag: &str) -> Vec<&'n Node> {
    Node::all(nodes, tag)
}

fn attr<'n>(node: &'n Node, name: &str) -> Option<&'n str> {
    node.attr(name)
}

fn text(nodes: &[Node]) -> String {
    nodes.iter().map(Node::text).collect()
}

#[test]
fn the_learn_index_links_every_page_by_its_route() {
    let tree = Tree::of(|s| page_tree::learn_index(&LIBRARY, words(), "", s));
    let links = all(&tree, "a");
    // Every page, then on to compare and to the method.
    assert_eq!(links.len(), LIBRARY.pages.len() + 2);
    for (a, p) in links.iter().zip(LIBRARY.pages.iter()) {
        assert_eq!(attr(a, "href"), Some(format!("#/learn/{}", p.id).as_str()));
        assert_eq!(a.text(), p.title);
    }
    let on: Vec<_> = links[LIBRARY.pages.len()..]
        .iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert_eq!(on, [Some("#/compare"), Some("#/method")]);
}

#[test]
fn the_method_screen_fills_every_hole_with_the_quiz_s_numbers() {
    let tree = Tree::of(|s| page_tree::method(&LIBRARY, words(), "", s));
    let shown = text(&tree);
    assert!(
        !shown.contains('{') && !shown.contains('}'),
        "a hole is left: {shown:.200}"
    );
    // Every source, in a list named for them.
    let lists = all(&tree, "ul");
    let sources = lists
        .iter()
        .find(|l| attr(l, "aria-label") == Some(PAGE_UI.sources_label))
        .expect("the sources list");
    assert_eq!(
        all(std::slice::from_ref(*sources), "li").len(),
        LIBRARY.sources.len()
    );
    // When it was reviewed, machine-readable.
    let time = all(&tree, "time");
    assert_eq!(
        attr(time[0], "datetime"),
        Some(LIBRARY.method.reviewed.as_ref())
    );
    // Each dimension, with how many questions move it.
    for d in QUIZ.dimensions.iter() {
        assert!(
            all(&tree, "dt").iter().any(|dt| dt.text() == d.label),
            "{}",
            d.label
        );
    }
}

#[test]
fn compare_labels_every_cell_with_its_role_and_every_row_with_its_aspect() {
    let tree = Tree::of(|s| page_tree::compare(&LIBRARY, words(), "", s));
    let rows = all(&tree, "tr");
    // The head row, then one per aspect.
    assert_eq!(rows.len(), LIBRARY.compare.aspects.len() + 1);
    for (row, aspect) in rows[1..].iter().zip(LIBRARY.compare.aspects.iter()) {
        let th = all(std::slice::from_ref(*row), "th");
        assert_eq!(th[0].text(), aspect.label);
        assert_eq!(attr(th[0], "scope"), Some("row"));
        let cells = all(std::slice::from_ref(*row), "td");
        assert_eq!(cells.len(), LIBRARY.compare.roles.len());
        for ((cell, role), said) in cells
            .iter()
            .zip(LIBRARY.compare.roles.iter())
            .zip(aspect.cells.iter())
        {
            assert_eq!(cell.text(), format!("{role}{said}"));
        }
    }
}

#[test]
fn an_item_shows_no_empty_line_and_names_its_leaning() {
    for page in LIBRARY.pages.iter() {
        let tree = Tree::of(|s| page_tree::learn_article(&LIBRARY, words(), &page.id, s));
        for detail in all(&tree, "span")
            .into_iter()
            .filter(|s| attr(s, "class") == Some("item-detail"))
        {
            assert!(!detail.text().is_empty(), "{}", page.id);
        }
        for tag in all(&tree, "span")
            .into_iter()
            .filter(|s| attr(s, "class").is_some_and(|c| c.starts_with("tag ")))
        {
            assert!([PAGE_UI.lean_sre, PAGE_UI.lean_devops, PAGE_UI.lean_shared]
                .contains(&tag.text().as_str()));
        }
        // Every section of the page, under its own heading, in order; the
        // other h2 is "On this page".
        let headings: Vec<String> = all(&tree, "h2")
            .iter()
            .filter(|h| attr(h, "id") != Some("toc-heading"))
            .map(|h| h.text())
            .collect();
        let expected: Vec<String> = page
            .sections
            .iter()
            .map(|s| s.heading.to_string())
            .collect();
        assert_eq!(headings, expected, "{}", page.id);
    }
}

/// "On this page" links every section by a route of its own, and that
/// route names the heading the link moves to.
#[test]
fn on_this_page_links_every_section_by_its_route() {
    let check = |tree: &[Node], route: Route, sections: Vec<(&str, &str)>| {
        let nav: Vec<&Node> = all(tree, "nav");
        assert_eq!(nav.len(), 1, "{route:?}");
        assert_eq!(
            all(std::slice::from_ref(nav[0]), "h2")[0].text(),
            PAGE_UI.toc_heading
        );
        let links = all(std::slice::from_ref(nav[0]), "a");
        assert_eq!(links.len(), sections.len(), "{route:?}");
        for (link, (id, heading)) in links.iter().zip(&sections) {
            assert_eq!(link.text(), *heading);
            let href = attr(link, "href").expect("a link has an address");
            let place = Place::parse(href);
            assert_eq!(place.route, route);
            assert_eq!(place.section.as_deref(), Some(*id));
            let target = page_tree::heading_id(id);
            assert!(
                all(tree, "h2")
                    .iter()
                    .chain(all(tree, "th").iter())
                    .any(|h| attr(h, "id") == Some(target.as_str())),
                "{route:?}: nothing carries the id {target}"
            );
        }
    };
    for page in LIBRARY.pages.iter() {
        let tree = Tree::of(|s| page_tree::learn_article(&LIBRARY, words(), &page.id, s));
        let sections = page
            .sections
            .iter()
            .map(|s| (s.id.as_ref(), s.heading.as_ref()));
        check(&tree, Route::Learn(page.id.to_string()), sections.collect());
    }
    let tree = Tree::of(|s| page_tree::method(&LIBRARY, words(), "", s));
    let m = &LIBRARY.method;
    check(
        &tree,
        Route::Method,
        m.sections
            .iter()
            .map(|s| (s.id.as_ref(), s.heading.as_ref()))
            .collect(),
    );
    let tree = Tree::of(|s| page_tree::compare(&LIBRARY, words(), "", s));
    let c = &LIBRARY.compare;
    check(
        &tree,
        Route::Compare,
        c.aspects
            .iter()
            .map(|a| (a.id.as_ref(), a.label.as_ref()))
            .collect(),
    );
}

#[test]
fn no_tag_or_attribute_could_run_code() {
    let mut trees = vec![
        Tree::of(|s| page_tree::learn_index(&LIBRARY, words(), "", s)),
        Tree::of(|s| page_tree::compare(&LIBRARY, words(), "", s)),
        Tree::of(|s| page_tree::method(&LIBRARY, words(), "", s)),
    ];
    trees.extend(
        LIBRARY
            .pages
            .iter()
            .map(|p| Tree::of(|s| page_tree::learn_article(&LIBRARY, words(), &p.id, s))),
    );
    fn check(nodes: &[Node]) {
        for n in nodes {
            if let Node::Element {
                tag,
                attrs,
                children,
            } = n
            {
                assert!(
                    !["script", "style", "iframe", "object", "embed"].contains(tag),
                    "{tag}"
                );
                for (name, value) in attrs {
                    assert!(
                        !name.starts_with("on") && *name != "style" && *name != "src",
                        "{name}"
                    );
                    if *name == "href" {
                        assert!(value.starts_with("#/"), "{value}");
                    }
                }
                check(children);
            }
        }
    }
    for t in &trees {
        check(t);
    }
}

#[test]
fn an_unknown_learn_page_says_so_and_leads_back() {
    let tree = Tree::of(|s| page_tree::learn_article(&LIBRARY, words(), "nope", s));
    assert!(text(&tree).contains("nope"), "{}", text(&tree));
    let links = all(&tree, "a");
    assert_eq!(links.len(), 1);
    assert_eq!(attr(links[0], "href"), Some("#/learn"));
}

#[test]
fn where_you_start_names_each_role_on_a_balanced_result_only() {
    use opsfit::domain::content::Verdict;
    use opsfit::domain::path::Background;
    // (each paragraph's text, how many role names are set in bold)
    let paragraphs = |verdict| {
        let arg = page_tree::path_arg(verdict, Some(Background::Other));
        let tree = Tree::of(|s| page_tree::path_start(&LIBRARY, words(), &arg, s));
        let texts: Vec<String> = all(&tree, "p").iter().map(|p| p.text()).collect();
        (texts, all(&tree, "strong").len())
    };
    let (both, named) = paragraphs(Verdict::Balanced);
    assert_eq!((both.len(), named), (2, 2));
    for (pole, p) in both.iter().enumerate() {
        let role = &QUIZ.outcome(Verdict::Pole(pole as u8)).short;
        assert!(p.starts_with(&format!("{role}: ")), "{p}");
    }
    for pole in 0..2 {
        let (one, named) = paragraphs(Verdict::Pole(pole));
        assert_eq!((one.len(), named), (1, 0));
    }
}
