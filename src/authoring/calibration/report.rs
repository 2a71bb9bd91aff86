//! The calibration report: every figure, its target, and whether it passes.
//! Building it is pure; `render` turns it into the text `calibrate` prints.

use std::fmt::Write;

use super::coverage::{
    dimension_coverage, trait_coverage, DimensionCoverage, TraitCoverage,
    MIN_QUESTIONS_PER_DIMENSION,
};
use super::persona::Persona;
use super::prng::Prng;
use super::simulation::{
    keep_rate, neutral_on_work, simulate, AnswerStyle, Shares, RETAKE_CHANGE_PER_MILLE,
};
use crate::domain::content::{Part, QuestionKind, Quiz, Verdict};
use crate::domain::engine::Engine;

/// Under random answers, neither pole takes more than this share of the two.
pub const MAX_POLE_SHARE: f64 = 0.55;
/// Under random answers, the balanced outcome takes a share in this range.
pub const BALANCED_SHARE: (f64, f64) = (0.10, 0.35);
pub const MIN_PERSONAS: usize = 6;
/// At least this share of the panel's personas reach the outcome the panel
/// expected. The panel places people by judgement, and "balanced" against
/// "a mild leaner" is a judgement call on either side, so a miss into the
/// neighbouring outcome counts against this share only; a miss onto the
/// opposite role fails that persona outright.
pub const MIN_PANEL_AGREEMENT: f64 = 0.75;
/// A persona away from the line keeps its outcome in at least this share of
/// retakes.
pub const MIN_KEEP_RATE: f64 = 0.80;
/// A persona whose lead is within this many percentage points of a verdict
/// line is near it: its keep rate is reported but not held to the target,
/// since a retake may well land it on the other side. About one standard
/// deviation of a retake's lead.
pub const NEAR_THE_LINE: f64 = 10.0;

/// Each kind of question is at least one in this many of the quiz, so no
/// one format (and its way of being answered) carries the result.
pub const MIN_KIND_SHARE_DENOMINATOR: usize = 5;

const QUESTION_KINDS: [QuestionKind; 3] = [
    QuestionKind::Likert,
    QuestionKind::Scenario,
    QuestionKind::Choice,
];

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Likert => "likert",
        QuestionKind::Scenario => "scenario",
        QuestionKind::Choice => "choice",
    }
}

/// How a person likes to work moves at most this share of the maximum lead:
/// the result rests on the work.
pub const MAX_STYLE_SHARE: f64 = 0.25;

/// How large each simulation is, and where its random numbers start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub seed: u64,
    pub random_respondents: usize,
    /// For each of the two acquiescent answering styles.
    pub styled_respondents: usize,
    /// Retakes simulated for each persona.
    pub retakes_per_persona: usize,
}

impl Settings {
    /// The sizes the `calibrate` command uses.
    pub const FULL: Settings = Settings {
        seed: 0x0005_F17C_A11B_4A7E,
        random_respondents: 100_000,
        styled_respondents: 20_000,
        retakes_per_persona: 10_000,
    };
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonaResult {
    pub id: String,
    pub name: String,
    pub panel: bool,
    /// How many questions the persona skipped.
    pub n_skipped: usize,
    pub expect: Verdict,
    pub got: Verdict,
    /// Pole 0's lead in percentage points.
    pub lead: f64,
    /// Percentage points between the lead and the nearest line where the
    /// verdict changes.
    pub distance_to_line: f64,
    /// The share of simulated retakes that reach the same outcome.
    pub keep_rate: f64,
}

impl PersonaResult {
    pub fn is_near_the_line(&self) -> bool {
        self.distance_to_line < NEAR_THE_LINE
    }

    /// Reached the outcome it expects.
    pub fn is_placed(&self) -> bool {
        self.got == self.expect
    }

    /// Landed on the role opposite the one it expects: a plain error,
    /// unlike a move between a role and "balanced".
    pub fn is_opposite(&self) -> bool {
        matches!((self.expect, self.got), (Verdict::Pole(a), Verdict::Pole(b)) if a != b)
    }

    /// The persona gate: an author's persona must reach its outcome; a
    /// panel persona must not land on the opposite role (its exact
    /// agreement is held, as a share, by [`Gate::PanelAgreement`]).
    pub fn passes_outcome(&self) -> bool {
        if self.panel {
            !self.is_opposite()
        } else {
            self.is_placed()
        }
    }

