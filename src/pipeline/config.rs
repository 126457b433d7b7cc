//! Pipeline files: TOML naming the inputs, the ordered stages with their options, and
//! the outputs. Every mistake is refused with the file, the line and the valid choices.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::engine::BatchLimits;
use crate::io::input::{Format, RecordFields};
use crate::stages::{self, Stage};

/// The pipeline `qingxi clean` runs when no `--pipeline` is given.
pub const DEFAULT_PIPELINE: &str = include_str!("../../pipelines/default.toml");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PipelineToml {
    name: Option<String>,
    #[serde(default)]
    input: InputSection,
    #[serde(default)]
    output: OutputSection,
    #[serde(default)]
    run: RunSection,
    #[serde(default)]
    stage: Vec<Spanned<toml::Table>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InputSection {
    /// Files and folders, relative to the current directory; `-` is stdin.
    pub paths: Vec<PathBuf>,
    pub format: Format,
    pub text_field: String,
    pub id_field: String,
}

impl Default for InputSection {
    fn default() -> Self {
        let fields = RecordFields::default();
        InputSection {
            paths: Vec::new(),
            format: Format::Auto,
            text_field: fields.text,
            id_field: fields.id,
        }
    }
}

impl InputSection {
    pub fn fields(&self) -> RecordFields {
        RecordFields {
            text: self.text_field.clone(),
            id: self.id_field.clone(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputSection {
    /// Clean documents (JSONL; `.gz`/`.zst` compress); `-` is stdout.
    pub path: Option<PathBuf>,
    /// Removed spans and unreadable records (JSONL).
    pub rejects: Option<PathBuf>,
    /// The run report (JSON).
    pub report: Option<PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RunSection {
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// A batch closes at this many documents ...
    pub batch_docs: usize,
    /// ... or this many input bytes, whichever comes first.
    pub batch_bytes: usize,
}

impl Default for RunSection {
    fn default() -> Self {
        let limits = BatchLimits::default();
        RunSection {
            threads: 0,
            batch_docs: limits.docs,
            batch_bytes: limits.bytes,
        }
    }
}

impl RunSection {
    pub fn batch_limits(&self) -> BatchLimits {
        BatchLimits {
            docs: self.batch_docs.max(1),
            bytes: self.batch_bytes.max(1),
        }
    }
}

/// A parsed pipeline with its stages built.
pub struct Pipeline {
    pub name: String,
    pub input: InputSection,
    pub output: OutputSection,
    pub run: RunSection,
    pub stages: Vec<Box<dyn Stage>>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let stages: Vec<_> = self.stages.iter().map(|s| s.name()).collect();
        f.debug_struct("Pipeline")
            .field("name", &self.name)
            .field("stages", &stages)
            .finish_non_exhaustive()
    }
}

/// A mistake in a pipeline file, located like a compiler error: `FILE:LINE: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}: {message}")]
pub struct ConfigError {
    pub origin: String,
    pub line: usize,
    pub message: String,
}

impl Pipeline {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            origin: path.display().to_string(),
            line: 0,
            message: format!("cannot read pipeline file: {e}"),
        })?;
        let fallback_name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self::parse(&text, &path.display().to_string(), &fallback_name)
    }

    pub fn default_pipeline() -> Self {
        // The embedded default is checked by a unit test, so this cannot fail at run time
        // unless the binary was built from a broken tree.
        Self::parse(DEFAULT_PIPELINE, "built-in default pipeline", "default")
            .unwrap_or_else(|e| panic!("the embedded default pipeline is invalid: {e}"))
    }

    /// Parses pipeline text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str, fallback_name: &str) -> Result<Self, ConfigError> {
        let at = |span: Option<Range<usize>>, message: String| ConfigError {
            origin: origin.to_string(),
            line: span.map_or(0, |s| line_of(text, s.start)),
            message,
        };
        let raw: PipelineToml =
            toml::from_str(text).map_err(|e| at(e.span(), e.message().trim().to_string()))?;
        let stages = raw
            .stage
            .into_iter()
            .map(|entry| build_stage(text, entry, &at))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pipeline {
            name: raw.name.unwrap_or_else(|| fallback_name.to_string()),
            input: raw.input,
            output: raw.output,
            run: raw.run,
            stages,
        })
    }
}

