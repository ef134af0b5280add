"""From the workbook's sheets to the model, collecting every problem on the way."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from ..errors import Problem, Severity, WorkbookError
from ..model import (
    Action,
    Band,
    Domain,
    DomainNarrative,
    Framework,
    Implications,
    Inspection,
    Meeting,
    Narrative,
    PaperDetails,
    Plan,
    ProgressUpdate,
    Rag,
    Rating,
    Recommendation,
    ScoringRule,
    Standard,
    Timescale,
    Version,
)
from ..paper import fonts
from . import cells, frameworks, schema
from .file_checks import check_workbook_bytes, read_workbook_file
from .schema import Column, Kind, Sheet
from .xlsx import SheetData

T = TypeVar("T")


@dataclass(frozen=True)
class Reading:
    """A plan read without errors, and the warnings found on the way."""

    plan: Plan
    warnings: tuple[Problem, ...]


def read_workbook(path: Path, content: bytes | None = None, *,
                  read_colours: bool = False) -> Reading:
    """Read and check the workbook at ``path`` (or its ``content`` already read from there);
    raise WorkbookError listing every problem.

    With ``read_colours``, a RAG cell with a red, amber, green or blue fill and no text is read
    as the rating its colour suggests (else it is a warning).
    """
    from .xlsx import read_sheets

    path = Path(path)
    if content is None:
        content = read_workbook_file(path)
    else:
        check_workbook_bytes(path, content)
    return parse_sheets(read_sheets(content, wanted=is_read, origin=str(path)),
                        read_colours=read_colours)


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


@dataclass(frozen=True)
class Record:
    """One data row of a sheet (or a details sheet's fields): raw values and their cells."""

    sheet: str
    row: int
    values: Mapping[str, object]
    refs: Mapping[str, str]
    unsaved: Mapping[str, str] = field(default_factory=dict)
    """Cells holding a formula with no saved value: the formula, by column name."""
    errors: Mapping[str, str] = field(default_factory=dict)
    """Cells whose formula gave an error (#N/A, #REF! ...): the error, by column name."""
    links: Mapping[str, str] = field(default_factory=dict)
    """Cells that are hyperlinks to an http(s) or mailto address: the address, by column."""

    def cell(self, name: str) -> str:
        """The cell reference of ``name``, e.g. 'F7'; the whole row if the column is missing."""
        return self.refs.get(name) or (f"{self.row}:{self.row}" if self.row else "")


class Collector:
    """Gathers problems so one pass reports all of them."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.missing_sheet_hints: dict[str, str] = {}
        """For a sheet not found: the workbook's sheet whose name is close to it."""
        self.read_colours = False
        """Read a RAG cell's fill as its rating when the cell has no text."""
        self.ambiguous_sheets: set[str] = set()
        """Sheets matched by two of the workbook's sheets: reported once, not also as missing."""

    def error(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message))

    def warn(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def mark(self) -> int:
        """A point to ask ``failed_since`` about: how many problems there are so far."""
        return len(self.problems)

    def failed_since(self, mark: int) -> bool:
        """Whether an error was noted after ``mark``."""
        return any(p.severity is Severity.ERROR for p in self.problems[mark:])

    def value(
        self, record: Record, name: str, parse: Callable[[object], T], *, required: bool = True
    ) -> T | None:
        """Parse ``record``'s ``name`` cell, noting an empty required cell or a bad value."""
        if name not in record.refs:
            return None  # the whole column (or field) is missing: reported once, not per row
        if name in record.errors:
            self.error(record.sheet, record.cell(name),
                       f"the cell's formula gives the error {record.errors[name]}; correct the "
                       "formula (or what it refers to) in Excel or LibreOffice, or type the value")
            return None
        if name in record.unsaved:
            self.error(record.sheet, record.cell(name),
                       f"the cell holds a formula ({_short(record.unsaved[name])}) with no saved "
                       "value; open the workbook in Excel or LibreOffice and save it, or type "
                       "the value")
            return None
        raw = record.values.get(name)
        if raw is None:
            if required:
                self.error(record.sheet, record.cell(name), f"'{name}' is empty; it is required")
            return None
        try:
            return parse(raw)
        except cells.CellValueError as exc:
            self.error(record.sheet, record.cell(name), str(exc))
            return None


def _short(formula: str) -> str:
    return formula if len(formula) <= 40 else formula[:37] + "..."


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


def _table(sheet: Sheet, data: SheetData | None, found: Collector) -> list[Record]:
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
        elif column.required:
            found.error(name, f"{header_row}:{header_row}",
                        _missing_column(column, rows[header_index]))
    _check_headers(sheet, name, header_row, raw_rows[header_index], set(positions.values()),
                   found)
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
                   used: set[int], found: Collector) -> None:
    """Warn of each header reportgen does not read, naming the closest column, and of
    invisible characters in headers."""
    known = [column.name for column in sheet.columns]
    for position, value in enumerate(headers, start=1):
        if not isinstance(value, str) or not value.strip():
            continue
        where = f"{column_letter(position)}{header_row}"
        note = _invisible_note("the header", value)
        if note:
            found.warn(name, where, note)
        if position in used:
            continue
        plain = schema.without_invisible(value).strip()
        close = difflib.get_close_matches(schema.normalise_header(plain),
                                          [schema.normalise_header(k) for k in known], n=1,
                                          cutoff=0.6)
        hint = ""
        if close:
            column = next(k for k in known if schema.normalise_header(k) == close[0])
            hint = f"; if it holds the '{column}' column, rename it '{column}'"
        found.warn(name, where, f"the column headed {cells.shown(plain)} is not one reportgen "
                   f"reads, so it is not in the paper{hint}")


