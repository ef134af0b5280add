"""reportgen requests: an update request for each lead with open actions, all written or none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from .. import __version__
from ..atomic_files import replace_together
from ..build import make_output_dir
from ..errors import InputError, Problem, Severity
from ..excel import book_bytes, document_dates, read_sheets
from ..excel.file_checks import read_workbook_file
from ..plan import schema
from ..plan.model import LeadContact, Meeting, Plan
from ..plan.reader import Reading, read_workbook
from .email_drafts import Attachment, RoundDetails, request_draft
from .leads import Leads, lead_key, leads_of, references
from .plan_identity import PlanIdentity, plan_identity
from .plan_rows import (
    closed_by_board,
    logged_revisions,
    logged_updates,
    revision_key,
    sheet_rows,
    update_key,
)
from .request_form import DEFAULT_LEAD_DAYS, RequestIdentity, request_book, return_by, shown_action


@dataclass(frozen=True)
class WrittenRequest:
    """One lead's request: the file written, and the actions it asks about."""

    lead: str
    path: Path
    references: tuple[str, ...]
    draft: Path | None = None
    """The email draft that sends it, when the Leads sheet gives the lead's email."""


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
    without_email: tuple[str, ...] = ()
    """With a Leads sheet: leads with open actions and no email there, so no draft."""


def write_requests(plan_path: Path, *, out_dir: Path, lead_days: int = DEFAULT_LEAD_DAYS,
                   meeting: date | None = None, dated: datetime | None = None,
                   force: bool = False) -> RequestsResult:
    """Write ``out_dir/<lead>.xlsx`` for each lead with open actions in the plan at ``plan_path``.

    ``meeting`` is the meeting the updates are for: the Paper sheet's meeting date unless it
    names a later meeting on the Meetings sheet. Returns are due ``lead_days`` working days
    before it. Each request is stamped ``dated`` (SOURCE_DATE_EPOCH), else with the plan's own
    last-saved time, so the same plan always gives the same bytes. With a Leads sheet, each
    lead with an email there also gets ``out_dir/<lead>.eml``, an email draft with their
    request attached. Every file is written, or none is; none is when any of them already
    exists (a lead's return saved under the name of its request, say), unless ``force``.
    """
    plan_path, out_dir = Path(plan_path), Path(out_dir)
    content = read_workbook_file(plan_path)
    reading = read_workbook(plan_path, content)
    plan = reading.plan
    chosen = chosen_meeting(plan, meeting)
    due = return_by(chosen.date, lead_days)
    sheets = read_sheets(content, origin=str(plan_path), wanted=lambda name: (
        schema.normalise_header(name) in (*schema.ACTIONS.keys, *schema.PROGRESS.keys,
                                          *schema.REVISIONS.keys)))
    leads = leads_of(plan, closed=closed_by_board(sheet_rows(sheets, schema.ACTIONS)))
    logged = logged_updates(sheet_rows(sheets, schema.PROGRESS))
    revised = logged_revisions(sheet_rows(sheets, schema.REVISIONS))
    later = sum(1 for update in logged
                if plan.as_at < update.date) if chosen.date > plan.as_at else 0
    stamp = dated.replace(tzinfo=None) if dated else (
        document_dates(content, origin=str(plan_path)).modified
        or datetime.combine(due, time()))
    identity = plan_identity(content, origin=str(plan_path))
    files: dict[Path, bytes] = {}
    written = []
    details = RoundDetails(plan.paper, chosen.name or plan.paper.board, chosen.date, due)
    without_email = []
    for lead in leads.with_open:
        shown = tuple(shown_action(
            action, updates=tuple(update_key(u) for u in logged if u.reference == action.reference),
            revisions=tuple(revision_key(r) for r in revised if r.reference == action.reference))
            for action in lead.actions)
        request = RequestIdentity(identity.sha256, plan_path.name, chosen.date, due, lead.lead,
                                  lead.references, __version__, stamp, identity.plan_id, shown)
        target = out_dir / lead.file_name
        if target.resolve() == plan_path.resolve():
            raise InputError(f"{target}: is the plan itself; choose another --out folder")
        files[target] = book_bytes(request_book(plan, lead, request,
                                                meeting_name=details.meeting_name))
        contact = contact_of(plan, lead.lead)
        draft = None
        if contact is not None and contact.email:
            draft = target.with_suffix(".eml")
            files[draft] = request_draft(contact, references(lead.actions), details,
                                         Attachment(target.name, files[target]))
        elif plan.leads:
            without_email.append(lead.lead)
        written.append(WrittenRequest(lead.lead, target, lead.references, draft))
    existing = [target for target in files if target.exists() or target.is_symlink()]
    if existing and not force:
        raise InputError(_already_there(out_dir, existing))
    if files:
        make_output_dir(out_dir)
        replace_together(files)
    return RequestsResult(tuple(written), leads.without_open,
                          tuple(a.reference for a in leads.unled), chosen.date, due, later,
                          (*reading.warnings, *no_email_warnings(plan, without_email),
                           *_no_plan_id(plan_path, identity, bool(written))),
                          tuple(without_email))


