#!/usr/bin/env bash
# bench/same-reports.sh OUT: runs perf:analyze with its defaults (failOn=none) on a copy of each corpus, cold
# (no cache), then again with only the metrics cache (the run record removed, so it analyzes again), and
# keeps every report under OUT/<corpus>/{cold,warm}. Run it before and after a change that must not alter
# the output, then `diff -r BEFORE AFTER`. Uses the plugin installed in the local repository (mvn install);
# PERF_REPO names another local repository.
set -eu
out=$(readlink -f "${1:?usage: bench/same-reports.sh OUT}")
plugin=${PERF_PLUGIN:-dev.perfscope:perf-maven-plugin:0.1.0-SNAPSHOT}
repo=${PERF_REPO:+-Dmaven.repo.local=$PERF_REPO}
corpora=$(dirname "$0")/corpora
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$corpora" | while IFS=$'\t' read -r path _ name; do
  cp -r "$path" "$scratch/$name"
  for run in cold warm; do
    [ "$run" = warm ] && rm -f "$scratch/$name/target/perf/perf-run.json"
    (cd "$scratch/$name" && mvn -B $repo "$plugin:analyze" -Dperf.failOn=none -Dperf.formats=console,json,html,md,sarif,checkstyle > "$scratch/$name.$run.log" 2>&1)
    mkdir -p "$out/$name/$run"
    cp "$scratch/$name"/target/perf/perf-report.* "$scratch/$name"/target/perf/*.sarif "$scratch/$name"/target/perf/*checkstyle* "$out/$name/$run/" 2>/dev/null || true
    # the console summary, without Maven's timings and the worker's
    sed -n '/perf-maven-plugin/,/BUILD/p' "$scratch/$name.$run.log" | grep -v 'Analyzed in a worker JVM\|Report: ' \
      | sed "s|$scratch|SCRATCH|g" > "$out/$name/$run/console.log"
  done
done
ls -R "$out" | head -40
