#!/usr/bin/env bash
# The Spark job in local mode against the batch CLI on the same corpus, same run, 1 and 2 threads,
# alternating (docs/PERFORMANCE.md, "On Apache Spark"). Usage:
#   scripts/spark-bench.sh [DIR]            (default: the 840 PolNeAR train articles)
#   ROUNDS=3 THREADS="2" COPIES=4 scripts/spark-bench.sh
# ROUNDS repeats the whole alternation (default 1); THREADS lists the thread counts (default
# "1 2"); COPIES=N runs on a corpus of N copies of DIR's .txt files (renamed c1_..., cN_...), to
# show how the fixed start-up costs amortize. Prints one line per run: wall and CPU seconds of the
# whole process (JVM start, models, Spark start-up, reading, extraction, writing) and the 1-minute
# load average before it; on a shared machine compare runs of one round, not rounds. BUILD=0 skips
# the build (target/newsextract.jar and target/spark.classpath must exist).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$here/../shared/data/polnear/train/text}"
rounds="${ROUNDS:-1}"
threads="${THREADS:-1 2}"
copies="${COPIES:-1}"
cd "$here"
if [ "${BUILD:-1}" != 0 ]; then
  mvn -B -ntp -q package -DskipTests
  mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark.classpath
fi
opens="$(sed -n 's:.*<spark.java.opens>\(.*\)</spark.java.opens>.*:\1:p' pom.xml)"
cp="target/newsextract.jar:target/lib/*:$(cat target/spark.classpath)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [ "$copies" -gt 1 ]; then
  mkdir "$out/corpus"
  for c in $(seq 1 "$copies"); do
    for f in "$dir"/*.txt; do cp "$f" "$out/corpus/c${c}_$(basename "$f")"; done
  done
  dir="$out/corpus"
fi
docs=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
echo "corpus: $dir ($docs documents); $(nproc) cores; rounds $rounds; threads $threads"
run() { # label command...
  local load t0 t1 cpu
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  { TIMEFORMAT='%U %S'; time "${@:2}" >"$out/log" 2>&1 || { cat "$out/log"; exit 1; }; } 2>"$out/time"
  t1=$(date +%s.%N)
  cpu=$(awk '{print $1 + $2}' "$out/time")
  printf '%-18s %5d docs  %6.1f s wall  %6.1f docs/s  %6.1f s CPU  load before %5s  %s\n' "$1" "$docs" \
    "$(echo "$t1 - $t0" | bc)" "$(echo "$docs / ($t1 - $t0)" | bc -l)" "$cpu" "$load" \
    "$(grep -o 'in [0-9.]* s (.*)' "$out/log" || true)"
  rm -rf "$out/result"
}
for r in $(seq 1 "$rounds"); do
  for n in $threads; do
    run "r$r cli --threads $n" java -Xmx4g -jar target/newsextract.jar extract --format jsonl -q --threads "$n" \
        -o "$out/result" "$dir"
    # shellcheck disable=SC2086
    run "r$r spark local[$n]" java -Xmx4g $opens -cp "$cp" org.newsextract.spark.ExtractJob --master "local[$n]" \
        --input "$dir" --output "$out/result" --output-format jsonl
  done
done
