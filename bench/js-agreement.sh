#!/usr/bin/env bash
# Cyclomatic complexity against ESLint's `complexity` rule and cognitive complexity against eslint-plugin-sonarjs'
# `cognitive-complexity`, function by function, on three real trees served by npm (sources as their packages ship
# them): eslint's lib/ (JavaScript), rxjs' src/ and effect's src/ (TypeScript). Then Perfscope's speed on each.
# Needs node and npm. Usage: bench/js-agreement.sh [examples]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$PWD/target/bench/js
mkdir -p "$work/tools" "$work/corpora"
if [ ! -d "$work/tools/node_modules/eslint-plugin-sonarjs" ]; then
  (cd "$work/tools" && npm init -y >/dev/null && npm install --no-audit --no-fund \
    eslint@10.16.0 @typescript-eslint/parser@8.74.0 typescript@6.0.3 eslint-plugin-sonarjs@4.2.2 >/dev/null)
fi
corpus() { # name package folder-inside-package
  if [ ! -d "$work/corpora/$1" ]; then
    scratch=$(mktemp -d)
    (cd "$scratch" && npm pack --silent "$2" >/dev/null && tar xzf ./*.tgz)
    mv "$scratch/package/$3" "$work/corpora/$1"
    rm -rf "$scratch"
  fi
}
corpus eslint-lib eslint@10.16.0 lib
corpus rxjs-src rxjs@7.8.2 src
corpus effect-src effect@4.1.0 src
mvn -B -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
cp="analyzers/target/test-classes:analyzers/target/classes:$(cat "$work/classpath.txt")"
cp bench/js-reference.mjs "$work/tools/"
for name in eslint-lib rxjs-src effect-src; do
  echo "== $name"
  node "$work/tools/js-reference.mjs" "$work/corpora/$name" > "$work/$name-reference.tsv"
  java -Xmx512m -cp "$cp" dev.perfscope.bench.ScriptUnits "$work/corpora/$name" 3 > "$work/$name-perfscope.tsv"
  python3 bench/js_agreement.py "$work/$name-perfscope.tsv" "$work/$name-reference.tsv" "${1:-10}"
done
