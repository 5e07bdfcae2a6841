#!/usr/bin/env bash
# bench/duplicates-cost.sh [RUNS]: what looking for duplicated code (extract-shared) costs. Times
# `mvn perf:analyze` cold (no cache) on the JDK's java.base and the CPython standard library, with and without
# duplicate detection (perf.duplicates), and PMD's CPD (7.26.0; names and literals ignored, 100 tokens) on the
# same trees; prints medians as Markdown (bench/out/duplicates/results.md). It also checks that a warm run
# (every file from the cache) gives the same recommendations as a cold one, and keeps each corpus's JSON report
# for the precision check (bench/out/duplicates/<corpus>.json). Then times the detection alone and measures what
# the tokens add to the metrics cache (bench/DuplicatesCost.java). Results are in docs/performance.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=${1:-3}
out=$here/out/duplicates
mkdir -p "$out"
corpora=$HOME/.cache/perfscope-corpora
[ -d "$corpora/jdk-java-base" ] && [ -d "$corpora/cpython-stdlib" ] || bash "$root/bench/corpora" >/dev/null

version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -1)
(cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip)
plugin="dev.perfscope:perf-maven-plugin:$version:analyze"

time_it() { # LABEL COMMAND...: appends "LABEL seconds maxKiB user-s system-s" to the raw log
  local label=$1; shift
  /usr/bin/time -f "$label %e %M %U %S" -a -o "$out/raw.txt" "$@" >/dev/null 2>&1 || true
}
analyze() { # TREE OUTDIR [extra -D...]
  local tree=$1 dir=$2; shift 2
  (cd "$tree" && mvn -B -q "$plugin" -Dperf.failOn=none -Dperf.history=false -Dperf.formats=json \
    -Dperf.outputDirectory="$dir" "$@")
}
export -f analyze
export plugin

: > "$out/raw.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -f "$here/reference-tools/cpd-pom.xml" dependency:build-classpath -Dmdep.outputFile="$out/cpd.cp" >/dev/null
for corpus in jdk-java-base cpython-stdlib; do
  tree=$work/$corpus
  cp -r "$corpora/$corpus" "$tree"
  for i in $(seq "$runs"); do
    time_it "$corpus:with-duplicates" bash -c 'analyze "$@"' _ "$tree" "$work/out-on" -Dperf.cache=false
    time_it "$corpus:without-duplicates" bash -c 'analyze "$@"' _ "$tree" "$work/out-off" -Dperf.cache=false \
      -Dperf.duplicates=false
  done
  cp "$work/out-on/perf-report.json" "$out/$corpus.json"
  # warm: a first cached run fills the cache, a changed threshold makes the second re-advise from it alone
  analyze "$tree" "$work/out-warm" -Dperf.file-lines.warning=499
  analyze "$tree" "$work/out-warm"
  python3 - "$work/out-on/perf-report.json" "$work/out-warm/perf-report.json" "$corpus" >> "$out/raw.txt" <<'PY'
import json, sys
def shared(path):
    return [(r["title"], r["plan"]["shared"]) for r in json.load(open(path))["recommendations"] if r["kind"] == "extract-shared"]
cold, warm = shared(sys.argv[1]), shared(sys.argv[2])
print("%s: %d extract-shared recommendations cold, %s warm" % (sys.argv[3], len(cold), "the same" if cold == warm else "DIFFERENT ones"))
PY
  language=java; [ "$corpus" = cpython-stdlib ] && language=python
  for i in $(seq "$runs"); do
    time_it "$corpus:pmd-cpd" java -cp "$(cat "$out/cpd.cp")" net.sourceforge.pmd.cli.PmdCli cpd --minimum-tokens 100 \
      --language "$language" --dir "$tree" --ignore-identifiers --ignore-literals --no-fail-on-violation \
      --format csv
  done
done
python3 "$here/summarize.py" "$out/raw.txt" | tee "$out/results.md"

# The detection alone, in one JVM (bench/DuplicatesCost.java): median of RUNS, and what the tokens add to the cache
(cd "$root" && mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$out/analyzers.cp" >/dev/null)
for corpus in jdk-java-base cpython-stdlib; do
  java -Xmx3g -cp "$root/analyzers/target/classes:$(cat "$out/analyzers.cp")" "$here/DuplicatesCost.java" \
    "$corpora/$corpus" 120 12 "$runs" 2>/dev/null | tee -a "$out/results.md"
done
