#!/usr/bin/env bash
# history-cost.sh [DIR] [COMMITS] [FILES] [RUNS] [METHODS] [SPAN_DAYS] [MODULE_FOLDER]
# Builds a synthetic git repository with JGit (default: 10,000 commits over 1,000 Java classes of about
# 20 methods, ~115 lines each, all within 300 days so that the whole history falls in the window; in
# $TMPDIR/perfscope-history-repo, reused when already there) and prints the median wall and cpu times of
# the analysis without history, with it, and of the history walk alone (on half the processors as in an
# analysis, on all of them, and with every commit already in the history cache). Results: docs/performance.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-${TMPDIR:-/tmp}/perfscope-history-repo}
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.HistoryBench "$dir" "${2:-10000}" "${3:-1000}" "${4:-7}" "${5:-20}" "${6:-300}" ${7:+"$7"}
