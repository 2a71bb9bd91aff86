//! The stored record, read at start-up and from other tabs' storage events.
//! Storage may hold anything (another version, a hand edit, a broken write),
//! so no input may panic; and whatever is accepted must read back unchanged
//! once saved again, or every reload would quietly change someone's progress.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::record::{self, LoadNotice, Rejected};
use opsfit::domain::session::Session;
use opsfit::domain::shipped::{engine, QUIZ};

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    let decoded = record::decode(engine(), raw);
    let loaded = record::load(engine(), Some(raw));
    // `load` is what the app calls; it must agree with `decode` on every
    // input, and a refused record must be set aside, never written over.
    match &decoded {
        Ok(r) => {
            assert_eq!(loaded.session, r.session);
            assert_eq!(loaded.saved_at, r.saved_at);
            assert_eq!(
                loaded.notice,
                (r.dropped > 0).then_some(LoadNotice::Dropped(r.dropped))
            );
            assert_eq!(loaded.set_aside, None);

            let saved = record::encode(&QUIZ, &r.session, r.saved_at);
            let again = record::decode(engine(), &saved)
                .unwrap_or_else(|e| panic!("a re-saved record is refused: {e:?}\n{saved}"));
            assert_eq!(again.session, r.session, "{saved}");
            assert_eq!(again.saved_at, r.saved_at, "{saved}");
            assert_eq!(again.dropped, 0, "{saved}");
            assert_eq!(
                record::encode(&QUIZ, &again.session, again.saved_at),
                saved
            );
        }
        Err(rejected) => {
            assert_eq!(loaded.session, Session::new(engine()));
            let (notice, aside) = match rejected {
                Rejected::Newer(v) => (LoadNotice::Newer(*v), "newer"),
                Rejected::Corrupt(_) | Rejected::OtherQuiz(_) => (LoadNotice::Corrupt, "corrupt"),
            };
            assert_eq!(loaded.notice, Some(notice));
            assert_eq!(loaded.set_aside, Some(aside));
        }
    }
});
