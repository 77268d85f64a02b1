#!/usr/bin/env bash
# Measures, side by side in one run on the same machine, what BENCHMARKS.md
# reports for event-data ingest (issue 2, Performance):
#
#   newline     a Go loop that only counts newlines (the physical ceiling)
#   csv         encoding/csv + a Go map keyed by (dyad, month): the naive baseline
#   events      entente's Event path: Reader.Next + Table.Add, one Event per row
#   entente     entente's streaming read + monthly dyad aggregation
#               (dataset.AggregateFiles, the fast GDELT path), 1 and 2 cores
#   frame       the gota DataFrame of the aggregated table (StatsFrame)
#
# Each is run RUNS times (default 5) as a separate process reading the file
# from the page cache (one warm-up read first); the script prints the
# median wall time, the median CPU time and the largest peak RSS
# (getrusage). The file is bench/data/gdelt1-2m.tsv, generated if missing
# (go run ./bench/gengdelt: 2,000,000 rows, about 730 MB, deterministic).
#
#   bench/compare.sh                 everything
#   RUNS=3 bench/compare.sh FILE     another file, three runs each
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export GOTOOLCHAIN=local

RUNS=${RUNS:-5}
FILE=${1:-bench/data/gdelt1-2m.tsv}
if [ ! -f "$FILE" ]; then
  echo "generating $FILE (2M rows, ~730 MB) ..." >&2
  mkdir -p "$(dirname "$FILE")"
  go run ./bench/gengdelt -o "$FILE"
fi
BIN=$(mktemp -d)
trap 'rm -rf "$BIN"' EXIT
go build -o "$BIN/runbench" ./bench/runbench

cat "$FILE" >/dev/null # warm the page cache

# field VALUE LINE: the value of key=value in a runbench line
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'; }
maxof() { sort -g | tail -1; }

printf '%s\n' "file: $FILE ($(du -m "$FILE" | cut -f1) MB), $RUNS runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-34s | %9s | %9s | %9s | %s |\n' "run" "wall s" "cpu s" "peak MB" "notes"
printf '|%s|%s|%s|%s|%s|\n' "------------------------------------" "----------:" "----------:" "----------:" "---"

measure() { # label mode procs
  local label=$1 mode=$2 procs=$3 walls="" cpus="" rss="" notes="" line
  for _ in $(seq "$RUNS"); do
    line=$("$BIN/runbench" -mode "$mode" -procs "$procs" "$FILE")
    walls+="$(field seconds "$line")"$'\n'
    cpus+="$(field cpu_seconds "$line")"$'\n'
    rss+="$(field maxrss_mb "$line")"$'\n'
    notes="rows=$(field rows "$line") groups=$(field groups "$line")"
    if [ "$mode" = frame ]; then
      frames+="$(field frame_seconds "$line")"$'\n'
    fi
  done
  if [ "$mode" = frame ]; then
    notes="$notes; DataFrame build median $(printf '%s' "$frames" | median) s ($(field frame_rows "$line") rows × $(field frame_cols "$line") columns)"
  fi
  printf '| %-34s | %9s | %9s | %9s | %s |\n' "$label" \
    "$(printf '%s' "$walls" | median)" "$(printf '%s' "$cpus" | median)" "$(printf '%s' "$rss" | maxof)" "$notes"
}

frames=""
measure "newline count (ceiling)" newline 1
measure "encoding/csv + map (baseline)" csv 1
measure "entente Event path, 1 core" events 1
measure "entente AggregateFiles, 1 core" entente 1
measure "entente AggregateFiles, 2 cores" entente 2
measure "AggregateFiles + gota StatsFrame" frame 2
