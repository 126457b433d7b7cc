//! Pipeline stages. A stage takes a document and changes it in place, recording each
//! removal and counting each change through the [`Document`] methods.
//!
//! Adding a stage: write `stages/NAME.rs` with a `Stage` implementation, an options
//! struct (serde, `deny_unknown_fields`) and a `pub const SPEC: StageSpec`, then add
//! `NAME::SPEC` to [`REGISTRY`].

use serde::de::DeserializeOwned;

use crate::document::Document;

pub mod align;
pub mod boilerplate;
pub mod contact_ads;
pub mod convert;
pub mod join_lines;
pub mod langid;
pub mod lexicon;
pub mod mojibake;
pub mod normalize;
pub mod repeated_lines;
pub mod segment;
pub mod spam_header;

pub trait Stage: Send + Sync {
    /// The registry name; it labels the stage's edits, counts and timings.
    fn name(&self) -> &'static str;
    fn process(&self, doc: &mut Document);
}

/// How a stage is named, documented and built from its pipeline-file options.
pub struct StageSpec {
    pub name: &'static str,
    pub summary: &'static str,
    /// The option keys the stage accepts, for validation and `qingxi stages`.
    pub options: fn() -> &'static [&'static str],
    pub build: fn(toml::Table) -> Result<Box<dyn Stage>, String>,
}

/// Every stage a pipeline can name, in the order the default pipeline runs them
/// (`segment` joins it with `qingxi clean --sentences`; `repeated_lines` needs a
/// table made beforehand; `align` works on bilingual pages).
pub const REGISTRY: &[StageSpec] = &[
    mojibake::SPEC,
    normalize::SPEC,
    langid::SPEC,
    spam_header::SPEC,
    contact_ads::SPEC,
    boilerplate::SPEC,
    join_lines::SPEC,
    convert::SPEC,
    segment::SPEC,
    repeated_lines::SPEC,
    align::SPEC,
];

pub fn find(name: &str) -> Option<&'static StageSpec> {
    REGISTRY.iter().find(|spec| spec.name == name)
}

pub fn names() -> Vec<&'static str> {
    REGISTRY.iter().map(|spec| spec.name).collect()
}

/// Reads a stage's options from its pipeline-file table.
pub fn parse_options<O: DeserializeOwned>(table: toml::Table) -> Result<O, String> {
    O::deserialize(toml::Value::Table(table)).map_err(|e| e.message().to_string())
}

/// The field names of an options struct, read from its `Deserialize` implementation
/// so the list can never drift from the struct.
pub fn option_names<O: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = O::deserialize(introspect::FieldNames(&mut fields));
    fields
}

mod introspect {
    use serde::de::{self, Visitor};
    use serde::forward_to_deserialize_any;

    /// A deserializer that only records the field list a struct asks for.
    pub struct FieldNames<'a>(pub &'a mut &'static [&'static str]);

    impl<'de> de::Deserializer<'de> for FieldNames<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("fields recorded"))
        }

        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
            enum identifier ignored_any
        }
    }
}

/// Reads a word list: one entry per line, `#` comments and blank lines skipped.
pub fn word_list(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Files an entry of a word list's section whose lines starting with `!` name
/// exceptions: into `exceptions` without its `!`, or into `words`.
pub(crate) fn push_word_or_exception(
    entry: &str,
    words: &mut Vec<String>,
    exceptions: &mut Vec<String>,
) {
    match entry.strip_prefix('!') {
        Some(exception) => exceptions.push(exception.to_string()),
        None => words.push(entry.to_string()),
    }
}

/// Reads a word list in sections: each entry with the name of the `[section]` it
/// follows (`first` before any).
pub fn sectioned_word_list<'a>(
    text: &'a str,
    first: &'a str,
) -> impl Iterator<Item = (&'a str, &'a str)> {
    let mut section = first;
    word_list(text).filter_map(move |line| {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => {
                section = name;
                None
            }
            None => Some((section, line)),
        }
    })
}

/// A stage's data file: the embedded default, or the file a pipeline names instead.
pub fn data_file(
    embedded: &'static str,
    replacement: Option<&std::path::Path>,
) -> Result<String, String> {
    match replacement {
        None => Ok(embedded.to_string()),
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read data file {}: {e}", path.display())),
    }
}

/// Runs `spec`'s stage, with default options, on a sample document (for tests).
#[cfg(test)]
pub(crate) fn run_with_defaults(spec: &StageSpec, text: &str) -> Document {
    let mut doc = Document::sample(text);
    let stage = (spec.build)(toml::Table::new()).unwrap_or_else(|e| panic!("{}: {e}", spec.name));
    stage.process(&mut doc);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_builds_with_default_options_or_says_what_it_needs() {
        for spec in REGISTRY {
            match (spec.build)(toml::Table::new()) {
                Ok(stage) => assert_eq!(stage.name(), spec.name),
                Err(message) => assert!(message.contains("needs"), "{}: {message}", spec.name),
            }
            assert!(
                !(spec.options)().is_empty(),
                "{} lists its options",
                spec.name
            );
        }
    }

    #[test]
    fn unknown_options_are_refused_with_the_valid_ones() {
        let mut table = toml::Table::new();
        table.insert("no_such_option".into(), toml::Value::Boolean(true));
        let error = (normalize::SPEC.build)(table).err().unwrap();
        assert!(error.contains("no_such_option"), "{error}");
    }

    #[test]
    fn word_lists_skip_comments_and_blanks() {
        let words: Vec<_> = word_list("# c\n\n a \nb\n").collect();
        assert_eq!(words, ["a", "b"]);
    }
}
