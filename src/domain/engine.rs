//! The scoring engine: answers in, an explained result out.
//!
//! # The model
//!
//! Each option moves dimensions by small integer weights. The two poles each
//! have a profile (0..=100 per dimension); their difference says how far a
//! step on a dimension leans toward pole 0 rather than pole 1. An option's
//! *lean* is the sum of its weights times those differences. A question's
//! leans are measured from the question's midpoint, so every question is
//! symmetric: its most pole-0 option leans `+range`, its most pole-1 option
//! leans `-range`.
//!
//! Over the answered questions, `share = Σ lean / Σ range` lies in -1..=1, and
//!
//! ```text
//! percent[0] = 50 + 50 × share        percent[1] = 100 − percent[0]
//! ```
//!
//! The verdict is the pole whose lead `percent[0] − percent[1] = 100 × share`
//! is at least the content's balanced threshold; otherwise it is balanced.
//! The comparison is done in integers, so ties are exact: a lead equal to
//! the threshold counts for the pole, and a lead of exactly zero is always
//! balanced.
//!
//! Because every question is symmetric and independent, the extremes of any
//! set of remaining answers are reached by answering each at its own extreme.
//! That makes the early decision and the flip set exact, not estimates.
//!
//! # Skipped questions
//!
//! A skipped question counts as unanswered in every figure above, so
//! skipping never moves the score, and the early decision still treats it as
//! open. Only the flip set sees it: answering a skipped question is one
//! change, like changing an answer. Answered at its extreme it adds its lean
//! `±range` to the sum and its `range` to the total. Which pole the verdict
//! needs, at threshold `t`, is the sign of `100 × sum − t × range`, so each
//! change moves that figure by a fixed amount: `100 × gain` for a changed
//! answer, `(100 ± t) × range` for an answered skip. Taking the changes with
//! the largest amounts first is again exact.

use super::content::{Part, Quiz, Verdict};

/// The answer given to each question, by question index; `None` is unanswered.
pub type Answers = [Option<u8>];

/// A scorer for one quiz, with the per-option arithmetic done once.
#[derive(Clone, Debug)]
pub struct Engine<'q> {
    quiz: &'q Quiz,
    // Invariant: for every question q, lean[q] has one entry per option and
    // every entry lies in -range[q]..=range[q], with both ends reached.
    // Values are doubled so that midpoints stay integers.
    lean: Vec<Vec<i64>>,
    range: Vec<i64>,
    // weights[q][o][d]: the dense weight of option o of question q on dimension d.
    weights: Vec<Vec<Vec<i64>>>,
    // extremes[q][d]: the lowest and highest weight question q can give dimension d.
    extremes: Vec<Vec<(i64, i64)>>,
}

impl Score {
    /// Whole percentages for people, rounded so that they still add up to 100.
    pub fn whole_percent(&self) -> [u8; 2] {
        let first = self.percent[0].round().clamp(0.0, 100.0) as u8;
        [first, 100 - first]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub n_answered: usize,
    /// Percent for pole 0 and pole 1; they sum to 100.
    pub percent: [f64; 2],
    pub verdict: Verdict,
    /// Each dimension's position in 0..=1 among the answers it could have
    /// taken; `None` when no answered question measures it.
    pub dimensions: Vec<Option<f64>>,
}

/// One part of a score (see [`Part`]): the answers read on that part's
/// dimensions alone.
#[derive(Clone, Debug, PartialEq)]
pub struct PartScore {
    pub part: Part,
    /// Pole 0's lead in percentage points (negative: pole 1 leads) from this
    /// part's weights alone, against the most this part of the answered
    /// questions could lead: -100..=100, and 0 when it cannot lean at all.
    pub lead: f64,
    /// The most this part of the answered questions can move the overall
    /// lead, as a share of the most the overall lead can move: 0..=1.
    pub share: f64,
    /// This part's dimensions that an answered question measures, by index,
    /// with their positions as in [`Score::dimensions`], in quiz order.
    pub dimensions: Vec<(usize, f64)>,
}

/// A score split in two: the work a person wants, which decides the
/// verdict, and how they like to work, which is context for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreParts {
    pub work: PartScore,
    pub style: PartScore,
}

/// How much one answer moved the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    pub question: usize,
    pub option: u8,
    /// Percentage points toward pole 0 (negative: toward pole 1). The points
    /// of all answers add up to `percent[0] − 50`.
    pub points: f64,
}

/// Whether any way of answering the remaining questions can change the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Some completion of the quiz would end elsewhere.
    Open,
    /// Every completion ends in this outcome.
    Settled(Verdict),
}

