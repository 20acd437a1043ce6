#!/usr/bin/env bash
# Soak test of the batch path (issue 14; not part of `mvn verify`): N generated JSON Lines
# records, real article paragraphs mixed with broken records of every kind, through
# `extract --format jsonl -o FILE` under -Xmx512m, killed with kill -9 at random points KILLS
# times and resumed each time. At the end the output must hold exactly one record per input
# line, in input order, with the expected id; the peak RSS of each run is recorded.
#
# Usage: scripts/soak.sh [N] [KILLS] [WORKDIR]   (defaults: 1000000 5 target/soak)
# Needs ../shared/data/polnear (the article texts) and python3. Prints a summary at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
kills="${2:-5}"
work="${3:-target/soak}"
heap="${SOAK_HEAP:--Xmx512m}"
threads="${SOAK_THREADS:-2}"
mkdir -p "$work"
in="$work/in.jsonl"
expected="$work/expected.txt"
out="$work/out.jsonl"
rm -f "$out"
jar="${SOAK_JAR:-target/newsextract.jar}"   # a copy elsewhere lets a build run meanwhile
[ -f "$jar" ] || mvn -q -B -ntp -DskipTests package
echo "soak: generating $n records in $in" >&2
python3 scripts/soak_records.py "$n" "$in" "$expected"
echo "soak: input $(du -h "$in" | cut -f1), $(wc -l < "$in") lines" >&2

peak_of() { # peak RSS (kB) of a running process, sampled every 0.5 s until it ends
  local pid=$1 peak=0 v
  while kill -0 "$pid" 2>/dev/null; do
    v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$v" ] && [ "$v" -gt "$peak" ] && peak=$v
    sleep 0.5
  done
  echo "$peak"
}

start_run() { # one run in the background of this shell; sets $pid
  local resume=()
  [ -f "$out" ] && resume=(--resume)
  java $heap -jar "$jar" extract --format jsonl -o "$out" --threads "$threads" -q "${resume[@]}" \
    "$in" >/dev/null 2>>"$work/stderr.log" &
  pid=$!
}

started=$(date +%s)
peaks=()
killed=0
for k in $(seq "$kills"); do
  start_run
  ( peak_of "$pid" > "$work/peak.$k" ) &
  sampler=$!
  wait_s=$(( 5 + RANDOM % 40 ))
  sleep "$wait_s"
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid"
    killed=$((killed + 1))
    echo "soak: kill -9 after ${wait_s}s, $(wc -l < "$out") lines in the output" >&2
  fi
  wait "$pid" 2>/dev/null || true
  wait "$sampler" || true
  peaks+=("$(cat "$work/peak.$k")")
done
start_run
( peak_of "$pid" > "$work/peak.final" ) &
sampler=$!
set +e
wait "$pid"
code=$?
set -e
wait "$sampler" || true
peaks+=("$(cat "$work/peak.final")")
elapsed=$(( $(date +%s) - started ))

set +e
python3 - "$out" "$expected" <<'PY'
import json, sys
out, expected = sys.argv[1], sys.argv[2]
want = [json.loads(l) for l in open(expected, encoding="utf-8")]
got, errors = [], 0
with open(out, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        got.append(r["id"])
        errors += "error" in r
missing = len(want) - len(got)
first_diff = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), None)
print("soak: %d input lines, %d output records (%d error records); %s" % (
    len(want), len(got), errors,
    "identical ids in input order" if got == want else "MISMATCH at record %s, %d missing" % (first_diff, missing)))
sys.exit(0 if got == want else 1)
PY
ok=$?
set -e
max=0; for p in "${peaks[@]}"; do [ "$p" -gt "$max" ] && max=$p; done
echo "soak: $n records, $killed kill -9 + resume, ${elapsed}s, final exit code $code (1: error records present), peak RSS $((max / 1024)) MB (per run: ${peaks[*]} kB), heap $heap, $threads threads"
exit $ok
