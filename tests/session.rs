//! Sessions: finishing records a result once; imports accept an export or a
//! code and refuse anything else with a reason.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::engine::Decision;
use opsfit::domain::figures::Figures;
use opsfit::domain::quiz::{Action, Slot};
use opsfit::domain::record;
use opsfit::domain::session::{Applied, Session, HISTORY_LIMIT};
use opsfit::domain::shipped::{engine, QUIZ, UI};
use opsfit::domain::token::{self, TokenError};
use opsfit::domain::transfer::{import, resume_code, ImportError, Imported};

/// Answers every question with option `pick(q)` and presses Next after each.
fn finish(session: &mut Session, pick: impl Fn(usize) -> u8, now: f64) {
    for q in 0..QUIZ.questions.len() {
        let option = pick(q) % QUIZ.questions[q].options.len() as u8;
        session.apply(
            engine(),
            Action::Answer {
                question: q,
                option,
            },
            now,
        );
        session.apply(engine(), Action::Next, now);
    }
}

#[test]
fn finishing_records_one_result_and_going_back_and_on_updates_it() {
    let mut s = Session::new(engine());
    finish(&mut s, |_| 0, 10.0);
    assert!(s.progress.is_finished());
    assert_eq!(s.history.len(), 1);
    assert_eq!(s.history[0].finished_at, 10.0);

    s.apply(engine(), Action::Back, 20.0);
    assert!(!s.progress.is_finished());
    s.apply(engine(), Action::Next, 30.0);
    s.apply(engine(), Action::Next, 30.0);
    assert_eq!(
        s.history.len(),
        1,
        "same answers: the record is updated, not copied"
    );
    assert_eq!(s.history[0].finished_at, 30.0);

    s.apply(engine(), Action::Restart, 40.0);
    finish(&mut s, |_| 1, 50.0);
    assert_eq!(
        s.history.len(),
        2,
        "a retake with other answers is a new result"
    );
}

#[test]
fn next_on_the_last_question_goes_to_the_first_open_one_and_finishes_only_as_a_reload_would() {
    let last = QUIZ.questions.len() - 1;
    let mut s = Session::new(engine());
    let answer = |question| Action::Answer {
        question,
        option: 0,
    };
    s.apply(engine(), answer(last), 1.0);
    s.apply(engine(), answer(2), 1.0);
    s.apply(engine(), answer(last), 1.0);
    s.apply(engine(), Action::Next, 2.0);
    assert!(!s.progress.is_finished(), "2 of {} answered", last + 1);
    assert!(s.history.is_empty(), "no result recorded");
    assert_eq!(s.progress.cursor(), 0, "the first question still open");

    // What Next decides, a reload of the same state decides too.
    let reloaded = record::decode(engine(), &record::encode(&QUIZ, &s, 3.0)).unwrap();
    assert_eq!(reloaded.session, s);
}

#[test]
fn skipped_questions_let_the_quiz_finish_and_score_as_unanswered() {
    let n = QUIZ.questions.len();
    let mut s = Session::new(engine());
    let mut answered_only = Session::new(engine());
    for q in 0..n {
        if q == 1 || q == 4 {
            s.apply(engine(), Action::Skip, 1.0);
            assert_eq!(s.progress.slot(q), Slot::Skipped);
            continue;
        }
        for session in [&mut s, &mut answered_only] {
            let option = (q % 2) as u8;
            session.apply(
                engine(),
                Action::Answer {
                    question: q,
                    option,
                },
                1.0,
            );
            session.apply(engine(), Action::Next, 1.0);
        }
    }
    assert!(
        s.progress.is_finished(),
        "every question answered or skipped"
    );
    assert!(!answered_only.progress.is_finished());
    assert_eq!(
        (s.progress.n_answered(), s.progress.n_skipped()),
        (n - 2, 2)
    );
    assert_eq!(s.history.len(), 1);
    assert_eq!(
        engine().score(s.progress.answers()),
        engine().score(answered_only.progress.answers()),
        "a skip moves nothing"
    );
    // The result link opens with the result's figures, whose confidence
    // counts answering a skipped question as a possible change.
    let shared = token::open_result(&s.history[0].token).unwrap();
    let (figures, _) = Figures::of(engine(), s.progress.answers(), s.progress.skipped());
    assert_eq!(shared, figures);

    // A skipped question can be answered later, and then counts.
    s.apply(
        engine(),
        Action::Answer {
            question: 4,
            option: 0,
        },
        2.0,
    );
    assert_eq!(s.progress.slot(4), Slot::Chosen(0));
    assert_eq!(s.progress.n_skipped(), 1);
}