/// The smallest set of changed answers that gives another outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    pub to: Verdict,
    /// (question, new option) pairs, the largest effect first.
    pub changes: Vec<(usize, u8)>,
}

/// How firm a result is, stated as the number of answers that would have to
/// change to move it. `changes_needed` is `None` when no change of the given
/// answers can move it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Confidence {
    pub changes_needed: Option<usize>,
    pub level: ConfidenceLevel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfidenceLevel {
    /// One changed answer would move the result.
    Low,
    /// Two or three changed answers would.
    Moderate,
    /// Four or more would, or none could.
    High,
}

/// One candidate change toward a pole, in the flip search.
struct Change {
    /// How far it moves `100 × sum − t × range` toward the pole: the order
    /// the greedy search takes changes in.
    weight: i64,
    /// Lean gained toward the pole.
    gain: i64,
    /// Range added: a skipped question's, when it is answered.
    added_range: i64,
    question: usize,
    option: u8,
}

impl<'q> Engine<'q> {
    pub fn new(quiz: &'q Quiz) -> Self {
        let n_dims = quiz.dimensions.len();
        let mut lean = Vec::with_capacity(quiz.questions.len());
        let mut range = Vec::with_capacity(quiz.questions.len());
        let mut weights = Vec::with_capacity(quiz.questions.len());
        let mut extremes = Vec::with_capacity(quiz.questions.len());
        for q in quiz.questions.iter() {
            let dense: Vec<Vec<i64>> = q
                .options
                .iter()
                .map(|o| {
                    let mut w = vec![0i64; n_dims];
                    for m in o.moves.iter() {
                        if let Some(slot) = w.get_mut(m.dimension as usize) {
                            *slot += m.weight as i64;
                        }
                    }
                    w
                })
                .collect();
            let (leans, r) = q.leans(&quiz.outcomes);
            lean.push(leans);
            range.push(r);
            extremes.push(
                (0..n_dims)
                    .map(|d| {
                        let column = dense.iter().map(|w| w[d]);
                        (column.clone().min().unwrap_or(0), column.max().unwrap_or(0))
                    })
                    .collect(),
            );
            weights.push(dense);
        }
        Engine {
            quiz,
            lean,
            range,
            weights,
            extremes,
        }
    }

