//! Simulated respondents: random ones, ones with an answering style, and
//! personas nudged by one step. Every simulation takes its own [`Prng`], so
//! its figures replay exactly from a seed.

use super::prng::Prng;
use crate::domain::content::{QuestionKind, Quiz, Verdict};
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
            _ => rng.below(n_options),
        };
        *answer = Some(o as u8);
    }
}

/// The same answers with one of them moved one step, drawn at random.
///
/// **One step.** Likert options are ordered, so a step is to an adjacent
/// option (inward at either end). Scenario and choice options have no
/// order, so a step is to any other option of the question. The question is
/// drawn uniformly among the answered ones, then the step uniformly among
/// its possible steps.
pub fn one_step(quiz: &Quiz, answers: &[Option<u8>], rng: &mut Prng) -> Vec<Option<u8>> {
    let answered: Vec<usize> = (0..answers.len().min(quiz.questions.len()))
        .filter(|&q| answers[q].is_some_and(|o| (o as usize) < quiz.questions[q].options.len()))
        .collect();
    let mut out = answers.to_vec();
    if answered.is_empty() {
        return out;
    }
    let q = answered[rng.below(answered.len())];
    let question = &quiz.questions[q];
    let n = question.options.len();
    let now = out[q].unwrap_or(0) as usize;
    if n < 2 {
        return out;
    }
    let next = match question.kind {
        QuestionKind::Likert => {
            let steps: Vec<usize> = [now.checked_sub(1), Some(now + 1).filter(|&o| o < n)]
                .into_iter()
                .flatten()
                .collect();
            steps[rng.below(steps.len())]
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
    out[q] = Some(next as u8);
    out
}

/// The share of `n` one-step changes of `answers` that change its outcome.
pub fn flip_rate(engine: &Engine, answers: &[Option<u8>], n: usize, rng: &mut Prng) -> f64 {
    let now = engine.verdict(answers);
    let flips = (0..n)
        .filter(|_| engine.verdict(&one_step(engine.quiz(), answers, rng)) != now)
        .count();
    ratio(flips, n)
}

// Native tests: std's sort costs the wasm nothing here.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::domain::content::Quiz;
    use crate::domain::shipped::QUIZ_EN;

    fn first_of(quiz: &Quiz, kind: QuestionKind) -> usize {
        quiz.questions
            .iter()
            .position(|q| q.kind == kind)
            .expect("the shipped quiz has every kind of question")
    }

    /// Which options one step can reach from `from`, over many draws.
    fn check_steps(kind: QuestionKind, from: u8, expected: &[u8]) {
        let q = first_of(&QUIZ_EN, kind);
        let mut answers = vec![None; QUIZ_EN.questions.len()];
        answers[q] = Some(from);
        let mut rng = Prng::new(7);
        let mut reached: Vec<u8> = (0..200)
            .map(|_| one_step(&QUIZ_EN, &answers, &mut rng)[q].unwrap())
            .collect();
        reached.sort();
        reached.dedup();
        assert_eq!(reached, expected, "{kind:?} from {from}");
    }

    #[test]
    fn one_step_is_adjacent_on_likert_and_any_other_option_elsewhere() {
        check_steps(QuestionKind::Likert, 0, &[1]);
        check_steps(QuestionKind::Likert, 2, &[1, 3]);
        check_steps(QuestionKind::Likert, 4, &[3]);
        check_steps(QuestionKind::Choice, 0, &[1]);
        check_steps(QuestionKind::Choice, 1, &[0]);
        let scenario = &QUIZ_EN.questions[first_of(&QUIZ_EN, QuestionKind::Scenario)];
        let others: Vec<u8> = (1..scenario.options.len() as u8).collect();
        check_steps(QuestionKind::Scenario, 0, &others);
    }

    #[test]
    fn one_step_changes_exactly_one_answer() {
        let answers: Vec<Option<u8>> = QUIZ_EN.questions.iter().map(|_| Some(0)).collect();
        let mut rng = Prng::new(3);
        for _ in 0..100 {
            let stepped = one_step(&QUIZ_EN, &answers, &mut rng);
            let changed = stepped.iter().zip(&answers).filter(|(a, b)| a != b).count();
            assert_eq!(changed, 1);
        }
    }

    /// Over many respondents: the set of options each kind of question got.
    fn check_style(style: AnswerStyle, kind: QuestionKind, expected: &[u8]) {
        let q = first_of(&QUIZ_EN, kind);
        let mut rng = Prng::new(11);
        let mut answers = vec![None; QUIZ_EN.questions.len()];
        let mut seen = Vec::new();
        for _ in 0..300 {
            answer_in_style(&QUIZ_EN, style, &mut rng, &mut answers);
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
        let scenario = &QUIZ_EN.questions[first_of(&QUIZ_EN, Scenario)];
        let all: Vec<u8> = (0..scenario.options.len() as u8).collect();
        check_style(MostAgreeing, Scenario, &all);
    }

    #[test]
    fn a_simulation_replays_from_its_seed() {
        let engine = Engine::new(&QUIZ_EN);
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
