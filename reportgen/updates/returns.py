"""Reading a returned update request: its identity, and what the lead filled in, row by row.

Every problem is collected, each named by the return file, its sheet and its cell in Excel's
own way of naming a cell in another workbook: ``[head-of-service.xlsx]Updates!H3``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from ..errors import InputError, Problem, Severity
from ..excel import SheetData, SheetExtras, cell_name, document_dates, read_sheets, sheet_extras
from ..excel.file_checks import read_workbook_file
from ..plan import cells
from ..plan.model import Timescale, rag_word
from .plan_rows import cell_text, clean
from .request_form import (
    FORMAT,
    HEADERS,
    IDENTITY,
    PROPOSE_WORDS,
    READ_ONLY,
    SHOWN,
    UPDATES,
    RequestIdentity,
    ShownAction,
)

T = TypeVar("T")
REQUIRED_IDENTITY = ("Request format", "Plan SHA-256", "Meeting date", "Lead")
READ = ("Reference", *HEADERS[HEADERS.index("Date of update"):])
"""The Updates sheet's columns read from a return: the reference and the cells filled in."""


@dataclass(frozen=True)
class ReturnedRow:
    """One row of a return's Updates sheet: the action it is for and what the lead filled in."""

    row: int
    reference: str
    dated: date | None
    """The lead's Date of update; None when left empty."""
    rag: str | None
    """The New RAG as a rating's words ('Not started' for none); None when left empty."""
    commentary: str
    evidence: str
    propose_complete: bool
    timescale: Timescale | None
    reason: str
    cells: dict[str, str] = field(default_factory=dict, compare=False)
    """Each column's cell in this row, e.g. {'New RAG': 'H3'}."""
    evidence_link: str = ""
    """The Evidence cell's hyperlink (http, https or mailto), if it is one."""
    typed: dict[str, object] = field(default_factory=dict, compare=False)
    """What the row's read-only cells hold now, by column: the lead may have typed over them."""

    @property
    def is_update(self) -> bool:
        """Whether the row says anything for the progress log."""
        return bool(self.rag or self.commentary or self.evidence or self.propose_complete)

    @property
    def is_empty(self) -> bool:
        """Whether the lead filled in nothing at all."""
        return not (self.is_update or self.dated or self.timescale or self.reason)


@dataclass(frozen=True)
class ReturnedForm:
    """A returned request: where it came from, the identity it carries, and its filled rows."""

    origin: str
    """The file as named on the command line."""
    sha256: str
    identity: RequestIdentity
    identity_cells: dict[str, str]
    """Each identity field's cell on the identity sheet, e.g. {'Plan SHA-256': 'B3'}."""
    rows: tuple[ReturnedRow, ...]
    saved: datetime | None
    """When the file was last saved, by its own document properties (UTC)."""
    extras: tuple[SheetExtras, ...] = ()
    """Every sheet of the file, with the notes and pictures on it."""
    listed: frozenset[str] = frozenset()
    """Every reference in the Updates sheet's Reference column, as typed (spacing and case
    aside), its row read or not."""

    def where(self, sheet: str, cell: str | None = None) -> tuple[str, str | None]:
        """A Problem's sheet and cell for ``cell`` of ``sheet`` of this file."""
        return f"[{self.origin}]{sheet}", cell


def read_return(path: Path) -> tuple[ReturnedForm | None, list[Problem]]:
    """The return at ``path``, and every problem found reading it (None if it cannot be used)."""
    origin = str(path)
    try:
        content = read_workbook_file(Path(path))
        sheets = read_sheets(content, wanted=lambda name: name.casefold() in (
            UPDATES.casefold(), IDENTITY.casefold()), origin=origin)
        saved = document_dates(content, origin=origin).modified
        extras = sheet_extras(content, origin=origin)
    except InputError as exc:
        return None, [Problem(origin, None, str(exc).removeprefix(f"{origin}: "))]
    found = {name.casefold(): data for name, data in sheets.items()}
    problems: list[Problem] = []
    identity_data = found.get(IDENTITY.casefold())
    if identity_data is None:
        return None, [Problem(origin, None, "is not an update request written by reportgen "
                              f"requests (it has no '{IDENTITY}' sheet); collect the returned "
                              "requests, not other workbooks")]
    identity, identity_cells = _identity(identity_data, origin, problems)
    updates = found.get(UPDATES.casefold())
    rows: tuple[ReturnedRow, ...] = ()
    if updates is None:
        problems.append(Problem(origin, None, f"has no '{UPDATES}' sheet; was it renamed? "
                                f"Name it '{UPDATES}' again"))
    else:
        rows = _rows(updates, f"[{origin}]{updates.name}", problems)
    if identity is None:
        return None, problems
    listed = frozenset()
    if updates is not None and updates.rows:
        header = [clean(v) for v in updates.rows[0]]
        at = header.index("Reference") if "Reference" in header else 0
        listed = frozenset("".join(str(clean(row[at])).split()).upper()
                           for row in updates.rows[1:] if len(row) > at and clean(row[at]))
    return ReturnedForm(origin, hashlib.sha256(content).hexdigest(), identity, identity_cells,
                        rows, saved, extras, listed), problems


