//! The stored record: round trips, migration by id, and bad data set aside.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::json::{self, JsonError};
use opsfit::domain::quiz::{Action, Progress, Slot};
use std::cell::RefCell;
use std::collections::BTreeMap;

use opsfit::domain::record::{
    decode, encode, load, open, progress_key, Corrupt, LoadNotice, RecordStore, Rejected, Save,
    Synced, Unkept,
};
use opsfit::domain::session::{PastResult, Session};
use opsfit::domain::shipped::{engine, QUIZ, UI};
use proptest::prelude::*;

fn answered(pairs: &[(usize, u8)], cursor: usize) -> Progress {
    let pairs = pairs.iter().map(|&(q, o)| (q, o as usize));
    Progress::restore(engine(), pairs, [], cursor, false)
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
    let raw = encode(&QUIZ, &session, 1_700_000_000_000.0);
    assert!(
        raw.starts_with(r#"{"version":4,"quiz":"sre-devops","#),
        "{raw}"
    );
    let back = decode(engine(), &raw).unwrap();
    assert_eq!(back.session, session);
    assert_eq!(back.saved_at, 1_700_000_000_000.0);
    assert_eq!(back.dropped, 0);
}

#[test]
fn a_version_1_record_migrates_with_no_history() {
    let v1 = r#"{"version":1,"quiz":"sre-devops","answers":{"reliability-targets":"5"},"at":"reliability-targets","finished":false,"saved_at":9}"#;
    let back = decode(engine(), v1).unwrap();
    assert_eq!(back.session.progress.answer(0), Some(4));
    assert_eq!(back.session.history, vec![]);
    assert_eq!(back.saved_at, 9.0);
}

#[test]
fn skips_are_stored_by_id_and_read_back() {
    let mut p = answered(&[(0, 3)], 1);
    p.apply(engine(), Action::Skip);
    p.apply(engine(), Action::Skip);
    let session = Session {
        progress: p,
        history: vec![],
    };
    let raw = encode(&QUIZ, &session, 7.0);
    let (q1, q2) = (&QUIZ.questions[1].id, &QUIZ.questions[2].id);
    assert!(
        raw.contains(&format!(r#""skipped":["{q1}","{q2}"]"#)),
        "{raw}"
    );
    let back = decode(engine(), &raw).unwrap();
    assert_eq!(back.session, session);
    assert_eq!(back.session.progress.slot(1), Slot::Skipped);
    assert_eq!(back.session.progress.n_skipped(), 2);
    assert_eq!(back.session.progress.cursor(), 3);
}

#[test]
fn a_version_2_record_migrates_with_nothing_skipped() {
    let v2 = r#"{"version":2,"quiz":"sre-devops","answers":{"reliability-targets":"5"},"at":"reliability-targets","finished":false,"saved_at":9,"history":[]}"#;
    let back = decode(engine(), v2).unwrap();
    assert_eq!(back.session.progress.answer(0), Some(4));
    assert_eq!(back.session.progress.n_skipped(), 0);
    // A version 2 record cannot say what version 3 says.
    let with_skips = v2.replace(r#""history":[]"#, r#""history":[],"skipped":[]"#);
    assert!(matches!(
        decode(engine(), &with_skips),
        Err(Rejected::Corrupt(Corrupt::UnknownField))
    ));
}

#[test]
fn a_skip_that_no_longer_fits_is_forgotten_quietly() {
    let v3 = r#"{"version":3,"quiz":"sre-devops","answers":{"reliability-targets":"5"},"skipped":["reliability-targets","gone","measured-by"],"at":"gone","finished":false,"saved_at":9,"history":[]}"#;
    let loaded = load(engine(), Some(v3));
    assert_eq!(loaded.notice, None, "no answer was lost");
    let p = &loaded.session.progress;
    let kept = QUIZ.question_index("measured-by").unwrap();
    assert_eq!(p.slot(0), Slot::Chosen(4), "the answer wins over a skip");
    assert_eq!(p.slot(kept), Slot::Skipped);
    assert_eq!(p.n_skipped(), 1);
    assert_eq!(
        p.cursor(),
        1,
        "the first question neither answered nor skipped"
    );
    for bad in [r#""skipped":{}"#, r#""skipped":[1]"#] {
        let raw = v3.replace(
            r#""skipped":["reliability-targets","gone","measured-by"]"#,
            bad,
        );
        assert!(
            matches!(decode(engine(), &raw), Err(Rejected::Corrupt(_))),
            "{raw}"
        );
    }
}

#[test]
fn bad_values_are_rejected_with_a_reason() {
    type Expect = fn(&Rejected) -> bool;
    let cases: [(&str, Expect); 9] = [
        ("", |r| {
            *r == Rejected::Corrupt(Corrupt::NotJson(JsonError::EndsEarly))
        }),
        ("{not json", |r| {
            *r == Rejected::Corrupt(Corrupt::NotJson(JsonError::Expected(b'"')))
        }),
        ("[1,2,3]", |r| *r == Rejected::Corrupt(Corrupt::NoVersion)),
        (r#"{"version":0}"#, |r| {
            *r == Rejected::Corrupt(Corrupt::NeverWritten)
        }),
        (r#"{"version":1,"quiz":"sre-devops"}"#, |r| {
            *r == Rejected::Corrupt(Corrupt::Missing("answers"))
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
            |r| *r == Rejected::Corrupt(Corrupt::Malformed("saved_at")),
        ),
        (
            r#"{"version":1,"quiz":"sre-devops","answers":{},"at":"","finished":false,"saved_at":-1}"#,
            |r| *r == Rejected::Corrupt(Corrupt::Malformed("saved_at")),
        ),
    ];
    for (raw, expected) in cases {
        let got = decode(engine(), raw).unwrap_err();
        assert!(expected(&got), "{raw:?} gave {got:?}");
    }
}

#[test]
fn answers_to_questions_that_still_exist_are_kept() {
    let raw = r#"{"version":1,"quiz":"sre-devops","answers":{"reliability-targets":"4","gone":"a","bad-release-role":"nope"},"at":"gone","finished":true,"saved_at":5}"#;
    let loaded = load(engine(), Some(raw));
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
    let corrupt = load(engine(), Some("{oops"));
    assert_eq!(corrupt.notice, Some(LoadNotice::Corrupt));
    assert_eq!(corrupt.set_aside, Some("corrupt"));
    assert_eq!(corrupt.session, Session::new(engine()));

    let newer = load(engine(), Some(r#"{"version":5}"#));
    assert_eq!(newer.notice, Some(LoadNotice::Newer(5)));
    assert_eq!(newer.set_aside, Some("newer"));
}

proptest! {
    // (That no text makes loading panic is the record fuzz target's job:
    // random text here fails at its first byte.)

    /// A record cut short (a write interrupted, a copy cut off) is set aside
    /// as corrupt, never read as less progress.
    #[test]
    fn a_record_cut_short_is_set_aside(
        answers in proptest::collection::vec(proptest::option::of(0u8..5), QUIZ.questions.len()),
        cursor in 0..QUIZ.questions.len(),
    ) {
        let pairs = answers.iter().enumerate().filter_map(|(q, a)| {
            a.filter(|&o| (o as usize) < QUIZ.questions[q].options.len()).map(|o| (q, o as usize))
        });
        let progress = Progress::restore(engine(), pairs, [], cursor, false);
        let raw = encode(&QUIZ, &Session { progress, history: vec![] }, 5.0);
        for end in (0..raw.len()).filter(|&e| raw.is_char_boundary(e)) {
            let loaded = load(engine(), Some(&raw[..end]));
            prop_assert_eq!(loaded.set_aside, Some("corrupt"), "{}", &raw[..end]);
        }
    }

    #[test]
    fn any_text_round_trips_as_a_json_string(text in any::<String>()) {
        let mut out = String::new();
        json::write_str(&mut out, &text);
        prop_assert_eq!(json::parse(&out), Ok(json::Json::String(text)));
    }

    #[test]
    fn any_progress_round_trips(
        answers in proptest::collection::vec(proptest::option::of(0u8..5), QUIZ.questions.len()),
        skips in proptest::collection::vec(any::<bool>(), QUIZ.questions.len()),
        cursor in 0..QUIZ.questions.len(),
    ) {
        let pairs: Vec<(usize, u8)> = answers
            .iter()
            .enumerate()
            .filter_map(|(q, a)| a.filter(|&o| (o as usize) < QUIZ.questions[q].options.len()).map(|o| (q, o)))
            .collect();
        let skipped: Vec<usize> = (0..skips.len()).filter(|&q| skips[q]).collect();
        let progress = Progress::restore(engine(), pairs.iter().map(|&(q, o)| (q, o as usize)), skipped, cursor, false);
        let session = Session { progress, history: vec![] };
        let back = decode(engine(), &encode(&QUIZ, &session, 1.0)).unwrap();
        prop_assert_eq!(back.session, session);
    }
}

#[test]
fn the_storage_notice_follows_the_last_save() {
    use opsfit::domain::record::{Keeping, Unkept};
    // (store readable, store writable, outcomes of the saves so far, what is not kept)
    type Case<'a> = (bool, bool, &'a [bool], Option<Unkept>);
    let cases: &[Case] = &[
        (true, true, &[], None),
        (true, true, &[true], None),
        (true, true, &[false], Some(Unkept::NewAnswers)),
        (true, true, &[false, true], None),
        (true, true, &[true, false], Some(Unkept::NewAnswers)),
        // A full quota: what was saved is read, new answers are not kept.
        (true, false, &[], Some(Unkept::NewAnswers)),
        (false, false, &[], Some(Unkept::Everything)),
        (false, true, &[true], Some(Unkept::Everything)),
    ];
    for &(readable, writable, saves, unkept) in cases {
        let mut keeping = Keeping::new(readable, writable);
        for &ok in saves {
            keeping.saved(ok);
        }
        assert_eq!(
            keeping.unkept(),
            unkept,
            "{readable} {writable} then {saves:?}"
        );
        assert_eq!(keeping.keeps_progress(), unkept.is_none());
    }
}

/// A session with the first `n` questions answered with option 0.
fn session_with(n: usize) -> Session {
    let mut s = Session::new(engine());
    for question in 0..n {
        s.apply(
            engine(),
            Action::Answer {
                question,
                option: 0,
            },
            1.0,
        );
    }
    s
}

#[derive(Debug, PartialEq)]
enum Expect {
    Skip,
    Adopt(usize),
    Write { answered: usize, saved_at: f64 },
}

#[test]
fn the_save_rules() {
    let stored_at_100 = encode(&QUIZ, &session_with(1), 100.0);
    let other_tab_later = encode(&QUIZ, &session_with(3), 200.0);
    let other_tab_earlier = encode(&QUIZ, &session_with(3), 50.0);
    let newer_release =
        encode(&QUIZ, &session_with(3), 200.0).replace(r#"{"version":4,"#, r#"{"version":5,"#);
    // (what happens, store persistent, answers now, what storage holds, clock, expected)
    type Case<'a> = (&'a str, bool, usize, Option<&'a str>, f64, Expect);
    let cases: &[Case] = &[
        (
            "nothing changed",
            true,
            1,
            Some(&stored_at_100),
            300.0,
            Expect::Skip,
        ),
        ("nowhere to keep it", false, 2, None, 300.0, Expect::Skip),
        (
            "a change is written",
            true,
            2,
            Some(&stored_at_100),
            300.0,
            Expect::Write {
                answered: 2,
                saved_at: 300.0,
            },
        ),
        (
            "a clock behind the last save still writes a newer record",
            true,
            2,
            Some(&stored_at_100),
            10.0,
            Expect::Write {
                answered: 2,
                saved_at: 101.0,
            },
        ),
        (
            "storage emptied elsewhere is written again",
            true,
            2,
            None,
            300.0,
            Expect::Write {
                answered: 2,
                saved_at: 300.0,
            },
        ),
        (
            "another tab's newer save is adopted, never overwritten",
            true,
            2,
            Some(&other_tab_later),
            300.0,
            Expect::Adopt(3),
        ),
        (
            "another tab's older save is overwritten",
            true,
            2,
            Some(&other_tab_earlier),
            300.0,
            Expect::Write {
                answered: 2,
                saved_at: 300.0,
            },
        ),
        (
            "a newer release's record is never overwritten",
            true,
            2,
            Some(&newer_release),
            300.0,
            Expect::Skip,
        ),
        (
            "unreadable text from elsewhere is overwritten",
            true,
            2,
            Some("{oops"),
            300.0,
            Expect::Write {
                answered: 2,
                saved_at: 300.0,
            },
        ),
    ];
    for (what, persistent, answered, stored, now, expect) in cases {
        let loaded = load(engine(), Some(&stored_at_100));
        let mut synced = Synced::new(&loaded, Some(&stored_at_100), *persistent, *persistent);
        let got = match synced.next(engine(), &session_with(*answered), *stored, *now) {
            Save::Skip => Expect::Skip,
            Save::Adopt(s) => Expect::Adopt(s.progress.n_answered()),
            Save::Write(raw) => {
                let back = decode(engine(), &raw).unwrap();
                Expect::Write {
                    answered: back.session.progress.n_answered(),
                    saved_at: back.saved_at,
                }
            }
        };
        assert_eq!(&got, expect, "{what}");
    }
}

#[test]
fn a_refused_write_is_tried_again_and_an_accepted_one_is_not() {
    let raw = encode(&QUIZ, &session_with(1), 100.0);
    let mut synced = Synced::new(&load(engine(), Some(&raw)), Some(&raw), true, true);
    let changed = session_with(2);
    assert!(matches!(
        synced.next(engine(), &changed, Some(&raw), 200.0),
        Save::Write(_)
    ));
    synced.saved(false);
    assert!(!synced.keeps_progress(), "the person is told");
    let Save::Write(written) = synced.next(engine(), &changed, Some(&raw), 300.0) else {
        panic!("a refused write is tried again");
    };
    synced.saved(true);
    assert!(synced.keeps_progress(), "and told again once it is kept");
    assert_eq!(
        synced.next(engine(), &changed, Some(&written), 400.0),
        Save::Skip
    );
    assert_eq!(
        synced.newer(engine(), &written),
        None,
        "its own save is not another tab's"
    );
}

#[test]
fn where_a_person_is_now_is_kept_with_the_progress_and_older_records_have_none() {
    use opsfit::domain::path::Background;
    use opsfit::domain::quiz::Action;
    let mut p = answered(&[(0, 3), (1, 1)], 1);
    p.apply(engine(), Action::SetBackground(Some(Background::Sysadmin)));
    let session = Session {
        progress: p,
        history: vec![],
    };
    let raw = encode(&QUIZ, &session, 1_700_000_000_000.0);
    assert!(raw.contains(r#""background":"sysadmin""#), "{raw}");
    let back = decode(engine(), &raw).unwrap();
    assert_eq!(
        back.session.progress.background(),
        Some(Background::Sysadmin)
    );
    assert_eq!(back.session, session);

    // Version 3 had no background: it migrates with none.
    let v3 = r#"{"version":3,"quiz":"sre-devops","answers":{},"skipped":[],"at":"","finished":false,"saved_at":9,"history":[]}"#;
    assert_eq!(
        decode(engine(), v3).unwrap().session.progress.background(),
        None
    );
    // Version 4 must have it; an id this version does not know is dropped.
    let missing = r#"{"version":4,"quiz":"sre-devops","answers":{},"skipped":[],"at":"","finished":false,"saved_at":9,"history":[]}"#;
    assert!(decode(engine(), missing).is_err());
    let unknown = r#"{"version":4,"quiz":"sre-devops","answers":{},"skipped":[],"at":"","background":"astronaut","finished":false,"saved_at":9,"history":[]}"#;
    assert_eq!(
        decode(engine(), unknown)
            .unwrap()
            .session
            .progress
            .background(),
        None
    );
}

/// A store in memory that, like a full quota, can refuse new keys while
/// still replacing the value of a key it holds, or refuse every write.
#[derive(Default)]
struct Shelf {
    values: RefCell<BTreeMap<String, String>>,
    refuse_new_keys: bool,
    refuse_writes: bool,
}

impl Shelf {
    fn holding(key: &str, value: &str) -> Self {
        let shelf = Shelf::default();
        shelf.values.borrow_mut().insert(key.into(), value.into());
        shelf
    }

    fn get(&self, key: &str) -> Option<String> {
        self.values.borrow().get(key).cloned()
    }
}

impl RecordStore for Shelf {
    fn can_read(&self) -> bool {
        true
    }
    fn can_write(&self) -> bool {
        !self.refuse_writes && !self.refuse_new_keys
    }
    fn read(&self, key: &str) -> Option<String> {
        self.get(key)
    }
    fn write(&self, key: &str, value: &str) -> bool {
        let new = !self.values.borrow().contains_key(key);
        if self.refuse_writes || (new && self.refuse_new_keys) {
            return false;
        }
        self.values.borrow_mut().insert(key.into(), value.into());
        true
    }
    fn remove(&self, key: &str) -> bool {
        self.values.borrow_mut().remove(key);
        true
    }
}

/// Carries out one save the way the app's effect does.
fn save(synced: &mut Synced, shelf: &Shelf, key: &str, session: &Session, now: f64) -> Save {
    let decided = synced.next(engine(), session, shelf.get(key).as_deref(), now);
    if let Save::Write(raw) = &decided {
        let accepted = shelf.write(key, raw);
        synced.saved(accepted);
    }
    decided
}

const KEY: &str = "opsfit:progress:sre-devops";

#[test]
fn an_unreadable_record_is_set_aside_and_then_removed() {
    let shelf = Shelf::holding(KEY, "{oops");
    let (loaded, mut synced) = open(engine(), &shelf, KEY, 77.0);
    assert_eq!(loaded.notice, Some(LoadNotice::Corrupt));
    assert_eq!(shelf.get("opsfit:corrupt:77").as_deref(), Some("{oops"));
    assert_eq!(shelf.get(KEY), None);
    assert_eq!(synced.unkept(), None);
    assert!(matches!(
        save(&mut synced, &shelf, KEY, &session_with(1), 80.0),
        Save::Write(_)
    ));
}

#[test]
fn a_record_that_cannot_be_set_aside_is_never_written_over() {
    for (kind, raw) in [
        ("corrupt", "{oops".to_string()),
        (
            "newer",
            encode(&QUIZ, &session_with(3), 5.0).replace(r#""version":4"#, r#""version":5"#),
        ),
    ] {
        let shelf = Shelf {
            refuse_new_keys: true,
            ..Shelf::holding(KEY, &raw)
        };
        let (loaded, mut synced) = open(engine(), &shelf, KEY, 77.0);
        assert_eq!(loaded.set_aside, Some(kind));
        assert_eq!(shelf.get(&format!("opsfit:{kind}:77")), None, "no room");
        // Not "set aside": the person is told it stays where it was.
        assert_eq!(loaded.notice, Some(LoadNotice::NotSetAside), "{kind}");
        let said = loaded.notice.as_ref().unwrap().message(&UI);
        for untrue in [LoadNotice::Corrupt, LoadNotice::Newer(5)] {
            assert_ne!(said, untrue.message(&UI), "{kind}");
        }
        assert!(!said.contains("set aside"), "{kind}: {said}");
        assert_eq!(
            save(&mut synced, &shelf, KEY, &session_with(1), 80.0),
            Save::Skip,
            "{kind}"
        );
        assert_eq!(shelf.get(KEY), Some(raw.clone()), "{kind}: still there");
        assert_eq!(synced.unkept(), Some(Unkept::NewAnswers), "{kind}");
    }
}

#[test]
fn full_storage_offers_the_saved_record_and_keeps_no_new_answers() {
    let raw = encode(&QUIZ, &session_with(2), 5.0);
    let shelf = Shelf {
        refuse_writes: true,
        ..Shelf::holding(KEY, &raw)
    };
    let (loaded, mut synced) = open(engine(), &shelf, KEY, 77.0);
    assert_eq!(
        loaded.session,
        session_with(2),
        "the saved progress is offered"
    );
    assert_eq!(synced.unkept(), Some(Unkept::NewAnswers));
    assert_eq!(
        save(&mut synced, &shelf, KEY, &session_with(3), 80.0),
        Save::Skip
    );
    assert_eq!(shelf.get(KEY), Some(raw));
}

#[test]
fn storage_full_from_the_first_visit_has_no_saved_progress_to_speak_of() {
    let shelf = Shelf {
        refuse_writes: true,
        ..Shelf::default()
    };
    let (loaded, mut synced) = open(engine(), &shelf, KEY, 77.0);
    assert_eq!(loaded.session, Session::new(engine()));
    assert_eq!(synced.unkept(), Some(Unkept::Everything));
    assert_eq!(
        save(&mut synced, &shelf, KEY, &session_with(3), 80.0),
        Save::Skip
    );
    assert_eq!(synced.unkept(), Some(Unkept::Everything));
    assert_eq!(shelf.get(KEY), None);
}

#[test]
fn what_another_tab_does_to_storage() {
    let ours = encode(&QUIZ, &session_with(1), 100.0);
    let later = encode(&QUIZ, &session_with(3), 200.0);
    let newer_release = later.replace(r#""version":4"#, r#""version":5"#);
    // (what happens, key, new value, adopted answers)
    type Case<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<usize>);
    let cases: &[Case] = &[
        ("another key", Some("opsfit:other"), Some(&later), None),
        ("storage cleared", None, None, None),
        ("our record removed", Some(KEY), None, None),
        ("our own save echoed", Some(KEY), Some(&ours), None),
        ("a newer save", Some(KEY), Some(&later), Some(3)),
        (
            "a newer release's record",
            Some(KEY),
            Some(&newer_release),
            None,
        ),
        ("unreadable text", Some(KEY), Some("{oops"), None),
    ];
    for &(what, key, value, adopted) in cases {
        let shelf = Shelf::holding(KEY, &ours);
        let (_, mut synced) = open(engine(), &shelf, KEY, 150.0);
        let got = synced.heard(engine(), KEY, key, value);
        assert_eq!(got.map(|s| s.progress.n_answered()), adopted, "{what}");
    }
    // After a removal, this tab's next change is written again.
    let shelf = Shelf::holding(KEY, &ours);
    let (_, mut synced) = open(engine(), &shelf, KEY, 150.0);
    shelf.remove(KEY);
    synced.heard(engine(), KEY, Some(KEY), None);
    assert!(matches!(
        save(&mut synced, &shelf, KEY, &session_with(2), 300.0),
        Save::Write(_)
    ));
    assert!(shelf.get(KEY).is_some());
}
