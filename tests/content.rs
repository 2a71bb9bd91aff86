//! Content validation: the shipped files are valid and round-trip through
//! code generation, and each kind of mistake names its file and entry.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use opsfit::authoring::pages_source::{
    load_library, parse_compare, parse_method, parse_pages, parse_reference, Reference,
};
use opsfit::authoring::source::{load_quiz, parse_quiz, ContentError};
use opsfit::domain::content::{Block, CertificationKind, Leaning, MAX_QUESTIONS};
use opsfit::domain::shipped::{LIBRARY, QUIZ};

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
part = "work"

[[dimension]]
id = "care"
label = "Care"
description = "How careful."
part = "work"

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
hint = "Quick means done the same day."

[[question.option]]
id = "quick"
label = "Quick"
moves = { speed = 1 }

[[question.option]]
id = "careful"
label = "Careful"
moves = { care = 1 }

[[question]]
id = "pick-again"
kind = "choice"
traits = ["pace"]
prompt = "Which one?"

[[question.option]]
id = "steady"
label = "Steady"
moves = { care = 1 }

[[question.option]]
id = "speedy"
label = "Speedy"
moves = { speed = 1 }
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
    assert_eq!(quiz.questions.len(), 3);
    assert_eq!(
        quiz.questions[0].options.len(),
        5,
        "likert expands to five options"
    );
    assert_eq!(quiz.outcomes[2].id, "both", "balanced comes last");
    // (question, its hint): a hint is optional.
    let hints = [
        ("likes-speed", None),
        ("pick", Some("Quick means done the same day.")),
    ];
    for (id, hint) in hints {
        let q = &quiz.questions[quiz.question_index(id).unwrap()];
        assert_eq!(q.hint.as_deref(), hint, "{id}");
    }
}

/// The method screen says how many questions move each dimension.
#[test]
fn questions_moving_a_dimension_are_counted() {
    let quiz = parse_quiz(FILE, BASE).expect("valid");
    assert_eq!(quiz.n_questions_moving(0), 3, "speed");
    assert_eq!(quiz.n_questions_moving(1), 2, "care");
}

/// A token counts questions in one byte: the build refuses a quiz it
/// could not share, rather than tokens silently dropping questions.
#[test]
fn a_quiz_with_more_questions_than_a_token_holds_is_refused() {
    let question = |i: usize| {
        format!(
            "[[question]]\nid = \"extra-{i}\"\nkind = \"likert\"\ntraits = [\"pace\"]\nprompt = \"Extra {i}.\"\nmoves = {{ care = 2 }}\n"
        )
    };
    let with = |extra: usize| BASE.to_string() + &(0..extra).map(question).collect::<String>();
    let at_most = MAX_QUESTIONS - 3;
    let quiz = parse_quiz(FILE, &with(at_most)).expect("255 questions are shared");
    assert_eq!(quiz.questions.len(), MAX_QUESTIONS);
    let errors = parse_quiz(FILE, &with(at_most + 1)).expect_err("256 are not");
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        shown.iter().any(|e| e.contains("quiz: has 256 questions")),
        "{shown:#?}"
    );
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
        ("hint = \"Quick means done the same day.\"", "hint = \" \"", "question \"pick\": `hint` is empty"),
        ("id = \"likes-speed\"", "id = \"Likes Speed\"", "question \"Likes Speed\": an id is lowercase"),
        ("moves = { speed = 2 }", "moves = { speed = 2, care = 2 }",
         "question \"likes-speed\": no option leans further toward either pole"),
        ("title = \"Mini\"", "titel = \"Mini\"", "unknown field `titel`"),
        ("description = \"How fast.\"\npart = \"work\"", "description = \"How fast.\"",
         "dimension \"speed\": `part` is missing"),
        ("description = \"How fast.\"\npart = \"work\"", "description = \"How fast.\"\npart = \"mood\"",
         "dimension \"speed\": `part` is \"mood\"; it must be \"work\" or \"style\""),
        ("label = \"Careful\"\nmoves = { care = 1 }", "label = \"Careful\"",
         "question \"pick\": option \"careful\": moves nothing"),
        // Every sum of leans is then an odd multiple of the smallest, so no
        // answers land within 10 points of the middle.
        ("label = \"Speedy\"\nmoves = { speed = 1 }", "label = \"Speedy\"\nmoves = { speed = 3 }",
         "outcome \"both\": no complete set of answers gives this outcome"),
    ];
    for (from, to, expected) in cases {
        check_error(from, to, expected);
    }
}