def _sheet_name(sheet: Sheet, data: SheetData | None) -> str:
    """The sheet as the workbook names it ('Action Plan'), for messages; else reportgen's name."""
    return data.name if data is not None else sheet.name


def _missing_column(column: Column, header_values: tuple[object, ...]) -> str:
    found = [str(v) for v in header_values if v is not None]
    message = f"no '{column.name}' column"
    close = difflib.get_close_matches(column.name.casefold(), [f.casefold() for f in found], n=1,
                                      cutoff=0.6)
    if close:
        original = next(f for f in found if f.casefold() == close[0])
        message += f"; did you mean '{original}'? Rename that header to '{column.name}'"
    else:
        message += f"; add a column headed '{column.name}' ({column.help})"
    return message


def _details(sheet: Sheet, data: SheetData | None, found: Collector) -> Record | None:
    """A Field | Value sheet as one record whose 'cells' are the Value cells of each field."""
    field_sheet = Sheet(sheet.name, sheet.purpose, (
        Column("Field", Kind.TEXT, "", ""), Column("Value", Kind.TEXT, "", ""),
    ))
    rows = _table(field_sheet, data, found)
    if not rows:
        return None
    by_key = {key: column for column in sheet.columns for key in column.keys}
    values: dict[str, object] = {}
    cells_at: dict[str, str] = {}
    unsaved: dict[str, str] = {}
    for record in rows:
        label = record.values.get("Field")
        column = by_key.get(schema.normalise_header(label)) if label is not None else None
        if column is None:
            continue
        values[column.name] = record.values.get("Value")
        cells_at[column.name] = record.cell("Value")
        if "Value" in record.unsaved:
            unsaved[column.name] = record.unsaved["Value"]
    for column in sheet.columns:
        if column.required and column.name not in values:
            found.error(sheet.name, None, f"no '{column.name}' field; add a row with "
                        f"'{column.name}' in the Field column ({column.help})")
    return Record(sheet.name, 0, values, cells_at, unsaved)


def _find_sheets(sheets: Mapping[str, SheetData], found: Collector) -> dict[str, SheetData]:
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


def parse_sheets(sheets: Mapping[str, SheetData], *, read_colours: bool = False) -> Reading:
    """Build the plan from sheet data; raise WorkbookError if anything is wrong.

    Every sheet and every row is read even when some fail, so one run lists every problem; a
    value that cannot be read is reported once, and nothing that depends on it is reported as
    another problem.
    """
    found = Collector()
    found.read_colours = read_colours
    found_sheets = _find_sheets(sheets, found)

    def sheet_data(sheet: Sheet) -> SheetData | None:
        return found_sheets.get(sheet.name)

    paper = _paper(sheet_data(schema.PAPER), sheet_data(schema.VERSIONS),
                   sheet_data(schema.MEETINGS), found)
    as_at = paper.meeting_date if paper is not None else None
    inspection = _inspection(sheet_data(schema.INSPECTION), sheet_data(schema.RATINGS),
                             sheet_data(schema.SCORING), found)
    names = (paper.organisation, paper.board) if paper is not None else None
    inspectorate = inspection.inspectorate if inspection is not None else "HMIP"
    recommendations, action_rows = _recommendations(
        sheet_data(schema.RECOMMENDATIONS), sheet_data(schema.ACTIONS), found,
        names=names, default_source=f"{inspectorate} inspection", as_at=as_at)
    narrative = _narrative(sheet_data(schema.NARRATIVE), inspection, found)
    if sheet_data(schema.ACTIONS) is None:  # reported: its updates cannot be checked against it
        action_rows = replace(action_rows, unreadable=True)
    recommendations = _with_progress(recommendations, sheet_data(schema.PROGRESS), as_at,
                                     action_rows, found)
    if found.has_errors or paper is None or inspection is None or narrative is None:
        raise WorkbookError(found.problems)
    plan = Plan(paper, inspection, narrative, recommendations)
    _check_meeting_date(plan, _sheet_name(schema.PAPER, sheet_data(schema.PAPER)), found)
    _check_progress(plan, action_rows.rows, found)
    return Reading(plan, tuple(found.problems))


