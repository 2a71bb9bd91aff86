//! The stored record: round trips, migration by id, and bad data set aside.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::json;
use opsfit::domain::quiz::{Action, Progress};
use opsfit::domain::record::{decode, encode, load, progress_key, LoadNotice, Rejected};
use opsfit::domain::session::{PastResult, Session};
use opsfit::domain::shipped::QUIZ_EN;
use proptest::prelude::*;

fn answered(pairs: &[(usize, u8)], cursor: usize) -> Progress {
    let mut p = Progress::new(&QUIZ_EN);
    for &(question, option) in pairs {
        p.apply(&QUIZ_EN, Action::Answer { question, option });
    }
    p.apply(&QUIZ_EN, Action::GoTo(cursor));
    p
}

#[test]
fn keys_carry_the_prefix_and_the_namespace() {
    assert_eq!(
        progress_key(None, "sre-devops"),
        "opsfit:progress:sre-devops"
    );
    assert_eq!(
        progress_key(Some("blog"), "sre-devops"),
        "opsfit:blog:progress:sre-devops"
    );
}

#[test]
fn a_record_round_trips() {
    let p = answered(&[(0, 3), (1, 1)], 1);
    let session = Session {
        progress: p,
        history: vec![PastResult {
            finished_at: 1_600_000_000_000.0,
            outcome_id: "sre".into(),
            percent: [64, 36],
            token: "AQID".into(),
        }],
    };
    let raw = encode(&QUIZ_EN, &session, 1_700_000_000_000.0);
    assert!(
        raw.starts_with(r#"{"version":2,"quiz":"sre-devops","#),
        "{raw}"
    );
    let back = decode(&QUIZ_EN, &raw).unwrap();
    assert_eq!(back.session, session);
    assert_eq!(back.saved_at, 1_700_000_000_000.0);
    assert_eq!(back.dropped, 0);
}

#[test]
fn a_version_1_record_migrates_with_no_history() {
    let v1 = r#"{"version":1,"quiz":"sre-devops","answers":{"reliability-targets":"5"},"at":"reliability-targets","finished":false,"saved_at":9}"#;
    let back = decode(&QUIZ_EN, v1).unwrap();
    assert_eq!(back.session.progress.answer(0), Some(4));
    assert_eq!(back.session.history, vec![]);
    assert_eq!(back.saved_at, 9.0);
}

#[test]
fn bad_values_are_rejected_with_a_reason() {
    type Expect = fn(&Rejected) -> bool;
    let cases: [(&str, Expect); 8] = [
        ("", |r| matches!(r, Rejected::Corrupt(_))),
        ("{not json", |r| matches!(r, Rejected::Corrupt(_))),
        ("[1,2,3]", |r| matches!(r, Rejected::Corrupt(_))),
        (r#"{"version":1,"quiz":"sre-devops"}"#, |r| {
            matches!(r, Rejected::Corrupt(_))
        }),
        (r#"{"version":7,"anything":true}"#, |r| {
            *r == Rejected::Newer(7)
        }),
        (
            r#"{"version":1,"quiz":"other","answers":{},"at":"","finished":false,"saved_at":1}"#,
            |r| matches!(r, Rejected::OtherQuiz(q) if q == "other"),
        ),
        // Found while writing the record fuzz target: this time would be
        // saved back as 2^63, which no record can hold, and set aside as
        // corrupt on the next start.
        (
            r#"{"version":1,"quiz":"sre-devops","answers":{},"at":"","finished":false,"saved_at":9223372036854775807}"#,
            |r| matches!(r, Rejected::Corrupt(e) if e.contains("saved_at")),
        ),
        (
            r#"{"version":1,"quiz":"sre-devops","answers":{},"at":"","finished":false,"saved_at":-1}"#,
            |r| matches!(r, Rejected::Corrupt(e) if e.contains("saved_at")),
        ),
    ];
    for (raw, expected) in cases {
        let got = decode(&QUIZ_EN, raw).unwrap_err();
        assert!(expected(&got), "{raw:?} gave {got:?}");
    }
}

#[test]
fn answers_to_questions_that_still_exist_are_kept() {
    let raw = r#"{"version":1,"quiz":"sre-devops","answers":{"reliability-targets":"4","gone":"a","bad-release-role":"nope"},"at":"gone","finished":true,"saved_at":5}"#;
    let loaded = load(&QUIZ_EN, Some(raw));
    assert_eq!(loaded.notice, Some(LoadNotice::Dropped(2)));
    assert_eq!(loaded.session.progress.answer(0), Some(3));
    assert_eq!(loaded.session.progress.n_answered(), 1);
    assert_eq!(
        loaded.session.progress.cursor(),
        1,
        "the lost question becomes the first unanswered one"
    );
    assert!(
        !loaded.session.progress.is_finished(),
        "an incomplete quiz is not finished"
    );
    assert_eq!(loaded.set_aside, None);
}

#[test]
fn corrupt_and_newer_records_are_set_aside() {
    let corrupt = load(&QUIZ_EN, Some("{oops"));
    assert_eq!(corrupt.notice, Some(LoadNotice::Corrupt));
    assert_eq!(corrupt.set_aside, Some("corrupt"));
    assert_eq!(corrupt.session, Session::new(&QUIZ_EN));

    let newer = load(&QUIZ_EN, Some(r#"{"version":3}"#));
    assert_eq!(newer.notice, Some(LoadNotice::Newer(3)));
    assert_eq!(newer.set_aside, Some("newer"));
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(raw in ".*") {
        let _ = load(&QUIZ_EN, Some(&raw));
    }

    #[test]
    fn decoding_json_like_text_never_panics(raw in r#"[\[\]{}:,"\\u0-9a-f.e -]{0,60}"#) {
        let _ = load(&QUIZ_EN, Some(&raw));
    }

    #[test]
    fn any_text_round_trips_as_a_json_string(text in any::<String>()) {
        let mut out = String::new();
        json::write_str(&mut out, &text);
        prop_assert_eq!(json::parse(&out), Ok(json::Json::String(text)));
    }

    #[test]
    fn any_progress_round_trips(
        answers in proptest::collection::vec(proptest::option::of(0u8..5), QUIZ_EN.questions.len()),
        cursor in 0..QUIZ_EN.questions.len(),
    ) {
        let pairs: Vec<(usize, u8)> = answers
            .iter()
            .enumerate()
            .filter_map(|(q, a)| a.filter(|&o| (o as usize) < QUIZ_EN.questions[q].options.len()).map(|o| (q, o)))
            .collect();
        let session = Session { progress: answered(&pairs, cursor), history: vec![] };
        let back = decode(&QUIZ_EN, &encode(&QUIZ_EN, &session, 1.0)).unwrap();
        prop_assert_eq!(back.session, session);
    }
}
