#!/usr/bin/env bash
# bench/lang-speed.sh TREE LANGUAGE [RUNS]: Perfscope against lizard on one language's files of a real tree.
#
# Copies the files of LANGUAGE under TREE (by extension; not minified, not in the folders Perfscope's walk skips:
# hidden ones, node_modules, Go's vendor beside go.mod and the like) to a scratch folder, then times, RUNS times
# each, round by round:
#   - a cold `mvn perf:analyze` of that folder (no pom needed; no cache, no history), with -Dperf.threads=1 and
#     with the default thread count (the processors);
#   - Maven alone (the same command with -Dperf.skip=true), the part of the figures that is Maven's start;
#   - lizard on the same file list, in one process (its default) and with `-t N` (N = the processors).
# PARSE_TIMEOUT (seconds, default 600) is the parse budget of these runs.
# Then one more analysis on N threads with MAVEN_OPTS=-Xmx$SMALL_HEAP (default 128m; the worker JVM gets the same
# limit), which must succeed: the heap a run needs does not grow with the tree.
# Prints a Markdown table of medians (wall and cpu, the worker JVM's included) and max RSS of the largest
# process; then checks that every Perfscope report, on 1 and on N threads and in the small heap, is
# byte-identical to the first one (exit 1 if not).
#
# LANGUAGE is Perfscope's name for it (javascript, typescript, java, python, kotlin, go); EXTS="kt kts" names the
# extensions of a language the script does not know yet. lizard picks its reader by extension as well.
#
# lizard (https://github.com/terryyin/lizard, pure Python, MIT) is not vendored: point LIZARD_HOME at a checkout
# holding lizard.py, e.g. `git clone --depth 1 --branch 1.24.0 https://github.com/terryyin/lizard /tmp/lizard`
# (or `pip download lizard==1.24.0` and unpack it). Set SKIP_INSTALL=1 to use the Perfscope already installed in
# the local repository (MAVEN_OPTS=-Dmaven.repo.local=... is passed on to every mvn).
# Results: docs/performance.md ("Against lizard").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "$1" && pwd)
language=$2
runs=${3:-3}
: "${LIZARD_HOME:?set LIZARD_HOME to a checkout of terryyin/lizard (see the head of this script)}"
case $language in
  javascript) exts="js mjs cjs jsx" ;;
  typescript) exts="ts mts cts tsx" ;;
  java) exts="java" ;;
  python) exts="py" ;;
  kotlin) exts="kt kts" ;;
  go) exts="go" ;;
  *) exts="" ;;
esac
exts=${EXTS:-$exts}
[ -n "$exts" ] || { echo "no extensions known for $language: set EXTS" >&2; exit 2; }
threads=$(nproc)

version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -1)
[ -n "${SKIP_INSTALL:-}" ] || (cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip)
plugin="dev.perfscope:perf-maven-plugin:$version:analyze"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

names=()
for ext in $exts; do
  names+=(-o -name "*.$ext")
done
# The folders Perfscope's walk never enters (sources/PathFilter): hidden ones, installed dependencies and caches
# anywhere, and build output or vendored code beside the file of the tool that writes it (Go's vendor beside go.mod).
beside='case ${1##*/} in target) w="pom.xml" ;; build) w="pyproject.toml setup.py setup.cfg build.gradle build.gradle.kts" ;;
  dist) w="pyproject.toml setup.py setup.cfg package.json" ;; vendor) w="go.mod composer.json" ;; esac
  for f in $w; do [ -f "$1/../$f" ] && exit 0; done; exit 1'
(cd "$tree" && find . -type d \( -name node_modules -o -name bower_components -o -name __pycache__ \
  -o -name site-packages -o -name generated-sources -o -name generated-test-sources -o -name '.?*' \) -prune \
  -o -type d \( -name target -o -name build -o -name dist -o -name vendor \) -exec sh -c "$beside" _ {} \; -prune \
  -o -type f \( "${names[@]:1}" \) ! -name '*.min.js' ! -name '*.min.mjs' -print | sort) > "$work/files.txt"
