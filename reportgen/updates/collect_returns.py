"""reportgen collect: the returned requests' updates added to a new copy of the plan.

The plan is only ever read. Everything is read and checked before anything is written: the
returns against the plan, then the new copy against the plan it came from, read back as the
paper reads it. The copy is written whole, or not at all, and never over the plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from .. import __version__
from ..atomic_files import write_atomically
from ..errors import BuildError, InputError, Problem, WorkbookError
from ..excel import (
    DATE_FORMAT,
    Layout,
    Link,
    NewRows,
    SheetData,
    amend,
    document_dates,
    lost_features,
    read_sheets,
)
from ..excel.file_checks import read_workbook_file
from ..plan import cells, schema
from ..plan.action_sheets import PROPOSED
from ..plan.blank_workbook import WorkbookExists
from ..plan.model import ProgressUpdate
from ..plan.reader import read_workbook
from ..plan.schema import Sheet
from .copy_checks import changed_cells, changed_records, summary
from .lineage import lineage_data, lineage_sheet, read_lineage
from .plan_identity import plan_identity
from .plan_rows import closed_by_board, sheet_rows
from .return_matching import Collection, NewRevision, NewUpdate, PlanState, match_returns
from .returns import read_return

AGREED = "Agreed by board"
"""The Revisions sheet's column that records a proposed timescale as proposed."""


@dataclass(frozen=True)
class CollectResult:
    """What ``collect`` found and wrote."""

    collection: Collection
    written: Path | None
    """The new copy; None when the returns add nothing, so nothing was written."""
    lost: tuple[str, ...] = ()
    """What the plan holds that openpyxl could not write into the copy, in words."""
    formula_values: int = 0
    """Formula cells whose saved values the copy does not keep (their formulas it keeps)."""
    warnings: tuple[Problem, ...] = ()
    """The new copy's warnings that the plan did not have."""


def collect(plan_path: Path, returns: Sequence[Path], *, out: Path,
            force: bool = False, take_overtyped: bool = False) -> CollectResult:
    """Write ``out``: the plan at ``plan_path`` with what the ``returns`` add.

    A plan with no ID of its own gets one in ``out`` (the one its requests were given), and
    keeps it from then on. ``take_overtyped`` takes what leads typed over read-only cells
    where the meaning is plain (see match_returns).

    Raises WorkbookError naming every problem in the returns (and the plan), InputError for
    unusable paths, and BuildError if the copy would not keep the plan as it was.
    """
    plan_path, out = Path(plan_path), Path(out)
    _check_out(plan_path, returns, out, force=force)
    content = read_workbook_file(plan_path)
    reading = read_workbook(plan_path, content)
    sheets = read_sheets(content, origin=str(plan_path))
    identity = plan_identity(content, origin=str(plan_path))
    actions = sheet_rows(sheets, schema.ACTIONS)
    state = PlanState(reading.plan, identity.sha256,
                      sheet_rows(sheets, schema.PROGRESS), sheet_rows(sheets, schema.REVISIONS),
                      closed_by_board(actions), read_lineage(lineage_data(sheets)),
                      identity.plan_id, actions)
    forms, problems = [], []
    for path in returns:
        if Path(path).resolve() == plan_path.resolve():
            problems.append(Problem(str(path), None, "is the plan itself, not a return"))
            continue
        form, found = read_return(Path(path))
        problems.extend(found)
        if form is not None:
            forms.append(form)
    problems.extend(_missing_columns(state, forms))
    collection = match_returns(state, forms, version=__version__, problems=problems,
                               take_overtyped=take_overtyped)
    if not collection.adds_anything:
        return CollectResult(collection, None)
    additions, new_sheets, headed = _additions(state, collection, sheets)
    saved = [d for d in (document_dates(content).modified, *(f.saved for f in forms)) if d]
    amended = amend(content, rows=additions, sheets=new_sheets,
                    modified=max(saved, default=datetime.combine(reading.plan.as_at, time())),
                    macros=plan_path.suffix.lower() == ".xlsm",
                    plan_id="" if identity.written_in else identity.plan_id)
    try:
        copy = read_workbook(out, amended.content)
    except WorkbookError as exc:
        raise BuildError(
            f"{out}: not written: the copy would not read as {plan_path.name} does "
            f"({'; '.join(str(p) for p in exc.errors[:3])}). openpyxl, which writes it, keeps "
            "formulas but not their worked-out values: replace the formulas in the sheets "
            "reportgen reads by their values (Copy, then Paste Special > Values), and collect "
            "again") from exc
    changed, formula_values = changed_cells(
        sheets, read_sheets(amended.content, origin=str(out)),
        grown={addition.sheet: addition.after for addition in additions
               if (addition.sheet, addition.after + 1) not in {h[:2] for h in headed}},
        headed=headed)
    as_at = reading.plan.as_at
    changed += changed_records(reading.plan, copy.plan, _as_read(collection.updates, as_at),
                               [r.entry.reference for r in collection.revisions
                                if r.entry.date <= as_at])
    if changed:
        raise BuildError(f"{out}: not written: the copy would not keep the plan as it was "
                         f"({summary(changed)})")
    if not out.parent.is_dir():
        raise InputError(f"{out.parent}: no such folder")
    write_atomically(out, amended.content)
    known = {str(p) for p in reading.warnings}
    return CollectResult(collection, out, lost_features(content, amended.content),
                         formula_values, tuple(p for p in copy.warnings if str(p) not in known))