def _check_progress(plan: Plan, rows: Mapping[str, Record], found: Collector) -> None:
    """Warn of claims the log does not back: Complete without evidence, and stale actions."""
    previous = plan.paper.previous_meeting
    for action in plan.actions:
        row = rows[action.reference]
        if action.rag is Rag.COMPLETE and not any(u.evidence for u in action.updates):
            found.warn(row.sheet, row.cell("RAG"),
                       f"action {action.reference} is rated Complete but no update gives "
                       "evidence; add it in the Progress sheet's Evidence column")
        latest = action.updates[-1] if action.updates else None
        if (previous is not None and latest is not None and action.rag is not Rag.COMPLETE
                and latest.date < previous.date):
            found.warn(row.sheet, row.cell("RAG"),
                       f"action {action.reference}'s latest update ({latest.date:%d/%m/%Y}) is "
                       f"older than the last meeting ({previous.date:%d/%m/%Y}); is it stale?")


def _paper(data: SheetData | None, versions_data: SheetData | None,
           meetings_data: SheetData | None, found: Collector) -> PaperDetails | None:
    record = _details(schema.PAPER, data, found)
    versions = []
    for row in _table(schema.VERSIONS, versions_data, found):
        label = found.value(row, "Version", cells.parse_text)
        when = found.value(row, "Date", cells.parse_date, required=False)
        changes = found.value(row, "Changes made", cells.parse_text, required=False) or ""
        if label is not None:
            versions.append(Version(label, when, changes))
    if record is None:
        return None
    organisation = found.value(record, "Organisation", cells.parse_text)
    title = found.value(record, "Plan title", cells.parse_text)
    board = found.value(record, "Board", cells.parse_text)
    meeting = found.value(record, "Meeting date", cells.parse_date)
    author = found.value(record, "Author", cells.parse_text, required=False) or ""
    optional = {
        name: found.value(record, name, cells.parse_text, required=False) or ""
        for name in ("Presenter", "Agenda item", "Protective marking",
                     "Recommendations to the board")
    }
    purpose = found.value(record, "Purpose", lambda v: cells.parse_choice(v, schema.PURPOSES),
                          required=False) or ""
    report_date = found.value(record, "Report date", cells.parse_date, required=False)
    if report_date is not None and meeting is not None and report_date > meeting:
        found.warn(record.sheet, record.cell("Report date"),
                   f"the report date ({report_date:%d/%m/%Y}) is after the meeting date "
                   f"({meeting:%d/%m/%Y}); check the year, or the day and month")
    email = found.value(record, "Contact email", cells.parse_email, required=False) or ""
    phone = found.value(record, "Contact phone", cells.parse_text, required=False) or ""
    exempt, exemption_reason = _exemption(record, found)
    implications = Implications(*(
        found.value(record, f"{area} implications", cells.parse_text, required=False) or ""
        for area, _ in schema.IMPLICATIONS))
    meetings = []
    for row in _table(schema.MEETINGS, meetings_data, found):
        when = found.value(row, "Date", cells.parse_date)
        name = found.value(row, "Meeting", cells.parse_text, required=False) or ""
        if when is not None:
            meetings.append(Meeting(when, name))
    if meeting is not None and _swapped_meeting(meeting, meetings):
        swapped = _swapped(meeting)
        found.error(record.sheet, record.cell("Meeting date"),
                    f"the meeting date reads as {meeting.day} {meeting:%B %Y} (day first), which "
                    f"is not on the Meetings sheet, but {swapped.day} {swapped:%B %Y} is: were "
                    "the day and month typed the other way round? Type the date as "
                    f"{swapped:%d/%m/%Y} if that is the meeting, or add the meeting to the "
                    "Meetings sheet")
        meeting = None
    if organisation is None or title is None or board is None or meeting is None:
        return None
    return PaperDetails(
        organisation, title, board, meeting, author, tuple(versions),
        presenter=optional["Presenter"],
        agenda_item=optional["Agenda item"],
        purpose=purpose,
        protective_marking=optional["Protective marking"] or "OFFICIAL",
        board_recommendations=optional["Recommendations to the board"],
        meetings=tuple(sorted(meetings, key=lambda m: m.date)),
        report_date=report_date,
        contact_email=email,
        contact_phone=phone,
        exempt=exempt,
        exemption_reason=exemption_reason,
        implications=implications,
    )


