"""The paper as data: every part's words, lists, tables and figures, decided once.

Each part of the paper is built as these values from the plan and its figures; every format
lays them out (the HTML templates and the Word writer decide no word, condition or order).
Officers' formatted text becomes the same ``Run``, ``Paragraph`` and ``BulletList`` values
(``formatted_text``), so what an officer typed is data too.

A ``role`` is a styling hook (a CSS class, a Word style's choice), never words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

LINE_BREAK = "\n"
"""A run of this text alone is a line break within its paragraph."""


@dataclass(frozen=True)
class Run:
    """A stretch of text in one format; ``link`` is an http(s) or mailto URL, or '#anchor'."""

    text: str
    bold: bool = False
    link: str | None = None
    struck: bool = False
    """Struck through, as an earlier timescale is: never the only sign (words say so too)."""
    role: str = ""
    """'shape', 'flag', 'note', 'number', 'digest'."""
    lang: str | None = None
    """The run's language where it differs from the paper's."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of runs."""

    runs: tuple[Run, ...]
    role: str = ""
    """'lede', 'note', 'position', 'closures', 'dated', 'rounding-note'."""

    @property
    def text(self) -> str:
        """The paragraph's words, without formatting."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ListItem:
    """One item of a list, at its depth (0 for the outermost list)."""

    runs: tuple[Run, ...]
    level: int = 0
    role: str = ""
    """'alert': a key figure to notice."""


@dataclass(frozen=True)
class BulletList:
    """A list, its items in order (a nested item follows the one it belongs to)."""

    items: tuple[ListItem, ...]
    role: str = ""
    """'key-figures', 'changes', 'rating-counts', 'rag-key-list', 'recommendation-list'."""
    numbered: bool = False
    """The contents; a recommendation's number is text, never a list number."""


@dataclass(frozen=True)
class Cell:
    """One table cell: its blocks, and whether it heads its row."""

    blocks: tuple[Paragraph | BulletList, ...]
    header: bool = False
    """A row header: <th scope="row"> in HTML, the bold first column in Word."""
    shade: str = ""
    """The palette key, also the CSS class: 'rag-red', 'rating-good'."""
    span: int = 1
    role: str = ""
    """'priority', 'rag-cell', 'action-text', 'why'."""


@dataclass(frozen=True)
class Row:
    """A table row; ``anchor`` is the id or bookmark links go to ('action-1A')."""

    cells: tuple[Cell, ...]
    anchor: str = ""
    role: str = ""
    """'log-revision', 'log-closure', 'score', 'overall'."""


@dataclass(frozen=True)
class RowGroup:
    """Rows under a heading printed across the table (<tbody> with a row group header)."""

    heading: tuple[Run, ...]
    """() for none."""
    rows: tuple[Row, ...]
    anchor: str = ""
    """'recommendation-3', 'log-1A'."""
    role: str = ""
    """'addressee', 'recommendation', 'domain'."""


@dataclass(frozen=True)
class Column:
    """A table column: its heading and its share of the table's width."""

    heading: tuple[Run, ...]
    width: float = 1
    """Share of the table's width: Word's widths, HTML's <col class>."""
    role: str = ""
    """'c-action': the <col> class the stylesheet sizes."""


@dataclass(frozen=True)
class Table:
    """A table: caption, columns, row groups in order and any foot rows."""

    caption: str
    columns: tuple[Column, ...]
    groups: tuple[RowGroup, ...]
    foot: tuple[Row, ...] = ()
    caption_shown: bool = True
    """False: visually hidden in HTML, the table's caption property only in Word."""
    row_headers: bool = False
    keep_together: bool = False
    scrolls: bool = False
    """Wrapped in a focusable scrolling box on screen."""
    role: str = ""
    """'action-table', 'log', 'figures rag-by-recommendation'."""


@dataclass(frozen=True)
class Figure:
    """A chart: caption (its visible title), SVG, text alternative and its figures as a table."""

    caption: str
    svg: str
    """Markup in HTML; rasterised for Word."""
    alt: str
    """The description: the SVG's <desc>, Word's descr."""
    data: Table | None = None
    """The figures behind it, printed after it in every format."""
    width: str = "full"
    """'full' or 'half' (the chart pair)."""
    role: str = ""
    """'chart-mix'."""


@dataclass(frozen=True)
class Columns:
    """Blocks side by side where there is room (the summary's chart pair)."""

    columns: tuple[tuple[Block, ...], ...]
    role: str = "chart-pair"


@dataclass(frozen=True)
class Heading:
    """A heading: level 0 is the title (h1), 1 a part (h2, Word's Heading 1), then 2 and 3."""

    runs: tuple[Run, ...]
    level: int
    anchor: str = ""
    role: str = ""
    """'cover-heading'."""

    @property
    def text(self) -> str:
        """The heading's words, without formatting."""
        return "".join(run.text for run in self.runs)


Block = Paragraph | BulletList | Table | Figure | Columns | Heading


@dataclass(frozen=True)
class Part:
    """One part of the paper: what it prints, in order."""

    key: str
    """'board_summary': its template parts/<key>.html and its Word layout."""
    anchor: str
    """'board-summary': the section's id and the Word bookmark."""
    blocks: tuple[Block, ...]
    """The part's heading is its first block."""
    contents_heading: str = ""
    """The part's line in the contents; '' for a part the contents does not list."""
    new_page: bool = True
    landscape: bool = False
    """The action plan."""
    role: str = ""
    """The <section>'s class."""


@dataclass(frozen=True)
class Paper:
    """The whole paper: its metadata and its parts in order, in ``language``."""

    language: str
    """'en'."""
    title: str
    author: str
    subject: str
    """'<title>: position as at 9 March 2021'."""
    protective_marking: str
    parts: tuple[Part, ...]

    def part(self, key: str) -> Part | None:
        """The part called ``key``, or None if this paper leaves it out."""
        return next((part for part in self.parts if part.key == key), None)

    def words(self, key: str) -> list[str]:
        """The words part ``key`` prints, in reading order: what every format must say.

        Headings, paragraphs and list items; a table's caption (if shown), column headings,
        then each row group's heading and its cells row by row, then the foot; a figure's
        caption, then its data table (its text alternative is not printed text).
        """
        part = self.part(key)
        if part is None:
            return []
        return [word for text in _texts(part.blocks) for word in text.split()]


def _texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            yield block.text
        elif isinstance(block, BulletList):
            yield from ("".join(run.text for run in item.runs) for item in block.items)
        elif isinstance(block, Table):
            yield from _table_texts(block)
        elif isinstance(block, Figure):
            yield block.caption
            if block.data is not None:
                yield from _table_texts(block.data)
        elif isinstance(block, Columns):
            for column in block.columns:
                yield from _texts(column)


def _table_texts(table: Table) -> Iterator[str]:
    if table.caption_shown:
        yield table.caption
    yield from ("".join(run.text for run in column.heading) for column in table.columns)
    for group in table.groups:
        yield "".join(run.text for run in group.heading)
        for row in group.rows:
            yield from _row_texts(row)
    for row in table.foot:
        yield from _row_texts(row)


def _row_texts(row: Row) -> Iterator[str]:
    for cell in row.cells:
        yield from _texts(cell.blocks)
