//! The calibration gates on the shipped content, with simulations small
//! enough for CI (the full-size figures are `calibrate`'s), plus the
//! `calibrate` command itself on good and broken content folders.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use opsfit::authoring::calibration::persona::load_personas;
use opsfit::authoring::calibration::report::{
    PersonaResult, MIN_KEEP_RATE, MIN_PANEL_AGREEMENT, NEAR_THE_LINE,
};
use opsfit::authoring::calibration::{calibrate, Gate, Report, Settings};
use opsfit::domain::content::{Part, Verdict};
use opsfit::domain::engine::Engine;
use opsfit::domain::shipped::QUIZ;

/// Seeded, so a figure near its target cannot make CI flaky.
const CI: Settings = Settings {
    seed: Settings::FULL.seed,
    random_respondents: 20_000,
    styled_respondents: 2_000,
    retakes_per_persona: 1_000,
};

fn shipped_report() -> Report<'static> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/en/personas.toml");
    let personas = load_personas(&path, &QUIZ).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the shipped personas must load:\n{}", lines.join("\n"))
    });
    calibrate(&Engine::new(&QUIZ), &personas, CI)
}

#[test]
fn the_shipped_content_passes_every_gate() {
    let failing: Vec<String> = shipped_report()
        .checks()
        .iter()
        .filter(|c| !c.passed)
        .map(|c| format!("{:?} {}", c.gate, c.subject))
        .collect();
    assert!(failing.is_empty(), "failing gates: {failing:?}");
}

#[test]
fn every_authors_persona_reaches_its_outcome_and_no_panel_persona_the_opposite_role() {
    let report = shipped_report();
    assert!(report.personas.len() >= 6, "at least six personas");
    let panel = report.personas.iter().filter(|p| p.panel).count();
    assert!(panel >= 6, "at least six panel personas, found {panel}");
    for p in &report.personas {
        if p.panel {
            assert!(!p.is_opposite(), "panel persona {} got {:?}", p.id, p.got);
        } else {
            assert_eq!(p.got, p.expect, "persona {} (lead {:+.1})", p.id, p.lead);
        }
    }
    assert!(report.panel_agreement().unwrap() >= MIN_PANEL_AGREEMENT);
}

#[test]
fn the_report_covers_every_trait_dimension_and_outcome() {
    let report = shipped_report();
    let gates = |g: Gate| report.checks().iter().filter(|c| c.gate == g).count();
    // (gate, how many checks it has)
    let cases = [
        (Gate::TraitMeasured, QUIZ.traits.len()),
        (Gate::DimensionCovered, QUIZ.dimensions.len()),
        (Gate::RandomPoleShare, 2),
        (Gate::RandomBalancedShare, 1),
        (Gate::MostAgreeing, 1),
        (Gate::LeastAgreeing, 1),
        (Gate::FirstOption, 1),
        (Gate::LastOption, 1),
        (Gate::KindShare, 3),
        (Gate::StyleShare, 1),
        (
            Gate::NeutralWorkBalanced,
            2 * QUIZ
                .dimensions
                .iter()
                .filter(|d| d.part == Part::Style)
                .count(),
        ),
        (Gate::PersonaCount, 1),
        (Gate::PersonaOutcome, report.personas.len()),
        (Gate::PanelAgreement, 1),
        (Gate::PersonaStability, report.personas.len()),
    ];
    for (gate, n) in cases {
        assert_eq!(gates(gate), n, "{gate:?}");
    }
    assert_eq!(report.random.n, CI.random_respondents);
}

fn persona(distance_to_line: f64, keep_rate: f64) -> PersonaResult {
    placed(
        false,
        Verdict::Pole(0),
        Verdict::Pole(0),
        distance_to_line,
        keep_rate,
    )
}

fn placed(
    panel: bool,
    expect: Verdict,
    got: Verdict,
    distance_to_line: f64,
    keep_rate: f64,
) -> PersonaResult {
    PersonaResult {
        id: "p".into(),
        name: "P".into(),
        panel,
        n_skipped: 0,
        expect,
        got,
        lead: 0.0,
        distance_to_line,
        keep_rate,
    }
}

