#!/usr/bin/env bash
# jvm-flags.sh [TREE] [RUNS]: the analysis core, cold, on a whole tree (default: the JDK's java.base) in fresh
# JVMs with different options, one after another: median wall and cpu seconds of each. Maven's JVM runs with
# the defaults (G1, tiered C1+C2); the other rows show what a JVM of our own could save. docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tree=${1:-$HOME/.cache/perfscope-corpora/jdk-java-base}
runs=${2:-3}
[ -d "$tree" ] || bash "$root/bench/corpora" >/dev/null
cd "$root"
mvn -B -q -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "| JVM options | runs | median wall s | median cpu s |"
echo "|---|---:|---:|---:|"
for flags in "" "-XX:+UseParallelGC" "-XX:TieredStopAtLevel=1" "-XX:+UseParallelGC -XX:TieredStopAtLevel=1"; do
  : > "$out/times"
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086 # the options are words on purpose
    /usr/bin/time -f "%e %U %S" -a -o "$out/times" java $flags -cp "$cp" dev.perfscope.bench.AnalyzeTree "$tree" "$out" >/dev/null
  done
  python3 - "$out/times" "${flags:-(defaults: G1, C1+C2)}" "$runs" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip() and not line.startswith("Command")]
wall = statistics.median(float(r[0]) for r in rows)
cpu = statistics.median(float(r[1]) + float(r[2]) for r in rows)
print("| %s | %s | %.2f | %.1f |" % (sys.argv[2], sys.argv[3], wall, cpu))
PY
done
