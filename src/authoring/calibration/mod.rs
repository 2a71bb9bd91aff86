//! Calibration: whether a quiz's questions and weights are fair, stable and
//! complete. Pure: content and personas in, a report out. The `calibrate`
//! command (`src/bin/calibrate.rs`) loads the files and prints it.

pub mod coverage;
pub mod persona;
pub mod prng;
pub mod report;
pub mod simulation;

pub use persona::Persona;
pub use report::{calibrate, render, Check, Gate, Report, Settings};
