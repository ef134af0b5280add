"""What fontconfig says: which characters no installed font can draw, and which files hold
the charts' typefaces.

WeasyPrint lays text out with Pango, which draws a character missing from the paper's own
typefaces with any installed font that has it; so what can be drawn is what the installed
fonts cover together, as fontconfig (``fc-list``) reports it. Asking once takes about 10 ms and
the answer is kept for the process.
"""

from __future__ import annotations

import bisect
import shutil
import subprocess
import unicodedata
from functools import lru_cache

# Characters that take no glyph of their own: spaces and line breaks, controls, and the
# invisible joiners and selectors that only change how their neighbours are drawn.
_NO_GLYPH = {"Zs", "Zl", "Zp", "Cc", "Cf"}
_SELECTORS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0))


@lru_cache(maxsize=1)
def _coverage() -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The installed fonts' characters as merged ranges (starts, ends); None if unknown."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        listed = subprocess.run([fc_list, "--format", "%{charset}\n"], capture_output=True,
                                text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    ranges = []
    for word in listed.split():
        first, _, last = word.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    ranges.sort()
    starts: list[int] = []
    ends: list[int] = []
    for first, last in ranges:
        if ends and first <= ends[-1] + 1:
            ends[-1] = max(ends[-1], last)
        else:
            starts.append(first)
            ends.append(last)
    return tuple(starts), tuple(ends)


def can_tell() -> bool:
    """Whether this system says which characters its fonts cover (fontconfig is installed)."""
    return _coverage() is not None


def undrawable(text: str) -> str:
    """The characters of ``text`` that no installed font can draw, each once, in order.

    Empty when every character can be drawn, and also when the system cannot say (see
    ``can_tell``).
    """
    coverage = _coverage()
    if coverage is None or text.isascii():
        return ""
    starts, ends = coverage
    missing: dict[str, None] = {}
    for character in text:
        code = ord(character)
        if code < 0x80 or character in missing:
            continue
        if unicodedata.category(character) in _NO_GLYPH or any(code in r for r in _SELECTORS):
            continue
        slot = bisect.bisect_right(starts, code) - 1
        if slot < 0 or code > ends[slot]:
            missing[character] = None
    return "".join(missing)


def describe(characters: str) -> str:
    """The characters as a message names them: 'U+E000 (a private-use character)', ..."""
    named = []
    for character in characters:
        name = unicodedata.name(character, "")
        if not name and unicodedata.category(character) == "Co":
            name = "a private-use character, which only a font made for it draws"
        named.append(f"'{character}' (U+{ord(character):04X}{', ' + name if name else ''})")
    return ", ".join(named)


# fontconfig's weights of the two faces the charts use.
REGULAR, BOLD = 80, 200


@lru_cache(maxsize=8)
def face_files(families: tuple[str, ...]) -> tuple[str, ...]:
    """The files of the upright regular and bold faces of ``families``, regular faces first.

    Empty when fontconfig cannot say. Regular first: a renderer that looks for a symbol its
    font lacks takes the first face that has it, and that should be the regular one.
    """
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    found: set[tuple[int, str]] = set()
    for family in families:
        try:
            listed = subprocess.run(
                [fc_list, f":family={family}:slant=0:width=100", "--format=%{weight}|%{file}\n"],
                capture_output=True, text=True, timeout=10, check=True).stdout
        except (OSError, subprocess.SubprocessError):
            return ()
        for line in listed.splitlines():
            weight, _, path = line.partition("|")
            if path.strip() and weight in (str(REGULAR), str(BOLD)):
                found.add((int(weight), path))
    return tuple(path for _, path in sorted(found))
