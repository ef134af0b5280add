"""reportgen status: who has returned their update request, who is overdue, and reminders.

A return in the returns folder is matched to a lead as ``collect`` matches it: by the identity
its request carries (the lead and the meeting it was written for). Whether it can be taken
into the plan is ``collect``'s question, not this list's. "Overdue" is the one judgement made
as at a day other than the plan's meeting date: the list is about now, so it is made as at the
day given (the command line gives today unless told otherwise).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ..atomic_files import replace_together
from ..build import make_output_dir
from ..errors import InputError, Problem, Severity
from ..plan.model import Plan
from .email_drafts import Attachment, RoundDetails, reminder_draft
from .leads import Leads, lead_key, references
from .request_form import DEFAULT_LEAD_DAYS, return_by
from .returns import ReturnedForm, read_return
from .send_requests import chosen_meeting, contact_of, no_email_warnings, open_leads

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class LeadStatus:
    """One lead with open actions: their return, if any, and whether it is overdue."""

    lead: str
    references: tuple[str, ...]
    email: str
    return_by: date
    returns: tuple[Path, ...]
    """The files in the returns folder that answer this lead's request."""
    saved: datetime | None
    """When the latest of them was last saved (UTC), by its own properties."""
    overdue: bool
    """Not returned, and the day asked about is after the return-by date."""
    reminder: Path | None = None

    @property
    def returned(self) -> bool:
        """Whether a return from this lead is in the folder."""
        return bool(self.returns)

    @property
    def late(self) -> bool:
        """Returned, but saved after the return-by date."""
        return self.saved is not None and self.saved.date() > self.return_by


@dataclass(frozen=True)
class RoundStatus:
    """The update round for one meeting, as at one day."""

    meeting: date
    meeting_name: str
    return_by: date
    as_at: date
    leads: tuple[LeadStatus, ...]
    notes: tuple[Problem, ...]
    """Files in the folders that answer no lead's request for this meeting, and why."""
    warnings: tuple[Problem, ...]

    @property
    def outstanding(self) -> tuple[LeadStatus, ...]:
        """The leads who have not returned, in plan order."""
        return tuple(lead for lead in self.leads if not lead.returned)


def round_status(plan_path: Path, returns_dir: Path, *, as_at: date,
                 meeting: date | None = None, lead_days: int = DEFAULT_LEAD_DAYS,
                 requests_dir: Path | None = None,
                 reminders_dir: Path | None = None) -> RoundStatus:
    """Who, of the leads with open actions in the plan at ``plan_path``, has a return in
    ``returns_dir`` for ``meeting`` (the Paper sheet's, as for ``requests``), and who is
    overdue as at ``as_at``.

    The return-by date is the one the requests carry (those in ``requests_dir``, else the
    returns'); with none to read, ``lead_days`` working days before the meeting, as
    ``requests`` works it out. With ``reminders_dir``, a reminder draft is written there for
    each lead who has not returned and has an email on the Leads sheet, with their request
    from ``requests_dir`` attached when it is there.
    """
    plan_path, returns_dir = Path(plan_path), Path(returns_dir)
    reading, leads = open_leads(plan_path)
    plan = reading.plan
    chosen = chosen_meeting(plan, meeting)
    notes: list[Problem] = []
    returns = _identified(returns_dir, plan_path, notes)
    requests = _identified(requests_dir, plan_path, []) if requests_dir else []
    this_round = [form for form in (*requests, *returns) if form.identity.meeting == chosen.date]
    common = Counter(form.identity.return_by for form in this_round).most_common(1)
    round_due = common[0][0] if common else return_by(chosen.date, lead_days)
    requested = {lead_key(form.identity.lead): form for form in requests
                 if form.identity.meeting == chosen.date}
    statuses = []
    matched: set[str] = set()
    for lead in leads.with_open:
        key = lead_key(lead.lead)
        answers = [form for form in returns if form.identity.meeting == chosen.date
                   and lead_key(form.identity.lead) == key and not _untouched(form)]
        matched.update(form.origin for form in answers)
        request = requested.get(key)
        due = request.identity.return_by if request else round_due
        saved = max((form.saved for form in answers if form.saved), default=None)
        contact = contact_of(plan, lead.lead)
        statuses.append(LeadStatus(lead.lead, lead.references, contact.email if contact else "",
                                   due, tuple(Path(form.origin) for form in answers), saved,
                                   not answers and as_at > due))
    notes.extend(_unmatched(returns, matched, chosen.date))
    details = RoundDetails(plan.paper, chosen.name or plan.paper.board, chosen.date, round_due)
    warnings = list(reading.warnings)
    if reminders_dir is not None:
        statuses, without_email = _reminders(statuses, leads, requested, details, as_at,
                                             Path(reminders_dir), plan)
        warnings.extend(no_email_warnings(plan, without_email) if plan.leads else (
            Problem("Leads", None, "the plan has no Leads sheet with its leads' emails, so no "
                    "reminder was written; add one (see docs/workbook.md)", Severity.WARNING),))
    return RoundStatus(chosen.date, details.meeting_name, round_due, as_at, tuple(statuses),
                       tuple(notes), tuple(warnings))


