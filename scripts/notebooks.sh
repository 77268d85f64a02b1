#!/usr/bin/env bash
# Executes entente's example notebooks (examples/*.ipynb) headless on the
# gophernotes Go kernel, one after another, and checks each: nbconvert fails on
# any cell error, then nbcheck verifies that every code cell ran and that the
# notebook showed exactly the number of images its metadata expects
# ({"entente": {"images": N}}, set by the "// images: N" line of its cells file
# examples/notebooks/NAME.cells). scripts/test.sh (and so CI) runs this.
#
#   scripts/notebooks.sh                      set up, execute every notebook into a temp dir, check
#   scripts/notebooks.sh --update             … and save the executed notebooks (with their outputs)
#                                             back into examples/, so GitHub shows them
#   scripts/notebooks.sh --no-setup           skip tools/gophernotes/setup.sh (already set up)
#   scripts/notebooks.sh examples/00-canary.ipynb   only the notebooks named
#
# Adding a notebook: write examples/notebooks/NAME.cells, run
# `go run ./examples/notebooks/mknb`, then `scripts/notebooks.sh --update`.
#
# Notebooks run sequentially: the kernels share $GOPATH/src/gomacro.imports,
# which each kernel clears on its first import. Environment: NOTEBOOK_TIMEOUT
# (seconds per cell, default 900), KEEP_NOTEBOOK_OUTPUT=1 keeps the temp dir;
# GOPATH, GOCACHE and JUPYTER_DATA_DIR are honoured (see setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export GOTOOLCHAIN=local

UPDATE="" SETUP=1 NOTEBOOKS=()
for arg in "$@"; do
  case "$arg" in
    --update) UPDATE=1 ;;
    --no-setup) SETUP="" ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "notebooks.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    *) [ -f "$arg" ] || { echo "notebooks.sh: no notebook $arg" >&2; exit 2; }; NOTEBOOKS+=("$arg") ;;
  esac
done
if ((${#NOTEBOOKS[@]} == 0)); then
  shopt -s nullglob
  NOTEBOOKS=(examples/*.ipynb)
  shopt -u nullglob
fi
((${#NOTEBOOKS[@]})) || { echo "notebooks.sh: no notebooks in examples/" >&2; exit 1; }

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
T_ALL=$(now)

if [ -n "$SETUP" ]; then
  T=$(now)
  tools/gophernotes/setup.sh
  T_SETUP="$(secs "$T" "$(now)")s"
else
  T_SETUP="skipped"
fi

# The seed proxy is a module of its own (its x/mod must not enter entente's
# go.mod), so `go test ./...` does not reach it: test it here.
(cd tools/gophernotes/seedproxy && go vet ./... && go test -count=1 ./... >/dev/null) \
  || { echo "notebooks.sh: tools/gophernotes/seedproxy tests failed" >&2; exit 1; }
go run ./examples/notebooks/mknb -check >/dev/null \
  || { go run ./examples/notebooks/mknb -check || true; exit 1; }

OUT="$(mktemp -d "${TMPDIR:-/tmp}/entente-notebooks.XXXXXX")"
if [ -z "${KEEP_NOTEBOOK_OUTPUT:-}" ]; then trap 'rm -rf "$OUT"' EXIT; fi
go build -o "$OUT/nbcheck" ./tools/gophernotes/nbcheck

failed=() summary=()
for nb in "${NOTEBOOKS[@]}"; do
  name="$(basename "$nb" .ipynb)"
  echo "-- $nb"
  T=$(now)
  if ! /usr/bin/jupyter nbconvert --to notebook --execute \
      --ExecutePreprocessor.kernel_name=gophernotes \
      --ExecutePreprocessor.timeout="${NOTEBOOK_TIMEOUT:-900}" \
      --output-dir "$OUT" "$nb" >"$OUT/$name.log" 2>&1; then
    echo "FAIL $nb: a cell failed or the kernel died; the end of nbconvert's log ($OUT/$name.log):"
    tail -n 40 "$OUT/$name.log" | sed 's/^/     /'
    failed+=("$nb") summary+=("$(printf '%-34s %7ss  FAIL (execution)' "$nb" "$(secs "$T" "$(now)")")")
    continue
  fi
  took=$(secs "$T" "$(now)")
  check=("$OUT/nbcheck" -times)
  [ -z "$UPDATE" ] || check+=(-save "$(dirname "$nb")")
  if "${check[@]}" "$OUT/$name.ipynb"; then
    summary+=("$(printf '%-34s %7ss  ok' "$nb" "$took")")
  else
    failed+=("$nb") summary+=("$(printf '%-34s %7ss  FAIL (check)' "$nb" "$took")")
  fi
done

echo
echo "notebook timings (setup: $T_SETUP)"
printf '  %s\n' "${summary[@]}"
echo "  total $(secs "$T_ALL" "$(now)")s"
if ((${#failed[@]})); then
  trap - EXIT # keep the executed notebooks and logs for a look
  echo "notebooks.sh: ${#failed[@]} notebook(s) failed: ${failed[*]} (executed notebooks and logs: $OUT)" >&2
  exit 1
fi
echo "notebooks: all ${#NOTEBOOKS[@]} passed"
