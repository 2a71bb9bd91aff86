//! What the two modules say to each other (`domain::screens`): every
//! screen the pages module draws replays into the same tree the builders
//! write; a replay makes only allowed names, whatever it is given; and the
//! arguments and answers that cross read back as they were written.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::figures::Figures;
use opsfit::domain::page_tree::{Node, Sink, Tree};
use opsfit::domain::path::Background;
use opsfit::domain::quiz::Action;
use opsfit::domain::screens::{self, Draw, Ops, ATTRIBUTES, STYLES, TAGS};
use opsfit::domain::session::Session;
use opsfit::domain::shipped::{content, engine, pages, PAGE_UI, QUIZ, UI};
use opsfit::domain::token;
use opsfit::domain::transfer;
use proptest::prelude::*;

/// The answer to a request, replayed into a tree; and whether the replay
/// read all of it.
fn replayed(draw: Draw, arg: &str) -> (Vec<Node>, bool) {
    let answer = screens::answer(&screens::request(draw, arg), pages(), content());
    let mut whole = false;
    let tree = Tree::of(|s| whole = screens::replay(&answer, s));
    (tree, whole)
}

fn drawn(draw: Draw, arg: &str) -> Vec<Node> {
    Tree::of(|s| screens::draw(&screens::request(draw, arg), pages(), content(), s))
}

fn finished_session(option: usize) -> Session {
    let mut s = Session::new(engine());
    for q in 0..QUIZ.questions.len() {
        let option = option.min(QUIZ.questions[q].options.len() - 1) as u8;
        s.apply(
            engine(),
            Action::Answer {
                question: q,
                option,
            },
            1.0,
        );
        s.apply(engine(), Action::Next, 1.0);
    }
    assert!(s.progress.is_finished());
    s
}

fn own(s: &Session, background: Option<Background>) -> String {
    screens::result_arg(
        s.progress.answers(),
        s.progress.skipped(),
        background,
        "https://example.org/opsfit/",
    )
}

fn text(nodes: &[Node]) -> String {
    nodes.iter().map(Node::text).collect()
}

#[test]
fn every_screen_replays_whole_into_what_its_builder_writes() {
    let s = finished_session(0);
    let link =
        token::encode_result(&Figures::of(engine(), s.progress.answers(), s.progress.skipped()).0);
    let cases = [
        (Draw::LearnIndex, String::new()),
        (Draw::LearnArticle, "sre".to_string()),
        (Draw::LearnArticle, "devops".to_string()),
        (Draw::LearnArticle, "together".to_string()),
        (Draw::Compare, String::new()),
        (Draw::Method, String::new()),
        (Draw::Result, own(&s, Some(Background::Sysadmin))),
        (Draw::Shared, link),
        (Draw::Shared, "not-a-link".to_string()),
        (Draw::Data, screens::data_arg(&QUIZ, &s, 0.0)),
        (
            Draw::Data,
            screens::data_arg(&QUIZ, &Session::new(engine()), 0.0),
        ),
    ];
    for (draw, arg) in cases {
        let (tree, whole) = replayed(draw, &arg);
        assert!(whole, "{draw:?} {arg}: a name outside the allow-lists");
        assert!(!tree.is_empty(), "{draw:?} draws something");
        // The tree keeps a style as an attribute of the same name: the
        // builder's tree and the replayed one compare alike.
        assert_eq!(tree, drawn(draw, &arg), "{draw:?} {arg}");
    }
}