def _no_plan_id(plan_path: Path, identity: PlanIdentity, any_written: bool) -> tuple[Problem, ...]:
    """A note that a plan with no ID of its own is known to its returns by its bytes only."""
    if identity.written_in or not any_written:
        return ()
    return (Problem(plan_path.name, None, "the plan has no plan ID of its own (it was written "
                    "before plans had one), so these requests know it by its contents: collect "
                    "the returns into this file before changing it. The collected copy is "
                    "given an ID, and keeps it however it is changed", Severity.WARNING),)


def open_leads(plan_path: Path) -> tuple[Reading, Leads]:
    """The plan at ``plan_path`` read, and its leads with open actions as ``requests`` finds
    them (an action the board has closed is not open)."""
    content = read_workbook_file(plan_path)
    reading = read_workbook(plan_path, content)
    sheets = read_sheets(content, origin=str(plan_path), wanted=lambda name: (
        schema.normalise_header(name) in schema.ACTIONS.keys))
    return reading, leads_of(reading.plan, closed=closed_by_board(sheet_rows(sheets,
                                                                             schema.ACTIONS)))


def contact_of(plan: Plan, lead: str) -> LeadContact | None:
    """The Leads sheet's row for ``lead``, compared as the Actions sheet's leads are."""
    return next((c for c in plan.leads if lead_key(c.name) == lead_key(lead)), None)


def no_email_warnings(plan: Plan, leads: list[str]) -> tuple[Problem, ...]:
    """A warning naming the leads with open actions whom the Leads sheet gives no email."""
    if not leads:
        return ()
    listed = [lead for lead in leads if contact_of(plan, lead) is not None]
    unlisted = [lead for lead in leads if contact_of(plan, lead) is None]
    said = []
    if listed:
        said.append(f"no email for {'; '.join(listed)} on the Leads sheet")
    if unlisted:
        said.append(f"{'; '.join(unlisted)} not on the Leads sheet")
    return (Problem(schema.LEADS.name, None, f"{' and '.join(said)}, so no email draft for "
                    "them: send their requests by hand, or add their emails and run this "
                    "again", Severity.WARNING),)


def _already_there(out_dir: Path, existing: list[Path]) -> str:
    """The files ``requests`` would replace, and what to do instead."""
    if len(existing) == 1:
        return (f"{existing[0]}: already exists; choose another --out folder, or add --force "
                "to replace it")
    names = [path.name for path in existing]
    return (f"{out_dir}: {', '.join(names[:-1])} and {names[-1]} already exist; choose another "
            "--out folder, or add --force to replace them")


def chosen_meeting(plan: Plan, wanted: date | None) -> Meeting:
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
