//! "Your path": chosen from the outcome and where the person is now, which
//! is saved with the progress and never moves a figure.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::authoring::pages_source::{BACKGROUNDS, PATH_OUTCOMES};
use opsfit::domain::content::{CredentialLevel, Verdict};
use opsfit::domain::figures::Figures;
use opsfit::domain::path::{choose, Background};
use opsfit::domain::quiz::Action;
use opsfit::domain::session::Session;
use opsfit::domain::shipped::{engine, LIBRARY, QUIZ};

#[test]
fn the_background_ids_are_the_ones_the_content_is_written_for() {
    let ids: Vec<&str> = Background::ALL.iter().map(|b| b.id()).collect();
    assert_eq!(ids, BACKGROUNDS);
    for b in Background::ALL {
        assert_eq!(Background::from_id(b.id()), Some(b));
    }
    assert_eq!(Background::from_id("astronaut"), None);
    let outcomes: Vec<&str> = QUIZ.outcomes.iter().map(|o| o.id.as_ref()).collect();
    assert_eq!(outcomes, PATH_OUTCOMES);
}

#[test]
fn every_outcome_has_three_steps_and_entry_level_credentials_first() {
    for verdict in [Verdict::Pole(0), Verdict::Pole(1), Verdict::Balanced] {
        let chosen = choose(&LIBRARY, &QUIZ, verdict, None).unwrap();
        let steps: Vec<&str> = chosen.path.steps.iter().map(|s| s.id.as_ref()).collect();
        assert_eq!(steps, ["now", "next", "later"]);
        let levels: Vec<CredentialLevel> =
            chosen.path.credentials.iter().map(|c| c.level).collect();
        assert_eq!(levels.first(), Some(&CredentialLevel::Entry), "{verdict:?}");
        assert!(
            levels.contains(&CredentialLevel::Later),
            "{verdict:?}: professional ones marked later"
        );
        assert!(!chosen.path.titles.is_empty());
        assert!(
            chosen.starts.is_empty(),
            "no start line before the question is answered"
        );
    }
}

#[test]
fn a_developer_and_a_sysadmin_start_from_different_sides() {
    for verdict in [Verdict::Pole(0), Verdict::Pole(1)] {
        let dev = choose(&LIBRARY, &QUIZ, verdict, Some(Background::Developer)).unwrap();
        let ops = choose(&LIBRARY, &QUIZ, verdict, Some(Background::Sysadmin)).unwrap();
        assert_eq!(dev.path, ops.path, "the steps follow the outcome");
        assert_eq!((dev.starts.len(), ops.starts.len()), (1, 1));
        assert_ne!(dev.starts, ops.starts, "{verdict:?}");
    }
    let sre = choose(&LIBRARY, &QUIZ, Verdict::Pole(0), Some(Background::Qa)).unwrap();
    let devops = choose(&LIBRARY, &QUIZ, Verdict::Pole(1), Some(Background::Qa)).unwrap();
    assert_ne!(sre.starts, devops.starts, "toward each role its own line");
}

#[test]
fn a_balanced_result_keeps_both_doors_open_and_names_platform_engineering() {
    let chosen = choose(
        &LIBRARY,
        &QUIZ,
        Verdict::Balanced,
        Some(Background::Support),
    )
    .unwrap();
    assert_eq!(chosen.starts.len(), 2);
    assert!(chosen.path.intro.contains("Platform engineering"));
    assert!(chosen.path.titles.iter().any(|t| t.contains("Platform")));
}

#[test]
fn where_you_are_now_moves_no_figure_and_keeps_a_finished_quiz_finished() {
    let mut s = Session::new(engine());
    for q in 0..QUIZ.questions.len() {
        s.apply(
            engine(),
            Action::Answer {
                question: q,
                option: (q % 2) as u8,
            },
            1.0,
        );
        s.apply(engine(), Action::Next, 1.0);
    }
    assert!(s.progress.is_finished());
    let before = Figures::of(engine(), s.progress.answers(), s.progress.skipped()).0;
    let history = s.history.clone();
    for b in Background::ALL {
        s.apply(engine(), Action::SetBackground(Some(b)), 2.0);
        assert!(s.progress.is_finished());
        assert_eq!(
            Figures::of(engine(), s.progress.answers(), s.progress.skipped()).0,
            before
        );
        assert_eq!(s.history, history, "no new past result");
    }
    s.apply(engine(), Action::SetBackground(None), 3.0);
    assert_eq!(s.progress.background(), None);
}
