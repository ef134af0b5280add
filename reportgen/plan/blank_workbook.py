"""The officers' workbook, laid out from the schema: blank to fill in, or holding a plan's rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from ..atomic_files import write_atomically
from ..errors import InputError
from ..excel import (
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
)
from ..palette import RAG_COLOURS, RATING_COLOURS
from ..updates.plan_identity import new_plan_id, settled_plan_id
from . import schema
from .schema import Column, Kind, Lookup, Sheet

TABLE_ROWS = 200
"""Rows each table spans, so its drop-downs and colours are ready where officers type."""
SPARE_ROWS = 50
"""Empty rows left below a plan that already fills more than TABLE_ROWS."""
GUIDANCE = "Guidance"
LISTS = "Lists"
EXAMPLE_CREATED = datetime(2020, 1, 1)
"""The example's fixed timestamp, so regenerating it gives the same bytes."""

COLOURS = {
    Kind.RAG: {rag.label: colours for rag, colours in RAG_COLOURS.items()},
    Kind.RATING: {rating.label: colours for rating, colours in RATING_COLOURS.items()},
}

EARLIEST, LATEST = "DATE(2000,1,1)", "DATE(2099,12,31)"

GUIDANCE_NOTES = (
    "Each sheet after this one is a table: one row per entry, under the headers. Keep the "
    "headers as they are; columns you add for your own notes are ignored.",
    "Headers and fields marked * are required: fill them in on every row (on an optional "
    "sheet, on every row you add). The * may be left off or typed; it is not part of the name.",
    "Select a cell to see what it holds. Cells with a drop-down list take one of its values; "
    "date cells take a date such as 15/09/2020.",
    "Formatted text may use **bold** and lists, one item a line starting '- ' (indent two "
    "spaces to nest). Alt+Enter starts a new line in a cell.",
    "Check the workbook with 'reportgen validate', which lists every problem with its sheet and "
    "cell, then build the paper with 'reportgen build'. This Guidance sheet is not read.",
)
GUIDANCE_HEADERS = ("Required", "Kind", "Allowed values", "What it holds", "Example")
GUIDANCE_WIDTHS = (26, 9, 13, 26, 46, 24)
"""Narrow enough for a landscape A4 page at its full size."""
TIMESCALE_FORMS = ("Type a date (30/09/2020), a month (September 2020), a quarter (Q3 2020, or "
                   "Q2 2020/21 for the financial year), or Ongoing.")
NOTE_LIMIT = 255
"""The most characters of a cell's note that Excel shows."""


class WorkbookExists(InputError):
    """The file to write already exists, and replacing it was not asked for."""


