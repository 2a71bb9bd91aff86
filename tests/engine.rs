//! The scoring engine's laws, over the shipped quiz and over random quizzes
//! small enough to check by brute force.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;

use opsfit::domain::content::*;
use opsfit::domain::engine::{Decision, Engine, Flip};
use opsfit::domain::quiz::{Action, Progress};
use opsfit::domain::shipped::QUIZ;
use proptest::prelude::*;

/// An option's lean toward pole 0, computed here from the profiles as an
/// independent oracle for the engine's own arithmetic.
fn lean(quiz: &Quiz, q: usize, o: usize) -> i64 {
    quiz.questions[q].options[o]
        .moves
        .iter()
        .map(|m| {
            let d = m.dimension as usize;
            m.weight as i64
                * (quiz.outcomes[0].profile[d] as i64 - quiz.outcomes[1].profile[d] as i64)
        })
        .sum()
}

/// The option of each question that leans furthest toward a pole.
fn extreme_answers(quiz: &Quiz, pole: u8) -> Vec<Option<u8>> {
    (0..quiz.questions.len())
        .map(|q| {
            let n = quiz.questions[q].options.len();
            let best = (0..n)
                .max_by_key(|&o| {
                    if pole == 0 {
                        lean(quiz, q, o)
                    } else {
                        -lean(quiz, q, o)
                    }
                })
                .unwrap();
            Some(best as u8)
        })
        .collect()
}

/// Every complete answer set that agrees with `fixed` where it is answered.
fn completions(quiz: &Quiz, fixed: &[Option<u8>]) -> Vec<Vec<Option<u8>>> {
    let mut all = vec![Vec::new()];
    for (q, question) in quiz.questions.iter().enumerate() {
        let choices: Vec<u8> = match fixed[q] {
            Some(o) => vec![o],
            None => (0..question.options.len() as u8).collect(),
        };
        all = all
            .into_iter()
            .flat_map(|prefix| {
                choices.iter().map(move |&o| {
                    let mut v = prefix.clone();
                    v.push(Some(o));
                    v
                })
            })
            .collect();
    }
    all
}

/// Answers as stored: (question id, option id) pairs.
type GivenById<'a> = &'a [(&'a str, &'a str)];

/// Answers given by question and option id, the way they are stored.
fn by_id(given: GivenById) -> Vec<Option<u8>> {
    let mut answers = vec![None; QUIZ.questions.len()];
    for (question, option) in given {
        let q = QUIZ.question_index(question).expect(question);
        let o = QUIZ.questions[q].option_index(option).expect(option);
        answers[q] = Some(o as u8);
    }
    answers
}

/// Where an option sits relative to its question's midpoint, doubled so
/// that it stays an integer: the engine's centred lean, from the oracle.
fn centred(quiz: &Quiz, q: usize, o: usize) -> i64 {
    let n = quiz.questions[q].options.len();
    let hi = (0..n).map(|o| lean(quiz, q, o)).max().unwrap();
    let lo = (0..n).map(|o| lean(quiz, q, o)).min().unwrap();
    2 * lean(quiz, q, o) - (hi + lo)
}

/// A respondent in the middle of every question: the option closest to the
/// question's midpoint (neutral, on a Likert question). When two options are
/// equally close, as the two of a choice always are, it takes the one that
/// leans against the answers so far, so that the order of the options in
/// the file cannot push it to one side.
fn middle_answers(quiz: &Quiz) -> Vec<Option<u8>> {
    let mut total = 0i64;
    (0..quiz.questions.len())
        .map(|q| {
            let n = quiz.questions[q].options.len();
            let o = (0..n)
                .min_by_key(|&o| {
                    let c = centred(quiz, q, o);
                    (c.abs(), c.signum() == total.signum() && c != 0)
                })
                .unwrap();
            total += centred(quiz, q, o);
            Some(o as u8)
        })
        .collect()
}