#[test]
fn the_retake_gate_holds_personas_away_from_the_line_only() {
    let (near, keep) = (NEAR_THE_LINE, MIN_KEEP_RATE);
    // (points from the line, share of retakes kept, passes)
    let cases = [
        (near + 5.0, keep, true),
        (near + 5.0, keep - 0.01, false),
        (near, keep - 0.01, false),
        (near - 0.1, 0.3, true),
        (0.0, 0.0, true),
    ];
    for (distance, kept, passes) in cases {
        assert_eq!(
            persona(distance, kept).is_stable(),
            passes,
            "{distance} points away, {kept} kept"
        );
    }
}

#[test]
fn a_panel_persona_fails_only_on_the_opposite_role() {
    use Verdict::{Balanced, Pole};
    // (panel, expect, got, passes its own gate)
    let cases = [
        (false, Pole(0), Pole(0), true),
        (false, Pole(0), Balanced, false),
        (false, Balanced, Pole(1), false),
        (true, Pole(0), Pole(0), true),
        (true, Pole(0), Balanced, true),
        (true, Balanced, Pole(1), true),
        (true, Pole(0), Pole(1), false),
        (true, Pole(1), Pole(0), false),
    ];
    for (panel, expect, got, passes) in cases {
        let p = placed(panel, expect, got, 20.0, 1.0);
        assert_eq!(p.passes_outcome(), passes, "{panel} {expect:?} {got:?}");
    }
}

