//! Share and resume tokens: round trips, and every bad input refused with a
//! reason.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::shipped::{QUIZ, UI};
use opsfit::domain::token::{decode, encode, fingerprint, TokenError, TokenKind};
use proptest::prelude::*;

fn some_answers() -> Vec<Option<u8>> {
    QUIZ.questions
        .iter()
        .enumerate()
        .map(|(q, question)| (q % 3 != 2).then(|| (q % question.options.len()) as u8))
        .collect()
}

fn check_rejects(token: &str, expected: TokenError) {
    assert_eq!(decode(&QUIZ, token), Err(expected), "{token:?}");
}

#[test]
fn a_result_token_round_trips() {
    let answers = some_answers();
    let token = encode(&QUIZ, TokenKind::Result, &answers, &[], 0);
    assert!(token
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let back = decode(&QUIZ, &token).unwrap();
    assert_eq!(back.kind, TokenKind::Result);
    assert_eq!(back.answers, answers);
}

#[test]
fn a_progress_token_keeps_the_question_on_screen() {
    let answers = some_answers();
    let cursor = QUIZ.questions.len() - 1;
    let back = decode(
        &QUIZ,
        &encode(&QUIZ, TokenKind::Progress, &answers, &[], cursor),
    )
    .unwrap();
    assert_eq!(back.kind, TokenKind::Progress);
    assert_eq!((back.answers, back.cursor), (answers, cursor));
}

#[test]
fn bad_tokens_are_refused_with_a_reason() {
    let good = encode(&QUIZ, TokenKind::Result, &some_answers(), &[], 0);
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
    // An intact code with a later version byte comes from a newer app; the
    // same byte with a checksum that does not hold, or any other, is damage.
    check_rejects(
        &base64url(&with_checksum(vec![9, 0, 0, 0, 0])),
        TokenError::UnknownVersion(9),
    );
    check_rejects("CQAAAAAAAA", TokenError::Damaged);
    check_rejects(
        &base64url(&with_checksum(vec![0, 0, 0, 0, 0])),
        TokenError::Damaged,
    );
    check_rejects(&good.to_lowercase(), TokenError::Damaged);
    let mut first_changed = good.clone();
    first_changed.replace_range(..1, if good.starts_with('_') { "C" } else { "_" });
    check_rejects(&first_changed, TokenError::Damaged);
    // A code with characters lost at its end.
    check_rejects(&good[..good.len() - 1], TokenError::Damaged);
    check_rejects(&good[..good.len() - 2], TokenError::Damaged);
}

#[test]
fn every_refusal_has_its_own_words() {
    let errors = [
        TokenError::Empty,
        TokenError::NotBase64,
        TokenError::TooShort,
        TokenError::UnknownVersion(9),
        TokenError::Damaged,
        TokenError::OtherContent,
        TokenError::BadAnswer,
    ];
    let words: Vec<&str> = errors.iter().map(|e| e.message(&UI)).collect();
    for (i, w) in words.iter().enumerate() {
        assert!(!w.trim().is_empty(), "{:?} has no words", errors[i]);
        assert!(
            !words[..i].contains(w),
            "{:?} says what another refusal says",
            errors[i]
        );
    }
}

/// The token's checksum, as the format defines it (FNV-1a, low 16 bits, big
/// endian), so that a test can write a token the app would not.
fn with_checksum(mut bytes: Vec<u8>) -> Vec<u8> {
    let h = bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    });
    bytes.extend_from_slice(&(h as u16).to_be_bytes());
    bytes
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let bits: Vec<bool> = bytes
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
        .collect();
    bits.chunks(6)
        .map(|c| {
            let v = (0..6).fold(0, |v, i| v << 1 | usize::from(*c.get(i).unwrap_or(&false)));
            ALPHABET[v] as char
        })
        .collect()
}

#[test]
fn a_token_has_exactly_one_spelling() {
    let answers = some_answers();
    for kind in [TokenKind::Result, TokenKind::Progress] {
        let good = encode(&QUIZ, kind, &answers, &[], 0);
        assert_eq!(
            base64url(&unbase64(&good)),
            good,
            "the test's encoder agrees"
        );
        // The last character of a short final group carries bits no byte
        // uses: setting one gives the same bytes, spelled another way.
        if !good.len().is_multiple_of(4) {
            let mut other = good.clone().into_bytes();
            let last = other.len() - 1;
            // Flip the lowest bit of the character's value, not of its
            // ASCII code: 'L' (11) and 'M' (12) differ in data bits too.
            let value = ALPHABET.iter().position(|&c| c == other[last]).unwrap();
            other[last] = ALPHABET[value ^ 1];
            let other = String::from_utf8(other).unwrap();
            assert_eq!(unbase64(&other), unbase64(&good), "{other}");
            check_rejects(&other, TokenError::Damaged);
        }
    }
    // With an odd number of questions, the last half byte of the answers is
    // unused: a token with it set, and a valid checksum, is not one the app
    // writes.
    assert_eq!(
        QUIZ.questions.len() % 2,
        1,
        "the shipped quiz has an odd count"
    );
    let mut bytes = unbase64(&encode(&QUIZ, TokenKind::Result, &answers, &[], 0));
    bytes.truncate(bytes.len() - 2);
    let last = bytes.len() - 1;
    bytes[last] |= 0x01;
    check_rejects(&base64url(&with_checksum(bytes)), TokenError::Damaged);
}

