#!/usr/bin/env bash
# Sets up Jupyter with the gophernotes Go kernel so that entente can be used
# from notebooks, on Debian (bookworm) with the machine's Go (1.26), without
# PyPI. One command, idempotent, fast when already set up (a few seconds):
#
#   tools/gophernotes/setup.sh            # as root, or as a user with sudo
#
# What it does (../shared/notebook/RECIPE.md explains every step):
#   1. Jupyter, headless, from Debian packages: jupyter-nbconvert,
#      python3-nbclient, jupyter-client (and gcc if missing: Go plugins need
#      cgo). apt-get runs as root, or through sudo for another user; skipped
#      when the packages are already there.
#   2. The gophernotes kernel v0.7.5, built for the installed Go from
#      gophernotes-build/ (a newer gomacro, x/tools v0.28.0, godebug
#      gotypesalias=0, and upstream's JSONer fix as a one-line patch) into
#      $(go env GOBIN or GOPATH/bin)/gophernotes. Rebuilt only when Go, GOFLAGS
#      or these build files change.
#   3. The kernel spec $(jupyter --data-dir)/kernels/gophernotes/kernel.json.
#      The kernel's only module sources are two file GOPROXYs: the entente
#      working tree published by seedproxy (so notebooks import entente by its
#      canonical path github.com/entente/entente/...), then the Go module
#      cache. No network is used by notebooks.
#   4. entente's working tree published into the seed proxy
#      ($ENTENTE_SEED_PROXY, default $(go env GOPATH)/pkg/entente-goproxy):
#      re-run this script after editing entente to make notebooks see the
#      change (an unchanged tree is not republished).
#   5. entente's dependencies downloaded into the module cache
#      (go mod download all), which is what the kernel resolves imports from.
#   6. The build cache warmed: entente's packages, gonum and gonum/plot
#      compiled once the way the kernel's plugins compile them, so that the
#      first import in a notebook takes seconds, not minutes.
#
# Environment honoured: GOPATH, GOMODCACHE, GOCACHE, GOBIN, GOFLAGS,
# JUPYTER_DATA_DIR (where the kernel spec goes), ENTENTE_SEED_PROXY.
# Options:
#   --no-apt   never run apt-get: fail with the list of missing packages
#   --no-warm  do not pre-compile entente's packages for notebook imports (step 6)
#   -q         print only the summary line
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
export GOTOOLCHAIN=local

NO_APT="" QUIET="" NO_WARM=""
for arg in "$@"; do
  case "$arg" in
    --no-apt) NO_APT=1 ;;
    --no-warm) NO_WARM=1 ;;
    -q) QUIET=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