#[test]
fn a_replay_stops_at_what_it_does_not_allow_and_closes_what_it_opened() {
    let mut ops = Ops::default();
    ops.open("div");
    ops.attr("class", "ok");
    ops.text("kept");
    let mut forbidden = ops.0.clone();
    forbidden.push_str("<script\0");
    let mut whole = true;
    let tree = Tree::of(|s| whole = screens::replay(&forbidden, s));
    assert!(!whole);
    assert_eq!(text(&tree), "kept");
    for (kind, name) in [('=', "onclick"), ('=', "style"), (':', "background")] {
        let ops = ["<p\0", &kind.to_string(), name, "\u{1f}x\0\"after\0"].concat();
        let tree = Tree::of(|s| {
            screens::replay(&ops, s);
        });
        assert_eq!(
            tree,
            vec![Node::Element {
                tag: "p",
                attrs: vec![],
                children: vec![]
            }],
            "{name} is refused and nothing after it is written"
        );
    }
    assert!(
        !TAGS.contains(&"script")
            && !ATTRIBUTES
                .iter()
                .any(|a| a.starts_with("on") || *a == "style")
    );
    assert!(STYLES.iter().all(|s| ["left", "width"].contains(s)));
}

#[test]
fn text_is_text_even_when_it_looks_like_a_record() {
    let mut ops = Ops::default();
    ops.open("p");
    ops.text("<b>\u{0}=class\u{1f}x\0");
    ops.close();
    let tree = Tree::of(|s| {
        assert!(screens::replay(&ops.0, s));
    });
    assert_eq!(text(&tree), "<b>=class\u{1f}x");
}

#[test]
fn the_where_question_marks_the_person_s_answer_and_the_path_starts_there() {
    let s = finished_session(0);
    let tree = drawn(Draw::Result, &own(&s, Some(Background::Developer)));
    let radios = Node::all(&tree, "input")
        .into_iter()
        .filter(|i| i.attr("name") == Some(screens::WHERE))
        .collect::<Vec<_>>();
    assert_eq!(radios.len(), Background::ALL.len());
    let checked: Vec<_> = radios
        .iter()
        .filter(|r| r.attr("checked").is_some())
        .collect();
    assert_eq!(checked.len(), 1);
    assert_eq!(checked[0].attr("value"), Some(Background::Developer.id()));
    let start = Node::all(&tree, "div")
        .into_iter()
        .find(|d| d.attr("id") == Some(screens::PATH_START))
        .expect("the path's start line");
    assert!(!start.text().is_empty(), "a developer's start is shown");
    let none = drawn(Draw::Result, &own(&s, None));
    let start = Node::all(&none, "div")
        .into_iter()
        .find(|d| d.attr("id") == Some(screens::PATH_START))
        .expect("present before an answer, so a change is announced");
    assert_eq!(start.text(), "");
}

#[test]
fn a_result_without_a_verdict_has_no_path_and_nothing_to_share() {
    let mut s = Session::new(engine());
    s.apply(
        engine(),
        Action::Answer {
            question: 0,
            option: 0,
        },
        1.0,
    );
    let arg = screens::result_arg(s.progress.answers(), s.progress.skipped(), None, "x");
    let tree = drawn(Draw::Result, &arg);
    assert!(Node::all(&tree, "fieldset").is_empty());
    assert!(Node::all(&tree, "input").is_empty(), "no link to copy");
    assert_eq!(screens::shown_verdict(engine(), s.progress.answers()), None);
}

#[test]
fn the_shown_verdict_is_the_result_page_s() {
    for option in 0..4 {
        let s = finished_session(option);
        let (figures, _) = Figures::of(engine(), s.progress.answers(), s.progress.skipped());
        assert_eq!(
            screens::shown_verdict(engine(), s.progress.answers()),
            figures.has_verdict().then_some(figures.verdict)
        );
    }
}

#[test]
fn the_card_rides_on_the_save_button_and_reads_back() {
    let s = finished_session(0);
    let (figures, _) = Figures::of(engine(), s.progress.answers(), s.progress.skipped());
    let card = figures
        .card(&QUIZ, &UI, &PAGE_UI)
        .expect("a verdict has a card");
    assert_eq!(
        screens::decode_card(&screens::encode_card(&card), &UI),
        Some(card.clone())
    );
    let tree = drawn(Draw::Result, &own(&s, None));
    let save = Node::all(&tree, "button")
        .into_iter()
        .find(|b| b.attr("data-act") == Some("save"))
        .expect("save as image");
    assert_eq!(
        save.attr("data-card")
            .and_then(|v| screens::decode_card(v, &UI)),
        Some(card)
    );
    assert_eq!(screens::decode_card("only a heading", &UI), None);
}

