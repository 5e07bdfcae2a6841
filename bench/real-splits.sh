#!/usr/bin/env bash
# real-splits.sh [--truth]
# Scores the split plans for files that their maintainers split, against where the maintainers put each member
# (bench/real-splits/cases.tsv lists the cases; bench/real-splits/<id>.tsv the member -> file truth), beside a
# split by source order and random placement, and writes the table into docs/recommendations.md between the
# real-splits markers. Each case's commit and the year of history before it are fetched from its public
# repository into ${PERF_SPLITS_CACHE:-~/.cache/perfscope-real-splits}, and the split's parent commit is checked
# out there with that history, so that the plan can use change coupling. With --truth, rewrites the truth files
# from the commits.
# PERF_SPLITS_MIRRORS: a folder of local clones with history to take the commits from instead of fetching
#   (where github.com cannot be reached): <owner>+<name>/repo or <owner>+<name>.git, bare or not, for
#   https://github.com/<owner>/<name>.
# PERF_SPLITS_DETAIL: when set, each plan's parts with where the maintainers put each member, on stderr.
# PERF_MVN_ARGS: extra arguments for mvn (e.g. -o -Dmaven.repo.local=...).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${PERF_SPLITS_CACHE:-$HOME/.cache/perfscope-real-splits}
cases=$root/bench/real-splits/cases.tsv
mkdir -p "$cache"

# git_dir REPO COMMIT: a git directory holding COMMIT, its parent and the year of history before that.
git_dir() {
  local repo=$1 commit=$2 owner name mirror
  owner=$(basename "$(dirname "$repo")") name=$(basename "$repo")
  if [ -n "${PERF_SPLITS_MIRRORS:-}" ]; then
    for mirror in "$PERF_SPLITS_MIRRORS/$owner+$name/repo" "$PERF_SPLITS_MIRRORS/$owner+$name.git" \
        "$PERF_SPLITS_MIRRORS/$owner+$name"; do
      if git --git-dir="$mirror" cat-file -e "$commit^" 2>/dev/null; then echo "$mirror"; return; fi
      if git --git-dir="$mirror/.git" cat-file -e "$commit^" 2>/dev/null; then echo "$mirror/.git"; return; fi
    done
    echo "no clone of $repo holding $commit under $PERF_SPLITS_MIRRORS" >&2
    return 1
  fi
  local dir=$cache/repos/$owner-$name.git
  [ -d "$dir" ] || git init -q --bare "$dir"
  if ! git --git-dir="$dir" cat-file -e "$commit^" 2>/dev/null; then
    git --git-dir="$dir" fetch -q --depth 2 "$repo" "$commit"
    local year_before
    year_before=$(date -u -d "@$(( $(git --git-dir="$dir" show -s --format=%ct "$commit^") - 400 * 86400 ))" +%Y-%m-%d)
    git --git-dir="$dir" fetch -q --shallow-since="$year_before" "$repo" "$commit"
  fi
  echo "$dir"
}

# checkout ID REPO COMMIT BEFORE AFTERS: the file before the split into $cache/ID/before, the files after into
# $cache/ID/after, and the parent commit with its history into $cache/ID/repo.
checkout() {
  local id=$1 repo=$2 commit=$3 before=$4 afters=$5 git_dir
  [ -f "$cache/$id/done" ] && return
  git_dir=$(git_dir "$repo" "$commit")
  rm -rf "${cache:?}/$id"
  git clone -q --shared --no-checkout "$git_dir" "$cache/$id/repo"
  git -C "$cache/$id/repo" -c advice.detachedHead=false checkout -q "$commit^"
  mkdir -p "$cache/$id/before/$(dirname "$before")"
  git --git-dir="$git_dir" show "$commit^:$before" > "$cache/$id/before/$before"
  for f in $afters; do
    mkdir -p "$cache/$id/after/$(dirname "$f")"
    git --git-dir="$git_dir" show "$commit:$f" > "$cache/$id/after/$f"
  done
  touch "$cache/$id/done"
}

grep -v '^#' "$cases" | while IFS=$'\t' read -r id repo commit before afters; do
  checkout "$id" "$repo" "$commit" "$before" "$afters"
done

cd "$root"
mvn -B -q ${PERF_MVN_ARGS:-} -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn -B -q ${PERF_MVN_ARGS:-} -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
table=$(java ${JAVA_OPTS:-} -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.RealSplitBench "$cases" "$cache" "$root/bench/real-splits" "$@")
printf '%s\n' "$table"
[ "${1:-}" = "--truth" ] && exit 0
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
machine="$cpu, $(nproc) cores, $(java -version 2>&1 | head -1)"
python3 - "$root/docs/recommendations.md" "$machine" "$table" <<'PY'
import re, sys
doc, machine, table = sys.argv[1:4]
text = open(doc).read()
block = "<!-- real-splits:start -->\n`bench/real-splits.sh`; %s.\n\n%s\n<!-- real-splits:end -->" % (machine, table)
pattern = r"<!-- real-splits:start -->.*?<!-- real-splits:end -->"
if not re.search(pattern, text, flags=re.S):
    sys.exit("no real-splits markers in " + doc)
open(doc, "w").write(re.sub(pattern, lambda m: block, text, flags=re.S))
PY