def _identified(folder: Path, plan_path: Path, notes: list[Problem]) -> list[ReturnedForm]:
    """The update requests (returned or not) in ``folder``, by their identity; a workbook that
    is not one is a note."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    forms = []
    for path in sorted(folder.iterdir()):
        if (path.suffix.lower() not in WORKBOOK_SUFFIXES or path.name.startswith(("~$", "."))
                or not path.is_file() or path.resolve() == plan_path.resolve()):
            continue  # Excel's and LibreOffice's lock files start ~$ and .~lock
        form, problems = read_return(path)
        if form is None:
            first = problems[0].message if problems else "cannot be read"
            notes.append(Problem(str(path), None, f"left out: {first}", Severity.WARNING))
            continue
        forms.append(form)
    return forms


def _untouched(form: ReturnedForm) -> bool:
    """The request as ``requests`` wrote it, never saved since: not a return."""
    return form.saved == form.identity.written and all(row.is_empty for row in form.rows)


def _unmatched(returns: list[ReturnedForm], matched: set[str],
               meeting: date) -> list[Problem]:
    notes = []
    for form in returns:
        if form.origin in matched:
            continue
        identity = form.identity
        if identity.meeting != meeting:
            why = (f"a return for the meeting on {identity.meeting:%d/%m/%Y}, not this round's "
                   f"({meeting:%d/%m/%Y})")
        elif _untouched(form):
            why = f"the request to {identity.lead} as it was written, not filled in or saved"
        else:
            why = (f"a return from {identity.lead}, who has no open action in the plan now; "
                   "collect says what it adds")
        notes.append(Problem(form.origin, None, f"left out: {why}", Severity.WARNING))
    return notes


def _reminders(statuses: list[LeadStatus], leads: Leads, requested: dict[str, ReturnedForm],
               details: RoundDetails, as_at: date, folder: Path,
               plan: Plan) -> tuple[list[LeadStatus], list[str]]:
    """Each outstanding lead's reminder draft, written to ``folder``; and the leads with no
    email to send one to."""
    files: dict[Path, bytes] = {}
    without_email = []
    result = []
    names = {lead_key(lead.lead): lead for lead in leads.with_open}
    for status in statuses:
        lead = names[lead_key(status.lead)]
        contact = contact_of(plan, status.lead)
        if status.returned:
            result.append(status)
            continue
        if contact is None or not contact.email:
            without_email.append(status.lead)
            result.append(status)
            continue
        request = requested.get(lead_key(status.lead))
        attachment = (Attachment(Path(request.origin).name, Path(request.origin).read_bytes())
                      if request else None)
        target = folder / Path(lead.file_name).with_suffix(".eml")
        files[target] = reminder_draft(contact, references(lead.actions),
                                       replace(details, return_by=status.return_by),
                                       as_at=as_at, request=attachment)
        result.append(replace(status, reminder=target))
    if files:
        make_output_dir(folder)
        replace_together(files)
    return result, without_email
