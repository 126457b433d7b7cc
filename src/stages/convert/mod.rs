//! `convert`: Traditional → Simplified with OpenCC's phrase-level semantics (see
//! [`opencc`]), pure Rust over OpenCC 1.4.2's dictionaries.
//!
//! Only documents whose script (from `langid`) is Traditional or mixed are
//! converted, and never Japanese (kana present), unless `force` is set; Simplified
//! text is left byte-identical. The config is `t2s` by default, or per document from
//! a metadata field (`config_field`), so a corpus can send Taiwan sources through
//! `tw2sp` and Hong Kong ones through `hk2s`. The script before and after goes to
//! the metadata (`script_before`, `script`).

pub mod opencc;
#[cfg(feature = "opencc-sys")]
pub mod reference;

use std::path::PathBuf;

use serde::Deserialize;

use super::langid::detect_script;
use super::{Stage, StageSpec, data_file, option_names, parse_options};
use crate::document::{Document, Script};
use crate::text::is_kana;
use opencc::Converter;

const NAME: &str = "convert";

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "Traditional -> Simplified with OpenCC's semantics (t2s, tw2s, tw2sp, hk2s, hk2sp)",
    options: option_names::<ConvertOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConvertOptions {
    /// The OpenCC config used when a document names none.
    pub config: String,
    /// A metadata field that names a document's config (`tw2sp`, `hk2s`, ...).
    pub config_field: Option<String>,
    /// Phrase pairs in OpenCC's dictionary format (`繁體<TAB>简体`) that take
    /// precedence over the built-in dictionaries.
    pub user_dictionary: Option<PathBuf>,
    /// Convert every document, whatever its script (Japanese too).
    pub force: bool,
}

impl Default for ConvertOptions {
    fn default() -> Self {
        ConvertOptions {
            config: "t2s".into(),
            config_field: None,
            user_dictionary: None,
            force: false,
        }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: ConvertOptions = parse_options(table)?;
    let user = match &options.user_dictionary {
        Some(path) => opencc::parse_dictionary(&data_file("", Some(path))?),
        None => Vec::new(),
    };
    let converters = opencc::config_names()
        .into_iter()
        .map(|name| Ok((name, Converter::new(name, &user)?)))
        .collect::<Result<Vec<_>, String>>()?;
    if !converters.iter().any(|(name, _)| *name == options.config) {
        return Err(format!(
            "unknown config `{}`; valid: {}",
            options.config,
            opencc::config_names().join(", ")
        ));
    }
    Ok(Box::new(Convert {
        converters,
        options,
    }))
}

pub struct Convert {
    converters: Vec<(&'static str, Converter)>,
    options: ConvertOptions,
}

impl Convert {
    fn converter_for(&self, doc: &Document) -> &Converter {
        let named = self
            .options
            .config_field
            .as_ref()
            .and_then(|field| doc.metadata.get(field))
            .and_then(|value| value.as_str());
        let name = named.unwrap_or(&self.options.config);
        self.converters
            .iter()
            .find(|(n, _)| *n == name)
            .or_else(|| {
                self.converters
                    .iter()
                    .find(|(n, _)| *n == self.options.config)
            })
            .map(|(_, converter)| converter)
            .unwrap_or_else(|| &self.converters[0].1)
    }
}

impl Stage for Convert {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let wanted = matches!(doc.script, Some(Script::Traditional | Script::Mixed));
        let japanese = doc.paragraphs.iter().any(|p| p.text.chars().any(is_kana));
        if !self.options.force && (!wanted || japanese) {
            return;
        }
        let converter = self.converter_for(doc);
        let mut converted = 0;
        for paragraph in &mut doc.paragraphs {
            let after = converter.convert(&paragraph.text);
            if after != paragraph.text {
                converted += 1;
                paragraph.text = after;
                paragraph.script = Some(Script::Simplified);
            }
        }
        doc.count_change(NAME, "paragraphs_converted", converted);
        if let Some(before) = doc.script {
            doc.annotations
                .insert("script_before".into(), before.as_str().into());
        }
        doc.script = detect_script(doc.paragraphs.iter().map(|p| p.text.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(options: toml::Table, text: &str, script: Option<Script>) -> Document {
        let mut doc = Document::sample(text);
        doc.script = script;
        build(options).unwrap().process(&mut doc);
        doc
    }

    #[test]
    fn traditional_documents_are_converted_and_simplified_ones_left_alone() {
        let doc = run(
            toml::Table::new(),
            "杭州高新區(濱江)",
            Some(Script::Traditional),
        );
        assert_eq!(doc.text(), "杭州高新区(滨江)");
        assert_eq!(
            (doc.script, doc.annotations["script_before"].as_str()),
            (Some(Script::Simplified), Some("traditional"))
        );
        let simplified = "杭州高新区(滨江)向世界领先科技园区奋力迈进，后来乾隆著书";
        let doc = run(toml::Table::new(), simplified, Some(Script::Simplified));
        assert_eq!(doc.text(), simplified);
        let japanese = run(toml::Table::new(), "東京の國語", Some(Script::Traditional));
        assert_eq!(japanese.text(), "東京の國語");
    }

    #[test]
    fn the_config_can_come_from_the_document() {
        let mut table = toml::Table::new();
        table.insert("config_field".into(), "opencc".into());
        let mut doc = Document::sample("軟體和滑鼠");
        doc.script = Some(Script::Traditional);
        doc.metadata.insert("opencc".into(), "tw2sp".into());
        build(table).unwrap().process(&mut doc);
        assert_eq!(doc.text(), "软件和鼠标");
    }

    #[test]
    fn unknown_configs_are_refused() {
        let mut table = toml::Table::new();
        table.insert("config".into(), "s2t".into());
        assert!(build(table).err().unwrap().contains("valid: t2s"));
    }
}
