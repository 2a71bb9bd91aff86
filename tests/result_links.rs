//! Result links open with the figures they were shared with, whatever the
//! content says today: links of the two releases whose links held answers
//! (read against their own item bank), and every link made from now on
//! (which holds the figures).
//!
//! The fixtures were made by the releases themselves: a test added to a
//! checkout of each commit encoded these answer patterns with that
//! release's `token::encode` and printed what its engine showed (outcome,
//! whole percentages, changed answers needed, answered count, trait
//! scores). Patterns: every question at its most SRE or most DevOps option,
//! a mix, every first, last or middle option, a third unanswered, and
//! (27 questions only, the first release to have skips) a quarter skipped.
#![cfg(not(target_arch = "wasm32"))]
// Native only: the wasm rule against std sort does not apply here.
#![allow(clippy::disallowed_methods)]

use opsfit::domain::content::Verdict;
use opsfit::domain::figures::{dimension_key, percent_text, Figures};
use opsfit::domain::released::{self, BANKS};
use opsfit::domain::shipped::{engine, PAGE_UI, QUIZ, UI};
use opsfit::domain::token::{self, open_result, TokenError, TokenKind};
use proptest::prelude::*;

struct Fixture {
    name: &'static str,
    token: &'static str,
    outcome: &'static str,
    percent: [u8; 2],
    changes: Option<u8>,
    answered: u8,
    dimensions: &'static [(&'static str, u8)],
}

/// Made by c542b02, the 25-question release.
const RELEASE_25: &[Fixture] = &[
    Fixture {
        name: "pole0",
        token: "AUeIGVEhJSEhFREVElIREVA__A",
        outcome: "sre",
        percent: [100, 0],
        changes: Some(9),
        answered: 25,
        dimensions: &[
            ("reliability", 100),
            ("investigation", 97),
            ("incident", 88),
            ("structure", 85),
            ("delivery", 0),
            ("collaboration", 0),
            ("pace", 0),
            ("building", 0),
        ],
    },
    Fixture {
        name: "pole1",
        token: "AUeIGRIVERUVITUhIRFTUhDI_g",
        outcome: "devops",
        percent: [0, 100],
        changes: Some(9),
        answered: 25,
        dimensions: &[
            ("reliability", 0),
            ("investigation", 0),
            ("incident", 0),
            ("structure", 0),
            ("delivery", 100),
            ("collaboration", 74),
            ("pace", 100),
            ("building", 88),
        ],
    },
    Fixture {
        name: "lean1",
        token: "AUeIGVIRESURIRUlIVFRUlDUfA",
        outcome: "devops",
        percent: [39, 61],
        changes: Some(2),
        answered: 25,
        dimensions: &[
            ("reliability", 59),
            ("investigation", 17),
            ("incident", 0),
            ("structure", 40),
            ("delivery", 43),
            ("collaboration", 45),
            ("pace", 87),
            ("building", 8),
        ],
    },
    Fixture {
        name: "first",
        token: "AUeIGRERERERERERERERERByfg",
        outcome: "balanced",
        percent: [52, 48],
        changes: Some(1),
        answered: 25,
        dimensions: &[
            ("reliability", 41),
            ("investigation", 53),
            ("incident", 44),
            ("structure", 35),
            ("delivery", 39),
            ("collaboration", 32),
            ("pace", 47),
            ("building", 44),
        ],
    },
    Fixture {
        name: "last",
        token: "AUeIGVQlRSVFJTVFJFJTUlBF3A",
        outcome: "balanced",
        percent: [48, 52],
        changes: Some(1),
        answered: 25,
        dimensions: &[
            ("reliability", 52),
            ("investigation", 40),
            ("incident", 40),
            ("structure", 55),
            ("delivery", 54),
            ("collaboration", 42),
            ("pace", 47),
            ("building", 52),
        ],
    },
    Fixture {
        name: "mixed",
        token: "AUeIGUMlRCNCIRUkI1FBMSDSVw",
        outcome: "devops",
        percent: [46, 54],
        changes: Some(1),
        answered: 25,
        dimensions: &[
            ("reliability", 44),
            ("investigation", 33),
            ("incident", 32),
            ("structure", 55),
            ("delivery", 43),
            ("collaboration", 65),
            ("pace", 53),
            ("building", 16),
        ],
    },
    Fixture {
        name: "partial",
        token: "AUeIGSMCICICICICICECICB0Ig",
        outcome: "balanced",
        percent: [48, 52],
        changes: Some(1),
        answered: 17,
        dimensions: &[
            ("reliability", 43),
            ("investigation", 22),
            ("incident", 58),
            ("structure", 33),
            ("delivery", 35),
            ("collaboration", 57),
            ("pace", 53),
            ("building", 41),
        ],
    },
    Fixture {
        name: "middle",
        token: "AUeIGTMjMyMzIyMzIzIyMjA_7Q",
        outcome: "balanced",
        percent: [49, 51],
        changes: Some(1),
        answered: 25,
        dimensions: &[
            ("reliability", 44),
            ("investigation", 40),
            ("incident", 36),
            ("structure", 50),
            ("delivery", 36),
            ("collaboration", 52),
            ("pace", 40),
            ("building", 44),
        ],
    },
];

