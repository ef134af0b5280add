"""Reading the sheets of an .xlsx file: values, fills, strike-through, links and hidden rows."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..errors import InputError
from .styles import CellStyle, CellStyles

Cell = tuple[int, int]
"""A cell's (row, column), both from 1."""

# Excel's own grid: a reference beyond it did not come from a spreadsheet, and reading up to it
# would build rows that no file can hold.
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
FORMULA_ERRORS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                  "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!",
                  "#CONNECT!", "#BUSY!")
LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class SheetData:
    """A worksheet's cell values, row by row from row 1 and column A, as the file stores them.

    Rows run to the last row holding a value, each row to its last value (rows may differ in
    length; an empty row is ``()``). Every mapping and set below is keyed by (row, column), both
    from 1, and covers only cells within those rows and within the widest row's columns.
    """

    name: str
    rows: tuple[tuple[object, ...], ...]
    unsaved: Mapping[Cell, str] = field(default_factory=dict)
    """Cells holding a formula with no saved value, and the formula."""
    merged: tuple[tuple[int, int, int, int], ...] = ()
    """Merged ranges as (first row, first column, last row, last column)."""
    errors: Mapping[Cell, str] = field(default_factory=dict)
    """Cells whose saved value is a formula error, and the error as Excel shows it ('#N/A');
    such a cell's value in ``rows`` is None."""
    links: Mapping[Cell, str] = field(default_factory=dict)
    """Cells that are hyperlinks to an http, https or mailto address, and the address."""
    refused_links: Mapping[Cell, str] = field(default_factory=dict)
    """Cells that are hyperlinks to anything else (a file, a place in a workbook, a script),
    and the target as the file gives it: not kept, to be named in a warning."""
    fills: Mapping[Cell, str] = field(default_factory=dict)
    """Cells with a solid fill, and its colour as RRGGBB (upper case). Direct, indexed and theme
    colours (with their tint) are resolved; 'automatic' and system colours, conditional
    formatting and table styles are not, and such cells are left out."""
    struck: frozenset[Cell] = frozenset()
    """Cells whose font is struck through (the whole cell, not one run of its text)."""
    hidden_rows: frozenset[int] = frozenset()
    """Rows hidden by hand (not by a filter)."""
    filtered_rows: frozenset[int] = frozenset()
    """Rows hidden because an active filter (a sheet's or a table's) leaves them out."""
    hidden: bool = False
    """Whether the sheet itself is hidden (or 'very hidden') in the workbook."""


def _everything(name: str) -> bool:
    return True


