"""Sheets to rows: finding reportgen's sheets, their header rows and columns, each row's cells."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from .. import fonts
from ..excel import SheetData
from . import cells, schema
from .model import Rag
from .records import Collector, Record
from .schema import Column, Kind, Sheet
from .unread_columns import UnreadHeader, report_unread

# How close a sheet's name must be to one reportgen reads to be named as "did you mean".
SHEET_NAME_CUTOFF = 0.75


def is_read(sheet_name: str) -> bool:
    """Whether reportgen reads the sheet called ``sheet_name``: by its name, another name
    officers give it, or a name close enough to one to be suggested as it."""
    key = schema.normalise_header(sheet_name)
    keys = [k for sheet in schema.SHEETS for k in sheet.keys]
    return key in keys or bool(difflib.get_close_matches(key, keys, n=1,
                                                        cutoff=SHEET_NAME_CUTOFF))


def column_letter(index: int) -> str:
    """Spreadsheet column letters for a 1-based column index (1 -> A, 28 -> AB)."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# Excel's own limit on a cell's text; a longer one did not come from a spreadsheet.
MAX_CELL_TEXT = 32_767


# Data rows read from one sheet: far beyond any plan, and a bound on the work a file can ask for.
MAX_ROWS = 20_000


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(value: object) -> object:
    """Strip text and its control and invisible characters; blank text is an empty cell."""
    if isinstance(value, str):
        value = schema.without_invisible(_CONTROL.sub("", value)).strip()
        return value or None
    return value


# How far down a sheet its header row is looked for, when a title sits above it.
HEADER_SEARCH_ROWS = 30


def _header_index(sheet: Sheet, rows: list[tuple[object, ...]]) -> int | None:
    """The header row: the first row holding the most of the sheet's known headers, or the
    first non-empty row when no row holds any."""
    first = next((i for i, row in enumerate(rows) if any(v is not None for v in row)), None)
    if first is None:
        return None
    keys = {key: column.name for column in sheet.columns for key in column.keys}
    best, best_count = first, 0
    for index in range(first, min(len(rows), first + HEADER_SEARCH_ROWS)):
        named = {keys[k] for k in (schema.normalise_header(v) for v in rows[index]
                                   if isinstance(v, str)) if k in keys}
        if len(named) > best_count:
            best, best_count = index, len(named)
    return best


def _invisible_note(where: str, text: str) -> str | None:
    names = schema.invisible_in(text)
    if not names:
        return None
    return (f"{where} holds {' and '.join(f'an invisible {n}' for n in names)} "
            f"(in {cells.shown(schema.without_invisible(text))}); it was removed")


