#!/bin/sh
# build.sh SOURCES_TGZ SHA256 WORK JNI_INCLUDE OUT REQUIRED
# Builds flat_trees.c with tree-sitter's core (its C sources, from npm's tree-sitter package SOURCES_TGZ, checked
# against SHA256 and unpacked into WORK) into
# OUT/<platform>/ for every platform whose C compiler is installed: gcc for this Linux x86_64, and Debian's cross
# compilers for Linux aarch64 (gcc-aarch64-linux-gnu) and Windows x86_64 (gcc-mingw-w64-x86-64-win32). A platform
# without its library reads trees through the tree-sitter bindings, slower and with the same results. With
# REQUIRED=true, a missing compiler or source fails the build (CI sets it, so that the shipped jar has them all).
set -eu
tgz=$1 sha=$2 work=$3 jni=$4 out=$5 required=$6
here=$(cd "$(dirname "$0")" && pwd)
core=$work/package/vendor/tree-sitter/lib

missing() {
  echo "[perfscope natives] $1" >&2
  if [ "$required" = true ]; then exit 1; fi
}

if [ ! -f "$tgz" ]; then
  missing "no tree-sitter sources (offline?): trees will be read through the bindings"
  exit 0
fi
if [ ! -f "$core/src/lib.c" ] || [ "$tgz" -nt "$core/src/lib.c" ]; then
  if ! echo "$sha  $tgz" | sha256sum -c - >/dev/null 2>&1; then
    rm -f "$tgz"
    echo "[perfscope natives] $tgz is not the expected download (sha256 $sha): removed, build again" >&2
    exit 1
  fi
  mkdir -p "$work"
  tar -xzf "$tgz" -C "$work" package/vendor/tree-sitter/lib
fi

# compile PLATFORM COMPILER LIBRARY JNI_MD_DIR [FLAGS...]
compile() {
  platform=$1 cc=$2 library=$3 md=$4
  shift 4
  if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ] || ! command -v "$cc" >/dev/null 2>&1; then
    missing "no $cc: no library for $platform"
    return 0
  fi
  mkdir -p "$out/$platform"
  target=$out/$platform/$library
  if [ "$target" -nt "$here/flat_trees.c" ] && [ "$target" -nt "$core/src/lib.c" ]; then
    return 0
  fi
  "$cc" -O2 -std=c11 -shared -fvisibility=hidden -D_DEFAULT_SOURCE -DNDEBUG -w "$@" \
    -I "$core/include" -I "$core/src" -I "$jni" -I "$md" \
    "$here/flat_trees.c" "$core/src/lib.c" -o "$target.tmp"
  mv "$target.tmp" "$target"
  echo "[perfscope natives] built $platform/$library"
}

compile linux-x86_64 gcc libperfscope_trees.so "$jni/linux" -fPIC -s
compile linux-aarch64 aarch64-linux-gnu-gcc libperfscope_trees.so "$jni/linux" -fPIC -s
compile windows-x86_64 x86_64-w64-mingw32-gcc perfscope_trees.dll "$here/win32" -s -static-libgcc
