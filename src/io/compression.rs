//! gzip and zstd, recognised by magic bytes when reading and by extension when writing.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

use flate2::Compression as GzLevel;
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];
const READ_BUFFER: usize = 256 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Compression of an output file, from its extension (`.gz`, `.zst`, `.zstd`).
    pub fn from_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst" | "zstd") => Compression::Zstd,
            _ => Compression::None,
        }
    }

    fn from_magic(head: &[u8]) -> Self {
        if head.starts_with(GZIP_MAGIC) {
            Compression::Gzip
        } else if head.starts_with(ZSTD_MAGIC) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// Wraps `reader` in the decompressor its first bytes call for. Multi-member gzip
/// files (as `cat a.gz b.gz` makes) are read to the end.
pub fn decompressing_reader(
    reader: impl Read + Send + 'static,
) -> io::Result<Box<dyn BufRead + Send>> {
    let mut buffered = BufReader::with_capacity(READ_BUFFER, reader);
    let head = buffered.fill_buf()?;
    Ok(match Compression::from_magic(head) {
        Compression::None => Box::new(buffered),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            READ_BUFFER,
            MultiGzDecoder::new(buffered),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            READ_BUFFER,
            zstd::stream::read::Decoder::with_buffer(buffered)?,
        )),
    })
}

/// A writer that compresses as its output path asks; `finish` must be called so the
/// compressed stream gets its trailer and errors are seen.
pub enum CompressingWriter<W: Write> {
    Plain(W),
    Gzip(GzEncoder<W>),
    Zstd(zstd::stream::write::Encoder<'static, W>),
}

impl<W: Write> CompressingWriter<W> {
    pub fn new(inner: W, compression: Compression) -> io::Result<Self> {
        Ok(match compression {
            Compression::None => CompressingWriter::Plain(inner),
            Compression::Gzip => CompressingWriter::Gzip(GzEncoder::new(inner, GzLevel::new(6))),
            Compression::Zstd => {
                CompressingWriter::Zstd(zstd::stream::write::Encoder::new(inner, 3)?)
            }
        })
    }

    pub fn finish(self) -> io::Result<W> {
        match self {
            CompressingWriter::Plain(w) => Ok(w),
            CompressingWriter::Gzip(w) => w.finish(),
            CompressingWriter::Zstd(w) => w.finish(),
        }
    }
}

impl<W: Write> Write for CompressingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            CompressingWriter::Plain(w) => w.write(buf),
            CompressingWriter::Gzip(w) => w.write(buf),
            CompressingWriter::Zstd(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            CompressingWriter::Plain(w) => w.flush(),
            CompressingWriter::Gzip(w) => w.flush(),
            CompressingWriter::Zstd(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(compression: Compression) {
        let data = "第一行\nsecond line\n".repeat(1000);
        let mut writer = CompressingWriter::new(Vec::new(), compression).unwrap();
        writer.write_all(data.as_bytes()).unwrap();
        let bytes = writer.finish().unwrap();
        let mut back = String::new();
        decompressing_reader(io::Cursor::new(bytes))
            .unwrap()
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, data);
    }

    #[test]
    fn gzip_zstd_and_plain_round_trip() {
        round_trip(Compression::None);
        round_trip(Compression::Gzip);
        round_trip(Compression::Zstd);
    }

    #[test]
    fn compression_follows_the_output_extension() {
        assert_eq!(
            Compression::from_path(Path::new("a.jsonl.gz")),
            Compression::Gzip
        );
        assert_eq!(
            Compression::from_path(Path::new("a.jsonl.zst")),
            Compression::Zstd
        );
        assert_eq!(
            Compression::from_path(Path::new("a.jsonl")),
            Compression::None
        );
    }

    #[test]
    fn truncated_gzip_is_an_error_not_silence() {
        let mut writer = CompressingWriter::new(Vec::new(), Compression::Gzip).unwrap();
        writer
            .write_all("line\n".repeat(10_000).as_bytes())
            .unwrap();
        let bytes = writer.finish().unwrap();
        let truncated = bytes[..bytes.len() / 2].to_vec();
        let mut back = Vec::new();
        let result = decompressing_reader(io::Cursor::new(truncated))
            .unwrap()
            .read_to_end(&mut back);
        assert!(result.is_err());
    }
}