/// A scratch content folder holding the given files, removed on drop.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str, files: &[(&str, &str)]) -> Folder {
        let dir =
            std::env::temp_dir().join(format!("opsfit-calibrate-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (file, text) in files {
            std::fs::write(dir.join(file), text).unwrap();
        }
        Folder(dir)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One run of the command: the folder, its files, the exit code (`None`:
/// whatever the report's own gate count says) and text the output holds.
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, Option<i32>, &'a str);

fn run_calibrate(dir: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_calibrate"))
        .arg(dir)
        .output()
        .expect("calibrate runs");
    (
        out.status.code().expect("calibrate exits"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn shipped(file: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content/en")
            .join(file),
    )
    .unwrap()
}

#[test]
fn calibrate_exits_by_its_gates_and_names_content_mistakes() {
    let quiz = shipped("quiz.toml");
    let personas = shipped("personas.toml");
    let first = &QUIZ.questions[0].id;
    let broken_personas = personas.replacen(&format!("{first} = "), "nope = ", 1);
    // The first persona, marked as the panel's, with its first answer skipped.
    let panel_personas = personas
        .replacen("expect = ", "panel = true\nexpect = ", 1)
        .replacen(&format!("{first} = 5"), &format!("{first} = \"skip\""), 1);
    // It opens the panel's group, which counts it.
    let panel_group = format!(
        "who never saw the weights ({})\n  PASS  incident-analyst ",
        personas.lines().filter(|l| *l == "panel = true").count() + 1
    );
    let cases: [Case; 5] = [
        (
            "shipped",
            vec![("quiz.toml", &quiz), ("personas.toml", &personas)],
            None,
            "== gates:",
        ),
        (
            "no-personas",
            vec![("quiz.toml", &quiz)],
            Some(1),
            "personas.toml does not exist",
        ),
        ("no-quiz", vec![], Some(2), "quiz.toml: cannot read"),
        (
            "panel",
            vec![("quiz.toml", &quiz), ("personas.toml", &panel_personas)],
            None,
            &panel_group,
        ),
        (
            "bad-persona",
            vec![("quiz.toml", &quiz), ("personas.toml", &broken_personas)],
            Some(2),
            "persona \"incident-analyst\": `answers` names unknown question \"nope\"",
        ),
    ];
    for (name, files, code, text) in cases {
        let folder = Folder::new(name, &files);
        let (got, stdout, stderr) = run_calibrate(&folder.0);
        // The shipped content exits 0 exactly when the report says no gate failed.
        let expected = code.unwrap_or(if stdout.contains(", 0 FAIL") { 0 } else { 1 });
        assert_eq!(got, expected, "{name}: {stdout}{stderr}");
        assert!(
            stdout.contains(text) || stderr.contains(text),
            "{name}: wanted {text:?} in\n{stdout}{stderr}"
        );
    }
}

/// A generated 24-question quiz on the shipped quiz's four dimensions,
/// symmetric by construction: each dimension has two statements keyed up and
/// one keyed down, each scenario offers one option per dimension, and each
/// choice pits an SRE dimension against a DevOps one.
fn generated_quiz() -> String {
    let dims = ["reliability", "investigation", "delivery", "collaboration"];
    let mut s = String::from(
        "[quiz]\nid = \"generated\"\ntitle = \"G\"\nbalanced_threshold = 10\n\
         likert = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n\
         [[trait]]\nid = \"t\"\nlabel = \"T\"\n",
    );
    for d in dims {
        s += &format!("[[dimension]]\nid = \"{d}\"\nlabel = \"{d}\"\ndescription = \"{d}\"\npart = \"work\"\n");
    }
    for (id, kind, profile) in [
        (
            "sre",
            "pole",
            "reliability = 90, investigation = 85, delivery = 40, collaboration = 45",
        ),
        (
            "devops",
            "pole",
            "reliability = 45, investigation = 45, delivery = 90, collaboration = 85",
        ),
        (
            "balanced",
            "balanced",
            "reliability = 68, investigation = 65, delivery = 65, collaboration = 65",
        ),
    ] {
        s += &format!(
            "[[outcome]]\nid = \"{id}\"\nkind = \"{kind}\"\nname = \"{id}\"\nshort = \"{id}\"\n\
             summary = \"{id}\"\nprofile = {{ {profile} }}\n"
        );
    }
    let question = |id: String, kind: &str| {
        format!(
            "[[question]]\nid = \"{id}\"\nkind = \"{kind}\"\ntraits = [\"t\"]\nprompt = \"?\"\n"
        )
    };
    let option = |id: &str, d: &str| {
        format!("[[question.option]]\nid = \"{id}\"\nlabel = \"{id}\"\nmoves = {{ {d} = 2 }}\n")
    };
    for d in dims {
        for (k, w) in [(0, 2), (1, 2), (2, -2)] {
            s += &question(format!("{d}-{k}"), "likert");
            s += &format!("moves = {{ {d} = {w} }}\n");
        }
    }
    for k in 0..6 {
        s += &question(format!("scenario-{k}"), "scenario");
        for d in dims {
            s += &option(d, d);
        }
    }
    for k in 0..6 {
        let (a, b) = if k % 2 == 0 {
            (dims[0], dims[2])
        } else {
            (dims[1], dims[3])
        };
        s += &question(format!("choice-{k}"), "choice");
        s += &option(a, a);
        s += &option(b, b);
    }
    s
}

/// Personas for the generated quiz: each Likert answer by whether agreeing
/// leans its way, and for the other questions the option of `pick`.
fn generated_personas(quiz: &opsfit::domain::content::Quiz) -> String {
    let personas = [
        ("all-sre", "sre", Some(0u8)),
        ("all-devops", "devops", Some(1)),
        ("neutral", "balanced", None),
    ];
    let mut s = String::new();
    for (id, expect, pole) in personas {
        let answers: Vec<String> = quiz
            .questions
            .iter()
            .map(|q| {
                let sre_dim = |o: &str| o == "reliability" || o == "investigation";
                let answer = if q.options.len() == 5 {
                    let agree_leans_sre = q.id.starts_with("reliability-0")
                        || q.id.starts_with("reliability-1")
                        || q.id.starts_with("investigation-0")
                        || q.id.starts_with("investigation-1")
                        || q.id.starts_with("delivery-2")
                        || q.id.starts_with("collaboration-2");
                    match pole {
                        None => "3",
                        Some(p) if (p == 0) == agree_leans_sre => "5",
                        Some(_) => "1",
                    }
                    .to_string()
                } else {
                    let n: usize = q.id.rsplit('-').next().unwrap().parse().unwrap();
                    let pick = |want_sre: bool| {
                        q.options
                            .iter()
                            .find(|o| sre_dim(&o.id) == want_sre)
                            .unwrap()
                            .id
                            .to_string()
                    };
                    match pole {
                        Some(p) => pick(p == 0),
                        // Alternate, so the middle respondent does not drift.
                        None => pick(n.is_multiple_of(2)),
                    }
                };
                format!("\"{}\" = \"{answer}\"", q.id)
            })
            .collect();
        s += &format!(
            "[[persona]]\nid = \"{id}\"\nname = \"{id}\"\nexpect = \"{expect}\"\nanswers = {{ {} }}\n",
            answers.join(", ")
        );
    }
    s
}

#[test]
fn a_symmetric_generated_quiz_passes_coverage_fairness_and_its_personas() {
    use opsfit::authoring::calibration::persona::parse_personas;
    use opsfit::authoring::source::parse_quiz;

    let quiz = parse_quiz("generated/quiz.toml", &generated_quiz()).expect("generated quiz loads");
    assert_eq!(quiz.questions.len(), 24);
    let personas = parse_personas("generated/personas.toml", &generated_personas(&quiz), &quiz)
        .expect("generated personas load");
    let report = calibrate(&Engine::new(&quiz), &personas, CI);
    let rendered = opsfit::authoring::calibration::render(&report);
    // Generated by construction to pass these; only the persona count (3 of
    // 6) and the balanced share, which the threshold tunes, are left out.
    let gates = [
        Gate::TraitMeasured,
        Gate::DimensionCovered,
        Gate::RandomPoleShare,
        Gate::MostAgreeing,
        Gate::LeastAgreeing,
        Gate::PersonaOutcome,
        Gate::PersonaStability,
    ];
    for c in report.checks() {
        if gates.contains(&c.gate) {
            assert!(c.passed, "{:?} {} fails:\n{rendered}", c.gate, c.subject);
        }
    }
}

/// The generated quiz with `collaboration` made a style dimension, at the
/// given profile values for the two poles.
fn generated_with_style(sre: u8, devops: u8) -> opsfit::domain::content::Quiz {
    let text = generated_quiz()
        .replace(
            "id = \"collaboration\"\nlabel = \"collaboration\"\ndescription = \"collaboration\"\npart = \"work\"",
            "id = \"collaboration\"\nlabel = \"collaboration\"\ndescription = \"collaboration\"\npart = \"style\"",
        )
        .replace(
            "investigation = 85, delivery = 40, collaboration = 45",
            &format!("investigation = 85, delivery = 40, collaboration = {sre}"),
        )
        .replace(
            "investigation = 45, delivery = 90, collaboration = 85",
            &format!("investigation = 45, delivery = 90, collaboration = {devops}"),
        );
    opsfit::authoring::source::parse_quiz("generated/quiz.toml", &text).expect("quiz loads")
}

/// (SRE and DevOps profile on the style dimension, passes the style share
/// gate, passes the neutral-on-work gates): a style dimension that leans
/// toward one role fails both; one that leans toward neither passes.
#[test]
fn a_style_dimension_that_leans_toward_a_role_fails_the_work_before_style_gates() {
    let cases = [
        (45, 85, false, false),
        (65, 65, true, true),
        (60, 62, true, true),
    ];
    for (sre, devops, share_ok, neutral_ok) in cases {
        let quiz = generated_with_style(sre, devops);
        let report = calibrate(&Engine::new(&quiz), &[], CI);
        let passed = |gate: Gate| {
            let checks: Vec<bool> = report
                .checks()
                .iter()
                .filter(|c| c.gate == gate)
                .map(|c| c.passed)
                .collect();
            assert!(!checks.is_empty(), "{gate:?} is checked");
            checks.iter().all(|&p| p)
        };
        let rendered = opsfit::authoring::calibration::render(&report);
        assert_eq!(
            passed(Gate::StyleShare),
            share_ok,
            "{sre}/{devops}:\n{rendered}"
        );
        assert_eq!(
            passed(Gate::NeutralWorkBalanced),
            neutral_ok,
            "{sre}/{devops}:\n{rendered}"
        );
        assert!(rendered.contains("style share of the maximum lead: "));
    }
}