    pub fn is_stable(&self) -> bool {
        self.is_near_the_line() || self.keep_rate >= MIN_KEEP_RATE
    }
}

/// One gate of the report, named so that tests can hold each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gate {
    TraitMeasured,
    DimensionCovered,
    RandomPoleShare,
    RandomBalancedShare,
    MostAgreeing,
    LeastAgreeing,
    FirstOption,
    LastOption,
    KindShare,
    StyleShare,
    NeutralWorkBalanced,
    PersonaCount,
    PersonaOutcome,
    PanelAgreement,
    PersonaStability,
}

/// A respondent neutral on every question about the work, at one extreme of
/// one style dimension (see [`neutral_on_work`]).
#[derive(Clone, Debug, PartialEq)]
pub struct StyleExtreme {
    pub dimension: usize,
    /// The dimension's highest reach (the most sociable, say), or its lowest.
    pub high: bool,
    pub verdict: Verdict,
    /// Pole 0's lead in percentage points.
    pub lead: f64,
}

impl StyleExtreme {
    pub fn is_balanced(&self) -> bool {
        self.verdict == Verdict::Balanced
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub gate: Gate,
    /// What the gate was applied to: a trait, a dimension, a pole, a persona.
    pub subject: String,
    pub passed: bool,
}

#[derive(Clone, Debug)]
pub struct Report<'q> {
    pub quiz: &'q Quiz,
    pub settings: Settings,
    pub traits: Vec<TraitCoverage>,
    pub dimensions: Vec<DimensionCoverage>,
    pub random: Shares,
    pub most_agreeing: Shares,
    pub least_agreeing: Shares,
    /// Scenario and choice questions answered always with their first,
    /// or always with their last, option.
    pub first_option: Shares,
    pub last_option: Shares,
    /// The share of the maximum lead that style dimensions can move, over
    /// the whole quiz answered: 0..=1.
    pub style_share: f64,
    /// Both extremes of every style dimension, in dimension order.
    pub style_extremes: Vec<StyleExtreme>,
    pub personas: Vec<PersonaResult>,
}

pub fn calibrate<'q>(engine: &Engine<'q>, personas: &[Persona], settings: Settings) -> Report<'q> {
    let quiz = engine.quiz();
    // Each simulation draws from its own stream, so changing the size of one
    // leaves the others' figures as they were.
    let stream = |k: u64| Prng::new(settings.seed ^ k.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let threshold = quiz.balanced_threshold as f64;
    Report {
        quiz,
        settings,
        traits: trait_coverage(quiz),
        dimensions: dimension_coverage(quiz),
        random: simulate(
            engine,
            AnswerStyle::Random,
            settings.random_respondents,
            &mut stream(1),
        ),
        most_agreeing: simulate(
            engine,
            AnswerStyle::MostAgreeing,
            settings.styled_respondents,
            &mut stream(2),
        ),
        least_agreeing: simulate(
            engine,
            AnswerStyle::LeastAgreeing,
            settings.styled_respondents,
            &mut stream(3),
        ),
        first_option: simulate(
            engine,
            AnswerStyle::FirstOption,
            settings.styled_respondents,
            &mut stream(4),
        ),
        last_option: simulate(
            engine,
            AnswerStyle::LastOption,
            settings.styled_respondents,
            &mut stream(5),
        ),
        style_share: {
            let all: Vec<Option<u8>> = quiz.questions.iter().map(|_| Some(0)).collect();
            engine.parts(&all).style.share
        },
        style_extremes: (0..quiz.dimensions.len())
            .filter(|&d| quiz.dimensions[d].part == Part::Style)
            .flat_map(|d| [true, false].map(|high| (d, high)))
            .map(|(dimension, high)| {
                let answers = neutral_on_work(quiz, dimension, high);
                StyleExtreme {
                    dimension,
                    high,
                    verdict: engine.verdict(&answers),
                    lead: engine.lead(&answers),
                }
            })
            .collect(),
        personas: personas
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let got = engine.verdict(&p.answers);
                let lead = engine.lead(&p.answers);
                let distance_to_line = match got {
                    Verdict::Pole(_) => lead.abs() - threshold,
                    Verdict::Balanced => threshold - lead.abs(),
                };
                PersonaResult {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    panel: p.panel,
                    n_skipped: p.answers.iter().filter(|a| a.is_none()).count(),
                    expect: p.expect,
                    got,
                    lead,
                    distance_to_line,
                    keep_rate: keep_rate(
                        engine,
                        &p.answers,
                        RETAKE_CHANGE_PER_MILLE,
                        settings.retakes_per_persona,
                        &mut stream(100 + i as u64),
                    ),
                }
            })
            .collect(),
    }
}

