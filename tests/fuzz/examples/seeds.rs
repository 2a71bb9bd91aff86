//! Writes the seed corpus under `seeds/<target>/` from the app's own
//! encoders, so the fuzzers start from inputs the decoders accept today.
//! Run again after the quiz content changes: old tokens then only reach the
//! "other content" refusal. `cargo run --example seeds` in tests/fuzz.

use std::fs;
use std::path::Path;

use opsfit::domain::quiz::{Action, Progress};
use opsfit::domain::record;
use opsfit::domain::screens::{self, Draw};
use opsfit::domain::session::Session;
use opsfit::domain::shipped::{engine, QUIZ};
use opsfit::domain::token::{self, TokenKind};
use opsfit::domain::transfer;

const SAVED_AT: f64 = 1_764_201_600_000.0;

fn main() {
    let quiz = &QUIZ;
    let engine = engine();
    let n = quiz.questions.len();

    let mut partial = Session::new(engine);
    for q in 0..n / 2 {
        // One skip, so the seeds hold a version 3 record and version 2 tokens.
        if q == 1 {
            partial.apply(engine, Action::Skip, SAVED_AT);
            continue;
        }
        let option = (q % quiz.questions[q].options.len()) as u8;
        partial.apply(
            engine,
            Action::Answer {
                question: q,
                option,
            },
            SAVED_AT,
        );
        partial.apply(engine, Action::Next, SAVED_AT);
    }
    let mut finished = partial.clone();
    for q in n / 2..n {
        let option = ((q * 7) % quiz.questions[q].options.len()) as u8;
        finished.apply(
            engine,
            Action::Answer {
                question: q,
                option,
            },
            SAVED_AT,
        );
        finished.apply(engine, Action::Next, SAVED_AT);
    }
    assert!(finished.progress.is_finished() && !finished.history.is_empty());

    let records = [
        record::encode(quiz, &Session::new(engine), 0.0),
        record::encode(quiz, &partial, SAVED_AT),
        record::encode(quiz, &finished, SAVED_AT),
    ];
    let result = token::encode(
        quiz,
        TokenKind::Result,
        finished.progress.answers(),
        finished.progress.skipped(),
        0,
    );
    let resume = transfer::resume_code(quiz, &partial.progress);
    let empty = transfer::resume_code(quiz, &Progress::new(engine));

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let write = |target: &str, inputs: &[String]| {
        let dir = root.join(target);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (i, input) in inputs.iter().enumerate() {
            fs::write(dir.join(format!("{i}")), input).unwrap();
        }
    };
    write("record", &records);
    let unskipped = token::encode(quiz, TokenKind::Result, finished.progress.answers(), &[], 0);
    let figures = opsfit::domain::figures::Figures::of(
        engine,
        finished.progress.answers(),
        finished.progress.skipped(),
    )
    .0;
    // A figures link as links are made now, and one of the 25-question
    // release, read through its released bank.
    let link = token::encode_result(&figures);
    let release_25 = "AUeIGVEhJSEhFREVElIREVA__A".to_string();
    write(
        "token",
        &[result.clone(), resume.clone(), empty, unskipped, link, release_25],
    );
    write(
        "route",
        &[
            format!("#/r/{result}"),
            "#/learn/sre".into(),
            "#/quiz".into(),
        ],
    );
    write(
        "import",
        &[
            records[2].clone(),
            resume,
            format!("https://example.org/opsfit/#/r/{result}"),
        ],
    );
    // What the pages module answers for a screen of each kind.
    let content = opsfit::domain::shipped::content();
    let pages = opsfit::domain::shipped::pages();
    let answer = |draw, arg: &str| screens::answer(&screens::request(draw, arg), pages, content);
    let own = screens::result_arg(
        finished.progress.answers(),
        finished.progress.skipped(),
        None,
        "https://example.org/opsfit/",
    );
    write(
        "ops",
        &[
            answer(Draw::Method, ""),
            answer(Draw::Compare, ""),
            answer(Draw::Result, &own),
            answer(Draw::Data, &screens::data_arg(quiz, &finished, 0.0)),
        ],
    );
    write(
        "embed_params",
        &[
            "?embed=a&accent=%23ff0000".into(),
            "?embed=blog-1&origin=https%3A%2F%2Fexample.org&events=progress,complete".into(),
            "?font=Georgia%2C+%22Open+Sans%22&bg=rgb(10%2C20%2C30)&radius=4px&space=1.5rem".into(),
        ],
    );
}
