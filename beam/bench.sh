#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports for the Beam pipeline (issue 17):
# throughput of `aggregate` on Prism with 2 cores against the
# single-process fast path, on a generated multi-file GDELT 1.0 set, and
# checks on the way that both give the same scores.
#
#   beam/bench.sh                 20 files × 100,000 rows (2M rows, ~730 MB)
#   FILES=20 ROWS=1000000 beam/bench.sh   the 20M-row run (~7.3 GB)
#
# The files are generated once into beam/bench-data/ (bench/gdeltgen,
# seeds 1…FILES, deterministic). Timings are wall and CPU seconds of one
# run each (/usr/bin/time), GOMAXPROCS=2.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export GOTOOLCHAIN=local GOMAXPROCS=${GOMAXPROCS:-2}
FILES=${FILES:-20}
ROWS=${ROWS:-100000}
DATA=bench-data/${FILES}x${ROWS}
mkdir -p "$DATA"
for i in $(seq 1 "$FILES"); do
  f=$(printf '%s/gen-%02d.export.tsv' "$DATA" "$i")
  [ -f "$f" ] || (cd .. && go run ./bench/gengdelt -rows "$ROWS" -seed "$i" -o "beam/$f")
done
go build -o bench-data/aggregate ./cmd/aggregate
(cd .. && go build -o beam/bench-data/report ./cmd/report)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
timed() { # label command…
  /usr/bin/time -f "$1: wall=%es cpu=%Us+%Ss maxrss=%MKB" "${@:2}"
}
for dedup in off actors; do
  echo "== dedup $dedup: $FILES files × $ROWS rows"
  timed "beam prism (aggregate -dedup $dedup)" bench-data/aggregate -input "$DATA/*.tsv" -output "$out/stats-$dedup" -dedup "$dedup" >"$out/acc-$dedup.txt"
  tail -1 "$out/acc-$dedup.txt" >/dev/null
  grep '^total:' "$out/acc-$dedup.txt"
  timed "single process (report score -dedup $dedup, raw files)" bench-data/report score -quiet -dedup "$dedup" -model goldstein -period month -max-dyads 0 -o "$out/raw-$dedup.csv" "$DATA"/*.tsv
  timed "report score on the stats shards" bench-data/report score -quiet -dedup "$dedup" -model goldstein -period month -max-dyads 0 -o "$out/stats-$dedup.csv" "$out/stats-$dedup"/stats-*.csv
  if cmp -s "$out/raw-$dedup.csv" "$out/stats-$dedup.csv"; then
    echo "scores identical ($(wc -l <"$out/raw-$dedup.csv") lines)"
  else
    echo "SCORES DIFFER"; exit 1
  fi
done