/// Made by 0cc1143, the 27-question release.
const RELEASE_27: &[Fixture] = &[
    Fixture {
        name: "pole0",
        token: "AXr9G1MSUTUhVBFSEVIRVBFA0CQ",
        outcome: "sre",
        percent: [100, 0],
        changes: Some(10),
        answered: 27,
        dimensions: &[
            ("reliability", 93),
            ("investigation", 92),
            ("incident", 75),
            ("structure", 100),
            ("delivery", 0),
            ("collaboration", 0),
            ("pace", 0),
        ],
    },
    Fixture {
        name: "pole1",
        token: "AXr9GxRRFUEVE1IRUhFSE1Iw9Ao",
        outcome: "devops",
        percent: [0, 100],
        changes: Some(10),
        answered: 27,
        dimensions: &[
            ("reliability", 0),
            ("investigation", 0),
            ("incident", 0),
            ("structure", 0),
            ("delivery", 82),
            ("collaboration", 84),
            ("pace", 100),
        ],
    },
    Fixture {
        name: "lean1",
        token: "AXr9G1RSFTERExISUlFRExIwS80",
        outcome: "devops",
        percent: [35, 65],
        changes: Some(3),
        answered: 27,
        dimensions: &[
            ("reliability", 63),
            ("investigation", 17),
            ("incident", 0),
            ("structure", 35),
            ("delivery", 53),
            ("collaboration", 52),
            ("pace", 65),
        ],
    },
    Fixture {
        name: "first",
        token: "AXr9GxEREREREREREREREREQFw8",
        outcome: "balanced",
        percent: [50, 50],
        changes: Some(1),
        answered: 27,
        dimensions: &[
            ("reliability", 26),
            ("investigation", 29),
            ("incident", 58),
            ("structure", 43),
            ("delivery", 39),
            ("collaboration", 32),
            ("pace", 39),
        ],
    },
    Fixture {
        name: "last",
        token: "AXr9G1RSVUUlVFJTUlRSVFJAwrY",
        outcome: "balanced",
        percent: [50, 50],
        changes: Some(1),
        answered: 27,
        dimensions: &[
            ("reliability", 67),
            ("investigation", 42),
            ("incident", 38),
            ("structure", 52),
            ("delivery", 47),
            ("collaboration", 45),
            ("pace", 57),
        ],
    },
    Fixture {
        name: "mixed",
        token: "AXr9G0MxJCMiQTEhEVFBMSEgXT0",
        outcome: "sre",
        percent: [57, 43],
        changes: Some(1),
        answered: 27,
        dimensions: &[
            ("reliability", 59),
            ("investigation", 46),
            ("incident", 42),
            ("structure", 52),
            ("delivery", 42),
            ("collaboration", 32),
            ("pace", 30),
        ],
    },
    Fixture {
        name: "partial",
        token: "AXr9GyMBIEICICECICEBICEAkm4",
        outcome: "balanced",
        percent: [50, 50],
        changes: Some(1),
        answered: 18,
        dimensions: &[
            ("reliability", 36),
            ("investigation", 53),
            ("incident", 29),
            ("structure", 53),
            ("delivery", 32),
            ("collaboration", 31),
            ("pace", 57),
        ],
    },
    Fixture {
        name: "middle",
        token: "AXr9GzMyMzMjMzIyMjMyMzIweTk",
        outcome: "balanced",
        percent: [47, 53],
        changes: Some(1),
        answered: 27,
        dimensions: &[
            ("reliability", 52),
            ("investigation", 46),
            ("incident", 33),
            ("structure", 35),
            ("delivery", 39),
            ("collaboration", 48),
            ("pace", 52),
        ],
    },
    Fixture {
        name: "skips",
        token: "A3r9Gz9CXxQfNE9THyQ_RF8QEOw",
        outcome: "sre",
        percent: [59, 41],
        changes: Some(2),
        answered: 20,
        dimensions: &[
            ("reliability", 46),
            ("investigation", 74),
            ("incident", 60),
            ("structure", 38),
            ("delivery", 45),
            ("collaboration", 6),
            ("pace", 43),
        ],
    },
];