def _identity(data: SheetData, origin: str,
              problems: list[Problem]) -> tuple[RequestIdentity | None, dict[str, str]]:
    sheet = f"[{origin}]{data.name}"
    values: dict[str, str] = {}
    where: dict[str, str] = {}
    shown_from = None
    for number, row in enumerate(data.rows[1:], start=2):
        if row and isinstance(row[0], str) and row[0].strip() == SHOWN:
            shown_from = number
            break
        if len(row) >= 2 and isinstance(row[0], str) and row[1] is not None:
            values[row[0].strip()] = str(row[1]).strip()
            where[row[0].strip()] = cell_name(2, number)
    missing = [name for name in REQUIRED_IDENTITY if not values.get(name)]
    if missing:
        problems.append(Problem(sheet, None, f"the request's identity has no "
                                f"{', '.join(missing)}; it was changed after it was written, so "
                                "the return cannot be matched to the plan. Ask for it again"))
        return None, where
    if values["Request format"] != FORMAT:
        problems.append(Problem(sheet, where["Request format"],
                                f"written by a reportgen whose requests are laid out another way "
                                f"(format {values['Request format']}); collect it with that "
                                "version, or update reportgen"))
        return None, where
    meeting = _iso_date(values["Meeting date"], sheet, where["Meeting date"], problems)
    due = _iso_date(values.get("Return by", values["Meeting date"]), sheet,
                    where.get("Return by"), problems)
    try:
        written = datetime.fromisoformat(values.get("Written", ""))
    except ValueError:
        written = None
    if meeting is None or due is None:
        return None, where
    return RequestIdentity(
        values["Plan SHA-256"].lower(), values.get("Plan file", ""), meeting, due,
        values["Lead"], tuple(r.strip() for r in values.get("Actions", "").split(",")
                              if r.strip()),
        values.get("reportgen version", ""), written or datetime.min,
        values.get("Plan ID", ""),
        _shown(data.rows[shown_from:]) if shown_from is not None else ()), where


def _shown(rows: tuple[tuple[object, ...], ...]) -> tuple[ShownAction, ...]:
    """What the request showed the lead of each action, as its identity sheet records it."""
    found = []
    for row in rows:
        text = [str(v) if v is not None else "" for v in (*row, *[None] * 9)[:9]]
        if not text[0].strip():
            continue
        try:
            dated = date.fromisoformat(text[6][:10]) if text[6] else None
            updates = tuple(tuple(str(x) for x in u) for u in json.loads(text[7] or "[]"))
            revisions = tuple(tuple(str(x) for x in r) for r in json.loads(text[8] or "[]"))
        except (ValueError, TypeError):
            continue  # a record that was changed says nothing
        found.append(ShownAction(text[0].strip(), text[1], text[2], text[3], text[4], text[5],
                                 dated, updates, revisions))
    return tuple(found)


def _iso_date(text: str, sheet: str, cell: str | None, problems: list[Problem]) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        problems.append(Problem(sheet, cell, f"{cells.shown(text)} is not the date the request "
                                "was written with; ask for the request again"))
        return None


def _rows(data: SheetData, sheet: str, problems: list[Problem]) -> tuple[ReturnedRow, ...]:
    header = tuple(clean(v) for v in (data.rows[0] if data.rows else ()))
    positions = {name: header.index(name) + 1 for name in HEADERS if name in header}
    missing = [name for name in HEADERS if name not in positions]
    if missing:
        problems.append(Problem(sheet, "1:1", f"no {', '.join(repr(m) for m in missing)} "
                                "column; the headings were changed. Put them back as written, "
                                "or ask for the request again"))
        return ()
    rows = []
    for number, raw in enumerate(data.rows[1:], start=2):
        values = {name: clean(raw[p - 1]) if p <= len(raw) else None
                  for name, p in positions.items()}
        where = {name: cell_name(p, number) for name, p in positions.items()}
        outside = [(cell_name(p, number), clean(v)) for p, v in enumerate(raw, start=1)
                   if p > len(header) and clean(v) is not None]
        if outside:
            problems.append(Problem(sheet, outside[0][0], f"{cells.shown(outside[0][1])} is typed "
                                    "outside the table's columns, where nothing is read; put it "
                                    "in its column (Commentary, say), or it is not collected",
                                    Severity.WARNING))
        before = len(problems)
        links = _cell_problems(data, number, positions, where, sheet, problems)
        row = _row(number, values, where, sheet, problems, before=before,
                   evidence_link=links.get("Evidence", ""))
        if row is not None:
            rows.append(row)
    return tuple(rows)