/// A question about style alone may lean toward neither role (both roles
/// ask for it, so it is context for the result); one about the work must
/// lean, and the result needs some work to rest on.
#[test]
fn only_a_question_about_style_may_lean_nowhere() {
    let style_speed = BASE.replacen(
        "description = \"How fast.\"\npart = \"work\"",
        "description = \"How fast.\"\npart = \"style\"",
        1,
    );
    let level = |text: &str| {
        text.replacen(
            "profile = { speed = 90, care = 20 }",
            "profile = { speed = 50, care = 20 }",
            1,
        )
        .replacen(
            "profile = { speed = 20, care = 90 }",
            "profile = { speed = 50, care = 90 }",
            1,
        )
    };
    // Speed the same in both poles: "likes-speed" leans nowhere.
    assert!(parse_quiz(FILE, &level(&style_speed)).is_ok());
    let errors = parse_quiz(FILE, &level(BASE)).unwrap_err();
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .contains("question \"likes-speed\": no option leans further toward either pole")),
        "{errors:?}"
    );
    let all_style = style_speed.replacen(
        "description = \"How careful.\"\npart = \"work\"",
        "description = \"How careful.\"\npart = \"style\"",
        1,
    );
    let errors = parse_quiz(FILE, &all_style).unwrap_err();
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .contains("the result needs at least one about the work")),
        "{errors:?}"
    );
}

/// (edit to the base quiz, lowest and highest weight one answer gives):
/// a Likert statement counts at "strongly", twice its weight.
#[test]
fn the_weight_range_is_read_from_the_answers() {
    let cases = [
        (("", ""), (-4, 4)),
        (("moves = { speed = 2 }", "moves = { speed = 1 }"), (-2, 2)),
        (("moves = { speed = 2 }", "moves = { speed = -1 }"), (-2, 2)),
        (("moves = { speed = 1 }", "moves = { speed = -3 }"), (-4, 4)),
    ];
    for ((from, to), expected) in cases {
        let text = if from.is_empty() {
            BASE.to_string()
        } else {
            BASE.replacen(from, to, 1)
        };
        let quiz = parse_quiz(FILE, &text).unwrap_or_else(|e| panic!("{from} -> {to}: {e:?}"));
        assert_eq!(quiz.weight_range(), expected, "{from} -> {to}");
    }
    assert_eq!(
        QUIZ.weight_range(),
        (-4, 4),
        "the shipped statements weigh 2 a step"
    );
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
    assert_eq!(loaded, QUIZ);
}

const REFERENCE_FILE: &str = "content/en/reference.toml";
const LEARN_FILE: &str = "content/en/learn.toml";
const COMPARE_FILE: &str = "content/en/compare.toml";

const REFERENCE: &str = r#"
[[source]]
id = "bls-ooh"
name = "US Bureau of Labor Statistics"
date = "Wage data for May 2023"

[[source]]
id = "practitioner"
name = "One practitioner"
date = "2022"
address = "example.org"

[tools]
source = "practitioner"
note = "One practitioner's view (2022)."

[[tool]]
name = "Prometheus"
category = "Monitoring"
leaning = "sre"

[[tool]]
name = "Jenkins"
category = "CI/CD"
leaning = "devops"

[[certification]]
id = "sre-foundation"
name = "SRE Foundation"
issuer = "DevOps Institute"
kind = "exam"
about = "SRE principles."
leaning = "sre"

[[salary]]
id = "bls"
who = "Software developers"
statistic = "Median annual wage"
figure = "$1"
source = "bls-ooh"
date = "May 2023"
leaning = "shared"
"#;

const LEARN: &str = r#"
[[page]]
id = "sre"
title = "SRE"
summary = "About SRE."

[[page.section]]
id = "what"
heading = "What it is"

[[page.section.block]]
text = "A paragraph."

[[page.section.block]]
bullets = ["One.", "Two."]

[[page.section]]
id = "tools"
heading = "Tools"

[[page.section.block]]
tools = ["sre"]

[[page.section.block]]
certifications = ["sre"]

[[page.section.block]]
salaries = ["shared"]
"#;

