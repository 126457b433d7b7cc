//! `qingxi boilerplate count|merge`: the line-count tables the `repeated_lines`
//! stage reads, made shard by shard and combined.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;

use crate::io::input::{Format, RecordFields, RecordStream, discover};
use crate::io::output::{OutputFile, Target};
use crate::stages::repeated_lines::LineCounts;

/// Documents read per parallel batch.
const BATCH: usize = 4096;

pub fn count(
    inputs: &[PathBuf],
    format: Format,
    fields: &RecordFields,
    output: &Path,
    threads: usize,
) -> anyhow::Result<ExitCode> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    let mut stream = RecordStream::new(discover(inputs, format));
    let (mut counts, mut documents, mut failed) = (LineCounts::default(), 0u64, 0u64);
    loop {
        let batch: Vec<_> = stream.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let per_doc: Vec<Result<LineCounts, String>> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|record| {
                    let doc = record
                        .into_document(fields)
                        .map_err(|e| format!("{}: {}", e.source, e.message))?;
                    let mut one = LineCounts::default();
                    one.add_document(doc.paragraphs.iter().map(|p| p.text.as_str()));
                    Ok(one)
                })
                .collect()
        });
        for result in per_doc {
            match result {
                Ok(one) => {
                    counts.merge(one);
                    documents += 1;
                }
                Err(message) => {
                    failed += 1;
                    eprintln!("qingxi: error: {message}");
                }
            }
        }
    }
    write(&counts, output)?;
    eprintln!(
        "qingxi: {documents} documents, {} distinct lines -> {}",
        counts.docs.len(),
        output.display()
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn merge(tables: &[PathBuf], output: &Path) -> anyhow::Result<ExitCode> {
    let mut counts = LineCounts::default();
    for path in tables {
        counts.merge(
            LineCounts::read(path).with_context(|| format!("cannot read {}", path.display()))?,
        );
    }
    write(&counts, output)?;
    eprintln!(
        "qingxi: {} tables, {} distinct lines -> {}",
        tables.len(),
        counts.docs.len(),
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn write(counts: &LineCounts, output: &Path) -> anyhow::Result<()> {
    let mut file = OutputFile::create(&Target::File(output.to_path_buf()))
        .with_context(|| format!("cannot create {}", output.display()))?;
    counts.write(&mut file).context("cannot write the table")?;
    file.commit()
        .with_context(|| format!("cannot write {}", output.display()))
}