fn check_release(fixtures: &[Fixture], questions: u8) {
    for f in fixtures {
        let opened = open_result(f.token).unwrap_or_else(|e| panic!("{}: {e:?}", f.name));
        let outcome = ["sre", "devops", "balanced"][opened.verdict.index()];
        assert_eq!(outcome, f.outcome, "{}", f.name);
        assert_eq!(opened.percent, f.percent, "{}", f.name);
        assert_eq!(opened.changes_needed, f.changes, "{}", f.name);
        assert_eq!(
            (opened.answered, opened.questions),
            (f.answered, questions),
            "{}",
            f.name
        );
        let mut expected: Vec<(u16, u8)> = f
            .dimensions
            .iter()
            .map(|&(id, s)| (dimension_key(id), s))
            .collect();
        expected.sort();
        assert_eq!(opened.dimensions, expected, "{}", f.name);
    }
}

#[test]
fn links_of_the_25_question_release_open_with_their_figures() {
    check_release(RELEASE_25, 25);
}

#[test]
fn links_of_the_27_question_release_open_with_their_figures() {
    check_release(RELEASE_27, 27);
}

#[test]
fn an_old_link_shows_its_trait_scores_by_dimension_id_in_todays_chart() {
    // The 25-question bank measured "building", which today's quiz may not:
    // a dimension the link has and the quiz lacks is left out, and every
    // dimension both know keeps its score.
    let opened = open_result(RELEASE_25[0].token).unwrap();
    let scores = opened.scores_in(&QUIZ);
    for (d, dim) in QUIZ.dimensions.iter().enumerate() {
        let expected = RELEASE_25[0]
            .dimensions
            .iter()
            .find(|e| e.0 == dim.id)
            .map(|e| e.1);
        assert_eq!(scores[d], expected, "{}", dim.id);
    }
}

#[test]
fn a_link_made_now_holds_the_figures_and_opens_with_them() {
    let answers: Vec<Option<u8>> = QUIZ
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| (q % 5 != 3).then(|| ((q * 7 + 1) % question.options.len()) as u8))
        .collect();
    let skipped: Vec<bool> = answers.iter().map(|a| a.is_none()).collect();
    let (figures, _) = Figures::of(engine(), &answers, &skipped);
    let link = token::encode_result(&figures);
    assert_eq!(open_result(&link), Ok(figures.clone()));
    // It is not an answer code: an import refuses it with a reason.
    assert_eq!(token::decode(&QUIZ, &link), Err(TokenError::NoAnswers));
    assert!(!TokenError::NoAnswers.message(&UI).is_empty());
}

#[test]
fn a_resume_code_is_not_a_result() {
    let answers = vec![Some(0); QUIZ.questions.len()];
    let skipped = vec![false; QUIZ.questions.len()];
    let code = token::encode(&QUIZ, TokenKind::Progress, &answers, &skipped, 3);
    assert_eq!(open_result(&code), Err(TokenError::NotAResult));
    let mut skipped_one = skipped.clone();
    let mut partial = answers.clone();
    partial[2] = None;
    skipped_one[2] = true;
    let code = token::encode(&QUIZ, TokenKind::Progress, &partial, &skipped_one, 3);
    assert_eq!(open_result(&code), Err(TokenError::NotAResult));
}

#[test]
fn a_link_of_an_unknown_item_bank_is_refused_with_the_reason() {
    // An answer link whose fingerprint is no released bank's.
    let mut bytes = vec![1u8, 0x12, 0x34, 1, 0x10];
    let sum = fnv(&bytes) as u16;
    bytes.extend_from_slice(&sum.to_be_bytes());
    let link = b64(&bytes);
    assert_eq!(open_result(&link), Err(TokenError::OtherContent));
}

fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// A v3 body with its checksum, as base64url.
fn v3(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    let sum = fnv(&bytes) as u16;
    bytes.extend_from_slice(&sum.to_be_bytes());
    b64(&bytes)
}

