//! The stored form of progress: a versioned JSON record under an `opsfit:`
//! key. Its layout lives here and nowhere else: `RecordV3` (which also
//! reads versions 1 and 2) is read and written by hand through `json.rs`, so
//! the domain's own types make no storage promise by accident.
//!
//! Answers are stored by question and option *id*, not by position, so a
//! content change keeps every answer whose question and option still exist.

use super::content::Quiz;
use super::engine::Engine;
use super::json::{self, Json, JsonError};
use super::path::Background;
use super::quiz::{Progress, Slot};
use super::session::{PastResult, Session, HISTORY_LIMIT};

/// The version written today. Older versions are migrated on load; newer
/// ones are set aside untouched.
pub const RECORD_VERSION: u32 = 4;

/// Every key the app reads or writes starts with this.
pub const KEY_PREFIX: &str = "opsfit:";

/// The key of one quiz's record; an embed namespace keeps two embeds on one
/// page apart.
pub fn progress_key(namespace: Option<&str>, quiz_id: &str) -> String {
    // Pushed, not `format!`ed: each formatting call site costs the wasm.
    let mut key = String::from(KEY_PREFIX);
    if let Some(ns) = namespace {
        key.push_str(ns);
        key.push(':');
    }
    key.push_str("progress:");
    key.push_str(quiz_id);
    key
}

/// Where a rejected raw value is copied before the app starts clean.
pub fn set_aside_key(kind: &str, now_ms: f64) -> String {
    let mut key = String::from(KEY_PREFIX);
    key.push_str(kind);
    key.push(':');
    key.push_str(&(now_ms.max(0.0) as u64).to_string());
    key
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
    Corrupt(Corrupt),
    /// Written by a newer opsfit; kept aside for it.
    Newer(u32),
    /// A record of another quiz under this key.
    OtherQuiz(String),
}

