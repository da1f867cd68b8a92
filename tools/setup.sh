#!/usr/bin/env bash
# One idempotent set-up: installs what is missing, unpacks V8 10.2 (Debian's libnode108 + libnode-dev)
# into out/deps/libnode, generates the build and builds. A second run with nothing changed only
# re-checks and runs a no-op ninja (about a second).
#
#   tools/setup.sh            # release build in out/
#   OCTET_OUT=out/asan OCTET_GN_ARGS='is_asan=true is_ubsan=true' tools/setup.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${OCTET_OUT:-out}
gn_args=${OCTET_GN_ARGS:-}
deps="$root/out/deps"

# Debian package → a file or command that proves it is installed.
declare -A need=(
  [generate-ninja]=/usr/bin/gn
  [ninja-build]=/usr/bin/ninja
  [g++]=/usr/bin/g++
  [python3]=/usr/bin/python3
  [libuv1-dev]=/usr/include/uv.h
  [libcli11-dev]=/usr/include/CLI/CLI.hpp
  [libgtest-dev]=/usr/lib/x86_64-linux-gnu/libgtest.a
  [libssl-dev]=/usr/include/openssl/evp.h
  [libicu72]=/usr/lib/x86_64-linux-gnu/libicuuc.so.72
  [libbrotli1]=/usr/lib/x86_64-linux-gnu/libbrotlienc.so.1
  [libcares2]=/usr/lib/x86_64-linux-gnu/libcares.so.2
  [libnghttp2-14]=/usr/lib/x86_64-linux-gnu/libnghttp2.so.14
  [zlib1g]=/usr/lib/x86_64-linux-gnu/libz.so.1
)
if [[ "$gn_args" == *is_asan* || "$gn_args" == *is_ubsan* || "$gn_args" == *is_clang* ]]; then
  need[clang]=/usr/bin/clang++
fi

missing=()
for pkg in "${!need[@]}"; do
  [[ -e "${need[$pkg]}" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then
    echo "setup: installing ${missing[*]}"
    # apt-get update only when the package lists have never been fetched on this machine.
    if ! apt-cache show "${missing[0]}" >/dev/null 2>&1; then apt-get update -qq; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing packages; run:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# V8 10.2: Debian's libnode108 conflicts with a non-Debian nodejs, so its .debs are unpacked here.
if [[ ! -e "$deps/libnode/usr/lib/x86_64-linux-gnu/libnode.so.108" ]]; then
  echo "setup: fetching libnode108 + libnode-dev into $deps"
  mkdir -p "$deps/debs" "$deps/libnode"
  ( cd "$deps/debs"
    if ! apt-get download libnode108 libnode-dev >/dev/null 2>&1; then
      if [[ $(id -u) == 0 ]]; then apt-get update -qq && apt-get download libnode108 libnode-dev >/dev/null
      else echo "setup: 'apt-get download libnode108 libnode-dev' failed; run: sudo apt-get update" >&2; exit 1; fi
    fi )
  for deb in "$deps"/debs/*.deb; do dpkg-deb -x "$deb" "$deps/libnode"; done
fi

cd "$root"
# gn gen only when the args changed or the build was never generated; ninja re-runs gn itself when
# a BUILD.gn changes.
args_file="$out/args.gn"
want_args=$(printf '%s\n' $gn_args)
if [[ ! -f "$out/build.ninja" || "$(cat "$args_file" 2>/dev/null)" != "$want_args" ]]; then
  mkdir -p "$out"
  printf '%s\n' $gn_args >"$args_file"
  gn gen "$out" >/dev/null || { gn gen "$out"; exit 1; }
fi
exec "$root/tools/build.sh" "$out"