def _check_out(plan_path: Path, returns: Sequence[Path], out: Path, *, force: bool) -> None:
    if out.suffix.lower() != plan_path.suffix.lower():
        raise InputError(f"{out}: the copy's name must end in {plan_path.suffix}, as the plan's "
                         "does")
    if out.resolve() == plan_path.resolve():
        raise InputError(f"{out}: is the plan itself; the plan is never changed, so name a new "
                         "file for the copy")
    if any(out.resolve() == Path(r).resolve() for r in returns):
        raise InputError(f"{out}: is one of the returns; name a new file for the copy")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; name the file to write")
    if out.exists() and not force:
        raise WorkbookExists(f"{out}: already exists")


def _missing_columns(state: PlanState, forms: Sequence[object]) -> list[Problem]:
    """The columns the plan's sheets lack that what is added needs."""
    problems = []
    for rows, sheet, needed in ((state.progress, schema.PROGRESS,
                                 ("Commentary", "Evidence", "Updated by")),
                                (state.revisions, schema.REVISIONS,
                                 tuple(c.name for c in schema.REVISIONS.columns if c.required))):
        if rows is None or not forms:
            continue
        for name in (c.name for c in sheet.columns if c.required or c.name in needed):
            if name not in rows.columns:
                problems.append(Problem(rows.name, f"{rows.header_row}:{rows.header_row}",
                                        f"no '{name}' column, so what the returns add cannot be "
                                        f"recorded in full; add a column headed '{name}'"))
    return problems


def _additions(state: PlanState, collection: Collection, sheets: Mapping[str, SheetData]
               ) -> tuple[list[NewRows], list[Layout], list[tuple[str, int, int]]]:
    """The rows to add to the plan's sheets, the sheets to add where it has none, and the
    header cells added (sheet, row, column) where a sheet lacks a column they need."""
    additions: list[NewRows] = []
    new_sheets: list[Layout] = []
    headed: list[tuple[str, int, int]] = []
    for rows, sheet, values in (
            (state.progress, schema.PROGRESS, [_update_row(u) for u in collection.updates]),
            (state.revisions, schema.REVISIONS,
             [_revision_row(r) for r in collection.revisions])):
        if not values:
            continue
        if rows is None:
            new_sheets.append(_new_sheet(sheet, values))
            continue
        columns = dict(rows.columns)
        if sheet is schema.REVISIONS and AGREED not in columns:
            # A plan kept before the board agreed proposals: without the column, a proposed
            # timescale would read as agreed. Its header goes right of every used column.
            columns[AGREED] = max((len(r) for r in sheets[rows.name].rows), default=0) + 1
            additions.append(NewRows(rows.name, rows.header_row - 1,
                                     ({columns[AGREED]: AGREED},)))
            headed.append((rows.name, rows.header_row, columns[AGREED]))
        look = rows.rows[-1][0] if rows.rows else None
        additions.append(NewRows(rows.name, rows.last_row, tuple(
            {columns[name]: value for name, value in row.items()
             if name in columns and value not in (None, "")} for row in values), look))
    record = lineage_data(sheets)
    if record is None:
        new_sheets.append(lineage_sheet(collection.records))
    else:
        additions.append(NewRows(record.name, len(record.rows), tuple(
            dict(enumerate(c.row(), start=1)) for c in collection.records)))
    return additions, new_sheets, headed


def _update_row(update: NewUpdate) -> dict[str, object]:
    entry = update.entry
    return {"Date": entry.date, "Action": entry.reference, "RAG": entry.rag,
            "Commentary": entry.commentary,
            "Evidence": (Link(entry.evidence, entry.evidence_link) if entry.evidence_link
                         else entry.evidence),
            "Updated by": entry.updated_by}


def _revision_row(revision: NewRevision) -> dict[str, object]:
    entry = revision.entry
    # Proposed by a lead: it moves no deadline until the board agrees it.
    return {"Action": entry.reference, "Date": entry.date, "New timescale": entry.timescale,
            "Reason": entry.reason, AGREED: PROPOSED}


def _new_sheet(sheet: Sheet, rows: list[dict[str, object]]) -> Layout:
    headers = tuple(column.name for column in sheet.columns)
    return Layout(sheet.name, (headers, *(tuple(row.get(h) for h in headers) for row in rows)),
                  widths=tuple(column.display_width for column in sheet.columns),
                  column_formats=tuple(DATE_FORMAT if column.kind is schema.Kind.DATE else ""
                                       for column in sheet.columns))


def _as_read(updates: Sequence[NewUpdate], as_at: date) -> list[ProgressUpdate]:
    """The updates as the reader will read them from the copy: those after the meeting date
    are left out of the paper."""
    entries = [update.entry for update in updates]
    return [ProgressUpdate(e.date, e.reference, cells.parse_rag(e.rag), e.commentary, e.evidence,
                           e.updated_by, evidence_link=e.evidence_link)
            for e in entries if e.date <= as_at]