const COMPARE: &str = r#"
[compare]
title = "Side by side"
intro = "How they differ."

[[role]]
id = "sre"
name = "SRE"

[[role]]
id = "devops"
name = "DevOps"

[[aspect]]
id = "focus"
label = "Focus"
cells.sre = "Reliability."
cells.devops = "Delivery."
"#;

const METHOD_FILE: &str = "content/en/method.toml";

const METHOD: &str = r#"
[method]
title = "How it works"
intro = "The {questions} questions."
reviewed = "2026-11-27"

[[section]]
id = "band"
heading = "Balanced"

[[section.block]]
text = "A lead under {threshold} points is balanced."

[[section.block]]
dimensions = true

[[section]]
id = "sources"
heading = "Sources"

[[section.block]]
sources = true
"#;

fn reference() -> Reference {
    parse_reference(REFERENCE_FILE, REFERENCE).expect("the base reference is valid")
}

/// Applies one edit to a base file, parses it, and expects an error that
/// starts with that file and contains the given text.
fn check_rejects<T: std::fmt::Debug>(
    base: &str,
    file: &str,
    parse: impl Fn(&str) -> Result<T, Vec<ContentError>>,
    (from, to, expected): (&str, &str, &str),
) {
    assert!(base.contains(from), "the edit must apply: {from}");
    let text = base.replacen(from, to, 1);
    let errors = parse(&text).expect_err("the edited content must be rejected");
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        shown.iter().any(|e| e.contains(expected)),
        "expected an error containing {expected:?}, got {shown:#?}"
    );
    assert!(shown.iter().all(|e| e.starts_with(file)), "{shown:#?}");
}

#[test]
fn the_base_pages_are_valid_and_pick_from_the_reference() {
    let pages = parse_pages(LEARN_FILE, LEARN, &reference()).expect("valid");
    let blocks = &pages[0].sections[1].blocks;
    assert!(
        matches!(&blocks[0], Block::Tools { tools, .. } if tools.len() == 1 && tools[0].leaning == Leaning::Sre)
    );
    assert!(
        matches!(&blocks[0], Block::Tools { source, .. } if source == "One practitioner's view (2022).")
    );
    assert!(matches!(&blocks[1], Block::Certifications(c)
        if c[0].issuer == "DevOps Institute" && c[0].kind == CertificationKind::Exam && c[0].about == "SRE principles."));
    assert!(
        matches!(&blocks[2], Block::Salaries(s)
            if s[0].date == "May 2023" && s[0].statistic == "Median annual wage" && s[0].source == "US Bureau of Labor Statistics"),
        "a salary shows the name of the source it cites by id"
    );
    let sources = reference().sources;
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[1].address, "example.org");
    let compare = parse_compare(COMPARE_FILE, COMPARE).expect("valid");
    assert_eq!(
        compare.aspects[0].cells.as_ref(),
        ["Reliability.", "Delivery."]
    );
}

#[test]
fn reference_mistakes_name_the_file_and_the_entry() {
    let cases = [
        ("leaning = \"sre\"", "leaning = \"ops\"",
         "content/en/reference.toml: tool \"Prometheus\": `leaning` is \"ops\" but must be sre, devops or shared"),
        ("name = \"Jenkins\"", "name = \"Prometheus\"", "tool \"Prometheus\": this id is used twice"),
        ("issuer = \"DevOps Institute\"\n", "",
         "certification \"sre-foundation\": `issuer` is empty"),
        ("source = \"bls-ooh\"\n", "", "salary \"bls\": has no `source`: a figure without a source"),
        ("source = \"bls-ooh\"", "source = \"glassdoor\"",
         "salary \"bls\": `source` names unknown source \"glassdoor\""),
        ("date = \"May 2023\"", "date = \" \"", "salary \"bls\": has no `date`: a figure without a date"),
        ("date = \"May 2023\"", "date = \"Undated page\"",
         "salary \"bls\": `date` is \"Undated page\" but must name a year"),
        ("statistic = \"Median annual wage\"\n", "",
         "salary \"bls\": has no `statistic`: a figure without saying whether it is a median or an average"),
        ("figure = \"$1\"", "figure = \"\"", "salary \"bls\": `figure` is empty"),
        ("id = \"bls\"", "id = \"BLS!\"", "salary \"BLS!\": an id is lowercase"),
        ("source = \"practitioner\"", "", "tools: has no `source`"),
        ("source = \"practitioner\"", "source = \"blog\"", "tools: `source` names unknown source \"blog\""),
        ("note = \"One practitioner's view (2022).\"", "", "tools: `note` is empty"),
        ("kind = \"exam\"", "kind = \"webinar\"",
         "certification \"sre-foundation\": `kind` is \"webinar\" but must be exam or course"),
        ("about = \"SRE principles.\"\n", "",
         "certification \"sre-foundation\": has no `about`: a certification without what it covers"),
        ("date = \"2022\"", "date = \"recent\"", "source \"practitioner\": `date` is \"recent\" but must name a year"),
        ("name = \"One practitioner\"", "name = \"\"", "source \"practitioner\": `name` is empty"),
        ("id = \"practitioner\"", "id = \"bls-ooh\"", "source \"bls-ooh\": this id is used twice"),
        ("category = \"CI/CD\"", "categry = \"CI/CD\"", "unknown field `categry`"),
    ];
    for case in cases {
        check_rejects(
            REFERENCE,
            REFERENCE_FILE,
            |t| parse_reference(REFERENCE_FILE, t),
            case,
        );
    }
}

