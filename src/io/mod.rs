//! Reading inputs and writing outputs: compression, encodings, record streams.

pub mod compression;
pub mod encoding;
pub mod input;
pub mod json;
pub mod output;
