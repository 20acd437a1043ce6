#!/bin/sh
# Rebuilds models/lower-case-words.txt from Debian's wamerican word list (SCOWL, size 50):
# every word of three letters or more, ASCII letters only, that the list has in lower case and
# not capitalized ("according", "understand", "career"; not "grant", as "Grant" is listed too).
# Used by resolve/CommonWords. Needs apt-get (downloads the package, installs nothing) and python3.
# Usage: scripts/build-lower-case-words.sh [OUTPUT]   (default: models/lower-case-words.txt)
set -eu
out=${1:-models/lower-case-words.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wamerican >/dev/null 2>&1 && dpkg-deb -x wamerican_*.deb x)
version=$(dpkg-deb -f "$work"/wamerican_*.deb Version)
python3 - "$work/x/usr/share/dict/american-english" "$out" "$version" <<'PY'
import sys
words = set(open(sys.argv[1], encoding="utf-8").read().split("\n"))
keep = sorted(w for w in words if w.isascii() and w.isalpha() and w.islower() and len(w) >= 3
              and (w[0].upper() + w[1:]) not in words)
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as f:
    f.write("# English words that are written in lower case and are not also names: derived from\n")
    f.write("# Debian's wamerican %s (/usr/share/dict/american-english, SCOWL size 50), keeping\n" % sys.argv[3])
    f.write("# each word of 3+ ASCII letters listed in lower case whose capitalized form is not listed.\n")
    f.write("# SCOWL: Copyright 2000-2011 Kevin Atkinson and others; permission to use, copy, modify,\n")
    f.write("# distribute and sell granted without fee (see the package's copyright file).\n")
    f.write("# Used by resolve/CommonWords. Rebuild: scripts/build-lower-case-words.sh\n")
    f.write("\n".join(keep) + "\n")
print(len(keep), "words written to", sys.argv[2])
PY
