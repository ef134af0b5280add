"""Excel files in and out: the only module that imports openpyxl."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class SheetData:
    """A worksheet's cell values, row by row from row 1 and column A, as the file stores them."""

    name: str
    rows: tuple[tuple[object, ...], ...]


def read_sheets(path: Path) -> dict[str, SheetData]:
    """Every worksheet's values (cached results for formulas), keyed by sheet name."""
    import openpyxl  # imported here so commands that never read a workbook do not pay for it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # data_only: the values a spreadsheet last calculated, never formulas to evaluate.
        book = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise InputError(f"{path}: not an Excel workbook (.xlsx) that can be read: {exc}") from exc
    try:
        return {
            ws.title: SheetData(ws.title, tuple(ws.iter_rows(values_only=True)))
            for ws in book.worksheets
        }
    finally:
        book.close()


Row = Mapping[str, object]


def write_workbook(
    path: Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]],
    *,
    title: str = "",
) -> None:
    """Write sheets of (name, headers, rows) to ``path``, headers bold and frozen."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    book.properties.title = title
    # Fixed timestamps so the same rows always give the same file.
    book.properties.created = datetime(2020, 1, 1)
    book.properties.modified = datetime(2020, 1, 1)
    for name, headers, rows in sheets:
        ws = book.create_sheet(name)
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        ws.freeze_panes = "A2"
        for index, header in enumerate(headers, start=1):
            letter = ws.cell(row=1, column=index).column_letter
            cells = [_width(r[index - 1]) for r in rows if len(r) >= index]
            longest = max([len(str(header)), *cells])
            ws.column_dimensions[letter].width = min(max(12, longest + 2), 70)
        for row_cells in ws.iter_rows(min_row=2):
            for cell in row_cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
    book.save(path)


def _width(value: object) -> int:
    if value is None:
        return 0
    return max((len(line) for line in str(value).splitlines()), default=0)
