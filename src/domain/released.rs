//! The scoring of every item bank whose result links held answers rather
//! than figures, so those links open with the figures they were shared with
//! whatever the content says today.
//!
//! Until result links carried their figures (token version 3), a link held
//! one answer per question, read against the content it was made with. The
//! two banks below are the ones released in that form; no later bank needs
//! a place here, because no later result link holds answers. Only scoring is
//! kept: no text, so they cost a few hundred bytes.
//!
//! `scoring` is, per question: its number of options, then per option its
//! number of moves and each move as (dimension index, weight as a byte).

use std::borrow::Cow;
use std::sync::OnceLock;

use super::content::{AnswerOption, Dimension, Move, Outcome, Part, Question, QuestionKind, Quiz};

pub struct Bank {
    /// `token::fingerprint` of the bank's question and option ids.
    pub fingerprint: u16,
    pub threshold: u8,
    pub questions: u8,
    pub dimensions: &'static [&'static str],
    pub outcomes: [&'static str; 3],
    pub profiles: [&'static [u8]; 2],
    pub scoring: &'static [u8],
}

pub static BANKS: [&Bank; 2] = [&BANK_25, &BANK_27];

/// The released bank a result link was made with, by its fingerprint.
pub fn find(fingerprint: u16) -> Option<&'static Bank> {
    BANKS.iter().copied().find(|b| b.fingerprint == fingerprint)
}

/// A released bank as a quiz, built once per page life and kept: a quiz
/// that is never dropped needs no drop code in the wasm.
pub fn quiz_of(fingerprint: u16) -> Option<(&'static Bank, &'static Quiz)> {
    static QUIZZES: [OnceLock<Quiz>; 2] = [OnceLock::new(), OnceLock::new()];
    let i = BANKS.iter().position(|b| b.fingerprint == fingerprint)?;
    Some((BANKS[i], QUIZZES[i].get_or_init(|| BANKS[i].quiz())))
}

impl Bank {
    /// The bank as a quiz the engine can score: ids and text are empty, and
    /// every weight and profile is as released.
    pub fn quiz(&self) -> Quiz {
        let empty = || Cow::Borrowed("");
        let mut at = 0;
        let mut next = || {
            let b = self.scoring.get(at).copied().unwrap_or(0);
            at += 1;
            b
        };
        let questions = (0..self.questions)
            .map(|_| {
                let options = (0..next())
                    .map(|_| AnswerOption {
                        id: empty(),
                        label: empty(),
                        moves: (0..next())
                            .map(|_| Move {
                                dimension: next() as u16,
                                weight: next() as i8,
                            })
                            .collect::<Vec<_>>()
                            .into(),
                    })
                    .collect::<Vec<_>>();
                Question {
                    id: empty(),
                    kind: QuestionKind::Scenario,
                    prompt: empty(),
                    hint: None,
                    traits: Cow::Borrowed(&[]),
                    options: options.into(),
                }
            })
            .collect::<Vec<_>>();
        let outcome = |i: usize| Outcome {
            id: Cow::Borrowed(self.outcomes[i]),
            name: empty(),
            short: empty(),
            summary: empty(),
            profile: Cow::Borrowed(self.profiles.get(i).copied().unwrap_or(&[])),
        };
        Quiz {
            id: empty(),
            title: empty(),
            balanced_threshold: self.threshold,
            traits: Cow::Borrowed(&[]),
            dimensions: self
                .dimensions
                .iter()
                .map(|&id| Dimension {
                    id: Cow::Borrowed(id),
                    label: empty(),
                    description: empty(),
                    // Those banks had no parts; only their scoring is kept.
                    part: Part::Work,
                })
                .collect::<Vec<_>>()
                .into(),
            outcomes: vec![outcome(0), outcome(1), outcome(2)].into(),
            questions: questions.into(),
        }
    }
}

