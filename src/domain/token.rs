//! Share and resume tokens: answers packed into a short, URL-safe string.
//!
//! Layout, before base64url (no padding):
//!
//! ```text
//! byte 0      kind and version: 1 = result v1, 2 = progress v1,
//!             3 = result v2, 4 = progress v2 (5 = result v3, below)
//! bytes 1-2   content fingerprint (FNV-1a of every question and option id)
//! byte 3      number of questions n
//! next ⌈n/2⌉  one nibble per question: 0 unanswered, k = option k-1 (1-14),
//!             15 skipped (v2 only)
//! progress    one more byte: the question on screen
//! last 2      checksum (FNV-1a of all bytes before it)
//! ```
//!
//! Every version, present and future, ends with that checksum: it is
//! checked before the version byte, so a changed character reads as a
//! damaged code and not as one from a newer app.
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
//!
//! A result link made from now on holds the result's figures, not the
//! answers (version 3), so it opens as it was shared whatever the content
//! says later, and the sharer's answers are not in it:
//!
//! ```text
//! byte 0      5 = result v3
//! byte 1      outcome: 0 or 1 a pole, 2 balanced
//! byte 2      percent of pole 0, 0..=100 (pole 1 has the rest)
//! byte 3      changed answers that would move the outcome; 0 = none could
//! byte 4      scored questions answered
//! byte 5      scored questions in the quiz, 1..=255, at least byte 4
//! byte 6      m, the measured dimensions
//! m × 3       dimension key (16 bits, `figures::dimension_key`), score 0..=100,
//!             keys strictly increasing
//! last 2      checksum
//! ```
//!
//! Every field has one valid spelling (keys in order, no key twice, a pole
//! outcome on its side of 50), so each result has one token. Result links
//! of versions 1 and 2 are read against the item bank they were made with
//! (`released.rs`), never against today's content.

use data_encoding::{DecodeKind, BASE64URL_NOPAD};

use super::content::{Quiz, Verdict, MAX_OPTIONS, MAX_QUESTIONS};
use super::engine::Engine;
use super::figures::Figures;
use super::released;

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
    /// A resume code opened as a result link: it is an unfinished attempt.
    NotAResult,
    /// A result link given where answers are needed (an import): it holds
    /// the result's figures only.
    NoAnswers,
}

const RESULT_V1: u8 = 1;
const PROGRESS_V1: u8 = 2;
const RESULT_V2: u8 = 3;
const PROGRESS_V2: u8 = 4;
const RESULT_V3: u8 = 5;

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

/// Answers and skips from a resume code or an answer-holding result link
/// made with this quiz.
pub fn decode(quiz: &Quiz, token: &str) -> Result<Decoded, TokenError> {
    let body = checked(token)?;
    if body[0] == RESULT_V3 {
        return Err(TokenError::NoAnswers);
    }
    decode_answers(quiz, fingerprint(quiz), &body)
}

/// The base64url text to bytes, with the checksum checked and removed.
fn checked(token: &str) -> Result<Vec<u8>, TokenError> {
    let token = token.trim();
    if token.is_empty() {
        return Err(TokenError::Empty);
    }
    let mut bytes = unbase64url(token)?;
    if bytes.len() < 6 {
        return Err(TokenError::TooShort);
    }
    // The checksum first: every version ends with it, so a code whose first
    // character was changed reads as damaged, and only an intact code with a
    // later version byte as one from a newer app.
    let (body, sum) = bytes.split_at(bytes.len() - 2);
    if (fnv(body) as u16).to_be_bytes() != [sum[0], sum[1]] {
        return Err(TokenError::Damaged);
    }
    match bytes[0] {
        RESULT_V1..=RESULT_V3 => {}
        v if v > RESULT_V3 => return Err(TokenError::UnknownVersion(v)),
        _ => return Err(TokenError::Damaged),
    }
    bytes.truncate(bytes.len() - 2);
    Ok(bytes)
}