def read_table(sheet: Sheet, data: SheetData | None, found: Collector) -> list[Record]:
    """The sheet's data rows, columns found by their header text wherever they stand."""
    if data is None:
        close = found.missing_sheet_hints.get(sheet.name)
        if sheet.name in found.ambiguous_sheets:
            pass
        elif sheet.required and close:
            found.error(sheet.name, None, f"the workbook has no '{sheet.name}' sheet; is it "
                        f"'{close}'? Rename that sheet '{sheet.name}'")
        elif sheet.required:
            found.error(sheet.name, None, f"the workbook has no '{sheet.name}' sheet; add it "
                        f"({sheet.purpose})")
        return []
    name = data.name
    raw_rows = data.rows
    rows = [tuple(_clean(v) for v in row) for row in raw_rows]
    header_index = _header_index(sheet, rows)
    if header_index is None:
        if sheet.required:
            found.error(name, None, "the sheet is empty; its first row should hold the "
                        "headers " + ", ".join(c.name for c in sheet.columns))
        return []
    header_row = header_index + 1
    first_filled = next(i for i, row in enumerate(rows) if any(v is not None for v in row))
    if header_index > first_filled:
        found.warn(name, f"{header_row}:{header_row}",
                   f"the headers were found in row {header_row}, not in the first row; "
                   f"row{'s' if header_index - first_filled > 1 else ''} above "
                   f"{'them' if header_index - first_filled > 1 else 'it'} (a title?) "
                   f"{'are' if header_index - first_filled > 1 else 'is'} not read")
    headers: dict[str, int] = {}
    for i, value in enumerate(rows[header_index]):
        if value is not None:
            headers.setdefault(schema.normalise_header(value), i + 1)
    positions: dict[str, int] = {}
    for column in sheet.columns:
        position = next((headers[k] for k in column.keys if k in headers), None)
        if position is not None:
            positions[column.name] = position
    _check_headers(sheet, name, header_row, raw_rows[header_index], rows[header_index + 1:],
                   positions, found)
    for first_row, first_col, last_row, last_col in data.merged:
        if last_row > first_row and last_row > header_row:
            found.error(name, f"{column_letter(first_col)}{first_row}:"
                        f"{column_letter(last_col)}{last_row}",
                        f"cells are merged across rows {first_row} to {last_row}; unmerge them "
                        "and give each row its own value")
    records = []
    invisible: list[str] = []
    marked_rows: list[tuple[int, list[str]]] = []
    """Rows struck through, hidden or filtered out, and which of those."""
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        values = {name_: row[p - 1] if p - 1 < len(row) else None
                  for name_, p in positions.items()}
        at = {name_: (index + 1, p) for name_, p in positions.items()}
        unsaved = {n: data.unsaved[c] for n, c in at.items() if c in data.unsaved}
        errors = {n: data.errors[c] for n, c in at.items() if c in data.errors}
        links = {n: data.links[c] for n, c in at.items() if c in data.links}
        coloured = {n: data.fills[c] for n, c in at.items()
                    if c in data.fills and values[n] is None}
        if all(v is None for v in values.values()) and not unsaved and not errors:
            continue  # blank rows, and rows with text only in extra columns, are ignored
        if len(records) == MAX_ROWS:
            found.error(name, f"{index + 1}:{index + 1}",
                        f"more than {MAX_ROWS:,} rows; reportgen reads at most {MAX_ROWS:,} "
                        "from one sheet")
            break
        refs = {name_: f"{column_letter(p)}{index + 1}" for name_, p in positions.items()}
        for name_, p in positions.items():
            typed = raw_rows[index][p - 1] if p - 1 < len(raw_rows[index]) else None
            if isinstance(typed, str) and schema.invisible_in(typed):
                invisible.append(refs[name_])
        for name_, value in values.items():
            if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
                found.error(name, refs[name_],
                            f"the text is {len(value):,} characters long, more than a cell "
                            f"holds ({MAX_CELL_TEXT:,}); shorten it")
                values[name_] = value[:MAX_CELL_TEXT]
        for name_ in links:
            if name_ != "Evidence":
                found.warn(name, refs[name_],
                           f"the cell is a hyperlink to {cells.shown(links[name_])}; the paper "
                           "keeps links only from the Progress sheet's Evidence column, so it "
                           "shows this cell's text without the link")
        for name_, where in at.items():
            if where in data.refused_links:
                found.warn(name, refs[name_],
                           f"the cell links to {cells.shown(data.refused_links[where])}, which "
                           "the paper does not link to (only http, https and mailto links are "
                           "kept); its text is shown")
        for name_, fill in coloured.items():
            rag = _colour_rag(fill) if sheet.column(name_).kind is Kind.RAG else None
            if rag is None:
                continue
            if found.read_colours:
                values[name_] = rag.label
                found.warn(name, refs[name_], f"the cell has no text but is coloured {rag.colour}: "
                           f"read as '{rag.label}' (--read-colours)")
            else:
                found.warn(name, refs[name_],
                           f"the cell has no text but is coloured {rag.colour}, which suggests "
                           f"'{rag.label}'; type the rating (or build with --read-colours to read "
                           "colours as ratings). It is read as not yet rated")
        for name_, value in values.items():
            missing = fonts.undrawable(value) if isinstance(value, str) else ""
            if missing:
                found.warn(name, refs[name_],
                           f"{fonts.describe(missing)} cannot be drawn by any font installed "
                           "here, so the paper shows an empty box; remove it or install a "
                           "font that has it")
        struck = any(c in data.struck for c in at.values())
        marks = [word for word, rows_ in (("struck through", {index + 1} if struck else set()),
                                           ("hidden", data.hidden_rows),
                                           ("filtered out", data.filtered_rows))
                 if index + 1 in rows_]
        if marks:
            marked_rows.append((index + 1, marks))
        records.append(Record(name, index + 1, values, refs, unsaved, errors, links))
    for row_number, marks in marked_rows:
        found.warn(name, f"{row_number}:{row_number}",
                   f"row {row_number} is {' and '.join(marks)}; it is still read and printed. "
                   + ("Delete it if the entry is cancelled, or clear the strike-through"
                      if "struck through" in marks else "Unhide it (or clear the filter) to see "
                      "what the paper shows"))
    if invisible:
        found.warn(name, invisible[0],
                   f"{len(invisible)} cell{'s hold' if len(invisible) > 1 else ' holds'} "
                   "invisible characters (such as a zero-width space pasted with the text), "
                   f"removed before reading, the first at {name}!{invisible[0]}")
    return records


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))


# A fill officers use for a rating: the nearest of these colours, if near enough.
_RAG_FILLS = tuple((rag, _rgb(sample)) for rag, samples in {
    Rag.NO_IMPROVEMENT: ("FF0000", "C00000", "B3261E", "E06666", "FF7C80"),
    Rag.SOME_PROGRESS: ("FFC000", "FFFF00", "F5B335", "FFD966", "FFBF00", "F4B183"),
    Rag.GOOD_PROGRESS: ("00B050", "92D050", "00703C", "70AD47", "A9D08E", "C6EFCE"),
    Rag.COMPLETE: ("0070C0", "00B0F0", "1D70B8", "5B9BD5", "9DC3E6", "4472C4"),
}.items() for sample in samples)


