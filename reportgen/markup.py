"""Officers' light formatting (bold, lists, links) to safe HTML: the only markdown-it user."""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

# Text an officer might type that Markdown reads as something else: a bullet symbol pasted
# from Word is a list item, not a literal "•".
_BULLETS = re.compile(r"^(\s*)[•◦▪‣·●○-]\s+", re.MULTILINE)
_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # html=False: raw HTML in a cell is shown as text. Headings, code blocks, rules, quotes and
    # images are switched off: in a table cell they are almost always an accident (a '#' or four
    # leading spaces), and an image would fetch whatever URL a cell names.
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.disable(["heading", "lheading", "code", "fence", "hr", "blockquote", "image",
                "html_block", "html_inline", "reference"])
    # Links are kept for http(s) and mailto only; any other URL stays literal text.
    md.validateLink = lambda url: bool(_SAFE_LINK.match(url.strip()))
    return md


def _normalise(text: str) -> str:
    return _BULLETS.sub(lambda m: f"{m.group(1)}- ", text)


def to_html(text: str, lead_in: str | None = None) -> Markup:
    """Block HTML (paragraphs, lists) for a cell's text, optionally led by a bold label.

    The label (an action's letter, "A:") goes inside the first paragraph so it reads, copies
    and is spoken in line with the text.
    """
    html = _parser().render(_normalise(text))
    if lead_in is None:
        return Markup(html)
    label = Markup('<strong class="lead-in">{}</strong> ').format(lead_in)
    if html.startswith("<p>"):
        return Markup("<p>") + label + Markup(html[3:])
    return Markup("<p>") + label.rstrip() + Markup("</p>\n") + Markup(html)


def to_inline_html(text: str) -> Markup:
    """Inline HTML (bold, links) for a short cell's text, without a wrapping paragraph."""
    return Markup(_parser().renderInline(text))


def to_plain(text: str) -> str:
    """The text without its Markdown marks, for metadata and alt text."""
    return re.sub(r"\*\*|__", "", text)
