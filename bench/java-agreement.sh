#!/usr/bin/env bash
# java-agreement.sh [--fresh] [CORPUS] [ORACLE_DIR] [EXAMPLES] [DIFFS_TSV]
# Measures a Java tree (default: the jdk-java-base corpus) with our JavaAnalyzer and prints how often our
# cyclomatic, cognitive and NCSS equal Checkstyle's and PMD's figures for the same units.
#   --fresh      run Checkstyle 12.3.1 and PMD 7.27.0 now (bench/java-reference.sh, ~2 min) and compare
#                with their output instead of the stored figures in ../shared/oracle
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
fresh=false
if [ "${1:-}" = "--fresh" ]; then fresh=true; shift; fi
corpus=${1:-$HOME/.cache/perfscope-corpora/jdk-java-base}
oracle=${2:-$root/../shared/oracle}
[ -d "$corpus" ] || bash "$root/bench/corpora" >/dev/null
if $fresh; then
  oracle=$root/bench/out/reference
  bash "$root/bench/java-reference.sh" "$corpus" "$oracle"
fi
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.JavaAgreement "$corpus" "$oracle" "${3:-15}" ${4:+"$4"}
