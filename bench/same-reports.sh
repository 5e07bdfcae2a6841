#!/usr/bin/env bash
# bench/same-reports.sh OUT [GIT_DIR COMMIT]: runs perf:analyze with its defaults (failOn=none) on a copy of each corpus, cold
# (no cache), then again with only the metrics cache (the run record removed, so it analyzes again), and
# keeps every report under OUT/<corpus>/{cold,warm}. Run it before and after a change that must not alter
# the output, then `diff -r BEFORE AFTER`. Uses the plugin installed in the local repository (mvn install);
# PERF_REPO names another local repository. With GIT_DIR and COMMIT, also a clone of that repository at that
# commit, with its history: cold, warm, and in pull-request mode (since=COMMIT~10).
set -eu
out=$(readlink -f "${1:?usage: bench/same-reports.sh OUT}")
plugin=${PERF_PLUGIN:-dev.perfscope:perf-maven-plugin:0.1.0-SNAPSHOT}
repo=${PERF_REPO:+-Dmaven.repo.local=$PERF_REPO}
corpora=$(dirname "$0")/corpora
# one fixed place, since reports name the folder they analyzed (PERF_SCRATCH for runs side by side)
scratch=${PERF_SCRATCH:-${TMPDIR:-/tmp}/perfscope-same-reports}
rm -rf "$scratch" && mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT
trees=$("$corpora" | cut -f1,3)
if [ $# -ge 3 ]; then
  git clone -q --no-checkout "$2" "$scratch/git-history" && git -C "$scratch/git-history" checkout -q "$3"
  trees="$trees"$'\n'"$scratch/git-history"$'\t'git-history
fi
echo "$trees" | while IFS=$'\t' read -r path name; do
  [ -d "$scratch/$name" ] || cp -r "$path" "$scratch/$name"
  runs="cold warm"
  [ "$name" = git-history ] && runs="cold warm since"
  for run in $runs; do
    [ "$run" = warm ] && rm -f "$scratch/$name/target/perf/perf-run.json"
    since=
    [ "$run" = since ] && since="-Dperf.since=$3~10"
    (cd "$scratch/$name" && mvn -B $repo "$plugin:analyze" -Dperf.failOn=none $since \
      -Dperf.formats=console,json,html,md,sarif,checkstyle > "$scratch/$name.$run.log" 2>&1)
    mkdir -p "$out/$name/$run"
    cp "$scratch/$name"/target/perf/perf-report.* "$scratch/$name"/target/perf/*.sarif "$scratch/$name"/target/perf/*checkstyle* "$out/$name/$run/" 2>/dev/null || true
    # the console summary, without Maven's timings and the worker's
    sed -n '/perf-maven-plugin/,/BUILD/p' "$scratch/$name.$run.log" | grep -v 'Analyzed in a worker JVM\|Report: ' \
      | sed "s|$scratch|SCRATCH|g" > "$out/$name/$run/console.log"
  done
done
ls -R "$out" | head -40