# Where the law says why a council paper may be kept from the public.
SCHEDULE_12A = "Schedule 12A to the Local Government Act 1972"


def _exemption(record: Record, found: Collector) -> tuple[bool | None, str]:
    """Whether the paper is exempt from publication, and why; exempt with no reason is an
    error, a reason for a paper not exempt a warning."""
    exempt = found.value(record, "Exempt", cells.parse_yes_no, required=False)
    reason = found.value(record, "Exemption reason", cells.parse_text, required=False) or ""
    if exempt and not reason:
        where = "Exemption reason" if "Exemption reason" in record.refs else "Exempt"
        found.error(record.sheet, record.cell(where),
                    "the paper is marked exempt from publication but gives no reason; type "
                    f"the paragraph of {SCHEDULE_12A} it falls under in the 'Exemption "
                    "reason' field (e.g. 'Paragraph 3: information relating to the financial "
                    "or business affairs of any particular person'), or set Exempt to No")
    elif exempt and not re.search(r"\d", reason):
        found.warn(record.sheet, record.cell("Exemption reason"),
                   f"the exemption reason names no paragraph of {SCHEDULE_12A}; say which "
                   "paragraph the information falls under")
    elif reason and not exempt:
        found.warn(record.sheet, record.cell("Exemption reason"),
                   "an exemption reason is given but Exempt is not Yes, so the paper is not "
                   "marked exempt and the reason is not printed; set Exempt to Yes if it is")
        reason = ""
    return exempt, reason


def _swapped(day: date) -> date | None:
    """The date with its day and month exchanged, if that is a date."""
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


def _swapped_meeting(meeting: date, meetings: list[Meeting]) -> bool:
    """Whether the meeting date is not listed but its day/month swap is: typed US-style?"""
    listed = {m.date for m in meetings}
    swapped = _swapped(meeting)
    return meeting not in listed and swapped is not None and swapped != meeting \
        and swapped in listed


# A meeting this many years from the inspection is probably mistyped.
MEETING_YEARS = 6
# A due date this many years after the meeting is past any plan's horizon; from PLACEHOLDER_YEAR
# on, a date such as 31/12/9999 stands for "no end date".
HORIZON_YEARS = 10
PLACEHOLDER_YEAR = 9000


def _check_meeting_date(plan: Plan, paper_sheet: str, found: Collector) -> None:
    """Warn of a meeting date too far from the inspection to be right."""
    as_at, inspection = plan.as_at, plan.inspection
    gap = abs(as_at.year - inspection.end.year)
    if gap > MEETING_YEARS or as_at.year >= PLACEHOLDER_YEAR:
        found.warn(paper_sheet, None,
                   f"the meeting date ({as_at:%d/%m/%Y}) is {gap:,} years from the inspection "
                   f"({inspection.end:%d/%m/%Y}); check the Meeting date")


def _checked_due(timescale: Timescale, reference: str, row: Record, as_at: date | None,
                 found: Collector) -> Timescale:
    """The timescale, a placeholder such as 31/12/9999 read as no due date; a due date past
    any plan's horizon is a warning."""
    due = timescale.due
    if due is not None and due.year >= PLACEHOLDER_YEAR:
        found.warn(row.sheet, row.cell("Timescale"),
                   f"{due:%d/%m/%Y} looks like a placeholder for 'no end date'; action "
                   f"{reference} is read as having no due date (type 'Ongoing' or 'TBC' to say "
                   "so)")
        return replace(timescale, due=None)
    if due is not None and as_at is not None and due.year - as_at.year > HORIZON_YEARS:
        found.warn(row.sheet, row.cell("Timescale"),
                   f"action {reference} is due {due:%d/%m/%Y}, more than {HORIZON_YEARS} years "
                   "after the meeting; check the year")
    return timescale


def _scoring(data: SheetData | None, found: Collector) -> ScoringRule | None:
    """The workbook's own points and bands, or None if it has no Scoring rows."""
    rows = _table(schema.SCORING, data, found)
    if not rows:
        return None
    points, bands = [], []
    for row in rows:
        rating = found.value(row, "Rating", cells.parse_rating)
        value = found.value(row, "Points", cells.parse_number)
        low = found.value(row, "Band from", cells.parse_number)
        high = found.value(row, "Band to", cells.parse_number)
        if rating is None or value is None or low is None or high is None:
            continue
        if rating is Rating.NOT_RATED:
            found.error(row.sheet, row.cell("Rating"), "'Not rated' scores nothing; leave it out")
            continue
        if low > high:
            found.error(row.sheet, row.cell("Band from"),
                        f"the band runs from {low} to {high}; 'Band from' must not exceed "
                        "'Band to'")
        points.append((rating, value))
        bands.append(Band(low, high, rating))
    return ScoringRule(tuple(points), tuple(sorted(bands, key=lambda b: b.low))) if bands \
        else None


