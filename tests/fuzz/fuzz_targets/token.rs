//! Share and resume tokens: they arrive in links and pasted text, typed or
//! mangled by anyone. No input may panic; an accepted token must describe a
//! state the quiz can hold, and must be exactly its own encoding (the result
//! page re-encodes the answers it shows, and a link has one spelling).
//! The same text is also opened as a result link: a figures link (version
//! 3) must be exactly its own encoding, and any opened link must hold
//! figures a page can show.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::shipped::QUIZ;
use opsfit::domain::token::{self, TokenKind};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(figures) = token::open_result(text) {
        assert_eq!(figures.percent[0] as u16 + figures.percent[1] as u16, 100);
        assert!(figures.answered <= figures.questions && figures.questions > 0);
        assert!(figures.dimensions.iter().all(|d| d.1 <= 100));
        assert!(figures.dimensions.windows(2).all(|w| w[0].0 < w[1].0));
        let again = token::encode_result(&figures);
        // Byte 0 is 5 only in a figures link, and only then does its
        // base64url start with "B": one spelling, and it opens as it was.
        if text.trim().starts_with('B') {
            assert_eq!(again, text.trim());
        }
        assert_eq!(token::open_result(&again), Ok(figures));
    }
    let Ok(decoded) = token::decode(&QUIZ, text) else {
        return;
    };
    let n = QUIZ.questions.len();
    assert_eq!(decoded.answers.len(), n);
    assert_eq!(decoded.skipped.len(), n);
    for (answer, skipped) in decoded.answers.iter().zip(&decoded.skipped) {
        assert!(!(*skipped && answer.is_some()), "a skipped question has no answer");
    }
    for (question, answer) in QUIZ.questions.iter().zip(&decoded.answers) {
        if let Some(o) = answer {
            assert!((*o as usize) < question.options.len());
        }
    }
    assert!(decoded.cursor < n);
    if decoded.kind == TokenKind::Result {
        assert_eq!(decoded.cursor, 0);
    }

    let again = token::encode(
        &QUIZ,
        decoded.kind,
        &decoded.answers,
        &decoded.skipped,
        decoded.cursor,
    );
    assert!(again
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    // Each token has one spelling: whatever was accepted is exactly what
    // the app would have written for it.
    assert_eq!(again, text.trim());
    assert_eq!(token::decode(&QUIZ, &again), Ok(decoded));
});
