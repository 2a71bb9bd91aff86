//! A person's way through one quiz, changed only by [`Action`]s.

use super::engine::{Decision, Engine};
use super::path::Background;

/// Where a person is in a quiz and what they have answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    // Invariant: one slot per question of the quiz, and every `Some(o)` is a
    // valid option index of its question.
    answers: Vec<Option<u8>>,
    // One flag per question: skipped and not answered since. Invariant:
    // skipped[q] implies answers[q] is None, so each slot is open, skipped
    // or chosen (see [`Slot`]).
    skipped: Vec<bool>,
    // Invariant: cursor < answers.len() (a quiz has at least one question).
    cursor: usize,
    finished: bool,
    // Where the person is now: the context question, never scored.
    background: Option<Background>,
}

/// What became of one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Not answered yet.
    Open,
    /// Passed over by the person: unanswered in the score, but dealt with
    /// for going on and finishing, and still open to an answer.
    Skipped,
    Chosen(u8),
}

/// Everything a person can do to their progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pick an option of a question; choosing again replaces the answer,
    /// and answering a skipped question ends the skip.
    Answer { question: usize, option: u8 },
    /// Pass over the question on screen (dropping its answer, if any) and go
    /// on as `Next` does.
    Skip,
    /// Go on from an answered or skipped question. After the last one it goes to the
    /// first question still open, or, with none open, finishes the quiz.
    Next,
    /// Go back one question, keeping every answer.
    Back,
    /// See the result before the last question, allowed once every way of
    /// answering the rest gives the same outcome.
    FinishEarly,
    /// Forget every answer and begin again.
    Restart,
    /// Answer (or clear) "Where are you now?". It is not scored and
    /// changes nothing else, finished or not.
    SetBackground(Option<Background>),
}

/// What an action did, so a page knows where to go without reading the
/// state back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The quiz goes on (or was not started).
    InProgress,
    /// This action finished the quiz: the result is there to see.
    Finished,
    /// The action was not allowed here and changed nothing: Next on a
    /// question neither answered nor skipped, finishing early before the
    /// outcome is settled, or an option the question does not have.
    Refused,
}

impl Progress {
    pub fn new(engine: &Engine) -> Self {
        Progress {
            answers: vec![None; engine.quiz().questions.len().max(1)],
            skipped: vec![false; engine.quiz().questions.len().max(1)],
            cursor: 0,
            finished: false,
            background: None,
        }
    }

    /// Rebuilds progress from a slot per question (the option chosen, or
    /// none) and a skip flag per question, as tokens carry them.
    pub fn from_slots(
        engine: &Engine,
        answers: &[Option<u8>],
        skipped: &[bool],
        cursor: usize,
        finished: bool,
    ) -> Self {
        let chosen = answers
            .iter()
            .enumerate()
            .filter_map(|(q, a)| a.map(|o| (q, o as usize)));
        let skips = (0..skipped.len()).filter(|&q| skipped[q]);
        Progress::restore(engine, chosen, skips, cursor, finished)
    }

    /// Rebuilds progress from stored parts, dropping whatever does not fit
    /// the quiz (the decoders have already refused or counted such answers).
    /// A skip of an answered question, or of no question, is dropped
    /// silently: the answer says more.
    pub fn restore(
        engine: &Engine,
        answers: impl IntoIterator<Item = (usize, usize)>,
        skipped: impl IntoIterator<Item = usize>,
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
        for q in skipped {
            if p.answers.get(q) == Some(&None) {
                p.skipped[q] = true;
            }
        }
        p.cursor = cursor.min(p.answers.len() - 1);
        p.finished = finished && p.may_finish(engine);
        p
    }

