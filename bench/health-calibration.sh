#!/usr/bin/env bash
# health-calibration.sh: the health score (docs/health-score.md) on public projects of both languages, with
# the default thresholds: source jars from Maven Central, Python packages from Debian, and the two corpora
# (the JDK's java.base, the CPython standard library). Prints the calibration table of docs/health-score.md:
# project, language, files, lines, score, letter, and the scores of its worst and best module.
# Needs network to Maven Central and apt (run as root); downloads go to $PERF_CALIBRATION_DIR.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${PERF_CALIBRATION_DIR:-$HOME/.cache/perfscope-calibration}
corpora=$HOME/.cache/perfscope-corpora
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository} # a local repository already holding the build's dependencies
mvn_() { mvn -B -q -Dmaven.repo.local="$repo" "$@" >&2; } # the table alone on stdout
mkdir -p "$cache"
[ -d "$corpora/jdk-java-base" ] && [ -d "$corpora/cpython-stdlib" ] || bash "$root/bench/corpora" >/dev/null

java_projects=(
  com.google.guava:guava:33.0.0-jre
  org.apache.commons:commons-lang3:3.14.0
  org.apache.commons:commons-collections4:4.4
  com.fasterxml.jackson.core:jackson-databind:2.16.1
  joda-time:joda-time:2.12.5
  org.springframework:spring-core:6.1.3
  io.netty:netty-codec-http:4.1.104.Final
  com.h2database:h2:2.2.224
  junit:junit:4.13.2
)
python_packages=(django requests sqlalchemy twisted sphinx jinja2 pygments docutils numpy)

args=()
for gav in "${java_projects[@]}"; do
  IFS=: read -r group artifact version <<< "$gav"
  tree=$cache/$artifact-$version
  if [ ! -d "$tree" ]; then
    mvn_ dependency:get -Dartifact="$gav:jar:sources" -Dtransitive=false
    jar=$repo/${group//.//}/$artifact/$version/$artifact-$version-sources.jar
    mkdir -p "$tree.tmp" && (cd "$tree.tmp" && unzip -q "$jar") && mv "$tree.tmp" "$tree"
  fi
  args+=("$artifact $version" java "$tree")
done
args+=("JDK 17 java.base" java "$corpora/jdk-java-base")

dist=/usr/lib/python3/dist-packages
for package in "${python_packages[@]}"; do
  if [ ! -d "$dist/$package" ]; then
    apt-get install -y -q --no-install-recommends "python3-$package" >/dev/null
  fi
  version=$(dpkg-query -W -f '${Version}' "python3-$package" | sed 's/-[^-]*$//; s/^[0-9]*://; s/+.*//')
  args+=("$package $version" python "$dist/$package")
done
args+=("CPython 3.11 stdlib" python "$corpora/cpython-stdlib")

cd "$root"
mvn_ -pl analyzers test-compile
cp_file=$root/analyzers/target/bench.classpath
mvn_ -pl analyzers dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java -cp "analyzers/target/classes:analyzers/target/test-classes:$(cat "$cp_file")" \
  dev.perfscope.bench.HealthCalibration "${args[@]}"