/// What is wrong with a stored value that is no record. Static, like
/// [`JsonError`]: reading a good record builds no error text, and the
/// reason is for tests and debugging, never shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corrupt {
    NotJson(JsonError),
    NoVersion,
    /// Below 1: no opsfit wrote it.
    NeverWritten,
    NotAnObject,
    /// A field its version does not have.
    UnknownField,
    Missing(&'static str),
    /// A field, by name, that is not of its type.
    Malformed(&'static str),
}

/// Version 3: the current attempt, with its skipped questions, and the
/// results of finished ones. Version 2 had no `skipped`, and version 1 no
/// `history` either. Version 4 adds `background` (the same struct reads
/// and writes it).
struct RecordV3 {
    quiz: String,
    /// (question id, option id), in quiz order. A list, not a map: a
    /// sorted map would bring a sort into the wasm for nothing, and the
    /// JSON parser already refuses a repeated key.
    answers: Vec<(String, String)>,
    /// The ids of the questions skipped and not answered since, in quiz order.
    skipped: Vec<String>,
    /// The question on screen, by id.
    at: String,
    finished: bool,
    /// Where the person is now (`Background::id`), or empty: version 4.
    background: String,
    /// Milliseconds since the epoch; the newer of two records wins.
    saved_at: f64,
    history: Vec<PastResultV3>,
}

struct PastResultV3 {
    finished_at: f64,
    outcome: String,
    percent: [u8; 2],
    token: String,
}

impl RecordV3 {
    fn to_json(&self) -> String {
        // Pushed, not `write!`n: each formatting call site costs the wasm.
        let number = |out: &mut String, n: u64| out.push_str(&n.to_string());
        let mut out = String::with_capacity(256 + 64 * self.answers.len());
        out.push_str(r#"{"version":"#);
        number(&mut out, RECORD_VERSION.into());
        out.push_str(r#","quiz":"#);
        json::write_str(&mut out, &self.quiz);
        out.push_str(r#","answers":{"#);
        for (i, (q, o)) in self.answers.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json::write_str(&mut out, q);
            out.push(':');
            json::write_str(&mut out, o);
        }
        out.push_str(r#"},"skipped":["#);
        for (i, q) in self.skipped.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json::write_str(&mut out, q);
        }
        out.push_str(r#"],"at":"#);
        json::write_str(&mut out, &self.at);
        out.push_str(r#","background":"#);
        json::write_str(&mut out, &self.background);
        out.push_str(if self.finished {
            r#","finished":true,"saved_at":"#
        } else {
            r#","finished":false,"saved_at":"#
        });
        number(&mut out, self.saved_at.max(0.0) as u64);
        out.push_str(r#","history":["#);
        for (i, h) in self.history.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(r#"{"finished_at":"#);
            number(&mut out, h.finished_at.max(0.0) as u64);
            out.push_str(r#","outcome":"#);
            json::write_str(&mut out, &h.outcome);
            out.push_str(r#","percent":["#);
            number(&mut out, h.percent[0].into());
            out.push(',');
            number(&mut out, h.percent[1].into());
            out.push_str(r#"],"token":"#);
            json::write_str(&mut out, &h.token);
            out.push('}');
        }
        out.push_str("]}");
        out
    }

    /// Reads a version 1, 2 or 3 record; every field of its version must be
    /// there, with its type, and nothing else.
    fn from_json(value: &Json, version: i64) -> Result<Self, Corrupt> {
        let mut fields = vec!["version", "quiz", "answers", "at", "finished", "saved_at"];
        if version >= 2 {
            fields.push("history");
        }
        if version >= 3 {
            fields.push("skipped");
        }
        if version >= 4 {
            fields.push("background");
        }
        exactly(value, &fields)?;
        let answers = value
            .get("answers")
            .and_then(Json::as_object)
            .ok_or(Corrupt::Malformed("answers"))?
            .iter()
            .map(|(q, o)| {
                o.as_str()
                    .map(|o| (q.clone(), o.to_string()))
                    .ok_or(Corrupt::Malformed("answers"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let skipped = match value.get("skipped") {
            None => Vec::new(),
            Some(s) => s
                .as_array()
                .ok_or(Corrupt::Malformed("skipped"))?
                .iter()
                .map(|q| {
                    q.as_str()
                        .map(str::to_string)
                        .ok_or(Corrupt::Malformed("skipped"))
                })
                .collect::<Result<_, _>>()?,
        };
        let history = match value.get("history") {
            None => Vec::new(),
            Some(h) => h
                .as_array()
                .ok_or(Corrupt::Malformed("history"))?
                .iter()
                .map(PastResultV3::from_json)
                .collect::<Result<_, _>>()?,
        };
        Ok(RecordV3 {
            quiz: text(value, "quiz")?,
            answers,
            skipped,
            at: text(value, "at")?,
            background: match value.get("background") {
                None => String::new(),
                Some(_) => text(value, "background")?,
            },
            finished: value
                .get("finished")
                .and_then(Json::as_bool)
                .ok_or(Corrupt::Malformed("finished"))?,
            saved_at: time(value, "saved_at")?,
            history,
        })
    }
}

impl PastResultV3 {
    fn from_json(value: &Json) -> Result<Self, Corrupt> {
        exactly(value, &["finished_at", "outcome", "percent", "token"])?;
        let percent = match value.get("percent").and_then(Json::as_array) {
            Some([a, b]) => [a, b].map(|p| p.as_i64().and_then(|p| u8::try_from(p).ok())),
            _ => [None, None],
        };
        let [Some(a), Some(b)] = percent else {
            return Err(Corrupt::Malformed("percent"));
        };
        Ok(PastResultV3 {
            finished_at: time(value, "finished_at")?,
            outcome: text(value, "outcome")?,
            percent: [a, b],
            token: text(value, "token")?,
        })
    }
}

/// An object with exactly these keys.
fn exactly(value: &Json, keys: &[&'static str]) -> Result<(), Corrupt> {
    let fields = value.as_object().ok_or(Corrupt::NotAnObject)?;
    if fields.iter().any(|(k, _)| !keys.contains(&k.as_str())) {
        return Err(Corrupt::UnknownField);
    }
    match keys.iter().find(|k| value.get(k).is_none()) {
        Some(missing) => Err(Corrupt::Missing(missing)),
        None => Ok(()),
    }
}

fn text(value: &Json, key: &'static str) -> Result<String, Corrupt> {
    value
        .get(key)
        .and_then(Json::as_str)
        .map(str::to_string)
        .ok_or(Corrupt::Malformed(key))
}

/// The largest whole number an f64 holds exactly (JavaScript's
/// `Number.MAX_SAFE_INTEGER`): a larger time would not be written back as read.
const LATEST_TIME: i64 = (1 << 53) - 1;

/// Milliseconds since the epoch: a whole number, not negative.
fn time(value: &Json, key: &'static str) -> Result<f64, Corrupt> {
    value
        .get(key)
        .and_then(Json::as_i64)
        .filter(|t| (0..=LATEST_TIME).contains(t))
        .map(|t| t as f64)
        .ok_or(Corrupt::Malformed(key))
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
    let skipped = (0..progress.n_questions())
        .filter(|&q| progress.slot(q) == Slot::Skipped)
        .filter_map(|q| Some(quiz.questions.get(q)?.id.to_string()))
        .collect();
    let at = quiz
        .questions
        .get(progress.cursor())
        .map(|q| q.id.to_string())
        .unwrap_or_default();
    let record = RecordV3 {
        quiz: quiz.id.to_string(),
        answers,
        skipped,
        at,
        finished: progress.is_finished(),
        background: progress
            .background()
            .map(|b| b.id().to_string())
            .unwrap_or_default(),
        saved_at,
        history: session
            .history
            .iter()
            .map(|h| PastResultV3 {
                finished_at: h.finished_at,
                outcome: h.outcome_id.clone(),
                percent: h.percent,
                token: h.token.clone(),
            })
            .collect(),
    };
    record.to_json()
}

pub fn decode(engine: &Engine, raw: &str) -> Result<Restored, Rejected> {
    let quiz = engine.quiz();
    let corrupt = Rejected::Corrupt;
    let value = json::parse(raw).map_err(|e| corrupt(Corrupt::NotJson(e)))?;
    let version = value
        .get("version")
        .and_then(Json::as_i64)
        .ok_or(corrupt(Corrupt::NoVersion))?;
    let record = match version {
        1..=4 => RecordV3::from_json(&value, version).map_err(corrupt)?,
        v if v > 4 => return Err(Rejected::Newer(v.min(u32::MAX as i64) as u32)),
        _ => return Err(corrupt(Corrupt::NeverWritten)),
    };
    if record.quiz != quiz.id {
        return Err(Rejected::OtherQuiz(record.quiz));
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
    // A skip of a question that is gone is forgotten without a word: there
    // was no answer to lose.
    let skipped: Vec<usize> = record
        .skipped
        .iter()
        .filter_map(|qid| quiz.question_index(qid))
        .collect();
    let cursor = quiz.question_index(&record.at).unwrap_or_else(|| {
        // The question on screen is gone: go to the first open one.
        (0..quiz.questions.len())
            .find(|q| !pairs.iter().any(|(a, _)| a == q) && !skipped.contains(q))
            .unwrap_or(0)
    });
    // An id this version does not know is forgotten: it was never scored.
    let progress = Progress::restore(engine, pairs, skipped, cursor, record.finished)
        .with_background(Background::from_id(&record.background));
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
        dropped: unknown,
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
    /// The record could not be used (unreadable, or a newer release's) and
    /// storage refused its set-aside copy: it stays under its key, untouched.
    NotSetAside,
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
pub fn load(engine: &Engine, raw: Option<&str>) -> Loaded {
    let fresh = |notice, set_aside| Loaded {
        session: Session::new(engine),
        saved_at: 0.0,
        notice,
        set_aside,
    };
    let Some(raw) = raw else {
        return fresh(None, None);
    };
    match decode(engine, raw) {
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

/// Whether progress outlives the page, and what the person is told. Reading
/// and writing are separate: a full quota refuses writes while the record
/// saved before stays readable, so the person keeps it and is told only
/// that new answers will not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keeping {
    readable: bool,
    writable: bool,
    last_save: bool,
    /// Storage holds a record this tab must not write over (a newer
    /// release's, or one it could not set aside).
    held: bool,
}

/// What is lost when the person leaves, when something is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unkept {
    /// Nothing is kept: storage cannot be read, or it holds no progress and
    /// takes no writes (a quota full from the first visit).
    Everything,
    /// The progress storage holds stays, but changes from now on are not
    /// saved.
    NewAnswers,
}

impl Keeping {
    pub fn new(readable: bool, writable: bool) -> Self {
        Keeping {
            readable,
            writable: readable && writable,
            last_save: true,
            held: false,
        }
    }

    /// Notes how the latest save went.
    pub fn saved(&mut self, accepted: bool) {
        self.last_save = accepted;
    }

    pub fn keeps_progress(self) -> bool {
        self.unkept().is_none()
    }

    pub fn unkept(self) -> Option<Unkept> {
        if !self.readable {
            Some(Unkept::Everything)
        } else if !self.writable || !self.last_save || self.held {
            Some(Unkept::NewAnswers)
        } else {
            None
        }
    }
}

/// What the save rules need of a key-value store: the browser's local
/// storage in the app, a map in the tests.
pub trait RecordStore {
    /// Whether stored values can be read at all.
    fn can_read(&self) -> bool;
    /// Whether writes were accepted when the store was opened.
    fn can_write(&self) -> bool;
    fn read(&self, key: &str) -> Option<String>;
    /// Whether the write was accepted.
    fn write(&self, key: &str, value: &str) -> bool;
    fn remove(&self, key: &str) -> bool;
}

/// Start-up: reads the record under `key` and sets a rejected one aside:
/// copied to [`set_aside_key`] first, then removed, so the notice shows
/// once and the value is never lost. When the copy is refused (a full
/// quota) the value stays under `key`, and the returned rules never write
/// over it.
pub fn open(engine: &Engine, store: &impl RecordStore, key: &str, now: f64) -> (Loaded, Synced) {
    let raw = store.read(key);
    let mut loaded = load(engine, raw.as_deref());
    let mut synced = Synced::new(&loaded, raw.as_deref(), store.can_read(), store.can_write());
    if let (Some(kind), Some(raw)) = (loaded.set_aside, raw) {
        if store.write(&set_aside_key(kind, now), &raw) {
            store.remove(key);
        } else {
            synced.keeping.held = true;
            synced.held = Some(raw);
            // "Set aside" would be untrue: say where the record is.
            loaded.notice = Some(LoadNotice::NotSetAside);
        }
    }
    (loaded, synced)
}

/// The session as last read from or written to storage, and the rules for
/// the next save: skip when nothing changed, never write over a newer record
/// another tab saved (take it instead), never write over a record of a
/// newer release or one that could not be set aside, and decode only what
/// another tab wrote. The browser carries out what [`Synced::next`] decides
/// and reports how the write went with [`Synced::saved`].
#[derive(Clone, Debug)]
pub struct Synced {
    session: Session,
    saved_at: f64,
    /// The stored text as last read or written.
    raw: String,
    /// A write handed out by `next` and not yet reported.
    pending: Option<Pending>,
    keeping: Keeping,
    /// An unreadable record that could not be set aside: writing over it
    /// would lose it.
    held: Option<String>,
}

#[derive(Clone, Debug)]
struct Pending {
    session: Session,
    saved_at: f64,
    raw: String,
}

/// What to do with storage after the session changed.
#[derive(Clone, Debug, PartialEq)]
pub enum Save {
    /// Nothing to write: no change, nowhere to keep it, or a record there
    /// that must not be written over.
    Skip,
    /// Another tab saved newer progress: take it instead of writing.
    Adopt(Session),
    /// Write this text under the progress key.
    Write(String),
}

impl Synced {
    /// Starts from what was loaded; `raw` is the stored text it came from,
    /// none when it was set aside.
    pub fn new(loaded: &Loaded, raw: Option<&str>, readable: bool, writable: bool) -> Self {
        Synced {
            session: loaded.session.clone(),
            saved_at: loaded.saved_at,
            raw: raw
                .filter(|_| loaded.set_aside.is_none())
                .unwrap_or_default()
                .to_string(),
            pending: None,
            keeping: Keeping::new(readable, writable),
            held: None,
        }
    }

    /// Decides the save of `current`, given the text storage holds now.
    pub fn next(
        &mut self,
        engine: &Engine,
        current: &Session,
        stored: Option<&str>,
        now: f64,
    ) -> Save {
        if !self.keeping.writable || *current == self.session {
            return Save::Skip;
        }
        if let Some(raw) = stored.filter(|raw| *raw != self.raw) {
            if self.held.as_deref() == Some(raw) {
                return Save::Skip;
            }
            match decode(engine, raw) {
                Ok(record) if record.saved_at > self.saved_at => {
                    self.took(record.session.clone(), record.saved_at, raw);
                    return Save::Adopt(record.session);
                }
                Err(Rejected::Newer(_)) => {
                    // A newer release runs in another tab: its record wins
                    // until this tab is reloaded into that release.
                    self.keeping.held = true;
                    return Save::Skip;
                }
                _ => {}
            }
        }
        self.keeping.held = false;
        self.held = None;
        let at = now.max(self.saved_at + 1.0);
        let raw = encode(engine.quiz(), current, at);
        self.pending = Some(Pending {
            session: current.clone(),
            saved_at: at,
            raw: raw.clone(),
        });
        Save::Write(raw)
    }

    /// How the write `next` asked for went.
    pub fn saved(&mut self, accepted: bool) {
        if let Some(p) = self.pending.take().filter(|_| accepted) {
            self.session = p.session;
            self.saved_at = p.saved_at;
            self.raw = p.raw;
        }
        self.keeping.saved(accepted);
    }

    /// Another tab changed the value under a key (`new_value` is `None` when
    /// it removed it). Returns that tab's session when it is newer than what
    /// this tab last saw and this tab should take it. A removal takes
    /// nothing: this tab's progress stays, and its next change is written.
    pub fn heard(
        &mut self,
        engine: &Engine,
        our_key: &str,
        key: Option<&str>,
        new_value: Option<&str>,
    ) -> Option<Session> {
        if key != Some(our_key) {
            return None;
        }
        match new_value {
            Some(raw) => self.newer(engine, raw),
            None => {
                self.raw.clear();
                None
            }
        }
    }

    /// Another tab's record, when it is newer than what this tab last saw;
    /// from then on it is what storage holds.
    pub fn newer(&mut self, engine: &Engine, raw: &str) -> Option<Session> {
        if raw == self.raw {
            return None;
        }
        let record = decode(engine, raw).ok()?;
        if record.saved_at <= self.saved_at {
            return None;
        }
        self.took(record.session.clone(), record.saved_at, raw);
        Some(record.session)
    }

    fn took(&mut self, session: Session, saved_at: f64, raw: &str) {
        self.session = session;
        self.saved_at = saved_at;
        self.raw = raw.to_string();
        self.keeping.held = false;
        self.held = None;
    }

    pub fn keeps_progress(&self) -> bool {
        self.unkept().is_none()
    }

    /// What the person must be told is not kept, if anything. "Your saved
    /// progress is still here" needs progress in storage: this tab's last
    /// read or write, or a record it must not write over.
    pub fn unkept(&self) -> Option<Unkept> {
        match self.keeping.unkept() {
            Some(Unkept::NewAnswers) if self.raw.is_empty() && !self.keeping.held => {
                Some(Unkept::Everything)
            }
            unkept => unkept,
        }
    }
}
