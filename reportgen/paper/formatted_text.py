"""An officer's formatted cell text as plain data: paragraphs and bullet lists of runs.

The Word paper must show a cell as the HTML paper does, so this reads the safe HTML that
``markup`` makes (paragraphs, bullet lists, bold, links, line breaks) rather than the
officer's marks themselves: whatever ``markup`` accepts as formatting, both papers agree on,
and everything else stays the text it was typed as. Nothing in a cell is run or fetched.
"""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

from . import markup
from .content import LINE_BREAK, BulletList, ListItem, Paragraph, Run

Block = Paragraph | BulletList
"""The blocks an officer's cell can hold (the paper's own blocks are ``content.Block``)."""


def blocks(text: str, lead_in: str | None = None) -> tuple[Block, ...]:
    """A cell's text as blocks, optionally led by a bold label in its first paragraph."""
    return from_html(markup.to_html(text, lead_in))


def inline(text: str) -> tuple[Run, ...]:
    """A short cell's text (bold, links, line breaks) as runs, for a line of its own."""
    found = from_html(f"<p>{markup.to_inline_html(text)}</p>")
    return tuple(run for block in found if isinstance(block, Paragraph) for run in block.runs)


def plain(*texts: str) -> tuple[Block, ...]:
    """The paper's own words, a paragraph each, taken as they are."""
    return tuple(Paragraph((Run(text),)) for text in texts)


def from_html(html: str) -> tuple[Block, ...]:
    """The blocks of HTML that ``markup`` (or ``jinja_env.evidence``) made."""
    reader = _Reader()
    reader.feed(str(html))  # a plain str: Markup would escape what the reader takes out
    reader.close()
    return reader.finish()


class _Reader(HTMLParser):
    """Collects blocks and runs from the few tags ``markup`` writes; any other keeps its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.items: list[ListItem] = []
        self.runs: list[Run] = []
        self.bold = 0
        self.link: str | None = None
        self.depth = 0  # how many lists are open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("strong", "b"):
            self.bold += 1
        elif tag == "a":
            self.link = dict(attrs).get("href") or None
        elif tag == "br":
            self.runs.append(Run(LINE_BREAK))
        elif tag == "ul":
            self._end_item()  # an item's own words come before the list nested in it
            self.depth += 1
        elif tag in ("li", "p") and self.depth:
            self._end_item()
        elif tag == "p":
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag == "a":
            self.link = None
        elif tag == "li":
            self._end_item()
        elif tag == "ul":
            self._end_item()
            self.depth = max(0, self.depth - 1)
            if not self.depth and self.items:
                self.blocks.append(BulletList(tuple(self.items)))
                self.items = []
        elif tag == "p" and not self.depth:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        # markup writes every line break as <br> and a new line after it: a new line in the
        # HTML is never the officer's text.
        text = data.replace("\n", "")
        if not text:
            return
        run = Run(text, bold=self.bold > 0, link=self.link)
        previous = self.runs[-1] if self.runs else None
        if previous and previous.text != LINE_BREAK and replace(previous, text=text) == run:
            self.runs[-1] = replace(previous, text=previous.text + text)
        else:
            self.runs.append(run)

    def _end_item(self) -> None:
        runs = _trimmed(self.runs)
        if runs:
            self.items.append(ListItem(runs, max(0, self.depth - 1)))
        self.runs = []

    def _end_paragraph(self) -> None:
        runs = _trimmed(self.runs)
        if runs:
            self.blocks.append(Paragraph(runs))
        self.runs = []

    def finish(self) -> tuple[Block, ...]:
        if self.depth:
            self._end_item()
            if self.items:
                self.blocks.append(BulletList(tuple(self.items)))
        else:
            self._end_paragraph()
        return tuple(self.blocks)


def _trimmed(runs: list[Run]) -> tuple[Run, ...]:
    """Runs without the white space and line breaks HTML leaves at either end."""
    kept = list(runs)
    while kept and not kept[-1].text.strip():
        kept.pop()
    while kept and not kept[0].text.strip():
        kept.pop(0)
    if kept:
        kept[0] = replace(kept[0], text=kept[0].text.lstrip())
        kept[-1] = replace(kept[-1], text=kept[-1].text.rstrip())
    return tuple(kept)
