//! The location hash: share links put a token in it (`#/r/<token>`), and
//! anyone can edit it. No hash may panic, every route must print to a hash
//! that reads back as itself (the app rewrites the hash from the route), and
//! a shared token goes on to the token decoder exactly as the app passes it.
//! A section of a long page (`#/learn/sre/tools`) reads back as itself, and
//! is only ever a content id, which the app puts into an element id.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::route::{Place, Route};
use opsfit::domain::shipped::QUIZ;
use opsfit::domain::token;

fuzz_target!(|data: &[u8]| {
    let Ok(hash) = std::str::from_utf8(data) else {
        return;
    };
    let route = Route::parse(hash);
    assert_eq!(Route::parse(&route.hash()), route, "{hash:?}");
    let place = Place::parse(hash);
    assert_eq!(place.route, route, "{hash:?}");
    if let Some(s) = &place.section {
        assert!(
            s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{s:?}"
        );
        assert_eq!(
            Place::parse(&Place::section_of(&route, s)),
            place,
            "{hash:?}"
        );
    }
    if let Route::Shared(t) = &route {
        assert!(!t.is_empty() && !t.contains(['?', '#']), "{t:?}");
        if let Ok(decoded) = token::decode(&QUIZ, t) {
            assert_eq!(decoded.answers.len(), QUIZ.questions.len());
        }
    }
});
