//! Pipelines: their files, the engine that runs them, and the report of a run.

pub mod config;
pub mod engine;
pub mod report;
