"""The board paper laid out in Word: the parts of the paper (``paper.content``), in order,
each block by its type. Every word, condition and order is the part's; this module only
chooses Word's way of showing it: styles, sections, page breaks, pictures, bookmarks.

A heading is a heading style with its bookmark; a table a Word table whose row groups are a
row merged across it in the header fill; a figure the chart as a picture (its caption above
it, its text alternative as the picture's description) then its figures; figures side by
side a line of pictures at tab stops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from ..palette import RAG_COLOURS, RATING_COLOURS
from ..paper.content import (
    Block,
    BulletList,
    Cell,
    Columns,
    Figure,
    Heading,
    Paper,
    Paragraph,
    Part,
    Run,
    Table,
)
from ..paper.context import PaperContext
from .raster import chart_picture
from .word_document import Cell as WordCell
from .word_document import Picture, WordDocument

# The fill and ink of each shade a cell may carry (its CSS class in the HTML paper).
SHADES: dict[str, tuple[str, str]] = {
    **{rag.css_class: colours for rag, colours in RAG_COLOURS.items()},
    **{rating.css_class: colours for rating, colours in RATING_COLOURS.items()},
}
# As templates/paper.css breaks the printed pages: these parts go on from the page before.
RUN_ON = frozenset({"masthead", "cover_sheet", "rag_key", "colophon"})
# The officers' narrative starts a page only straight after the summary for the board.
AFTER_SUMMARY_ONLY = frozenset({"introduction", "foreword"})
# A picture does not break across two pages: a chart is never taller than most of one.
CHART_HEIGHT_SHARE = 0.85
PAIR_HEIGHT_SHARE = 0.25
GUTTER = 180_000  # EMU between charts set side by side (half a centimetre)
KEY_FIGURES_ACROSS = 5
HEADING_STYLES = {0: "Title", 1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}


def paper_docx(context: PaperContext, *, dated: date | datetime,
               template: Path | None = None) -> tuple[bytes, tuple[str, ...]]:
    """The paper as .docx bytes, in the council's ``template`` or the built-in style, and
    the warnings met on the way (styles the template lacks)."""
    return render(context.paper, dated=dated, template=template)


def render(paper: Paper, *, dated: date | datetime,
           template: Path | None = None) -> tuple[bytes, tuple[str, ...]]:
    """``paper`` laid out in Word, part by part."""
    document = WordDocument(template)
    document.shades = SHADES
    document.properties(title=paper.title, author=paper.author, dated=dated,
                        subject=paper.subject)
    document.page_marking(paper.protective_marking)
    previous: Part | None = None
    landscape = False
    for part in paper.parts:
        if part.landscape != landscape:
            document.new_section(landscape=part.landscape)
            landscape = part.landscape
            new_page = False
        else:
            new_page = starts_page(part, previous)
        lay_out_part(document, part, new_page=new_page)
        previous = part
    return document.to_bytes(), tuple(document.warnings)


def starts_page(part: Part, previous: Part | None) -> bool:
    """Whether ``part`` starts a page, as the printed paper breaks them."""
    if not part.new_page or part.key in RUN_ON or previous is None:
        return False
    if part.key in AFTER_SUMMARY_ONLY:
        return previous.key == "board_summary"
    return True


def lay_out_part(document: WordDocument, part: Part, *, new_page: bool) -> None:
    """One part, its first block on a new page when ``new_page``."""
    for index, block in enumerate(part.blocks):
        lay_out(document, block, part=part, new_page=new_page and index == 0)


def lay_out(document: WordDocument, block: Block, *, part: Part, new_page: bool = False) -> None:
    """One block, by its type."""
    if isinstance(block, Heading):
        document.paragraph(block.runs, style=HEADING_STYLES[min(block.level, 3)],
                           bookmark=block.anchor or None, new_page=new_page)
    elif isinstance(block, Paragraph):
        style = "Subtitle" if part.key == "masthead" else "Normal"
        document.paragraph(block.runs, style=style, new_page=new_page)
    elif isinstance(block, BulletList):
        if block.numbered:
            document.contents([(f"{number}. " + "".join(run.text for run in item.runs),
                                next((run.link[1:] for run in item.runs if run.link), ""))
                               for number, item in enumerate(block.items, start=1)])
        elif block.role == "key-figures":
            key_figures(document, block)
        else:
            document.blocks((block,))
    elif isinstance(block, Table):
        table(document, block)
    elif isinstance(block, Figure):
        figures(document, (block,))
    elif isinstance(block, Columns):
        lay_out_columns(document, block, part=part)


def key_figures(document: WordDocument, listed: BulletList) -> None:
    """The key figures as a compact table, each cell a figure's label then its number."""
    cells = [WordCell((Paragraph(tuple(replace(run, bold=True) if run.role == "figure" else run
                                       for run in item.runs)),)) for item in listed.items]
    across = min(KEY_FIGURES_ACROSS, len(cells)) or 1
    rows = [cells[start:start + across] for start in range(0, len(cells), across)]
    rows[-1] = rows[-1] + [WordCell(())] * (across - len(rows[-1]))
    document.table([""] * across, rows, together=True, header=False)


