"""Excel files in and out: the only module that imports openpyxl."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError

DATE_FORMAT = "d mmm yyyy"
TEXT_FORMAT = "@"


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

    ``content`` is the .xlsx file's bytes, already vouched for by files.check_workbook_bytes;
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
        styles = _Styles.read(archive, related.get("styles"), related.get("theme"), names)
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


@dataclass(frozen=True)
class _Style:
    """What reading needs to know of one cell format (an entry of the styles part's cellXfs)."""

    date: bool = False
    duration: bool = False
    fill: str | None = None
    struck: bool = False


@dataclass(frozen=True)
class _Styles:
    formats: tuple[_Style, ...]

    def __getitem__(self, index: int) -> _Style:
        return self.formats[index] if 0 <= index < len(self.formats) else _PLAIN

    @classmethod
    def read(cls, archive: zipfile.ZipFile, part: str | None, theme_part: str | None,
             names: set[str]) -> _Styles:
        from openpyxl.styles.colors import COLOR_INDEX
        from openpyxl.styles.stylesheet import Stylesheet
        from openpyxl.xml.functions import fromstring

        if part not in names:
            return cls(())
        sheet = Stylesheet.from_tree(fromstring(archive.read(part)))
        indexed = list(COLOR_INDEX)
        if sheet.colors and sheet.colors.index:
            indexed[:len(sheet.colors.index)] = sheet.colors.index
        theme = (_theme_colours(archive.read(theme_part)) if theme_part in names else ())
        fonts, fills = list(sheet.fonts), list(sheet.fills)
        formats = []
        for index, style in enumerate(sheet.cell_styles):
            font = fonts[style.fontId] if style.fontId < len(fonts) else None
            fill = fills[style.fillId] if style.fillId < len(fills) else None
            colour = None
            if getattr(fill, "patternType", None) == "solid":
                colour = _rgb(fill.fgColor, indexed, theme)
            formats.append(_Style(index in sheet.date_formats, index in sheet.timedelta_formats,
                                  colour, bool(font is not None and font.strike)))
        return cls(tuple(formats))


_PLAIN = _Style()


def _theme_colours(xml: bytes) -> tuple[str, ...]:
    """The theme's colours in the order cells number them (light 1, dark 1, light 2, ...)."""
    from openpyxl.xml.functions import fromstring

    drawing = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    scheme = fromstring(xml).find(f"{drawing}themeElements/{drawing}clrScheme")
    if scheme is None:
        return ()
    colours = {}
    for slot in scheme:
        name = slot.tag.removeprefix(drawing)
        value = next(iter(slot), None)
        if value is not None:
            colours[name] = (value.get("lastClr") if value.tag == f"{drawing}sysClr"
                             else value.get("val"))
    # Cells number the first four the other way round from the theme part.
    order = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5",
             "accent6", "hlink", "folHlink")
    return tuple((colours.get(name) or "").upper() for name in order)


def _rgb(colour: object, indexed: Sequence[str], theme: Sequence[str]) -> str | None:
    """A fill's colour as RRGGBB, or None where it names no colour of its own."""
    if colour is None:
        return None
    kind = colour.type
    if kind == "rgb" and isinstance(colour.rgb, str) and len(colour.rgb) in (6, 8):
        return colour.rgb[-6:].upper()
    if kind == "indexed" and isinstance(colour.indexed, int) and colour.indexed < len(indexed):
        return indexed[colour.indexed][-6:].upper()
    if kind == "theme" and isinstance(colour.theme, int) and colour.theme < len(theme):
        base = theme[colour.theme]
        if re.fullmatch(r"[0-9A-F]{6}", base or ""):
            return _tinted(base, colour.tint or 0.0)
    return None  # 'auto', system colours 64 and 65, or a colour the file does not define


def _tinted(rgb: str, tint: float) -> str:
    """Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's luminance."""
    import colorsys

    if not tint:
        return rgb
    red, green, blue = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, saturation = colorsys.rgb_to_hls(red, green, blue)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    red, green, blue = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), saturation)
    return "".join(f"{round(part * 255):02X}" for part in (red, green, blue))


class _SheetReader:
    """One worksheet part, parsed element by element: only cells with values are kept."""

    def __init__(self, name: str, strings: Sequence[str], styles: _Styles,
                 epoch: datetime) -> None:
        self.name, self.strings, self.styles, self.epoch = name, strings, styles, epoch
        self.values: dict[int, dict[int, object]] = {}
        self.unsaved: dict[Cell, str] = {}
        self.errors: dict[Cell, str] = {}
        self.styled: dict[Cell, _Style] = {}
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