    /// Applies an action. A finished quiz stays finished only while its
    /// answers stay as they were: changing an answer or skipping a question
    /// reopens it, and it finishes again by the same rule as before, so what
    /// a page shows and what a reload restores never disagree.
    pub fn apply(&mut self, engine: &Engine, action: Action) -> Applied {
        match action {
            Action::Answer { question, option } => {
                let valid = engine
                    .quiz()
                    .questions
                    .get(question)
                    .is_some_and(|q| (option as usize) < q.options.len());
                if !valid {
                    return Applied::Refused;
                }
                if self.answers[question] != Some(option) {
                    self.finished = false;
                }
                self.answers[question] = Some(option);
                self.skipped[question] = false;
                self.cursor = question;
                Applied::InProgress
            }
            Action::Skip => {
                self.finished = false;
                self.answers[self.cursor] = None;
                self.skipped[self.cursor] = true;
                self.go_on(engine)
            }
            Action::Next if self.slot(self.cursor) == Slot::Open => Applied::Refused,
            Action::Next => self.go_on(engine),
            Action::Back => {
                self.finished = false;
                self.cursor = self.cursor.saturating_sub(1);
                Applied::InProgress
            }
            Action::FinishEarly => self.finish_if_allowed(engine),
            Action::Restart => {
                *self = Progress::new(engine);
                Applied::InProgress
            }
            // Not scored: it changes nothing the quiz decides, finished or not.
            Action::SetBackground(b) => {
                self.background = b;
                Applied::InProgress
            }
        }
    }

    fn go_on(&mut self, engine: &Engine) -> Applied {
        if self.cursor + 1 < self.answers.len() {
            self.cursor += 1;
            Applied::InProgress
        } else if let Some(open) = (0..self.answers.len()).find(|&q| self.slot(q) == Slot::Open) {
            self.cursor = open;
            Applied::InProgress
        } else {
            self.finish_if_allowed(engine)
        }
    }

    fn finish_if_allowed(&mut self, engine: &Engine) -> Applied {
        if self.may_finish(engine) {
            self.finished = true;
            Applied::Finished
        } else {
            Applied::Refused
        }
    }

    /// The chosen answers; skipped questions are `None`, like open ones.
    pub fn answers(&self) -> &[Option<u8>] {
        &self.answers
    }

    /// One flag per question: skipped and not answered since.
    pub fn skipped(&self) -> &[bool] {
        &self.skipped
    }

    pub fn slot(&self, question: usize) -> Slot {
        match (self.answer(question), self.skipped.get(question)) {
            (Some(o), _) => Slot::Chosen(o),
            (None, Some(true)) => Slot::Skipped,
            _ => Slot::Open,
        }
    }

    pub fn n_skipped(&self) -> usize {
        self.skipped.iter().filter(|&&s| s).count()
    }

    pub fn answer(&self, question: usize) -> Option<u8> {
        self.answers.get(question).copied().flatten()
    }

    /// Where the person said they are now, if they did.
    pub fn background(&self) -> Option<Background> {
        self.background
    }

    /// Restores the context answer from a stored record.
    pub fn with_background(mut self, background: Option<Background>) -> Self {
        self.background = background;
        self
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

    /// Some question answered or skipped.
    pub fn is_started(&self) -> bool {
        self.n_answered() + self.n_skipped() > 0
    }

    /// Every question answered or skipped.
    pub fn is_complete(&self) -> bool {
        (0..self.answers.len()).all(|q| self.slot(q) != Slot::Open)
    }

    /// The one rule for finishing, whether by Next, by finishing early or
    /// on restoring a stored record: every question answered or skipped, or
    /// the answers given already decide the outcome.
    pub fn may_finish(&self, engine: &Engine) -> bool {
        self.is_complete() || self.can_finish_early(engine)
    }

    /// Some questions are still open (skipped ones count as open: they could
    /// still be answered), yet every way of answering them ends in the same
    /// outcome: the quiz page offers the result now.
    pub fn can_finish_early(&self, engine: &Engine) -> bool {
        self.n_answered() > 0
            && !self.is_complete()
            && matches!(engine.decision(&self.answers), Decision::Settled(_))
    }

    /// Whole percent of the questions answered.
    pub fn percent_done(&self) -> u8 {
        (self.n_answered() * 100 / self.answers.len()) as u8
    }
}
