#!/usr/bin/env python3
"""Writes the soak test's input: N JSON Lines records, mostly paragraphs of real articles (read
from ../shared/data/polnear at run time, never copied into the project) mixed with broken records
of every kind issue 14 lists, and beside it the id each line's output record must have.

Usage: soak_records.py N OUT.jsonl EXPECTED.txt [ARTICLES_DIR]
"""
import json
import os
import random
import sys

n, out_path, expected_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
articles = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(__file__), "..", "..", "shared",
                                                             "data", "polnear", "train", "text")
paragraphs = []
for name in sorted(os.listdir(articles)):
    with open(os.path.join(articles, name), encoding="utf-8") as f:
        paragraphs.extend(p.strip() for p in f.read().split("\n") if len(p.strip()) > 40)
rng = random.Random(14)


def dump(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


# each kind: (bytes of the line without its newline, whether the reader can see its id)
def broken(kind, i, text):
    rid = "b%d" % i
    if kind == "bad-utf8":
        return b'{"id": "' + rid.encode() + b'", "text": "caf\xe9 ' + text[:60].encode("ascii", "ignore") + b'"}', False
    if kind == "lone-surrogate":
        return ('{"id": "%s", "text": "%s \\ud800"}' % (rid, text[:200].replace("\\", "").replace('"', ""))).encode(), True
    if kind == "nfd":
        return dump({"id": rid, "text": "Jose\u0301 Mari\u0301a Aznar met " + text[:100]}), True
    if kind == "quote-run":
        return dump({"id": rid, "text": text[:100] + " " + '"' * 3000 + " " + "&" * 2000}), True
    if kind == "two-objects":
        return dump({"id": rid, "text": "x"}) + b" " + dump({"id": rid + "-lost", "text": "y"}), True
    if kind == "not-json":
        return b"this is not json: " + text[:50].encode("utf-8"), False
    if kind == "no-text":
        return dump({"id": rid, "body": text[:50]}), True
    if kind == "text-not-string":
        return dump({"id": rid, "text": [text[:20]]}), True
    if kind == "duplicate-text":
        return ('{"id": "%s", "text": "a", "text": "b"}' % rid).encode(), False  # invalid JSON: its place is its id
    if kind == "control-chars":
        return dump({"id": rid, "text": "Angela Merkel\u0000\u0007 visited\u001b[31m Paris."}), True
    if kind == "formula-id":
        return dump({"id": "=HYPERLINK(\"http://x\")-%d" % i, "text": text[:200]}), True
    if kind == "bom-inside":
        return b"\xef\xbb\xbf" + dump({"id": rid, "text": "x"}), False
    if kind == "truncated":
        return ('{"id": "%s", "text": "%s' % (rid, text[:30].replace("\\", "").replace('"', ""))).encode(), False
    raise ValueError(kind)


KINDS = ["bad-utf8", "lone-surrogate", "nfd", "quote-run", "two-objects", "not-json", "no-text", "text-not-string",
         "duplicate-text", "control-chars", "formula-id", "bom-inside", "truncated"]
counts = {}
with open(out_path, "wb") as out, open(expected_path, "w", encoding="utf-8") as expected:
    for i in range(1, n + 1):
        text = rng.choice(paragraphs)
        if rng.random() < 0.03:
            kind = KINDS[i % len(KINDS)]
            line, id_seen = broken(kind, i, text)
            counts[kind] = counts.get(kind, 0) + 1
            if kind == "formula-id":
                rid = "=HYPERLINK(\"http://x\")-%d" % i
            else:
                rid = "b%d" % i if id_seen else "%s:%d" % (out_path, i)
        else:
            rid = "r%d" % i
            line = dump({"id": rid, "text": text})
            counts["article"] = counts.get("article", 0) + 1
        out.write(line + b"\n")
        expected.write(json.dumps(rid, ensure_ascii=False) + "\n")
print(json.dumps(counts, sort_keys=True), file=sys.stderr)
