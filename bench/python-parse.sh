#!/usr/bin/env bash
# Parses every .py of the CPython standard library with Perfscope and compares with CPython's own verdict.
# Usage: bench/python-parse.sh [corpus-dir] [timing-runs]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-$(bash ../shared/bin/corpora | awk '$NF == "cpython-stdlib" {print $1}')}"
runs="${2:-3}"
work=target/bench
mkdir -p "$work"
python3 bench/cpython_rejects.py "$corpus" > "$work/cpython-rejects.tsv"
mvn -B -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$work/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat "$work/classpath.txt")"
java -cp "$cp" dev.perfscope.bench.PythonParseCheck "$corpus" "$work/cpython-rejects.tsv" "$runs"
