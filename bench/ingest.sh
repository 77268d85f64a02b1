#!/usr/bin/env bash
# Measures, in one run on the same machine, the commands of issue 13's table
# (BENCHMARKS.md, "The main job on the fast path"): each command is run RUNS
# times (default 5) as its own process on a file in the page cache; the
# script prints the median wall time, the median user+system CPU time and
# the largest peak RSS (GNU time's %e, %U+%S and %M), and each command's
# median wall time over `report inspect`'s.
#
#   bench/ingest.sh                       the 2M-row file (generated if missing)
#   RUNS=3 bench/ingest.sh FILE           another file, three runs each
#   STREAM=20000000 bench/ingest.sh       also a generated 20M-row stream piped
#                                         into `report score -` (one run)
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
go build -o "$BIN/report" ./cmd/report
go build -o "$BIN/gengdelt" ./bench/gengdelt
cat "$FILE" >/dev/null # warm the page cache
OUT="$BIN/out"

median() { sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'; }

printf '%s\n' "file: $FILE ($(du -m "$FILE" | cut -f1) MB), $RUNS runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-44s | %8s | %8s | %8s | %8s |\n' "command" "wall s" "cpu s" "peak MB" "÷ inspect"
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "---------:" "---------:" "---------:" "---------:"

base=""
measure() { # label command...
  local label=$1 walls="" cpus="" peak=0 line
  shift
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$BIN/time" -f '%e %U %S %M' "$@" >/dev/null 2>&1
    line=$(tail -1 "$BIN/time")
    read -r e u s m <<<"$line"
    walls+="$e"$'\n'
    cpus+="$(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')"$'\n'
    [ "$m" -gt "$peak" ] && peak=$m
  done
  local w c
  w=$(printf '%s' "$walls" | median)
  c=$(printf '%s' "$cpus" | median)
  [ -z "$base" ] && base=$w
  printf '| %-44s | %8.3f | %8.3f | %8.1f | %8.2f |\n' "$label" "$w" "$c" "$(awk -v m="$peak" 'BEGIN{print m/1024}')" "$(awk -v a="$w" -v b="$base" 'BEGIN{print a/b}')"
}

# /usr/bin/time reports the peak of the largest process; "report" runs alone.
measure "report inspect FILE"                       "$BIN/report" inspect "$FILE"
measure "wc -l FILE"                                wc -l "$FILE"
measure "report score FILE"                         "$BIN/report" score "$FILE"
measure "report score -dedup countries FILE"        "$BIN/report" score -dedup countries "$FILE"
measure "report score -dedup off FILE"              "$BIN/report" score -dedup off "$FILE"
measure "report score -model goldstein -period month FILE" "$BIN/report" score -model goldstein -period month "$FILE"
measure "report -formats csv FILE"                  "$BIN/report" -q -formats csv -o "$OUT" "$FILE"
measure "report (embedded chronology, all formats)" "$BIN/report" -q -o "$OUT"

if [ -n "${STREAM:-}" ]; then
  echo
  echo "stream: go run ./bench/gengdelt -rows $STREAM -o - | report score - (one run; the generator runs beside it)"
  /usr/bin/time -f 'report score -: wall %e s, cpu %U+%S s, peak %M KB' \
    sh -c "'$BIN/gengdelt' -rows $STREAM -o - | '$BIN/report' score -quiet - >/dev/null"
fi
