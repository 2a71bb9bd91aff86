//! Simulated respondents: random ones, ones with an answering style, and
//! personas taking the quiz again. Every simulation takes its own [`Prng`], so
//! its figures replay exactly from a seed.

use super::prng::Prng;
use crate::domain::content::{Part, QuestionKind, Quiz, Verdict};
use crate::domain::engine::Engine;

/// How many simulated respondents reached each outcome, and how far they led.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shares {
    pub n: usize,
    /// By outcome index: pole 0, pole 1, balanced.
    pub counts: [usize; 3],
    lead_sum: f64,
    abs_lead_sum: f64,
}

impl Shares {
    fn add(&mut self, verdict: Verdict, lead: f64) {
        self.n += 1;
        self.counts[verdict.index()] += 1;
        self.lead_sum += lead;
        self.abs_lead_sum += lead.abs();
    }

    /// The share of all respondents who reached an outcome, in 0..=1.
    pub fn share(&self, verdict: Verdict) -> f64 {
        ratio(self.counts[verdict.index()], self.n)
    }

    /// A pole's share of the respondents who reached either pole, in 0..=1;
    /// one half when nobody reached a pole.
    pub fn share_of_poles(&self, pole: u8) -> f64 {
        let poles = self.counts[0] + self.counts[1];
        if poles == 0 {
            0.5
        } else {
            ratio(self.counts[pole as usize], poles)
        }
    }

    /// The mean lead of pole 0, in percentage points; answering styles that
    /// push one way show up here even when each answer set stays balanced.
    pub fn mean_lead(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            self.lead_sum / self.n as f64
        }
    }

    /// How far from even the typical respondent ends, in either direction.
    pub fn mean_abs_lead(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            self.abs_lead_sum / self.n as f64
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// A consistent way of answering Likert questions, whatever they say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerStyle {
    /// Every option uniformly at random, on every question.
    Random,
    /// "Strongly agree" to every statement; other kinds at random.
    MostAgreeing,
    /// "Strongly disagree" to every statement; other kinds at random.
    LeastAgreeing,
    /// The first option of every scenario and choice; statements at random.
    FirstOption,
    /// The last option of every scenario and choice; statements at random.
    LastOption,
}

/// `n` respondents answering every question in `style`.
pub fn simulate(engine: &Engine, style: AnswerStyle, n: usize, rng: &mut Prng) -> Shares {
    let mut answers = vec![None; engine.quiz().questions.len()];
    let mut shares = Shares::default();
    for _ in 0..n {
        answer_in_style(engine.quiz(), style, rng, &mut answers);
        shares.add(engine.verdict(&answers), engine.lead(&answers));
    }
    shares
}

/// Fills in one respondent's answers to every question.
pub fn answer_in_style(
    quiz: &Quiz,
    style: AnswerStyle,
    rng: &mut Prng,
    answers: &mut [Option<u8>],
) {
    for (question, answer) in quiz.questions.iter().zip(answers.iter_mut()) {
        let n_options = question.options.len();
        // Likert options run from full disagreement to full agreement.
        let o = match (style, question.kind) {
            (AnswerStyle::MostAgreeing, QuestionKind::Likert) => n_options - 1,
            (AnswerStyle::LeastAgreeing, QuestionKind::Likert) => 0,
            (AnswerStyle::FirstOption, QuestionKind::Scenario | QuestionKind::Choice) => 0,
            (AnswerStyle::LastOption, QuestionKind::Scenario | QuestionKind::Choice) => {
                n_options - 1
            }
            _ => rng.below(n_options),
        };
        *answer = Some(o as u8);
    }
}

/// Whether a question moves any dimension about the work.
pub fn is_work_question(quiz: &Quiz, q: usize) -> bool {
    quiz.questions[q]
        .options
        .iter()
        .flat_map(|o| o.moves.iter())
        .any(|m| quiz.dimensions[m.dimension as usize].part == Part::Work)
}