#[test]
fn simple_answer_sets_on_the_shipped_quiz() {
    let engine = Engine::new(&QUIZ);
    // (answers by id, pole-0 percent, verdict). Likert options are "1" to "5".
    let cases: [(GivenById, f64, Verdict); 9] = [
        (&[], 50.0, Verdict::Balanced),
        (&[("reliability-targets", "3")], 50.0, Verdict::Balanced),
        (&[("reliability-targets", "5")], 100.0, Verdict::Pole(0)),
        (&[("reliability-targets", "4")], 75.0, Verdict::Pole(0)),
        (&[("release-path", "5")], 0.0, Verdict::Pole(1)),
        // A mirrored pair: agreeing with both statements cancels out.
        (
            &[("reliability-targets", "5"), ("release-path", "5")],
            50.0,
            Verdict::Balanced,
        ),
        // An option halfway from the middle to the SRE end.
        (&[("quiet-on-call", "write-steps")], 75.0, Verdict::Pole(0)),
        (
            &[
                ("bad-release-role", "trace"),
                ("known-for", "easy-releases"),
            ],
            50.0,
            Verdict::Balanced,
        ),
        // A question about style alone moves nothing: both roles ask for it.
        (&[("todo-list", "small-jobs")], 50.0, Verdict::Balanced),
    ];
    for (given, p0, verdict) in cases {
        let s = engine.score(&by_id(given));
        assert!(
            (s.percent[0] - p0).abs() < 1e-9,
            "{given:?}: {:?}",
            s.percent
        );
        assert_eq!(s.verdict, verdict, "{given:?}");
    }
    let n = QUIZ.questions.len();
    let likert = QUIZ
        .questions
        .iter()
        .position(|q| q.kind == QuestionKind::Likert)
        .expect("the shipped quiz has a Likert question");
    let only = |q: usize, o: u8| {
        let mut a = vec![None; n];
        a[q] = Some(o);
        a
    };
    let sre = extreme_answers(&QUIZ, 0);
    // (what, answers, pole-0 percent, verdict)
    let cases: [(&str, Vec<Option<u8>>, f64, Verdict); 5] = [
        ("nothing answered", vec![None; n], 50.0, Verdict::Balanced),
        (
            "one neutral Likert answer",
            only(likert, 2),
            50.0,
            Verdict::Balanced,
        ),
        (
            "one answer at its SRE extreme",
            only(0, sre[0].unwrap()),
            100.0,
            Verdict::Pole(0),
        ),
        (
            "every answer at its SRE extreme",
            sre,
            100.0,
            Verdict::Pole(0),
        ),
        (
            "every answer at its DevOps extreme",
            extreme_answers(&QUIZ, 1),
            0.0,
            Verdict::Pole(1),
        ),
    ];
    for (what, answers, p0, verdict) in cases {
        let s = engine.score(&answers);
        assert!((s.percent[0] - p0).abs() < 1e-9, "{what}: {:?}", s.percent);
        assert_eq!(s.verdict, verdict, "{what}");
    }
}

