#!/usr/bin/env bash
# bench/chaos.sh [KILLS] [TREE]: kill -9 Maven or the worker JVM at random moments of real-size runs, and
# check what the next run finds. TREE defaults to the JDK's java.base; KILLS to 30. Rounds take turns: a cold
# run (cache and run record removed, so a worker parses everything) whose worker is killed; a cold run whose
# Maven is killed; a warm run (run record removed, cache kept: it reads the cache and writes every report)
# whose Maven is killed. Each kill comes after a random delay within an undisturbed run of that kind, then:
#   - after a kill of Maven, the worker must be gone within 10 s (it watches its standard input);
#   - after a kill of the worker, Maven's build goes on in its own JVM and must succeed;
#   - the next run, undisturbed, must succeed with reports byte-identical to an undisturbed run's, leave no
#     temporary file anywhere in the tree nor a worker's folder in the temporary folder (Maven runs with a
#     java.io.tmpdir of its own here), and leave no worker behind.
# Prints one line per round and the totals; exits non-zero on any failed check. Results: docs/reliability.md.
# SEED=n replays the delays and targets of an earlier run.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kills=${1:-30}
source_tree=${2:-$HOME/.cache/perfscope-corpora/jdk-java-base}
[ -d "$source_tree" ] || bash "$root/../shared/bin/corpora" >/dev/null
version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$root/pom.xml" | head -1)
repo=()
[ -n "${MAVEN_REPO:-}" ] && repo=("-Dmaven.repo.local=$MAVEN_REPO")
[ -n "${SKIP_INSTALL:-}" ] || (cd "$root" && mvn -B -q "${repo[@]}" install -DskipTests -Dinvoker.skip)
seed=${SEED:-$RANDOM}
RANDOM=$seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree
out=$tree/target/perf
cp -r "$source_tree" "$tree"

mkdir -p "$work/tmp"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.io.tmpdir=$work/tmp"

analyze() { # runs perf:analyze in the tree in the background; its pid (Maven's JVM: mvn execs java) in $mvn
  (cd "$tree" && exec mvn -B "${repo[@]}" "dev.perfscope:perf-maven-plugin:$version:analyze" -Dperf.failOn=none \
    -Dperf.history=false >"$work/log" 2>&1) &
  mvn=$!
}
workers() { pgrep -f "dev.perfscope.run.RunWorker $work/tmp/" || true; } # this script's workers only
reports() { for f in perf-report.json perf-report.md perf-report.html; do cmp -s "$out/$f" "$work/reference/$f" || return 1; done; }
temporaries() { echo $(($(find "$tree" -name '*.tmp' | wc -l) + $(find "$work/tmp" -mindepth 1 -maxdepth 1 -name 'perfscope-run*' | wc -l))); }

start=$(date +%s.%N)
analyze
wait "$mvn" || { echo "the undisturbed run failed" >&2; cat "$work/log" >&2; exit 1; }
undisturbed=$(echo "$(date +%s.%N) - $start" | bc)
mkdir -p "$work/reference" && cp "$out"/perf-report.{json,md,html} "$work/reference/"
rm -f "$out/perf-run.json"
start=$(date +%s.%N)
analyze
wait "$mvn" || { echo "the undisturbed warm run failed" >&2; cat "$work/log" >&2; exit 1; }
warm=$(echo "$(date +%s.%N) - $start" | bc)
reports || { echo "cold and warm reports differ" >&2; exit 1; }
echo "tree: $source_tree ($(find "$tree" -type f | wc -l) files); undisturbed runs: cold ${undisturbed} s," \
  "warm ${warm} s; seed $seed"

failed=0 maven_kills=0 worker_kills=0 recovered=0 identical=0 left_temps=0 orphans=0 slowest_exit=0
for round in $(seq "$kills"); do
  case $((round % 3)) in
    1) kind=cold target=worker span=$undisturbed ;;
    2) kind=cold target=maven span=$undisturbed ;;
    0) kind=warm target=maven span=$warm ;;
  esac
  rm -f "$out/perf-run.json"
  [ "$kind" = warm ] || rm -f "$out/perf-cache.json.gz"
  delay=$(echo "scale=2; $span * $RANDOM / 32768" | bc)
  analyze
  sleep "$delay"
  worker=$(workers | head -1)
  if [ "$target" = worker ] && [ -n "$worker" ]; then
    kill -9 "$worker" 2>/dev/null; worker_kills=$((worker_kills + 1))
    wait "$mvn"; status=$?
    note="$kind: worker killed at ${delay} s; the build went on: exit $status"
    [ "$status" -eq 0 ] || { failed=1; note="$note (FAILED)"; }
  else
    target=maven
    kill -9 "$mvn" 2>/dev/null; wait "$mvn" 2>/dev/null; maven_kills=$((maven_kills + 1))
    gone=0
    for tenth in $(seq 100); do
      [ -z "$(workers)" ] && { gone=1; break; }
      sleep 0.1
    done
    exit_after=$(printf '%.1f' "$(echo "scale=1; $tenth / 10" | bc)")
    if [ -n "$worker" ]; then note="$kind: Maven killed at ${delay} s; worker gone after ${exit_after} s"
    else note="$kind: Maven killed at ${delay} s; no worker running"; fi
    if [ "$gone" -eq 0 ]; then
      orphans=$((orphans + 1)); failed=1; note="$note (ORPHAN LEFT)"
      workers | xargs -r kill -9 # our own orphans, found by their job's folder
    elif [ -n "$worker" ] && [ "$(echo "$exit_after > $slowest_exit" | bc)" -eq 1 ]; then
      slowest_exit=$exit_after
    fi
  fi
  analyze
  wait "$mvn"; status=$?
  temps=$(temporaries)
  verdict="next run exit $status"
  [ "$status" -eq 0 ] && recovered=$((recovered + 1)) || failed=1
  if reports; then identical=$((identical + 1)); verdict="$verdict, reports identical"; else failed=1; verdict="$verdict, reports DIFFER"; fi
  [ "$temps" -eq 0 ] || { left_temps=$((left_temps + temps)); failed=1; verdict="$verdict, $temps temporary files or folders LEFT"; }
  [ -z "$(workers)" ] || { failed=1; verdict="$verdict, a worker LEFT"; }
  echo "round $round: $note; $verdict"
done
echo "kills: $((maven_kills + worker_kills)) ($maven_kills of Maven, $worker_kills of the worker); next run succeeded: $recovered;" \
  "reports identical: $identical; temporary files left: $left_temps; orphaned workers: $orphans;" \
  "slowest worker exit after Maven was killed: ${slowest_exit} s"
exit $failed
