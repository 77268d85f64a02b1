#!/usr/bin/env bash
# Runs every test entente has, as CI does: formatting and vet, the whole Go
# test suite (unit, example, golden-image, end-to-end CLI and fuzz-seed
# tests), and the example notebooks on the gophernotes kernel.
#
# It installs what the tests need and is missing (Debian packages: poppler-utils
# for the PDF checks; Jupyter and the gophernotes kernel for the notebooks).
#
#   scripts/test.sh              everything
#   SKIP_NOTEBOOKS=1 scripts/test.sh   everything but the notebooks
#   SKIP_BEAM=1 scripts/test.sh        everything but the beam module
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export GOTOOLCHAIN=local GOFLAGS=${GOFLAGS:-}

step() { printf '\n== %s\n' "$*"; }

need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
if ((${#need_apt[@]})); then
  step "installing ${need_apt[*]} (Debian packages)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  if ! apt-cache show "${need_apt[0]}" >/dev/null 2>&1; then $SUDO apt-get update -qq; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

step "gofmt"
bad=$(gofmt -l . | grep -v '^vendor/' || true)
if [ -n "$bad" ]; then echo "gofmt would change:"; echo "$bad"; exit 1; fi

step "go vet"
go vet ./...

step "go test"
go test -count=1 ./...

step "beam module (vet, test: the pipeline on Prism equals dataset.AggregateFiles)"
# beam/ is its own module (Apache Beam Go SDK): ./... above does not reach it.
# gofmt above covers its files. A cold module cache builds the SDK first
# (several minutes on two cores).
if [ -z "${SKIP_BEAM:-}" ]; then
  (cd beam && go vet ./... && go test -count=1 ./...)
fi

if [ -z "${SKIP_NOTEBOOKS:-}" ] && [ -x scripts/notebooks.sh ]; then
  step "notebooks"
  scripts/notebooks.sh
fi

step "all tests passed"
