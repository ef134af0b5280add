"""Matching returned requests to the plan, and working out what they add: every problem at once.

A return belongs to the plan when its request was written from this plan's bytes, or from a
plan this one was collected from (its lineage); it must be for this plan's meeting or a later
one. Each row must name an action of the plan whose lead is the request's lead. An update the
log already holds (the same action, date and author, and the same words and rating) is not
added again; one that disagrees with it is refused, as are two returns that disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path

from ..errors import Problem, Severity, WorkbookError
from ..model import Action, Plan
from .leads import LeadActions, lead_key, lead_name, leads_of, references
from .lineage import Collected
from .plan_rows import RevisionRow, SheetRows, UpdateRow, logged_revisions, logged_updates
from .request_form import IDENTITY, UPDATES, RequestIdentity, long_date
from .returns import ReturnedForm, ReturnedRow

LOCAL_TIME = "Europe/London"
"""The time zone in which a file's save time becomes the date of an undated update."""


def put_back(identity: RequestIdentity, row: ReturnedRow) -> str:
    """What to do about a row whose reference the request cannot take: put back the reference
    the request wrote in that row, by name (it writes its actions in order from row 2)."""
    if not identity.references:
        return ("the reference was changed after the request was written. Put back the "
                "reference the request wrote in this row")
    index = row.row - 2
    written = identity.references[index] if 0 <= index < len(identity.references) else None
    if written is None:
        return (f"the request wrote no action in row {row.row}; clear the row, and give the "
                "update in the row of the action it is for")
    if written == row.reference:
        return ("the request was written for it, but the plan has changed since; ask for the "
                "request again")
    return (f"the reference was changed after the request was written. Put back the reference "
            f"it had, {written}")


@dataclass(frozen=True)
class PlanState:
    """What collecting needs to know of the plan: as the paper reads it, and row by row."""

    plan: Plan
    sha256: str
    progress: SheetRows | None
    revisions: SheetRows | None
    closed: frozenset[str]
    lineage: tuple[Collected, ...]

    @property
    def known_plans(self) -> frozenset[str]:
        """The SHA-256 of this plan and of every plan it was collected from."""
        return frozenset({self.sha256, *(c.plan_sha256 for c in self.lineage),
                          *(c.into_sha256 for c in self.lineage if c.into_sha256)})


@dataclass(frozen=True)
class NewUpdate:
    """An update to add to the progress log, from ``origin``: its row is the return's row."""

    origin: str
    entry: UpdateRow


@dataclass(frozen=True)
class NewRevision:
    """A timescale revision to add, from ``origin``: its row is the return's row."""

    origin: str
    entry: RevisionRow


@dataclass(frozen=True)
class ReturnOutcome:
    """What one return adds: counts, the actions proposed complete, or the file it repeats."""

    origin: str
    lead: str
    updates: int = 0
    revisions: int = 0
    already: int = 0
    """Updates and revisions the plan already holds, not added again."""
    proposed_complete: tuple[str, ...] = ()
    same_file_as: str = ""


@dataclass(frozen=True)
class Collection:
    """Everything the returns add, what each return did, and who has not returned."""

    updates: tuple[NewUpdate, ...]
    revisions: tuple[NewRevision, ...]
    outcomes: tuple[ReturnOutcome, ...]
    records: tuple[Collected, ...]
    not_returned: tuple[LeadActions, ...]
    meeting: date
    warnings: tuple[Problem, ...]

    @property
    def adds_anything(self) -> bool:
        """Whether there is anything to write."""
        return bool(self.updates or self.revisions)


