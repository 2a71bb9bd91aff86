//! Share and resume tokens: answers packed into a short, URL-safe string.
//!
//! Layout, before base64url (no padding):
//!
//! ```text
//! byte 0      kind and version: 1 = result v1, 2 = progress v1,
//!             3 = result v2, 4 = progress v2
//! bytes 1-2   content fingerprint (FNV-1a of every question and option id)
//! byte 3      number of questions n
//! next ⌈n/2⌉  one nibble per question: 0 unanswered, k = option k-1 (1-14),
//!             15 skipped (v2 only)
//! progress    one more byte: the question on screen
//! last 2      checksum (FNV-1a of all bytes before it)
//! ```
//!
//! Version 2 is written only when a question is skipped, and a version 2
//! token without a skip is refused, so each token still has one spelling
//! and every token without skips is the one older versions of the app wrote
//! and read. An older app reads a token with skips as "from a newer
//! version" rather than as answers it does not have.
//!
//! The fingerprint ties a token to the content it was made with, so a token
//! from another version of the quiz is refused with a clear reason rather
//! than silently read as different answers.

use data_encoding::{DecodeKind, BASE64URL_NOPAD};

use super::content::{Quiz, MAX_OPTIONS, MAX_QUESTIONS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A finished result, for a share link.
    Result,
    /// Progress to carry to another device.
    Progress,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub kind: TokenKind,
    pub answers: Vec<Option<u8>>,
    /// One flag per question: skipped, and so unanswered.
    pub skipped: Vec<bool>,
    /// The question on screen (progress tokens); 0 for results.
    pub cursor: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
    Empty,
    NotBase64,
    TooShort,
    UnknownVersion(u8),
    Damaged,
    OtherContent,
    BadAnswer,
}

const RESULT_V1: u8 = 1;
const PROGRESS_V1: u8 = 2;
const RESULT_V2: u8 = 3;
const PROGRESS_V2: u8 = 4;

const SKIPPED: u8 = 15;

/// Packs answers and skips; a question with a valid answer is answered,
/// whatever `skipped` says of it.
pub fn encode(
    quiz: &Quiz,
    kind: TokenKind,
    answers: &[Option<u8>],
    skipped: &[bool],
    cursor: usize,
) -> String {
    // The build refuses a quiz with more questions than a token counts.
    let n = quiz.questions.len().min(MAX_QUESTIONS);
    let nibble = |q: usize| match answers.get(q).copied().flatten() {
        Some(o) if (o as usize) < quiz.questions[q].options.len() && (o as usize) < MAX_OPTIONS => {
            o + 1
        }
        _ if skipped.get(q).copied().unwrap_or(false) => SKIPPED,
        _ => 0,
    };
    let any_skipped = (0..n).any(|q| nibble(q) == SKIPPED);
    let mut bytes = vec![match (kind, any_skipped) {
        (TokenKind::Result, false) => RESULT_V1,
        (TokenKind::Progress, false) => PROGRESS_V1,
        (TokenKind::Result, true) => RESULT_V2,
        (TokenKind::Progress, true) => PROGRESS_V2,
    }];
    bytes.extend_from_slice(&fingerprint(quiz).to_be_bytes());
    bytes.push(n as u8);
    for pair in (0..n).collect::<Vec<_>>().chunks(2) {
        let hi = nibble(pair[0]);
        let lo = pair.get(1).map_or(0, |&q| nibble(q));
        bytes.push(hi << 4 | lo);
    }
    if kind == TokenKind::Progress {
        bytes.push(cursor.min(n.saturating_sub(1)) as u8);
    }
    let sum = fnv(&bytes) as u16;
    bytes.extend_from_slice(&sum.to_be_bytes());
    BASE64URL_NOPAD.encode(&bytes)
}

pub fn decode(quiz: &Quiz, token: &str) -> Result<Decoded, TokenError> {
    let token = token.trim();
    if token.is_empty() {
        return Err(TokenError::Empty);
    }
    let bytes = unbase64url(token)?;
    if bytes.len() < 6 {
        return Err(TokenError::TooShort);
    }
    let (kind, skips) = match bytes[0] {
        RESULT_V1 => (TokenKind::Result, false),
        PROGRESS_V1 => (TokenKind::Progress, false),
        RESULT_V2 => (TokenKind::Result, true),
        PROGRESS_V2 => (TokenKind::Progress, true),
        v => return Err(TokenError::UnknownVersion(v)),
    };
    let (body, sum) = bytes.split_at(bytes.len() - 2);
    if (fnv(body) as u16).to_be_bytes() != [sum[0], sum[1]] {
        return Err(TokenError::Damaged);
    }
    if u16::from_be_bytes([body[1], body[2]]) != fingerprint(quiz) {
        return Err(TokenError::OtherContent);
    }
    let n = body[3] as usize;
    if n != quiz.questions.len() {
        return Err(TokenError::OtherContent);
    }
    let packed = n.div_ceil(2);
    let extra = usize::from(kind == TokenKind::Progress);
    if body.len() != 4 + packed + extra {
        return Err(TokenError::Damaged);
    }
    // An odd count leaves the last half byte unused, and zero, as above.
    if n % 2 == 1 && body[4 + n / 2] & 0x0f != 0 {
        return Err(TokenError::Damaged);
    }
    let mut answers = Vec::with_capacity(n);
    let mut skipped = Vec::with_capacity(n);
    for q in 0..n {
        let byte = body[4 + q / 2];
        let nibble = if q % 2 == 0 { byte >> 4 } else { byte & 0x0f };
        skipped.push(nibble == SKIPPED && skips);
        answers.push(match nibble {
            0 => None,
            SKIPPED if skips => None,
            k if k < SKIPPED && ((k - 1) as usize) < quiz.questions[q].options.len() => Some(k - 1),
            _ => return Err(TokenError::BadAnswer),
        });
    }
    // A version 2 token without a skip would be a second spelling of a
    // version 1 token.
    if skips && !skipped.contains(&true) {
        return Err(TokenError::Damaged);
    }
    let cursor = if extra == 1 {
        (body[4 + packed] as usize).min(n.saturating_sub(1))
    } else {
        0
    };
    Ok(Decoded {
        kind,
        answers,
        skipped,
        cursor,
    })
}

/// Changes whenever a question or option is added, removed, renamed or moved.
pub fn fingerprint(quiz: &Quiz) -> u16 {
    let mut text = String::new();
    for q in quiz.questions.iter() {
        text.push_str(&q.id);
        text.push('(');
        for o in q.options.iter() {
            text.push_str(&o.id);
            text.push(',');
        }
        text.push(')');
    }
    let h = fnv(text.as_bytes());
    (h ^ (h >> 16)) as u16
}

fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

/// The canonical decoder refuses stray bits in the last character, so each
/// token has exactly one spelling; those stray bits mean a damaged code.
fn unbase64url(text: &str) -> Result<Vec<u8>, TokenError> {
    BASE64URL_NOPAD
        .decode(text.as_bytes())
        .map_err(|e| match e.kind {
            DecodeKind::Trailing => TokenError::Damaged,
            _ => TokenError::NotBase64,
        })
}