def _cell_problems(data: SheetData, number: int, positions: dict[str, int],
                   where: dict[str, str], sheet: str, problems: list[Problem]) -> dict[str, str]:
    """What a row's cells hold beyond their values: a formula with no value to read, a formula
    error, a hyperlink. Returns the links kept, by column."""
    links = {}
    for name in READ:
        cell = (number, positions[name])
        if cell in data.errors:
            problems.append(Problem(sheet, where[name], f"holds a formula whose result is the "
                                    f"error {data.errors[cell]}; type the value"))
        elif cell in data.unsaved:
            formula = data.unsaved[cell]
            shown = formula if len(formula) <= 40 else formula[:37] + "..."
            problems.append(Problem(sheet, where[name], f"holds a formula ({shown}) with no "
                                    "saved value, so there is nothing to read; type the value"))
        target = data.links.get(cell) or data.refused_links.get(cell)
        if target is None:
            continue
        if name != "Evidence":
            problems.append(Problem(sheet, where[name], f"the cell is a hyperlink to "
                                    f"{cells.shown(target)}; only the Evidence column's links "
                                    "are added to the plan, so its text is added without the "
                                    "link", Severity.WARNING))
        elif cell in data.links:
            links[name] = target
        else:
            problems.append(Problem(sheet, where[name], f"the cell links to "
                                    f"{cells.shown(target)}, which the plan does not keep (only "
                                    "http, https and mailto links are); give the evidence as an "
                                    "https:// link or the document's name"))
    return links


def _row(number: int, values: dict[str, object], where: dict[str, str], sheet: str,
         problems: list[Problem], *, before: int, evidence_link: str = "") -> ReturnedRow | None:

    def read(name: str, parse: Callable[[object], T]) -> T | None:
        raw = values.get(name)
        if raw is None:
            return None
        try:
            return parse(raw)
        except cells.CellValueError as exc:
            problems.append(Problem(sheet, where[name], str(exc)))
            return None

    filled = [name for name in READ[1:] if values.get(name) is not None]
    if values.get("Reference") is None:
        typed = [name for name in READ_ONLY[1:] if values.get(name) is not None]
        if filled:
            problems.append(Problem(sheet, where[filled[0]], "filled in on a row with no "
                                    "Reference; fill in the rows of your actions only"))
        elif typed:
            problems.append(Problem(sheet, where[typed[0]], f"{cells.shown(values[typed[0]])} "
                                    "is typed on a row with no Reference (a row added to the "
                                    "table?), so nothing on it is collected: a return updates "
                                    "the actions it was sent with; a new action is the "
                                    "officer's to add to the Actions sheet", Severity.WARNING))
        return None
    evidence = cell_text(values.get("Evidence")) or evidence_link
    rag = read("New RAG", _rag_words)
    propose = read("Propose as complete", _yes_no)
    row = ReturnedRow(
        number, read("Reference", cells.parse_action_ref) or "",
        read("Date of update", cells.parse_date), rag, cell_text(values.get("Commentary")),
        evidence,
        # A New RAG of Complete proposes the action complete, as Yes does: only the board
        # closes it.
        propose is True or (propose is None and rag == "Complete"),
        read("Proposed new timescale", cells.parse_timescale),
        cell_text(values.get("Reason for new timescale")), where, evidence_link,
        {name: values.get(name) for name in READ_ONLY})
    if propose is True and rag not in (None, "Complete"):
        problems.append(Problem(sheet, where["New RAG"], f"says '{rag}' but Propose as "
                                "complete says Yes; choose Complete, or leave New RAG empty"))
    if propose is False and rag == "Complete":
        typed = cells.shown(values["New RAG"])
        read_as = "" if typed.casefold() == "'complete'" else ", read as Complete,"
        problems.append(Problem(sheet, where["New RAG"], f"says {typed}{read_as} but Propose as "
                                f"complete ({where['Propose as complete']}) says No; choose Yes "
                                "to propose the action complete, or another rating"))
    if row.timescale is not None and not row.reason:
        problems.append(Problem(sheet, where["Reason for new timescale"], "a new timescale is "
                                "proposed without a reason; say why it has to move"))
    if row.reason and values.get("Proposed new timescale") is None:
        problems.append(Problem(sheet, where["Proposed new timescale"], "a reason for a new "
                                "timescale is given, but no new timescale; give it, or clear "
                                "the reason"))
    if any(p.severity is Severity.ERROR for p in problems[before:]):
        return None  # what the row says is not known, so it is not said to be nothing
    if row.dated is not None and not row.is_update and row.timescale is None and not row.reason:
        problems.append(Problem(sheet, where["Date of update"], "a date of update but nothing "
                                "else; nothing is added for this action", Severity.WARNING))
    return row


def _yes_no(value: object) -> bool:
    """Propose as complete: the words the Paper sheet's Yes or No fields take (Y, N, TRUE ...),
    and the drop-down's in a message."""
    try:
        return cells.parse_yes_no(value)
    except cells.CellValueError as exc:
        raise cells.CellValueError(f"{cells.shown(value)} is not allowed here; use one of "
                                   f"{', '.join(PROPOSE_WORDS)}") from exc


def _rag_words(value: object) -> str:
    """A rating's words, 'Not started' for none."""
    return rag_word(cells.parse_rag(value))
