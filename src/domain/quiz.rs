//! A person's way through one quiz, changed only by [`Action`]s.

use super::engine::{Decision, Engine};

/// Where a person is in a quiz and what they have answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    // Invariant: one slot per question of the quiz, and every `Some(o)` is a
    // valid option index of its question.
    answers: Vec<Option<u8>>,
    // Invariant: cursor < answers.len() (a quiz has at least one question).
    cursor: usize,
    finished: bool,
}

/// Everything a person can do to their progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pick an option of a question; choosing again replaces the answer.
    Answer { question: usize, option: u8 },
    /// Go on from an answered question. After the last one it goes to the
    /// first question still open, or, with none open, finishes the quiz.
    Next,
    /// Go back one question, keeping every answer.
    Back,
    /// See the result before the last question, allowed once every way of
    /// answering the rest gives the same outcome.
    FinishEarly,
    /// Forget every answer and begin again.
    Restart,
}

impl Progress {
    pub fn new(engine: &Engine) -> Self {
        Progress {
            answers: vec![None; engine.quiz().questions.len().max(1)],
            cursor: 0,
            finished: false,
        }
    }

    /// Rebuilds progress from stored parts, dropping whatever does not fit
    /// the quiz (the decoders have already refused or counted such answers).
    pub fn restore(
        engine: &Engine,
        answers: impl IntoIterator<Item = (usize, usize)>,
        cursor: usize,
        finished: bool,
    ) -> Self {
        let mut p = Progress::new(engine);
        for (q, o) in answers {
            if let Some(question) = engine.quiz().questions.get(q) {
                if o < question.options.len() && o <= u8::MAX as usize {
                    p.answers[q] = Some(o as u8);
                }
            }
        }
        p.cursor = cursor.min(p.answers.len() - 1);
        p.finished = finished && p.may_finish(engine);
        p
    }

    pub fn apply(&mut self, engine: &Engine, action: Action) {
        match action {
            Action::Answer { question, option } => {
                let valid = engine
                    .quiz()
                    .questions
                    .get(question)
                    .is_some_and(|q| (option as usize) < q.options.len());
                if valid {
                    self.answers[question] = Some(option);
                    self.cursor = question;
                }
            }
            Action::Next => {
                if self.answers[self.cursor].is_none() {
                    return;
                }
                if self.cursor + 1 < self.answers.len() {
                    self.cursor += 1;
                } else if let Some(open) = self.answers.iter().position(Option::is_none) {
                    self.cursor = open;
                } else if self.may_finish(engine) {
                    self.finished = true;
                }
            }
            Action::Back => {
                self.finished = false;
                self.cursor = self.cursor.saturating_sub(1);
            }
            Action::FinishEarly => {
                if self.may_finish(engine) {
                    self.finished = true;
                }
            }
            Action::Restart => *self = Progress::new(engine),
        }
    }

    pub fn answers(&self) -> &[Option<u8>] {
        &self.answers
    }

    pub fn answer(&self, question: usize) -> Option<u8> {
        self.answers.get(question).copied().flatten()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn n_answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    pub fn n_questions(&self) -> usize {
        self.answers.len()
    }

    pub fn is_started(&self) -> bool {
        self.n_answered() > 0
    }

    pub fn is_complete(&self) -> bool {
        self.answers.iter().all(Option::is_some)
    }

    /// The one rule for finishing, whether by Next, by finishing early or
    /// on restoring a stored record: every question answered, or the
    /// answers given already decide the outcome.
    pub fn may_finish(&self, engine: &Engine) -> bool {
        self.is_complete() || self.can_finish_early(engine)
    }

    /// Some questions are still open, yet every way of answering them ends
    /// in the same outcome: the quiz page offers the result now.
    pub fn can_finish_early(&self, engine: &Engine) -> bool {
        self.is_started()
            && !self.is_complete()
            && matches!(engine.decision(&self.answers), Decision::Settled(_))
    }

    /// Whole percent of the questions answered.
    pub fn percent_done(&self) -> u8 {
        (self.n_answered() * 100 / self.answers.len()) as u8
    }
}