/// Opens a result link: the figures it was shared with. A version 3 link
/// holds them; an older one holds answers, scored with the released item
/// bank its fingerprint names. A resume code is refused: it is not a result.
pub fn open_result(token: &str) -> Result<Figures, TokenError> {
    let body = checked(token)?;
    match body[0] {
        RESULT_V3 => decode_figures(&body),
        PROGRESS_V1 | PROGRESS_V2 => Err(TokenError::NotAResult),
        _ => {
            let (bank, quiz) = released::quiz_of(u16::from_be_bytes([body[1], body[2]]))
                .ok_or(TokenError::OtherContent)?;
            let decoded = decode_answers(quiz, bank.fingerprint, &body)?;
            Ok(Figures::of(&Engine::new(quiz), &decoded.answers, &decoded.skipped).0)
        }
    }
}

/// A result link: the figures, and nothing of the answers.
pub fn encode_result(figures: &Figures) -> String {
    let mut bytes = vec![
        RESULT_V3,
        figures.verdict.index() as u8,
        figures.percent[0].min(100),
        figures.changes_needed.unwrap_or(0),
        figures.answered,
        figures.questions,
        figures.dimensions.len().min(255) as u8,
    ];
    for &(key, score) in figures.dimensions.iter().take(255) {
        bytes.extend_from_slice(&key.to_be_bytes());
        bytes.push(score.min(100));
    }
    let sum = fnv(&bytes) as u16;
    bytes.extend_from_slice(&sum.to_be_bytes());
    BASE64URL_NOPAD.encode(&bytes)
}

fn decode_figures(body: &[u8]) -> Result<Figures, TokenError> {
    if body.len() < 7 {
        return Err(TokenError::TooShort);
    }
    let m = body[6] as usize;
    if body.len() != 7 + 3 * m {
        return Err(TokenError::Damaged);
    }
    let verdict = match body[1] {
        0 => Verdict::Pole(0),
        1 => Verdict::Pole(1),
        2 => Verdict::Balanced,
        _ => return Err(TokenError::Damaged),
    };
    let p0 = body[2];
    let (answered, questions) = (body[4], body[5]);
    let sided = match verdict {
        Verdict::Pole(0) => p0 >= 50,
        Verdict::Pole(_) => p0 <= 50,
        Verdict::Balanced => true,
    };
    if p0 > 100 || !sided || questions == 0 || answered > questions {
        return Err(TokenError::Damaged);
    }
    let mut dimensions: Vec<(u16, u8)> = Vec::with_capacity(m);
    for entry in body[7..].chunks(3) {
        let key = u16::from_be_bytes([entry[0], entry[1]]);
        if entry[2] > 100 || dimensions.last().is_some_and(|last| last.0 >= key) {
            return Err(TokenError::Damaged);
        }
        dimensions.push((key, entry[2]));
    }
    Ok(Figures {
        verdict,
        percent: [p0, 100 - p0],
        changes_needed: (body[3] > 0).then_some(body[3]),
        answered,
        questions,
        dimensions,
    })
}

/// Answers from a version 1 or 2 body (checksum removed) of a quiz whose
/// fingerprint is given.
fn decode_answers(quiz: &Quiz, fingerprint: u16, body: &[u8]) -> Result<Decoded, TokenError> {
    let (kind, skips) = match body[0] {
        RESULT_V1 => (TokenKind::Result, false),
        PROGRESS_V1 => (TokenKind::Progress, false),
        RESULT_V2 => (TokenKind::Result, true),
        PROGRESS_V2 => (TokenKind::Progress, true),
        v => return Err(TokenError::UnknownVersion(v)),
    };
    if body.len() < 4 {
        return Err(TokenError::TooShort);
    }
    if u16::from_be_bytes([body[1], body[2]]) != fingerprint {
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
/// token has exactly one spelling; those stray bits, like a length no token
/// has, mean a damaged code (a character changed or lost).
fn unbase64url(text: &str) -> Result<Vec<u8>, TokenError> {
    BASE64URL_NOPAD
        .decode(text.as_bytes())
        .map_err(|e| match e.kind {
            DecodeKind::Trailing | DecodeKind::Length => TokenError::Damaged,
            _ => TokenError::NotBase64,
        })
}