#[test]
fn page_mistakes_name_the_file_and_the_entry() {
    let r = reference();
    let cases = [
        (
            "id = \"tools\"",
            "id = \"what\"",
            "content/en/learn.toml: page \"sre\": section \"what\": this id is used twice",
        ),
        (
            "title = \"SRE\"",
            "title = \"\"",
            "page \"sre\": `title` is empty",
        ),
        (
            "heading = \"Tools\"",
            "heading = \" \"",
            "page \"sre\": section \"tools\": `heading` is empty",
        ),
        (
            "text = \"A paragraph.\"",
            "text = \"\"",
            "section \"what\": block 1: `text` is empty",
        ),
        (
            "text = \"A paragraph.\"",
            "text = \"A.\"\nbullets = [\"B.\"]",
            "section \"what\": block 1: a block sets exactly one of",
        ),
        (
            "bullets = [\"One.\", \"Two.\"]",
            "bullets = []",
            "block 2: `bullets` is empty",
        ),
        (
            "tools = [\"sre\"]",
            "tools = [\"sre-ish\"]",
            "section \"tools\": block 1: `leaning` is \"sre-ish\"",
        ),
        (
            "tools = [\"sre\"]",
            "tools = [\"shared\"]",
            "block 1: `tools` picks nothing from reference.toml",
        ),
        (
            "certifications = [\"sre\"]",
            "certifications = []",
            "block 2: lists no leaning",
        ),
        (
            "[[page.section.block]]\ntext",
            "[[page.section.block]]\ntxt",
            "unknown field `txt`",
        ),
    ];
    for case in cases {
        check_rejects(LEARN, LEARN_FILE, |t| parse_pages(LEARN_FILE, t, &r), case);
    }
    let doubled = format!(
        "{LEARN}\n{}",
        LEARN.replacen("title = \"SRE\"", "title = \"Again\"", 1)
    );
    check_rejects(
        &doubled,
        LEARN_FILE,
        |t| parse_pages(LEARN_FILE, t, &r),
        (
            "title = \"Again\"",
            "title = \"Again\"",
            "page \"sre\": this id is used twice",
        ),
    );
}

#[test]
fn compare_mistakes_name_the_file_and_the_entry() {
    let cases = [
        (
            "cells.devops = \"Delivery.\"",
            "",
            "content/en/compare.toml: aspect \"focus\": has no cell for role \"devops\"",
        ),
        (
            "cells.devops = \"Delivery.\"",
            "cells.devops = \"\"",
            "aspect \"focus\": `cells.devops` is empty",
        ),
        (
            "cells.sre = \"Reliability.\"",
            "cells.sre = \"Reliability.\"\ncells.qa = \"Tests.\"",
            "aspect \"focus\": `cells` names unknown role \"qa\"",
        ),
        (
            "id = \"devops\"",
            "id = \"sre\"",
            "role \"sre\": this id is used twice",
        ),
        (
            "label = \"Focus\"",
            "label = \"\"",
            "aspect \"focus\": `label` is empty",
        ),
        (
            "intro = \"How they differ.\"",
            "intro = \"\"",
            "compare: `intro` is empty",
        ),
    ];
    for case in cases {
        check_rejects(
            COMPARE,
            COMPARE_FILE,
            |t| parse_compare(COMPARE_FILE, t),
            case,
        );
    }
}

