//! Content files (TOML) to a validated [`Quiz`]. Runs in `build.rs`, in native
//! tests and in the calibrate tool; never in the browser.
//!
//! Every mistake becomes a [`ContentError`] that names the file and the entry,
//! and all mistakes in a file are reported together, so an author fixes them
//! in one pass.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::content::model::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// Which entry, such as `question "pace-release"`; empty for the whole file.
    pub entry: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.entry, self.message)
        }
    }
}

/// Authored weights stay small so that one answer can never dominate a quiz.
pub const MAX_WEIGHT: i8 = 3;
pub const LIKERT_POINTS: usize = 5;
// Scenario and choice questions have at most 4 options; a likert question
// has these. A token holds an answer in half a byte.
const _: () = assert!(LIKERT_POINTS <= MAX_OPTIONS);

pub fn load_quiz(path: &Path) -> Result<Quiz, Vec<ContentError>> {
    let (file, text) = read(path)?;
    parse_quiz(&file, &text)
}

pub fn parse_quiz(file: &str, text: &str) -> Result<Quiz, Vec<ContentError>> {
    let raw: RawQuizFile = from_toml(file, text)?;
    let mut check = Check::new(file);
    let quiz = check.quiz(raw);
    check.finish(quiz)
}

/// Reads a whole file, or says why not in a [`ContentError`] for that file.
pub fn read(path: &Path) -> Result<(String, String), Vec<ContentError>> {
    let file = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => Ok((file, text)),
        Err(e) => Err(vec![ContentError {
            file,
            entry: String::new(),
            message: format!("cannot read: {e}"),
        }]),
    }
}

/// TOML syntax and shape errors carry their own line and column.
pub(super) fn from_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, Vec<ContentError>> {
    toml::from_str(text).map_err(|e| {
        vec![ContentError {
            file: file.to_string(),
            entry: String::new(),
            message: e.to_string().trim().replace('\n', "\n    "),
        }]
    })
}

