"""Writing an .xlsx file from a plain description of its sheets, with the same bytes every time."""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..ooxml import repack
from .row_heights import LINE_HEIGHT, row_height

DATE_FORMAT = "d mmm yyyy"
TEXT_FORMAT = "@"

# Printing. Every sheet prints on A4, one page wide and as many long as it needs, upright unless
# that would shrink it below PORTRAIT_SHRINK, with its header row on every page, gridlines,
# and its name and page number at the foot.
A4 = "9"
MARGINS = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.7, "header": 0.3, "footer": 0.3}
"""Page margins in inches (Excel's unit)."""
PIXELS_ACROSS = {"portrait": 698, "landscape": 1026}
"""What A4 holds between those margins, in screen pixels (96 to the inch), Excel's measure of a
column: a column N characters wide is 7N + 5 pixels in the default font (Calibri 11)."""
PORTRAIT_SHRINK = 0.85
SPREADSHEET_SLACK = 0.92
"""Of a page's width, what a sheet printed at a scale of its own is fitted into: LibreOffice
draws columns a few percent wider than Excel's measure, and a column that does not fit moves
to a page of its own."""
FOOTER = "&A: page &P of &N"
"""The sheet's name, then the page's number of all the workbook's pages."""


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
    paragraph_rows: tuple[int, ...] = ()
    """Rows of running text in their first cell, spread (merged) across every column and
    wrapped, so that it reads as a paragraph and prints inside the page."""
    freeze: str | None = "A2"
    """The first cell that scrolls; the rows above it also print at the top of every page."""
    hidden: bool = False
    very_hidden: bool = False
    """Hidden so that only a program shows it again (Excel's 'very hidden'); LibreOffice keeps
    such a sheet, but saves it as merely hidden."""
    protected: bool = False
    """Sheet protection with no password: a guard against accidental changes, not security.
    Every cell is locked except ``fill_in``; columns and rows can still be resized."""
    fill_in: tuple[str, ...] = ()
    """Ranges to fill in on a protected sheet, e.g. 'G2:M9': left unlocked, and shaded."""
    page_breaks: tuple[int, ...] = ()
    """Columns after which a printed page ends: the sheet then prints landscape, column A on
    every page, at the one scale at which each page's columns fit across, rather than all its
    columns squeezed onto one page's width."""
    fit_rows: int = 0
    """When above 0, give each row below the first the height its wrapped text needs, as
    estimated from the column widths, and at least this many lines, with room to type:
    LibreOffice shows a row of wrapped text at one line's height until told otherwise."""


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
    plan_id: str = ""
    """A plan's ID, written as its custom document property (none when empty)."""


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


def column_name(column: int) -> str:
    """A column's letters, from 1: 1 is A, 28 is AB."""
    return _letter(column)


def cell_name(column: int, row: int) -> str:
    """A cell's reference on its own sheet, e.g. ``D70``."""
    return f"{_letter(column)}{row}"


def book_bytes(spec: Book) -> bytes:
    """The .xlsx file for ``spec``."""
    from openpyxl import Workbook
    from openpyxl.xml.constants import ARC_CORE
    from openpyxl.xml.functions import tostring

    book = Workbook()
    book.remove(book.active)
    properties = book.properties
    properties.title, properties.subject = spec.title, spec.subject
    properties.description, properties.creator = spec.description or None, "reportgen"
    properties.created = properties.modified = spec.created
    if spec.plan_id:
        from .properties import set_plan_id

        set_plan_id(book, spec.plan_id)
    for layout in spec.sheets:
        add_sheet(book, layout)
    buffer = io.BytesIO()
    book.save(buffer)
    # openpyxl stamps the time of saving as 'modified'; put the fixed time back.
    properties.modified = spec.created
    return repack(buffer.getvalue(), {ARC_CORE: tostring(properties.to_tree())},
                   spec.created)


FILL_IN_SHADE = "FFF2CC"
"""The pale yellow of cells to fill in on a protected sheet."""