/// A respondent with no view on the work and a strong one on how they like
/// to work: the highest (`high`) or lowest reach of style dimension `d`,
/// such as the most sociable or the most solitary person.
///
/// On a question about the work they are neutral: the middle of a Likert
/// scale, and a skip where no option is neutral (a skip shrinks the total
/// the style answers are measured against, so it is the harsher reading).
/// On a style question they take the answer that moves `d` furthest their
/// way; where options tie, the one leaning least toward either role; where
/// the question does not move `d`, the middle, or a skip.
pub fn neutral_on_work(quiz: &Quiz, d: usize, high: bool) -> Vec<Option<u8>> {
    let sign = if high { 1 } else { -1 };
    (0..quiz.questions.len())
        .map(|q| {
            let question = &quiz.questions[q];
            let n = question.options.len();
            let middle = match question.kind {
                QuestionKind::Likert => Some((n / 2) as u8),
                QuestionKind::Scenario | QuestionKind::Choice => None,
            };
            if is_work_question(quiz, q) {
                return middle;
            }
            let on_d = |o: usize| -> i64 {
                question.options[o]
                    .moves
                    .iter()
                    .filter(|m| m.dimension as usize == d)
                    .map(|m| sign * m.weight as i64)
                    .sum()
            };
            let best = (0..n).map(on_d).max().unwrap_or(0);
            if (0..n).all(|o| on_d(o) == best) {
                return middle;
            }
            let (leans, _) = question.leans(&quiz.outcomes);
            (0..n)
                .filter(|&o| on_d(o) == best)
                .min_by_key(|&o| leans[o].abs())
                .map(|o| o as u8)
        })
        .collect()
}

/// How likely each answer is to change on a retake, in parts per thousand.
/// A quarter is a deliberately noisy retake: in a 27-question quiz it
/// changes about seven answers, where the old gate changed one.
pub const RETAKE_CHANGE_PER_MILLE: u32 = 250;

/// The same person taking the quiz again: each answer, independently, moves
/// to a neighbouring option with probability `change_per_mille` / 1000.
///
/// **Neighbouring.** Likert options are ordered, so a neighbour is one step
/// up or down, each equally likely (inward at either end): someone who
/// agreed may next time agree strongly or sit on the fence, never flip to
/// disagreeing. A choice has one other option, which is its neighbour.
/// Scenario options have no order, and which one a person would pick
/// second is not known, so every other option is a neighbour, equally
/// likely: the harshest reading, since it may cross to the other side.
/// A skipped question (`None`) stays skipped.
pub fn retake(
    quiz: &Quiz,
    answers: &[Option<u8>],
    change_per_mille: u32,
    rng: &mut Prng,
) -> Vec<Option<u8>> {
    answers
        .iter()
        .zip(quiz.questions.iter())
        .map(|(answer, question)| {
            let n = question.options.len();
            let now = match *answer {
                Some(o) if (o as usize) < n && n >= 2 => o as usize,
                other => return other,
            };
            if rng.below(1000) >= change_per_mille as usize {
                return Some(now as u8);
            }
            let next = match question.kind {
                QuestionKind::Likert => {
                    if now == 0 {
                        1
                    } else if now == n - 1 || rng.below(2) == 0 {
                        now - 1
                    } else {
                        now + 1
                    }
                }
                QuestionKind::Scenario | QuestionKind::Choice => {
                    let o = rng.below(n - 1);
                    if o >= now {
                        o + 1
                    } else {
                        o
                    }
                }
            };
            Some(next as u8)
        })
        .collect()
}

/// The share of `n` retakes of `answers` that reach the same outcome.
pub fn keep_rate(
    engine: &Engine,
    answers: &[Option<u8>],
    change_per_mille: u32,
    n: usize,
    rng: &mut Prng,
) -> f64 {
    let now = engine.verdict(answers);
    let kept = (0..n)
        .filter(|_| engine.verdict(&retake(engine.quiz(), answers, change_per_mille, rng)) == now)
        .count();
    ratio(kept, n)
}

