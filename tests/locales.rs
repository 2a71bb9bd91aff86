//! Locales: every shipped language has exactly the reference's text keys, a
//! translation mistake fails naming its file and entry, and the scoring is
//! shared, so every language's quiz scores as English does.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use opsfit::authoring::calibration::persona::load_personas;
use opsfit::authoring::calibration::{calibrate, Settings};
use opsfit::authoring::locale::{list, load, overlay, Locale, REFERENCE, TEXT_FILES};
use opsfit::domain::engine::Engine;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn locales() -> Vec<Locale> {
    list(&content()).unwrap_or_else(|e| panic!("content/locales.toml: {e:?}"))
}

fn errors_of(reference: &str, locale: &str) -> Vec<String> {
    match overlay("content/en/x.toml", reference, "content/es/x.toml", locale) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn english_is_listed_first_and_spanish_is_shipped() {
    let ids: Vec<String> = locales().into_iter().map(|l| l.id).collect();
    assert_eq!(ids.first().map(String::as_str), Some(REFERENCE));
    assert!(ids.iter().any(|id| id == "es"), "{ids:?}");
}

#[test]
fn every_locale_translates_every_text_file_of_the_reference() {
    for locale in locales().iter().filter(|l| l.id != REFERENCE) {
        for file in TEXT_FILES {
            let ours = std::fs::read_to_string(content().join(REFERENCE).join(file)).unwrap();
            let theirs = std::fs::read_to_string(content().join(&locale.id).join(file))
                .unwrap_or_else(|e| panic!("content/{}/{file}: {e}", locale.id));
            let errors = errors_of(&ours, &theirs);
            assert!(
                errors.is_empty(),
                "content/{}/{file}:\n{}",
                locale.id,
                errors.join("\n")
            );
        }
    }
}

#[test]
fn every_locale_shows_the_same_questions_options_and_outcomes_in_its_own_words() {
    let en = load(&content(), REFERENCE).expect("English loads");
    for locale in locales().iter().filter(|l| l.id != REFERENCE) {
        let other =
            load(&content(), &locale.id).unwrap_or_else(|e| panic!("{} loads: {e:?}", locale.id));
        let ids = |q: &opsfit::domain::content::Quiz| -> Vec<(String, Vec<String>)> {
            q.questions
                .iter()
                .map(|q| {
                    (
                        q.id.to_string(),
                        q.options.iter().map(|o| o.id.to_string()).collect(),
                    )
                })
                .collect()
        };
        assert_eq!(ids(&en.quiz), ids(&other.quiz), "{}", locale.id);
        assert_eq!(
            en.ui.keys().collect::<Vec<_>>(),
            other.ui.keys().collect::<Vec<_>>()
        );
        assert_ne!(
            en.quiz.questions[0].prompt, other.quiz.questions[0].prompt,
            "{} is translated",
            locale.id
        );
    }
}

#[test]
fn calibration_gives_identical_figures_in_every_locale() {
    let settings = Settings {
        seed: Settings::FULL.seed,
        random_respondents: 2_000,
        styled_respondents: 200,
        retakes_per_persona: 100,
    };
    let personas = content().join(REFERENCE).join("personas.toml");
    let en = load(&content(), REFERENCE).unwrap().quiz;
    let en_personas = load_personas(&personas, &en).unwrap();
    let en_report = calibrate(&Engine::new(&en), &en_personas, settings);
    for locale in locales().iter().filter(|l| l.id != REFERENCE) {
        let quiz = load(&content(), &locale.id).unwrap().quiz;
        let their_personas = load_personas(&personas, &quiz).unwrap();
        let report = calibrate(&Engine::new(&quiz), &their_personas, settings);
        assert_eq!(report.random, en_report.random, "{}", locale.id);
        assert_eq!(
            report.most_agreeing, en_report.most_agreeing,
            "{}",
            locale.id
        );
        assert_eq!(
            report.least_agreeing, en_report.least_agreeing,
            "{}",
            locale.id
        );
        assert_eq!(report.personas, en_report.personas, "{}", locale.id);
        assert_eq!(report.traits, en_report.traits, "{}", locale.id);
        assert_eq!(report.dimensions, en_report.dimensions, "{}", locale.id);
        assert_eq!(report.checks(), en_report.checks(), "{}", locale.id);
    }
}

const REFERENCE_FILE: &str = r#"
greeting = "Hello {name}"

[[question]]
id = "q1"
kind = "choice"
prompt = "Which?"
traits = ["pace"]

[[question.option]]
id = "a"
label = "This"
moves = { speed = 2 }

[[block]]
kind = "paragraph"
text = "One"

[[block]]
kind = "bullets"
bullets = ["x", "y"]
"#;

const GOOD: &str = r#"
greeting = "Hola {name}"

[[question]]
id = "q1"
prompt = "¿Cuál?"

[[question.option]]
id = "a"
label = "Esto"

[[block]]
text = "Uno"

[[block]]
bullets = ["equis", "i griega"]
"#;

#[test]
fn a_complete_translation_keeps_the_reference_weights_and_ids() {
    let merged = overlay(
        "content/en/x.toml",
        REFERENCE_FILE,
        "content/es/x.toml",
        GOOD,
    )
    .unwrap();
    assert!(merged.contains("¿Cuál?"), "{merged}");
    assert!(merged.contains("speed = 2"), "{merged}");
    assert!(merged.contains("kind = \"bullets\""), "{merged}");
    assert!(!merged.contains("Which?"), "{merged}");
}

#[test]
fn each_translation_mistake_names_the_locale_file_and_entry() {
    let table = [
        (
            GOOD.replace("label = \"Esto\"\n", ""),
            "content/es/x.toml: question \"q1\": option \"a\": the text `label` is missing",
        ),
        (
            GOOD.replace("label = \"Esto\"", "label = \"Esto\"\nnote = \"extra\""),
            "content/es/x.toml: question \"q1\": option \"a\": `note` is not in the reference file",
        ),
        (
            GOOD.replace("¿Cuál?", " "),
            "content/es/x.toml: question \"q1\": `prompt` is empty",
        ),
        (
            GOOD.replace("label = \"Esto\"", "label = \"Esto\"\nmoves = { speed = 3 }"),
            "content/es/x.toml: question \"q1\": option \"a\": `moves` is not text: it lives once, in content/en/, and a locale leaves it out",
        ),
        (
            GOOD.replace("prompt = \"¿Cuál?\"", "prompt = \"¿Cuál?\"\nkind = \"likert\""),
            "content/es/x.toml: question \"q1\": `kind` is not text: it lives once, in content/en/, and a locale leaves it out",
        ),
        (
            GOOD.replace("{name}", "{nombre}"),
            "content/es/x.toml: `greeting` has the holes [\"nombre\"] where the reference has [\"name\"]; keep every {hole} as it is",
        ),
        (
            GOOD.replace("id = \"q1\"", "id = \"q2\""),
            "content/es/x.toml: question \"q1\": this entry is missing",
        ),
        (
            GOOD.replace("[[block]]\nbullets = [\"equis\", \"i griega\"]\n", ""),
            "content/es/x.toml: 1 [[block]] entries where the reference has 2: entries without an id are matched by position",
        ),
    ];
    for (locale, expected) in table {
        let errors = errors_of(REFERENCE_FILE, &locale);
        assert!(
            errors.iter().any(|e| e == expected),
            "expected {expected:?} among {errors:#?}"
        );
    }
    assert!(errors_of(REFERENCE_FILE, GOOD).is_empty());
}