/// A full answer set, explained: its percentages, the answers that moved it
/// most and what would change it. Everything asserted follows from the
/// engine's laws, so it holds for any content; `cargo test --test engine
/// worked_example -- --nocapture` prints it.
#[test]
fn worked_example_on_the_shipped_quiz() {
    let quiz = &QUIZ;
    let engine = Engine::new(quiz);
    // Even questions at their SRE extreme, odd ones at their DevOps extreme.
    let answers: Vec<Option<u8>> = (0..quiz.questions.len())
        .map(|q| extreme_answers(quiz, (q % 2) as u8)[q])
        .collect();
    let s = engine.score(&answers);
    let contributions = engine.contributions(&answers);
    let flip = engine.flip(&answers);
    let confidence = engine.confidence(&answers);

    let option = |q: usize, o: u8| {
        let question = &quiz.questions[q];
        format!("{} = {}", question.id, question.options[o as usize].id)
    };
    println!("answers:");
    for (q, a) in answers.iter().enumerate() {
        println!("  {}", option(q, a.unwrap()));
    }
    println!(
        "percentages: {} {:.1}%, {} {:.1}%; verdict {}",
        quiz.outcomes[0].id,
        s.percent[0],
        quiz.outcomes[1].id,
        s.percent[1],
        quiz.outcome(s.verdict).id
    );
    println!("top contributions (points toward {}):", quiz.outcomes[0].id);
    for c in contributions.iter().take(3) {
        println!("  {:+6.1}  {}", c.points, option(c.question, c.option));
    }
    match &flip {
        Some(f) => {
            let changes: Vec<String> = f.changes.iter().map(|&(q, o)| option(q, o)).collect();
            println!(
                "flip set: {} -> {}",
                changes.join(", "),
                quiz.outcome(f.to).id
            );
        }
        None => println!("flip set: none; no change of these answers changes the outcome"),
    }
    println!("confidence: {confidence:?}");

    assert_eq!(s.n_answered, quiz.questions.len());
    assert!((s.percent[0] + s.percent[1] - 100.0).abs() < 1e-9);
    let total: f64 = contributions.iter().map(|c| c.points).sum();
    assert!(
        (50.0 + total - s.percent[0]).abs() < 1e-9,
        "contributions add up"
    );
    assert!(
        contributions
            .windows(2)
            .all(|w| w[0].points.abs() >= w[1].points.abs()),
        "largest first"
    );
    let top = &contributions[0];
    let largest = (0..quiz.questions.len())
        .map(|q| centred(quiz, q, answers[q].unwrap() as usize).abs())
        .max()
        .unwrap();
    assert_eq!(
        centred(quiz, top.question, top.option as usize).abs(),
        largest,
        "the top contribution is the answer furthest from its question's midpoint"
    );
    let lead = s.percent[0] - s.percent[1];
    let t = quiz.balanced_threshold as f64;
    let expected = if lead >= t - 1e-9 {
        Verdict::Pole(0)
    } else if lead <= -t + 1e-9 {
        Verdict::Pole(1)
    } else {
        Verdict::Balanced
    };
    assert_eq!(s.verdict, expected, "the verdict follows the lead");
    let f = flip.expect("an answer set at the extremes can always be moved");
    let mut applied = answers.clone();
    for &(q, o) in &f.changes {
        applied[q] = Some(o);
    }
    assert_eq!(engine.score(&applied).verdict, f.to);
    assert_ne!(f.to, s.verdict);
    assert_eq!(confidence.changes_needed, Some(f.changes.len()));
}

#[test]
fn all_leaning_one_way_gives_that_pole_and_the_middle_is_balanced() {
    let engine = Engine::new(&QUIZ);
    // (what, answers, verdict)
    let cases = [
        (
            "all leaning SRE",
            extreme_answers(&QUIZ, 0),
            Verdict::Pole(0),
        ),
        (
            "all leaning DevOps",
            extreme_answers(&QUIZ, 1),
            Verdict::Pole(1),
        ),
        (
            "all in the middle",
            middle_answers(&QUIZ),
            Verdict::Balanced,
        ),
    ];
    for (what, answers, verdict) in cases {
        assert_eq!(
            engine.score(&answers).verdict,
            verdict,
            "{what}: {answers:?}"
        );
    }
    let neutral: Vec<Option<u8>> = QUIZ
        .questions
        .iter()
        .map(|q| (q.kind == QuestionKind::Likert).then_some(2))
        .collect();
    assert_eq!(engine.score(&neutral).verdict, Verdict::Balanced);
}

/// Answers on one pole's side of every question: each at least half way
/// from the question's midpoint to that pole's extreme (Likert: agree or
/// strongly agree with a statement keyed that way).
fn arb_leaning_answers(quiz: &'static Quiz, pole: u8) -> impl Strategy<Value = Vec<Option<u8>>> {
    let sign = if pole == 0 { 1 } else { -1 };
    let per_question: Vec<_> = (0..quiz.questions.len())
        .map(|q| {
            let n = quiz.questions[q].options.len();
            let range = (0..n).map(|o| centred(quiz, q, o)).max().unwrap();
            let leaning: Vec<u8> = (0..n)
                .filter(|&o| 2 * sign * centred(quiz, q, o) >= range)
                .map(|o| o as u8)
                .collect();
            proptest::sample::select(leaning).prop_map(Some)
        })
        .collect();
    per_question
}

