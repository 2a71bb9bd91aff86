//! Personas: imagined respondents, written as content, each with the
//! outcome they should reach. Authored in `content/<locale>/personas.toml`:
//!
//! ```toml
//! [[persona]]
//! id = "incident-analyst"
//! name = "The incident-loving analyst"
//! about = "Who they are, and the job posting or role write-up behind them."
//! expect = "sre"
//! panel = true
//! answers = { deep-dig = 5, bad-release-role = "trace", measured-by = "skip" }
//! ```
//!
//! `answers` maps every question id to an option id (Likert options are 1 to
//! 5, written as a number or a string), or to `"skip"` for a question the
//! person could not answer, which counts as unanswered. Re-authoring after a
//! quiz change means editing one line per persona, and the loader names
//! every question that is missing or gone. `panel = true` marks a persona
//! written and answered by someone who never saw the weights; the report
//! shows those apart from the authors' own.

use crate::domain::content::Verdict;

#[derive(Clone, Debug, PartialEq)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub about: String,
    pub expect: Verdict,
    /// Written and answered by the independent panel, not by the authors.
    pub panel: bool,
    // Invariant: one entry per question of the quiz it was loaded against,
    // in question order: a valid option index, or `None` for a skip.
    pub answers: Vec<Option<u8>>,
}

#[cfg(not(target_arch = "wasm32"))]
pub use self::source::{load_personas, parse_personas};

#[cfg(not(target_arch = "wasm32"))]
mod source {
    use std::collections::{BTreeMap, HashSet};
    use std::path::Path;

    use serde::Deserialize;

    use super::Persona;
    use crate::authoring::source::ContentError;
    use crate::domain::content::{Quiz, Verdict};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawFile {
        #[serde(rename = "persona", default)]
        personas: Vec<RawPersona>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawPersona {
        id: String,
        #[serde(default)]
        name: String,
        #[serde(default)]
        about: String,
        expect: Option<String>,
        #[serde(default)]
        panel: bool,
        #[serde(default)]
        answers: BTreeMap<String, RawAnswer>,
    }

    /// Likert option ids are digits, and authors write them as numbers.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum RawAnswer {
        Id(String),
        Number(i64),
    }

    /// The answer of a persona who could not answer a question.
    const SKIP: &str = "skip";

    pub fn load_personas(path: &Path, quiz: &Quiz) -> Result<Vec<Persona>, Vec<ContentError>> {
        let (file, text) = crate::authoring::source::read(path)?;
        parse_personas(&file, &text, quiz)
    }

