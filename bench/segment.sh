#!/usr/bin/env bash
# Sentence segmentation: qingxi against pySBD and sentencex (PyPI, installed here
# into target/bench-venv) on the same text, in one run.
#
#   bash bench/segment.sh
#
# `cargo bench --bench segment` reports the segmenter's single-thread throughput and
# writes target/bench-data/segment-{en,zh}.txt (NTREX news, five segments a
# paragraph, 20 MB each). `qingxi segment` (start-up, decoding and output included)
# and sentencex split the whole file, paragraph by paragraph, one thread; pySBD,
# at about 0.1-1 MB/s, the first QINGXI_BENCH_SAMPLE_MB megabytes (default 1).
# Then one paragraph of QINGXI_BENCH_LONG_MB megabytes (default 4), the same
# paragraphs joined, for qingxi and sentencex: time linear in a paragraph's length
# keeps the rate. Medians of QINGXI_BENCH_RUNS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${QINGXI_BENCH_RUNS:-3}
sample_mb=${QINGXI_BENCH_SAMPLE_MB:-1}
long_mb=${QINGXI_BENCH_LONG_MB:-4}

cargo bench --bench segment
cargo build --release --quiet

venv=target/bench-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet 'pysbd==0.3.4' 'sentencex==1.0.32'

"$venv/bin/python" - "$runs" "$sample_mb" "$long_mb" <<'PY'
import statistics, subprocess, sys, time
import pysbd
import sentencex

runs, sample_mb, long_mb = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])

def rate(action, megabytes):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(megabytes / (time.perf_counter() - start))
    return statistics.median(samples)

def paragraphs_of(data, limit):
    paragraphs, size = [], 0
    for line in data.decode("utf-8").split("\n"):
        if size >= limit:
            break
        paragraphs.append(line)
        size += len(line.encode("utf-8")) + 1
    return paragraphs, size / 1e6

for lang in ("en", "zh"):
    data = open(f"target/bench-data/segment-{lang}.txt", "rb").read()
    megabytes = len(data) / 1e6
    paragraphs, _ = paragraphs_of(data, len(data))
    sample, sample_megabytes = paragraphs_of(data, sample_mb * 1e6)
    seg = pysbd.Segmenter(language=lang, clean=False)
    qingxi = rate(lambda: subprocess.run(["./target/release/qingxi", "segment"], input=data,
                                         stdout=subprocess.DEVNULL, check=True), megabytes)
    sx = rate(lambda: [sentencex.segment(lang, p) for p in paragraphs], megabytes)
    sbd = rate(lambda: [seg.segment(p) for p in sample], sample_megabytes)
    print()
    print(f"{lang}: {megabytes:.1f} MB in {len(paragraphs)} paragraphs (pySBD: the first {sample_megabytes:.1f} MB), one thread")
    print(f"  qingxi segment   {qingxi:9.2f} MB/s")
    print(f"  sentencex 1.0.32 {sx:9.2f} MB/s   qingxi / sentencex {qingxi / sx:7.2f}")
    print(f"  pySBD 0.3.4      {sbd:9.2f} MB/s   qingxi / pySBD     {qingxi / sbd:7.0f}")

    # One long paragraph: English paragraphs joined by a space, Chinese ones directly.
    joiner = " " if lang == "en" else ""
    long, size = [], 0
    for p in paragraphs:
        if size >= long_mb * 1e6:
            break
        long.append(p)
        size += len((p + joiner).encode("utf-8"))
    long = joiner.join(long)
    long_bytes = (long + "\n").encode("utf-8")
    long_megabytes = len(long_bytes) / 1e6
    qingxi = rate(lambda: subprocess.run(["./target/release/qingxi", "segment"], input=long_bytes,
                                         stdout=subprocess.DEVNULL, check=True), long_megabytes)
    sx = rate(lambda: sentencex.segment(lang, long), long_megabytes)
    print(f"{lang}: one paragraph of {long_megabytes:.1f} MB")
    print(f"  qingxi segment   {qingxi:9.2f} MB/s")
    print(f"  sentencex 1.0.32 {sx:9.2f} MB/s   qingxi / sentencex {qingxi / sx:7.2f}")
PY