def _framework(record: Record, start: date | None, found: Collector) -> Framework:
    """The framework the Inspection sheet names, else the one its dates fall in (said)."""
    typed = found.value(record, "Framework", cells.parse_text, required=False)
    if typed is not None:
        framework = frameworks.find(typed)
        if framework is not None:
            return framework
        close = frameworks.nearest(typed)
        found.error(record.sheet, record.cell("Framework"),
                    f"{cells.shown(typed)} is not a framework reportgen knows; use one of "
                    f"{', '.join(frameworks.frameworks())}"
                    + (f" (did you mean '{close}'?)" if close else ""))
        return frameworks.frameworks()[frameworks.OTHER]
    if start is None:
        return frameworks.frameworks()[frameworks.OTHER]
    framework = frameworks.for_inspection(start)
    where = record.cell("Framework") if "Framework" in record.refs else None
    if framework.key == frameworks.OTHER:
        found.warn(record.sheet, where,
                   f"no framework is named and none that reportgen knows covers an inspection "
                   f"starting {start:%d/%m/%Y}; the Ratings sheet's standards are printed as "
                   "typed, with the overall rating as stated. Add a 'Framework' field to say "
                   "which applies")
    else:
        found.warn(record.sheet, where,
                   f"no framework is named, so the one the inspection dates fall in is used: "
                   f"{framework.key} ({framework.name}). Add a 'Framework' field with "
                   f"'{framework.key}' to say so, or name another")
    return framework


def _inspection(data: SheetData | None, ratings_data: SheetData | None,
                scoring_data: SheetData | None, found: Collector) -> Inspection | None:
    record = _details(schema.INSPECTION, data, found)
    own_scoring = _scoring(scoring_data, found)
    domains: dict[int, tuple[str, list[Standard]]] = {}
    seen: dict[str, str] = {}
    cells_of: dict[str, str] = {}
    for row in _table(schema.RATINGS, ratings_data, found):
        domain_name = found.value(row, "Domain", cells.parse_text)
        number = found.value(row, "Standard", cells.parse_standard)
        name = found.value(row, "Name", cells.parse_text)
        rating = found.value(row, "Rating", cells.parse_rating)
        if number is not None:
            if number in seen:
                found.error(row.sheet, row.cell("Standard"),
                            f"standard {number} is listed twice (also at {seen[number]})")
                continue
            seen[number] = row.cell("Standard")
        if None in (domain_name, number, name, rating):
            continue
        cells_of[number] = row.cell("Standard")
        domain_number = int(number.split(".")[0])
        if domain_number in domains and domains[domain_number][0] != domain_name:
            found.error(row.sheet, row.cell("Domain"),
                        f"standard {number} puts domain {domain_number} as {domain_name!r}, but "
                        f"an earlier row calls it {domains[domain_number][0]!r}")
            continue
        domains.setdefault(domain_number, (domain_name, []))[1].append(
            Standard(number, name, rating))
    if record is None:
        return None
    inspectorate = found.value(record, "Inspectorate", cells.parse_text)
    start = found.value(record, "Inspection start", cells.parse_date)
    end = found.value(record, "Inspection end", cells.parse_date)
    framework = _framework(record, start, found)
    stated_score = found.value(record, "Stated score", cells.parse_text, required=False)
    stated_overall = found.value(record, "Stated overall rating", cells.parse_rating,
                                 required=False)
    if stated_overall is Rating.NOT_RATED:
        found.error(record.sheet, record.cell("Stated overall rating"),
                    "an overall rating cannot be 'Not rated'; type the rating the report gives, "
                    "or leave the field blank")
        stated_overall = None
    if inspectorate is None or start is None or end is None:
        return None
    if end < start:
        found.error(record.sheet, record.cell("Inspection end"),
                    f"the inspection ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y})")
    inspection = Inspection(
        inspectorate, start, end,
        tuple(Domain(n, name, tuple(standards))
              for n, (name, standards) in sorted(domains.items())),
        framework,
        own_scoring or framework.scoring,
        stated_overall,
    )
    _check_ratings(inspection, record, cells_of, stated_score, ratings_data, found)
    return inspection