#[test]
fn a_figures_link_has_one_spelling() {
    let good = [5, 0, 70, 4, 27, 27, 2, 0x00, 0x01, 40, 0x00, 0x02, 90];
    assert!(open_result(&v3(&good)).is_ok());
    let bad: &[(&str, &[u8])] = &[
        (
            "keys out of order",
            &[5, 0, 70, 4, 27, 27, 2, 0x00, 0x02, 40, 0x00, 0x01, 90],
        ),
        (
            "a key twice",
            &[5, 0, 70, 4, 27, 27, 2, 0x00, 0x01, 40, 0x00, 0x01, 90],
        ),
        (
            "a score above 100",
            &[5, 0, 70, 4, 27, 27, 1, 0x00, 0x01, 101],
        ),
        ("a percent above 100", &[5, 0, 101, 4, 27, 27, 0]),
        ("pole 0 below half", &[5, 0, 40, 4, 27, 27, 0]),
        ("pole 1 above half", &[5, 1, 60, 4, 27, 27, 0]),
        ("no such outcome", &[5, 3, 50, 4, 27, 27, 0]),
        ("more answered than asked", &[5, 2, 50, 4, 28, 27, 0]),
        ("no questions", &[5, 2, 50, 4, 0, 0, 0]),
        (
            "a dimension short",
            &[5, 2, 50, 4, 27, 27, 2, 0x00, 0x01, 40],
        ),
        ("a byte too many", &[5, 2, 50, 4, 27, 27, 0, 0]),
    ];
    for (why, body) in bad {
        assert_eq!(open_result(&v3(body)), Err(TokenError::Damaged), "{why}");
    }
}

#[test]
fn todays_dimensions_have_distinct_keys() {
    let mut keys: Vec<u16> = QUIZ
        .dimensions
        .iter()
        .map(|d| dimension_key(&d.id))
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), QUIZ.dimensions.len());
}

#[test]
fn each_released_bank_keeps_its_shape() {
    for bank in BANKS {
        let quiz = bank.quiz();
        assert_eq!(quiz.questions.len(), bank.questions as usize);
        assert!(released::find(bank.fingerprint).is_some());
        for q in quiz.questions.iter() {
            assert!(q.options.len() >= 2);
            for o in q.options.iter() {
                assert!(o
                    .moves
                    .iter()
                    .all(|m| (m.dimension as usize) < bank.dimensions.len()));
            }
        }
    }
}

#[test]
fn no_verdict_below_half_the_questions() {
    let n = QUIZ.questions.len();
    for answered in [0, 1, n / 2 - 1, n / 2, n / 2 + 1, n] {
        let answers: Vec<Option<u8>> = (0..n).map(|q| (q < answered).then_some(0)).collect();
        let skipped: Vec<bool> = answers.iter().map(|a| a.is_none()).collect();
        let (figures, _) = Figures::of(engine(), &answers, &skipped);
        let texts = figures.texts(&QUIZ, &UI, &PAGE_UI, false);
        let verdict = 2 * answered >= n;
        assert_eq!(figures.has_verdict(), verdict, "{answered}");
        assert_eq!(texts.split.is_some(), verdict, "{answered}: percentages");
        if !verdict {
            assert_eq!(answered + figures.answers_needed(), n.div_ceil(2));
            assert!(texts
                .meaning
                .contains(&figures.answers_needed().to_string()));
        }
    }
}

#[test]
fn the_heading_names_the_outcome_and_a_shared_view_speaks_of_this_result() {
    for (verdict, p0) in [
        (Verdict::Pole(0), 70),
        (Verdict::Pole(1), 30),
        (Verdict::Balanced, 52),
    ] {
        let figures = Figures {
            verdict,
            percent: [p0, 100 - p0],
            changes_needed: Some(1),
            answered: 20,
            questions: 27,
            dimensions: vec![],
        };
        let own = figures.texts(&QUIZ, &UI, &PAGE_UI, false);
        let shared = figures.texts(&QUIZ, &UI, &PAGE_UI, true);
        let outcome = QUIZ.outcome(verdict);
        if let Verdict::Pole(_) = verdict {
            assert!(
                own.heading.contains(outcome.short.as_ref()),
                "{}",
                own.heading
            );
        }
        assert_eq!(own.confidence.as_deref(), Some(PAGE_UI.confidence_close));
        for text in [&shared.heading, &shared.meaning] {
            assert!(!text.to_lowercase().contains("you"), "{text}");
        }
        assert_eq!(shared.kicker, PAGE_UI.shared_heading);
    }
}

#[test]
fn confidence_reads_as_a_close_call_or_by_the_changes_needed() {
    use opsfit::domain::engine::ConfidenceLevel;
    use opsfit::domain::figures::ConfidenceWording::*;
    let at = |changes: Option<u8>| Figures {
        verdict: Verdict::Pole(0),
        percent: [60, 40],
        changes_needed: changes,
        answered: 27,
        questions: 27,
        dimensions: vec![],
    };
    assert_eq!(at(None).confidence_wording(), Settled);
    assert_eq!(at(Some(1)).confidence_wording(), CloseCall);
    assert_eq!(
        at(Some(2)).confidence_wording(),
        Changes(ConfidenceLevel::Moderate, 2)
    );
    assert_eq!(
        at(Some(3)).confidence_wording(),
        Changes(ConfidenceLevel::Moderate, 3)
    );
    assert_eq!(
        at(Some(4)).confidence_wording(),
        Changes(ConfidenceLevel::High, 4)
    );
}

