#!/usr/bin/env bash
# walk-cost.sh TREE [ROUNDS]
# The median time of walking TREE (a git work tree) without and with git's ignore rules, ROUNDS times each
# (default 11), alternated. Results: docs/performance.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "$1" && pwd)
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.WalkCost "$tree" "${2:-11}"