say() { [ -n "$QUIET" ] || echo "gophernotes setup: $*"; }
die() { echo "gophernotes setup: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

command -v go >/dev/null 2>&1 || die "go is not on PATH (entente needs Go 1.26)"
T0=$(now)
GOVERSION_NOW="$(go env GOVERSION)"
GOPATH_DIR="$(go env GOPATH)"; GOPATH_DIR="${GOPATH_DIR%%:*}"
GOBIN_DIR="$(go env GOBIN)"; GOBIN_DIR="${GOBIN_DIR:-$GOPATH_DIR/bin}"
MODCACHE="$(go env GOMODCACHE)"
GOCACHE_DIR="$(go env GOCACHE)"
GOFLAGS_NOW="$(go env GOFLAGS)"
SEED="${ENTENTE_SEED_PROXY:-$GOPATH_DIR/pkg/entente-goproxy}"
PY=/usr/bin/python3   # nbformat & co. are installed for Debian's python only

# --- 1. Jupyter (and a C compiler for cgo) from Debian packages ------------
T=$(now)
need=()
if ! { [ -x "$PY" ] && "$PY" -c 'import nbclient, nbconvert, jupyter_client' 2>/dev/null && [ -x /usr/bin/jupyter ]; }; then
  need+=(jupyter-nbconvert python3-nbclient jupyter-client)
fi
command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
# pdftoppm: the report notebook shows a page of the PDF it builds
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if ((${#need[@]})); then
  [ -z "$NO_APT" ] || die "missing Debian packages: ${need[*]} (install them, or run without --no-apt)"
  if [ "$(id -u)" = 0 ]; then SUDO=()
  elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo)
  else die "need root (or sudo) to install Debian packages: ${need[*]}"
  fi
  say "installing ${need[*]} (Debian packages)"
  if ! apt-cache policy "${need[0]}" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    "${SUDO[@]}" apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  "$PY" -c 'import nbclient, nbconvert, jupyter_client' || die "Jupyter still not importable by $PY after apt-get"
fi
say "jupyter ready ($(since "$T"))"

# --- 2. The gophernotes kernel ---------------------------------------------
T=$(now)
KERNEL="$GOBIN_DIR/gophernotes"
STAMP="$GOBIN_DIR/.gophernotes.entente-stamp"
stamp="$( { echo "$GOVERSION_NOW" "$GOFLAGS_NOW" "$(go env CGO_ENABLED)"; \
            cat "$HERE/gophernotes-build/go.mod" "$HERE/gophernotes-build/go.sum" \
                "$HERE/gophernotes-build/tools.go" "$HERE/gophernotes-build/patch.sh"; } | sha256sum | cut -c1-16)"
built_with() { go version "$KERNEL" 2>/dev/null | awk '{print $2}'; }
if [ -x "$KERNEL" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$stamp" ] && [ "$(built_with)" = "$GOVERSION_NOW" ]; then
  say "gophernotes up to date: $KERNEL ($(since "$T"))"
else
  say "building gophernotes for $GOVERSION_NOW (about a minute on a cold cache)"
  BUILD="$(mktemp -d)"
  trap 'rm -rf "$BUILD"' EXIT
  cp "$HERE/gophernotes-build/go.mod" "$HERE/gophernotes-build/go.sum" "$HERE/gophernotes-build/tools.go" "$BUILD/"
  SRC="$(cd "$BUILD" && GOFLAGS=-mod=mod go mod download -json github.com/gopherdata/gophernotes@v0.7.5 \
         | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')"
  [ -d "$SRC" ] || die "could not download github.com/gopherdata/gophernotes@v0.7.5"
  cp -r "$SRC" "$BUILD/gophernotes-src"
  chmod -R u+w "$BUILD/gophernotes-src"
  bash "$HERE/gophernotes-build/patch.sh" "$BUILD/gophernotes-src"
  mkdir -p "$GOBIN_DIR"
  (cd "$BUILD" && CGO_ENABLED=1 go build -o "$KERNEL.tmp.$$" github.com/gopherdata/gophernotes)
  go version -m "$KERNEL.tmp.$$" | grep -q 'DefaultGODEBUG=.*gotypesalias=0' \
    || die "the kernel was built without godebug gotypesalias=0 (see gophernotes-build/go.mod)"
  mv -f "$KERNEL.tmp.$$" "$KERNEL"
  echo "$stamp" > "$STAMP"
  rm -rf "$BUILD"; trap - EXIT
  say "gophernotes built: $KERNEL ($(since "$T"))"
fi

# --- 3. Kernel spec ----------------------------------------------------------
KDIR="$(/usr/bin/jupyter --data-dir)/kernels/gophernotes"
mkdir -p "$KDIR"
json() { "$PY" -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }
cat > "$KDIR/kernel.json.tmp.$$" <<EOF
{
  "argv": [$(json "$KERNEL"), "{connection_file}"],
  "display_name": "Go (gophernotes)",
  "language": "go",
  "name": "gophernotes",
  "env": {
    "GOPATH": $(json "$GOPATH_DIR"),
    "GOMODCACHE": $(json "$MODCACHE"),
    "GOCACHE": $(json "$GOCACHE_DIR"),
    "GOFLAGS": $(json "$GOFLAGS_NOW"),
    "GOPROXY": $(json "file://$SEED,file://$MODCACHE/cache/download"),
    "GOSUMDB": "off",
    "GOTOOLCHAIN": "local",
    "CGO_ENABLED": "1"
  }
}
EOF
mv -f "$KDIR/kernel.json.tmp.$$" "$KDIR/kernel.json"
for logo in logo-32x32.png logo-64x64.png; do
  src="$MODCACHE/github.com/gopherdata/gophernotes@v0.7.5/kernel/$logo"
  [ -f "$src" ] && [ ! -f "$KDIR/$logo" ] && cp "$src" "$KDIR/$logo" && chmod u+w "$KDIR/$logo"
done
say "kernel spec: $KDIR/kernel.json"

# --- 4. Publish the entente working tree into the seed proxy ----------------
T=$(now)
published="$(cd "$HERE/seedproxy" && go run . "$REPO" "$SEED")"
say "seed proxy $SEED: $published ($(since "$T"))"

# --- 5. entente's dependencies into the module cache -----------------------
T=$(now)
# `go mod download all` records a hash for every module of the graph in
# go.sum; keep the repository's (tidy) go.sum as it was.
SUMKEEP="$(mktemp)"
cp "$REPO/go.sum" "$SUMKEEP"
(cd "$REPO" && go mod download all && go list -deps ./... >/dev/null) || { cp "$SUMKEEP" "$REPO/go.sum"; rm -f "$SUMKEEP"; die "downloading entente's dependencies failed"; }
cp "$SUMKEEP" "$REPO/go.sum"
rm -f "$SUMKEEP"
say "entente's dependencies in the module cache ($(since "$T"))"

# --- 6. Warm the build cache for notebook imports ---------------------------
# The kernel compiles every import into a Go plugin: all of entente's
# packages and their dependencies (gonum, gonum/plot, fonts, …) in -dynlink
# mode, which the ordinary build cache does not hold. Building one plugin
# here that imports them, with the kernel's environment and the same module
# versions, leaves those compiled packages in GOCACHE, so a notebook's first
# import only compiles its small wrapper. Skipped when this published version
# was warmed already (--no-warm skips it always).
T=$(now)
version="${published%% *}"; version="${version#*@}"
WARM_STAMP="$GOCACHE_DIR/entente-notebook-warm"
if [ -n "$NO_WARM" ]; then
  say "build cache warm-up skipped (--no-warm)"
elif [ -f "$WARM_STAMP" ] && [ "$(cat "$WARM_STAMP")" = "$version $GOVERSION_NOW $GOFLAGS_NOW" ]; then
  say "build cache already warm for $version"
else
  # Packages notebooks import besides entente's (same versions: entente requires them).
  extra="gonum.org/v1/plot gonum.org/v1/plot/plotter gonum.org/v1/plot/vg gonum.org/v1/plot/vg/draw
         gonum.org/v1/gonum/stat gonum.org/v1/gonum/floats gonum.org/v1/gonum/mat"
  pkgs=$(cd "$REPO" && go list -f '{{if not (eq .Name "main")}}{{.ImportPath}}{{end}}' ./... \
         | grep -v -e '/internal/' -e '/internal$' -e '/tools/' -e '/examples/' -e '/bench/' || true)
  WARM="$(mktemp -d)"
  trap 'rm -rf "$WARM"' EXIT
  {
    echo "// Warms the build cache for notebook imports (tools/gophernotes/setup.sh)."
    echo "package main"
    echo
    echo "import ("
    for p in $pkgs $extra; do echo "	_ \"$p\""; done
    echo ")"
    echo
    echo "func main() {}"
  } > "$WARM/main.go"
  printf 'module entente.notebook/warmup\n\ngo 1.26\n' > "$WARM/go.mod"
  if (
    cd "$WARM"
    export GOPROXY="file://$SEED,file://$MODCACHE/cache/download" GOSUMDB=off GOFLAGS="$GOFLAGS_NOW" CGO_ENABLED=1
    go get "github.com/entente/entente@$version" >"$WARM/log" 2>&1 &&
    go mod tidy >>"$WARM/log" 2>&1 &&
    go build -buildmode=plugin -o "$WARM/warm.so" . >>"$WARM/log" 2>&1
  ); then
    echo "$version $GOVERSION_NOW $GOFLAGS_NOW" > "$WARM_STAMP"
    say "build cache warmed for notebook imports of $(echo "$pkgs" | wc -w) entente packages ($(since "$T"))"
  else
    # Not fatal: notebooks that import other packages still work (the
    # canary notebook fails in CI if entente's own packages do not build).
    tail -n 20 "$WARM/log" | sed 's/^/    /' >&2
    echo "gophernotes setup: WARNING: a plugin importing all of entente's packages does not build; notebook imports will compile from scratch" >&2
  fi
  rm -rf "$WARM"; trap - EXIT
fi

echo "gophernotes setup: ready in $(since "$T0") (kernel gophernotes, $GOVERSION_NOW, entente ${published%% *})"
