//! The reference backend: OpenCC's own C++ library through opencc-rust, built only
//! with the cargo feature `opencc-sys` (it needs OpenCC 1.4's static libraries; see
//! the README). It reads the same embedded dictionaries and configs, written to a
//! temporary folder since OpenCC loads them from files. Every call takes
//! opencc-rust's process-wide lock, so threads serialize on it: it is for checking
//! the default backend, not for production runs.

use std::path::PathBuf;

use opencc_rust::OpenCC;

use super::opencc::{CONFIGS, embedded_files};

pub struct Reference {
    opencc: OpenCC,
}

impl Reference {
    pub fn new(config: &str) -> Result<Self, String> {
        if !CONFIGS.iter().any(|(name, _)| *name == config) {
            return Err(format!("unknown config `{config}`"));
        }
        let dir: PathBuf =
            std::env::temp_dir().join(format!("qingxi-opencc-{}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        for (name, contents) in embedded_files() {
            std::fs::write(dir.join(&name), contents)
                .map_err(|e| format!("cannot write {name}: {e}"))?;
        }
        let opencc = OpenCC::new(dir.join(format!("{config}.json"))).map_err(|e| e.to_string())?;
        Ok(Reference { opencc })
    }

    pub fn convert(&self, text: &str) -> Result<String, String> {
        self.opencc.convert(text).map_err(|e| e.to_string())
    }
}