def _check_ratings(inspection: Inspection, record: Record, cells_of: Mapping[str, str],
                   stated_score: str | None, ratings_data: SheetData | None,
                   found: Collector) -> None:
    """Say what stops the paper giving a score or overall rating, and where the workbook's
    own statement disagrees with the ratings."""
    framework = inspection.framework
    ratings = _sheet_name(schema.RATINGS, ratings_data)
    if framework.standards:
        for standard in inspection.standards:
            if framework.standard(standard.number) is None:
                found.warn(ratings, cells_of.get(standard.number),
                           f"standard {standard.number} is not one that {framework.key} "
                           f"({framework.name}) rates; it is printed as typed but not scored")
    if not inspection.standards:
        if ratings_data is not None:
            found.error(ratings, None, "no standards are listed; add one row per "
                        "standard with its rating")
        return
    if inspection.missing:
        listed = "; ".join(f"{s.number} {s.name}" for s in inspection.missing)
        found.warn(ratings, None,
                   f"{len(inspection.missing)} of the {len(framework.standards)} standards "
                   f"{framework.key} rates {'has' if len(inspection.missing) == 1 else 'have'} "
                   f"no row: {listed}. The paper gives no overall rating until each has its "
                   "rating, or 'Not rated'")
        return
    if inspection.scoring is None:
        if inspection.stated_overall is None:
            found.warn(record.sheet, record.cell("Stated overall rating"),
                       f"under {framework.key} the overall rating is the inspectorate's own, "
                       "not worked out from points; type the report's overall rating in "
                       "'Stated overall rating' (the paper gives none until then)")
        return
    scoring = inspection.scoring
    if inspection.max_score > scoring.top:
        found.error(ratings, None,
                    f"{len(inspection.rated_standards)} rated standards can score up to "
                    f"{inspection.max_score}, but the scoring bands stop at {scoring.top}; add a "
                    "Scoring sheet with the bands for this framework")
        return
    computed = f"{inspection.score}/{inspection.max_score}"
    if stated_score is not None and stated_score.replace(" ", "") != computed:
        found.warn(record.sheet, record.cell("Stated score"),
                   f"the workbook states a score of {stated_score}, but the ratings give "
                   f"{computed}")
    if inspection.stated_overall is not None and inspection.overall is not None \
            and inspection.stated_overall is not inspection.overall:
        found.warn(record.sheet, record.cell("Stated overall rating"),
                   f"the workbook states '{inspection.stated_overall.label}' overall, but "
                   f"{computed} gives '{inspection.overall.label}'")


@dataclass(frozen=True)
class ActionRows:
    """Where each action is on the Actions sheet, including rows that have errors.

    ``unreadable`` is set when some row's reference could not be read: an update for an
    action not found may then be for that row, so it is not reported as a problem of its own.
    """

    rows: Mapping[str, Record]
    unreadable: bool = False

    def __contains__(self, reference: object) -> bool:
        return reference in self.rows


