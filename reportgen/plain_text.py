"""Officers' light formatting as plain text: what a cell says without its marks.

Both sides use it: the paper for metadata and alt text, the workbook side for the requests a
lead reads. The marks are defined here once, and ``paper/markup.py`` reads them as formatting.
"""

from __future__ import annotations

import re

BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]+)\)")
SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
"""The only links made: a file, a script or anything else is left as typed."""


def plain_text(text: str) -> str:
    """``text`` without its bold marks, and each web link as its words with the address after
    them in brackets; lists and line breaks as typed."""

    def link(match: re.Match[str]) -> str:
        label, url = match.groups()
        if not SAFE_LINK.match(url):
            return match.group(0)
        address = url.removeprefix("mailto:")
        return address if BOLD.sub(r"\1", label) == address else f"{label} ({address})"

    return BOLD.sub(r"\1", LINK.sub(link, text))
