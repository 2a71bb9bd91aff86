//! A result as people see it, whoever opens it: the outcome, the split, how
//! firm it is, how much of the quiz it rests on and the trait scores. A
//! result link carries exactly these (token version 3), so it opens with the
//! same figures whatever the content says later.
//!
//! Also here, where native tests reach them: when a result may give a
//! verdict at all, and how its confidence reads.

use super::content::{Quiz, Verdict};
use super::engine::{ConfidenceLevel, Engine, Flip};
use super::shipped::{PageUi, Ui};
use super::template::fill;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub verdict: Verdict,
    /// Whole percentages of pole 0 and pole 1; they add up to 100.
    pub percent: [u8; 2],
    /// How many changed (or answered skipped) answers would move the
    /// outcome; `None` when no change could.
    pub changes_needed: Option<u8>,
    /// Scored questions answered, and scored questions in the quiz.
    pub answered: u8,
    pub questions: u8,
    /// Each measured dimension as (`dimension_key` of its id, score
    /// 0..=100), in key order. A dimension no answer measured is absent.
    pub dimensions: Vec<(u16, u8)>,
}

/// The rule of [`Figures::has_verdict`], for a count of answered questions
/// out of the quiz's.
pub fn gives_verdict(answered: usize, questions: usize) -> bool {
    2 * answered >= questions
}

impl Figures {
    /// The figures of answers scored by an engine, with the flip set they
    /// were computed with, so the result page can show both.
    pub fn of(
        engine: &Engine,
        answers: &[Option<u8>],
        skipped: &[bool],
    ) -> (Figures, Option<Flip>) {
        let quiz = engine.quiz();
        let score = engine.score(answers);
        let flip = engine.flip_skipping(answers, skipped);
        let mut dimensions: Vec<(u16, u8)> = quiz
            .dimensions
            .iter()
            .zip(score.dimensions.iter())
            .filter_map(|(d, s)| s.map(|s| (dimension_key(&d.id), (s * 100.0).round() as u8)))
            .collect();
        // A handful of entries: std's sort would cost kilobytes of wasm.
        for i in 1..dimensions.len() {
            let mut j = i;
            while j > 0 && dimensions[j].0 < dimensions[j - 1].0 {
                dimensions.swap(j, j - 1);
                j -= 1;
            }
        }
        let figures = Figures {
            verdict: score.verdict,
            percent: score.whole_percent(),
            changes_needed: flip.as_ref().map(|f| f.changes.len().min(255) as u8),
            answered: score.n_answered.min(255) as u8,
            questions: quiz.questions.len().clamp(1, 255) as u8,
            dimensions,
        };
        (figures, flip)
    }

    /// Below half of the scored questions answered, a result gives no
    /// verdict and no percentages: it says how many more answers it needs.
    /// The method screen states this line.
    pub fn has_verdict(&self) -> bool {
        gives_verdict(self.answered.into(), self.questions.into())
    }

    /// Answers still needed before a verdict; 0 once there is one.
    pub fn answers_needed(&self) -> usize {
        (self.questions as usize)
            .div_ceil(2)
            .saturating_sub(self.answered as usize)
    }

    pub fn confidence(&self) -> ConfidenceLevel {
        match (self.answered, self.changes_needed) {
            (0, _) | (_, Some(0 | 1)) => ConfidenceLevel::Low,
            (_, Some(2 | 3)) => ConfidenceLevel::Moderate,
            _ => ConfidenceLevel::High,
        }
    }

    /// The score of each of the quiz's dimensions, in its order; `None`
    /// when the result has none for it (not measured, or a dimension the
    /// result's item bank did not have).
    pub fn scores_in(&self, quiz: &Quiz) -> Vec<Option<u8>> {
        quiz.dimensions
            .iter()
            .map(|d| {
                let key = dimension_key(&d.id);
                self.dimensions.iter().find(|e| e.0 == key).map(|e| e.1)
            })
            .collect()
    }

    /// The dimensions the person scored highest on, best first, as indices
    /// of the quiz's dimensions; equal scores keep the quiz's order.
    pub fn top_dimensions(&self, quiz: &Quiz, n: usize) -> Vec<usize> {
        let scores = self.scores_in(quiz);
        let mut order: Vec<usize> = (0..scores.len()).filter(|&d| scores[d].is_some()).collect();
        for i in 1..order.len() {
            let mut j = i;
            while j > 0 && scores[order[j]] > scores[order[j - 1]] {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        order.truncate(n);
        order
    }
}

/// A dimension's 16-bit key: FNV-1a of its id, folded. A stable id keeps
/// its key, so a result link finds the dimension whatever its position or
/// label; the content tests check that no two dimensions share a key.
pub fn dimension_key(id: &str) -> u16 {
    let h = id.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    });
    (h ^ (h >> 16)) as u16
}

/// How a result's confidence reads: which sentence, and the number in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfidenceWording {
    /// No change to the answers could move the outcome.
    Settled,
    /// A single changed answer would: a close call, said as one.
    CloseCall,
    /// This many changed answers would, at this level.
    Changes(ConfidenceLevel, u8),
}

