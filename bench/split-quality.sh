#!/usr/bin/env bash
# split-quality.sh [LARGEST]
# Runs advice over the JDK's java.base (Java) and the CPython standard library (Python), and writes the split
# plans of each one's LARGEST (default 20) files, compared with splits by source order, into
# docs/recommendations.md between that corpus's bench markers, with the machine they ran on.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpora=${PERF_CORPORA:-$HOME/.cache/perfscope-corpora}
[ -d "$corpora/jdk-java-base" ] && [ -d "$corpora/cpython-stdlib" ] || bash "$root/bench/corpora" "$corpora" >/dev/null
cd "$root"
mvn -B -q ${PERF_MVN_ARGS:-} -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q ${PERF_MVN_ARGS:-} -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
machine="$cpu, $(nproc) cores, $(java -version 2>&1 | head -1)"

# bench MARKER CORPUS GLOB: one corpus's table into the doc between <!-- MARKER:start --> and <!-- MARKER:end -->.
bench() {
  local table
  table=$(java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
    dev.perfscope.bench.SplitBench "$corpora/$2" "${LARGEST:-20}" "$3")
  printf '%s\n' "$table"
  python3 - "$root/docs/recommendations.md" "$1" "$2" "$machine" "$table" <<'PY'
import re, sys
doc, marker, corpus, machine, table = sys.argv[1:6]
text = open(doc).read()
block = "<!-- %s:start -->\nCorpus: `%s` (`bench/split-quality.sh`; %s).\n\n%s\n<!-- %s:end -->" % (
    marker, corpus, machine, table, marker)
pattern = r"<!-- %s:start -->.*?<!-- %s:end -->" % (marker, marker)
if not re.search(pattern, text, flags=re.S):
    sys.exit("no %s markers in %s" % (marker, doc))
open(doc, "w").write(re.sub(pattern, lambda m: block, text, flags=re.S))
PY
}

LARGEST=${1:-20}
bench bench jdk-java-base '**/*.java'
bench bench-python cpython-stdlib '**/*.py'
