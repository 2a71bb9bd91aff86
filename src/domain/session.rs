//! Everything a person keeps for one quiz: the progress of the current
//! attempt and the results of finished ones.

use super::content::Quiz;
use super::engine::Engine;
use super::quiz::{Action, Progress};
use super::token::{self, TokenKind};

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

impl Session {
    pub fn new(quiz: &Quiz) -> Self {
        Session {
            progress: Progress::new(quiz),
            history: Vec::new(),
        }
    }

    /// Applies an action; finishing the quiz records a result. Finishing
    /// again with the same answers (back, then next) updates that record
    /// instead of adding a copy.
    pub fn apply(&mut self, quiz: &Quiz, action: Action, now: f64) {
        let was_finished = self.progress.is_finished();
        self.progress.apply(quiz, action);
        if was_finished || !self.progress.is_finished() {
            return;
        }
        let result = PastResult::of(quiz, &self.progress, now);
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
    pub fn of(quiz: &Quiz, progress: &Progress, now: f64) -> Self {
        let score = Engine::new(quiz).score(progress.answers());
        PastResult {
            finished_at: now,
            outcome_id: quiz.outcome(score.verdict).id.to_string(),
            percent: score.whole_percent(),
            token: token::encode(
                quiz,
                TokenKind::Result,
                progress.answers(),
                progress.skipped(),
                0,
            ),
        }
    }
}