#[test]
fn a_lead_equal_to_the_threshold_counts_for_the_pole() {
    let engine = Engine::new(&QUIZ);
    let t = QUIZ.balanced_threshold as i64;
    assert_eq!(engine.verdict_for(t, 100), Verdict::Pole(0));
    assert_eq!(engine.verdict_for(-t, 100), Verdict::Pole(1));
    assert_eq!(engine.verdict_for(t - 1, 100), Verdict::Balanced);
    assert_eq!(engine.verdict_for(0, 0), Verdict::Balanced);
}

fn arb_quiz() -> impl Strategy<Value = Quiz> {
    (1usize..4, 1usize..6, 1u8..=50).prop_flat_map(|(n_dims, n_questions, threshold)| {
        let profiles = proptest::collection::vec(proptest::collection::vec(0u8..=100, n_dims), 3);
        let option = proptest::collection::vec((0..n_dims as u16, -3i8..=3), 0..3);
        let question = proptest::collection::vec(option, 2..5);
        let questions = proptest::collection::vec(question, n_questions);
        (profiles, questions).prop_map(move |(profiles, questions)| Quiz {
            id: Cow::Borrowed("random"),
            title: Cow::Borrowed("Random"),
            balanced_threshold: threshold,
            traits: Cow::Owned(vec![]),
            dimensions: Cow::Owned(
                (0..n_dims)
                    .map(|d| Dimension {
                        id: Cow::Owned(format!("d{d}")),
                        label: Cow::Borrowed(""),
                        description: Cow::Borrowed(""),
                        part: Part::Work,
                    })
                    .collect(),
            ),
            outcomes: Cow::Owned(
                profiles
                    .into_iter()
                    .map(|p| Outcome {
                        id: Cow::Borrowed("o"),
                        name: Cow::Borrowed(""),
                        short: Cow::Borrowed(""),
                        summary: Cow::Borrowed(""),
                        profile: Cow::Owned(p),
                    })
                    .collect(),
            ),
            questions: Cow::Owned(
                questions
                    .into_iter()
                    .enumerate()
                    .map(|(i, options)| Question {
                        id: Cow::Owned(format!("q{i}")),
                        kind: QuestionKind::Scenario,
                        prompt: Cow::Borrowed(""),
                        hint: None,
                        traits: Cow::Borrowed(&[]),
                        options: Cow::Owned(
                            options
                                .into_iter()
                                .enumerate()
                                .map(|(j, moves)| AnswerOption {
                                    id: Cow::Owned(format!("o{j}")),
                                    label: Cow::Borrowed(""),
                                    moves: Cow::Owned(
                                        moves
                                            .into_iter()
                                            .map(|(dimension, weight)| Move { dimension, weight })
                                            .collect(),
                                    ),
                                })
                                .collect(),
                        ),
                    })
                    .collect(),
            ),
        })
    })
}

/// A quiz with an answer set (some questions unanswered).
fn arb_case() -> impl Strategy<Value = (Quiz, Vec<Option<u8>>)> {
    arb_quiz().prop_flat_map(|quiz| {
        let answers: Vec<_> = quiz
            .questions
            .iter()
            .map(|q| proptest::option::of(0..q.options.len() as u8))
            .collect();
        (Just(quiz), answers)
    })
}

/// A quiz with an answer set and the unanswered questions that were skipped.
fn arb_skipping_case() -> impl Strategy<Value = (Quiz, Vec<Option<u8>>, Vec<bool>)> {
    arb_case().prop_flat_map(|(quiz, answers)| {
        let skips = proptest::collection::vec(any::<bool>(), answers.len());
        (Just(quiz), Just(answers), skips).prop_map(|(quiz, answers, skips)| {
            let skipped = answers
                .iter()
                .zip(skips)
                .map(|(a, s)| a.is_none() && s)
                .collect();
            (quiz, answers, skipped)
        })
    })
}

