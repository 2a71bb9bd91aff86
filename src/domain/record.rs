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
use super::session::{PastResult, Session, HISTORY_LIMIT};

/// The version written today. Older versions are migrated on load; newer
/// ones are set aside untouched.
pub const RECORD_VERSION: u32 = 2;

/// Every key the app reads or writes starts with this.
pub const KEY_PREFIX: &str = "opsfit:";

/// The key of one quiz's record; an embed namespace keeps two embeds on one
/// page apart.
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
    pub session: Session,
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

/// Version 1 held the current attempt only.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressV1 {
    #[allow(dead_code)]
    version: u32,
    quiz: String,
    answers: BTreeMap<String, String>,
    at: String,
    finished: bool,
    saved_at: f64,
}

/// Version 2 adds the results of finished attempts.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordV2 {
    version: u32,
    quiz: String,
    /// Question id to option id.
    answers: BTreeMap<String, String>,
    /// The question on screen, by id.
    at: String,
    finished: bool,
    /// Milliseconds since the epoch; the newer of two records wins.
    saved_at: f64,
    history: Vec<PastResultV2>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PastResultV2 {
    finished_at: f64,
    outcome: String,
    percent: [u8; 2],
    token: String,
}

impl From<ProgressV1> for RecordV2 {
    fn from(v1: ProgressV1) -> Self {
        RecordV2 {
            version: 2,
            quiz: v1.quiz,
            answers: v1.answers,
            at: v1.at,
            finished: v1.finished,
            saved_at: v1.saved_at,
            history: Vec::new(),
        }
    }
}

#[derive(Deserialize)]
struct Envelope {
    version: u32,
}

pub fn encode(quiz: &Quiz, session: &Session, saved_at: f64) -> String {
    let progress = &session.progress;
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
    let record = RecordV2 {
        version: RECORD_VERSION,
        quiz: quiz.id.to_string(),
        answers,
        at,
        finished: progress.is_finished(),
        saved_at,
        history: session
            .history
            .iter()
            .map(|h| PastResultV2 {
                finished_at: h.finished_at,
                outcome: h.outcome_id.clone(),
                percent: h.percent,
                token: h.token.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode(quiz: &Quiz, raw: &str) -> Result<Restored, Rejected> {
    let envelope: Envelope = serde_json::from_str(raw)
        .map_err(|e| Rejected::Corrupt(format!("no record version: {e}")))?;
    let record: RecordV2 = match envelope.version {
        1 => serde_json::from_str::<ProgressV1>(raw)
            .map_err(|e| Rejected::Corrupt(format!("not a version 1 record: {e}")))?
            .into(),
        2 => serde_json::from_str(raw)
            .map_err(|e| Rejected::Corrupt(format!("not a version 2 record: {e}")))?,
        0 => return Err(Rejected::Corrupt("version 0 was never written".into())),
        v => return Err(Rejected::Newer(v)),
    };
    if record.quiz != quiz.id {
        return Err(Rejected::OtherQuiz(record.quiz));
    }
    let times_ok =
        record.saved_at.is_finite() && record.history.iter().all(|h| h.finished_at.is_finite());
    if !times_ok {
        return Err(Rejected::Corrupt("a time is not a number".into()));
    }
    let mut unknown = 0;
    let pairs: Vec<(usize, usize)> = record
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
    let cursor = quiz.question_index(&record.at).unwrap_or_else(|| {
        // The question on screen is gone: go to the first unanswered one.
        (0..quiz.questions.len())
            .find(|q| !pairs.iter().any(|(a, _)| a == q))
            .unwrap_or(0)
    });
    let (progress, dropped) = Progress::restore(quiz, pairs, cursor, record.finished);
    let mut history: Vec<PastResult> = record
        .history
        .into_iter()
        .map(|h| PastResult {
            finished_at: h.finished_at,
            outcome_id: h.outcome,
            percent: h.percent,
            token: h.token,
        })
        .collect();
    if history.len() > HISTORY_LIMIT {
        history.drain(..history.len() - HISTORY_LIMIT);
    }
    Ok(Restored {
        session: Session { progress, history },
        saved_at: record.saved_at,
        dropped: dropped + unknown,
    })
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
    pub session: Session,
    pub saved_at: f64,
    pub notice: Option<LoadNotice>,
    /// When set, the raw value must be copied to `set_aside_key(kind, now)`
    /// before anything is written over it.
    pub set_aside: Option<&'static str>,
}

/// Decides what a stored value (or its absence) means for the app.
pub fn load(quiz: &Quiz, raw: Option<&str>) -> Loaded {
    let fresh = |notice, set_aside| Loaded {
        session: Session::new(quiz),
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
            session: r.session,
            saved_at: r.saved_at,
            set_aside: None,
        },
        Err(Rejected::Newer(v)) => fresh(Some(LoadNotice::Newer(v)), Some("newer")),
        Err(Rejected::Corrupt(_) | Rejected::OtherQuiz(_)) => {
            fresh(Some(LoadNotice::Corrupt), Some("corrupt"))
        }
    }
}
