#!/usr/bin/env bash
# ranking.sh [TOP]
# Prints the first TOP (default 10) recommendations of the JDK's java.base, what to do first, with the factors
# of their impact (docs/recommendations.md, "What to do first"), and writes the table into that doc between
# the ranking markers, with the machine it ran on; below the table, keytool's Main.java wherever it ranks
# (RANKING_PATHS). Another tree, printed only: RANKING_TREE=DIR RANKING_GLOB='**/*.py' RANKING_PATHS=....
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpora=${PERF_CORPORA:-$HOME/.cache/perfscope-corpora}
[ -d "$corpora/jdk-java-base" ] || bash "$root/bench/corpora" "$corpora" >/dev/null
cd "$root"
mvn -B -q -pl analyzers test-compile ${MAVEN_ARGS:-}
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test ${MAVEN_ARGS:-}
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
machine="$cpu, $(nproc) cores, $(java -version 2>&1 | head -1)"
tree=${RANKING_TREE:-$corpora/jdk-java-base}
table=$(java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.RankingBench "$tree" "${1:-10}" "${RANKING_GLOB:-**/*.java}" ${RANKING_PATHS-sun/security/tools/keytool/Main.java})
printf '%s\n' "$table"
if [ -z "${RANKING_TREE:-}" ]; then
  python3 - "$root/docs/recommendations.md" "$machine" "$table" <<'PY'
import re, sys
doc, machine, table = sys.argv[1:4]
text = open(doc).read()
block = "<!-- ranking:start -->\nCorpus: `jdk-java-base` (`bench/ranking.sh`; %s).\n\n%s\n<!-- ranking:end -->" % (
    machine, table)
pattern = r"<!-- ranking:start -->.*?<!-- ranking:end -->"
if not re.search(pattern, text, flags=re.S):
    sys.exit("no ranking markers in %s" % doc)
open(doc, "w").write(re.sub(pattern, lambda m: block, text, flags=re.S))
PY
fi
