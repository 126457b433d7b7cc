//! qingxi (清洗, "to wash") cleans scraped Chinese and English web text into training
//! data. The crate is laid out by concern:
//!
//! - [`io`]: finding inputs, decompressing, detecting encodings, reading records,
//!   writing outputs atomically;
//! - [`document`]: the document model stages work on, with its edit log;
//! - [`stages`]: the stages and their registry;
//! - [`pipeline`]: pipeline files, the streaming parallel engine, the run report;
//! - [`cli`]: the `qingxi` command line.

pub mod align;
pub mod cli;
pub mod document;
pub mod io;
pub mod pipeline;
pub mod stages;
pub mod text;
