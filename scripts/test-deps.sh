#!/usr/bin/env bash
# Install what the tests need beyond Python, when missing (Debian/Ubuntu); run by `make test`.
#   chromium:  headless browser in which axe-core checks the HTML paper (tests/test_accessibility.py)
#   faketime:  moves the clock for the second of two builds that must match (tests/test_reproducible.py)
#   LibreOffice Calc and Writer, headless, without their desktop parts: Calc saves a returned
#              update request as a lead's copy of LibreOffice would (tests/test_collect.py) and
#              prints the officers' workbook (tests/test_workbook_printing.py); Writer opens the
#              Word paper and turns it into PDF (tests/test_docx_libreoffice.py)
#   axe-core:  from npm, pinned by tests/a11y/package-lock.json, into tests/a11y/node_modules
#   poppler's pdftotext and Carlito (the font metric-compatible with Calibri, the workbook's):
#              read the printed workbook's pages (tests/test_workbook_printing.py)
# What cannot be installed is reported; the tests that need it then fail and say why.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v faketime >/dev/null 2>&1 || packages+=(faketime)
command -v npm >/dev/null 2>&1 || packages+=(npm)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
[ -n "$(fc-list Carlito 2>/dev/null)" ] || packages+=(fonts-crosextra-carlito)
# soffice alone is not enough: LibreOffice's spreadsheet and word-processor parts are separate.
installed() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" && return 0
  done
  return 1
}
if command -v dpkg-query >/dev/null 2>&1; then
  installed libreoffice-calc-nogui libreoffice-calc || packages+=(libreoffice-calc-nogui)
  installed libreoffice-writer-nogui libreoffice-writer || packages+=(libreoffice-writer-nogui)
else
  command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui libreoffice-writer-nogui)
fi

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-deps: installing ${packages[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck source=scripts/apt-get-waiting.sh
    . scripts/apt-get-waiting.sh
    held=""  # the index of the first package not tried because the lock stayed held
    status=0
    apt_get_waiting test-deps update -qq || status=$?
    if [ "$status" = 75 ]; then
      held=0
    elif [ "$status" != 0 ]; then
      echo "test-deps: could not update the package lists; trying those there are" >&2
    fi
    for index in "${!packages[@]}"; do  # one at a time: one that cannot be had stops no other
      [ -n "$held" ] && break  # the lock stayed held: waiting again for each is no use
      status=0
      apt_get_waiting test-deps install -y -qq --no-install-recommends "${packages[$index]}" ||
        status=$?
      if [ "$status" = 75 ]; then
        held=$index
      elif [ "$status" != 0 ]; then
        echo "test-deps: could not install ${packages[$index]}" >&2
      fi
    done
    if [ -n "$held" ]; then
      echo "test-deps: not installed, as the package lock stayed held:" \
           "${packages[*]:$held}; the tests that need them fail and say why" >&2
    fi
  else
    echo "test-deps: missing: ${packages[*]}; run: sudo apt-get install ${packages[*]}" >&2
  fi
fi

a11y=tests/a11y
if [ ! -f "$a11y/node_modules/axe-core/axe.min.js" ] ||
   [ "$a11y/package-lock.json" -nt "$a11y/node_modules/.package-lock.json" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "test-deps: installing axe-core into $a11y/node_modules" >&2
    npm ci --prefix "$a11y" --no-audit --no-fund --loglevel=error >/dev/null ||
      echo "test-deps: could not install axe-core with npm ci" >&2
  else
    echo "test-deps: npm is missing, so axe-core cannot be installed" >&2
  fi
fi
