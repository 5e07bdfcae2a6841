#!/usr/bin/env bash
# Runs the reference tools on a Java tree and writes their figures in the oracle's TSV layout:
#   Checkstyle 12.3.1 CyclomaticComplexity (max 0: every unit) -> checkstyle-jdk-java-base.tsv
#   PMD 7.27.0 CyclomaticComplexity, CognitiveComplexity, NcssCount (every method) -> pmd-jdk-java-base.tsv
# Usage: bench/java-reference.sh [CORPUS] [OUT]  (defaults: the jdk-java-base corpus, bench/out/reference)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-$HOME/.cache/perfscope-corpora/jdk-java-base}
out=${2:-$here/out/reference}
tools=$here/reference-tools
mkdir -p "$out"
[ -d "$corpus" ] || bash "$here/corpora" >/dev/null

classpath() { # pom -> classpath file
  mvn -B -q -f "$tools/$1" dependency:build-classpath -Dmdep.outputFile="$out/$1.cp" >/dev/null
  cat "$out/$1.cp"
}

echo "Checkstyle on $corpus (module-info.java left out: Checkstyle cannot parse it) ..."
java -cp "$(classpath checkstyle-pom.xml)" com.puppycrawl.tools.checkstyle.Main \
  -x "module-info\.java$" -c "$tools/checkstyle.xml" -f xml -o "$out/checkstyle.xml" "$corpus" >/dev/null 2>"$out/checkstyle.err" || true
python3 "$tools/to_tsv.py" checkstyle "$out/checkstyle.xml" "$corpus" "$out/checkstyle-jdk-java-base.tsv"

echo "PMD on $corpus ..."
java -cp "$(classpath pmd-pom.xml)" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress \
  -d "$corpus" -R "$tools/pmd-ruleset.xml" -f csv -r "$out/pmd.csv" 2>"$out/pmd.err" || true
python3 "$tools/to_tsv.py" pmd "$out/pmd.csv" "$corpus" "$out/pmd-jdk-java-base.tsv"