#[test]
fn next_needs_an_answer_or_a_skip_and_skip_drops_the_answer() {
    let mut s = Session::new(engine());
    s.apply(engine(), Action::Next, 1.0);
    assert_eq!(s.progress.cursor(), 0, "an open question holds Next");
    s.apply(
        engine(),
        Action::Answer {
            question: 0,
            option: 1,
        },
        1.0,
    );
    s.apply(engine(), Action::Skip, 1.0);
    assert_eq!(s.progress.cursor(), 1);
    assert_eq!(
        s.progress.slot(0),
        Slot::Skipped,
        "skipping drops the answer"
    );
    assert!(s.progress.is_started(), "a skip alone is a quiz begun");
    s.apply(engine(), Action::Back, 1.0);
    s.apply(engine(), Action::Next, 1.0);
    assert_eq!(s.progress.cursor(), 1, "a skipped question lets Next go on");
    // On the last question, Next goes to the first question neither
    // answered nor skipped.
    let last = QUIZ.questions.len() - 1;
    s.apply(
        engine(),
        Action::Answer {
            question: last,
            option: 0,
        },
        1.0,
    );
    s.apply(engine(), Action::Skip, 1.0);
    assert_eq!(s.progress.slot(last), Slot::Skipped);
    assert_eq!(s.progress.cursor(), 1);
    s.apply(engine(), Action::Restart, 1.0);
    assert_eq!(s.progress.n_skipped(), 0);
}

#[test]
fn history_keeps_only_the_latest_results() {
    let mut s = Session::new(engine());
    for i in 0..HISTORY_LIMIT + 5 {
        s.apply(engine(), Action::Restart, i as f64);
        // Alternate answers so consecutive results differ.
        finish(&mut s, |q| ((i + q) % 2) as u8, i as f64);
    }
    assert_eq!(s.history.len(), HISTORY_LIMIT);
    assert_eq!(
        s.history.last().unwrap().finished_at,
        (HISTORY_LIMIT + 4) as f64
    );
}

/// The option of a question that, alone, gives pole 0 the highest percent.
fn most_sre(q: usize) -> u8 {
    let n = QUIZ.questions[q].options.len() as u8;
    (0..n)
        .max_by(|&a, &b| {
            let alone = |o: u8| {
                let mut answers = vec![None; QUIZ.questions.len()];
                answers[q] = Some(o);
                engine().score(&answers).percent[0]
            };
            alone(a).total_cmp(&alone(b))
        })
        .unwrap()
}

#[test]
fn finishing_early_needs_a_settled_outcome() {
    let mut s = Session::new(engine());
    s.apply(engine(), Action::FinishEarly, 1.0);
    assert!(
        !s.progress.is_finished(),
        "nothing answered, nothing settled"
    );
    let n = QUIZ.questions.len();
    let mut settled_after = None;
    for q in 0..n {
        let option = most_sre(q);
        s.apply(
            engine(),
            Action::Answer {
                question: q,
                option,
            },
            1.0,
        );
        if matches!(
            engine().decision(s.progress.answers()),
            Decision::Settled(_)
        ) {
            settled_after = Some(q + 1);
            break;
        }
        s.apply(engine(), Action::FinishEarly, 1.0);
        assert!(!s.progress.is_finished(), "open after {} answers", q + 1);
    }
    let settled_after = settled_after.expect("answering all SRE settles the outcome");
    assert!(
        settled_after < n,
        "settled only at the end: no early decision"
    );
    s.apply(engine(), Action::FinishEarly, 2.0);
    assert!(s.progress.is_finished());
    assert_eq!(s.history.len(), 1);
    assert_eq!(s.history[0].outcome_id, "sre");
}

