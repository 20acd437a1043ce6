#!/usr/bin/env bash
# The Spark job in local mode against the batch CLI on the same corpus, same run, 1 and 2 threads
# (docs/PERFORMANCE.md, "On Apache Spark"). Usage: scripts/spark-bench.sh [DIR] (default: the
# 840 PolNeAR train articles). Prints one line per run: wall seconds of the whole process.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$here/../shared/data/polnear/train/text}"
cd "$here"
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark.classpath
opens="$(sed -n 's:.*<spark.java.opens>\(.*\)</spark.java.opens>.*:\1:p' pom.xml)"
cp="target/newsextract.jar:target/lib/*:$(cat target/spark.classpath)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
docs=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
run() { # label command...
  local load t0 t1
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  "${@:2}" >"$out/log" 2>&1 || { cat "$out/log"; exit 1; }
  t1=$(date +%s.%N)
  printf '%-22s %4d docs  %6.1f s wall  %6.1f docs/s  load before %s  %s\n' "$1" "$docs" \
    "$(echo "$t1 - $t0" | bc)" "$(echo "$docs / ($t1 - $t0)" | bc -l)" "$load" \
    "$(grep -o 'in [0-9.]* s (.*)' "$out/log" || true)"
}
for n in 1 2; do
  run "cli --threads $n" java -Xmx4g -jar target/newsextract.jar extract --format jsonl -q --threads "$n" \
      -o "$out/cli$n.jsonl" "$dir"
  # shellcheck disable=SC2086
  run "spark local[$n]" java -Xmx4g $opens -cp "$cp" org.newsextract.spark.ExtractJob --master "local[$n]" \
      --input "$dir" --output "$out/spark$n" --output-format jsonl
done
