"""Officers' light formatting to safe HTML: bold, bullet lists, line breaks and web links only.

A cell is not Markdown. Only what docs/workbook.md lists under "Formatted text" is read as
formatting; every other character reaches the paper as typed (numbers that look like a list,
'+' or '*' at the start of a line, backslashes, '&amp;', '#', '<b>').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..plain_text import BOLD as _BOLD
from ..plain_text import LINK as _LINK
from ..plain_text import SAFE_LINK as _SAFE_LINK

# "- " or a bullet symbol pasted from Word, then a space, starts a list item; deeper
# indentation than the item above nests it.
_BULLET = re.compile(r"^([ \t]*)(?:-|[•◦▪‣·●○])[ \t]+(.*)$")


def _inline(text: str) -> Markup:
    """One line: bold and web links marked up, everything else escaped as typed."""
    out = Markup()
    position = 0
    for link in _LINK.finditer(text):
        label, url = link.groups()
        if not _SAFE_LINK.match(url):
            continue  # left as typed: a file, a script or anything else is never a link
        out += _bold(text[position:link.start()])
        out += Markup('<a href="{}">{}</a>').format(url, _bold(label))
        position = link.end()
    return out + _bold(text[position:])


def _bold(text: str) -> Markup:
    out = Markup()
    position = 0
    for match in _BOLD.finditer(text):
        out += escape(text[position:match.start()])
        out += Markup("<strong>{}</strong>").format(match.group(1))
        position = match.end()
    return out + escape(text[position:])


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


@dataclass
class _Item:
    lines: list[str]
    children: list[_List] = field(default_factory=list)


@dataclass
class _List:
    indent: int
    items: list[_Item] = field(default_factory=list)


def _render_list(bullets: _List) -> Markup:
    out = Markup("<ul>\n")
    for item in bullets.items:
        out += Markup("<li>") + Markup("<br>\n").join(_inline(line) for line in item.lines)
        if item.children:
            out += Markup("\n") + Markup().join(_render_list(child) for child in item.children)
        out += Markup("</li>\n")
    return out + Markup("</ul>\n")


def _blocks(text: str) -> Markup:
    """Paragraphs (split at blank lines, lines kept apart) and bullet lists, as HTML."""
    out = Markup()
    paragraph: list[str] = []
    stack: list[_List] = []  # the open lists, outermost first

    def close_paragraph() -> None:
        nonlocal out
        if paragraph:
            out += Markup("<p>") + Markup("<br>\n").join(map(_inline, paragraph))
            out += Markup("</p>\n")
            paragraph.clear()

    def close_lists() -> None:
        nonlocal out
        if stack:
            out += _render_list(stack[0])
            stack.clear()

    for line in _lines(text):
        bullet = _BULLET.match(line)
        if bullet:
            close_paragraph()
            indent = _width(bullet.group(1))
            while len(stack) > 1 and indent < stack[-1].indent:
                stack.pop()
            if not stack:
                stack.append(_List(indent))
            elif indent > stack[-1].indent and stack[-1].items:
                nested = _List(indent)
                stack[-1].items[-1].children.append(nested)
                stack.append(nested)
            stack[-1].items.append(_Item([bullet.group(2).strip()]))
        elif not line.strip():
            close_paragraph()
            close_lists()
        elif stack and line[:1] in (" ", "\t"):
            stack[-1].items[-1].lines.append(line.strip())  # an indented line goes on the item
        else:
            close_lists()
            paragraph.append(line.strip())
    close_paragraph()
    close_lists()
    return out


def to_html(text: str, lead_in: str | None = None) -> Markup:
    """Block HTML (paragraphs, lists) for a cell's text, optionally led by a bold label.

    The label (an action's letter, "A:") goes inside the first paragraph so it reads, copies
    and is spoken in line with the text.
    """
    html = _blocks(text)
    if lead_in is None:
        return html
    label = Markup('<strong class="lead-in">{}</strong> ').format(lead_in)
    if html.startswith("<p>"):
        return Markup("<p>") + label + Markup(html[3:])
    return Markup("<p>") + label.rstrip() + Markup("</p>\n") + html


def to_inline_html(text: str) -> Markup:
    """Inline HTML (bold, links, line breaks) for a short cell's text, with no paragraph."""
    return Markup("<br>\n").join(_inline(line.strip()) for line in _lines(text.strip()))

