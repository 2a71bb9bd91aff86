//! `calibrate [content-dir]`: prints the calibration report for a content
//! folder (default `content/en`), which holds `quiz.toml` and
//! `personas.toml`. Exits 1 when any gate fails and 2 when the content
//! cannot be loaded, so CI can run it.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use opsfit::authoring::calibration::{calibrate, persona, render, Settings};
    use opsfit::authoring::source::{load_quiz, ContentError};
    use opsfit::domain::engine::Engine;

    fn fail(errors: &[ContentError]) -> ExitCode {
        for e in errors {
            eprintln!("content error: {e}");
        }
        ExitCode::from(2)
    }

    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "content/en".into()),
    );
    let quiz = match load_quiz(&dir.join("quiz.toml")) {
        Ok(q) => q,
        Err(e) => return fail(&e),
    };
    let personas_path = dir.join("personas.toml");
    // A folder without personas still gets its other figures; the persona
    // gates then fail for want of personas.
    let personas = if personas_path.exists() {
        match persona::load_personas(&personas_path, &quiz) {
            Ok(p) => p,
            Err(e) => return fail(&e),
        }
    } else {
        eprintln!("note: {} does not exist", personas_path.display());
        Vec::new()
    };
    let report = calibrate(&Engine::new(&quiz), &personas, Settings::FULL);
    print!("{}", render(&report));
    if report.is_passing() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

// The crate is also built for wasm32, where this tool has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}