fn balanced_share_ok(shares: &Shares) -> bool {
    let b = shares.share(Verdict::Balanced);
    (BALANCED_SHARE.0..=BALANCED_SHARE.1).contains(&b)
}

impl Report<'_> {
    /// An answering style passes when, on average, it does not lead past
    /// the balanced threshold: it pushes nobody to a clear outcome.
    pub fn style_ok(&self, shares: &Shares) -> bool {
        shares.mean_lead().abs() < self.quiz.balanced_threshold as f64
    }

    /// Every gate, in report order.
    pub fn checks(&self) -> Vec<Check> {
        let q = self.quiz;
        let check = |gate, subject: &str, passed| Check {
            gate,
            subject: subject.to_string(),
            passed,
        };
        let mut out = Vec::new();
        for t in &self.traits {
            out.push(check(
                Gate::TraitMeasured,
                &q.traits[t.trait_index].id,
                t.is_measured(),
            ));
        }
        for d in &self.dimensions {
            out.push(check(
                Gate::DimensionCovered,
                &q.dimensions[d.dimension].id,
                d.is_covered(),
            ));
        }
        for pole in 0..2u8 {
            out.push(check(
                Gate::RandomPoleShare,
                &q.outcomes[pole as usize].id,
                self.random.share_of_poles(pole) <= MAX_POLE_SHARE,
            ));
        }
        out.push(check(
            Gate::RandomBalancedShare,
            &q.outcomes[2].id,
            balanced_share_ok(&self.random),
        ));
        out.push(check(
            Gate::MostAgreeing,
            "likert",
            self.style_ok(&self.most_agreeing),
        ));
        out.push(check(
            Gate::LeastAgreeing,
            "likert",
            self.style_ok(&self.least_agreeing),
        ));
        out.push(check(
            Gate::FirstOption,
            "scenario and choice",
            self.style_ok(&self.first_option),
        ));
        out.push(check(
            Gate::LastOption,
            "scenario and choice",
            self.style_ok(&self.last_option),
        ));
        for kind in QUESTION_KINDS {
            out.push(check(
                Gate::KindShare,
                kind_name(kind),
                self.kind_count(kind) * MIN_KIND_SHARE_DENOMINATOR >= q.questions.len(),
            ));
        }
        out.push(check(
            Gate::StyleShare,
            "style",
            self.style_share <= MAX_STYLE_SHARE,
        ));
        for e in &self.style_extremes {
            let subject = format!(
                "{}{}",
                q.dimensions[e.dimension].id,
                if e.high { "+" } else { "-" }
            );
            out.push(check(Gate::NeutralWorkBalanced, &subject, e.is_balanced()));
        }
        out.push(check(
            Gate::PersonaCount,
            "personas",
            self.personas.len() >= MIN_PERSONAS,
        ));
        for p in &self.personas {
            out.push(check(Gate::PersonaOutcome, &p.id, p.passes_outcome()));
        }
        if let Some(agreement) = self.panel_agreement() {
            out.push(check(
                Gate::PanelAgreement,
                "panel",
                agreement >= MIN_PANEL_AGREEMENT,
            ));
        }
        for p in &self.personas {
            out.push(check(Gate::PersonaStability, &p.id, p.is_stable()));
        }
        out
    }

    /// The share of the panel's personas that reach the outcome the panel
    /// expected; `None` without a panel.
    pub fn panel_agreement(&self) -> Option<f64> {
        let panel: Vec<&PersonaResult> = self.personas.iter().filter(|p| p.panel).collect();
        let placed = panel.iter().filter(|p| p.is_placed()).count();
        (!panel.is_empty()).then(|| placed as f64 / panel.len() as f64)
    }

    pub fn kind_count(&self, kind: QuestionKind) -> usize {
        self.quiz
            .questions
            .iter()
            .filter(|q| q.kind == kind)
            .count()
    }

    pub fn is_passing(&self) -> bool {
        self.checks().iter().all(|c| c.passed)
    }
}

fn mark(passed: bool) -> &'static str {
    if passed {
        "PASS"
    } else {
        "FAIL"
    }
}

fn pct(x: f64) -> String {
    format!("{:5.1}%", 100.0 * x)
}