def add_sheet(book: object, layout: Layout) -> object:
    """Lay ``layout`` out as a new last sheet of the openpyxl workbook ``book``."""
    from openpyxl.styles import Alignment, PatternFill, Protection
    from openpyxl.styles.fonts import DEFAULT_FONT

    wrap = Alignment(wrap_text=True, vertical="top")
    plain = Alignment(vertical="top")
    bold = copy(DEFAULT_FONT)  # Font(bold=True) alone loses the typeface
    bold.bold = True
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
        if row_number in layout.paragraph_rows and columns > 1:
            ws.merge_cells(start_row=row_number, start_column=1, end_row=row_number,
                           end_column=columns)
        _fit_height(ws, row_number, values, layout, bold=row_number in layout.bold_rows)
    if layout.freeze:
        ws.freeze_panes = layout.freeze
    _page_setup(ws, layout)
    if layout.table:
        _add_table(ws, layout.table, layout.rows[0], layout.span + 1)
    for validation in layout.validations:
        ws.add_data_validation(_data_validation(validation))
    for highlight in layout.highlights:
        ws.conditional_formatting.add(highlight.cells, _rule(highlight))
    if layout.protected:
        shade = PatternFill(fill_type="solid", start_color=FILL_IN_SHADE,
                            end_color=FILL_IN_SHADE)
        for cells in layout.fill_in:
            for row in ws[cells]:
                for cell in row:
                    cell.protection = Protection(locked=False)
                    cell.fill = shade
        # True protects: what is set False here stays allowed on the protected sheet.
        ws.protection.formatColumns = ws.protection.formatRows = False
        ws.protection.sheet = True
    if layout.very_hidden:
        ws.sheet_state = "veryHidden"
    elif layout.hidden:
        ws.sheet_state = "hidden"
    return ws


def _page_setup(ws: object, layout: Layout) -> None:
    """A4, one page wide, upright or turned by the sheet's width; titles, gridlines, footer."""
    from openpyxl.utils.cell import coordinate_from_string
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    pixels = sum(width * 7 + 5 for width in layout.widths)
    upright = pixels <= PIXELS_ACROSS["portrait"] / PORTRAIT_SHRINK
    setup = ws.page_setup
    setup.paperSize, setup.orientation = A4, "portrait" if upright else "landscape"
    if layout.page_breaks:
        _broken_across(ws, layout)
    else:
        setup.fitToWidth, setup.fitToHeight = 1, 0  # 0: as many pages long as it takes
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(**MARGINS)
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = FOOTER
    if layout.freeze:
        _, first_scrolling = coordinate_from_string(layout.freeze)
        if first_scrolling > 1:
            ws.print_title_rows = f"1:{first_scrolling - 1}"


def print_scale(layout: Layout) -> int:
    """The percentage a sheet with ``page_breaks`` prints at: the widest page's columns, column
    A among them, fill the landscape page's width."""
    pixels = [width * 7 + 5 for width in layout.widths]
    edges = (0, *layout.page_breaks, len(pixels))
    widest = max(sum(pixels[start:end]) + (pixels[0] if start else 0)
                 for start, end in zip(edges, edges[1:], strict=False))
    return min(100, int(100 * SPREADSHEET_SLACK * PIXELS_ACROSS["landscape"] / widest))


def _broken_across(ws: object, layout: Layout) -> None:
    """Landscape at print_scale, a page break after each of ``page_breaks``' columns, column A
    on every page, and each band of rows printed across before the next one down, so that an
    action's cells are on facing pages."""
    from openpyxl.worksheet.pagebreak import Break

    setup = ws.page_setup
    setup.orientation, setup.scale, setup.pageOrder = ("landscape", print_scale(layout),
                                                       "overThenDown")
    for column in layout.page_breaks:
        ws.col_breaks.append(Break(id=column))
    ws.print_title_cols = "A:A"


def _fit_height(ws: object, row_number: int, values: Sequence[object], layout: Layout, *,
                bold: bool) -> None:
    """Give a row whose text wraps onto several lines the height to show all of them."""
    if row_number in layout.unwrapped_rows:
        return
    widths = [sum(layout.widths)] if row_number in layout.paragraph_rows else layout.widths
    height = row_height([(value, width) for value, width in zip(values, widths, strict=False)
                         if isinstance(value, str)], bold=bold)
    if layout.fit_rows and row_number > 1:  # rows to type into: room for that many lines
        height = max(height or 0.0, layout.fit_rows * LINE_HEIGHT)
    if height is not None:
        ws.row_dimensions[row_number] = _fitted_row()(ws, index=row_number, ht=height)


@functools.cache
def _fitted_row() -> type:
    from openpyxl.worksheet.dimensions import RowDimension

    class FittedRow(RowDimension):
        """A row whose height is worked out from its text, not set by hand: written without
        Excel's customHeight mark, so a spreadsheet fits the row again when its text changes."""

        @property
        def customHeight(self) -> bool:
            return False

    return FittedRow


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
