//! The shipped quiz is fair by design: its shape (kinds, dimensions, keying)
//! and its behaviour under simulated respondents who answer at random, or
//! who agree or disagree with every statement.
#![cfg(not(target_arch = "wasm32"))]

use opsfit::domain::content::*;
use opsfit::domain::engine::Engine;
use opsfit::domain::shipped::QUIZ;

const RESPONDENTS: usize = 20_000;

/// A seeded xorshift, so a failing run replays exactly.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Shares of SRE, DevOps and balanced among simulated respondents; Likert
/// items get `likert` (an option index) when given, anything else at random.
fn outcomes(likert: Option<u8>, seed: u64) -> [f64; 3] {
    let engine = Engine::new(&QUIZ);
    let mut rng = Rng(seed);
    let mut counts = [0usize; 3];
    for _ in 0..RESPONDENTS {
        let answers: Vec<Option<u8>> = QUIZ
            .questions
            .iter()
            .map(|q| match (q.kind, likert) {
                (QuestionKind::Likert, Some(o)) => Some(o),
                _ => Some(rng.below(q.options.len()) as u8),
            })
            .collect();
        counts[engine.score(&answers).verdict.index()] += 1;
    }
    counts.map(|c| c as f64 / RESPONDENTS as f64)
}

/// Neither role wins more than 55% of the decided results, and balanced
/// lands in `balanced`.
fn check_fair(name: &str, [sre, devops, balanced]: [f64; 3], within: std::ops::Range<f64>) {
    let sre_of_decided = sre / (sre + devops);
    assert!(
        (0.45..=0.55).contains(&sre_of_decided),
        "{name}: SRE takes {sre_of_decided:.3} of decided results"
    );
    assert!(
        within.contains(&balanced),
        "{name}: balanced is {balanced:.3}, wanted {within:?}"
    );
}

#[test]
fn random_answers_favour_neither_role() {
    check_fair("random", outcomes(None, 0x5eed), 0.10..0.35);
}

#[test]
fn agreeing_or_disagreeing_with_everything_favours_neither_role() {
    // Likert options are 0 ("strongly disagree") to 4 ("strongly agree").
    for pick in [0, 1, 3, 4] {
        check_fair(
            &format!("likert {pick}"),
            outcomes(Some(pick), 0x5eed + pick as u64),
            0.10..0.60,
        );
        let only_likert: Vec<Option<u8>> = QUIZ
            .questions
            .iter()
            .map(|q| (q.kind == QuestionKind::Likert).then_some(pick))
            .collect();
        let s = Engine::new(&QUIZ).score(&only_likert);
        assert!(
            (s.percent[0] - 50.0).abs() < 1e-9,
            "likert {pick} alone: {:?}",
            s.percent
        );
    }
}

#[test]
fn each_kind_is_at_least_a_fifth_of_the_quiz() {
    let n = QUIZ.questions.len();
    assert!(n >= 24, "{n} questions");
    for kind in [
        QuestionKind::Likert,
        QuestionKind::Scenario,
        QuestionKind::Choice,
    ] {
        let k = QUIZ.questions.iter().filter(|q| q.kind == kind).count();
        assert!(5 * k >= n, "{kind:?}: {k} of {n}");
    }
}

/// Each dimension is measured by at least three questions, and by Likert
/// statements keyed both ways, so agreeing with everything cannot drift it.
#[test]
fn every_dimension_is_measured_three_times_and_keyed_both_ways() {
    for (d, dim) in QUIZ.dimensions.iter().enumerate() {
        let weights_of = |q: &Question| -> Vec<i8> {
            q.options
                .iter()
                .flat_map(|o| o.moves.iter())
                .filter(|m| m.dimension as usize == d)
                .map(|m| m.weight)
                .collect()
        };
        let measuring = QUIZ
            .questions
            .iter()
            .filter(|q| !weights_of(q).is_empty())
            .count();
        assert!(measuring >= 3, "{}: {measuring} questions", dim.id);
        // A Likert statement's last option is full agreement.
        let agreement: Vec<i8> = QUIZ
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Likert)
            .filter_map(|q| q.options.last())
            .flat_map(|o| o.moves.iter())
            .filter(|m| m.dimension as usize == d)
            .map(|m| m.weight)
            .collect();
        assert!(
            agreement.iter().any(|w| *w > 0) && agreement.iter().any(|w| *w < 0),
            "{}: agreement only ever moves it one way: {agreement:?}",
            dim.id
        );
    }
}

/// Which role the first option (or agreement) favours is mixed within each
/// kind, so always picking the first answer does not steer the result.
#[test]
fn the_first_option_does_not_always_favour_one_role() {
    for kind in [
        QuestionKind::Likert,
        QuestionKind::Scenario,
        QuestionKind::Choice,
    ] {
        let of_kind: Vec<&Question> = QUIZ.questions.iter().filter(|q| q.kind == kind).collect();
        let sre_first = of_kind
            .iter()
            .filter(|q| {
                let (leans, _) = q.leans(&QUIZ.outcomes);
                let first = match kind {
                    QuestionKind::Likert => leans.last(),
                    _ => leans.first(),
                };
                first.is_some_and(|&l| l > 0)
            })
            .count();
        assert!(
            3 * sre_first >= of_kind.len() && 3 * (of_kind.len() - sre_first) >= of_kind.len(),
            "{kind:?}: {sre_first} of {} lead with SRE",
            of_kind.len()
        );
    }
}
