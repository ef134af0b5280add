"""The contents: every part the paper holds that the contents lists, linked, in order."""

from __future__ import annotations

from ...words import _
from ..content import BulletList, Heading, ListItem, Part, Run

KEY = "contents"
ANCHOR = "contents"


def build(listed: tuple[Part, ...]) -> Part:
    """The contents of the parts ``listed`` (those with a contents heading, in order)."""
    items = tuple(ListItem((Run(part.contents_heading, link=f"#{part.anchor}"),))
                  for part in listed if part.contents_heading)
    return Part(KEY, ANCHOR, (Heading((Run(_("Contents")),), 1, anchor=ANCHOR),
                              BulletList(items, numbered=True, role="contents")),
                role="contents")