def new_workbook(path: Path, *, example: bool = False, overwrite: bool = False,
                 created: datetime | None = None) -> Path:
    """Write a blank plan workbook (or the Medway example) to ``path``; refuse to replace one."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"{path}: a workbook's name must end in .xlsx")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; name the workbook to write")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    if path.exists() and not overwrite:
        raise WorkbookExists(f"{path}: already exists")
    if example:
        from .example import FIELDS, ROWS

        write_plan(path, FIELDS, ROWS, created=EXAMPLE_CREATED)
    else:
        write_plan(path, created=created or datetime.now(UTC).replace(
            tzinfo=None, microsecond=0), plan_id=new_plan_id())
    return path


def write_plan(
    path: Path,
    fields: Mapping[str, Mapping[str, object]] | None = None,
    rows: Mapping[str, Sequence[Mapping[str, object]]] | None = None,
    *,
    sheets: Sequence[Sheet] = schema.SHEETS,
    created: datetime = EXAMPLE_CREATED,
    plan_id: str = "",
) -> None:
    """Write the workbook holding ``fields`` and ``rows`` (none: blank) to ``path``.

    The plan's ID is ``plan_id``, else one worked out from what it holds, so the same plan
    always gives the same file.
    """
    book = plan_book(fields or {}, rows or {}, sheets=sheets, created=created, plan_id=plan_id)
    write_atomically(Path(path), book_bytes(book))


def plan_book(
    fields: Mapping[str, Mapping[str, object]],
    rows: Mapping[str, Sequence[Mapping[str, object]]],
    *,
    sheets: Sequence[Sheet] = schema.SHEETS,
    created: datetime = EXAMPLE_CREATED,
    plan_id: str = "",
) -> Book:
    """The workbook: Guidance first, then every sheet of the schema with the values given.

    ``fields`` holds each details sheet's values by field name, ``rows`` each table sheet's
    rows by column name, both keyed by sheet name.
    """
    spans = {s.name: len(s.columns) if s.details
             else max(TABLE_ROWS, len(rows.get(s.name, ())) + SPARE_ROWS) for s in sheets}
    sources, lists = _sources(sheets, spans)
    layouts = [_guidance(sheets)]
    for sheet in sheets:
        if sheet.details:
            layouts.append(_details(sheet, fields.get(sheet.name, {}), sources))
        else:
            layouts.append(_table(sheet, rows.get(sheet.name, ()), spans[sheet.name], sources))
    if lists is not None:
        layouts.append(lists)
    title = str(fields.get(schema.PAPER.name, {}).get("Plan title") or "Improvement plan")
    return Book(tuple(layouts), title, subject="Youth justice improvement plan",
                description="Fill in each sheet; the Guidance sheet explains them. "
                            "reportgen builds the board paper from this workbook.",
                created=created,
                plan_id=plan_id or settled_plan_id((created, *(
                    (layout.name, layout.rows) for layout in layouts))))


def _table(sheet: Sheet, rows: Sequence[Mapping[str, object]], span: int,
           sources: Mapping[Lookup, str]) -> Layout:
    names = tuple(column.name for column in sheet.columns)
    body = tuple(tuple(row.get(name) for name in names) for row in rows)
    cells = [range_of("", index, 2, span + 1) for index in range(1, len(names) + 1)]
    return Layout(
        sheet.name, (tuple(column.header for column in sheet.columns), *body),
        widths=tuple(column.display_width for column in sheet.columns),
        table=_table_name(sheet), span=span,
        column_formats=tuple(_number_format(column) for column in sheet.columns),
        validations=_validations(sheet.columns, cells, sources),
        highlights=_highlights(sheet.columns, cells),
    )


def _details(sheet: Sheet, values: Mapping[str, object], sources: Mapping[Lookup, str]) -> Layout:
    rows = [(column.header, values.get(column.name)) for column in sheet.columns]
    cells = [f"B{row}" for row in range(2, len(rows) + 2)]
    return Layout(
        sheet.name, (schema.DETAIL_HEADERS, *rows),
        widths=(max(len(column.header) for column in sheet.columns) + 4, 70),
        table=_table_name(sheet), span=len(rows),
        cell_formats=tuple((cell, _number_format(column))
                           for column, cell in zip(sheet.columns, cells, strict=True)
                           if _number_format(column)),
        validations=_validations(sheet.columns, cells, sources),
        highlights=_highlights(sheet.columns, cells),
    )


def _number_format(column: Column) -> str:
    """How the column's cells show what is typed into them ('' for Excel's General)."""
    if column.kind is Kind.DATE:
        return DATE_FORMAT
    if column.kind in (Kind.STANDARD, Kind.TIMESCALE):
        # Kept as typed: Excel would turn 1.10 into 1.1, and 'September 2020' into 1 Sep 2020.
        return TEXT_FORMAT
    return ""


def _validations(columns: Sequence[Column], cells: Sequence[str],
                 sources: Mapping[Lookup, str]) -> tuple[Validation, ...]:
    return tuple(_validation(column, where, sources)
                 for column, where in zip(columns, cells, strict=True))


def _highlights(columns: Sequence[Column], cells: Sequence[str]) -> tuple[Highlight, ...]:
    """Each rating a column offers, coloured as the paper colours it."""
    return tuple(Highlight(where, value, fill, text)
                 for column, where in zip(columns, cells, strict=True)
                 for value, (fill, text) in COLOURS.get(column.kind, {}).items()
                 if value in column.choices)


def _validation(column: Column, cells: str, sources: Mapping[Lookup, str]) -> Validation:
    """What ``cells`` of ``column`` accept, and the note shown when one is selected."""
    title, help_text = column.name, column.help
    if column.source is not None:
        return Validation(cells, help_text, title, "list", source=sources[column.source],
                          error=f"Choose {column.source.description}.")
    if column.choices:
        listed = ", ".join(column.choices)
        return Validation(cells, help_text, title, "list", choices=column.choices,
                          error=(f"Usually one of {listed}"
                                 + ("; the Guidance sheet lists the names also accepted"
                                    if column.others else "") + ". Keep your own text?"
                                 if column.other_text else f"Choose one of {listed}."),
                          strict=not column.other_text)
    if column.kind is Kind.DATE:
        return Validation(cells, f"{help_text} Enter a date, such as 15/09/2020.", title, "date",
                          between=(EARLIEST, LATEST),
                          error="Enter a date such as 15/09/2020 (day/month/year), between "
                                "2000 and 2099.")
    if column.kind is Kind.NUMBER:
        return Validation(cells, help_text, title, "whole", between=("0", "9999"),
                          error="Enter a whole number, such as 1.")
    if column.kind is Kind.LETTER:
        return Validation(cells, help_text, title, "textLength", between=("1", "2"),
                          error="Enter the action's letter: A, B, C ...")
    if column.kind is Kind.TIMESCALE:
        # How to type one, where the note has room (the Actions sheet's own note says so).
        with_forms = f"{help_text} {TIMESCALE_FORMS}"
        return Validation(cells, with_forms if len(with_forms) <= NOTE_LIMIT else help_text,
                          title)
    return Validation(cells, help_text, title)


def _sources(sheets: Sequence[Sheet], spans: Mapping[str, int]) -> tuple[dict[Lookup, str],
                                                                          Layout | None]:
    """Where each lookup's list is read from, and the hidden sheet that joins columns for it.

    A list must be one range of cells, so values made of several columns (an action's
    recommendation and letter) are joined by formulas on a hidden sheet.
    """
    by_name = {sheet.name: sheet for sheet in sheets}
    lookups = dict.fromkeys(c.source for s in sheets for c in s.columns if c.source is not None)
    sources: dict[Lookup, str] = {}
    headers: list[str] = []
    formulas: list[list[Formula]] = []
    span = 0
    for lookup in lookups:
        target = by_name[lookup.sheet]
        positions = [[c.name for c in target.columns].index(name) + 1 for name in lookup.columns]
        last = spans[lookup.sheet] + 1
        if len(positions) == 1:
            sources[lookup] = range_of(lookup.sheet, positions[0], 2, last, absolute=True)
            continue
        headers.append(f"{lookup.sheet}: {' & '.join(lookup.columns)}")
        formulas.append([_joined(lookup.sheet, positions, row) for row in range(2, last + 1)])
        sources[lookup] = range_of(LISTS, len(headers), 2, last, absolute=True)
        span = max(span, last - 1)
    if not headers:
        return sources, None
    body = tuple(tuple(column[row] if row < len(column) else None for column in formulas)
                 for row in range(span))
    lists = Layout(LISTS, (tuple(headers), *body), widths=(24,) * len(headers), hidden=True)
    return sources, lists


def _joined(sheet: str, positions: list[int], row: int) -> Formula:
    cells = [cell_of(sheet, position, row) for position in positions]
    blank = ",".join(f'{cell}=""' for cell in cells)
    return Formula(f'=IF(OR({blank}),"",{"&".join(cells)})')


def _table_name(sheet: Sheet) -> str:
    return "".join(part for part in sheet.name.title().split() if part.isalnum())


def _guidance(sheets: Sequence[Sheet]) -> Layout:
    """The first sheet: how to fill the workbook in, and every sheet's columns."""
    rows: list[tuple[object, ...]] = [("How to fill in this workbook",), *((note,) for note in
                                                                          GUIDANCE_NOTES)]
    bold = [1]
    paragraphs = list(range(1, len(rows) + 1))
    for sheet in sheets:
        rows.append(())
        rows.append((f"{sheet.name} sheet" + ("" if sheet.required else " (optional)"),))
        bold.append(len(rows))
        paragraphs.append(len(rows))
        purpose = sheet.purpose + (" One row per field: its name under Field, its value under "
                                   "Value." if sheet.details else "")
        rows.append((purpose,))
        paragraphs.append(len(rows))
        rows.append(("Field" if sheet.details else "Column", *GUIDANCE_HEADERS))
        bold.append(len(rows))
        for column in sheet.columns:
            rows.append((column.label, "yes" if column.required else "no", column.kind.value,
                         column.allowed, column.help, column.typed_example))
    return Layout(GUIDANCE, tuple(rows), widths=GUIDANCE_WIDTHS, bold_rows=tuple(bold),
                  paragraph_rows=tuple(paragraphs), freeze=None)
