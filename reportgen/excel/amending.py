"""Adding rows and sheets to an existing workbook with openpyxl, keeping what it can of the rest.

openpyxl reads the whole workbook into its own model and writes that model out again, so what
it does not model is not written. It keeps cell values and styles, column widths and row
heights, merged cells, tables, drop-down lists, conditional formats, notes, hyperlinks, named
ranges, document properties, pictures and charts. It loses shapes and text boxes, form
controls, slicers and timelines, threaded comments, sparklines and the other features Excel
saves as extensions, and the last worked-out value of every formula (the formula stays, and
Excel or LibreOffice work it out again on opening). ``lost_features`` compares a workbook with
its amended copy and names, in words, what went.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import datetime

from .writing import DATE_FORMAT, Layout, _put, add_sheet, repack


@dataclass(frozen=True)
class NewRows:
    """Rows to write below row ``after`` of ``sheet``, each a mapping of column (from 1) to value.

    A value that is a Link is written as its text, a hyperlink to its target. ``look`` is a row
    whose cells' look (font, borders, alignment, number format) the new cells
    copy, so they match the rows officers typed; its fill and strike-through are not copied,
    since in a plan a fill or a line through a row says something.
    """

    sheet: str
    after: int
    rows: tuple[Mapping[int, object], ...]
    look: int | None = None


@dataclass(frozen=True)
class Link:
    """A cell's text and the address it is a hyperlink to (http, https or mailto)."""

    text: str
    target: str


@dataclass(frozen=True)
class Amended:
    """The amended workbook's bytes, and the cells of each sheet that hold a formula."""

    content: bytes
    formulas: Mapping[str, frozenset[tuple[int, int]]]
    """(row, column) of every formula cell, by sheet: these lose their saved values."""


def amend(content: bytes, *, rows: Sequence[NewRows] = (), sheets: Sequence[Layout] = (),
          modified: datetime, macros: bool = False, plan_id: str = "") -> Amended:
    """The workbook ``content`` with ``rows`` added below existing rows and ``sheets`` added
    after the last sheet, saved as ``modified``: the same input always gives the same bytes.

    A table whose last row is the one the new rows follow grows to take them in. ``macros``
    keeps an .xlsm workbook's macros. ``plan_id``, when given, becomes the plan's ID (its
    custom document property).
    """
    from openpyxl import load_workbook
    from openpyxl.xml.constants import ARC_CORE
    from openpyxl.xml.functions import tostring

    book = load_workbook(io.BytesIO(content), rich_text=True, keep_vba=macros, keep_links=True)
    formulas = {ws.title: frozenset((cell.row, cell.column) for row in ws.iter_rows()
                                    for cell in row if cell.data_type == "f")
                for ws in book.worksheets}
    for addition in rows:
        ws = book[addition.sheet]
        for offset, values in enumerate(addition.rows, start=1):
            for column, value in values.items():
                cell = ws.cell(row=addition.after + offset, column=column)
                if addition.look is not None:
                    _copy_look(ws.cell(row=addition.look, column=column), cell)
                _store(cell, value)
        _grow_tables(ws, addition.after, addition.after + len(addition.rows))
    for layout in sheets:
        add_sheet(book, layout)
    if plan_id:
        from .properties import set_plan_id

        set_plan_id(book, plan_id)
    book.properties.modified = modified
    buffer = io.BytesIO()
    book.save(buffer)
    # openpyxl stamps the time of saving as 'modified'; put the one asked for back.
    book.properties.modified = modified
    saved = repack(buffer.getvalue(), {ARC_CORE: tostring(book.properties.to_tree())}, modified)
    return Amended(saved, {name: cells for name, cells in formulas.items() if cells})


def _copy_look(source: object, cell: object) -> None:
    font = copy(source.font)
    font.strike = False
    cell.font = font
    cell.border = copy(source.border)
    cell.alignment = copy(source.alignment)
    cell.number_format = source.number_format
    cell.protection = copy(source.protection)


def _store(cell: object, value: object) -> None:
    """Write ``value`` (a Link as its text, linked), keeping a date format the cell copied;
    other dates get DATE_FORMAT."""
    from openpyxl.styles.numbers import is_date_format

    if isinstance(value, Link):
        _put(cell, value.text)
        cell.hyperlink = value.target
        return
    copied = cell.number_format
    _put(cell, value)
    if is_date_format(copied) and cell.number_format == DATE_FORMAT:
        cell.number_format = copied


def _grow_tables(ws: object, after: int, last: int) -> None:
    from openpyxl.utils.cell import get_column_letter, range_boundaries

    for table in ws.tables.values():
        first_column, first_row, last_column, last_row = range_boundaries(table.ref)
        if first_row <= after == last_row < last:
            ref = (f"{get_column_letter(first_column)}{first_row}:"
                   f"{get_column_letter(last_column)}{last}")
            table.ref = ref
            if table.autoFilter is not None:
                table.autoFilter.ref = ref


# What a workbook holds that openpyxl may not write again: the parts that hold it (by name) or
# the XML elements that mark it, counted before and after.
_PARTS = {
    "pictures": re.compile(r"xl/media/"),
    "charts": re.compile(r"xl/charts/chart\d*\.xml$"),
    "charts' own styles and colours": re.compile(r"xl/charts/(style|colors)\d*\.xml$"),
    "notes (comments)": re.compile(r"xl/comments\d*\.xml$|xl/comments/"),
    "threaded comments": re.compile(r"xl/threadedComments/"),
    "form controls": re.compile(r"xl/(ctrlProps|activeX)/"),
    "slicers and timelines": re.compile(r"xl/(slicers|slicerCaches|timelines|timelineCaches)/"),
    "pivot tables": re.compile(r"xl/pivotTables/"),
    "macros": re.compile(r"xl/vbaProject\.bin$"),
    "custom XML data": re.compile(r"customXml/item\d*\.xml$"),
}
_MARKS = {
    "shapes and text boxes": (re.compile(r"xl/drawings/drawing\d*\.xml$"),
                              re.compile(rb"<(?:\w+:)?(?:sp|grpSp|cxnSp)[\s>]")),
    "sparklines and other features Excel saves as extensions": (
        re.compile(r"xl/worksheets/sheet\d*\.xml$"), re.compile(rb"<(?:\w+:)?extLst[\s>]")),
}


def lost_features(before: bytes, after: bytes, *, origin: str = "the workbook") -> tuple[str, ...]:
    """What ``before`` holds that its amended copy ``after`` holds less of, in words."""
    counted = [_features(content, origin) for content in (before, after)]
    return tuple(name for name in (*_PARTS, *_MARKS)
                 if counted[1].get(name, 0) < counted[0].get(name, 0))


def _features(content: bytes, origin: str) -> dict[str, int]:
    from .file_checks import check_parts

    counts: dict[str, int] = {}
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
        for name, pattern in _PARTS.items():
            counts[name] = sum(1 for part in names if pattern.match(part))
        for name, (parts, mark) in _MARKS.items():
            marked = [part for part in names if parts.match(part)]
            check_parts(origin, archive, dict.fromkeys(marked, "its drawings and sheets"))
            counts[name] = sum(len(mark.findall(archive.read(part))) for part in marked)
    return counts
