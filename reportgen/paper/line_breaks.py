"""Where a printed line may not break: inside a date, or between a number and its per cent sign.

A date never wraps as "30 / November 2026" and a share never as "100 / %", whoever wrote the
words: the paper, or an officer in a cell. The HTML paper (and so the PDF) keeps them whole
with ``kept_whole_html``, which wraps each in a span the stylesheet keeps on one line, so the
text itself is unchanged: a reader who copies it, searches it or hears it meets ordinary
spaces. Word has no such style, so the Word paper writes its runs through ``keep_together``,
which makes those spaces no-break spaces.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# "30 November", "1st March": a day and its month. "November 2026", "Mar 2021": a month and
# its year. Together they join "30 November 2026" whole.
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?) ({_MONTH})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH}) (\d{{4}})\b")
_PERCENT = re.compile(r"(\d) (%)")
_KEPT = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?: \d{{4}})?\b|\b{_MONTH} \d{{4}}\b"
                   r"|\d+ %")
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_NOT_TEXT = frozenset({"head", "title", "style", "script", "svg", "textarea", "pre"})
"""Elements whose text is not laid out as lines of the page (or may not hold a span)."""
KEPT_CLASS = "kept-whole"


def keep_together(text: str) -> str:
    """``text`` with the spaces inside its dates and before a per cent sign made no-break
    spaces: it reads and copies the same, and a line never breaks there."""
    if " " not in text:
        return text
    joined = rf"\1{NO_BREAK_SPACE}\2"
    return _PERCENT.sub(joined, _MONTH_YEAR.sub(joined, _DAY_MONTH.sub(joined, text)))


def kept_whole_html(html: str) -> str:
    """``html`` with every date and "N %" in its text wrapped in a span of ``KEPT_CLASS``,
    which the stylesheet keeps on one line. Only text between tags changes: never a tag or an
    attribute, nor the text of the head, of a chart's SVG or of a script or style."""
    pieces = _TAG.split(html)
    inside: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag or a comment
            name = _NAME.match(piece)
            if name is None:
                continue
            tag = name.group(1).lower()
            if tag not in _NOT_TEXT or piece.endswith("/>"):
                continue
            if piece.startswith("</"):
                if tag in inside:
                    del inside[len(inside) - 1 - inside[::-1].index(tag):]
            else:
                inside.append(tag)
        elif not inside and " " in piece:
            pieces[index] = _KEPT.sub(
                lambda m: f'<span class="{KEPT_CLASS}">{m.group(0)}</span>', piece)
    return "".join(pieces)