impl Figures {
    pub fn confidence_wording(&self) -> ConfidenceWording {
        match self.changes_needed {
            None => ConfidenceWording::Settled,
            Some(0 | 1) => ConfidenceWording::CloseCall,
            Some(n) => ConfidenceWording::Changes(self.confidence(), n),
        }
    }
}

/// "Why" lists answers that moved the result by at least this many
/// percentage points, so a neutral answer is never given as a reason.
pub const REASON_MIN_POINTS: f64 = 0.05;

/// The words at the top of a result, decided here so native tests read
/// them and the page only places them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultTexts {
    /// "Your result", or "A shared result".
    pub kicker: &'static str,
    /// The outcome in plain words, or that there is no verdict yet.
    pub heading: String,
    /// Each pole's share ("62% SRE"); `None` without a verdict.
    pub split: Option<[String; 2]>,
    /// What the outcome means for the person, or for "this result".
    pub meaning: String,
    /// How firm it is; `None` without a verdict.
    pub confidence: Option<String>,
    /// How many answers it rests on.
    pub basis: String,
}

impl Figures {
    pub fn texts(&self, quiz: &Quiz, ui: &Ui, page: &PageUi, shared: bool) -> ResultTexts {
        let count = |n: usize| n.to_string();
        let basis = fill(
            page.based_on,
            &[
                ("answered", &count(self.answered as usize)),
                ("total", &count(self.questions as usize)),
            ],
        );
        let kicker = if shared {
            page.shared_heading
        } else {
            ui.result_heading
        };
        if !self.has_verdict() {
            let meaning = fill(
                if shared {
                    page.shared_no_verdict
                } else {
                    page.no_verdict
                },
                &[
                    ("answered", &count(self.answered as usize)),
                    ("total", &count(self.questions as usize)),
                    ("n", &count(self.answers_needed())),
                ],
            );
            return ResultTexts {
                kicker,
                heading: page.no_verdict_heading.to_string(),
                split: None,
                meaning,
                confidence: None,
                basis,
            };
        }
        let outcome = quiz.outcome(self.verdict);
        let heading = match self.verdict {
            Verdict::Balanced => page.result_both.to_string(),
            Verdict::Pole(_) => fill(
                if shared {
                    page.shared_fits
                } else {
                    page.result_fits
                },
                &[("role", &outcome.short)],
            ),
        };
        let share = |p: usize| {
            fill(
                ui.percent_of,
                &[
                    ("percent", &count(self.percent[p] as usize)),
                    ("role", &quiz.outcome(Verdict::Pole(p as u8)).short),
                ],
            )
        };
        let meaning = match (shared, self.verdict) {
            (false, _) => outcome.summary.to_string(),
            (true, Verdict::Balanced) => page.shared_balanced.to_string(),
            (true, Verdict::Pole(_)) => fill(page.shared_pole, &[("name", &outcome.name)]),
        };
        let confidence = match self.confidence_wording() {
            ConfidenceWording::Settled => page.confidence_settled.to_string(),
            ConfidenceWording::CloseCall => page.confidence_close.to_string(),
            ConfidenceWording::Changes(level, n) => fill(
                if level == ConfidenceLevel::High {
                    page.confidence_high_n
                } else {
                    page.confidence_moderate_n
                },
                &[("n", &count(n as usize))],
            ),
        };
        ResultTexts {
            kicker,
            heading,
            split: Some([share(0), share(1)]),
            meaning,
            confidence: Some(confidence),
            basis,
        }
    }
}

/// A lone percentage as the language writes one on the result page: "54%"
/// in English, "54 %" in Spanish, with a space before the sign where the
/// language's `percent_of` has one ("{percent} % {role}"), so the card
/// never spells a number differently from the page. Pushed rather than
/// `fill`ed and trimmed, which measured 180 bytes more wasm.
pub fn percent_text(percent_of: &str, n: u8) -> String {
    let mut out = n.to_string();
    if percent_of.starts_with("{percent} ") {
        out.push(' ');
    }
    out.push('%');
    out
}

/// What the image card shows: the outcome, the split, the top three traits
/// and the app's name; nothing of the person's individual answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub app: &'static str,
    pub tagline: &'static str,
    pub heading: String,
    pub split: [String; 2],
    pub percent0: u8,
    pub traits_heading: &'static str,
    /// The top three traits: label and score 0..=100.
    pub traits: Vec<(String, u8)>,
    /// How the language writes a percentage: the page's `percent_of`, for
    /// `percent_text`.
    pub percent_of: &'static str,
}

impl Figures {
    /// The card of a result with a verdict; `None` without one.
    pub fn card(&self, quiz: &Quiz, ui: &Ui, page: &PageUi) -> Option<Card> {
        let texts = self.texts(quiz, ui, page, true);
        let split = texts.split?;
        let scores = self.scores_in(quiz);
        let traits = self
            .top_dimensions(quiz, 3)
            .into_iter()
            .map(|d| (quiz.dimensions[d].label.to_string(), scores[d].unwrap_or(0)))
            .collect();
        Some(Card {
            app: ui.app_name,
            tagline: ui.tagline,
            heading: texts.heading,
            split,
            percent0: self.percent[0],
            traits_heading: ui.card_traits,
            traits,
            percent_of: ui.percent_of,
        })
    }
}