// Native tests: std's sort costs the wasm nothing here.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::domain::content::Quiz;
    use crate::domain::shipped::QUIZ;

    fn first_of(quiz: &Quiz, kind: QuestionKind) -> usize {
        quiz.questions
            .iter()
            .position(|q| q.kind == kind)
            .expect("the shipped quiz has every kind of question")
    }

    /// Which options a retake that changes every answer reaches from
    /// `from`, over many draws.
    fn check_neighbours(kind: QuestionKind, from: u8, expected: &[u8]) {
        let q = first_of(&QUIZ, kind);
        let mut answers = vec![None; QUIZ.questions.len()];
        answers[q] = Some(from);
        let mut rng = Prng::new(7);
        let mut reached: Vec<u8> = (0..200)
            .map(|_| retake(&QUIZ, &answers, 1000, &mut rng)[q].unwrap())
            .collect();
        reached.sort();
        reached.dedup();
        assert_eq!(reached, expected, "{kind:?} from {from}");
    }

    #[test]
    fn a_retake_moves_likert_one_step_and_other_kinds_to_any_other_option() {
        check_neighbours(QuestionKind::Likert, 0, &[1]);
        check_neighbours(QuestionKind::Likert, 2, &[1, 3]);
        check_neighbours(QuestionKind::Likert, 4, &[3]);
        check_neighbours(QuestionKind::Choice, 0, &[1]);
        check_neighbours(QuestionKind::Choice, 1, &[0]);
        let scenario = &QUIZ.questions[first_of(&QUIZ, QuestionKind::Scenario)];
        let others: Vec<u8> = (1..scenario.options.len() as u8).collect();
        check_neighbours(QuestionKind::Scenario, 0, &others);
    }

    /// (change per mille, share of answers changed, tolerance): each answer
    /// changes with the given chance, and skipped ones stay skipped.
    #[test]
    fn a_retake_changes_answers_at_its_rate_and_keeps_skips() {
        let n_questions = QUIZ.questions.len();
        let answers: Vec<Option<u8>> = (0..n_questions)
            .map(|q| (q % 4 != 3).then_some(0))
            .collect();
        let answered = answers.iter().filter(|a| a.is_some()).count();
        let cases = [(0, 0.0, 0.0), (250, 0.25, 0.02), (1000, 1.0, 0.0)];
        for (per_mille, share, tolerance) in cases {
            let mut rng = Prng::new(per_mille as u64);
            let mut changed = 0;
            for _ in 0..1000 {
                let again = retake(&QUIZ, &answers, per_mille, &mut rng);
                for (a, b) in answers.iter().zip(&again) {
                    assert_eq!(a.is_none(), b.is_none(), "a skip stays a skip");
                    changed += usize::from(a != b);
                }
            }
            let got = changed as f64 / (1000 * answered) as f64;
            assert!(
                (got - share).abs() <= tolerance,
                "{per_mille} per mille: {got:.3} of answers changed"
            );
        }
    }

    #[test]
    fn answers_that_never_change_keep_their_outcome() {
        let engine = Engine::new(&QUIZ);
        let answers: Vec<Option<u8>> = QUIZ.questions.iter().map(|_| Some(1)).collect();
        assert_eq!(keep_rate(&engine, &answers, 0, 50, &mut Prng::new(5)), 1.0);
    }

    /// Over many respondents: the set of options each kind of question got.
    fn check_style(style: AnswerStyle, kind: QuestionKind, expected: &[u8]) {
        let q = first_of(&QUIZ, kind);
        let mut rng = Prng::new(11);
        let mut answers = vec![None; QUIZ.questions.len()];
        let mut seen = Vec::new();
        for _ in 0..300 {
            answer_in_style(&QUIZ, style, &mut rng, &mut answers);
            assert!(
                answers.iter().all(Option::is_some),
                "every question answered"
            );
            seen.push(answers[q].unwrap());
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen, expected, "{style:?} on {kind:?}");
    }

    #[test]
    fn answering_styles_fix_only_the_likert_answers() {
        use AnswerStyle::*;
        use QuestionKind::*;
        check_style(Random, Likert, &[0, 1, 2, 3, 4]);
        check_style(MostAgreeing, Likert, &[4]);
        check_style(LeastAgreeing, Likert, &[0]);
        check_style(MostAgreeing, Choice, &[0, 1]);
        check_style(LeastAgreeing, Choice, &[0, 1]);
        let scenario = &QUIZ.questions[first_of(&QUIZ, Scenario)];
        let all: Vec<u8> = (0..scenario.options.len() as u8).collect();
        check_style(MostAgreeing, Scenario, &all);
        check_style(FirstOption, Likert, &[0, 1, 2, 3, 4]);
        check_style(FirstOption, Choice, &[0]);
        check_style(FirstOption, Scenario, &[0]);
        check_style(LastOption, Choice, &[1]);
        check_style(LastOption, Scenario, &[scenario.options.len() as u8 - 1]);
    }

    #[test]
    fn a_simulation_replays_from_its_seed() {
        let engine = Engine::new(&QUIZ);
        let a = simulate(&engine, AnswerStyle::Random, 500, &mut Prng::new(1));
        let b = simulate(&engine, AnswerStyle::Random, 500, &mut Prng::new(1));
        assert_eq!(a, b);
        assert_eq!(a.n, 500);
        assert_eq!(a.counts.iter().sum::<usize>(), 500);
    }

    #[test]
    fn shares_are_fractions_of_the_respondents() {
        let mut s = Shares::default();
        // (verdict, lead)
        let cases = [
            (Verdict::Pole(0), 30.0),
            (Verdict::Pole(0), 20.0),
            (Verdict::Pole(1), -40.0),
            (Verdict::Balanced, 2.0),
        ];
        for (v, lead) in cases {
            s.add(v, lead);
        }
        assert_eq!(s.share(Verdict::Pole(0)), 0.5);
        assert_eq!(s.share(Verdict::Balanced), 0.25);
        assert!((s.share_of_poles(0) - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.share_of_poles(1) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.mean_lead(), 3.0);
        assert_eq!(s.mean_abs_lead(), 23.0);
        assert_eq!(Shares::default().share_of_poles(0), 0.5);
    }
}
