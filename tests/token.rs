//! Share and resume tokens: round trips, and every bad input refused with a
//! reason, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::shipped::QUIZ_EN;
use opsfit::domain::token::{decode, encode, TokenError, TokenKind};
use proptest::prelude::*;

fn some_answers() -> Vec<Option<u8>> {
    QUIZ_EN
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| (q % 3 != 2).then(|| (q % question.options.len()) as u8))
        .collect()
}

fn check_rejects(token: &str, expected: TokenError) {
    assert_eq!(decode(&QUIZ_EN, token), Err(expected), "{token:?}");
}

#[test]
fn a_result_token_round_trips() {
    let answers = some_answers();
    let token = encode(&QUIZ_EN, TokenKind::Result, &answers, 0);
    assert!(token
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let back = decode(&QUIZ_EN, &token).unwrap();
    assert_eq!(back.kind, TokenKind::Result);
    assert_eq!(back.answers, answers);
}

#[test]
fn a_progress_token_keeps_the_question_on_screen() {
    let answers = some_answers();
    let cursor = QUIZ_EN.questions.len() - 1;
    let back = decode(
        &QUIZ_EN,
        &encode(&QUIZ_EN, TokenKind::Progress, &answers, cursor),
    )
    .unwrap();
    assert_eq!(back.kind, TokenKind::Progress);
    assert_eq!((back.answers, back.cursor), (answers, cursor));
}

#[test]
fn bad_tokens_are_refused_with_a_reason() {
    let good = encode(&QUIZ_EN, TokenKind::Result, &some_answers(), 0);
    let mut flipped = good.clone().into_bytes();
    let mid = flipped.len() / 2;
    flipped[mid] = if flipped[mid] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    check_rejects("", TokenError::Empty);
    check_rejects("   ", TokenError::Empty);
    check_rejects("abc$def", TokenError::NotBase64);
    check_rejects("AQID", TokenError::TooShort);
    check_rejects(&good[..good.len() - 3], TokenError::Damaged);
    check_rejects(&flipped, TokenError::Damaged);
    check_rejects("CQAAAAAAAA", TokenError::UnknownVersion(9));
    assert_eq!(
        TokenError::OtherContent.to_string(),
        "the code was made with a different version of the quiz"
    );
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(text in ".*") {
        let _ = decode(&QUIZ_EN, &text);
    }

    #[test]
    fn decoding_any_base64url_never_panics(text in "[A-Za-z0-9_-]{0,40}") {
        let _ = decode(&QUIZ_EN, &text);
    }

    #[test]
    fn any_answers_round_trip(
        picks in proptest::collection::vec(proptest::option::of(0u8..5), QUIZ_EN.questions.len()),
        cursor in 0..QUIZ_EN.questions.len(),
    ) {
        let answers: Vec<Option<u8>> = picks
            .iter()
            .zip(QUIZ_EN.questions.iter())
            .map(|(a, q)| a.filter(|&o| (o as usize) < q.options.len()))
            .collect();
        let back = decode(&QUIZ_EN, &encode(&QUIZ_EN, TokenKind::Progress, &answers, cursor)).unwrap();
        prop_assert_eq!(back.answers, answers);
        prop_assert_eq!(back.cursor, cursor);
    }
}