proptest! {
    #[test]
    fn answers_leaning_sre_give_sre(answers in arb_leaning_answers(&QUIZ, 0)) {
        prop_assert_eq!(Engine::new(&QUIZ).score(&answers).verdict, Verdict::Pole(0));
    }

    #[test]
    fn answers_leaning_devops_give_devops(answers in arb_leaning_answers(&QUIZ, 1)) {
        prop_assert_eq!(Engine::new(&QUIZ).score(&answers).verdict, Verdict::Pole(1));
    }

    #[test]
    fn percentages_are_bounded_and_sum_to_100((quiz, answers) in arb_case()) {
        let s = Engine::new(&quiz).score(&answers);
        for p in s.percent {
            prop_assert!((0.0..=100.0).contains(&p));
        }
        prop_assert!((s.percent[0] + s.percent[1] - 100.0).abs() <= 0.01);
        for d in s.dimensions.iter().flatten() {
            prop_assert!((0.0..=1.0).contains(d));
        }
    }

    #[test]
    fn the_order_of_answering_does_not_matter(
        (quiz, answers) in arb_case(),
        seed in any::<u64>(),
    ) {
        let mut order: Vec<usize> = (0..answers.len()).collect();
        // A seeded shuffle, so a failure replays.
        let mut x = seed | 1;
        for i in (1..order.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            order.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let engine = Engine::new(&quiz);
        let mut forward = Progress::new(&engine);
        let mut shuffled = Progress::new(&engine);
        for (q, a) in answers.iter().enumerate() {
            if let Some(o) = *a {
                forward.apply(&engine, Action::Answer { question: q, option: o });
            }
        }
        for &q in &order {
            if let Some(o) = answers[q] {
                shuffled.apply(&engine, Action::Answer { question: q, option: o });
            }
        }
        prop_assert_eq!(engine.score(forward.answers()), engine.score(shuffled.answers()));
    }

    #[test]
    fn the_cheap_verdict_and_lead_agree_with_the_score((quiz, answers) in arb_case()) {
        let engine = Engine::new(&quiz);
        let s = engine.score(&answers);
        prop_assert_eq!(engine.verdict(&answers), s.verdict);
        prop_assert!((engine.lead(&answers) - (s.percent[0] - s.percent[1])).abs() < 1e-9);
    }

    #[test]
    fn moving_an_answer_toward_a_pole_never_lowers_it(
        (quiz, answers) in arb_case(),
        q_pick in any::<prop::sample::Index>(),
    ) {
        let engine = Engine::new(&quiz);
        let q = q_pick.index(quiz.questions.len());
        let n = quiz.questions[q].options.len();
        for a in 0..n {
            for b in 0..n {
                if lean(&quiz, q, a) >= lean(&quiz, q, b) {
                    let mut with_a = answers.clone();
                    with_a[q] = Some(a as u8);
                    let mut with_b = answers.clone();
                    with_b[q] = Some(b as u8);
                    let (sa, sb) = (engine.score(&with_a), engine.score(&with_b));
                    prop_assert!(sa.percent[0] >= sb.percent[0] - 1e-9);
                    prop_assert!(sa.percent[1] <= sb.percent[1] + 1e-9);
                }
            }
        }
    }

    #[test]
    fn contributions_add_up_to_the_result_largest_first((quiz, answers) in arb_case()) {
        let engine = Engine::new(&quiz);
        let s = engine.score(&answers);
        let contributions = engine.contributions(&answers);
        let total: f64 = contributions.iter().map(|c| c.points).sum();
        prop_assert!((50.0 + total - s.percent[0]).abs() < 1e-6);
        for w in contributions.windows(2) {
            let (a, b) = (w[0].points.abs(), w[1].points.abs());
            prop_assert!(a > b || (a == b && w[0].question < w[1].question), "{:?}", w);
        }
    }

    #[test]
    fn a_settled_decision_agrees_with_every_completion((quiz, answers) in arb_case()) {
        let engine = Engine::new(&quiz);
        let verdicts: Vec<Verdict> = completions(&quiz, &answers)
            .iter()
            .map(|c| engine.score(c).verdict)
            .collect();
        let all_same = verdicts.iter().all(|v| *v == verdicts[0]);
        match engine.decision(&answers) {
            Decision::Settled(v) => {
                prop_assert!(all_same);
                prop_assert_eq!(v, verdicts[0]);
                if answers.iter().any(Option::is_some) {
                    prop_assert_eq!(engine.score(&answers).verdict, v, "the early result is the settled one");
                }
            }
            Decision::Open => prop_assert!(!all_same, "open, yet every completion agrees"),
        }
    }

    #[test]
    fn the_flip_set_is_the_smallest_change_that_works((quiz, answers) in arb_case()) {
        let engine = Engine::new(&quiz);
        let now = engine.score(&answers).verdict;
        let answered: Vec<usize> = (0..answers.len()).filter(|&q| answers[q].is_some()).collect();
        // Brute force: the fewest answered questions to change for another verdict.
        let mut best: Option<usize> = None;
        let mut variants = vec![answers.clone()];
        for &q in &answered {
            variants = variants
                .into_iter()
                .flat_map(|v| {
                    (0..quiz.questions[q].options.len() as u8).map(move |o| {
                        let mut w = v.clone();
                        w[q] = Some(o);
                        w
                    })
                })
                .collect();
        }
        for v in &variants {
            if engine.score(v).verdict != now {
                let changed = answered.iter().filter(|&&q| v[q] != answers[q]).count();
                best = Some(best.map_or(changed, |b: usize| b.min(changed)));
            }
        }
        check_flip(&engine, &answers, |q| answers[q].is_some(), engine.flip(&answers).as_ref(), best)?;
    }

    #[test]
    fn answering_a_skipped_question_counts_as_one_change(
        (quiz, answers, skipped) in arb_skipping_case(),
    ) {
        let engine = Engine::new(&quiz);
        let now = engine.score(&answers).verdict;
        // Brute force: every answered question takes any option, and every
        // skipped one stays skipped or takes any option.
        let mut variants = vec![answers.clone()];
        for q in 0..answers.len() {
            if answers[q].is_none() && !skipped[q] {
                continue;
            }
            let n = quiz.questions[q].options.len() as u8;
            let keep_open = skipped[q];
            variants = variants
                .into_iter()
                .flat_map(|v| {
                    let open = keep_open.then(|| v.clone());
                    (0..n)
                        .map(move |o| {
                            let mut w = v.clone();
                            w[q] = Some(o);
                            w
                        })
                        .chain(open)
                })
                .collect();
        }
        let best = variants
            .iter()
            .filter(|v| engine.score(v).verdict != now)
            .map(|v| (0..answers.len()).filter(|&q| v[q] != answers[q]).count())
            .min();
        let flip = engine.flip_skipping(&answers, &skipped);
        check_flip(&engine, &answers, |q| answers[q].is_some() || skipped[q], flip.as_ref(), best)?;
        let confidence = engine.confidence_skipping(&answers, &skipped);
        prop_assert_eq!(confidence.changes_needed, best);
        // A skip can only make the result less firm than the same answers
        // with nothing skipped.
        let without = engine.confidence(&answers).changes_needed;
        let firmer = match (best, without) {
            (Some(b), Some(w)) => b > w,
            (None, Some(_)) => true,
            (Some(_), None) | (None, None) => false,
        };
        prop_assert!(!firmer, "{:?} with skips, {:?} without", best, without);
    }

    #[test]
    fn the_engine_never_panics_on_any_answers(
        quiz in arb_quiz(),
        answers in proptest::collection::vec(proptest::option::of(any::<u8>()), 0..10),
        skipped in proptest::collection::vec(any::<bool>(), 0..10),
    ) {
        let engine = Engine::new(&quiz);
        let _ = engine.score(&answers);
        let _ = engine.contributions(&answers);
        let _ = engine.decision(&answers);
        let _ = engine.flip(&answers);
        let _ = engine.confidence(&answers);
        let _ = engine.flip_skipping(&answers, &skipped);
        let _ = engine.confidence_skipping(&answers, &skipped);
    }
}

/// A flip set is exact: it changes only what `may_change` allows, applying
/// it gives the outcome it names (not today's), and it is as short as the
/// brute-force `best`; `None` exactly when brute force found no flip.
fn check_flip(
    engine: &Engine,
    answers: &[Option<u8>],
    may_change: impl Fn(usize) -> bool,
    flip: Option<&Flip>,
    best: Option<usize>,
) -> Result<(), TestCaseError> {
    let now = engine.score(answers).verdict;
    match flip {
        Some(flip) => {
            let mut applied = answers.to_vec();
            for &(q, o) in &flip.changes {
                prop_assert!(may_change(q), "only answers and skips change");
                applied[q] = Some(o);
            }
            let after = engine.score(&applied).verdict;
            prop_assert_ne!(after, now);
            prop_assert_eq!(after, flip.to);
            prop_assert_eq!(Some(flip.changes.len()), best);
        }
        None => prop_assert_eq!(best, None),
    }
    Ok(())
}

/// A random quiz whose odd dimensions are about style, where each question
/// moves only one part (the part of its index's parity), with an answer set.
fn arb_two_part_case() -> impl Strategy<Value = (Quiz, Vec<Option<u8>>)> {
    arb_case().prop_map(|(mut quiz, answers)| {
        let dims: Vec<Dimension> = quiz
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, x)| Dimension {
                part: if d % 2 == 0 { Part::Work } else { Part::Style },
                ..x.clone()
            })
            .collect();
        quiz.dimensions = Cow::Owned(dims);
        let questions: Vec<Question> = quiz
            .questions
            .iter()
            .enumerate()
            .map(|(q, question)| {
                let mut question = question.clone();
                let options: Vec<AnswerOption> = question
                    .options
                    .iter()
                    .map(|o| AnswerOption {
                        moves: Cow::Owned(
                            o.moves
                                .iter()
                                .filter(|m| m.dimension as usize % 2 == q % 2)
                                .copied()
                                .collect(),
                        ),
                        ..o.clone()
                    })
                    .collect();
                question.options = Cow::Owned(options);
                question
            })
            .collect();
        quiz.questions = Cow::Owned(questions);
        (quiz, answers)
    })
}