def table(document: WordDocument, shown: Table) -> None:
    """A table: its row groups each under a row across it, then its foot rows."""
    rows: list[list[WordCell]] = []
    marks: list[tuple[str, ...]] = []
    groups: dict[int, tuple[Run, ...]] = {}
    group_marks: dict[int, str] = {}
    for group in shown.groups:
        if group.heading:
            groups[len(rows)] = group.heading
            if group.anchor:
                group_marks[len(rows)] = group.anchor
        for position, row in enumerate(group.rows):
            rows.append([word_cell(cell) for cell in row.cells])
            anchors = (group.anchor,) if group.anchor and not group.heading and position == 0 \
                else ()
            marks.append(anchors + ((row.anchor,) if row.anchor else ()))
    for row in shown.foot:
        rows.append([word_cell(cell) for cell in row.cells])
        marks.append((row.anchor,) if row.anchor else ())
    document.table([column.heading for column in shown.columns], rows,
                   caption=shown.caption, caption_shown=shown.caption_shown,
                   widths=tuple(column.width for column in shown.columns),
                   row_headers=shown.row_headers, bookmarks=marks, together=shown.keep_together,
                   groups=groups, group_bookmarks=group_marks,
                   header=any(run.text for column in shown.columns for run in column.heading))


def word_cell(cell: Cell) -> WordCell:
    """A cell's blocks, shaded as its ``shade`` says, bold when it heads its row."""
    fill, ink = SHADES.get(cell.shade, (None, None))
    return WordCell(cell.blocks, fill=fill, ink=ink, bold=cell.header, span=cell.span)


def lay_out_columns(document: WordDocument, columns: Columns, *, part: Part) -> None:
    """Figures side by side in one line; anything else one column after the other."""
    shown = [column[0] for column in columns.columns if column]
    if shown and all(len(column) == 1 for column in columns.columns) \
            and all(isinstance(block, Figure) for block in shown):
        figures(document, shown)
        return
    for column in columns.columns:
        for block in column:
            lay_out(document, block, part=part)


def figures(document: WordDocument, shown: Sequence[Figure]) -> None:
    """Charts as pictures (side by side when more than one), their captions above them,
    then each one's figures."""
    if len(shown) == 1:
        document.paragraph((Run(shown[0].caption),), style="Caption")
        room, height = document.text_width(), CHART_HEIGHT_SHARE
        document.pictures([picture(document, shown[0], room, height)])
    else:
        room = document.text_width() // len(shown) - GUTTER
        # Side by side, each chart fills its column as in the HTML paper, no taller than a
        # quarter of the page, so that the pair stays on the page with what it belongs to.
        document.pictures([picture(document, figure, room, PAIR_HEIGHT_SHARE, fill=True)
                           for figure in shown], captions=True)
    for figure in shown:
        if figure.data is not None:
            table(document, figure.data)


def picture(document: WordDocument, figure: Figure, room: int, height: float, *,
            fill: bool = False) -> Picture:
    """``figure``'s chart as a picture, as wide within ``room`` (EMU) as it is drawn against
    the text (all of ``room`` with ``fill``: a column of its own), capped at ``height`` of the
    page; its text alternative as its description."""
    drawn = chart_picture(figure.svg)
    width = min(room * (1.0 if fill else drawn.share),
                document.text_height() * height / drawn.aspect)
    return Picture(drawn.png, int(width), figure.caption, f"{figure.caption}. {figure.alt}")
