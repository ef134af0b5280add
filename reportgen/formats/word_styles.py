"""The styles the Word paper uses, by name, and how its built-in look defines each.

A council's template maps its house style onto these names (docs/word.md lists them); a
style the template lacks is added as defined here.
"""

from __future__ import annotations

from dataclasses import dataclass

FONT = "Arial"  # Liberation Sans stands in for it where Arial is missing, at the same widths
INK = "0B0C0C"
MUTED = "505A5F"
LINK = "1D70B8"
RULE = "B1B4B6"
HEADER_FILL = "F3F2F1"


@dataclass(frozen=True)
class StyleDefinition:
    """A style as the built-in paper defines it: sizes and spacing in points."""

    name: str
    kind: str  # "paragraph", "character" or "table"
    size: float | None = None
    bold: bool = False
    colour: str | None = None
    outline_level: int | None = None  # headings: their level in the outline, from 0
    space_before: float | None = None
    space_after: float | None = None
    keep_with_next: bool = False
    underline: bool = False
    bullet_level: int | None = None  # bullet list styles: their depth, from 0


STYLES = (
    StyleDefinition("Normal", "paragraph", size=10, colour=INK, space_after=6),
    StyleDefinition("Title", "paragraph", size=22, bold=True, colour=INK, space_after=12,
                    keep_with_next=True),
    StyleDefinition("Subtitle", "paragraph", size=11, bold=True, colour=MUTED, space_after=4),
    StyleDefinition("Heading 1", "paragraph", size=16, bold=True, colour=INK, outline_level=0,
                    space_before=16, space_after=8, keep_with_next=True),
    StyleDefinition("Heading 2", "paragraph", size=13, bold=True, colour=INK, outline_level=1,
                    space_before=12, space_after=6, keep_with_next=True),
    StyleDefinition("Heading 3", "paragraph", size=11, bold=True, colour=INK, outline_level=2,
                    space_before=10, space_after=4, keep_with_next=True),
    StyleDefinition("Caption", "paragraph", size=10, bold=True, colour=INK, space_before=6,
                    space_after=4, keep_with_next=True),
    StyleDefinition("Table Text", "paragraph", size=9, colour=INK, space_after=2),
    StyleDefinition("List Bullet", "paragraph", size=10, colour=INK, space_after=3,
                    bullet_level=0),
    StyleDefinition("List Bullet 2", "paragraph", size=10, colour=INK, space_after=3,
                    bullet_level=1),
    # Bullets inside a table cell, at the cell text's size.
    StyleDefinition("Table List", "paragraph", size=9, colour=INK, space_after=2,
                    bullet_level=0),
    StyleDefinition("Table List 2", "paragraph", size=9, colour=INK, space_after=2,
                    bullet_level=1),
    StyleDefinition("List Paragraph", "paragraph", size=10, colour=INK, space_after=3),
    StyleDefinition("TOC 1", "paragraph", size=10, colour=INK, space_after=3),
    StyleDefinition("Hyperlink", "character", colour=LINK, underline=True),
    StyleDefinition("Table Grid", "table"),
)
STYLE_NAMES = tuple(style.name for style in STYLES)
