//! Plain data for one quiz. `Cow` lets the same types hold the static data
//! that `build.rs` bakes into the binary and content loaded at run time by
//! the native tools (calibration, tests).

use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// The most questions a quiz may have: a share or resume token counts them
/// in one byte. The build refuses more (`authoring::source`).
pub const MAX_QUESTIONS: usize = 255;

/// The most options a question may have: a token packs each answer in half
/// a byte, with 0 for none and 15 for a skip.
pub const MAX_OPTIONS: usize = 14;

/// One quiz, validated. Everything that refers to another entry does so by
/// index, so the engine never looks anything up by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    pub id: Text,
    pub title: Text,
    /// Percentage points: a lead smaller than this is the balanced outcome.
    pub balanced_threshold: u8,
    pub traits: List<Trait>,
    pub dimensions: List<Dimension>,
    // Invariant: exactly three outcomes, the two poles first (index 0 and 1),
    // then the balanced outcome (index 2).
    pub outcomes: List<Outcome>,
    pub questions: List<Question>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Trait {
    pub id: Text,
    pub label: Text,
}

/// A dimension is a measurable leaning, such as "pace" or "incident work".
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: Text,
    pub label: Text,
    pub description: Text,
    pub part: Part,
}

/// What a dimension is about. The work a person wants is what separates the
/// roles, so the result rests on it; how a person likes to work (pace,
/// people, method) is context, since both roles' days ask for much the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The kind of work: it decides the result.
    Work,
    /// How a person likes to work: shown beside the result, and held by
    /// calibration to a small share of the lead.
    Style,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub id: Text,
    pub name: Text,
    pub short: Text,
    pub summary: Text,
    /// 0..=100 for each dimension, in the order of `Quiz::dimensions`.
    pub profile: List<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Five-point agreement with a statement.
    Likert,
    /// Pick one of three or four ways to handle a situation.
    Scenario,
    /// Would you rather: exactly two options.
    Choice,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: Text,
    pub kind: QuestionKind,
    pub prompt: Text,
    /// One short line under the prompt that explains a term a newcomer may
    /// not know; never a clue to how an answer is scored.
    pub hint: Option<Text>,
    /// Indices into `Quiz::traits`.
    pub traits: List<u16>,
    pub options: List<AnswerOption>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerOption {
    pub id: Text,
    pub label: Text,
    pub moves: List<Move>,
}

/// Choosing an option moves a dimension by a small signed weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub dimension: u16,
    pub weight: i8,
}

/// Which outcome: an index into `Quiz::outcomes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// Pole 0 or pole 1.
    Pole(u8),
    Balanced,
}

impl Verdict {
    /// The outcome of a summed lean over a summed range (README, "The
    /// scoring model"), in integers so the tie rule is exact: a lead of at
    /// least `threshold` percentage points goes to its pole, a lead equal to
    /// it included, and a lead of zero is always balanced.
    pub fn of(sum: i64, range: i64, threshold: i64) -> Verdict {
        if sum > 0 && 100 * sum >= threshold * range {
            Verdict::Pole(0)
        } else if sum < 0 && -100 * sum >= threshold * range {
            Verdict::Pole(1)
        } else {
            Verdict::Balanced
        }
    }

    pub fn index(self) -> usize {
        match self {
            Verdict::Pole(p) => p as usize,
            Verdict::Balanced => 2,
        }
    }
}

impl Quiz {
    pub fn outcome(&self, verdict: Verdict) -> &Outcome {
        &self.outcomes[verdict.index()]
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// How many questions have an answer that moves dimension `d`.
    pub fn n_questions_moving(&self, d: usize) -> usize {
        self.questions
            .iter()
            .filter(|q| {
                q.options.iter().any(|o| {
                    o.moves
                        .iter()
                        .any(|m| m.dimension as usize == d && m.weight != 0)
                })
            })
            .count()
    }

    /// The lowest and highest weight any one answer gives one dimension,
    /// Likert answers at their full strength ("strongly agree" doubles a
    /// statement's weight): the range the method screen states.
    pub fn weight_range(&self) -> (i8, i8) {
        let weights = self
            .questions
            .iter()
            .flat_map(|q| q.options.iter())
            .flat_map(|o| o.moves.iter())
            .map(|m| m.weight);
        (
            weights.clone().min().unwrap_or(0),
            weights.max().unwrap_or(0),
        )
    }

    /// How many dimensions belong to `part`.
    pub fn n_dimensions_in(&self, part: Part) -> usize {
        self.dimensions.iter().filter(|d| d.part == part).count()
    }
}

impl Question {
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }

    /// Each option's lean from the question's midpoint, doubled so that it
    /// stays whole, and the question's range: the most pole-0 option leans
    /// `+range`, the most pole-1 option `-range`. An option's raw lean is its
    /// weights times the difference of the two poles' profiles; a dimension
    /// or pole that does not exist counts as zero.
    pub fn leans(&self, outcomes: &[Outcome]) -> (Vec<i64>, i64) {
        let profile = |o: usize, d: u16| {
            outcomes
                .get(o)
                .and_then(|x| x.profile.get(d as usize))
                .copied()
                .unwrap_or(0) as i64
        };
        let raw: Vec<i64> = self
            .options
            .iter()
            .map(|o| {
                o.moves
                    .iter()
                    .map(|m| m.weight as i64 * (profile(0, m.dimension) - profile(1, m.dimension)))
                    .sum()
            })
            .collect();
        let hi = raw.iter().copied().max().unwrap_or(0);
        let lo = raw.iter().copied().min().unwrap_or(0);
        (raw.iter().map(|c| 2 * c - (hi + lo)).collect(), hi - lo)
    }
}
