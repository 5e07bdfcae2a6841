#!/usr/bin/env bash
# bench/fork.sh [RUNS] [TREE...]: where a worker JVM pays. Times a cold `mvn perf:analyze` (no cache, no
# history) with -Dperf.fork=never and =always, alternating, on parts of the JDK's java.base of growing size, on
# the whole of it and on the CPython standard library (or only the TREEs named, e.g. java.base/java/net);
# prints median wall and cpu seconds (cpu includes the worker's).
# It chose perf.fork=auto's threshold (ForkMode.AUTO_MIN_BYTES). Results: docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
shift || true
corpora=$HOME/.cache/perfscope-corpora
[ -d "$corpora/jdk-java-base" ] && [ -d "$corpora/cpython-stdlib" ] || bash "$root/bench/corpora" >/dev/null
version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -1)
[ -n "${SKIP_INSTALL:-}" ] || (cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip)
plugin="dev.perfscope:perf-maven-plugin:$version:analyze"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base=$corpora/jdk-java-base
declare -a trees=(
  "java.base/java/lang/ref:$base/java/lang/ref"
  "java.base/java/util/function:$base/java/util/function"
  "java.base/java/util/regex:$base/java/util/regex"
  "java.base/java/net:$base/java/net"
  "java.base/java/time:$base/java/time"
  "java.base/java/util:$base/java/util"
  "java.base:$base"
  "cpython-stdlib:$corpora/cpython-stdlib"
)
echo "| tree | MB | never: wall s | never: cpu s | always: wall s | always: cpu s | always / never, wall |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for entry in "${trees[@]}"; do
  name=${entry%%:*}
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
    continue
  fi
  tree=$work/tree
  rm -rf "$tree" && cp -r "${entry#*:}" "$tree"
  : > "$work/times"
  for _ in $(seq "$runs"); do
    for mode in never always; do
      (cd "$tree" && /usr/bin/time -f "$mode %e %U %S" -a -o "$work/times" mvn -B -q "$plugin" -Dperf.failOn=none \
        -Dperf.history=false -Dperf.cache=false -Dperf.fork=$mode -Dperf.outputDirectory="$work/out-$mode" >/dev/null)
    done
  done
  cmp -s "$work/out-never/perf-report.json" "$work/out-always/perf-report.json" || echo "$name: reports DIFFER" >&2
  mb=$(find "$tree" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
  python3 - "$work/times" "$name" "$mb" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip() and not line.startswith("Command")]
def med(mode, cpu):
    return statistics.median(float(r[2]) + float(r[3]) if cpu else float(r[1]) for r in rows if r[0] == mode)
nw, nc, aw, ac = med("never", False), med("never", True), med("always", False), med("always", True)
print("| %s | %s | %.2f | %.1f | %.2f | %.1f | %.2f |" % (sys.argv[2], sys.argv[3], nw, nc, aw, ac, aw / nw))
PY
done