#[test]
fn a_pasted_resume_code_crosses_as_the_same_progress() {
    let mut s = Session::new(engine());
    let answer = Action::Answer {
        question: 0,
        option: 1,
    };
    for action in [answer, Action::Next, Action::Skip] {
        s.apply(engine(), action, 1.0);
    }
    let code = transfer::resume_code(&QUIZ, &s.progress);
    let answer = screens::read_code(content(), &code);
    let read = screens::read_code_answer(engine(), &UI, &answer).expect("a good code");
    let direct = transfer::import_code(engine(), &code).expect("a good code");
    assert_eq!(read, direct);
    assert_eq!(read.answers(), s.progress.answers());
    assert_eq!(read.skipped(), s.progress.skipped());
    assert_eq!(read.cursor(), s.progress.cursor());
}

#[test]
fn a_bad_code_crosses_as_its_reason() {
    let answer = screens::read_code(content(), "!!!");
    let reason = screens::read_code_answer(engine(), &UI, &answer).unwrap_err();
    assert_eq!(
        reason,
        transfer::import_code(engine(), "!!!")
            .unwrap_err()
            .message(&UI)
    );
    assert_eq!(
        screens::read_code_answer(engine(), &UI, "nonsense"),
        Err(UI.code_damaged.to_string())
    );
}

#[test]
fn the_data_screen_exports_the_record_and_the_resume_code() {
    let s = finished_session(1);
    let tree = drawn(Draw::Data, &screens::data_arg(&QUIZ, &s, 5.0));
    let export = Node::all(&tree, "a")[0]
        .attr("href")
        .expect("an export link");
    let json = export
        .strip_prefix("data:application/json;charset=utf-8,")
        .expect("a JSON data address");
    // Percent-decoded, it is the record the app stores.
    let mut bytes = Vec::new();
    let mut rest = json.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            bytes.push(u8::from_str_radix(std::str::from_utf8(&tail[..2]).unwrap(), 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    let decoded = String::from_utf8(bytes).unwrap();
    assert_eq!(decoded, opsfit::domain::record::encode(&QUIZ, &s, 5.0));
    assert!(json
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.!~*'()%".contains(&b)));
    let code = Node::all(&tree, "input")[0]
        .attr("value")
        .expect("a resume code");
    assert_eq!(code, transfer::resume_code(&QUIZ, &s.progress));
    let empty = drawn(
        Draw::Data,
        &screens::data_arg(&QUIZ, &Session::new(engine()), 5.0),
    );
    assert!(Node::all(&empty, "a").is_empty() && Node::all(&empty, "textarea").len() == 1);
}

proptest! {
    #[test]
    fn own_answers_cross_as_they_are(
        slots in prop::collection::vec(prop_oneof![Just(None), Just(Some(None)), (0u8..4).prop_map(|o| Some(Some(o)))], 1..40),
        address in "[a-z:/.]{0,20}",
    ) {
        // None: skipped; Some(None): open; Some(Some(o)): chosen.
        let answers: Vec<Option<u8>> = slots.iter().map(|s| s.flatten()).collect();
        let skipped: Vec<bool> = slots.iter().map(Option::is_none).collect();
        let arg = screens::own_arg(&answers, &skipped);
        prop_assert_eq!(arg.chars().count(), answers.len());
        let full = screens::result_arg(&answers, &skipped, Some(Background::Qa), &address);
        prop_assert!(full.starts_with(&arg) && full.ends_with(&address));
    }
}

#[test]
fn a_progress_read_from_a_code_is_one_the_quiz_can_hold() {
    let p = screens::read_code_answer(engine(), &UI, "P0s-\u{1f}1\u{1f}0").unwrap();
    assert_eq!(&p.answers()[..3], &[Some(0), None, None]);
    assert_eq!(&p.skipped()[..3], &[false, true, false]);
    assert!(!p.is_finished());
}
