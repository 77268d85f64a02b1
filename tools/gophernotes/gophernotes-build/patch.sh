#!/usr/bin/env bash
# Patches a copy of gophernotes v0.7.5's source (the directory given) with the
# upstream fix made after v0.7.5 (commit 1a743ef): display.JSONer returns
# map[string]interface{}. The newer gomacro this build uses validates proxies
# and refuses to start the kernel without it ("proxy for interface JSONer is
# invalid"). Fails if the source does not look as expected.
set -euo pipefail
src="${1:?usage: patch.sh GOPHERNOTES_SRC_DIR}"
f="$src/x_package.go"
sed -i -e 's/JSON_  func(interface{}) string/JSON_  func(interface{}) map[string]interface{}/' \
       -e 's/^func (P \*proxy_JSONer) JSON() string {/func (P *proxy_JSONer) JSON() map[string]interface{} {/' "$f"
grep -q 'func (P \*proxy_JSONer) JSON() map\[string\]interface{}' "$f" || { echo "patch.sh: $f not patched" >&2; exit 1; }
grep -q 'JSON_  func(interface{}) map\[string\]interface{}' "$f" || { echo "patch.sh: $f not patched" >&2; exit 1; }