def _colour_rag(fill: str) -> Rag | None:
    """The rating a cell's fill colour (RRGGBB) suggests: red, amber, green or blue."""
    colour = _rgb(fill)
    if max(colour) - min(colour) < 60:
        return None  # grey, white or black: no rating
    distance, rag = min(((sum((a - b) ** 2 for a, b in zip(colour, sample, strict=True)), rag)
                         for rag, sample in _RAG_FILLS), key=lambda pair: pair[0])
    return rag if distance < 90 ** 2 else None


def _check_headers(sheet: Sheet, name: str, header_row: int, headers: tuple[object, ...],
                   data_rows: list[tuple[object, ...]], positions: dict[str, int],
                   found: Collector) -> None:
    """Say of each header reportgen does not read what column it is close to (an error when
    it holds data the sheet has no column for), of each required column missing, and of
    invisible characters in headers."""
    used = set(positions.values())
    unread = []
    for position, value in enumerate(headers, start=1):
        if not isinstance(value, str) or not value.strip():
            continue
        where = f"{column_letter(position)}{header_row}"
        note = _invisible_note("the header", value)
        if note:
            found.warn(name, where, note)
        if position in used:
            continue
        holds_data = any(position <= len(row) and row[position - 1] is not None
                         for row in data_rows)
        unread.append(UnreadHeader(schema.without_invisible(value).strip(), where, holds_data))
    missing = [column for column in sheet.columns if column.name not in positions]
    read_at = {column: f"{column_letter(p)}{header_row}" for column, p in positions.items()}
    for column in report_unread(sheet, name, unread, missing, found,
                                missing_at=f"{header_row}:{header_row}", read_at=read_at):
        found.meant_columns.add((sheet.name, column))


def sheet_name(sheet: Sheet, data: SheetData | None) -> str:
    """The sheet as the workbook names it ('Action Plan'), for messages; else reportgen's name."""
    return data.name if data is not None else sheet.name


def read_details(sheet: Sheet, data: SheetData | None, found: Collector) -> Record | None:
    """A Field | Value sheet as one record whose 'cells' are the Value cells of each field."""
    field_sheet = Sheet(sheet.name, sheet.purpose, (
        Column("Field", Kind.TEXT, "", ""), Column("Value", Kind.TEXT, "", ""),
    ))
    rows = read_table(field_sheet, data, found)
    if not rows:
        return None
    by_key = {key: column for column in sheet.columns for key in column.keys}
    values: dict[str, object] = {}
    cells_at: dict[str, str] = {}
    unsaved: dict[str, str] = {}
    named_at: dict[str, str] = {}
    unread: list[UnreadHeader] = []
    for record in rows:
        label = record.values.get("Field")
        column = by_key.get(schema.normalise_header(label)) if label is not None else None
        if column is None:
            if isinstance(label, str):
                unread.append(UnreadHeader(label, record.cell("Field"),
                                           record.values.get("Value") is not None))
            continue
        values[column.name] = record.values.get("Value")
        cells_at[column.name] = record.cell("Value")
        named_at[column.name] = record.cell("Field")
        if "Value" in record.unsaved:
            unsaved[column.name] = record.unsaved["Value"]
    missing = [column for column in sheet.columns if column.name not in values]
    for column in report_unread(sheet, rows[0].sheet, unread, missing, found, missing_at=None,
                                read_at=named_at):
        found.meant_columns.add((sheet.name, column))
    return Record(sheet.name, 0, values, cells_at, unsaved)


def find_sheets(sheets: Mapping[str, SheetData], found: Collector) -> dict[str, SheetData]:
    """Each of reportgen's sheets, found by its name or another name officers give it; two
    sheets that match one name are an error naming both."""
    result: dict[str, SheetData] = {}
    for sheet in schema.SHEETS:
        matches = [data for name, data in sheets.items()
                   if schema.normalise_header(name) in sheet.keys]
        if len(matches) > 1:
            names = " and ".join(f"'{data.name}'" for data in matches)
            found.error(sheet.name, None,
                        f"{names} both look like the '{sheet.name}' sheet; rename or delete "
                        "the one that is not")
            found.ambiguous_sheets.add(sheet.name)
            continue
        if matches:
            data = matches[0]
            result[sheet.name] = data
            if data.hidden:
                found.warn(data.name, None, f"the sheet '{data.name}' is hidden in the workbook; "
                           f"it is read as the '{sheet.name}' sheet. Unhide it (right-click a "
                           "sheet tab > Unhide) to see what the paper shows")
            note = _invisible_note(f"the sheet name '{data.name}'", data.name)
            if note:
                found.warn(data.name, None, note)
        elif sheet.required:
            close = difflib.get_close_matches(
                schema.normalise_header(sheet.name),
                [schema.normalise_header(name) for name in sheets], n=1,
                cutoff=SHEET_NAME_CUTOFF)
            if close:
                original = next(n for n in sheets if schema.normalise_header(n) == close[0])
                found.missing_sheet_hints[sheet.name] = original
    return result
