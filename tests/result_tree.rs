//! What the result page's static part shows, decided natively: the browser
//! only turns this tree into DOM nodes (`browser::page_tree`).
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::figures::Figures;
use opsfit::domain::page_tree::{Node, Tree, Words};
use opsfit::domain::result_tree::{self, Own};
use opsfit::domain::shipped::{content, engine, pages, PAGE_UI, QUIZ, UI};

fn words() -> Words {
    Words::of(content(), pages())
}

fn find<'n>(nodes: &'n [Node], tag: &str) -> Vec<&'n Node> {
    Node::all(nodes, tag)
}

fn attr<'n>(node: &'n Node, name: &str) -> Option<&'n str> {
    node.attr(name)
}

fn with_class<'n>(nodes: &'n [Node], tag: &str, class: &str) -> Vec<&'n Node> {
    find(nodes, tag)
        .into_iter()
        .filter(|n| attr(n, "class") == Some(class))
        .collect()
}

fn text(nodes: &[Node]) -> String {
    nodes.iter().map(Node::text).collect()
}

/// Every question at its first option, none skipped.
fn firsts() -> (Vec<Option<u8>>, Vec<bool>) {
    (
        vec![Some(0); QUIZ.questions.len()],
        vec![false; QUIZ.questions.len()],
    )
}

fn own_tree(answers: &[Option<u8>], skipped: &[bool]) -> (Figures, Vec<Node>) {
    let (figures, flip) = Figures::of(engine(), answers, skipped);
    let own = Own {
        answers,
        skipped,
        flip: flip.as_ref(),
    };
    let tree = Tree::of(|s| result_tree::result(&figures, Some(own), engine(), words(), s));
    (figures, tree)
}

#[test]
fn the_heading_is_the_domain_s_words_and_the_bar_is_the_first_share() {
    let (answers, skipped) = firsts();
    let (figures, tree) = own_tree(&answers, &skipped);
    let texts = figures.texts(&QUIZ, &UI, &PAGE_UI, false);
    let h1 = find(&tree, "h1");
    assert_eq!(h1.len(), 1);
    assert_eq!(h1[0].text(), format!("{}: {}", texts.kicker, texts.heading));
    let [a, b] = texts.split.clone().expect("a verdict");
    assert_eq!(
        with_class(&tree, "p", "shares")[0].text(),
        format!("{a}{b}")
    );
    let bar = with_class(&tree, "span", "a");
    assert_eq!(
        attr(bar[0], "width"),
        Some(format!("{}%", figures.percent[0]).as_str())
    );
    assert_eq!(
        with_class(&tree, "p", "confidence")[0].text(),
        texts.confidence.unwrap()
    );
}

#[test]
fn the_chart_has_a_row_per_dimension_and_the_table_every_score() {
    let (answers, skipped) = firsts();
    let (figures, tree) = own_tree(&answers, &skipped);
    let rows = find(&tree, "tr");
    // The head row, then one per dimension.
    assert_eq!(rows.len(), QUIZ.dimensions.len() + 1);
    let scores = figures.scores_in(&QUIZ);
    for ((row, dim), score) in rows[1..].iter().zip(QUIZ.dimensions.iter()).zip(scores) {
        let cells = text(std::slice::from_ref(row));
        assert!(cells.starts_with(dim.label.as_ref()), "{cells}");
        assert!(
            cells.contains(&format!("{}%", score.expect("measured"))),
            "{cells}"
        );
        let track = with_class(&tree, "div", &format!("trait-{}", dim.id));
        assert_eq!(track.len(), 1, "{}", dim.id);
        let you = with_class(std::slice::from_ref(track[0]), "span", "you");
        assert_eq!(
            attr(you[0], "width"),
            Some(format!("{}%", score.unwrap()).as_str())
        );
    }
}