#[test]
fn the_shipped_library_is_what_the_build_baked_in() {
    let loaded = load_library(Path::new("content/en")).expect("shipped content is valid");
    assert_eq!(loaded, LIBRARY);
}

/// The product promises these on the role pages and in the comparison.
#[test]
fn the_shipped_library_covers_what_the_product_promises() {
    for role in ["sre", "devops"] {
        let page = LIBRARY.page(role).expect(role);
        let sections: Vec<&str> = page.sections.iter().map(|s| s.id.as_ref()).collect();
        // What a junior asks (issue 21): a day in the role, ways in, how
        // interviews go; on-call lives on the SRE page, platform engineering
        // on the DevOps page.
        let expected: &[&str] = if role == "sre" {
            &[
                "what",
                "who",
                "day",
                "responsibilities",
                "requirements",
                "skills",
                "problems",
                "on-call",
                "tools",
                "certifications",
                "salary",
                "routes-in",
                "interviews",
                "choose",
            ]
        } else {
            &[
                "what",
                "who",
                "day",
                "responsibilities",
                "requirements",
                "skills",
                "problems",
                "tools",
                "certifications",
                "salary",
                "routes-in",
                "interviews",
                "platform",
                "choose",
            ]
        };
        assert_eq!(sections, expected, "{role}");
        let certs: usize = page
            .sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .map(|b| match b {
                Block::Certifications(c) => c.len(),
                _ => 0,
            })
            .sum();
        assert_eq!(
            certs, 12,
            "{role}: the source article's eight certifications and four current ones"
        );
    }
    let together = LIBRARY.page("together").expect("together");
    assert!(
        together.sections.iter().any(|s| s.id == "seniority"),
        "the seniority ladder is on the together page"
    );
    let aspects: Vec<&str> = LIBRARY
        .compare
        .aspects
        .iter()
        .map(|a| a.id.as_ref())
        .collect();
    for wanted in [
        "focus",
        "core-question",
        "responsibilities",
        "skills",
        "problems",
        "tools",
        "on-call",
        "work-style",
        "measures",
        "certifications",
        "salary",
    ] {
        assert!(aspects.contains(&wanted), "compare lacks {wanted}");
    }
}

fn shipped_blocks() -> impl Iterator<Item = &'static Block> {
    LIBRARY
        .pages
        .iter()
        .flat_map(|p| p.sections.iter())
        .flat_map(|s| s.blocks.iter())
}

/// Every certification a learn page shows says truthfully whether it is an
/// exam or a course; the Linux Foundation's LFS162 is a course.
#[test]
fn the_shipped_certifications_say_exam_or_course() {
    let mut seen = Vec::new();
    for block in shipped_blocks() {
        if let Block::Certifications(certs) = block {
            for c in certs.iter() {
                let course = c.name.contains("LFS162");
                let kind = if course {
                    CertificationKind::Course
                } else {
                    CertificationKind::Exam
                };
                assert_eq!(c.kind, kind, "{}", c.name);
                seen.push(c.name.as_ref());
            }
        }
    }
    for name in [
        "(PMI-ACP)",
        "DevOps Engineer – Professional",
        "DevOps Engineer Expert",
        "Puppet Professional 2024",
        "SRE) Foundation",
        "SRE) Practitioner",
        "Certified Reliability Engineer (CRE)",
        "(LFS162)",
        "(CKA)",
        "Professional Cloud DevOps Engineer",
        "Terraform Associate (004)",
        "CloudOps Engineer – Associate",
    ] {
        assert!(
            seen.iter().any(|s| s.contains(name)),
            "no certification {name}"
        );
    }
}

/// A tool that is no longer sold is never shown without saying so.
#[test]
fn opsgenie_is_shown_only_with_its_end_of_sale() {
    let mut shown = 0;
    for block in shipped_blocks() {
        if let Block::Tools { tools, .. } = block {
            for t in tools.iter().filter(|t| t.name == "Opsgenie") {
                assert!(t.note.contains("4 June 2025") && t.note.contains("5 April 2027"));
                shown += 1;
            }
        }
    }
    assert!(shown > 0, "the SRE tools list shows Opsgenie with its note");
    for aspect in LIBRARY.compare.aspects.iter() {
        for cell in aspect.cells.iter() {
            if cell.contains("Opsgenie") {
                assert!(cell.contains("4 June 2025"), "{}", aspect.id);
            }
        }
    }
}

