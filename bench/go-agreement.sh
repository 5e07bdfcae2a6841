#!/usr/bin/env bash
# Go: cyclomatic complexity against gocyclo and cognitive complexity against gocognit, function by function, on
# the Go standard library as Debian's golang-1.19-src package ships it (every .go file that go/parser reads),
# then Perfscope's speed and heap over the same files (3 runs).
#
# The tools are not built here: pass their binaries in GOCYCLO and GOCOGNIT. Build them with Go (Debian's
# golang-go) from their sources: github.com/fzipp/gocyclo (no dependencies: `go build ./cmd/gocyclo` in a
# checkout) and github.com/uudashr/gocognit (`go build ./cmd/gocognit`; it needs golang.org/x/tools, which
# Debian's golang-golang-x-tools-dev provides for a GOPATH build where the module proxy is out of reach).
# gofmt (golang-go) tells which files go/parser rejects.
# Usage: GOCYCLO=... GOCOGNIT=... bench/go-agreement.sh [corpus-dir] [examples]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${GOCYCLO:?path of a gocyclo binary}" "${GOCOGNIT:?path of a gocognit binary}"
gofmt="${GOFMT:-$(command -v gofmt || echo /usr/lib/go-1.19/bin/gofmt)}"
source_tree="${1:-/usr/share/go-1.19/src}"
work=$PWD/target/bench/go
corpus=$work/corpus
rm -rf "$corpus" && mkdir -p "$corpus"
# The Go files go/parser reads (the tree's testdata holds files broken on purpose), copied with their paths.
(cd "$source_tree" && find . -name '*.go' -type f | sort > "$work/all.txt")
(cd "$source_tree" && xargs "$gofmt" -l -e < "$work/all.txt" 2>&1 >/dev/null | sed -n 's/^\(.*\.go\):[0-9]*:[0-9]*: .*/\1/p' | sort -u > "$work/rejected.txt") || true
grep -vxFf "$work/rejected.txt" "$work/all.txt" > "$work/files.txt" || true
(cd "$source_tree" && tar cf - -T "$work/files.txt") | (cd "$corpus" && tar xf -)
echo "corpus: $(wc -l < "$work/files.txt") of $(wc -l < "$work/all.txt") files under $source_tree ($(wc -l < "$work/rejected.txt") rejected by go/parser), $(du -sh "$corpus" | cut -f1)"
(cd "$corpus" && xargs "$GOCYCLO" < "$work/files.txt" > "$work/gocyclo.txt")
(cd "$corpus" && xargs "$GOCOGNIT" -over -1 -test < "$work/files.txt" > "$work/gocognit.txt")
mvn -B -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat "$work/classpath.txt")"
java -Xmx512m -cp "$cp" dev.perfscope.bench.GoUnits "$corpus" 3 > "$work/perfscope.tsv"
python3 bench/go_agreement.py "$work/perfscope.tsv" "$work/gocyclo.txt" "$work/gocognit.txt" "${2:-10}"
