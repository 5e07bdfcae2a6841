#!/usr/bin/env bash
# Cyclomatic and cognitive complexity of Kotlin functions against detekt 1.23.8's CyclomaticComplexMethod and
# CognitiveComplexMethod (thresholds 0, so that every function is reported with its value), function by function,
# on the .kt files of a git repository at a given commit; then Perfscope's speed and heap on the same files.
# detekt is resolved from Maven Central into target/bench/kotlin. Needs java, mvn, git and python3.
# Usage: bench/kotlin-agreement.sh GIT_DIR COMMIT [examples]
#   e.g. a clone of kotlinx.coroutines at 792ac67bdcd5592e5764753e623a9e8c6e4bcb29 (docs/metrics.md).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$1 commit=$2
work=$PWD/target/bench/kotlin
mvn_repo=()
[ -n "${MAVEN_REPO_LOCAL:-}" ] && mvn_repo=(-Dmaven.repo.local="$MAVEN_REPO_LOCAL")
mkdir -p "$work/detekt"
corpus=$work/corpus-${commit:0:12}
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus.tmp"
  git --git-dir="$(cd "$repo" && git rev-parse --absolute-git-dir)" archive "$commit" | tar -x -C "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
if [ ! -s "$work/detekt/classpath.txt" ]; then
  cat > "$work/detekt/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>detekt-runner</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.gitlab.arturbosch.detekt</groupId><artifactId>detekt-cli</artifactId><version>1.23.8</version></dependency>
  </dependencies>
</project>
POM
  mvn -B -q "${mvn_repo[@]}" -f "$work/detekt/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/detekt/classpath.txt"
fi
cat > "$work/detekt/config.yml" <<'YML'
complexity:
  active: true
  CyclomaticComplexMethod:
    active: true
    threshold: 0
  CognitiveComplexMethod:
    active: true
    threshold: 0
YML
# Only .kt files: detekt reads .kts too, but the comparison is on sources.
list=$(cd "$corpus" && find . -name '*.kt' | sed 's|^\./||' | sort)
echo "corpus: $(echo "$list" | wc -l) .kt files at $commit"
java -Xmx2g -cp "$(cat "$work/detekt/classpath.txt")" io.gitlab.arturbosch.detekt.cli.Main --input "$corpus" \
  --includes '**/*.kt' --config "$work/detekt/config.yml" --report txt:"$work/detekt.txt" > "$work/detekt.log" 2>&1 || true
grep -q 'Complex' "$work/detekt.txt" || { echo "detekt reported nothing: see $work/detekt.log"; exit 1; }
mvn -B -q "${mvn_repo[@]}" -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat "$work/classpath.txt")"
mkdir -p "$work/kt-only"
rm -rf "$work/kt-only/src" && mkdir -p "$work/kt-only/src"
(cd "$corpus" && echo "$list" | while read -r f; do mkdir -p "$work/kt-only/src/$(dirname "$f")"; cp "$f" "$work/kt-only/src/$f"; done)
java -Xmx512m -cp "$cp" dev.perfscope.bench.ScriptUnits "$work/kt-only/src" 3 kotlin > "$work/perfscope.tsv"
python3 bench/kotlin_agreement.py "$work/perfscope.tsv" "$work/detekt.txt" "$corpus" "${3:-10}"
