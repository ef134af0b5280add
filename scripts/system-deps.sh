#!/usr/bin/env bash
# Install the system libraries reportgen needs, when missing (Debian/Ubuntu).
#   required: Pango (WeasyPrint lays out text with it)
#   wanted:   HarfBuzz's subsetter (halves PDF writing time, makes PDF bytes reproducible),
#             the Liberation fonts (Arial-compatible; the paper's typeface),
#             Noto Color Emoji (emoji, drawn in colour in the PDF) and Symbola (other symbols
#             officers paste, such as ticks and boxes from Word), so that no character prints
#             as an empty box
set -euo pipefail

required=(libpango-1.0-0 libpangoft2-1.0-0)
wanted=(libharfbuzz-subset0 fonts-liberation2 fonts-dejavu-core fonts-noto-color-emoji
        fonts-symbola)

missing() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-based system; install Pango, HarfBuzz (with hb-subset) and the" \
       "Liberation fonts with your package manager." >&2
  exit 0
fi

need_required=$(missing "${required[@]}")
need_wanted=$(missing "${wanted[@]}")
todo=$(echo $need_required $need_wanted)
[ -z "$todo" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing $todo" >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck source=scripts/apt-get-waiting.sh
  . "$(dirname "$0")/apt-get-waiting.sh"
  apt_get_waiting system-deps update -qq ||
    echo "system-deps: could not update the package lists; trying those there are" >&2
  # shellcheck disable=SC2086
  if ! apt_get_waiting system-deps install -y -qq --no-install-recommends $todo; then
    echo "system-deps: could not install $todo; run: sudo apt-get install $todo" >&2
    exit 1
  fi
  exit 0
fi

echo "system-deps: missing system packages: $todo" >&2
echo "system-deps: run: sudo apt-get install $todo" >&2
if [ -n "$need_required" ]; then
  exit 1
fi
