//! How long the engine takes on the shipped quiz, per call. The UI calls
//! `score`, `decision`, `flip` and `contributions` after every answer, so each
//! must stay well under a frame: the goal is 50 µs. Run by `.ci/bench`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

// divan is a native dev-dependency; the wasm32 lint of `--all-targets` still
// compiles this file, so it gets an empty program there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    use divan::{bench, black_box};
    use opsfit::domain::shipped::engine;

    /// Which answers a benchmark scores: every question, or the first half
    /// (the point at which the early decision starts to matter).
    #[derive(Clone, Copy, Debug)]
    enum Answered {
        Complete,
        Half,
    }

    const ANSWERED: [Answered; 2] = [Answered::Complete, Answered::Half];

    impl std::fmt::Display for Answered {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(match self {
                Answered::Complete => "complete",
                Answered::Half => "half",
            })
        }
    }

    /// A mixed answer set, so that no question sits at an extreme and the
    /// flip search has real work: option `q mod n` of each question.
    fn answers(answered: Answered) -> Vec<Option<u8>> {
        let questions = &engine().quiz().questions;
        let cut = match answered {
            Answered::Complete => questions.len(),
            Answered::Half => questions.len().div_ceil(2),
        };
        questions
            .iter()
            .enumerate()
            .map(|(q, question)| (q < cut).then(|| (q % question.options.len()) as u8))
            .collect()
    }

    #[bench(args = ANSWERED)]
    fn score(bencher: divan::Bencher, answered: Answered) {
        let a = answers(answered);
        bencher.bench(|| engine().score(black_box(&a)));
    }

    #[bench(args = ANSWERED)]
    fn decision(bencher: divan::Bencher, answered: Answered) {
        let a = answers(answered);
        bencher.bench(|| engine().decision(black_box(&a)));
    }

    #[bench(args = ANSWERED)]
    fn flip(bencher: divan::Bencher, answered: Answered) {
        let a = answers(answered);
        bencher.bench(|| engine().flip(black_box(&a)));
    }

    #[bench(args = ANSWERED)]
    fn contributions(bencher: divan::Bencher, answered: Answered) {
        let a = answers(answered);
        bencher.bench(|| engine().contributions(black_box(&a)));
    }
}