#[test]
fn own_result_says_why_and_what_would_change_it_and_a_shared_one_does_not() {
    let (answers, skipped) = firsts();
    let (figures, own) = own_tree(&answers, &skipped);
    assert!(!with_class(&own, "ol", "reasons").is_empty());
    let you_answered = PAGE_UI.you_answered.split('{').next().unwrap();
    assert!(text(&own).contains(you_answered));
    let shared = Tree::of(|s| result_tree::result(&figures, None, engine(), words(), s));
    assert!(with_class(&shared, "ol", "reasons").is_empty());
    assert!(with_class(&shared, "ol", "changes").is_empty());
    assert!(!text(&shared).contains(you_answered));
    assert!(find(&shared, "h1")[0]
        .text()
        .starts_with(PAGE_UI.shared_heading));
}

#[test]
fn without_enough_answers_there_are_no_percentages_and_a_way_back_to_the_quiz() {
    let n = QUIZ.questions.len();
    let mut answers = vec![None; n];
    answers[0] = Some(0);
    let mut skipped = vec![true; n];
    skipped[0] = false;
    let (_, tree) = own_tree(&answers, &skipped);
    assert!(!text(&tree).contains('%'), "{}", text(&tree));
    assert!(find(&tree, "table").is_empty());
    let links = find(&tree, "a");
    assert!(links.iter().any(|a| attr(a, "href") == Some("#/quiz")));
}

#[test]
fn the_home_sample_shows_a_split_and_leads_to_learn_and_compare() {
    let tree = Tree::of(|s| result_tree::sample(&QUIZ, &UI, s));
    let shares = with_class(&tree, "p", "shares")[0].text();
    assert!(shares.contains("64") && shares.contains("36"), "{shares}");
    assert_eq!(find(&tree, "li").len(), 4);
    let hrefs: Vec<_> = find(&tree, "a").iter().map(|a| attr(a, "href")).collect();
    assert_eq!(hrefs, [Some("#/learn"), Some("#/compare")]);
}

#[test]
fn the_ending_shares_only_an_own_result_and_a_shared_one_leads_to_the_quiz() {
    let own =
        Tree::of(|s| result_tree::ending(Some("https://x/#/r/abc"), None, true, false, words(), s));
    let input = &find(&own, "input")[0];
    assert_eq!(attr(input, "value"), Some("https://x/#/r/abc"));
    let acts: Vec<_> = find(&own, "button")
        .iter()
        .map(|b| attr(b, "data-act"))
        .collect();
    assert_eq!(
        acts,
        [
            Some(result_tree::COPY),
            Some(result_tree::SAVE),
            Some(result_tree::PRINT),
            Some(result_tree::RETAKE)
        ]
    );
    let shared = Tree::of(|s| result_tree::ending(None, None, true, true, words(), s));
    assert!(find(&shared, "input").is_empty());
    assert!(!text(&shared).contains(UI.retake));
    assert_eq!(attr(find(&shared, "a")[0], "href"), Some("#/"));
}

#[test]
fn the_answers_that_mattered_most_break_ties_toward_the_result() {
    // The third option everywhere (the second where there are two): a
    // near-even result whose largest answers are tied in weight.
    let answers: Vec<Option<u8>> = QUIZ
        .questions
        .iter()
        .map(|q| Some(q.options.len().min(3) as u8 - 1))
        .collect();
    let reasons = result_tree::top_reasons(engine(), &answers);
    let lean: f64 = engine()
        .contributions(&answers)
        .iter()
        .map(|c| c.points)
        .sum();
    assert!(!reasons.is_empty());
    for pair in reasons.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a.points.abs() >= b.points.abs());
        if a.points.abs() == b.points.abs() {
            // Never one against the lean before one toward it.
            assert!(
                a.points * lean > 0.0 || b.points * lean <= 0.0,
                "{reasons:?}"
            );
        }
    }
    let toward = reasons.iter().filter(|c| c.points * lean > 0.0).count();
    assert!(
        toward * 2 >= reasons.len(),
        "most of the reasons shown go the way the result leans: {reasons:?}"
    );
}