/// The report as plain text, one figure a line, each with its mark.
pub fn render(report: &Report) -> String {
    let q = report.quiz;
    let outcome = |v: Verdict| &*q.outcomes[v.index()].id;
    let question = |i: usize| &*q.questions[i].id;
    let t = q.balanced_threshold;
    let mut s = String::new();
    // Writing to a String cannot fail.
    let mut line = |text: String| {
        let _ = writeln!(s, "{text}");
    };

    line(format!(
        "opsfit calibration: quiz \"{}\", {} questions, {} dimensions, balanced below a lead of {t} points",
        q.id,
        q.questions.len(),
        q.dimensions.len()
    ));

    line(String::new());
    line("== Coverage: traits (each measured by at least one question)".into());
    for tc in &report.traits {
        let qs: Vec<&str> = tc.questions.iter().map(|&i| question(i)).collect();
        line(format!(
            "  {}  {:<20} {}",
            mark(tc.is_measured()),
            q.traits[tc.trait_index].id,
            if qs.is_empty() {
                "(no question)".to_string()
            } else {
                qs.join(", ")
            }
        ));
    }
    line(String::new());
    line(format!(
        "== Coverage: dimensions (at least {MIN_QUESTIONS_PER_DIMENSION} questions, keyed both ways; \
         + endorsing raises it, - lowers it)"
    ));
    for dc in &report.dimensions {
        let ups = dc.questions.iter().filter(|(_, k)| k.up).count();
        let downs = dc.questions.iter().filter(|(_, k)| k.down).count();
        let qs: Vec<String> = dc
            .questions
            .iter()
            .map(|(i, k)| {
                let sign = match (k.up, k.down) {
                    (true, true) => "+-",
                    (true, false) => "+",
                    _ => "-",
                };
                format!("{}{sign}", question(*i))
            })
            .collect();
        line(format!(
            "  {}  {:<20} {} questions, {ups} keyed up, {downs} keyed down: {}",
            mark(dc.is_covered()),
            q.dimensions[dc.dimension].id,
            dc.questions.len(),
            qs.join(", ")
        ));
    }

    line(String::new());
    line(format!(
        "== Bias under random answers ({} respondents, every option equally likely)",
        report.random.n
    ));
    let r = &report.random;
    line(format!(
        "        shares: {} {}  {} {}  {} {}   mean lead {:+.1} points",
        outcome(Verdict::Pole(0)),
        pct(r.share(Verdict::Pole(0))).trim(),
        outcome(Verdict::Pole(1)),
        pct(r.share(Verdict::Pole(1))).trim(),
        outcome(Verdict::Balanced),
        pct(r.share(Verdict::Balanced)).trim(),
        r.mean_lead()
    ));
    for pole in 0..2u8 {
        let share = r.share_of_poles(pole);
        line(format!(
            "  {}  {:<20} {} of the two poles   target at most {}",
            mark(share <= MAX_POLE_SHARE),
            outcome(Verdict::Pole(pole)),
            pct(share),
            pct(MAX_POLE_SHARE).trim()
        ));
    }
    line(format!(
        "  {}  {:<20} {} of everyone       target {} to {}",
        mark(balanced_share_ok(r)),
        outcome(Verdict::Balanced),
        pct(r.share(Verdict::Balanced)),
        pct(BALANCED_SHARE.0).trim(),
        pct(BALANCED_SHARE.1).trim()
    ));

    line(String::new());
    line(format!(
        "== Acquiescence (Likert answered in one style, other questions at random; {} respondents each)",
        report.most_agreeing.n
    ));
    for (name, shares) in [
        ("most agreeing", &report.most_agreeing),
        ("least agreeing", &report.least_agreeing),
    ] {
        line(format!(
            "  {}  {:<20} mean lead {:+6.1} points (|mean| target under {t})   mean |lead| {:4.1}   {} {}  {} {}  {} {}",
            mark(report.style_ok(shares)),
            name,
            shares.mean_lead(),
            shares.mean_abs_lead(),
            outcome(Verdict::Pole(0)),
            pct(shares.share(Verdict::Pole(0))).trim(),
            outcome(Verdict::Pole(1)),
            pct(shares.share(Verdict::Pole(1))).trim(),
            outcome(Verdict::Balanced),
            pct(shares.share(Verdict::Balanced)).trim(),
        ));
    }

    line(String::new());
    line(format!(
        "== Option order (scenario and choice always answered with one option, statements at random; {} respondents each)",
        report.first_option.n
    ));
    for (name, shares) in [
        ("first option", &report.first_option),
        ("last option", &report.last_option),
    ] {
        line(format!(
            "  {}  {:<20} mean lead {:+6.1} points (|mean| target under {t})",
            mark(report.style_ok(shares)),
            name,
            shares.mean_lead(),
        ));
    }
    line(format!(
        "== Question kinds (each at least 1 in {MIN_KIND_SHARE_DENOMINATOR} of the {} questions)",
        q.questions.len()
    ));
    for kind in QUESTION_KINDS {
        let n = report.kind_count(kind);
        line(format!(
            "  {}  {:<20} {n}",
            mark(n * MIN_KIND_SHARE_DENOMINATOR >= q.questions.len()),
            kind_name(kind),
        ));
    }

    line(String::new());
    line("== Work before style (the work decides; how a person likes to work is context)".into());
    line(format!(
        "  {}  style share of the maximum lead: {:.0}%   target at most {:.0}%",
        mark(report.style_share <= MAX_STYLE_SHARE),
        100.0 * report.style_share,
        100.0 * MAX_STYLE_SHARE
    ));
    line(format!(
        "   neutral on every work question, at each extreme of one style dimension (target: {})",
        outcome(Verdict::Balanced)
    ));
    for e in &report.style_extremes {
        line(format!(
            "  {}  {:<20} {:<5} lead {:+6.1}   got {}",
            mark(e.is_balanced()),
            q.dimensions[e.dimension].id,
            if e.high { "most" } else { "least" },
            e.lead,
            outcome(e.verdict)
        ));
    }

    line(String::new());
    line(format!(
        "== Personas ({} declared, target at least {MIN_PERSONAS})",
        report.personas.len()
    ));
    line(format!(
        "  {}  {} personas: {} by the authors, {} by the independent panel",
        mark(report.personas.len() >= MIN_PERSONAS),
        report.personas.len(),
        report.personas.iter().filter(|p| !p.panel).count(),
        report.personas.iter().filter(|p| p.panel).count(),
    ));
    let retake = format!(
        "{} retakes each; every answer moves to a neighbouring option with chance {}",
        report.settings.retakes_per_persona,
        pct(RETAKE_CHANGE_PER_MILLE as f64 / 1000.0).trim()
    );
    for (panel, title) in [
        (
            false,
            "written and answered by the authors, who set the weights",
        ),
        (
            true,
            "written and answered by the independent panel, who never saw the weights",
        ),
    ] {
        let group: Vec<&PersonaResult> = report
            .personas
            .iter()
            .filter(|p| p.panel == panel)
            .collect();
        line(String::new());
        line(format!("-- {title} ({})", group.len()));
        for p in &group {
            let skipped = if p.n_skipped == 0 {
                String::new()
            } else {
                format!(", {} skipped", p.n_skipped)
            };
            // A panel persona in the neighbouring outcome passes its own
            // gate but counts against the panel's agreement: MISS.
            let mark = match (p.is_placed(), p.passes_outcome()) {
                (true, _) => "PASS",
                (false, true) => "MISS",
                (false, false) => "FAIL",
            };
            line(format!(
                "  {}  {:<24} expects {:<10} got {:<10} lead {:+6.1}   {}{skipped}",
                mark,
                p.id,
                outcome(p.expect),
                outcome(p.got),
                p.lead,
                p.name
            ));
        }
        if panel {
            if let Some(agreement) = report.panel_agreement() {
                let placed = group.iter().filter(|p| p.is_placed()).count();
                let opposite = group.iter().filter(|p| p.is_opposite()).count();
                line(format!(
                    "  {}  agreement: {placed} of {} where the panel expected, {} {} in the neighbouring outcome (MISS), {opposite} on the opposite role; target at least {}",
                    mark(agreement >= MIN_PANEL_AGREEMENT),
                    group.len(),
                    group.len() - placed - opposite,
                    if group.len() - placed - opposite == 1 { "is" } else { "are" },
                    pct(MIN_PANEL_AGREEMENT).trim()
                ));
            }
        }
        line(format!("   retake stability ({retake})"));
        for p in &group {
            let target = if p.is_near_the_line() {
                format!(
                    "near the line ({:.1} points away, under {NEAR_THE_LINE}): reported, not held to a target",
                    p.distance_to_line
                )
            } else {
                format!(
                    "{:.1} points from the line, target at least {}",
                    p.distance_to_line,
                    pct(MIN_KEEP_RATE).trim()
                )
            };
            line(format!(
                "  {}  {:<24} keeps {} {:<8}   {target}",
                mark(p.is_stable()),
                p.id,
                pct(p.keep_rate),
                outcome(p.got),
            ));
        }
    }

    let checks = report.checks();
    let failed = checks.iter().filter(|c| !c.passed).count();
    line(String::new());
    line(format!(
        "== gates: {} PASS, {failed} FAIL",
        checks.len() - failed
    ));
    s
}
