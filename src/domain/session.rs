//! Everything a person keeps for one quiz: the progress of the current
//! attempt and the results of finished ones.

use super::engine::Engine;
use super::figures::Figures;
pub use super::quiz::Applied;
use super::quiz::{Action, Progress};
use super::token;
use super::transfer::Imported;

/// Older results beyond this many are forgotten, oldest first.
pub const HISTORY_LIMIT: usize = 20;

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub progress: Progress,
    /// Finished attempts, oldest first.
    pub history: Vec<PastResult>,
}

/// A snapshot of a finished attempt, as it was shown at the time.
#[derive(Clone, Debug, PartialEq)]
pub struct PastResult {
    /// Milliseconds since the epoch.
    pub finished_at: f64,
    pub outcome_id: String,
    /// Rounded percentages of the two poles.
    pub percent: [u8; 2],
    /// A share token that opens the full result again.
    pub token: String,
}

/// Everything that changes a session: a step through the quiz, or a whole
/// state brought in from elsewhere.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionAction {
    Quiz(Action),
    /// An export or a resume code the person pasted. A code carries no past
    /// results, so the ones here stay.
    Import(Imported),
    /// Another tab saved newer progress.
    Adopt(Session),
}

impl From<Action> for SessionAction {
    fn from(action: Action) -> Self {
        SessionAction::Quiz(action)
    }
}

impl Session {
    pub fn new(engine: &Engine) -> Self {
        Session {
            progress: Progress::new(engine),
            history: Vec::new(),
        }
    }

    /// Applies an action; the action that finishes the quiz records a
    /// result. Finishing again with the same answers (back, then next)
    /// updates that record instead of adding a copy. An import of a
    /// finished attempt (a share link) is a result too.
    pub fn apply(
        &mut self,
        engine: &Engine,
        action: impl Into<SessionAction>,
        now: f64,
    ) -> Applied {
        self.apply_one(engine, action.into(), now)
    }

    // One copy of the body in the wasm, whatever `apply` is called with.
    fn apply_one(&mut self, engine: &Engine, action: SessionAction, now: f64) -> Applied {
        let applied = match action {
            SessionAction::Quiz(action) => self.progress.apply(engine, action),
            SessionAction::Import(Imported::Session(session)) => {
                *self = session;
                return self.shown();
            }
            SessionAction::Adopt(session) => {
                *self = session;
                return Applied::InProgress;
            }
            SessionAction::Import(Imported::Progress(progress)) => {
                self.progress = progress;
                self.shown()
            }
        };
        if applied == Applied::Finished {
            self.record(engine, now);
        }
        applied
    }

    /// What a page shows after the whole progress was replaced.
    fn shown(&self) -> Applied {
        if self.progress.is_finished() {
            Applied::Finished
        } else {
            Applied::InProgress
        }
    }

    fn record(&mut self, engine: &Engine, now: f64) {
        let result = PastResult::of(engine, &self.progress, now);
        match self.history.last_mut() {
            Some(last) if last.token == result.token => *last = result,
            _ => self.history.push(result),
        }
        if self.history.len() > HISTORY_LIMIT {
            self.history.remove(0);
        }
    }
}

impl PastResult {
    pub fn of(engine: &Engine, progress: &Progress, now: f64) -> Self {
        let quiz = engine.quiz();
        let (figures, _) = Figures::of(engine, progress.answers(), progress.skipped());
        PastResult {
            finished_at: now,
            outcome_id: quiz.outcome(figures.verdict).id.to_string(),
            percent: figures.percent,
            token: token::encode_result(&figures),
        }
    }
}
