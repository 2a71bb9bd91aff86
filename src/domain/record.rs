//! The stored form of progress: a versioned JSON record under an `opsfit:`
//! key. The serde types live here and nowhere else; the domain's own types
//! carry no serde derive, so the stored layout is a promise kept in one place.
//!
//! Answers are stored by question and option *id*, not by position, so a
//! content change keeps every answer whose question and option still exist.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::Quiz;
use super::quiz::Progress;

/// The version written today. Older versions are migrated on load; newer
/// ones are set aside untouched.
pub const RECORD_VERSION: u32 = 1;

/// Every key the app reads or writes starts with this.
pub const KEY_PREFIX: &str = "opsfit:";

/// The key of one quiz's progress; an embed namespace keeps two embeds on
/// one page apart.
pub fn progress_key(namespace: Option<&str>, quiz_id: &str) -> String {
    match namespace {
        Some(ns) => format!("{KEY_PREFIX}{ns}:progress:{quiz_id}"),
        None => format!("{KEY_PREFIX}progress:{quiz_id}"),
    }
}

/// Where a rejected raw value is copied before the app starts clean.
pub fn set_aside_key(kind: &str, now_ms: f64) -> String {
    format!("{KEY_PREFIX}{kind}:{}", now_ms.max(0.0) as u64)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub progress: Progress,
    pub saved_at: f64,
    /// Answers whose question or option no longer exists.
    pub dropped: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// Not JSON, or not the shape of any version.
    Corrupt(String),
    /// Written by a newer opsfit; kept aside for it.
    Newer(u32),
    /// A record of another quiz under this key.
    OtherQuiz(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressV1 {
    version: u32,
    quiz: String,
    /// Question id to option id.
    answers: BTreeMap<String, String>,
    /// The question on screen, by id.
    at: String,
    finished: bool,
    /// Milliseconds since the epoch; the newer of two records wins.
    saved_at: f64,
}

#[derive(Deserialize)]
struct Envelope {
    version: u32,
}

pub fn encode(quiz: &Quiz, progress: &Progress, saved_at: f64) -> String {
    let answers = progress
        .answers()
        .iter()
        .enumerate()
        .filter_map(|(q, a)| {
            let question = quiz.questions.get(q)?;
            let option = question.options.get((*a)? as usize)?;
            Some((question.id.to_string(), option.id.to_string()))
        })
        .collect();
    let at = quiz
        .questions
        .get(progress.cursor())
        .map(|q| q.id.to_string())
        .unwrap_or_default();
    let record = ProgressV1 {
        version: RECORD_VERSION,
        quiz: quiz.id.to_string(),
        answers,
        at,
        finished: progress.is_finished(),
        saved_at,
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode(quiz: &Quiz, raw: &str) -> Result<Restored, Rejected> {
    let envelope: Envelope = serde_json::from_str(raw)
        .map_err(|e| Rejected::Corrupt(format!("no record version: {e}")))?;
    match envelope.version {
        1 => {
            let r: ProgressV1 = serde_json::from_str(raw)
                .map_err(|e| Rejected::Corrupt(format!("not a version 1 record: {e}")))?;
            if r.quiz != quiz.id {
                return Err(Rejected::OtherQuiz(r.quiz));
            }
            if !r.saved_at.is_finite() {
                return Err(Rejected::Corrupt("the save time is not a number".into()));
            }
            let mut unknown = 0;
            let pairs: Vec<(usize, usize)> = r
                .answers
                .iter()
                .filter_map(|(qid, oid)| {
                    let found = quiz
                        .question_index(qid)
                        .and_then(|q| quiz.questions[q].option_index(oid).map(|o| (q, o)));
                    if found.is_none() {
                        unknown += 1;
                    }
                    found
                })
                .collect();
            let cursor = quiz.question_index(&r.at).unwrap_or_else(|| {
                // The question on screen is gone: go to the first unanswered one.
                (0..quiz.questions.len())
                    .find(|q| !pairs.iter().any(|(a, _)| a == q))
                    .unwrap_or(0)
            });
            let (progress, dropped) = Progress::restore(quiz, pairs, cursor, r.finished);
            Ok(Restored {
                progress,
                saved_at: r.saved_at,
                dropped: dropped + unknown,
            })
        }
        0 => Err(Rejected::Corrupt("version 0 was never written".into())),
        v => Err(Rejected::Newer(v)),
    }
}

/// What the person is told about their saved progress when the app opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The saved record could not be read; it was set aside and the app
    /// started clean.
    Corrupt,
    /// A newer opsfit wrote the record; it was set aside, not destroyed.
    Newer(u32),
    /// The quiz changed: this many saved answers no longer fit and were dropped.
    Dropped(usize),
}

/// The outcome of reading one stored value at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub progress: Progress,
    pub saved_at: f64,
    pub notice: Option<LoadNotice>,
    /// When set, the raw value must be copied to `set_aside_key(kind, now)`
    /// before anything is written over it.
    pub set_aside: Option<&'static str>,
}

/// Decides what a stored value (or its absence) means for the app.
pub fn load(quiz: &Quiz, raw: Option<&str>) -> Loaded {
    let fresh = |notice, set_aside| Loaded {
        progress: Progress::new(quiz),
        saved_at: 0.0,
        notice,
        set_aside,
    };
    let Some(raw) = raw else {
        return fresh(None, None);
    };
    match decode(quiz, raw) {
        Ok(r) => Loaded {
            notice: (r.dropped > 0).then_some(LoadNotice::Dropped(r.dropped)),
            progress: r.progress,
            saved_at: r.saved_at,
            set_aside: None,
        },
        Err(Rejected::Newer(v)) => fresh(Some(LoadNotice::Newer(v)), Some("newer")),
        Err(Rejected::Corrupt(_) | Rejected::OtherQuiz(_)) => {
            fresh(Some(LoadNotice::Corrupt), Some("corrupt"))
        }
    }
}
