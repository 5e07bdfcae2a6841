#!/usr/bin/env bash
# split-quality.sh [CORPUS] [LARGEST]
# Runs advice over a Java tree (default: the jdk-java-base corpus) and writes the split plans of its LARGEST
# (default 20) files, compared with splits by source order, into docs/recommendations.md between the
# bench markers.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$HOME/.cache/perfscope-corpora/jdk-java-base}
[ -d "$corpus" ] || bash "$root/../shared/bin/corpora" >/dev/null
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
table=$(java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.SplitBench "$corpus" "${2:-20}")
printf '%s\n' "$table"
python3 - "$root/docs/recommendations.md" "$corpus" "$table" <<'PY'
import re, sys
doc, corpus, table = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(doc).read()
block = "<!-- bench:start -->\nCorpus: `%s` (`bench/split-quality.sh`).\n\n%s\n<!-- bench:end -->" % (corpus.split("/")[-1], table)
open(doc, "w").write(re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda m: block, text, flags=re.S))
PY