/// A quiz of one question per part: work leans 2 steps of 40 points (SRE
/// 80, DevOps 40), style 1 step of 20 (SRE 50, DevOps 70).
fn two_part_quiz(style_sre: u8, style_devops: u8) -> Quiz {
    let text = format!(
        "[quiz]\nid = \"p\"\ntitle = \"P\"\nbalanced_threshold = 5\nlikert = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n\
         [[trait]]\nid = \"t\"\nlabel = \"T\"\n\
         [[dimension]]\nid = \"w\"\nlabel = \"W\"\ndescription = \"W\"\npart = \"work\"\n\
         [[dimension]]\nid = \"s\"\nlabel = \"S\"\ndescription = \"S\"\npart = \"style\"\n\
         [[outcome]]\nid = \"sre\"\nkind = \"pole\"\nname = \"S\"\nshort = \"S\"\nsummary = \"S\"\nprofile = {{ w = 80, s = {style_sre} }}\n\
         [[outcome]]\nid = \"devops\"\nkind = \"pole\"\nname = \"D\"\nshort = \"D\"\nsummary = \"D\"\nprofile = {{ w = 40, s = {style_devops} }}\n\
         [[outcome]]\nid = \"b\"\nkind = \"balanced\"\nname = \"B\"\nshort = \"B\"\nsummary = \"B\"\nprofile = {{ w = 60, s = 60 }}\n\
         [[question]]\nid = \"work\"\nkind = \"likert\"\ntraits = [\"t\"]\nprompt = \"?\"\nmoves = {{ w = 2 }}\n\
         [[question]]\nid = \"style\"\nkind = \"likert\"\ntraits = [\"t\"]\nprompt = \"?\"\nmoves = {{ s = 1 }}\n"
    );
    opsfit::authoring::source::parse_quiz("parts.toml", &text).expect("quiz loads")
}

