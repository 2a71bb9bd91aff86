//! The trait profile as an SVG chart drawn from the engine's dimension
//! scores, with the same figures as a table for those who cannot see it.

use leptos::prelude::*;

use crate::domain::content::Verdict;
use crate::domain::shipped::Content;
use crate::domain::template::{fill, percent};
use crate::ui::ctx::use_content;

// Whole-number coordinates: attributes then need no float formatting.
const WIDTH: i32 = 320;
const LABEL: i32 = 120;
const ROW: i32 = 34;

#[component]
pub fn TraitChart(scores: Vec<Option<f64>>) -> impl IntoView {
    let Content { quiz, ui, .. } = use_content();
    let poles = [
        quiz.outcome(Verdict::Pole(0)),
        quiz.outcome(Verdict::Pole(1)),
    ];
    let bar = WIDTH - LABEL - 8;
    let height = ROW * scores.len() as i32 + 24;
    let score_text = |v: f64| percent((v * 100.0).round() as i64);
    let summary = fill(
        ui.chart_summary,
        &[
            ("a", poles[0].short.as_ref()),
            ("b", poles[1].short.as_ref()),
        ],
    );
    let rows = quiz
        .dimensions
        .iter()
        .zip(scores.iter().copied())
        .enumerate()
        .map(|(d, (dim, score))| {
            let y = 16 + ROW * d as i32;
            let marker = |p: usize, class: &'static str| {
                let x = LABEL + bar * poles[p].profile[d] as i32 / 100;
                view! { <line class=class x1=x x2=x y1=y - 2 y2=y + 16/> }
            };
            view! {
                <g>
                    <text class="dim" x="0" y=y + 12>{dim.label.as_ref()}</text>
                    <rect class="track" x=LABEL y=y width=bar height="14" rx="3"/>
                    {score.map(|s| view! {
                        <rect class="you" x=LABEL y=y width=(bar as f64 * s).round() as i32 height="14" rx="3"/>
                    })}
                    {marker(0, "pole-a")}
                    {marker(1, "pole-b")}
                </g>
            }
        })
        .collect_view();
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
            <svg viewBox="0 0 ".to_string() + &WIDTH.to_string() + " " + &height.to_string() role="img" aria-label=summary.clone()
                xmlns="http://www.w3.org/2000/svg">
                {rows}
            </svg>
            <figcaption>
                <span class="legend-you">{ui.chart_you}</span>
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
                            <th scope="col">{ui.chart_you}</th>
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
