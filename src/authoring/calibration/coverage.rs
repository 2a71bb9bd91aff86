//! Which questions measure each trait and each dimension, and in which
//! direction each question is keyed.
//!
//! **Keyed direction.** A question is keyed *up* on a dimension when
//! endorsing it raises that dimension, and *down* when endorsing it lowers
//! it. For a Likert question, endorsing is agreeing, so the key is the sign
//! of its agreement weight on the dimension. A scenario or choice question
//! has no "agree"; picking an option is endorsing that option, so the
//! question is keyed up on a dimension when one of its options raises it,
//! and down when one lowers it, possibly both. A dimension is **keyed both
//! ways** when at least one of its questions is keyed up and one down, so a
//! respondent who endorses everything does not drift along it.

use crate::domain::content::{QuestionKind, Quiz};

/// A dimension needs this many questions before its score means much.
pub const MIN_QUESTIONS_PER_DIMENSION: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keying {
    pub up: bool,
    pub down: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TraitCoverage {
    pub trait_index: usize,
    /// Indices of the questions that name this trait.
    pub questions: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionCoverage {
    pub dimension: usize,
    /// The questions that move this dimension, each with its keying.
    pub questions: Vec<(usize, Keying)>,
}

impl TraitCoverage {
    pub fn is_measured(&self) -> bool {
        !self.questions.is_empty()
    }
}

impl DimensionCoverage {
    pub fn is_keyed_both_ways(&self) -> bool {
        self.questions.iter().any(|(_, k)| k.up) && self.questions.iter().any(|(_, k)| k.down)
    }

    pub fn is_covered(&self) -> bool {
        self.questions.len() >= MIN_QUESTIONS_PER_DIMENSION && self.is_keyed_both_ways()
    }
}

pub fn trait_coverage(quiz: &Quiz) -> Vec<TraitCoverage> {
    (0..quiz.traits.len())
        .map(|t| TraitCoverage {
            trait_index: t,
            questions: (0..quiz.questions.len())
                .filter(|&q| quiz.questions[q].traits.contains(&(t as u16)))
                .collect(),
        })
        .collect()
}

pub fn dimension_coverage(quiz: &Quiz) -> Vec<DimensionCoverage> {
    (0..quiz.dimensions.len())
        .map(|d| DimensionCoverage {
            dimension: d,
            questions: (0..quiz.questions.len())
                .filter_map(|q| keying(quiz, q, d).map(|k| (q, k)))
                .collect(),
        })
        .collect()
}

/// How question `q` is keyed on dimension `d`, or `None` when it does not
/// move `d` at all.
pub fn keying(quiz: &Quiz, q: usize, d: usize) -> Option<Keying> {
    let question = &quiz.questions[q];
    let weights = |o: usize| {
        question.options[o]
            .moves
            .iter()
            .filter(|m| m.dimension as usize == d)
            .map(|m| m.weight as i64)
            .sum::<i64>()
    };
    let k = match question.kind {
        // The last Likert option is full agreement.
        QuestionKind::Likert => {
            let w = question.options.len().checked_sub(1).map_or(0, weights);
            Keying {
                up: w > 0,
                down: w < 0,
            }
        }
        QuestionKind::Scenario | QuestionKind::Choice => Keying {
            up: (0..question.options.len()).any(|o| weights(o) > 0),
            down: (0..question.options.len()).any(|o| weights(o) < 0),
        },
    };
    (k.up || k.down).then_some(k)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::authoring::source::parse_quiz;

    /// A quiz on dimensions `a` and `b` with the given questions, then one
    /// more that moves `b`, since the loader rejects a dimension nothing
    /// moves. The wide balanced band keeps every outcome reachable, which
    /// the loader also demands.
    fn quiz(questions: &str) -> Quiz {
        let questions = format!("{questions}{}", likert("filler", "b = 1"));
        let text = format!(
            r#"
[quiz]
id = "t"
title = "T"
balanced_threshold = 50
likert = ["1", "2", "3", "4", "5"]
[[trait]]
id = "t"
label = "T"
[[dimension]]
id = "a"
label = "A"
description = "A"
part = "work"
[[dimension]]
id = "b"
label = "B"
description = "B"
part = "work"
[[outcome]]
id = "p"
kind = "pole"
name = "P"
short = "P"
summary = "P"
profile = {{ a = 90, b = 10 }}
[[outcome]]
id = "q"
kind = "pole"
name = "Q"
short = "Q"
summary = "Q"
profile = {{ a = 10, b = 90 }}
[[outcome]]
id = "m"
kind = "balanced"
name = "M"
short = "M"
summary = "M"
profile = {{ a = 50, b = 50 }}
{questions}"#
        );
        parse_quiz("test.toml", &text).expect("valid test quiz")
    }

    fn likert(id: &str, moves: &str) -> String {
        format!(
            "[[question]]\nid = \"{id}\"\nkind = \"likert\"\ntraits = [\"t\"]\nprompt = \"?\"\nmoves = {{ {moves} }}\n"
        )
    }

    fn choice(id: &str, first: &str, second: &str) -> String {
        format!(
            "[[question]]\nid = \"{id}\"\nkind = \"choice\"\ntraits = [\"t\"]\nprompt = \"?\"\n\
             [[question.option]]\nid = \"x\"\nlabel = \"x\"\nmoves = {{ {first} }}\n\
             [[question.option]]\nid = \"y\"\nlabel = \"y\"\nmoves = {{ {second} }}\n"
        )
    }

    fn check_keying(question: String, dimension: usize, expected: Option<(bool, bool)>) {
        let quiz = quiz(&question);
        let got = keying(&quiz, 0, dimension).map(|k| (k.up, k.down));
        assert_eq!(got, expected, "{question}");
    }

    #[test]
    fn keying_of_one_question() {
        check_keying(likert("l", "a = 2"), 0, Some((true, false)));
        check_keying(likert("l", "a = -1"), 0, Some((false, true)));
        check_keying(likert("l", "a = -1"), 1, None);
        check_keying(likert("l", "a = 1, b = -2"), 1, Some((false, true)));
        check_keying(choice("c", "a = 2", "b = 2"), 0, Some((true, false)));
        check_keying(choice("c", "a = 2", "a = -1"), 0, Some((true, true)));
        check_keying(choice("c", "b = -1", "a = 2"), 1, Some((false, true)));
    }

    fn check_dimension(questions: &[String], covered: bool, both_ways: bool) {
        let quiz = quiz(&questions.concat());
        let a = &dimension_coverage(&quiz)[0];
        assert_eq!(a.is_covered(), covered, "{questions:?}");
        assert_eq!(a.is_keyed_both_ways(), both_ways, "{questions:?}");
    }

    #[test]
    fn a_dimension_needs_three_questions_keyed_both_ways() {
        let up = |i: usize| likert(&format!("u{i}"), "a = 1");
        let down = |i: usize| likert(&format!("d{i}"), "a = -1");
        check_dimension(&[up(0), up(1), up(2)], false, false);
        check_dimension(&[up(0), down(1)], false, true);
        check_dimension(&[up(0), up(1), down(2)], true, true);
        check_dimension(&[down(0), down(1), down(2), up(3)], true, true);
        check_dimension(&[up(0), up(1), choice("c", "a = 1", "a = -1")], true, true);
        // A question that moves only the other dimension does not count.
        check_dimension(&[up(0), down(1), likert("o", "b = 1")], false, true);
    }

    #[test]
    fn traits_list_the_questions_that_name_them() {
        let quiz = quiz(&[likert("x", "a = 1"), likert("y", "b = 1")].concat());
        let traits = trait_coverage(&quiz);
        assert_eq!(traits.len(), 1);
        assert_eq!(traits[0].questions, vec![0, 1, 2]);
        assert!(traits[0].is_measured());
    }
}