#[test]
fn an_export_and_a_resume_code_both_import() {
    let mut s = Session::new(engine());
    finish(&mut s, |q| q as u8, 5.0);
    let export = record::encode(&QUIZ, &s, 6.0);
    assert_eq!(import(engine(), &export), Ok(Imported::Session(s.clone())));

    let mut half = Session::new(engine());
    half.apply(
        engine(),
        Action::Answer {
            question: 0,
            option: 2,
        },
        1.0,
    );
    half.apply(engine(), Action::Next, 1.0);
    half.apply(engine(), Action::Skip, 1.0);
    assert_eq!(half.progress.n_skipped(), 1);
    let code = resume_code(&QUIZ, &half.progress);
    assert_eq!(
        import(engine(), &code),
        Ok(Imported::Progress(half.progress.clone()))
    );
    // Every form of a share link the app itself opens.
    for link in [
        format!("https://example.org/opsfit/#/r/{code}"),
        format!("https://example.org/opsfit/#/r/{code}/"),
        format!("https://example.org/opsfit/?embed=blog#/r/{code}?ref=x"),
        format!("https://example.org/opsfit/#/r/{code}#top"),
        format!("#r/{code}"),
    ] {
        assert_eq!(
            import(engine(), &link),
            Ok(Imported::Progress(half.progress.clone())),
            "{link}"
        );
    }
}

#[test]
fn bad_imports_say_why() {
    type Expect = fn(&ImportError) -> bool;
    let cases: [(&str, Expect); 4] = [
        ("", |e| *e == ImportError::Code(TokenError::Empty)),
        ("{\"version\":1", |e| matches!(e, ImportError::Record(_))),
        ("hello world!", |e| {
            *e == ImportError::Code(TokenError::NotBase64)
        }),
        ("AQIDBAUGBwgJ", |e| {
            *e == ImportError::Code(TokenError::Damaged)
        }),
    ];
    for (text, expected) in cases {
        let got = import(engine(), text).unwrap_err();
        assert!(expected(&got), "{text:?} gave {got:?}");
    }
}