/// (style profiles SRE/DevOps, work answer, style answer; expected work
/// lead, style lead, style share). The work range is 2 × 2 × 40 × 2 = 320
/// doubled units, the style range 2 × 20 × 2 = 80 when it leans.
#[test]
fn a_score_splits_into_its_work_and_style_parts() {
    let cases = [
        // Style leans DevOps: agreeing with the style statement leans DevOps.
        ((50, 70), Some(4), Some(4), 100.0, -100.0, 0.2),
        ((50, 70), Some(2), Some(0), 0.0, 100.0, 0.2),
        ((50, 70), Some(3), None, 50.0, 0.0, 0.0),
        // Style the same in both roles: no style lead, no share.
        ((60, 60), Some(0), Some(4), -100.0, 0.0, 0.0),
        ((60, 60), None, Some(4), 0.0, 0.0, 0.0),
    ];
    for ((sre, devops), work, style, work_lead, style_lead, share) in cases {
        let quiz = two_part_quiz(sre, devops);
        let parts = Engine::new(&quiz).parts(&[work, style]);
        let case = format!("{sre}/{devops} {work:?} {style:?}: {parts:?}");
        assert!((parts.work.lead - work_lead).abs() < 1e-9, "{case}");
        assert!((parts.style.lead - style_lead).abs() < 1e-9, "{case}");
        assert!((parts.style.share - share).abs() < 1e-9, "{case}");
        assert_eq!(parts.work.part, Part::Work);
        assert_eq!(parts.style.part, Part::Style);
        // Each part lists its own measured dimensions only.
        assert!(parts.work.dimensions.iter().all(|&(d, _)| d == 0), "{case}");
        assert!(
            parts.style.dimensions.iter().all(|&(d, _)| d == 1),
            "{case}"
        );
        assert_eq!(
            parts.style.dimensions.len(),
            usize::from(style.is_some()),
            "{case}"
        );
    }
}