@dataclass(frozen=True)
class Formula:
    """A formula to write into a cell, such as ``=A2&B2``."""

    text: str


@dataclass(frozen=True)
class Validation:
    """What a range of cells accepts (Excel's data validation), and the note shown in one."""

    cells: str
    prompt: str
    title: str = ""
    check: str | None = None
    """None accepts anything (the prompt only); else 'list', 'date', 'whole' or 'textLength'."""
    choices: tuple[str, ...] = ()
    """A list's values, typed into the rule."""
    source: str = ""
    """Or the range a list's values are read from, e.g. ``Recommendations!$A$2:$A$201``."""
    between: tuple[str, str] | None = None
    """Lowest and highest value allowed, as formulas, e.g. ``DATE(2000,1,1)``."""
    error: str = ""
    strict: bool = True
    """Refuse other values; when False, warn and let the value stand."""


@dataclass(frozen=True)
class Highlight:
    """Cells in ``cells`` equal to ``value`` (any case) get this fill and text colour (RRGGBB)."""

    cells: str
    value: str
    fill: str
    text: str


@dataclass(frozen=True)
class Layout:
    """One worksheet to write: its rows, and how they look and behave."""

    name: str
    rows: tuple[tuple[object, ...], ...]
    widths: tuple[float, ...] = ()
    table: str = ""
    """The name of an Excel table over the first row (headers) and ``span`` rows below it."""
    span: int = 0
    column_formats: tuple[str, ...] = ()
    """Each column's number format below the header ('' for General), empty cells included."""
    cell_formats: tuple[tuple[str, str], ...] = ()
    """(cell, format) pairs for single cells, e.g. ('B5', DATE_FORMAT). Dates always get
    DATE_FORMAT."""
    validations: tuple[Validation, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    bold_rows: tuple[int, ...] = (1,)
    unwrapped_rows: tuple[int, ...] = ()
    """Rows of running text, not wrapped, so it runs on across the empty cells beside it."""
    freeze: str | None = "A2"
    hidden: bool = False


@dataclass(frozen=True)
class Book:
    """A workbook to write: its sheets in order, and its document properties."""

    sheets: tuple[Layout, ...]
    title: str
    subject: str = ""
    description: str = ""
    created: datetime = datetime(2020, 1, 1)
    """Written as both created and modified, and as every part's time, so the same book always
    gives the same bytes."""


def range_of(sheet: str, column: int, first: int, last: int, *, absolute: bool = False) -> str:
    """A one-column range such as ``C2:C201``, or ``'Sheet'!$C$2:$C$201`` across sheets."""
    from openpyxl.utils import get_column_letter, quote_sheetname

    letter = get_column_letter(column)
    mark = "$" if absolute else ""
    cells = f"{mark}{letter}{mark}{first}:{mark}{letter}{mark}{last}"
    return f"{quote_sheetname(sheet)}!{cells}" if sheet else cells


def cell_of(sheet: str, column: int, row: int) -> str:
    """One cell across sheets with an absolute column, e.g. ``Actions!$A2``."""
    from openpyxl.utils import get_column_letter, quote_sheetname

    return f"{quote_sheetname(sheet)}!${get_column_letter(column)}{row}"


def book_bytes(spec: Book) -> bytes:
    """The .xlsx file for ``spec``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.styles.fonts import DEFAULT_FONT
    from openpyxl.xml.constants import ARC_CORE
    from openpyxl.xml.functions import tostring

    book = Workbook()
    book.remove(book.active)
    properties = book.properties
    properties.title, properties.subject = spec.title, spec.subject
    properties.description, properties.creator = spec.description or None, "reportgen"
    properties.created = properties.modified = spec.created
    wrap = Alignment(wrap_text=True, vertical="top")
    plain = Alignment(vertical="top")
    bold = copy(DEFAULT_FONT)  # Font(bold=True) alone loses the typeface
    bold.bold = True
    for layout in spec.sheets:
        ws = book.create_sheet(layout.name)
        columns = max([len(layout.widths), *(len(row) for row in layout.rows)], default=0)
        formats = dict(enumerate(layout.column_formats, start=1))
        for index in range(1, columns + 1):
            # The column's own style is what its empty cells show and what typing into them
            # gives, so the rows still to fill need not be written cell by cell.
            dimension = ws.column_dimensions[_letter(index)]
            if index <= len(layout.widths):
                dimension.width = layout.widths[index - 1]
            dimension.alignment = wrap
            if formats.get(index):
                dimension.number_format = formats[index]
        cell_formats = dict(layout.cell_formats)
        for row_number, values in enumerate(layout.rows, start=1):
            for column in range(1, columns + 1):
                cell = ws.cell(row=row_number, column=column)
                number_format = cell_formats.get(cell.coordinate) or (
                    formats.get(column) if row_number > 1 else None)
                if number_format:
                    cell.number_format = number_format
                _put(cell, values[column - 1] if column <= len(values) else None)
                cell.alignment = plain if row_number in layout.unwrapped_rows else wrap
                if row_number in layout.bold_rows:
                    cell.font = bold
        if layout.freeze:
            ws.freeze_panes = layout.freeze
        if layout.table:
            _add_table(ws, layout.table, layout.rows[0], layout.span + 1)
        for validation in layout.validations:
            ws.add_data_validation(_data_validation(validation))
        for highlight in layout.highlights:
            ws.conditional_formatting.add(highlight.cells, _rule(highlight))
        if layout.hidden:
            ws.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    # openpyxl stamps the time of saving as 'modified'; put the fixed time back.
    properties.modified = spec.created
    return _repack(buffer.getvalue(), {ARC_CORE: tostring(properties.to_tree())},
                   spec.created)


def _put(cell: object, value: object) -> None:
    if isinstance(value, Formula):
        cell.value = value.text
        return
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that happens to start with '=' stays text
    elif isinstance(value, (date, datetime)):
        cell.number_format = DATE_FORMAT


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _add_table(ws: object, name: str, headers: Sequence[object], last_row: int) -> None:
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    ref = f"A1:{_letter(len(headers))}{last_row}"
    # Columns named here, or openpyxl reads the headers by creating every cell of the range.
    table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref), tableColumns=[
        TableColumn(id=index, name=str(header)) for index, header in enumerate(headers, start=1)])
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True,
                                          showColumnStripes=False, showFirstColumn=False,
                                          showLastColumn=False)
    ws.add_table(table)


def _data_validation(rule: Validation) -> object:
    from openpyxl.worksheet.datavalidation import DataValidation

    formula1 = formula2 = operator = None
    if rule.check == "list":
        if rule.source:
            formula1 = rule.source
        else:
            if any("," in choice for choice in rule.choices):
                raise ValueError(f"a list typed into a rule cannot hold commas: {rule.choices}")
            formula1 = '"' + ",".join(rule.choices) + '"'
            if len(formula1) > 257:  # Excel's limit is 255 characters inside the quotes
                raise ValueError(f"the list {rule.choices} is too long to type into a rule")
    elif rule.between is not None:
        formula1, formula2 = rule.between
        operator = "between"
    validation = DataValidation(
        type=rule.check, formula1=formula1, formula2=formula2, operator=operator,
        allow_blank=True, showInputMessage=bool(rule.prompt),
        promptTitle=rule.title[:32] or None, prompt=_clip(rule.prompt) or None,
        showErrorMessage=rule.check is not None, errorTitle=rule.title[:32] or None,
        error=_clip(rule.error) or None, errorStyle="stop" if rule.strict else "warning",
    )
    validation.add(rule.cells)
    return validation


def _clip(text: str, limit: int = 255) -> str:
    """Excel refuses prompts and error messages longer than 255 characters."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _rule(highlight: Highlight) -> object:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill(fill_type="solid", start_color=highlight.fill, end_color=highlight.fill)
    return CellIsRule(operator="equal", formula=[f'"{highlight.value}"'], fill=fill,
                      font=Font(color=highlight.text))


def _repack(data: bytes, replace: Mapping[str, bytes], stamp: datetime) -> bytes:
    """The zip ``data`` with some parts replaced and every part dated ``stamp``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            part.compress_type = zipfile.ZIP_DEFLATED
            part.create_system = 3  # the same bytes whatever system writes them
            part.external_attr = 0o644 << 16
            target.writestr(part, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def write_workbook(
    path: Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]],
    *,
    title: str = "",
) -> None:
    """Write plain sheets of (name, headers, rows) to ``path``: headers bold and frozen."""
    layouts = []
    for name, headers, rows in sheets:
        widths = []
        for index, header in enumerate(headers):
            longest = max([len(str(header)), *(_width(r[index]) for r in rows if len(r) > index)])
            widths.append(min(max(12, longest + 2), 70))
        layouts.append(Layout(name, (tuple(headers), *(tuple(row) for row in rows)),
                              widths=tuple(widths)))
    Path(path).write_bytes(book_bytes(Book(tuple(layouts), title)))


def _width(value: object) -> int:
    if value is None:
        return 0
    return max((len(line) for line in str(value).splitlines()), default=0)