/// Every third question skipped, the others as in `some_answers`.
fn some_skips() -> (Vec<Option<u8>>, Vec<bool>) {
    let answers = some_answers();
    let skipped = answers.iter().map(Option::is_none).collect();
    (answers, skipped)
}

#[test]
fn skips_round_trip_in_both_kinds() {
    let (answers, skipped) = some_skips();
    for (kind, cursor) in [(TokenKind::Result, 0), (TokenKind::Progress, 4)] {
        let back = decode(&QUIZ, &encode(&QUIZ, kind, &answers, &skipped, cursor)).unwrap();
        assert_eq!(back.kind, kind);
        assert_eq!(back.answers, answers);
        assert_eq!(back.skipped, skipped);
        assert_eq!(back.cursor, cursor);
    }
}

#[test]
fn a_token_without_skips_is_the_one_older_versions_wrote() {
    let answers = some_answers();
    let none_skipped = vec![false; answers.len()];
    let token = encode(&QUIZ, TokenKind::Result, &answers, &none_skipped, 0);
    assert_eq!(token, encode(&QUIZ, TokenKind::Result, &answers, &[], 0));
    assert_eq!(unbase64(&token)[0], 1, "version 1 result");
    // A token the first release wrote, byte by byte from the format.
    let n = QUIZ.questions.len();
    let mut bytes = vec![2];
    bytes.extend_from_slice(&fingerprint(&QUIZ).to_be_bytes());
    bytes.push(n as u8);
    bytes.push(0x21); // question 1: option 2, question 2: option 1
    bytes.extend(std::iter::repeat_n(0, n.div_ceil(2) - 1));
    bytes.push(1); // the second question on screen
    let old = decode(&QUIZ, &base64url(&with_checksum(bytes))).unwrap();
    assert_eq!(old.kind, TokenKind::Progress);
    assert_eq!(&old.answers[..3], &[Some(1), Some(0), None]);
    assert!(old.skipped.iter().all(|s| !s));
    assert_eq!(old.cursor, 1);
}

#[test]
fn a_token_with_skips_has_a_new_version_and_one_spelling() {
    let (answers, skipped) = some_skips();
    let token = encode(&QUIZ, TokenKind::Result, &answers, &skipped, 0);
    let bytes = unbase64(&token);
    assert_eq!(bytes[0], 3, "version 2 result");
    // A skip flag on an answered question changes nothing.
    let all = vec![true; answers.len()];
    assert_eq!(encode(&QUIZ, TokenKind::Result, &answers, &all, 0), token);
    // Version 2 without a skip would spell a version 1 token another way.
    let mut body = unbase64(&encode(&QUIZ, TokenKind::Result, &answers, &[], 0));
    body.truncate(body.len() - 2);
    body[0] = 3;
    check_rejects(
        &base64url(&with_checksum(body.clone())),
        TokenError::Damaged,
    );
    // In version 1, the skip nibble is no answer at all.
    body[0] = 1;
    body[4] |= 0xf0;
    check_rejects(&base64url(&with_checksum(body)), TokenError::BadAnswer);
}

/// Decodes base64url without checks, to look inside a token.
fn unbase64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        _ => 63,
    };
    let bits: Vec<bool> = text
        .bytes()
        .flat_map(|c| (0..6).rev().map(move |i| value(c) >> i & 1 == 1))
        .collect();
    bits.chunks_exact(8)
        .map(|c| c.iter().fold(0u8, |b, &bit| b << 1 | u8::from(bit)))
        .collect()
}

proptest! {
    // (That no text makes the decoder panic is the token fuzz target's job:
    // random text here fails at its first byte.)

    /// A link cut short when copied is refused, never read as other answers.
    #[test]
    fn a_token_cut_short_is_refused(
        picks in proptest::collection::vec(proptest::option::of(0u8..5), QUIZ.questions.len()),
        cursor in 0..QUIZ.questions.len(),
        progress in any::<bool>(),
    ) {
        let answers: Vec<Option<u8>> = picks
            .iter()
            .zip(QUIZ.questions.iter())
            .map(|(a, q)| a.filter(|&o| (o as usize) < q.options.len()))
            .collect();
        let kind = if progress { TokenKind::Progress } else { TokenKind::Result };
        let token = encode(&QUIZ, kind, &answers, &[], cursor);
        for end in 0..token.len() {
            prop_assert!(decode(&QUIZ, &token[..end]).is_err(), "{}", &token[..end]);
        }
    }

    #[test]
    fn any_answers_and_skips_round_trip(
        picks in proptest::collection::vec(proptest::option::of(0u8..5), QUIZ.questions.len()),
        skips in proptest::collection::vec(any::<bool>(), QUIZ.questions.len()),
        cursor in 0..QUIZ.questions.len(),
    ) {
        let answers: Vec<Option<u8>> = picks
            .iter()
            .zip(QUIZ.questions.iter())
            .map(|(a, q)| a.filter(|&o| (o as usize) < q.options.len()))
            .collect();
        let skipped: Vec<bool> = skips.iter().zip(&answers).map(|(s, a)| *s && a.is_none()).collect();
        let token = encode(&QUIZ, TokenKind::Progress, &answers, &skips, cursor);
        let back = decode(&QUIZ, &token).unwrap();
        prop_assert_eq!(back.answers, answers);
        prop_assert_eq!(back.skipped, skipped);
        prop_assert_eq!(back.cursor, cursor);
    }
}
