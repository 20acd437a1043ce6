#!/usr/bin/env bash
# Prints the per-rule ablation over every evaluation set: newsextract's F1 on CoNLL-2003 dev,
# CoNLL++ dev and wikigold (exact span PER/LOC/ORG) and GUM entity / mention F1, for the full
# pipeline and the full pipeline without each document-level rule (`accuracy --no-reference
# --without RULE`). No raw CoreNLP: about 40 s per row on 2 cores.
# Usage: scripts/ablation-all.sh [ENGINE] [DATA]   (defaults: corenlp ../shared/data)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
engine="${1:-corenlp}"
data="${2:-$here/../shared/data}"
run() { "$here/newsextract" accuracy --no-reference --engine "$engine" --data "$data" "$@" 2>/dev/null | awk -F'|' '
  $2 ~ /CoNLL-2003 dev/ {c=$6} $2 ~ /CoNLL\+\+ dev/ {p=$6} $2 ~ /^ wikigold/ {w=$6}
  $2 ~ /^ newsextract/ {ge=$5; gm=$8}
  END {gsub(/[ *]/, "", c); gsub(/[ *]/, "", p); gsub(/[ *]/, "", w); gsub(/[ *]/, "", ge); gsub(/[ *]/, "", gm);
       printf "| %s | %s | %s | %s | %s |\n", c, p, w, ge, gm}'; }
echo "| configuration | CoNLL-2003 dev F1 | CoNLL++ dev F1 | wikigold F1 | GUM entity F1 | GUM mention F1 |"
echo "|---|---|---|---|---|---|"
echo "| **full pipeline (default)** $(run)"
# every rule the build knows, as 'accuracy --help' lists them
all="$("$here/newsextract" accuracy --help | tr '\n' ' ' | sed -E 's/.*\(ablation\): ([A-Z_, ]+)\..*/\1/' | tr -d ' ')"
echo "| cleaning only (all rules off) $(run --without "$all")"
for rule in ${all//,/ }; do
  echo "| full without $rule $(run --without "$rule")"
done
