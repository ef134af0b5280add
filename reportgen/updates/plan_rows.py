"""A plan's sheets row by row as the file holds them, for the commands that add rows to it.

The reader turns the workbook into the plan as at its meeting date, leaving out what comes
after. Adding to the workbook needs every row, wherever it is: the progress log's rows after
the meeting date too, the revisions the plan already holds, the Closed by board dates, and the
row below which to add. Sheets and columns are found by name as the reader finds them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..excel import SheetData, cell_name
from ..plan import cells, schema
from ..plan.model import rag_word
from ..plan.schema import Sheet

HEADER_SEARCH_ROWS = 30
"""As the reader: how far down a sheet its header row is looked for."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SheetRows:
    """One of reportgen's sheets as the workbook holds it: its headers, and the rows below."""

    name: str
    """The sheet's name in the workbook."""
    header_row: int
    columns: Mapping[str, int]
    """Each column found, by the schema's name: its position, from 1."""
    rows: tuple[tuple[int, Mapping[str, object]], ...]
    """Each row below the headers holding a value: its number and values by column name."""
    last_row: int
    """The last row holding any value: new rows go below it."""
    links: Mapping[int, Mapping[str, str]] = field(default_factory=dict)
    """Each row's cells that are hyperlinks to an http(s) or mailto address: the address, by
    column name."""

    def cell(self, row: int, column: str) -> str:
        """The reference of ``column``'s cell in ``row``, e.g. 'D70'."""
        return cell_name(self.columns[column], row)


def sheet_rows(sheets: Mapping[str, SheetData], sheet: Sheet) -> SheetRows | None:
    """``sheet``'s rows, found by its name or another name officers give it; None if absent."""
    data = next((d for name, d in sheets.items() if schema.normalise_header(name) in sheet.keys),
                None)
    if data is None:
        return None
    rows = [tuple(clean(value) for value in row) for row in data.rows]
    keys = {key: column.name for column in sheet.columns for key in column.keys}
    header, best = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        named = {keys[k] for k in (schema.normalise_header(v) for v in row if isinstance(v, str))
                 if k in keys}
        if len(named) > best:
            header, best = index, len(named)
    columns: dict[str, int] = {}
    for position, value in enumerate(rows[header] if rows else (), start=1):
        name = keys.get(schema.normalise_header(value)) if isinstance(value, str) else None
        if name is not None:
            columns.setdefault(name, position)
    body = tuple(
        (number, {name: row[position - 1] for name, position in columns.items()
                  if position <= len(row)})
        for number, row in enumerate(rows[header + 1:], start=header + 2)
        if any(value is not None for value in row))
    last = max([header + 1 if rows else 0, *(number for number, _ in body)])
    links: dict[int, dict[str, str]] = {}
    for name, position in columns.items():
        for number, _ in body:
            if (number, position) in data.links:
                links.setdefault(number, {})[name] = data.links[number, position]
    return SheetRows(data.name, header + 1, columns, body, last, links)


def clean(value: object) -> object:
    """As the reader cleans a cell: text stripped of control and invisible characters, and
    blank text an empty cell."""
    if isinstance(value, str):
        value = schema.without_invisible(_CONTROL.sub("", value)).strip()
        return value or None
    return value


@dataclass(frozen=True)
class UpdateRow:
    """An entry of the progress log as a row holds it, and the row it is on."""

    row: int
    reference: str
    date: date
    rag: str
    """The rating as a word ('Not started' for none)."""
    commentary: str
    evidence: str
    updated_by: str
    evidence_link: str = ""
    """The Evidence cell's hyperlink, if it is one."""

    @property
    def says(self) -> tuple[str, str, str, str]:
        """What must agree with an entry of the same action, date and author."""
        return self.rag.casefold(), self.commentary, self.evidence, self.evidence_link


@dataclass(frozen=True)
class RevisionRow:
    """An entry of the Revisions sheet as a row holds it, and the row it is on."""

    row: int
    reference: str
    date: date
    timescale: str
    """The new timescale as the paper prints it."""
    reason: str


def logged_updates(log: SheetRows | None) -> tuple[UpdateRow, ...]:
    """Every row of the progress log that reads (a plan that reads has no other)."""
    found = []
    for number, values in log.rows if log else ():
        try:
            found.append(UpdateRow(
                number, cells.parse_action_ref(values.get("Action")),
                cells.parse_date(values.get("Date")), rag_word(cells.parse_rag(values.get("RAG"))),
                cell_text(values.get("Commentary")), cell_text(values.get("Evidence")),
                cell_text(values.get("Updated by")),
                log.links.get(number, {}).get("Evidence", "")))
        except cells.CellValueError:
            continue
    return tuple(found)


def logged_revisions(revisions: SheetRows | None) -> tuple[RevisionRow, ...]:
    """Every row of the Revisions sheet that reads."""
    found = []
    for number, values in revisions.rows if revisions else ():
        try:
            found.append(RevisionRow(
                number, cells.parse_action_ref(values.get("Action")),
                cells.parse_date(values.get("Date")),
                cells.parse_timescale(values.get("New timescale")).label,
                cell_text(values.get("Reason"))))
        except cells.CellValueError:
            continue
    return tuple(found)


def closed_by_board(actions: SheetRows | None) -> frozenset[str]:
    """The actions with a date in the Actions sheet's Closed by board column."""
    closed = set()
    for _, values in actions.rows if actions else ():
        if values.get("Closed by board") is None:
            continue
        try:
            closed.add(f"{cells.parse_recommendation_number(values.get('Recommendation'))}"
                       f"{cells.parse_letter(values.get('Letter'))}")
        except cells.CellValueError:
            continue
    return frozenset(closed)


def cell_text(value: object) -> str:
    """A cell's text as the reader reads it; an empty cell is ''."""
    return cells.parse_text(value) if value is not None else ""


def update_key(update: UpdateRow) -> tuple[str, str, str]:
    """How a request records an update it knew of: (date as yyyy-mm-dd, author, RAG), the
    author and rating in one case and spacing."""
    return (update.date.isoformat(), " ".join(update.updated_by.split()).casefold(),
            update.rag.casefold())


def revision_key(revision: RevisionRow) -> tuple[str, str]:
    """How a request records a revision it knew of: (date as yyyy-mm-dd, new timescale)."""
    return revision.date.isoformat(), revision.timescale.casefold()