def match_returns(state: PlanState, forms: Sequence[ReturnedForm], *, version: str,
                  problems: Sequence[Problem] = ()) -> Collection:
    """What ``forms`` add to the plan; WorkbookError with every problem (``problems`` found
    reading the returns included) if any return cannot be collected."""
    found = _Collecting(state, list(problems))
    for form in forms:
        found.take(form, version)
    errors = [p for p in found.problems if p.severity is Severity.ERROR]
    if errors:
        raise WorkbookError(found.problems)
    meeting = max((f.identity.meeting for f in found.matched), default=state.plan.as_at)
    returned = {lead_key(f.identity.lead) for f in found.matched if f.identity.meeting == meeting}
    returned |= {lead_key(c.lead) for c in state.lineage if c.meeting == meeting}
    leads = leads_of(state.plan, closed=state.closed)
    return Collection(
        tuple(found.updates.values()), tuple(found.revisions.values()), tuple(found.outcomes),
        tuple(found.records),
        tuple(lead for lead in leads.with_open if lead_key(lead.lead) not in returned),
        meeting, tuple(found.problems))


class _Collecting:
    """The state of one collect as it goes through the returns."""

    def __init__(self, state: PlanState, problems: list[Problem]) -> None:
        self.state = state
        self.problems = problems
        self.actions = {action.reference: action for action in state.plan.actions}
        self.leads = leads_of(state.plan, closed=state.closed)
        self.logged = {}
        for update in logged_updates(state.progress):
            self.logged.setdefault(_key(update.reference, update.date, update.updated_by), update)
        self.revised = {}
        for revision in logged_revisions(state.revisions):
            self.revised.setdefault((revision.reference, revision.date), revision)
        self.latest: dict[tuple[str, str], UpdateRow | RevisionRow] = {}
        """Each action's latest update and latest revision, by ('update' or 'revision',
        reference)."""
        for what, entries in (("update", self.logged.values()),
                              ("revision", self.revised.values())):
            for entry in entries:
                known = self.latest.get((what, entry.reference))
                if known is None or (known.date, known.row) < (entry.date, entry.row):
                    self.latest[what, entry.reference] = entry
        self.updates: dict[tuple[str, date, str], NewUpdate] = {}
        self.revisions: dict[tuple[str, date], NewRevision] = {}
        self.outcomes: list[ReturnOutcome] = []
        self.records: list[Collected] = []
        self.matched: list[ReturnedForm] = []
        self.files: dict[str, str] = {}
        self.met: date | None = None
        """The last meeting before the return's: what it was shown is not to change."""

    def error(self, form: ReturnedForm, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(*form.where(sheet, cell), message))

    def take(self, form: ReturnedForm, version: str) -> None:
        """Check ``form`` against the plan and note what it adds."""
        identity = form.identity
        lead = self.leads.find(identity.lead)
        name = lead.lead if lead else lead_name(identity.lead)
        if form.sha256 in self.files:
            self.outcomes.append(ReturnOutcome(form.origin, name,
                                               same_file_as=self.files[form.sha256]))
            return
        self.files[form.sha256] = form.origin
        plan = self.state.plan
        if identity.plan_sha256 not in self.state.known_plans:
            written = f" ('{identity.plan_file}')" if identity.plan_file else ""
            self.error(form, IDENTITY, form.identity_cells.get("Plan SHA-256"),
                       f"this return was written from another plan{written}, not from this "
                       "plan or one it was collected from. Collect it into the plan its "
                       "request was written from; if this plan was changed after the requests "
                       "were written, write the requests again")
            return
        if identity.meeting < plan.as_at:
            self.error(form, IDENTITY, form.identity_cells.get("Meeting date"),
                       f"this return is for the meeting on {long_date(identity.meeting)}, "
                       f"before the plan's meeting on {long_date(plan.as_at)}; it was collected "
                       "for that meeting, or is too late for it")
            return
        if self._lead_changed(form):
            return
        self.matched.append(form)
        counts = {"updates": 0, "revisions": 0, "already": 0, "refused": 0}
        complete: list[str] = []
        self.met = max((m.date for m in plan.paper.meetings if m.date < identity.meeting),
                       default=None)
        for row in form.rows:
            action = self._action(form, row)
            if action is None or row.is_empty:
                continue
            day = row.dated or self._saved_day(form)
            if day is None:
                self.error(form, UPDATES, row.cells["Date of update"],
                           "no date of update, and the file does not say when it was saved; "
                           "type the date of the update")
                continue
            if row.dated is None and day > plan.as_at:
                self.problems.append(Problem(
                    *form.where(UPDATES, row.cells["Date of update"]),
                    f"no date of update, so it is dated {day:%d/%m/%Y}, the day the file was "
                    f"last saved, which is after the plan's meeting date "
                    f"({long_date(plan.as_at)}): the copy holds the update, but the paper for "
                    "that meeting leaves it out. Type the date of the update if it was made by "
                    "then; if it is for a later meeting, change the Paper sheet's Meeting date "
                    "in the copy to that meeting", Severity.WARNING))
            if row.is_update:
                rag = ("Complete" if row.propose_complete
                       else row.rag or (action.rag.label if action.rag else "Not started"))
                update = UpdateRow(row.row, action.reference, day, rag, row.commentary,
                                   row.evidence, name, row.evidence_link)
                added = self._add_update(form, row, update)
                counts[added] += 1
                if row.propose_complete and added == "updates" and day <= plan.as_at:
                    complete.append(action.reference)  # later, it is not this paper's
            if row.timescale is not None:
                revision = RevisionRow(row.row, action.reference, day, row.timescale.label,
                                       row.reason)
                counts[self._add_revision(form, row, revision)] += 1
        self.outcomes.append(ReturnOutcome(form.origin, name, counts["updates"],
                                           counts["revisions"], counts["already"],
                                           tuple(complete)))
        self.records.append(Collected(identity.plan_sha256, self.state.sha256, identity.meeting,
                                      name, Path(form.origin).name, form.sha256,
                                      counts["updates"], counts["revisions"], version))

    def _lead_changed(self, form: ReturnedForm) -> bool:
        """Whether the identity's lead leads none of the actions it asked about: the hidden
        Lead cell was edited (noted once there, not at every row's reference)."""
        identity = form.identity
        asked = [self.actions[r] for r in identity.references if r in self.actions]
        if not asked or any(lead_key(a.lead) == lead_key(identity.lead) for a in asked):
            return False
        owners = list(dict.fromkeys(f"{lead_name(a.lead)}'s" if a.lead.strip()
                                    else "led by nobody" for a in asked))
        self.error(form, IDENTITY, form.identity_cells.get("Lead"),
                   f"'{lead_name(identity.lead)}', the request's lead, leads none of the "
                   f"actions it asked about ({references(asked)}, which are "
                   f"{references(owners)}); the lead was changed after the request was "
                   "written. Put back the lead it had")
        return True

    def _action(self, form: ReturnedForm, row: ReturnedRow) -> Action | None:
        """The action ``row`` is for, if it may be updated from this return."""
        action = self.actions.get(row.reference)
        identity = form.identity
        asked = identity.references
        if action is None:
            problem = f"{row.reference} is not an action of the plan; {put_back(identity, row)}"
        elif lead_key(action.lead) != lead_key(identity.lead):
            owner = f"{lead_name(action.lead)}'s" if action.lead.strip() else "led by nobody"
            problem = (f"action {row.reference} is {owner}, not {lead_name(identity.lead)}'s, "
                       f"whose request this is; {put_back(identity, row)}")
        elif action.closed_by_board is not None or action.reference in self.state.closed:
            when = (f" on {long_date(action.closed_by_board)}" if action.closed_by_board
                    else "")
            problem = (f"action {row.reference} was closed by the board{when}, so it takes no "
                       "more updates; " + (
                           "clear this row" if row.reference in asked
                           else put_back(identity, row)))
        elif asked and row.reference not in asked:
            problem = (f"{row.reference} was not asked about in this request (it asked about "
                       f"{references(asked)}); {put_back(identity, row)}")
        else:
            return action
        self.error(form, UPDATES, row.cells["Reference"], problem)
        return None

    def _saved_day(self, form: ReturnedForm) -> date | None:
        """The day, in local time, that the return was last saved; None if it never was."""
        saved = form.saved
        if saved is None or saved == form.identity.written:
            return None
        try:
            from zoneinfo import ZoneInfo

            return saved.replace(tzinfo=UTC).astimezone(ZoneInfo(LOCAL_TIME)).date()
        except (ImportError, LookupError, OSError):  # no time zone data: the day in UTC
            return saved.date()

    def _back_dated(self, form: ReturnedForm, row: ReturnedRow, what: str,
                    entry: UpdateRow | RevisionRow) -> bool:
        """Whether ``entry`` (an 'update' or a 'revision' of ``row``) is dated before the latest
        the plan holds of that action, or (an update) on or before the last meeting before this
        return's: it would change what a board was shown, or never take effect. Noted, if so."""
        latest = self.latest.get((what, entry.reference))
        day = f"{entry.date:%d/%m/%Y}" + ("" if row.dated else
                                          " (the day the file was last saved)")
        dated = (f"{'an update' if what == 'update' else 'a revision'} is dated when it is "
                 "made, so date this one the day it was made")
        if latest is not None and entry.date < latest.date:
            sheet = "Progress" if what == "update" else "Revisions"
            effect = ("; " if what == "update" else
                      ", so this new timescale would come before it and never take effect; ")
            self.error(form, UPDATES, row.cells["Date of update"],
                       f"{day} is before action {entry.reference}'s latest {what} in the plan, "
                       f"dated {latest.date:%d/%m/%Y} ({sheet} row {latest.row}){effect}{dated}")
            return True
        if what == "update" and self.met is not None and entry.date <= self.met:
            self.error(form, UPDATES, row.cells["Date of update"],
                       f"{day} is on or before the board's meeting on {long_date(self.met)}, so "
                       f"the update would change what that meeting was shown; {dated}")
            return True
        return False

    def _add_update(self, form: ReturnedForm, row: ReturnedRow, update: UpdateRow) -> str:
        key = _key(update.reference, update.date, update.updated_by)
        logged = self.logged.get(key)
        earlier = self.updates.get(key)
        if logged is None and earlier is None:
            if self._back_dated(form, row, "update", update):
                return "refused"
            self.updates[key] = NewUpdate(form.origin, update)
            return "updates"
        other = logged or earlier.entry
        if other.says != update.says:
            fields = ("New RAG", "Commentary", "Evidence", "Evidence link")
            said = {"New RAG": "its RAG", "Commentary": "its commentary",
                    "Evidence": "its evidence", "Evidence link": "its evidence's link"}
            differs = [name for name, mine, theirs in zip(fields, update.says, other.says,
                                                          strict=True) if mine != theirs]
            self.error(form, UPDATES, row.cells[differs[0].removesuffix(" link")],
                       f"action {update.reference}'s update of {update.date:%d/%m/%Y} by "
                       f"{update.updated_by} differs from {_where(logged, earlier, 'update')} "
                       f"({' and '.join(said[name] for name in differs)}); make them agree, or "
                       "give one another date")
        return "already"

    def _add_revision(self, form: ReturnedForm, row: ReturnedRow, revision: RevisionRow) -> str:
        key = (revision.reference, revision.date)
        logged = self.revised.get(key)
        earlier = self.revisions.get(key)
        if logged is None and earlier is None:
            if self._back_dated(form, row, "revision", revision):
                return "refused"
            self.revisions[key] = NewRevision(form.origin, revision)
            return "revisions"
        other = logged or earlier.entry
        if (other.timescale.casefold(), other.reason) != (revision.timescale.casefold(),
                                                          revision.reason):
            self.error(form, UPDATES, row.cells["Proposed new timescale"],
                       f"action {revision.reference}'s new timescale of "
                       f"{revision.date:%d/%m/%Y} differs from "
                       f"{_where(logged, earlier, 'revision')}; make them agree, or give one "
                       "another date")
        return "already"


def _key(reference: str, day: date, author: str) -> tuple[str, date, str]:
    return reference, day, lead_key(author)


def _where(logged: UpdateRow | RevisionRow | None, earlier: NewUpdate | NewRevision | None,
           what: str) -> str:
    """The entry an added one disagrees with, in words."""
    if logged is not None:
        sheet = "Progress" if what == "update" else "Revisions"
        return f"the {what} already in the plan at {sheet} row {logged.row}"
    return f"the {what} in {earlier.origin}, row {earlier.entry.row}"

