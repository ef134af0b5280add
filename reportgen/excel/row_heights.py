"""How tall a row must be to show its wrapped text, in the workbook's font (Calibri 11).

Excel and LibreOffice fit a row to text typed into it, but not to text a program wrote: such a
row keeps the height of one line, and its text is cut off or runs over the rows below, on the
screen and in print. So the writer works the height out from the text and the cells' widths.
"""

from __future__ import annotations

# Calibri's characters (and Carlito's, its metric twin) in widths of its digit, the unit of a
# column's width, to the nearest group; any other character counts as a digit.
_GROUPS = {
    0.5: "'il .,:;I`j",
    0.65: "f()-[]{}J!tr",
    0.8: "/\\szcL\"x",
    0.95: "vykFS?|ZgaETYe#*+<=>^_~",
    1.05: "PXKbdhnopquCBR",
    1.2: "VADHG",
    1.3: "NUOQ&",
    1.45: "w%",
    1.7: "mMW@",
}
_WIDTHS = {character: width for width, characters in _GROUPS.items() for character in characters}
BOLD = 1.05
"""Bold text is this much wider."""
SLACK = 1.04
"""Room for what the groups round away, so a line is never fuller than the estimate."""
PADDING = 0.7
"""The cell's inner margins, in digit widths: text wraps this much short of the column's
width."""
LINE_HEIGHT = 15.0
"""Points per line of Calibri 11, as Excel sets a row of one line."""
MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points."""


def text_width(text: str) -> float:
    """The width of ``text`` in digit widths."""
    return sum(_WIDTHS.get(character, 1.0) for character in text)


def lines(text: str, width: float, *, bold: bool = False) -> int:
    """How many lines ``text`` takes wrapped at word breaks in a column ``width`` characters
    wide (a word longer than a line breaks where it must)."""
    room = max(width - PADDING, 1.0)
    scale = SLACK * (BOLD if bold else 1.0)
    space = text_width(" ") * scale
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        used = 0.0
        for word in paragraph.split():
            size = text_width(word) * scale
            if used and used + space + size > room:
                count += 1
                used = 0.0
            while size > room:
                count += 1
                size -= room
            used = used + space + size if used else size
    return count


def row_height(texts: list[tuple[str, float]], *, bold: bool = False) -> float | None:
    """The height in points that shows every (text, column width) of a row, or None where
    each fits on one line (the row keeps its default height)."""
    most = max((lines(text, width, bold=bold) for text, width in texts), default=1)
    return min(most * LINE_HEIGHT, MAX_ROW_HEIGHT) if most > 1 else None
