"""Excel files in and out: the only package that imports openpyxl.

reading streams the sheets reportgen reads from a file's bytes; writing lays out a workbook
from a plain description (Book, Layout) and gives the same bytes every time; amending adds
rows and sheets to an existing workbook (and says what openpyxl could not keep of it);
properties reads when a file was created and last saved, and the plan's ID; extras reads a
sheet's notes and pictures, which the reading leaves aside.
"""

from .amending import Amended, Link, NewRows, amend, lost_features
from .extras import SheetExtras, sheet_extras
from .properties import PLAN_ID, DocumentDates, document_dates, plan_id
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
    add_sheet,
    book_bytes,
    cell_name,
    cell_of,
    column_name,
    range_of,
    repack,
    write_workbook,
)

__all__ = [
    "DATE_FORMAT", "FORMULA_ERRORS", "LINK_SCHEMES", "MAX_COLUMN", "MAX_ROW", "PLAN_ID",
    "TEXT_FORMAT", "Amended", "Book", "Cell", "DocumentDates", "Formula", "Highlight", "Layout",
    "Link", "NewRows", "SheetData", "SheetExtras", "Validation", "add_sheet", "amend",
    "book_bytes", "cell_name", "cell_of", "column_name", "decode_escapes", "document_dates",
    "lost_features", "plan_id", "range_of", "read_sheets", "repack", "sheet_extras",
    "write_workbook",
]
