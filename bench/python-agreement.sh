#!/usr/bin/env bash
# Cyclomatic complexity against radon 6.0.1 on the CPython standard library, joined by path and def line,
# then the parse speed over the same corpus (median of 3 runs).
# Usage: bench/python-agreement.sh [corpus-dir] [examples] [radon-tsv]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-$(bash bench/corpora | awk '$NF == "cpython-stdlib" {print $1}')}"
work=target/bench
mkdir -p "$work"
mvn -B -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$work/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat "$work/classpath.txt")"
java -cp "$cp" dev.perfscope.bench.PythonAgreementCheck "$corpus" "${3:-../shared/oracle/radon-cc-cpython-stdlib.tsv}" "${2:-40}"
python3 bench/cpython_rejects.py "$corpus" > "$work/cpython-rejects.tsv"
java -cp "$cp" dev.perfscope.bench.PythonParseCheck "$corpus" "$work/cpython-rejects.tsv" 3 | grep -E '^(run|median)'
