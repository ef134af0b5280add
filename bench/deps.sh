#!/usr/bin/env bash
# What the benchmark compares against: LibreOffice, to print the workbook as a user would.
# Installed with apt-get when missing and running as root; otherwise the comparison is skipped.
set -u
command -v soffice >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "bench: installing LibreOffice Calc (for the spreadsheet-print comparison)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq libreoffice-calc-nogui >/dev/null && exit 0
fi
echo "bench: soffice not found; the LibreOffice comparison will be skipped" \
     "(install it with: apt-get install libreoffice-calc-nogui)" >&2
exit 0
