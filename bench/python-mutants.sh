#!/usr/bin/env bash
# Differential test of syntax errors: mutates valid standard-library modules and compares where Perfscope
# and CPython report the error (within 2 lines counts as agreement).
# Usage: bench/python-mutants.sh [corpus-dir] [count] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-$(bash bench/corpora | awk '$NF == "cpython-stdlib" {print $1}')}"
count="${2:-3000}"
work=target/bench/mutants
rm -rf "$work" && mkdir -p "$work/tree"
python3 bench/python_mutants.py "$corpus" "$work/tree" "$count" "${3:-7}"
python3 bench/cpython_rejects.py "$work/tree" > "$work/rejects.tsv" 2>/dev/null
mvn -B -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat target/bench/classpath.txt)"
java -cp "$cp" dev.perfscope.bench.PythonParseCheck "$work/tree" "$work/rejects.tsv" 1 | grep -v '^run'
