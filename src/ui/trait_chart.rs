//! The trait profile as a chart drawn from a result's dimension scores (whole
//! percents, as a result link carries them), in two parts: the work a person
//! wants, which decides the result, and how they like to work, which is
//! context. The same figures are a table for those who cannot see it. Each row
//! is HTML (the trait's icon and name over a track), so a long name wraps
//! at any width, in any language.

use leptos::prelude::*;

use crate::domain::content::{Part, Verdict};
use crate::domain::shipped::Content;
use crate::domain::template::{fill, percent};
use crate::ui::ctx::use_content;

#[component]
pub fn TraitChart(scores: Vec<Option<u8>>, shared: bool) -> impl IntoView {
    let Content { quiz, ui, .. } = use_content();
    let poles = [
        quiz.outcome(Verdict::Pole(0)),
        quiz.outcome(Verdict::Pole(1)),
    ];
    let score_text = |v: u8| percent(i64::from(v));
    let who = if shared { ui.chart_this } else { ui.chart_you };
    let summary = fill(
        ui.chart_summary,
        &[
            ("a", poles[0].short.as_ref()),
            ("b", poles[1].short.as_ref()),
        ],
    );
    // The work decides the result; how a person likes to work is context,
    // and both roles' profiles sit at the same place on it (issue 18).
    let rows = |part: Part| {
        quiz.dimensions
            .iter()
            .zip(scores.iter().copied())
            .enumerate()
            .filter(move |(_, (dim, _))| dim.part == part)
            .map(|(d, (dim, score))| {
                let marker = |p: usize, class: &'static str| {
                    let at = percent(poles[p].profile[d].into());
                    view! { <span class=class style:left=at></span> }
                };
                view! {
                    <div class="trait-".to_string() + &dim.id>
                        <span class="trait-name">{dim.label.as_ref()}</span>
                        <span class="track">
                            {score.map(|s| view! { <span class="you" style:width=score_text(s)></span> })}
                            {marker(0, "pole-a")}
                            {marker(1, "pole-b")}
                        </span>
                    </div>
                }
            })
            .collect_view()
    };
    let table_rows = quiz
        .dimensions
        .iter()
        .zip(scores.iter().copied())
        .enumerate()
        .map(|(d, (dim, score))| {
            view! {
                <tr>
                    <th scope="row">{dim.label.as_ref()}</th>
                    <td>{score.map(score_text).unwrap_or_else(|| ui.not_measured.to_string())}</td>
                    <td>{percent(poles[0].profile[d].into())}</td>
                    <td>{percent(poles[1].profile[d].into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <h3 class="part">{ui.chart_work}</h3>
            <div class="traits" role="img" aria-label=summary.clone()>{rows(Part::Work)}</div>
            <h3 class="part">{ui.chart_style}</h3>
            <p class="part-note">{ui.chart_style_note}</p>
            <div class="traits" role="img" aria-label=ui.chart_style>{rows(Part::Style)}</div>
            <figcaption>
                <span class="legend-you">{who}</span>
                <span class="legend-a">{poles[0].short.as_ref()}</span>
                <span class="legend-b">{poles[1].short.as_ref()}</span>
            </figcaption>
            <details>
                <summary>{ui.chart_as_table}</summary>
                <table>
                    <caption>{summary}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ui.chart_dimension}</th>
                            <th scope="col">{who}</th>
                            <th scope="col">{poles[0].short.as_ref()}</th>
                            <th scope="col">{poles[1].short.as_ref()}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
