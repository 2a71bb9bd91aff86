//! The import box takes a whole exported record or a resume code (or a
//! pasted share link), from a file or the clipboard. No input may panic;
//! what it accepts must be what the record and token decoders accept, and an
//! export or a resume code made from the result must import to the same state.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::record;
use opsfit::domain::shipped::{engine, QUIZ};
use opsfit::domain::transfer::{self, Imported};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match transfer::import(engine(), text) {
        Ok(Imported::Session(session)) => {
            assert_eq!(
                record::decode(engine(), text.trim()).map(|r| r.session),
                Ok(session.clone())
            );
            let export = record::encode(&QUIZ, &session, 0.0);
            assert_eq!(
                transfer::import(engine(), &export),
                Ok(Imported::Session(session))
            );
        }
        Ok(Imported::Progress(progress)) => {
            let code = transfer::resume_code(&QUIZ, &progress);
            // A resume code carries answers, skips and the question on screen; being
            // finished is decided again on the other device.
            match transfer::import(engine(), &code) {
                Ok(Imported::Progress(back)) => {
                    assert_eq!(back.answers(), progress.answers(), "{code}");
                    assert_eq!(back.skipped(), progress.skipped(), "{code}");
                    assert_eq!(back.cursor(), progress.cursor(), "{code}");
                    assert!(!back.is_finished(), "{code}");
                }
                other => panic!("a resume code does not import: {other:?}\n{code}"),
            }
        }
        Err(_) => {}
    }
});
