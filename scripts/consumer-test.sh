#!/usr/bin/env bash
# The published artifact as a user gets it:
#  1. deploys the project (jar, sources, javadoc, POM) to a file repository, target/deploy-repo,
#     and checks that the set Maven Central requires is complete;
#  2. builds a separate tiny project (src/it/consumer) that depends on it from that repository,
#     with an empty local Maven repository, so nothing comes from this build's class path;
#  3. checks the consumer's runtime dependency closure (no Spark, no CoreNLP models jar, none of
#     CoreNLP's unused dependencies; at most MAX_MB megabytes in all);
#  4. compiles the README's Java example, exactly as the README shows it, against that class
#     path and runs it on the seed article, checking its output, and times JVM start to the JSON;
#  5. runs src/it/consumer/src/EveryPath.java there: both engines, quotes, reported speech, batches.
# Needs JDK 17, Maven and Maven Central. Run from the checkout: scripts/consumer-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
MAX_MB=${MAX_MB:-60}
work="$root/target/consumer"
repo="$root/target/deploy-repo"
m2="$work/m2"
rm -rf "$work" "$repo"
mkdir -p "$work/src"

version=$(mvn -B -ntp -q -Dstyle.color=never help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')
echo "consumer-test: deploying newsextract $version to $repo"
mvn -B -ntp -q -DskipTests -Dfuzz.skip=true deploy -DaltDeploymentRepository="local::file://$repo" >/dev/null

dir="$repo/org/newsextract/newsextract/$version"
for kind in "pom" "jar" "sources.jar" "javadoc.jar"; do
  if [[ "$kind" == "pom" || "$kind" == "jar" ]]; then pattern="newsextract-*.$kind"; else pattern="newsextract-*-$kind"; fi
  # shellcheck disable=SC2086
  found=$(ls $dir/$pattern 2>/dev/null | grep -v -e '-sources.jar$' -e '-javadoc.jar$' -e '\.sha1$' -e '\.md5$' | head -1 || true)
  [[ "$kind" == "sources.jar" || "$kind" == "javadoc.jar" ]] && found=$(ls $dir/$pattern 2>/dev/null | head -1 || true)
  if [ -z "$found" ]; then echo "consumer-test: FAIL: the deployed set has no $kind in $dir" >&2; ls -la "$dir" >&2; exit 1; fi
  if [ ! -f "$found.sha1" ]; then echo "consumer-test: FAIL: $found has no .sha1" >&2; exit 1; fi
  echo "consumer-test: deployed $(basename "$found") ($(stat -c %s "$found") bytes)"
done
pom=$(ls "$dir"/newsextract-*.pom | head -1)
for element in name description url licenses scm developers; do
  if ! grep -q "<$element>" "$pom"; then echo "consumer-test: FAIL: the deployed POM has no <$element> (Central requires it)" >&2; exit 1; fi
done

sed -e "s|@REPOSITORY@|file://$repo|" -e "s|@VERSION@|$version|" src/it/consumer/pom.xml > "$work/pom.xml"
mvn() { command mvn -B -ntp -q -Dmaven.repo.local="$m2" -f "$work/pom.xml" "$@"; }
echo "consumer-test: resolving the consumer's dependencies into an empty local repository"
mvn dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath.txt" >/dev/null
mvn dependency:tree -Dscope=runtime -DoutputFile="$work/tree.txt" >/dev/null
cat "$work/tree.txt"
if grep -E 'org\.apache\.spark|scala-library|:models:|stanford-corenlp:jar:models|xalan|xerces|jaxb|servlet|AppleJavaExtensions|jollyday|joda-time|ejml|protobuf' "$work/tree.txt"; then
  echo "consumer-test: FAIL: the dependency closure holds an artifact the library does not use (above)" >&2; exit 1
fi
total=0
# One jar a line, the last one too (the class path file has no newline at its end, and both 'read'
# and 'wc -l' would miss the last entry without one).
jars=$(tr ':' '\n' < "$work/classpath.txt"; echo)
while IFS= read -r jar; do if [ -n "$jar" ]; then total=$((total + $(stat -c %s "$jar"))); fi; done <<< "$jars"
echo "consumer-test: runtime class path: $(grep -c . <<< "$jars") jars, $total bytes ($(((total + 500000) / 1000000)) MB; at most $MAX_MB MB)"
if [ "$total" -gt $((MAX_MB * 1000000)) ]; then echo "consumer-test: FAIL: the class path exceeds $MAX_MB MB" >&2; exit 1; fi

# The README's Java example, exactly as written (the first ```java block), inside a main method.
example=$(awk '/^```java$/{n++; if (n==1) {on=1; next}} /^```$/{if (on) exit} on' README.md)
{
  echo "$example" | grep '^import '
  echo "import java.nio.file.*;"
  echo "public class ReadmeExample { public static void main(String[] args) throws Exception {"
  echo "$example" | grep -v '^import '
  echo "} }"
} > "$work/src/ReadmeExample.java"
cp="$(cat "$work/classpath.txt")"
javac -d "$work/classes" -cp "$cp" "$work/src/ReadmeExample.java"
echo "consumer-test: running the README's example on seeds/assad-flees-damascus.txt"
start=$(date +%s%N)
ln -s "$root/seeds" "$work/seeds"
(cd "$work" && java -cp "$work/classes:$cp" ReadmeExample > "$work/out.txt" 2> "$work/err.txt") || { cat "$work/err.txt" >&2; exit 1; }
ms=$(( ($(date +%s%N) - start) / 1000000 ))
head -5 "$work/out.txt"
for expected in 'Bashar al-Assad' 'Damascus CITY' '"schema" : "newsextract/1"'; do
  if ! grep -qF "$expected" "$work/out.txt"; then echo "consumer-test: FAIL: the example's output lacks: $expected" >&2; exit 1; fi
done
[ -s "$work/seed.html" ] || { echo "consumer-test: FAIL: the example wrote no seed.html" >&2; exit 1; }
echo "consumer-test: the README's example: JVM start to the seed's JSON and HTML in $ms ms"

# The library's other paths (both engines, quotes, reported speech, batches) on the same class path.
javac -d "$work/classes" -cp "$cp" src/it/consumer/src/EveryPath.java
(cd "$work" && java -cp "$work/classes:$cp" EveryPath) || { echo "consumer-test: FAIL: EveryPath" >&2; exit 1; }
echo "consumer-test: OK"
