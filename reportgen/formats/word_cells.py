"""What every part of the Word paper prints the same way (templates/macros.html): a rating as
its shape, words and colour, a row of figures, links to actions, a chart as a picture."""

from __future__ import annotations

from collections.abc import Sequence

from ..palette import RAG_COLOURS, RATING_COLOURS
from ..paper.context import Chart, PaperContext
from ..paper.figures import ActionStatus, Direction, RagMix
from ..paper.formatted_text import Block, Paragraph, Run, plain
from ..plan.model import Rag, Rating
from .raster import chart_picture
from .word_document import Cell, Picture, WordDocument


def rag_words(rating: Rag | None) -> str:
    """'✔ Complete': the shape and the words, never the colour alone."""
    return f"{rating.shape} {rating.label}" if rating else "○ Not yet rated"


def direction_words(direction: Direction) -> str:
    """'↑ Improved'."""
    return f"{direction.arrow} {direction.label}"


def rag_cell(rating: Rag | None, direction: Direction | None = None) -> Cell:
    """A RAG rating as its shape and words on its colour, then how it moved."""
    fill, ink = RAG_COLOURS[rating] if rating else (None, None)
    lines: list[Block] = [Paragraph((Run(rag_words(rating)),))]
    if direction is not None:
        lines.append(Paragraph((Run(direction_words(direction)),)))
    return Cell(tuple(lines), fill=fill, ink=ink)


def rating_cell(rating: Rating) -> Cell:
    """An inspection rating: its dots and words on its colour."""
    fill, ink = RATING_COLOURS[rating]
    words = f"{rating.shape} {rating.label}" if rating.shape else rating.label
    return Cell(plain(words), fill=fill, ink=ink)


def text_cell(*texts: str, bold: bool = False) -> Cell:
    """A cell of the paper's own words, a paragraph each."""
    return Cell(plain(*texts), bold=bold)


def link_cell(text: str, anchor: str, *more: str) -> Cell:
    """A cell whose first line links to ``anchor`` in the paper, then more lines."""
    return Cell((Paragraph((Run(text, link=f"#{anchor}"),)), *plain(*more)))


def mix_row(label: Cell, mix: RagMix, *extra: str) -> list[Cell]:
    """A figures row: the label, each rating's count, and any further figures."""
    return [label, *(text_cell(str(share.count)) for share in mix.shares),
            *(text_cell(value) for value in extra)]


def slot_columns(context: PaperContext) -> list[str]:
    """The figures tables' rating columns, each its shape and words."""
    return [rag_words(rating) for rating in context.slots]


def references(statuses: tuple[ActionStatus, ...], *, reasons: bool = False,
               last: str = ", ") -> list[Run]:
    """'1A, 2B': each action's reference linked to its row in the action plan; with
    ``reasons``, each followed by why it is an exception; ``last`` before the last one
    ('1A, 2B and 3C')."""
    runs: list[Run] = []
    for index, status in enumerate(statuses):
        reference = status.action.reference
        runs.append(Run(reference, link=f"#action-{reference}"))
        if reasons:
            runs.append(Run(f" ({', '.join(status.reasons).lower()})"))
        if index < len(statuses) - 2:
            runs.append(Run(", "))
        elif index == len(statuses) - 2:
            runs.append(Run(last))
    return runs


# A picture does not break across two pages: a chart is never taller than most of one.
CHART_HEIGHT_SHARE = 0.85


def chart(document: WordDocument, shown: Chart) -> None:
    """A chart: its title, then its picture, with its title and description as alternative
    text, as wide against the text as it is drawn, and never taller than most of a page."""
    document.paragraph((Run(shown.title),), style="Caption")
    document.pictures([chart_placed(document, shown, document.text_width())])


def chart_pair(document: WordDocument, pair: Sequence[Chart]) -> None:
    """Two charts side by side, as the PDF paper sets the summary's pair: their titles in a
    line above them (one chart alone is placed as ``chart`` places it)."""
    if len(pair) == 1:
        chart(document, pair[0])
        return
    room = document.text_width() // len(pair) - GUTTER
    document.pictures([chart_placed(document, shown, room) for shown in pair], captions=True)


GUTTER = 180_000  # EMU between charts set side by side (half a centimetre)


def chart_placed(document: WordDocument, shown: Chart, room: int) -> Picture:
    """``shown`` drawn as a picture, as wide within ``room`` (EMU) as it is drawn against
    the text, capped in height; its alternative text its title and description."""
    picture = chart_picture(shown.svg)
    width = min(room * picture.share,
                document.text_height() * CHART_HEIGHT_SHARE / picture.aspect)
    return Picture(picture.png, int(width), shown.title, f"{shown.title}. {shown.description}")


def timescale_runs(status: ActionStatus) -> list[Run]:
    """macros.html's timescale: as it stands; a revised one says how often it moved and shows
    each earlier timescale struck through and in words."""
    runs = [Run(status.timescale.label)]
    if status.revised:
        runs += [Run(f" ({status.revised}; originally "),
                 Run(status.action.timescale.label, struck=True)]
        for revision in status.action.revisions[:-1]:
            runs += [Run(", then "), Run(revision.timescale.label, struck=True)]
        runs.append(Run(")"))
    return runs