    pub fn quiz(&self) -> &'q Quiz {
        self.quiz
    }

    /// The lean of an answer, or `None` when the answer does not exist.
    fn lean_of(&self, question: usize, option: u8) -> Option<i64> {
        self.lean.get(question)?.get(option as usize).copied()
    }

    /// Valid answers only: unknown questions or options count as unanswered.
    fn answered<'a>(&'a self, answers: &'a Answers) -> impl Iterator<Item = (usize, u8)> + 'a {
        answers
            .iter()
            .enumerate()
            .filter_map(|(q, a)| a.map(|o| (q, o)))
            .filter(|&(q, o)| self.lean_of(q, o).is_some())
    }

    /// The skipped questions that are real and have no valid answer.
    fn skipped<'a>(
        &'a self,
        answers: &'a Answers,
        skipped: &'a [bool],
    ) -> impl Iterator<Item = usize> + 'a {
        skipped
            .iter()
            .enumerate()
            .filter(|&(_, &s)| s)
            .map(|(q, _)| q)
            .filter(|&q| {
                q < self.range.len()
                    && answers
                        .get(q)
                        .copied()
                        .flatten()
                        .and_then(|o| self.lean_of(q, o))
                        .is_none()
            })
    }

    fn totals(&self, answers: &Answers) -> (i64, i64) {
        self.answered(answers).fold((0, 0), |(s, r), (q, o)| {
            (s + self.lean[q][o as usize], r + self.range[q])
        })
    }

    /// The verdict for a summed lean over a summed range.
    pub fn verdict_for(&self, sum: i64, range: i64) -> Verdict {
        Verdict::of(sum, range, self.quiz.balanced_threshold as i64)
    }

    /// The outcome alone. Equal to `score(answers).verdict`, without the
    /// floating point and dimension work, for simulations that score
    /// hundreds of thousands of answer sets.
    pub fn verdict(&self, answers: &Answers) -> Verdict {
        let (sum, range) = self.totals(answers);
        self.verdict_for(sum, range)
    }

    /// The lead of pole 0 in percentage points, `percent[0] − percent[1]`
    /// (negative: pole 1 leads), in -100..=100.
    pub fn lead(&self, answers: &Answers) -> f64 {
        let (sum, range) = self.totals(answers);
        if range == 0 {
            0.0
        } else {
            100.0 * sum as f64 / range as f64
        }
    }

    pub fn score(&self, answers: &Answers) -> Score {
        let (sum, range) = self.totals(answers);
        let p0 = if range == 0 {
            50.0
        } else {
            50.0 + 50.0 * sum as f64 / range as f64
        };
        let n_dims = self.quiz.dimensions.len();
        let mut at = vec![0i64; n_dims];
        let mut lo = vec![0i64; n_dims];
        let mut hi = vec![0i64; n_dims];
        let mut n_answered = 0;
        for (q, o) in self.answered(answers) {
            n_answered += 1;
            let chosen = &self.weights[q][o as usize];
            for (d, &(min, max)) in self.extremes[q].iter().enumerate() {
                at[d] += chosen[d];
                lo[d] += min;
                hi[d] += max;
            }
        }
        let dimensions = (0..n_dims)
            .map(|d| (hi[d] > lo[d]).then(|| (at[d] - lo[d]) as f64 / (hi[d] - lo[d]) as f64))
            .collect();
        Score {
            n_answered,
            percent: [p0, 100.0 - p0],
            verdict: self.verdict_for(sum, range),
            dimensions,
        }
    }

    /// The score split into its work part, which decides the verdict, and
    /// its style part, which is context. When every question moves one part
    /// only, the overall lead is `work.share × work.lead + style.share ×
    /// style.lead`.
    pub fn parts(&self, answers: &Answers) -> ScoreParts {
        let (_, total_range) = self.totals(answers);
        let positions = self.score(answers).dimensions;
        // Worked out per call, not kept in the engine: only the result page
        // asks, once, and a build that never asks carries none of this code.
        let part = |part: Part| {
            let (sum, range) = self.answered(answers).fold((0, 0), |(s, r), (q, o)| {
                let (leans, range) = part_leans(self.quiz, &self.weights[q], part);
                (s + leans[o as usize], r + range)
            });
            let ratio = |a: i64, b: i64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
            PartScore {
                part,
                lead: 100.0 * ratio(sum, range),
                share: ratio(range, total_range).min(1.0),
                dimensions: positions
                    .iter()
                    .enumerate()
                    .filter(|(d, _)| self.quiz.dimensions[*d].part == part)
                    .filter_map(|(d, x)| x.map(|x| (d, x)))
                    .collect(),
            }
        };
        ScoreParts {
            work: part(Part::Work),
            style: part(Part::Style),
        }
    }

    /// Every answer's effect, the largest first; equal effects keep question order.
    pub fn contributions(&self, answers: &Answers) -> Vec<Contribution> {
        let (_, range) = self.totals(answers);
        let mut out: Vec<Contribution> = self
            .answered(answers)
            .map(|(q, o)| Contribution {
                question: q,
                option: o,
                points: if range == 0 {
                    0.0
                } else {
                    50.0 * self.lean[q][o as usize] as f64 / range as f64
                },
            })
            .collect();
        let lean = |c: &Contribution| self.lean[c.question][c.option as usize].abs();
        sort_small(&mut out, |a, b| lean(a) > lean(b));
        out
    }

    /// Whether answering the remaining questions in any way can still change
    /// the outcome of the finished quiz.
    pub fn decision(&self, answers: &Answers) -> Decision {
        // The unanswered questions can move the sum by their range either way.
        let (sum, answered_range) = self.totals(answers);
        let full_range: i64 = self.range.iter().sum();
        let open_range = full_range - answered_range;
        let low = self.verdict_for(sum - open_range, full_range);
        let high = self.verdict_for(sum + open_range, full_range);
        if low == high {
            Decision::Settled(low)
        } else {
            Decision::Open
        }
    }

    /// The fewest changes to the given answers that change the outcome, or
    /// `None` when no change of them can. A balanced result looks both ways
    /// and takes the shorter path; on a tie, the pole that is already ahead,
    /// then pole 0.
    pub fn flip(&self, answers: &Answers) -> Option<Flip> {
        self.flip_skipping(answers, &[])
    }

    /// As [`Engine::flip`], where answering a skipped question (`skipped[q]`,
    /// with no answer) also counts as one change.
    pub fn flip_skipping(&self, answers: &Answers, skipped: &[bool]) -> Option<Flip> {
        let (sum, range) = self.totals(answers);
        let now = self.verdict_for(sum, range);
        let toward = |pole: u8| self.flip_toward(answers, skipped, sum, range, now, pole);
        match now {
            Verdict::Pole(p) => toward(1 - p),
            Verdict::Balanced => {
                let first = if sum < 0 { 1 } else { 0 };
                match (toward(first), toward(1 - first)) {
                    (Some(a), Some(b)) if b.changes.len() < a.changes.len() => Some(b),
                    (Some(a), _) => Some(a),
                    (None, b) => b,
                }
            }
        }
    }

    /// Greedy is exact here: the k changes with the largest possible moves
    /// give the largest total move any k changes can give. A move is measured
    /// on `100 × sum − t × range` (signed toward `pole`), which decides the
    /// verdict; a changed answer moves it by `100 × gain`, an answered skip
    /// by `(100 − t) × range` when reaching a pole from balanced, and by
    /// `(100 + t) × range` when leaving the other pole.
    fn flip_toward(
        &self,
        answers: &Answers,
        skipped: &[bool],
        sum: i64,
        range: i64,
        now: Verdict,
        pole: u8,
    ) -> Option<Flip> {
        let sign = if pole == 0 { 1 } else { -1 };
        let t = self.quiz.balanced_threshold as i64;
        let skip_weight = if now == Verdict::Balanced {
            100 - t
        } else {
            100 + t
        };
        let mut moves: Vec<Change> = self
            .answered(answers)
            .map(|(q, o)| {
                let best = self.best_option(q, pole);
                let gain = sign * (self.lean[q][best as usize] - self.lean[q][o as usize]);
                Change {
                    weight: 100 * gain,
                    gain,
                    added_range: 0,
                    question: q,
                    option: best,
                }
            })
            .chain(self.skipped(answers, skipped).map(|q| {
                let r = self.range[q];
                Change {
                    weight: skip_weight * r,
                    gain: r,
                    added_range: r,
                    question: q,
                    option: self.best_option(q, pole),
                }
            }))
            .filter(|c| c.gain > 0)
            .collect();
        sort_small(&mut moves, |a, b| a.weight > b.weight);
        let (mut moved, mut total) = (sum, range);
        let mut changes = Vec::new();
        for c in moves {
            moved += sign * c.gain;
            total += c.added_range;
            changes.push((c.question, c.option));
            let v = self.verdict_for(moved, total);
            if v != now {
                return Some(Flip { to: v, changes });
            }
        }
        None
    }

    /// The option of a question that leans furthest toward a pole; the first
    /// such option on a tie.
    fn best_option(&self, question: usize, pole: u8) -> u8 {
        let sign = if pole == 0 { 1 } else { -1 };
        let leans = &self.lean[question];
        let mut best = 0;
        for (i, l) in leans.iter().enumerate() {
            if sign * l > sign * leans[best] {
                best = i;
            }
        }
        best as u8
    }

    pub fn confidence(&self, answers: &Answers) -> Confidence {
        self.confidence_given(answers, self.flip(answers).as_ref())
    }

    /// The confidence when skipped questions count as answers still to give:
    /// the fewest changes, answering a skipped question included.
    pub fn confidence_skipping(&self, answers: &Answers, skipped: &[bool]) -> Confidence {
        self.confidence_given(answers, self.flip_skipping(answers, skipped).as_ref())
    }

    /// The confidence of answers whose flip set is already known, so a
    /// caller that shows both computes the flip once.
    pub fn confidence_given(&self, answers: &Answers, flip: Option<&Flip>) -> Confidence {
        let changes_needed = flip.map(|f| f.changes.len());
        let level = if self.answered(answers).next().is_none() {
            ConfidenceLevel::Low
        } else {
            match changes_needed {
                Some(0 | 1) => ConfidenceLevel::Low,
                Some(2 | 3) => ConfidenceLevel::Moderate,
                _ => ConfidenceLevel::High,
            }
        };
        Confidence {
            changes_needed,
            level,
        }
    }
}