fn build_stage(
    text: &str,
    entry: Spanned<toml::Table>,
    at: &impl Fn(Option<Range<usize>>, String) -> ConfigError,
) -> Result<Box<dyn Stage>, ConfigError> {
    let span = entry.span();
    let mut table = entry.into_inner();
    let valid_stages = stages::names().join(", ");
    let name = match table.remove("name") {
        Some(toml::Value::String(name)) => name,
        _ => {
            return Err(at(
                Some(span),
                format!("each [[stage]] needs name = \"...\", one of: {valid_stages}"),
            ));
        }
    };
    let key_span = |key: &str| Some(key_line_span(text, span.clone(), key));
    let spec = stages::find(&name).ok_or_else(|| {
        at(
            key_span("name"),
            format!("unknown stage `{name}`; valid stages: {valid_stages}"),
        )
    })?;
    let options = (spec.options)();
    if let Some(unknown) = table.keys().find(|k| !options.contains(&k.as_str())) {
        return Err(at(
            key_span(unknown),
            format!(
                "stage `{name}` has no option `{unknown}`; valid options: {} (see `qingxi stages`)",
                options.join(", ")
            ),
        ));
    }
    (spec.build)(table).map_err(|message| at(Some(span), format!("stage `{name}`: {message}")))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The span of the line that sets `key` in the table whose header starts at
/// `entry.start` (its lines run to the next table header), or the header itself.
fn key_line_span(text: &str, entry: Range<usize>, key: &str) -> Range<usize> {
    let start = text[..entry.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let mut offset = start;
    for (i, line) in text[start..].split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        if i > 0 && trimmed.starts_with('[') {
            break;
        }
        let sets_key = trimmed
            .trim_start_matches(['"', '\''])
            .strip_prefix(key)
            .is_some_and(|rest| {
                rest.trim_start_matches(['"', '\''])
                    .trim_start()
                    .starts_with('=')
            });
        if sets_key {
            return offset..offset + line.len();
        }
        offset += line.len();
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Pipeline, ConfigError> {
        Pipeline::parse(text, "p.toml", "p")
    }

    #[test]
    fn the_default_pipeline_parses() {
        let p = Pipeline::default_pipeline();
        assert!(!p.stages.is_empty());
    }

    #[test]
    fn a_full_pipeline_parses() {
        let p = parse(
            r#"
name = "demo"
[input]
paths = ["corpus"]
format = "jsonl"
text_field = "body"
[output]
path = "out/x.jsonl.gz"
[run]
threads = 2
[[stage]]
name = "normalize"
nfc = false
[[stage]]
name = "langid"
"#,
        )
        .unwrap();
        assert_eq!(p.name, "demo");
        assert_eq!(p.input.format, Format::Jsonl);
        assert_eq!(p.input.fields().text, "body");
        assert_eq!(p.run.threads, 2);
        let names: Vec<_> = p.stages.iter().map(|s| s.name()).collect();
        assert_eq!(names, ["normalize", "langid"]);
    }

    #[test]
    fn unknown_stage_names_the_line_and_the_choices() {
        let e = parse("[[stage]]\nname = \"normalize\"\n\n[[stage]]\nname = \"normalise\"\n")
            .unwrap_err();
        assert_eq!(e.line, 5, "{e}");
        assert!(e.message.contains("unknown stage `normalise`"), "{e}");
        assert!(e.message.contains("normalize, langid"), "{e}");
        assert!(e.to_string().starts_with("p.toml:5: "), "{e}");
    }

    #[test]
    fn unknown_option_names_the_line_and_the_choices() {
        let e = parse("[[stage]]\nname = \"normalize\"\nnfc = true\nnfkc = true\n").unwrap_err();
        assert_eq!(e.line, 4, "{e}");
        assert!(e.message.contains("no option `nfkc`"), "{e}");
        assert!(e.message.contains("restore_sentence_spaces"), "{e}");
    }

    #[test]
    fn unknown_section_keys_are_refused_with_their_line() {
        let e = parse("[input]\npaths = []\nformats = \"text\"\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("formats"), "{e}");
        assert!(e.message.contains("format"), "{e}");
        let e = parse("[inputs]\n").unwrap_err();
        assert!(e.message.contains("inputs"), "{e}");
    }

    #[test]
    fn bad_option_values_name_the_stage() {
        let e = parse("[[stage]]\nname = \"normalize\"\nnfc = \"yes\"\n").unwrap_err();
        assert!(e.message.contains("stage `normalize`"), "{e}");
        let e = parse("[[stage]]\nnfc = true\n").unwrap_err();
        assert!(e.message.contains("needs name"), "{e}");
    }
}
