//! Output files written atomically: into a temporary file beside the target, renamed
//! over it only when complete, so a crashed or interrupted run never leaves a
//! half-written file where a finished one is expected.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::compression::{CompressingWriter, Compression};

const WRITE_BUFFER: usize = 1024 * 1024;

/// Where an output goes: a file (compressed as its extension says) or stdout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
}

impl Target {
    /// `-` means stdout.
    pub fn parse(path: &Path) -> Self {
        if path.as_os_str() == "-" {
            Target::Stdout
        } else {
            Target::File(path.to_path_buf())
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Target::Stdout => "stdout".into(),
            Target::File(path) => path.display().to_string(),
        }
    }
}

enum Sink {
    Stdout(BufWriter<io::Stdout>),
    File {
        writer: CompressingWriter<BufWriter<File>>,
        temporary: PathBuf,
        target: PathBuf,
    },
}

/// A buffered output; call [`OutputFile::commit`] to finish it, or drop it to discard.
pub struct OutputFile {
    sink: Option<Sink>,
}

impl OutputFile {
    pub fn create(target: &Target) -> io::Result<Self> {
        let sink = match target {
            Target::Stdout => Sink::Stdout(BufWriter::with_capacity(WRITE_BUFFER, io::stdout())),
            Target::File(path) => {
                let temporary = temporary_path(path);
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)?;
                }
                let file = BufWriter::with_capacity(WRITE_BUFFER, File::create(&temporary)?);
                Sink::File {
                    writer: CompressingWriter::new(file, Compression::from_path(path))?,
                    temporary,
                    target: path.clone(),
                }
            }
        };
        Ok(OutputFile { sink: Some(sink) })
    }

    /// Flushes, finishes compression and moves the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        match self.sink.take() {
            Some(Sink::Stdout(mut out)) => out.flush(),
            Some(Sink::File {
                writer,
                temporary,
                target,
            }) => {
                let mut file = writer.finish()?;
                file.flush()?;
                file.get_ref().sync_all()?;
                drop(file);
                std::fs::rename(&temporary, &target)
            }
            None => Ok(()),
        }
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.sink {
            Some(Sink::Stdout(out)) => out.write(buf),
            Some(Sink::File { writer, .. }) => writer.write(buf),
            None => Ok(0),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.sink {
            Some(Sink::Stdout(out)) => out.write_all(buf),
            Some(Sink::File { writer, .. }) => writer.write_all(buf),
            None => Ok(()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Some(Sink::Stdout(out)) => out.flush(),
            Some(Sink::File { writer, .. }) => writer.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for OutputFile {
    fn drop(&mut self) {
        if let Some(Sink::File { temporary, .. }) = &self.sink {
            // Not committed: the run failed, so leave nothing half-written behind.
            let _ = std::fs::remove_file(temporary);
        }
    }
}

fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.qingxi-{}.tmp", std::process::id()))
}

/// Writes a small file (a report) atomically.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut out = OutputFile::create(&Target::File(path.to_path_buf()))?;
    out.write_all(contents)?;
    out.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/out.jsonl");
        let mut out = OutputFile::create(&Target::File(path.clone())).unwrap();
        out.write_all(b"{}\n").unwrap();
        assert!(!path.exists());
        out.commit().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}\n");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }

    #[test]
    fn dropped_output_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl.gz");
        let mut out = OutputFile::create(&Target::File(path.clone())).unwrap();
        out.write_all(b"{}\n").unwrap();
        drop(out);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