/// The compare view's salary row shows the same figures, with the same
/// dates, as the learn pages' salary tables, so the two cannot drift apart.
#[test]
fn the_compare_salary_row_matches_the_salary_figures() {
    let salary = LIBRARY
        .compare
        .aspects
        .iter()
        .find(|a| a.id == "salary")
        .expect("a salary row");
    let mut figures = 0;
    for block in shipped_blocks() {
        if let Block::Salaries(list) = block {
            for f in list.iter() {
                for cell in salary.cells.iter() {
                    let shown = format!("{} ({})", f.figure, f.date);
                    assert!(cell.contains(&shown), "{shown} missing from {cell}");
                }
                figures += 1;
            }
        }
    }
    assert!(figures > 0);
}

/// Every source a salary figure or a tools list names is in the library's
/// one list of sources, with a date.
#[test]
fn every_cited_source_is_listed_with_its_date() {
    let names: Vec<&str> = LIBRARY.sources.iter().map(|s| s.name.as_ref()).collect();
    for block in shipped_blocks() {
        if let Block::Salaries(list) = block {
            for f in list.iter() {
                assert!(names.contains(&f.source.as_ref()), "{}", f.source);
            }
        }
    }
    for s in LIBRARY.sources.iter() {
        assert!(
            s.date.bytes().filter(u8::is_ascii_digit).count() >= 4,
            "{}",
            s.name
        );
    }
}

#[test]
fn the_base_method_is_valid() {
    let method = parse_method(METHOD_FILE, METHOD, &reference()).expect("valid");
    assert_eq!(method.reviewed, "2026-11-27");
    assert!(matches!(method.sections[0].blocks[1], Block::Dimensions));
    assert!(matches!(method.sections[1].blocks[0], Block::Sources));
}

#[test]
fn method_mistakes_name_the_file_and_the_entry() {
    let r = reference();
    let cases = [
        (
            "reviewed = \"2026-11-27\"",
            "reviewed = \"2026-02-30\"",
            "content/en/method.toml: method: `reviewed` is \"2026-02-30\" but must be the date of the last review, as YYYY-MM-DD",
        ),
        (
            "reviewed = \"2026-11-27\"\n",
            "",
            "method: `reviewed` is \"\"",
        ),
        (
            "under {threshold} points",
            "under {treshold} points",
            "method: section \"band\": `text` has the hole {treshold}, but only {threshold}, {questions}, {dimensions}, {work_dimensions}, {style_dimensions}, {weight_low}, {weight_high} are filled",
        ),
        (
            "The {questions} questions.",
            "The {n} questions.",
            "method: `intro` has the hole {n}",
        ),
        (
            "dimensions = true",
            "dimensions = false",
            "section \"band\": block 2: a `dimensions` or `sources` block is `true`",
        ),
        (
            "sources = true",
            "sources = true\ntext = \"And more.\"",
            "section \"sources\": block 1: a block sets exactly one of",
        ),
        ("title = \"How it works\"", "title = \"\"", "method: `title` is empty"),
        ("id = \"sources\"", "id = \"band\"", "method: section \"band\": this id is used twice"),
    ];
    for case in cases {
        check_rejects(
            METHOD,
            METHOD_FILE,
            |t| parse_method(METHOD_FILE, t, &r),
            case,
        );
    }
}

/// The shipped method screen lists the dimensions and the sources, and was
/// reviewed on a real date.
#[test]
fn the_shipped_method_shows_dimensions_sources_and_its_review_date() {
    let method = &LIBRARY.method;
    let blocks: Vec<&Block> = method
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .collect();
    assert!(blocks.iter().any(|b| matches!(b, Block::Dimensions)));
    assert!(blocks.iter().any(|b| matches!(b, Block::Sources)));
    assert_eq!(method.reviewed.len(), 10, "{}", method.reviewed);
    assert!(LIBRARY.sources.len() >= 8, "every source the content cites");
}
