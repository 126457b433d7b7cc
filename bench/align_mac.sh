#!/usr/bin/env bash
# MAC-Test (or MAC-Dev) through the command line, scored by the evaluation's own
# scorer (../shared/eval/align/score.py: strict and lax P/R/F1, by bead type).
#
#   bash bench/align_mac.sh [test|dev]
#
# MAC's texts are copyrighted: they are read from ../shared only, and the bead
# files written under target/ hold sentence numbers, no text.
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-test}
mac=../shared/eval/align/mac/$split
if [ ! -d "$mac" ]; then
  echo "no $mac: MAC is not beside this checkout" >&2
  exit 0
fi
cargo build --release --quiet
out=target/bench-data/mac-$split
rm -rf "$out" && mkdir -p "$out/pairs"
for zh in "$mac"/zh/*.txt; do
  name=$(basename "$zh" .txt)
  ln -sf "$PWD/$zh" "$out/pairs/$name.zh.txt"
  ln -sf "$PWD/$mac/en/$name.txt" "$out/pairs/$name.en.txt"
done
start=$(date +%s.%N)
target/release/qingxi align --presegmented --format beads -o "$out/beads" "$out/pairs" -j 1
end=$(date +%s.%N)
echo "aligned $(cat "$mac"/zh/*.txt | wc -l) zh / $(cat "$mac"/en/*.txt | wc -l) en sentences in $(echo "$end - $start" | bc) s (1 thread, with start-up)"
python3 ../shared/eval/align/score.py "$mac/gold" "$out/beads" --by-type
