#!/usr/bin/env bash
# Installs the Debian packages that the browser, Python-bridge and notebook checks need:
# headless Chromium, JPype, pandas, nbconvert and the python3 Jupyter kernel. Idempotent: does
# nothing when they are all installed already, and runs 'apt-get update' at most once.
# Needs root (CI runs as root); prints what to run otherwise.
set -euo pipefail
packages=(chromium python3-jpype python3-pandas jupyter-nbconvert python3-ipykernel)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-test-deps: all installed (${packages[*]})"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: apt-get not found; install these Debian packages another way: ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: needs root; run: sudo $0   (missing: ${missing[*]})" >&2
  exit 1
fi
echo "install-test-deps: installing ${missing[*]}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
