#!/usr/bin/env bash
# history-cost.sh [DIR] [COMMITS] [FILES] [RUNS]
# Builds a synthetic git repository with JGit (default: 10,000 commits over 500 Java files, in
# $TMPDIR/perfscope-history-repo, reused when already there) and prints the median time of the analysis without
# history and with it. Results go in docs/performance.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-${TMPDIR:-/tmp}/perfscope-history-repo}
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.HistoryBench "$dir" "${2:-10000}" "${3:-500}" "${4:-5}"
