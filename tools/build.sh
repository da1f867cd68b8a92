#!/usr/bin/env bash
# Builds one output directory (default out/) under a lock, so parallel callers never run two ninjas in
# the same directory at once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-out}
cd "$root"
[[ -f "$out/build.ninja" ]] || OCTET_OUT="$out" exec "$root/tools/setup.sh"
(
  flock 9
  # BUILD.gn lists lib/ by globbing at gen time: regenerate when the set of files changes.
  list=$(find lib -name '*.js' | sort | md5sum)
  if [[ "$(cat "$out/.lib_list" 2>/dev/null)" != "$list" ]]; then
    gn gen "$out" >/dev/null
    echo "$list" >"$out/.lib_list"
  fi
  ninja -C "$out" --quiet
) 9>"$out/.build.lock"
