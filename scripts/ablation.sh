#!/usr/bin/env bash
# Prints the ablation table of docs/ACCURACY.md: F1 on CoNLL-2003 dev for the raw tagger, the
# full pipeline, and the full pipeline without each document-level rule.
# Usage: scripts/ablation.sh [GOLD] [ENGINE]   (defaults: ../shared/data/conll2003/eng.testa corenlp)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="${1:-$here/../shared/data/conll2003/eng.testa}"
engine="${2:-corenlp}"
run() { "$here/newsextract" eval --engine "$engine" --conll "$gold" "$@" | awk '
  /^PER/ {per=$4} /^LOC/ {loc=$4} /^ORG/ {org=$4} /^micro/ {p=$2; r=$3; f=$4}
  END {printf "| %s | %s | %s | %s | %s | %s |\n", p, r, f, per, loc, org}'; }
echo "| configuration | P | R | F1 | PER | LOC | ORG |"
echo "|---|---|---|---|---|---|---|"
echo "| raw tagger, one sentence at a time, no rules $(run --raw)"
all="DOCUMENT_CONTEXT,BOUNDARIES,ACRONYMS,SURNAMES,TYPE_VOTE,PROPAGATION"
echo "| sentence at a time, cleaning only $(run --without "$all")"
echo "| document context, cleaning only $(run --without "${all#DOCUMENT_CONTEXT,}")"
echo "| **full pipeline (default)** $(run)"
for rule in ${all//,/ }; do
  echo "| full without $rule $(run --without "$rule")"
done