#[test]
fn an_export_from_a_newer_opsfit_is_told_apart_from_something_else() {
    let (newer, not_json) = (
        import(engine(), r#"{"version":5}"#).unwrap_err(),
        import(engine(), "{oops").unwrap_err(),
    );
    assert_eq!(newer.message(&UI), UI.import_newer);
    assert_eq!(not_json.message(&UI), UI.import_bad_json);
}

/// What a reload of the session would show.
fn reloaded(s: &Session) -> Session {
    record::decode(engine(), &record::encode(&QUIZ, s, 1.0))
        .unwrap()
        .session
}

#[test]
fn changing_an_answer_after_finishing_reopens_the_quiz_and_finishing_again_records_it() {
    let last = QUIZ.questions.len() - 1;
    let mut s = Session::new(engine());
    finish(&mut s, |_| 0, 10.0);
    let first = s.history[0].clone();

    // The person opens "Quiz" from the header and changes the last answer.
    let change = Action::Answer {
        question: last,
        option: 1,
    };
    assert_eq!(s.apply(engine(), change, 20.0), Applied::InProgress);
    assert!(
        !s.progress.is_finished(),
        "a changed answer reopens the quiz"
    );
    assert_eq!(s.history, vec![first.clone()], "nothing recorded yet");
    assert_eq!(reloaded(&s), s, "a reload shows the same");

    assert_eq!(s.apply(engine(), Action::Next, 30.0), Applied::Finished);
    assert_eq!(s.history.len(), 2, "the new answers are a new result");
    let now = engine().score(s.progress.answers()).whole_percent();
    assert_eq!(
        s.history[1].percent, now,
        "home shows what the result shows"
    );
    assert_eq!(s.history[0], first);

    // Choosing the option already chosen changes nothing.
    assert_eq!(s.apply(engine(), change, 40.0), Applied::InProgress);
    assert!(s.progress.is_finished());

    // Skipping a question of a finished quiz reopens it too, and the skip
    // that leaves nothing open finishes it again, recorded.
    s.apply(engine(), Action::Back, 50.0);
    s.apply(engine(), Action::Next, 50.0);
    assert_eq!(s.apply(engine(), Action::Skip, 60.0), Applied::Finished);
    assert_eq!(s.progress.slot(last), Slot::Skipped);
    assert_eq!(s.history.len(), 3);
    assert_eq!(reloaded(&s), s);
}

#[test]
fn a_change_after_finishing_early_that_unsettles_the_outcome_reopens_the_quiz() {
    let mut s = Session::new(engine());
    let mut q = 0;
    while !s.progress.can_finish_early(engine()) {
        let option = most_sre(q);
        s.apply(
            engine(),
            Action::Answer {
                question: q,
                option,
            },
            1.0,
        );
        q += 1;
    }
    assert_eq!(
        s.apply(engine(), Action::FinishEarly, 2.0),
        Applied::Finished
    );
    // The opposite answer to the first question may leave the outcome open.
    let least_sre = (0..QUIZ.questions[0].options.len() as u8)
        .find(|&o| {
            let mut answers = s.progress.answers().to_vec();
            answers[0] = Some(o);
            !matches!(engine().decision(&answers), Decision::Settled(_))
        })
        .expect("some answer to the first question unsettles the outcome");
    s.apply(
        engine(),
        Action::Answer {
            question: 0,
            option: least_sre,
        },
        3.0,
    );
    assert!(!s.progress.may_finish(engine()));
    assert!(!s.progress.is_finished(), "what is shown is not finished");
    assert_eq!(reloaded(&s), s, "and a reload agrees");
    assert_eq!(
        s.apply(engine(), Action::FinishEarly, 4.0),
        Applied::Refused
    );
}

#[test]
fn applied_says_finished_only_for_the_action_that_finished() {
    let mut s = Session::new(engine());
    assert_eq!(s.apply(engine(), Action::Next, 1.0), Applied::Refused);
    assert_eq!(
        s.apply(engine(), Action::FinishEarly, 1.0),
        Applied::Refused
    );
    let no_such_option = Action::Answer {
        question: 0,
        option: QUIZ.questions[0].options.len() as u8,
    };
    assert_eq!(s.apply(engine(), no_such_option, 1.0), Applied::Refused);
    assert_eq!(s, Session::new(engine()), "a refusal changes nothing");

    finish(&mut s, |_| 0, 2.0);
    assert!(s.progress.is_finished());
    for action in [
        Action::Answer {
            question: 0,
            option: 0,
        },
        Action::Back,
        Action::Restart,
    ] {
        assert_ne!(
            s.apply(engine(), action, 3.0),
            Applied::Finished,
            "{action:?}"
        );
    }
    assert_eq!(
        s.history.len(),
        1,
        "no action but the finishing one records"
    );
}

/// A result link holds a result's figures, not the answers (issue 20), so
/// pasting one where a resume code goes is refused with that reason, and
/// the session is left as it was.
#[test]
fn importing_a_share_link_is_refused_and_changes_nothing() {
    let mut other = Session::new(engine());
    finish(&mut other, |q| q as u8, 5.0);
    let link = format!("https://example.org/opsfit/#/r/{}", other.history[0].token);
    assert!(matches!(
        import(engine(), &link),
        Err(ImportError::Code(TokenError::NoAnswers))
    ));
}