proptest! {
    #[test]
    fn every_result_link_round_trips(answers in proptest::collection::vec(proptest::option::of(0u8..5), 27), skips in proptest::collection::vec(any::<bool>(), 27)) {
        let skipped: Vec<bool> = answers.iter().zip(skips).map(|(a, s)| a.is_none() && s).collect();
        let (figures, _) = Figures::of(engine(), &answers, &skipped);
        let link = token::encode_result(&figures);
        prop_assert_eq!(open_result(&link), Ok(figures));
    }
}

#[test]
fn the_image_card_has_the_outcome_the_split_and_three_traits_and_no_answer() {
    let answers: Vec<Option<u8>> = QUIZ.questions.iter().map(|_| Some(0)).collect();
    let skipped = vec![false; answers.len()];
    let (figures, _) = Figures::of(engine(), &answers, &skipped);
    let card = figures.card(&QUIZ, &UI, &PAGE_UI).unwrap();
    assert_eq!(card.traits.len(), 3);
    assert!(
        card.traits.windows(2).all(|w| w[0].1 >= w[1].1),
        "best first"
    );
    assert_eq!(percent_text(card.percent_of, 54), "54%");
    assert_eq!(
        card.heading,
        figures.texts(&QUIZ, &UI, &PAGE_UI, true).heading
    );
    let all = format!("{card:?}");
    for q in QUIZ.questions.iter() {
        for o in q.options.iter() {
            assert!(
                !all.contains(o.label.as_ref()),
                "no answer on the card: {}",
                o.label
            );
        }
    }
    // No verdict, no card.
    let none = vec![None; answers.len()];
    let (few, _) = Figures::of(engine(), &none, &skipped);
    assert_eq!(few.card(&QUIZ, &UI, &PAGE_UI), None);
}

/// The card writes a trait's score as the result page writes the split, in
/// each language's style: "54%" in English, "54 %" in Spanish.
#[test]
fn the_card_spells_percentages_as_the_page_does_in_every_language() {
    use opsfit::authoring::locale::load;
    use opsfit::domain::template::fill;
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let cases = [
        ("en", 54, "54%"),
        ("en", 100, "100%"),
        ("es", 54, "54 %"),
        ("es", 0, "0 %"),
    ];
    for (locale, n, expected) in cases {
        let ui = load(&content, locale)
            .unwrap_or_else(|e| panic!("{locale} loads: {e:?}"))
            .ui;
        let percent_of = &ui["percent_of"];
        let card = percent_text(percent_of, n);
        assert_eq!(card, expected, "{locale}");
        let page = fill(percent_of, &[("percent", &n.to_string()), ("role", "SRE")]);
        assert!(page.starts_with(&card), "{locale}: {page:?} and {card:?}");
    }
}

/// A shared view names the role inside its sentence as prose writes it:
/// "leans toward site reliability engineering", not "toward Site
/// reliability engineering", in both languages.
#[test]
fn a_shared_view_names_the_role_mid_sentence_as_prose_does() {
    use opsfit::authoring::locale::load;
    use opsfit::domain::template::fill;
    let at = |verdict| Figures {
        verdict,
        percent: [60, 40],
        changes_needed: Some(4),
        answered: 27,
        questions: 27,
        dimensions: vec![],
    };
    let shared = |v| at(v).texts(&QUIZ, &UI, &PAGE_UI, true).meaning;
    assert_eq!(
        shared(Verdict::Pole(0)),
        "This result leans toward site reliability engineering."
    );
    assert_eq!(
        shared(Verdict::Pole(1)),
        "This result leans toward DevOps engineering."
    );
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let es = load(&content, "es").expect("Spanish loads");
    let cases = [
        (
            0,
            "Este resultado se inclina por la ingeniería de confiabilidad de sitios (SRE).",
        ),
        (1, "Este resultado se inclina por la ingeniería DevOps."),
    ];
    for (pole, expected) in cases {
        let name = &es.quiz.outcome(Verdict::Pole(pole)).name;
        assert_eq!(
            fill(&es.page_ui["shared_pole"], &[("name", name)]),
            expected
        );
    }
}