/// One question's leans and range, as [`Question::leans`] gives them,
/// counting only the dimensions of `part`; `dense` is the question's
/// weights by option and dimension.
///
/// [`Question::leans`]: super::content::Question::leans
fn part_leans(quiz: &Quiz, dense: &[Vec<i64>], part: Part) -> (Vec<i64>, i64) {
    let step = |d: usize| {
        let at = |o: usize| {
            quiz.outcomes
                .get(o)
                .and_then(|x| x.profile.get(d))
                .copied()
                .unwrap_or(0) as i64
        };
        if quiz.dimensions.get(d).map(|x| x.part) == Some(part) {
            at(0) - at(1)
        } else {
            0
        }
    };
    let raw: Vec<i64> = dense
        .iter()
        .map(|w| w.iter().enumerate().map(|(d, x)| x * step(d)).sum())
        .collect();
    let hi = raw.iter().copied().max().unwrap_or(0);
    let lo = raw.iter().copied().min().unwrap_or(0);
    (raw.iter().map(|c| 2 * c - (hi + lo)).collect(), hi - lo)
}

/// A stable insertion sort, where `before(a, b)` says that `a` goes first.
/// The lists here have one entry per question, and std's stable sort adds
/// about 13 KB of code to the wasm.
pub(crate) fn sort_small<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