def read_sheets(content: bytes, *, wanted: Callable[[str], bool] = _everything,
                origin: str = "the workbook") -> dict[str, SheetData]:
    """The worksheets ``wanted`` says to read (all by default), keyed by sheet name.

    ``content`` is the .xlsx file's bytes, already vouched for by file_checks.check_workbook_bytes;
    ``origin`` names it in messages. Values are the file's saved ones (cached results for
    formulas; no formula is evaluated). Each sheet is parsed row by row and only its cells
    with values are kept, so formatting far beyond the data costs only the bytes it takes.
    """
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.reader.excel import _find_workbook_part
    from openpyxl.reader.workbook import WorkbookParser
    from openpyxl.xml.constants import ARC_CONTENT_TYPES
    from openpyxl.xml.functions import fromstring

    from .file_checks import check_parts

    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        # Each part is size-checked before it is decompressed, counted with those read before.
        parts = {ARC_CONTENT_TYPES: "its list of contents"}
        check_parts(origin, archive, parts)
        manifest = Manifest.from_tree(fromstring(archive.read(ARC_CONTENT_TYPES)))
        workbook_part = _find_workbook_part(manifest).PartName.lstrip("/")
        parts[workbook_part] = parts[_rels_of(workbook_part)] = "its list of sheets"
        check_parts(origin, archive, parts)
        book = WorkbookParser(archive, workbook_part, keep_links=False)
        book.parse()
        related = {rel.Type.rsplit("/", 1)[-1]: rel.target for rel in book.rels.values()
                   if rel.TargetMode != "External"}
        sheets = [(sheet, rel.target) for sheet, rel in book.find_sheets()
                  if rel.Type.endswith("/worksheet") and wanted(sheet.name)]
        names = set(archive.namelist())
        for part, what in ((related.get("sharedStrings"), "its shared text (used by every sheet)"),
                           (related.get("styles"), "its styles"),
                           (related.get("theme"), "its theme")):
            if part in names:
                parts[part] = what
        for sheet, part in sheets:
            parts[part] = parts[_rels_of(part)] = f"sheet '{sheet.name}'"
        check_parts(origin, archive, parts)
        styles = CellStyles.read(archive, related.get("styles"), related.get("theme"), names)
        strings = (_shared_strings(archive, related["sharedStrings"])
                   if related.get("sharedStrings") in names else [])
        epoch = book.wb.epoch
    except InputError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same
        raise InputError(f"{origin}: cannot be read as an Excel workbook ({type(exc).__name__}: "
                         f"{exc}); open it in Excel or LibreOffice and save it again") from exc
    read: dict[str, SheetData] = {}
    for sheet, part in sheets:
        if part not in names:
            continue  # listed but missing: the reader reports the sheet as absent
        try:
            read[sheet.name] = _SheetReader(sheet.name, strings, styles, epoch).read(
                archive, part, hidden=sheet.state in ("hidden", "veryHidden"))
        except _OffTheGrid as exc:
            raise InputError(f"{origin}: sheet '{sheet.name}' {exc}; open the workbook in Excel "
                             "or LibreOffice and save it again") from exc
        except Exception as exc:
            raise InputError(f"{origin}: cannot be read as an Excel workbook (sheet "
                             f"'{sheet.name}': {type(exc).__name__}: {exc}); open it in Excel or "
                             "LibreOffice and save it again") from exc
    return read