def _recommendations(
    data: SheetData | None, actions_data: SheetData | None, found: Collector, *,
    names: tuple[str, str] | None, default_source: str, as_at: date | None,
) -> tuple[tuple[Recommendation, ...], ActionRows]:
    """The recommendations with their actions, and each action's row on the Actions sheet.

    ``names`` (the plan's organisation and board) resolve short addressees such as 'Board'.
    Actions added after ``as_at`` are left out: they were not yet in the plan.
    """
    recommendations: dict[int, tuple[str, str, str] | None] = {}
    numbers_unreadable = False
    for row in _table(schema.RECOMMENDATIONS, data, found):
        mark = found.mark()
        number = found.value(row, "Number", cells.parse_recommendation_number)
        addressee = found.value(row, "Addressed to", cells.parse_text)
        source = found.value(row, "Source", _parse_source, required=False) or default_source
        text = found.value(row, "Recommendation", cells.parse_text)
        if number is None:
            numbers_unreadable = numbers_unreadable or found.failed_since(mark)
            continue
        if number in recommendations:
            found.error(row.sheet, row.cell("Number"),
                        f"recommendation {number} is listed twice; give each its own number")
            continue
        # Known under its number even when other cells have errors, so its actions are not
        # also reported as pointing at a recommendation that does not exist.
        recommendations[number] = None
        if addressee is None or text is None:
            continue
        if names is not None:
            addressee = cells.addressee_name(addressee, organisation=names[0], board=names[1])
        recommendations[number] = (addressee, source, text)
    actions: dict[int, list[Action]] = {n: [] for n in recommendations}
    references: dict[str, Record] = {}
    referenced: set[int] = set()
    unreadable = False
    later: list[Record] = []
    for row in _table(schema.ACTIONS, actions_data, found):
        mark = found.mark()
        number = found.value(row, "Recommendation", cells.parse_recommendation_number)
        letter = found.value(row, "Letter", cells.parse_letter)
        text = found.value(row, "Action", cells.parse_text)
        lead = found.value(row, "Lead", cells.parse_text, required=False) or ""
        timescale = found.value(row, "Timescale", cells.parse_timescale)
        measures = found.value(row, "Success measures", cells.parse_text, required=False) or ""
        rag = found.value(row, "RAG", cells.parse_rag, required=False)
        added = found.value(row, "Added", cells.parse_date, required=False)
        if number is None or letter is None:
            unreadable = unreadable or found.failed_since(mark)
            continue
        referenced.add(number)
        reference = f"{number}{letter}"
        if number not in recommendations:
            if data is not None and not numbers_unreadable:
                known = ", ".join(str(n) for n in sorted(recommendations)) or "none"
                found.error(row.sheet, row.cell("Recommendation"),
                            f"action points at recommendation {number}, which does not exist "
                            f"(the Recommendations sheet has {known})")
            else:
                # Its recommendation may be the row whose number could not be read: known, so
                # that its updates are not reported too.
                references.setdefault(reference, row)
            continue
        if reference in references:
            found.error(row.sheet, row.cell("Letter"),
                        f"action {reference} is listed twice; give each action its own letter")
            continue
        # Known even when the row has other errors, so its updates are not also reported.
        references[reference] = row
        if found.failed_since(mark) or text is None or timescale is None:
            continue
        if as_at is not None and added is not None and added > as_at:
            later.append(row)
            continue
        if not lead:
            found.warn(row.sheet, row.cell("Lead"), f"action {reference} has no lead")
        timescale = _checked_due(timescale, reference, row, as_at, found)
        actions[number].append(Action(number, letter, text, lead, timescale, measures, rag,
                                      added=added))
    if later:
        found.warn(later[0].sheet, later[0].cell("Added"),
                   f"{len(later)} action{'s were' if len(later) > 1 else ' was'} added after "
                   f"the meeting date ({as_at:%d/%m/%Y}) and {'are' if len(later) > 1 else 'is'} "
                   f"left out of this paper, the first at {later[0].sheet}!"
                   f"{later[0].cell('Added')}")
    for number in recommendations:
        if number not in referenced and actions_data is not None:
            found.warn(actions_data.name, None, f"recommendation {number} has no actions yet")
    return tuple(
        Recommendation(number, addressee, source, text,
                       tuple(sorted(actions[number], key=lambda a: (len(a.letter), a.letter))))
        for number, details in sorted(recommendations.items()) if details is not None
        for addressee, source, text in (details,)
    ), ActionRows(references, unreadable)


def _with_progress(recommendations: tuple[Recommendation, ...], data: SheetData | None,
                   as_at: date | None, references: ActionRows,
                   found: Collector) -> tuple[Recommendation, ...]:
    """Attach each action's dated updates; its current RAG is the latest on or before as_at.

    Updates after ``as_at`` are left out (and said once), so the paper for any earlier meeting
    can be rebuilt from today's workbook. Without a meeting date (an error reported on the
    Paper sheet) every row is still checked.
    """
    updates: dict[str, list[tuple[ProgressUpdate, Record]]] = {}
    later: list[Record] = []
    for row in _table(schema.PROGRESS, data, found):
        mark = found.mark()
        when = found.value(row, "Date", cells.parse_date)
        reference = found.value(row, "Action", cells.parse_action_ref)
        rag = found.value(row, "RAG", cells.parse_rag)
        commentary = found.value(row, "Commentary", cells.parse_text, required=False) or ""
        evidence = found.value(row, "Evidence", cells.parse_text, required=False) or ""
        evidence_link = row.links.get("Evidence", "")
        updated_by = found.value(row, "Updated by", cells.parse_text, required=False) or ""
        if reference is not None and reference not in references:
            if not references.unreadable:
                found.error(row.sheet, row.cell("Action"),
                            f"update for action {reference}, which is not on the Actions sheet")
            continue
        if found.failed_since(mark) or when is None or reference is None:
            continue
        if as_at is not None and when > as_at:
            later.append(row)
            continue
        update = ProgressUpdate(when, reference, rag, commentary, evidence, updated_by,
                                evidence_link=evidence_link)
        updates.setdefault(reference, []).append((update, row))
    if later:
        first = later[0]
        found.warn(first.sheet, first.cell("Date"),
                   f"{len(later)} update{'s are' if len(later) > 1 else ' is'} dated after the "
                   f"meeting date ({as_at:%d/%m/%Y}) and left out of this paper's figures and "
                   f"log, the first at {first.sheet}!{first.cell('Date')}")
    return tuple(
        replace(r, actions=tuple(_current(a, updates.get(a.reference, []), found)
                                 for a in r.actions))
        for r in recommendations
    )