mkdir "$work/tree"
(cd "$tree" && tar cf - -T "$work/files.txt") | tar xf - -C "$work/tree"
files=$(wc -l < "$work/files.txt")
bytes=$(cd "$work/tree" && find . -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

# time_it LABEL COMMAND...: runs COMMAND once in the scratch tree, appends "LABEL wall maxKiB user system".
time_it() {
  local label=$1; shift
  (cd "$work/tree" && /usr/bin/time -f "$label %e %M %U %S" -a -o "$work/times" "$@" >"$work/last.log" 2>&1) || {
    echo "$label failed:" >&2; tail -20 "$work/last.log" >&2; exit 1; }
}
# perfscope LABEL RUN [-D...]: a cold analysis, its reports in out-LABEL-RUN.
# The parse budget (perf.parseTimeout, wall-clock seconds) is raised to PARSE_TIMEOUT (default 600): on a busy
# machine a large file can pass the default 10 s in one run and not in the next, and such a run is not
# repeatable by design, which would hide what the comparison of 1 and N threads is for.
perfscope() {
  local label=$1 run=$2; shift 2
  time_it "$label" mvn -B -q "$plugin" \
    -Dperf.failOn=none -Dperf.history=false -Dperf.cache=false -Dperf.parseTimeout="${PARSE_TIMEOUT:-600}" \
    -Dperf.outputDirectory="$work/out-$label-$run" "$@"
}
: > "$work/times"
for run in $(seq "$runs"); do
  perfscope perfscope-1-thread "$run" -Dperf.threads=1
  perfscope perfscope-$threads-threads "$run"
  time_it maven-alone mvn -B -q "$plugin" -Dperf.skip=true
  time_it lizard-1-process python3 "$LIZARD_HOME/lizard.py" -i -1 -f "$work/files.txt" -o "$work/lizard-1.txt"
  time_it lizard-$threads-processes python3 "$LIZARD_HOME/lizard.py" -i -1 -t "$threads" -f "$work/files.txt" \
    -o "$work/lizard-$threads.txt"
done
small=${SMALL_HEAP:-128m}
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx$small" perfscope "perfscope-$threads-threads-xmx$small" 1

differing=0
first=$work/out-perfscope-1-thread-1/perf-report.json
for report in "$work"/out-perfscope-*/perf-report.json; do
  cmp -s "$first" "$report" && continue
  differing=$((differing + 1))
  # which files differ, and their parse errors: a file over the parse budget (a wall-clock limit) on a busy
  # machine is the usual cause, and such a run is not repeatable by design (docs/reliability.md)
  python3 - "$first" "$report" >&2 <<'PY'
import json, sys
a, b = ({f["path"]: f for f in json.load(open(p))["files"]} for p in sys.argv[1:])
paths = sorted(p for p in a.keys() | b.keys() if a.get(p) != b.get(p))
print("%s differs from the first 1-thread report in %d files" % (sys.argv[2], len(paths)))
for p in paths[:10]:
    print("  %s: %s / %s" % (p, (a.get(p) or {}).get("parseError"), (b.get(p) or {}).get("parseError")))
PY
done
reports=$(ls "$work"/out-perfscope-*/perf-report.json | wc -l)

python3 - "$work" "$language" "$files" "$bytes" "$threads" "$reports" "$differing" <<'PY'
import glob, json, os, re, statistics, sys
from collections import defaultdict
work, language, files, size, threads, reports, differing = sys.argv[1:]
rows = defaultdict(list)
for line in open(os.path.join(work, "times")):
    parts = line.split()
    if len(parts) == 5 and not line.startswith("Command"):
        rows[parts[0]].append((float(parts[1]), int(parts[2]), float(parts[3]) + float(parts[4])))
report = json.load(open(os.path.join(work, "out-perfscope-1-thread-1", "perf-report.json")))
measured = [f for f in report["files"] if f.get("language") == language]
lizard = open(os.path.join(work, "lizard-1.txt")).read()
analyzed = re.search(r"^(\d+) file analyzed", lizard, re.M)
print("%s: %s files, %.1f MB; Perfscope measured %d as %s (%d with a parse error), lizard analyzed %s"
      % (language, files, int(size) / 1e6, len(measured), language, sum(1 for f in measured if f.get("parseError")),
         analyzed.group(1) if analyzed else "?"))
print()
lizard_wall = statistics.median(r[0] for r in rows["lizard-1-process"])
lizard_cpu = statistics.median(r[2] for r in rows["lizard-1-process"])
print("| run | runs | median wall s | wall / lizard | median cpu s | cpu / lizard | max RSS MiB |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label in rows:
    wall = statistics.median(r[0] for r in rows[label])
    cpu = statistics.median(r[2] for r in rows[label])
    print("| %s | %d | %.2f | %.2f | %.1f | %.2f | %d |" % (label, len(rows[label]), wall, wall / lizard_wall,
          cpu, cpu / lizard_cpu, max(r[1] for r in rows[label]) // 1024))
print()
print("Perfscope's reports on 1 and %s threads and in the small heap: %s of %s byte-identical to the first" % (
    threads, int(reports) - int(differing), reports))
budget = [f["path"] for r in glob.glob(os.path.join(work, "out-perfscope-*", "perf-report.json"))
          for f in json.load(open(r))["files"] if "took longer" in str(f.get("parseError"))
          or "too slow" in str(f.get("parseError"))]
print("files stopped by a time limit (parse budget, or the slowness floor): %d in all runs %s" % (len(budget), sorted(set(budget))))
PY
[ "$differing" -eq 0 ]