/// The shipped quiz: its style dimensions lean toward neither role, so the
/// work part alone is the result.
#[test]
fn on_the_shipped_quiz_the_work_part_is_the_whole_lead() {
    let engine = Engine::new(&QUIZ);
    for pole in [0, 1] {
        let answers = extreme_answers(&QUIZ, pole);
        let parts = engine.parts(&answers);
        assert!((parts.work.lead - engine.lead(&answers)).abs() < 1e-9);
        assert_eq!(parts.style.lead, 0.0);
        assert_eq!(parts.style.share, 0.0);
        assert!(
            !parts.style.dimensions.is_empty(),
            "the style is still measured"
        );
    }
}

proptest! {
    /// When every question moves one part only, the overall lead is the
    /// parts' leads weighted by their shares, and the shares add up to one.
    #[test]
    fn the_lead_is_the_parts_weighted_by_their_shares((quiz, answers) in arb_two_part_case()) {
        let engine = Engine::new(&quiz);
        let parts = engine.parts(&answers);
        let lead = engine.lead(&answers);
        let joined = parts.work.share * parts.work.lead + parts.style.share * parts.style.lead;
        prop_assert!((lead - joined).abs() < 1e-6, "{} vs {} from {:?}", lead, joined, parts);
        let shares = parts.work.share + parts.style.share;
        prop_assert!(shares.abs() < 1e-9 || (shares - 1.0).abs() < 1e-9, "{:?}", parts);
        for p in [&parts.work, &parts.style] {
            prop_assert!((-100.0..=100.0).contains(&p.lead));
            prop_assert!((0.0..=1.0).contains(&p.share));
        }
    }
}