def _current(action: Action, logged: list[tuple[ProgressUpdate, Record]],
             found: Collector) -> Action:
    if not logged:
        return action
    # Oldest first; rows on the same date keep the order officers typed them in.
    logged = sorted(logged, key=lambda pair: pair[0].date)
    latest, row = logged[-1]
    if action.rag is not None and action.rag is not latest.rag:
        said = latest.rag.label if latest.rag else "Not started"
        found.warn(row.sheet, row.cell("RAG"),
                   f"action {action.reference}'s latest update says '{said}' but the "
                   f"Actions sheet says '{action.rag.label}'; the latest update is used")
    return replace(action, rag=latest.rag, updates=tuple(u for u, _ in logged))


def _parse_source(value: object) -> str:
    text = cells.parse_text(value)
    for source in schema.SOURCES:
        if source.casefold() == text.casefold():
            return source
    lowered = text.casefold()
    if lowered in ("hmip", "inspection", "hmip inspection", "hmi probation"):
        return schema.SOURCES[0]
    if "national standards" in lowered:
        return schema.SOURCES[1]
    return text


def _narrated_domains(inspection: Inspection) -> tuple[Domain, ...]:
    """The domains the narrative may write about: those on the Ratings sheet, and those of the
    framework that a half-filled Ratings sheet does not list yet."""
    domains = {d.number: d for d in inspection.domains}
    for standard in inspection.framework.standards:
        number = int(standard.number.split(".")[0])
        domains.setdefault(number, Domain(number, standard.domain, ()))
    return tuple(domains[n] for n in sorted(domains))


def _narrative(data: SheetData | None, inspection: Inspection | None,
               found: Collector) -> Narrative | None:
    sections: dict[tuple[str, int | None], list[str]] = {}
    all_domains = _narrated_domains(inspection) if inspection else ()
    domain_numbers = {d.number for d in all_domains}
    section_names = {s.casefold(): s for s in schema.NARRATIVE_SECTIONS}
    per_domain = {"Domain summary", "Key findings", "But"}
    for row in _table(schema.NARRATIVE, data, found):
        raw_section = found.value(row, "Section", cells.parse_text)
        text = found.value(row, "Text", cells.parse_text)
        domain = found.value(row, "Domain", cells.parse_number, required=False)
        if raw_section is None or text is None:
            continue
        section = section_names.get(raw_section.casefold().rstrip(":"))
        if section is None:
            found.error(row.sheet, row.cell("Section"),
                        f"{cells.shown(raw_section)} is not a section; use one of "
                        + ", ".join(schema.NARRATIVE_SECTIONS))
            continue
        if section in per_domain:
            if domain is None:
                found.error(row.sheet, row.cell("Domain"),
                            f"a '{section}' row needs the number of its domain")
                continue
            if inspection is not None and domain not in domain_numbers:
                found.error(row.sheet, row.cell("Domain"),
                            f"domain {domain} is not in the Ratings sheet (it has "
                            f"{', '.join(str(n) for n in sorted(domain_numbers)) or 'none'})")
                continue
        else:
            domain = None
        sections.setdefault((section, domain), []).append(text)
    if inspection is None:
        return None

    def blocks(section: str, domain: int | None = None) -> tuple[str, ...]:
        return tuple(sections.get((section, domain), ()))

    domains = tuple(
        DomainNarrative(d, blocks("Domain summary", d.number), blocks("Key findings", d.number),
                        blocks("But", d.number))
        for d in all_domains
    )
    silent = [part.domain for part in domains if not part.has_text]
    if silent:
        names = "; ".join(f"{d.number} {d.name}" for d in silent)
        found.warn(_sheet_name(schema.NARRATIVE, data), None,
                   f"{'domains' if len(silent) > 1 else 'domain'} {names} "
                   f"{'have' if len(silent) > 1 else 'has'} no narrative, so the executive "
                   "summary gives no heading for "
                   f"{'them' if len(silent) > 1 else 'it'}; add 'Domain summary', 'Key "
                   "findings' or 'But' rows with the domain's number to write about it")
    narrative = Narrative(
        introduction=blocks("Introduction"),
        foreword=blocks("Foreword"),
        ratings_commentary=blocks("Ratings commentary"),
        executive_summary=blocks("Executive summary"),
        domains=domains,
        recommendations=blocks("Recommendations"),
    )
    if not narrative.has_executive_summary:
        found.warn(_sheet_name(schema.NARRATIVE, data), None,
                   "there is no 'Executive summary' or domain text, so the paper has no "
                   "executive summary; add rows with those sections")
    return narrative
