#!/usr/bin/env bash
# Parses every .py of the CPython standard library with Perfscope and compares with CPython's own verdict.
# Usage: [PYTHON=python3.13] bench/python-parse.sh [corpus-dir] [timing-runs]
# PYTHON is the interpreter whose verdict counts (default python3); give it its own library to check, e.g.
# PYTHON=python3.13 bench/python-parse.sh "$(python3.13 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-$(bash bench/corpora | awk '$NF == "cpython-stdlib" {print $1}')}"
runs="${2:-3}"
work=target/bench
mkdir -p "$work"
"${PYTHON:-python3}" bench/cpython_rejects.py "$corpus" > "$work/cpython-rejects.tsv" 2>/dev/null
mvn -B -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$work/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat "$work/classpath.txt")"
java -cp "$cp" dev.perfscope.bench.PythonParseCheck "$corpus" "$work/cpython-rejects.tsv" "$runs"
