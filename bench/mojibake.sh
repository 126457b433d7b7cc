#!/usr/bin/env bash
# Mojibake repair: qingxi against ftfy on the same inputs, in one run.
#
#   bash bench/mojibake.sh
#
# 1. `cargo bench --bench mojibake` writes the inputs (clean mixed zh/en text, and
#    the same with 5% of the lines mojibake) under target/bench-data/ and reports the
#    stage's own single-thread throughput.
# 2. `qingxi fix` (decoding and repair, one thread) and ftfy's fix_text (Python,
#    installed from PyPI into target/bench-venv) each read those files line by line;
#    the script prints MB/s for both and the ratio. Medians of QINGXI_BENCH_RUNS runs
#    (default 3) for qingxi; ftfy, far slower, runs once.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${QINGXI_BENCH_RUNS:-3}

cargo bench --bench mojibake
cargo build --release --quiet
data=target/bench-data

venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'ftfy==6.3.1'
fi

"$venv/bin/python" - "$runs" "$data/mojibake-clean.txt" "$data/mojibake-5pct.txt" <<'PY'
import statistics, subprocess, sys, time
import ftfy

runs = int(sys.argv[1])
print()
print(f"{'input':<22} {'qingxi fix MB/s':>16} {'ftfy MB/s':>10} {'ratio':>7}")
for path in sys.argv[2:]:
    data = open(path, "rb").read()
    megabytes = len(data) / 1e6
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["./target/release/qingxi", "fix"], input=data, stdout=subprocess.DEVNULL, check=True)
        rates.append(megabytes / (time.perf_counter() - start))
    qingxi = statistics.median(rates)
    start = time.perf_counter()
    for line in data.decode("utf-8").split("\n"):
        ftfy.fix_text(line)
    reference = megabytes / (time.perf_counter() - start)
    name = path.rsplit("/", 1)[-1]
    print(f"{name:<22} {qingxi:>16.1f} {reference:>10.2f} {qingxi / reference:>6.0f}x")
PY