/// UI strings: a flat table of snake_case keys to text, kept in key order.
pub fn parse_ui(file: &str, text: &str) -> Result<BTreeMap<String, String>, Vec<ContentError>> {
    let table: BTreeMap<String, String> = toml::from_str(text).map_err(|e| {
        vec![ContentError {
            file: file.to_string(),
            entry: String::new(),
            message: e.to_string().trim().replace('\n', "\n    "),
        }]
    })?;
    let errors: Vec<ContentError> = table
        .iter()
        .filter_map(|(key, value)| {
            let message = if !is_snake_case(key) {
                "a UI key is lowercase words joined by underscores"
            } else if value.trim().is_empty() {
                "the text is empty"
            } else {
                return None;
            };
            Some(ContentError {
                file: file.to_string(),
                entry: format!("key \"{key}\""),
                message: message.to_string(),
            })
        })
        .collect();
    if errors.is_empty() {
        Ok(table)
    } else {
        Err(errors)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuizFile {
    quiz: RawQuizHeader,
    #[serde(rename = "trait", default)]
    traits: Vec<RawTrait>,
    #[serde(rename = "dimension", default)]
    dimensions: Vec<RawDimension>,
    #[serde(rename = "outcome", default)]
    outcomes: Vec<RawOutcome>,
    #[serde(rename = "question", default)]
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuizHeader {
    id: String,
    title: String,
    balanced_threshold: i64,
    likert: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrait {
    id: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: String,
    label: String,
    description: String,
    part: Option<String>,
}

#[derive(Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawOutcomeKind {
    Pole,
    Balanced,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    id: String,
    kind: RawOutcomeKind,
    name: String,
    short: String,
    summary: String,
    profile: BTreeMap<String, i64>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawKind {
    Likert,
    Scenario,
    Choice,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    kind: RawKind,
    prompt: String,
    hint: Option<String>,
    traits: Vec<String>,
    /// Likert only: the moves of full agreement. Disagreement mirrors them.
    #[serde(default)]
    moves: BTreeMap<String, i64>,
    #[serde(rename = "option", default)]
    options: Vec<RawOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: String,
    label: String,
    #[serde(default)]
    moves: BTreeMap<String, i64>,
}

/// Collects every mistake in one file, so an author fixes them in one pass.
pub(super) struct Check<'f> {
    file: &'f str,
    errors: Vec<ContentError>,
}

pub(super) fn owned(s: String) -> Text {
    Cow::Owned(s)
}

pub(super) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && s.as_bytes()[0].is_ascii_lowercase()
}

impl<'f> Check<'f> {
    pub(super) fn new(file: &'f str) -> Self {
        Check {
            file,
            errors: Vec::new(),
        }
    }

    pub(super) fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    pub(super) fn error(&mut self, entry: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.to_string(),
            entry: entry.into(),
            message: message.into(),
        });
    }

    pub(super) fn text(&mut self, entry: &str, field: &str, value: String) -> Text {
        if value.trim().is_empty() {
            self.error(entry, format!("`{field}` is empty"));
        }
        owned(value)
    }

    /// Checks ids for shape and uniqueness within one kind of entry.
    fn ids<'a>(&mut self, kind: &str, ids: impl Iterator<Item = &'a String>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !is_id(id) {
                self.error(
                    format!("{kind} \"{id}\""),
                    "an id is lowercase letters, digits and dashes",
                );
            }
            if !seen.insert(id.clone()) {
                self.error(format!("{kind} \"{id}\""), "this id is used twice");
            }
        }
    }

    fn quiz(&mut self, raw: RawQuizFile) -> Quiz {
        let header = raw.quiz;
        if !is_id(&header.id) {
            self.error("quiz", "an id is lowercase letters, digits and dashes");
        }
        if !(1..=50).contains(&header.balanced_threshold) {
            self.error(
                "quiz",
                format!(
                    "`balanced_threshold` is {} but must be 1 to 50 percentage points",
                    header.balanced_threshold
                ),
            );
        }
        if header.likert.len() != LIKERT_POINTS {
            self.error(
                "quiz",
                format!(
                    "`likert` lists {} labels but needs {LIKERT_POINTS}, from disagree to agree",
                    header.likert.len()
                ),
            );
        }

        self.ids("trait", raw.traits.iter().map(|t| &t.id));
        self.ids("dimension", raw.dimensions.iter().map(|d| &d.id));
        self.ids("outcome", raw.outcomes.iter().map(|o| &o.id));
        self.ids("question", raw.questions.iter().map(|q| &q.id));

        let trait_ids: Vec<String> = raw.traits.iter().map(|t| t.id.clone()).collect();
        let dimension_ids: Vec<String> = raw.dimensions.iter().map(|d| d.id.clone()).collect();
        if dimension_ids.is_empty() {
            self.error("quiz", "no `[[dimension]]` is declared");
        }

        let traits: Vec<Trait> = raw
            .traits
            .into_iter()
            .map(|t| {
                let entry = format!("trait \"{}\"", t.id);
                Trait {
                    label: self.text(&entry, "label", t.label),
                    id: owned(t.id),
                }
            })
            .collect();
        let dimensions: Vec<Dimension> = raw
            .dimensions
            .into_iter()
            .map(|d| {
                let entry = format!("dimension \"{}\"", d.id);
                let part = match d.part.as_deref() {
                    Some("work") => Part::Work,
                    Some("style") => Part::Style,
                    other => {
                        self.error(
                            &entry,
                            match other {
                                None => "`part` is missing: \"work\" (the kind of work, which decides) or \"style\" (how a person likes to work)".to_string(),
                                Some(p) => format!("`part` is \"{p}\"; it must be \"work\" or \"style\""),
                            },
                        );
                        Part::Work
                    }
                };
                Dimension {
                    label: self.text(&entry, "label", d.label),
                    description: self.text(&entry, "description", d.description),
                    id: owned(d.id),
                    part,
                }
            })
            .collect();
        if !dimensions.is_empty() && dimensions.iter().all(|d| d.part == Part::Style) {
            self.error(
                "quiz",
                "every dimension is `part = \"style\"`: the result needs at least one about the work",
            );
        }

        let outcomes = self.outcomes(raw.outcomes, &dimension_ids);
        let likert: Vec<String> = header.likert;
        let questions: Vec<Question> = raw
            .questions
            .into_iter()
            .map(|q| self.question(q, &trait_ids, &dimension_ids, &likert))
            .collect();

        if questions.is_empty() {
            self.error("quiz", "no `[[question]]` is declared");
        }
        if questions.len() > MAX_QUESTIONS {
            self.error(
                "quiz",
                format!(
                    "has {} questions; a share link holds at most {MAX_QUESTIONS}",
                    questions.len()
                ),
            );
        }
        for (t, tr) in traits.iter().enumerate() {
            if !questions.iter().any(|q| q.traits.contains(&(t as u16))) {
                self.error(
                    format!("trait \"{}\"", tr.id),
                    "no question measures this trait",
                );
            }
        }
        for (d, dim) in dimensions.iter().enumerate() {
            let measured = questions.iter().any(|q| {
                q.options
                    .iter()
                    .any(|o| o.moves.iter().any(|m| m.dimension as usize == d))
            });
            if !measured {
                self.error(
                    format!("dimension \"{}\"", dim.id),
                    "no option moves this dimension",
                );
            }
        }
        if outcomes.len() == 3 {
            self.questions_separate_poles(&questions, &outcomes, &dimensions);
            // Reachability is only meaningful once every entry is sound.
            if self.errors.is_empty() {
                let threshold = header.balanced_threshold;
                self.outcomes_are_reachable(&questions, &outcomes, threshold);
            }
        }

        Quiz {
            id: owned(header.id),
            title: self.text("quiz", "title", header.title),
            balanced_threshold: header.balanced_threshold.clamp(1, 50) as u8,
            traits: Cow::Owned(traits),
            dimensions: Cow::Owned(dimensions),
            outcomes: Cow::Owned(outcomes),
            questions: Cow::Owned(questions),
        }
    }

    /// Returns the outcomes in model order: the two poles, then balanced.
    fn outcomes(&mut self, raw: Vec<RawOutcome>, dimension_ids: &[String]) -> Vec<Outcome> {
        let poles = raw
            .iter()
            .filter(|o| o.kind == RawOutcomeKind::Pole)
            .count();
        let balanced = raw
            .iter()
            .filter(|o| o.kind == RawOutcomeKind::Balanced)
            .count();
        if poles != 2 || balanced != 1 {
            self.error(
                "quiz",
                format!(
                    "needs two outcomes of kind \"pole\" and one of kind \"balanced\", \
                     found {poles} and {balanced}"
                ),
            );
        }
        let mut ordered: Vec<RawOutcome> = raw;
        // A stable sort keeps the authors' order of the two poles. Authoring
        // runs natively only, so std's sort costs the wasm nothing.
        #[allow(clippy::disallowed_methods)]
        ordered.sort_by_key(|o| o.kind == RawOutcomeKind::Balanced);
        ordered
            .into_iter()
            .map(|o| {
                let entry = format!("outcome \"{}\"", o.id);
                for key in o.profile.keys() {
                    if !dimension_ids.contains(key) {
                        self.error(
                            &entry,
                            format!("`profile` names unknown dimension \"{key}\""),
                        );
                    }
                }
                let profile: Vec<u8> = dimension_ids
                    .iter()
                    .map(|d| match o.profile.get(d) {
                        Some(v) if (0..=100).contains(v) => *v as u8,
                        Some(v) => {
                            self.error(
                                &entry,
                                format!("`profile.{d}` is {v} but must be 0 to 100"),
                            );
                            50
                        }
                        None => {
                            self.error(&entry, format!("`profile` lacks dimension \"{d}\""));
                            50
                        }
                    })
                    .collect();
                Outcome {
                    name: self.text(&entry, "name", o.name),
                    short: self.text(&entry, "short", o.short),
                    summary: self.text(&entry, "summary", o.summary),
                    profile: Cow::Owned(profile),
                    id: owned(o.id),
                }
            })
            .collect()
    }

    fn moves(
        &mut self,
        entry: &str,
        raw: &BTreeMap<String, i64>,
        dimension_ids: &[String],
    ) -> Vec<Move> {
        let mut out = Vec::new();
        for (key, weight) in raw {
            let Some(d) = dimension_ids.iter().position(|id| id == key) else {
                self.error(entry, format!("`moves` names unknown dimension \"{key}\""));
                continue;
            };
            if *weight == 0 || weight.abs() > MAX_WEIGHT as i64 {
                self.error(
                    entry,
                    format!(
                        "`moves.{key}` is {weight} but a weight is -{MAX_WEIGHT} to {MAX_WEIGHT}, not 0"
                    ),
                );
                continue;
            }
            out.push(Move {
                dimension: d as u16,
                weight: *weight as i8,
            });
        }
        out
    }

    fn question(
        &mut self,
        q: RawQuestion,
        trait_ids: &[String],
        dimension_ids: &[String],
        likert: &[String],
    ) -> Question {
        let entry = format!("question \"{}\"", q.id);
        let traits: Vec<u16> = q
            .traits
            .iter()
            .filter_map(|t| {
                let found = trait_ids.iter().position(|id| id == t);
                if found.is_none() {
                    self.error(&entry, format!("`traits` names unknown trait \"{t}\""));
                }
                found.map(|i| i as u16)
            })
            .collect();
        if q.traits.is_empty() {
            self.error(
                &entry,
                "`traits` is empty: name the traits this question measures",
            );
        }
        let (kind, options) = match q.kind {
            RawKind::Likert => {
                if !q.options.is_empty() {
                    self.error(
                        &entry,
                        "a likert question takes `moves`, not options: its five options come from `quiz.likert`",
                    );
                }
                if q.moves.is_empty() {
                    self.error(&entry, "a likert question needs `moves` for full agreement");
                }
                let moves = self.moves(&entry, &q.moves, dimension_ids);
                let options = likert
                    .iter()
                    .enumerate()
                    .map(|(i, label)| {
                        let factor = i as i8 - (LIKERT_POINTS as i8 / 2);
                        AnswerOption {
                            id: owned((i + 1).to_string()),
                            label: owned(label.clone()),
                            moves: Cow::Owned(
                                moves
                                    .iter()
                                    .filter(|_| factor != 0)
                                    .map(|m| Move {
                                        dimension: m.dimension,
                                        weight: m.weight * factor,
                                    })
                                    .collect(),
                            ),
                        }
                    })
                    .collect();
                (QuestionKind::Likert, options)
            }
            RawKind::Scenario | RawKind::Choice => {
                let (kind, range, wanted) = match q.kind {
                    RawKind::Scenario => (QuestionKind::Scenario, 3..=4, "3 or 4"),
                    _ => (QuestionKind::Choice, 2..=2, "exactly 2"),
                };
                if !q.moves.is_empty() {
                    self.error(
                        &entry,
                        "only likert questions take `moves`; put moves on each option",
                    );
                }
                if !range.contains(&q.options.len()) {
                    self.error(
                        &entry,
                        format!("has {} options but needs {wanted}", q.options.len()),
                    );
                }
                self.ids(&format!("{entry}: option"), q.options.iter().map(|o| &o.id));
                let options = q
                    .options
                    .into_iter()
                    .map(|o| {
                        let option_entry = format!("{entry}: option \"{}\"", o.id);
                        if o.moves.is_empty() {
                            self.error(
                                &option_entry,
                                "moves nothing: give it `moves` on at least one dimension",
                            );
                        }
                        AnswerOption {
                            moves: Cow::Owned(self.moves(&option_entry, &o.moves, dimension_ids)),
                            label: self.text(&option_entry, "label", o.label),
                            id: owned(o.id),
                        }
                    })
                    .collect();
                (kind, options)
            }
        };
        Question {
            prompt: self.text(&entry, "prompt", q.prompt),
            hint: q.hint.map(|h| self.text(&entry, "hint", h)),
            id: owned(q.id),
            kind,
            traits: Cow::Owned(traits),
            options: Cow::Owned(options),
        }
    }

    /// Every outcome must be the result of at least one complete set of
    /// answers. This follows the engine's model (README, "The scoring
    /// model"): each question's leans are measured from its midpoint, and an
    /// outcome depends only on the sum of those leans against the sum of the
    /// ranges. The sums every complete answer set can reach are enumerated
    /// exactly, question by question.
    fn outcomes_are_reachable(
        &mut self,
        questions: &[Question],
        outcomes: &[Outcome],
        threshold: i64,
    ) {
        let mut total_range = 0i64;
        let mut reachable: std::collections::BTreeSet<i64> = [0].into();
        for q in questions {
            let (leans, range) = q.leans(outcomes);
            total_range += range;
            reachable = reachable
                .iter()
                .flat_map(|sum| leans.iter().map(move |l| sum + l))
                .collect();
        }
        let mut found = [false; 3];
        for &sum in &reachable {
            found[Verdict::of(sum, total_range, threshold).index()] = true;
        }
        for (outcome, found) in outcomes.iter().zip(found) {
            if !found {
                self.error(
                    format!("outcome \"{}\"", outcome.id),
                    "no complete set of answers gives this outcome; adjust weights or the balanced threshold",
                );
            }
        }
    }

    /// A question whose options all lean the same amount cannot change the
    /// outcome, which is nearly always an authoring slip.
    /// A question about the work must be able to move the result. One that
    /// moves only style dimensions may lean nowhere: it is there for the
    /// style part of the result, which is context.
    fn questions_separate_poles(
        &mut self,
        questions: &[Question],
        outcomes: &[Outcome],
        dimensions: &[Dimension],
    ) {
        for q in questions {
            let style_only = q.options.iter().flat_map(|o| o.moves.iter()).all(|m| {
                dimensions
                    .get(m.dimension as usize)
                    .is_some_and(|d| d.part == Part::Style)
            });
            if q.leans(outcomes).1 == 0 && !style_only {
                self.error(
                    format!("question \"{}\"", q.id),
                    "no option leans further toward either pole than another, so the answer cannot matter",
                );
            }
        }
    }
}
