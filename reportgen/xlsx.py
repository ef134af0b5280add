"""Excel files in and out: the only module that imports openpyxl."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class SheetData:
    """A worksheet's cell values, row by row from row 1 and column A, as the file stores them.

    ``merged`` lists its merged ranges as (first row, first column, last row, last column).
    """

    name: str
    rows: tuple[tuple[object, ...], ...]
    merged: tuple[tuple[int, int, int, int], ...] = ()


def read_sheets(path: Path) -> dict[str, SheetData]:
    """Every worksheet's values (cached results for formulas), keyed by sheet name."""
    import openpyxl  # imported here so commands that never read a workbook do not pay for it

    try:
        # A file object, not a name, so that openpyxl reads .xlsm (ignoring its macros) and any
        # extension; files.check_workbook_file has already vouched for the contents.
        with path.open("rb") as handle:
            # data_only: the values a spreadsheet last calculated, never formulas to evaluate.
            book = openpyxl.load_workbook(handle, data_only=True, read_only=False,
                                          keep_vba=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same
        raise InputError(f"{path}: cannot be read as an Excel workbook ({type(exc).__name__}: "
                         f"{exc}); open it in Excel or LibreOffice and save it again") from exc
    try:
        return {
            ws.title: SheetData(
                ws.title,
                tuple(ws.iter_rows(values_only=True)),
                tuple((r.min_row, r.min_col, r.max_row, r.max_col)
                      for r in ws.merged_cells.ranges),
            )
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