    /// Every mistake in the file, each naming the persona and the question.
    pub fn parse_personas(
        file: &str,
        text: &str,
        quiz: &Quiz,
    ) -> Result<Vec<Persona>, Vec<ContentError>> {
        let error = |entry: String, message: String| ContentError {
            file: file.to_string(),
            entry,
            message,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            vec![error(
                String::new(),
                e.to_string().trim().replace('\n', "\n    "),
            )]
        })?;
        let mut errors = Vec::new();
        if raw.personas.is_empty() {
            errors.push(error(String::new(), "no `[[persona]]` is declared".into()));
        }
        let mut seen = HashSet::new();
        let mut personas = Vec::new();
        for p in raw.personas {
            let entry = format!("persona \"{}\"", p.id);
            let mut fail = |message: String| errors.push(error(entry.clone(), message));
            if !seen.insert(p.id.clone()) {
                fail("this id is used twice".into());
            }
            if p.name.trim().is_empty() {
                fail("`name` is missing or empty".into());
            }
            let expect = match p.expect.as_deref() {
                None => {
                    fail("`expect` is missing: name the outcome this persona should reach".into());
                    None
                }
                Some(id) => match quiz.outcomes.iter().position(|o| o.id == id) {
                    Some(0) => Some(Verdict::Pole(0)),
                    Some(1) => Some(Verdict::Pole(1)),
                    Some(_) => Some(Verdict::Balanced),
                    None => {
                        let known: Vec<&str> = quiz.outcomes.iter().map(|o| &*o.id).collect();
                        fail(format!(
                            "`expect` names unknown outcome \"{id}\" (known: {})",
                            known.join(", ")
                        ));
                        None
                    }
                },
            };
            let mut answers = vec![None; quiz.questions.len()];
            for (question_id, answer) in &p.answers {
                let Some(q) = quiz.question_index(question_id) else {
                    fail(format!(
                        "`answers` names unknown question \"{question_id}\""
                    ));
                    continue;
                };
                let option_id = match answer {
                    RawAnswer::Id(s) => s.clone(),
                    RawAnswer::Number(n) => n.to_string(),
                };
                let question = &quiz.questions[q];
                if option_id == SKIP {
                    continue;
                }
                match question.option_index(&option_id) {
                    Some(o) => answers[q] = Some(o as u8),
                    None => {
                        let known: Vec<&str> = question.options.iter().map(|o| &*o.id).collect();
                        fail(format!(
                            "question \"{question_id}\" has no option \"{option_id}\" (options: {})",
                            known.join(", ")
                        ));
                    }
                }
            }
            for (q, question) in quiz.questions.iter().enumerate() {
                if answers[q].is_none() && !p.answers.contains_key(&*question.id) {
                    fail(format!("does not answer question \"{}\"", question.id));
                }
            }
            if let Some(expect) = expect {
                personas.push(Persona {
                    id: p.id,
                    name: p.name,
                    about: p.about,
                    expect,
                    panel: p.panel,
                    answers,
                });
            }
        }
        if errors.is_empty() {
            Ok(personas)
        } else {
            Err(errors)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::shipped::QUIZ;

    /// A persona file against a two-question slice of any quiz would tie
    /// these tests to content, so they build their text from the shipped
    /// quiz's own ids.
    fn answers_line(skip: usize, replace: Option<(&str, &str)>) -> String {
        QUIZ.questions
            .iter()
            .skip(skip)
            .map(|q| {
                let option = match replace {
                    Some((id, o)) if id == q.id => o.to_string(),
                    _ => q.options[0].id.to_string(),
                };
                format!("\"{}\" = \"{option}\"", q.id)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn persona(id: &str, expect: &str, answers: &str) -> String {
        format!("[[persona]]\nid = \"{id}\"\nname = \"N\"\n{expect}answers = {{ {answers} }}\n")
    }

    fn check_error(text: &str, entry: &str, message_part: &str) {
        let errors = parse_personas("personas.toml", text, &QUIZ).expect_err(text);
        assert!(
            errors
                .iter()
                .any(|e| e.entry == entry && e.message.contains(message_part)),
            "wanted {entry}: …{message_part}…, got {errors:#?}"
        );
    }

    #[test]
    fn mistakes_name_the_persona_and_the_entry() {
        let full = answers_line(0, None);
        let first = &QUIZ.questions[0].id;
        let expect = "expect = \"balanced\"\n";
        check_error("", "", "no `[[persona]]`");
        check_error("[[persona]]\nid = 3\n", "", "invalid type");
        check_error(
            &persona("a", "", &full),
            "persona \"a\"",
            "`expect` is missing",
        );
        check_error(
            &persona("a", "expect = \"ops\"\n", &full),
            "persona \"a\"",
            "`expect` names unknown outcome \"ops\"",
        );
        check_error(
            &persona("a", expect, &format!("{full}, nope = \"1\"")),
            "persona \"a\"",
            "`answers` names unknown question \"nope\"",
        );
        check_error(
            &persona("a", expect, &answers_line(0, Some((first, "zz")))),
            "persona \"a\"",
            &format!("question \"{first}\" has no option \"zz\""),
        );
        check_error(
            &persona("a", expect, &answers_line(1, None)),
            "persona \"a\"",
            &format!("does not answer question \"{first}\""),
        );
        check_error(
            &[persona("a", expect, &full), persona("a", expect, &full)].concat(),
            "persona \"a\"",
            "this id is used twice",
        );
    }

    #[test]
    fn a_valid_file_gives_one_answer_per_question() {
        let text = persona("a", "expect = \"balanced\"\n", &answers_line(0, None));
        let personas = parse_personas("personas.toml", &text, &QUIZ).expect("valid");
        assert_eq!(personas.len(), 1);
        assert_eq!(personas[0].expect, Verdict::Balanced);
        assert_eq!(personas[0].answers, vec![Some(0); QUIZ.questions.len()]);
    }

    #[test]
    fn a_skip_is_unanswered_and_panel_is_read() {
        let first = &QUIZ.questions[0].id;
        let answers = answers_line(0, Some((first, "skip")));
        // (extra lines, panel)
        let cases = [
            ("", false),
            ("panel = true\n", true),
            ("panel = false\n", false),
        ];
        for (extra, panel) in cases {
            let text = persona("a", &format!("expect = \"sre\"\n{extra}"), &answers);
            let personas = parse_personas("personas.toml", &text, &QUIZ).expect("valid");
            assert_eq!(personas[0].answers[0], None, "{extra}");
            assert_eq!(personas[0].answers[1], Some(0), "{extra}");
            assert_eq!(personas[0].panel, panel, "{extra}");
        }
    }

    #[test]
    fn likert_answers_may_be_numbers() {
        let likert = QUIZ
            .questions
            .iter()
            .find(|q| q.kind == crate::domain::content::QuestionKind::Likert)
            .expect("the shipped quiz has a Likert question");
        let answers = answers_line(0, None).replace(
            &format!("\"{}\" = \"1\"", likert.id),
            &format!("\"{}\" = 4", likert.id),
        );
        let text = persona("a", "expect = \"balanced\"\n", &answers);
        let personas = parse_personas("personas.toml", &text, &QUIZ).expect("valid");
        let q = QUIZ.question_index(&likert.id).unwrap();
        assert_eq!(personas[0].answers[q], Some(3));
    }
}