def _rels_of(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


# Excel writes characters XML cannot hold (and, from Word or Outlook, every carriage return) as
# _xHHHH_; _x005F_ escapes the underscore itself, so "_x005F_x000D_" is the text "_x000D_".
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def decode_escapes(text: str) -> str:
    """Text with Excel's ``_xHHHH_`` escapes turned back into the characters they stand for."""
    if "_x" not in text:
        return text
    decoded = _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    # An emoji may be escaped as its two UTF-16 halves; put each pair back together.
    return decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _text_of(element: object, namespace: str) -> str:
    """A shared or inline string's text: its plain part or its runs, not phonetic guides."""
    text_tag, run_tag = f"{{{namespace}}}t", f"{{{namespace}}}r"
    pieces = []
    for child in element:
        if child.tag == text_tag:
            pieces.append(child.text or "")
        elif child.tag == run_tag:
            pieces.extend(t.text or "" for t in child.iter(text_tag))
    return decode_escapes("".join(pieces))


def _shared_strings(archive: zipfile.ZipFile, part: str) -> list[str]:
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    item = f"{{{SHEET_MAIN_NS}}}si"
    strings = []
    with archive.open(part) as source:
        for _, element in iterparse(source):
            if element.tag == item:
                strings.append(_text_of(element, SHEET_MAIN_NS))
                element.clear()
    return strings


class _SheetReader:
    """One worksheet part, parsed element by element: only cells with values are kept."""

    def __init__(self, name: str, strings: Sequence[str], styles: CellStyles,
                 epoch: datetime) -> None:
        self.name, self.strings, self.styles, self.epoch = name, strings, styles, epoch
        self.values: dict[int, dict[int, object]] = {}
        self.unsaved: dict[Cell, str] = {}
        self.errors: dict[Cell, str] = {}
        self.styled: dict[Cell, CellStyle] = {}
        self.hidden_rows: set[int] = set()
        self.merged: list[tuple[int, int, int, int]] = []
        self.hyperlinks: list[tuple[str, str | None, str | None]] = []
        self.filter_ranges: list[tuple[int, int]] = []
        self.tables: list[str] = []
        self.shared_formulas: dict[str, object] = {}

    def read(self, archive: zipfile.ZipFile, part: str, *, hidden: bool) -> SheetData:
        from openpyxl.packaging.relationship import get_dependents
        from openpyxl.xml.constants import REL_NS, SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse

        main = f"{{{SHEET_MAIN_NS}}}"
        sheet_data, row_tag = f"{main}sheetData", f"{main}row"
        container = None
        row_number = 0
        with archive.open(part) as source:
            for event, element in iterparse(source, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == sheet_data:
                        container = element
                    continue
                if tag == row_tag:
                    row_number = self._row(element, row_number, main)
                    if container is not None:
                        container.clear()  # a million empty rows must not stay in memory
                elif tag == f"{main}mergeCell":
                    self.merged.append(_bounds(element.get("ref", "")))
                elif tag == f"{main}hyperlink":
                    self.hyperlinks.append((element.get("ref", ""), element.get(f"{{{REL_NS}}}id"),
                                            element.get("location")))
                elif tag == f"{main}autoFilter" and element.find(f"{main}filterColumn") is not None:
                    first, _, last, _ = _bounds(element.get("ref", ""))
                    self.filter_ranges.append((first + 1, last))
                elif tag == f"{main}tablePart":
                    self.tables.append(element.get(f"{{{REL_NS}}}id"))
        rels = {}
        if self.hyperlinks or self.tables:
            if _rels_of(part) in archive.namelist():
                rels = get_dependents(archive, _rels_of(part)).to_dict()
        for table in self.tables:
            self._table_filter(archive, rels.get(table), main)
        return self._sheet_data(rels, hidden=hidden)

    def _row(self, element: object, previous: int, main: str) -> int:
        number = _row_number(element.get("r"), previous)
        if element.get("hidden") in ("1", "true"):
            self.hidden_rows.add(number)
        column = 0
        for cell in element:
            if cell.tag != f"{main}c":
                continue
            reference = cell.get("r")
            column = _column_of(reference) if reference else column + 1
            self._cell(cell, number, column, main)
        return number

    def _cell(self, element: object, row: int, column: int, main: str) -> None:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        kind = element.get("t", "n")
        style = self.styles[int(element.get("s") or 0)]
        formula = element.find(f"{main}f")
        saved = element.find(f"{main}v")
        text = saved.text if saved is not None else None
        if style.fill or style.struck:
            self.styled[row, column] = style
        if formula is not None and (saved is None or (not text and kind not in ("str", "s"))):
            # Without a saved value only the file tells an uncalculated formula from empty text:
            # a calculated empty text is typed as text (t="str", as Excel and LibreOffice save it).
            self.unsaved[row, column] = self._formula(formula, row, column)
            return
        value: object = None
        if kind == "inlineStr":
            inline = element.find(f"{main}is")
            value = _text_of(inline, main[1:-1]) if inline is not None else None
        elif text is None:
            return
        elif kind == "s":
            value = self.strings[int(text)]
        elif kind == "str":
            value = decode_escapes(text)
        elif kind == "b":
            value = text.strip() in ("1", "true")
        elif kind == "e":
            self.errors[row, column] = text.strip()
            return
        elif kind == "d":
            value = from_ISO8601(text)
        elif text.strip():
            number = float(text) if any(c in text for c in ".eE") else int(text)
            value = number
            if style.date:
                try:
                    value = from_excel(number, self.epoch, timedelta=style.duration)
                except (OverflowError, ValueError):
                    value = number  # beyond the dates Python holds: the reader says it is no date
        if value is None or value == "":
            return
        self.values.setdefault(row, {})[column] = value

    def _formula(self, element: object, row: int, column: int) -> str:
        from openpyxl.formula.translate import Translator
        from openpyxl.utils import get_column_letter

        text = "=" + (element.text or "")
        if element.get("t") == "shared":
            here = f"{get_column_letter(column)}{row}"
            index = element.get("si")
            if index in self.shared_formulas:
                return self.shared_formulas[index].translate_formula(here)
            if text != "=":
                self.shared_formulas[index] = Translator(text, here)
        return text

    def _table_filter(self, archive: zipfile.ZipFile, rel: object, main: str) -> None:
        from openpyxl.xml.functions import fromstring

        if rel is None or rel.target not in archive.namelist():
            return
        if archive.getinfo(rel.target).file_size > 1024 * 1024:
            return  # a table's definition is a few hundred bytes; this is not one
        table = fromstring(archive.read(rel.target))
        found = table.find(f"{main}autoFilter")
        if found is not None and found.find(f"{main}filterColumn") is not None:
            first, _, last, _ = _bounds(found.get("ref") or table.get("ref", ""))
            self.filter_ranges.append((first + 1, last))

    def _sheet_data(self, rels: Mapping[str, object], *, hidden: bool) -> SheetData:
        last_row = max([*self.values, *(r for r, _ in self.unsaved), *(r for r, _ in self.errors)],
                       default=0)
        rows = []
        for number in range(1, last_row + 1):
            cells = self.values.get(number)
            if not cells:
                rows.append(())
                continue
            width = max(cells)
            rows.append(tuple(cells.get(c) for c in range(1, width + 1)))
        width = max([*(len(row) for row in rows), *(c for _, c in self.unsaved),
                     *(c for _, c in self.errors)], default=0)

        def inside(cell: Cell) -> bool:
            return cell[0] <= last_row and cell[1] <= width

        links, refused = self._links(rels, inside)
        filtered = {row for row in self.hidden_rows
                    if any(first <= row <= last for first, last in self.filter_ranges)}
        return SheetData(
            self.name, tuple(rows), self.unsaved, tuple(self.merged), self.errors, links,
            refused,
            {cell: style.fill for cell, style in self.styled.items()
             if style.fill and inside(cell)},
            frozenset(cell for cell, style in self.styled.items() if style.struck and inside(cell)),
            frozenset(r for r in self.hidden_rows - filtered if r <= last_row),
            frozenset(r for r in filtered if r <= last_row),
            hidden,
        )

    def _links(self, rels: Mapping[str, object],
               inside: Callable[[Cell], bool]) -> tuple[dict[Cell, str], dict[Cell, str]]:
        kept: dict[Cell, str] = {}
        refused: dict[Cell, str] = {}
        for reference, rel_id, location in self.hyperlinks:
            rel = rels.get(rel_id) if rel_id else None
            target = (rel.Target if rel is not None else "") or ""
            if location:
                target = f"{target}#{location}"
            first_row, first_col, last_row, last_col = _bounds(reference)
            # A link over a range marks every cell in it that holds something, and no others:
            # a range may be as large as the sheet.
            cells = [(row, col) for row in range(first_row, min(last_row, MAX_ROW) + 1)
                     if row in self.values for col in self.values[row]
                     if first_col <= col <= last_col]
            if (first_row, first_col) not in cells and inside((first_row, first_col)):
                cells.insert(0, (first_row, first_col))
            safe = target.strip().lower().startswith(LINK_SCHEMES)
            for cell in cells:
                (kept if safe else refused)[cell] = target.strip() if safe else target
        return kept, refused


class _OffTheGrid(ValueError):
    """A row or cell reference beyond Excel's grid."""


def _row_number(text: str | None, previous: int) -> int:
    if text is None:
        return previous + 1
    number = int(float(text))
    if not 1 <= number <= MAX_ROW:
        raise _OffTheGrid(f"has a row numbered {number:,}, beyond Excel's last ({MAX_ROW:,})")
    return number


def _column_of(reference: str) -> int:
    from openpyxl.utils.cell import column_index_from_string

    column = column_index_from_string(reference.rstrip("0123456789").lstrip("$").upper())
    if column > MAX_COLUMN:
        raise _OffTheGrid(f"has a cell {reference}, beyond Excel's last column (XFD)")
    return column


def _bounds(reference: str) -> tuple[int, int, int, int]:
    """A range such as B2:D5 (or one cell) as (first row, first column, last row, last column)."""
    from openpyxl.utils.cell import range_boundaries

    first_col, first_row, last_col, last_row = range_boundaries(reference.split()[0])
    return (first_row or 1, first_col or 1, last_row or MAX_ROW, last_col or MAX_COLUMN)
