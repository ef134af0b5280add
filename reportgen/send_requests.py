"""reportgen requests: an update request for each lead with open actions, all written or none."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from . import __version__
from .atomic_files import replace_together
from .build import make_output_dir
from .errors import InputError, Problem
from .model import Meeting, Plan
from .workbook import schema
from .workbook.file_checks import read_workbook_file
from .workbook.leads import leads_of
from .workbook.plan_rows import closed_by_board, logged_updates, sheet_rows
from .workbook.reader import read_workbook
from .workbook.request_form import DEFAULT_LEAD_DAYS, RequestIdentity, request_book, return_by
from .workbook.xlsx import book_bytes, document_dates, read_sheets


@dataclass(frozen=True)
class WrittenRequest:
    """One lead's request: the file written, and the actions it asks about."""

    lead: str
    path: Path
    references: tuple[str, ...]


@dataclass(frozen=True)
class RequestsResult:
    """What ``write_requests`` wrote, who got nothing, and the warnings found on the way."""

    written: tuple[WrittenRequest, ...]
    without_open: tuple[str, ...]
    """Leads whose actions are all complete or closed: no request."""
    unled: tuple[str, ...]
    """Open actions with no lead: no request, since nobody is named to ask."""
    meeting: date
    return_by: date
    later_updates: int
    """For a meeting after the Paper sheet's: the progress log's rows dated after the Paper
    sheet's meeting date, which the requests do not show."""
    warnings: tuple[Problem, ...]


def write_requests(plan_path: Path, *, out_dir: Path, lead_days: int = DEFAULT_LEAD_DAYS,
                   meeting: date | None = None, dated: datetime | None = None,
                   force: bool = False) -> RequestsResult:
    """Write ``out_dir/<lead>.xlsx`` for each lead with open actions in the plan at ``plan_path``.

    ``meeting`` is the meeting the updates are for: the Paper sheet's meeting date unless it
    names a later meeting on the Meetings sheet. Returns are due ``lead_days`` working days
    before it. Each request is stamped ``dated`` (SOURCE_DATE_EPOCH), else with the plan's own
    last-saved time, so the same plan always gives the same bytes. Every file is written, or
    none is; none is when any of them already exists (a lead's return saved under the name of
    its request, say), unless ``force``.
    """
    plan_path, out_dir = Path(plan_path), Path(out_dir)
    content = read_workbook_file(plan_path)
    reading = read_workbook(plan_path, content)
    plan = reading.plan
    chosen = _meeting(plan, meeting)
    due = return_by(chosen.date, lead_days)
    sheets = read_sheets(content, origin=str(plan_path), wanted=lambda name: (
        schema.normalise_header(name) in (*schema.ACTIONS.keys, *schema.PROGRESS.keys)))
    leads = leads_of(plan, closed=closed_by_board(sheet_rows(sheets, schema.ACTIONS)))
    later = sum(1 for update in logged_updates(sheet_rows(sheets, schema.PROGRESS))
                if plan.as_at < update.date) if chosen.date > plan.as_at else 0
    stamp = dated.replace(tzinfo=None) if dated else (
        document_dates(content, origin=str(plan_path)).modified
        or datetime.combine(due, time()))
    sha256 = hashlib.sha256(content).hexdigest()
    files: dict[Path, bytes] = {}
    written = []
    for lead in leads.with_open:
        identity = RequestIdentity(sha256, plan_path.name, chosen.date, due, lead.lead,
                                   lead.references, __version__, stamp)
        target = out_dir / lead.file_name
        if target.resolve() == plan_path.resolve():
            raise InputError(f"{target}: is the plan itself; choose another --out folder")
        files[target] = book_bytes(request_book(plan, lead, identity,
                                                meeting_name=chosen.name or plan.paper.board))
        written.append(WrittenRequest(lead.lead, target, lead.references))
    existing = [target for target in files if target.exists() or target.is_symlink()]
    if existing and not force:
        raise InputError(_already_there(out_dir, existing))
    if files:
        make_output_dir(out_dir)
        replace_together(files)
    return RequestsResult(tuple(written), leads.without_open,
                          tuple(a.reference for a in leads.unled), chosen.date, due, later,
                          reading.warnings)


def _already_there(out_dir: Path, existing: list[Path]) -> str:
    """The files ``requests`` would replace, and what to do instead."""
    if len(existing) == 1:
        return (f"{existing[0]}: already exists; choose another --out folder, or add --force "
                "to replace it")
    names = [path.name for path in existing]
    return (f"{out_dir}: {', '.join(names[:-1])} and {names[-1]} already exist; choose another "
            "--out folder, or add --force to replace them")


def _meeting(plan: Plan, wanted: date | None) -> Meeting:
    """The meeting the updates are for: the Paper sheet's, or a later one listed."""
    paper = plan.paper
    listed = {m.date: m for m in paper.meetings}
    if wanted is None or wanted == paper.meeting_date:
        return listed.get(paper.meeting_date, Meeting(paper.meeting_date))
    if wanted in listed and wanted > paper.meeting_date:
        return listed[wanted]
    later = [f"{m.date.day} {m.date:%B %Y}" for m in sorted(paper.meetings, key=lambda m: m.date)
             if m.date > paper.meeting_date]
    choices = (f"a later meeting on the Meetings sheet ({', '.join(later)})" if later
               else "a later meeting on the Meetings sheet, which lists none")
    raise InputError(f"--meeting {wanted:%d/%m/%Y}: not the Paper sheet's meeting date "
                     f"({paper.meeting_date.day} {paper.meeting_date:%B %Y}) nor {choices}")
