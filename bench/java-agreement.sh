#!/usr/bin/env bash
# java-agreement.sh [CORPUS] [ORACLE_DIR] [EXAMPLES] [DIFFS_TSV]: measures the jdk-java-base corpus with our
# JavaAnalyzer and prints how often our cyclomatic, cognitive and NCSS equal Checkstyle's and PMD's figures.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$HOME/.cache/perfscope-corpora/jdk-java-base}
oracle=${2:-$root/../shared/oracle}
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.JavaAgreement "$corpus" "$oracle" "${3:-15}" ${4:+"$4"}