/// The 25-question bank of the first release (c542b02).
pub static BANK_25: Bank = Bank {
    fingerprint: 0x4788,
    threshold: 7,
    questions: 25,
    dimensions: &[
        "reliability",
        "investigation",
        "incident",
        "structure",
        "delivery",
        "collaboration",
        "pace",
        "building",
    ],
    outcomes: ["sre", "devops", "balanced"],
    profiles: [
        &[85, 85, 85, 85, 40, 40, 40, 40],
        &[40, 40, 40, 40, 85, 85, 85, 85],
    ],
    scoring: &[
        5, 2, 4, 2, 0, 252, 2, 4, 1, 0, 254, 0, 2, 4, 255, 0, 2, 2, 4, 254, 0, 4, 4, 2, 1, 2, 0, 1,
        2, 4, 2, 6, 1, 1, 5, 2, 1, 2, 2, 2, 2, 5, 2, 6, 1, 2, 1, 2, 3, 1, 5, 2, 4, 252, 0, 2, 2, 4,
        254, 0, 1, 0, 2, 4, 2, 0, 255, 2, 4, 4, 0, 254, 4, 2, 7, 1, 4, 2, 2, 2, 1, 0, 2, 2, 7, 1,
        5, 1, 2, 1, 1, 0, 1, 5, 1, 2, 252, 1, 2, 254, 0, 1, 2, 2, 1, 2, 4, 2, 2, 7, 2, 4, 1, 2, 1,
        1, 0, 2, 5, 2, 6, 252, 3, 2, 2, 6, 254, 3, 1, 0, 2, 6, 2, 3, 255, 2, 6, 4, 3, 254, 4, 2, 4,
        1, 6, 2, 2, 2, 2, 1, 1, 1, 3, 2, 1, 5, 2, 5, 1, 7, 252, 1, 7, 254, 0, 1, 7, 2, 1, 7, 4, 2,
        2, 2, 1, 0, 2, 2, 4, 2, 6, 1, 5, 2, 1, 252, 6, 2, 2, 1, 254, 6, 1, 0, 2, 1, 2, 6, 255, 2,
        1, 4, 6, 254, 3, 2, 1, 2, 0, 1, 2, 5, 1, 1, 1, 2, 7, 2, 4, 1, 5, 1, 2, 4, 1, 2, 2, 0, 1, 2,
        254, 1, 2, 252, 4, 3, 1, 1, 0, 1, 3, 1, 2, 5, 2, 6, 1, 2, 2, 1, 0, 1, 1, 7, 2, 5, 1, 7, 4,
        1, 7, 2, 0, 1, 7, 254, 1, 7, 252, 2, 2, 1, 1, 3, 2, 2, 5, 2, 6, 1, 4, 2, 4, 2, 6, 1, 2, 1,
        1, 0, 2, 1, 5, 2, 2, 0, 1, 3, 1, 5, 2, 6, 2, 3, 252, 2, 6, 1, 3, 254, 0, 2, 6, 255, 3, 2,
        2, 6, 254, 3, 4, 2, 2, 4, 1, 6, 2, 2, 0, 2, 3, 1, 5, 2, 1, 4, 6, 254, 2, 1, 2, 6, 255, 0,
        2, 1, 254, 6, 1, 2, 1, 252, 6, 2, 3, 2, 1, 2, 0, 1, 2, 7, 1, 0, 1, 2, 5, 1, 4, 2, 5, 1, 5,
        252, 1, 5, 254, 0, 1, 5, 2, 1, 5, 4, 2, 2, 2, 2, 0, 1, 2, 7, 1, 4, 2, 5, 1, 5, 4, 1, 5, 2,
        0, 1, 5, 254, 1, 5, 252,
    ],
};

/// The 27-question bank (0cc1143), the last whose result links held answers.
pub static BANK_27: Bank = Bank {
    fingerprint: 0x7afd,
    threshold: 6,
    questions: 27,
    dimensions: &[
        "reliability",
        "investigation",
        "incident",
        "structure",
        "delivery",
        "collaboration",
        "pace",
    ],
    outcomes: ["sre", "devops", "balanced"],
    profiles: [&[85, 85, 85, 85, 40, 40, 40], &[40, 40, 40, 40, 85, 85, 85]],
    scoring: &[
        5, 1, 0, 252, 1, 0, 254, 0, 1, 0, 2, 1, 0, 4, 4, 1, 2, 2, 1, 5, 2, 1, 1, 2, 1, 4, 2, 5, 1,
        4, 252, 1, 4, 254, 0, 1, 4, 2, 1, 4, 4, 2, 1, 4, 2, 1, 0, 2, 5, 1, 1, 252, 1, 1, 254, 0, 1,
        1, 2, 1, 1, 4, 5, 1, 6, 252, 1, 6, 254, 0, 1, 6, 2, 1, 6, 4, 4, 2, 2, 1, 0, 1, 1, 4, 2, 2,
        1, 1, 0, 1, 2, 5, 1, 4, 1, 5, 1, 2, 252, 1, 2, 254, 0, 1, 2, 2, 1, 2, 4, 2, 1, 4, 2, 1, 0,
        2, 5, 1, 5, 252, 1, 5, 254, 0, 1, 5, 2, 1, 5, 4, 5, 1, 3, 252, 1, 3, 254, 0, 1, 3, 2, 1, 3,
        4, 4, 1, 4, 2, 1, 1, 2, 1, 5, 2, 2, 0, 1, 3, 1, 5, 1, 3, 4, 1, 3, 2, 0, 1, 3, 254, 1, 3,
        252, 2, 1, 2, 2, 1, 4, 2, 5, 1, 5, 4, 1, 5, 2, 0, 1, 5, 254, 1, 5, 252, 3, 1, 4, 3, 2, 1,
        2, 0, 1, 2, 5, 1, 1, 1, 5, 2, 1, 2, 6, 254, 2, 1, 1, 6, 255, 0, 2, 1, 255, 6, 1, 2, 1, 254,
        6, 2, 2, 1, 1, 2, 1, 5, 2, 5, 1, 6, 4, 1, 6, 2, 0, 1, 6, 254, 1, 6, 252, 4, 2, 5, 2, 6, 1,
        3, 1, 1, 0, 1, 3, 1, 1, 4, 2, 2, 2, 1, 0, 1, 5, 1, 2, 4, 1, 2, 2, 0, 1, 2, 254, 1, 2, 252,
        2, 2, 1, 1, 0, 1, 2, 5, 1, 4, 1, 5, 2, 4, 2, 0, 254, 2, 4, 1, 0, 255, 0, 2, 4, 255, 0, 1,
        2, 4, 254, 0, 2, 4, 2, 2, 1, 0, 1, 1, 5, 2, 1, 4, 2, 2, 1, 1, 3, 1, 5, 2, 4, 254, 0, 2, 2,
        4, 255, 0, 1, 0, 2, 4, 1, 0, 255, 2, 4, 2, 0, 254, 2, 1, 3, 2, 2, 5, 1, 6, 1, 4, 1, 4, 2,
        2, 2, 1, 0, 1, 2, 5, 1, 6, 1, 1, 3, 2,
    ],
};
