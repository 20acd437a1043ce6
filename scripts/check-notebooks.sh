#!/usr/bin/env bash
# Runs the Python bridge's tests, executes notebooks/quickstart.ipynb headless (Debian's jupyter
# nbconvert, kernel python3 of /usr/bin/python3) and notebooks/quickstart.jsh in JShell, then
# checks their outputs against the CLI's JSON for the seed (scripts/verify_notebooks.py).
# Outputs go to target/notebooks/. Needs the packages of scripts/install-test-deps.sh: when they
# are missing, fails in CI (CI=true) and skips with a message elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
out=target/notebooks

missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "check-notebooks: FAILED: $1 (CI runs scripts/install-test-deps.sh first)" >&2; exit 1
  fi
  echo "check-notebooks: skipped: $1; install with scripts/install-test-deps.sh" >&2; exit 0
}
[ -x "$py" ] || missing "$py not found"
"$py" -c "import jpype, pandas" 2>/dev/null || missing "JPype or pandas not importable by $py"
command -v jupyter-nbconvert >/dev/null || missing "jupyter-nbconvert not found"
"$py" -c "import ipykernel" 2>/dev/null || missing "ipykernel not importable by $py"
command -v jshell >/dev/null || missing "jshell not found (it comes with the JDK)"

if [ ! -f target/newsextract.jar ] || [ ! -d target/lib ]; then
  echo "check-notebooks: building the jar"
  mvn -q -B -ntp -DskipTests package
fi
mkdir -p "$out"
java -jar target/newsextract.jar extract seeds/assad-flees-damascus.txt > "$out/seed.json"

echo "check-notebooks: Python bridge tests"
"$py" -m unittest discover -s python/tests

echo "check-notebooks: executing notebooks/quickstart.ipynb"
PYDEVD_DISABLE_FILE_VALIDATION=1 jupyter-nbconvert --to notebook --execute notebooks/quickstart.ipynb \
  --output-dir "$out" --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=600 \
  --log-level=WARN

echo "check-notebooks: running notebooks/quickstart.jsh"
rm -f "$out/quickstart-jshell.html"
timeout 600 jshell --class-path target/newsextract.jar notebooks/quickstart.jsh > "$out/quickstart-jshell.out" 2>&1 \
  || { cat "$out/quickstart-jshell.out" >&2; echo "check-notebooks: jshell failed" >&2; exit 1; }

"$py" scripts/verify_notebooks.py "$out/seed.json" "$out/quickstart.ipynb" "$out/quickstart-jshell.out" \
  "$out/quickstart-jshell.html"
