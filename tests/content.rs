//! Content validation: the shipped files are valid and round-trip through
//! code generation, and each kind of mistake names its file and entry.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use opsfit::domain::content::source::{load_quiz, parse_quiz};
use opsfit::domain::shipped::QUIZ_EN;

const FILE: &str = "content/en/quiz.toml";

const BASE: &str = r#"
[quiz]
id = "mini"
title = "Mini"
balanced_threshold = 10
likert = ["SD", "D", "N", "A", "SA"]

[[trait]]
id = "pace"
label = "Pace"

[[dimension]]
id = "speed"
label = "Speed"
description = "How fast."

[[dimension]]
id = "care"
label = "Care"
description = "How careful."

[[outcome]]
id = "fast"
kind = "pole"
name = "Fast"
short = "F"
summary = "Quick."
profile = { speed = 90, care = 20 }

[[outcome]]
id = "slow"
kind = "pole"
name = "Slow"
short = "S"
summary = "Careful."
profile = { speed = 20, care = 90 }

[[outcome]]
id = "both"
kind = "balanced"
name = "Both"
short = "B"
summary = "Either."
profile = { speed = 55, care = 55 }

[[question]]
id = "likes-speed"
kind = "likert"
traits = ["pace"]
prompt = "I like speed."
moves = { speed = 2 }

[[question]]
id = "pick"
kind = "choice"
traits = ["pace"]
prompt = "Which?"

[[question.option]]
id = "quick"
label = "Quick"
moves = { speed = 1 }

[[question.option]]
id = "careful"
label = "Careful"
moves = { care = 1 }
"#;

/// Applies one edit to the base quiz and expects exactly the given error.
fn check_error(from: &str, to: &str, expected: &str) {
    assert!(BASE.contains(from), "the edit must apply: {from}");
    let text = BASE.replacen(from, to, 1);
    let errors = parse_quiz(FILE, &text).expect_err("the edited content must be rejected");
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        shown.iter().any(|e| e.contains(expected)),
        "expected an error containing {expected:?}, got {shown:#?}"
    );
    assert!(shown.iter().all(|e| e.starts_with(FILE)), "{shown:#?}");
}

#[test]
fn the_base_quiz_is_valid() {
    let quiz = parse_quiz(FILE, BASE).expect("valid");
    assert_eq!(quiz.questions.len(), 2);
    assert_eq!(
        quiz.questions[0].options.len(),
        5,
        "likert expands to five options"
    );
    assert_eq!(quiz.outcomes[2].id, "both", "balanced comes last");
}

#[test]
fn mistakes_name_the_file_and_the_entry() {
    let cases = [
        ("moves = { speed = 2 }", "moves = { sped = 2 }",
         "content/en/quiz.toml: question \"likes-speed\": `moves` names unknown dimension \"sped\""),
        ("moves = { speed = 1 }", "moves = { speed = 9 }",
         "question \"pick\": option \"quick\": `moves.speed` is 9"),
        ("traits = [\"pace\"]\nprompt = \"Which?\"", "traits = [\"tempo\"]\nprompt = \"Which?\"",
         "question \"pick\": `traits` names unknown trait \"tempo\""),
        ("id = \"careful\"", "id = \"quick\"", "question \"pick\": option \"quick\": this id is used twice"),
        ("kind = \"choice\"", "kind = \"scenario\"", "question \"pick\": has 2 options but needs 3 or 4"),
        ("balanced_threshold = 10", "balanced_threshold = 80", "quiz: `balanced_threshold` is 80"),
        ("profile = { speed = 90, care = 20 }", "profile = { speed = 90 }",
         "outcome \"fast\": `profile` lacks dimension \"care\""),
        ("kind = \"balanced\"", "kind = \"pole\"", "needs two outcomes of kind \"pole\" and one of kind \"balanced\""),
        ("prompt = \"I like speed.\"", "prompt = \"  \"", "question \"likes-speed\": `prompt` is empty"),
        ("id = \"likes-speed\"", "id = \"Likes Speed\"", "question \"Likes Speed\": an id is lowercase"),
        ("moves = { speed = 2 }", "moves = { speed = 2, care = 2 }",
         "question \"likes-speed\": no option leans further toward either pole"),
        ("title = \"Mini\"", "titel = \"Mini\"", "unknown field `titel`"),
    ];
    for (from, to, expected) in cases {
        check_error(from, to, expected);
    }
}

#[test]
fn a_trait_no_question_measures_is_an_error() {
    let text = BASE.replacen(
        "[[dimension]]",
        "[[trait]]\nid = \"orphan\"\nlabel = \"Orphan\"\n\n[[dimension]]",
        1,
    );
    let errors = parse_quiz(FILE, &text).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "content/en/quiz.toml: trait \"orphan\": no question measures this trait"
    );
}

#[test]
fn the_shipped_content_is_what_the_build_baked_in() {
    let loaded = load_quiz(Path::new(FILE)).expect("shipped content is valid");
    assert_eq!(loaded, QUIZ_EN);
}
