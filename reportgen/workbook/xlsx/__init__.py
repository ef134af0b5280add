"""Excel files in and out: the only package that imports openpyxl.

reading streams the sheets reportgen reads from a file's bytes; writing lays out a workbook
from a plain description (Book, Layout) and gives the same bytes every time.
"""

from .reading import (
    FORMULA_ERRORS,
    LINK_SCHEMES,
    MAX_COLUMN,
    MAX_ROW,
    Cell,
    SheetData,
    decode_escapes,
    read_sheets,
)
from .writing import (
    DATE_FORMAT,
    TEXT_FORMAT,
    Book,
    Formula,
    Highlight,
    Layout,
    Validation,
    book_bytes,
    cell_of,
    range_of,
    repack,
    write_workbook,
)

__all__ = [
    "DATE_FORMAT", "FORMULA_ERRORS", "LINK_SCHEMES", "MAX_COLUMN", "MAX_ROW", "TEXT_FORMAT",
    "Book", "Cell", "Formula", "Highlight", "Layout", "SheetData", "Validation", "book_bytes",
    "cell_of", "decode_escapes", "range_of", "read_sheets", "repack", "write_workbook",
]
