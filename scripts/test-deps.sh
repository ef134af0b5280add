#!/usr/bin/env bash
# Install what the tests need beyond Python, when missing (Debian/Ubuntu); run by `make test`.
#   faketime:  moves the clock for the second of two builds that must match (tests/test_reproducible.py)
# What cannot be installed is reported; the tests that need it then fail and say why.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v faketime >/dev/null 2>&1 || packages+=(faketime)

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-deps: installing ${packages[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    echo "test-deps: missing: ${packages[*]}; run: sudo apt-get install ${packages[*]}" >&2
  fi
fi

