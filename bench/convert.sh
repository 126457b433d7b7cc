#!/usr/bin/env bash
# Traditional -> Simplified: qingxi against OpenCC 1.4.2 (its C++ library, through
# the PyPI package `opencc`) on the same text, in one run.
#
#   bash bench/convert.sh
#
# `cargo bench --bench convert` writes target/bench-data/traditional.txt and reports
# the engine's single-thread throughput; then `qingxi convert` and OpenCC's t2s each
# convert that file line by line (medians of QINGXI_BENCH_RUNS runs, default 3) and
# the script prints both rates and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${QINGXI_BENCH_RUNS:-3}

cargo bench --bench convert
cargo build --release --quiet

venv=target/bench-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet 'opencc==1.4.2'

"$venv/bin/python" - "$runs" target/bench-data/traditional.txt <<'PY'
import statistics, subprocess, sys, time
import opencc

runs, path = int(sys.argv[1]), sys.argv[2]
data = open(path, "rb").read()
megabytes = len(data) / 1e6
lines = data.decode("utf-8").split("\n")
converter = opencc.OpenCC("t2s")

def rate(action):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(megabytes / (time.perf_counter() - start))
    return statistics.median(samples)

qingxi = rate(lambda: subprocess.run(["./target/release/qingxi", "convert"], input=data,
                                     stdout=subprocess.DEVNULL, check=True))
reference = rate(lambda: [converter.convert(line) for line in lines])
print()
print(f"{megabytes:.1f} MB of Traditional text, t2s, one thread")
print(f"qingxi convert  {qingxi:8.1f} MB/s")
print(f"OpenCC 1.4.2    {reference:8.1f} MB/s")
print(f"ratio           {qingxi / reference:8.1f}x")
PY
