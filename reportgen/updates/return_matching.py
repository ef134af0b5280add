"""Matching returned requests to the plan, and working out what they add: every problem at once.

A return belongs to the plan when its request carries this plan's ID (or, from a request
written before plans had IDs, this plan's bytes' SHA-256 or one of its lineage's); it must be
for this plan's meeting or a later one. What else changed in the plan since does not matter:
only where the plan and the return changed the same thing differently since the request (an
update of the same action and day with another rating, a revision of the same action, the
action deleted or given another lead) is there a conflict, named at both cells. Every cell the
lead could see is compared with what the request wrote there, so nothing typed over is missed.
An update the log already holds (the same action, date and author, and the same words and
rating) is not added again; one that disagrees with it is refused, as are two returns that
disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from ..errors import Problem, Severity, WorkbookError
from ..plan import cells
from ..plan.model import Action, Plan, rag_word
from .leads import LeadActions, lead_key, lead_name, leads_of, references
from .lineage import Collected
from .plan_identity import derived_id
from .plan_rows import (
    RevisionRow,
    SheetRows,
    UpdateRow,
    cell_text,
    logged_revisions,
    logged_updates,
    revision_key,
    update_key,
)
from .request_form import (
    GUIDE,
    IDENTITY,
    UPDATES,
    RequestIdentity,
    ShownAction,
    long_date,
    shown_action,
)
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
    plan_id: str = ""
    """The plan's ID: written into it, else derived from its SHA-256."""
    actions_rows: SheetRows | None = None
    """The Actions sheet row by row, to name the cell of an action's lead."""

    @property
    def known_plans(self) -> frozenset[str]:
        """The SHA-256 of this plan and of every plan it was collected from."""
        return frozenset({self.sha256, *(c.plan_sha256 for c in self.lineage),
                          *(c.into_sha256 for c in self.lineage if c.into_sha256)})

    @property
    def known_ids(self) -> frozenset[str]:
        """This plan's ID, and the IDs derived from the SHA-256 of it and its lineage."""
        return frozenset({self.plan_id or derived_id(self.sha256),
                          *(derived_id(sha) for sha in self.known_plans)})


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
    typed_over: int = 0
    """Read-only cells the lead typed over, each named in a message."""


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
                  problems: Sequence[Problem] = (), take_overtyped: bool = False) -> Collection:
    """What ``forms`` add to the plan; WorkbookError with every problem (``problems`` found
    reading the returns included) if any return cannot be collected.

    ``take_overtyped`` takes what a lead typed over a read-only cell where its meaning is
    plain (a rating over Current RAG with New RAG empty, news over Latest update with
    Commentary empty, a timescale and its reason over Due with none proposed) as if typed
    where it belongs; without it, each is a problem that says so.
    """
    found = _Collecting(state, list(problems), take_overtyped=take_overtyped)
    for form in forms:
        found.take(form, version)
    found.compare_returns_of_one_request()
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

    def __init__(self, state: PlanState, problems: list[Problem], *,
                 take_overtyped: bool = False) -> None:
        self.state = state
        self.problems = problems
        self.take_overtyped = take_overtyped
        self.taken: list[tuple[ReturnedForm, ReturnedRow, UpdateRow]] = []
        """Every update taken, with its return and row: two returns of one request are
        compared."""
        self.shown: dict[str, ShownAction] = {}
        """What the request being taken showed of each action."""
        self.typed_over = 0
        self.actions = {action.reference: action for action in state.plan.actions}
        self.leads = leads_of(state.plan, closed=state.closed)
        self.logged_all = logged_updates(state.progress)
        self.revised_all = logged_revisions(state.revisions)
        self.logged = {}
        for update in self.logged_all:
            self.logged.setdefault(_key(update.reference, update.date, update.updated_by), update)
        self.revised = {}
        for revision in self.revised_all:
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
        if not self._same_plan(form):
            return
        if identity.meeting < plan.as_at:
            self.error(form, IDENTITY, form.identity_cells.get("Meeting date"),
                       f"this return is for the meeting on {long_date(identity.meeting)}, "
                       f"before the plan's meeting on {long_date(plan.as_at)}; it was collected "
                       "for that meeting, or is too late for it")
            return
        self.shown = self._shown(form)
        if self._lead_changed(form):
            return
        self.matched.append(form)
        self.typed_over = 0
        self._extras(form)
        counts = {"updates": 0, "revisions": 0, "already": 0, "refused": 0}
        complete: list[str] = []
        self.met = max((m.date for m in plan.paper.meetings if m.date < identity.meeting),
                       default=None)
        for row in form.rows:
            shown = self.shown.get(row.reference)
            if shown is not None:
                row = self._typed_over(form, row, shown)
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
                       else row.rag or rag_word(action.rag))
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
                                           tuple(complete), typed_over=self.typed_over))
        self.records.append(Collected(identity.plan_sha256, self.state.sha256, identity.meeting,
                                      name, Path(form.origin).name, form.sha256,
                                      counts["updates"], counts["revisions"], version))

    def _same_plan(self, form: ReturnedForm) -> bool:
        """Whether ``form``'s request was written from this plan: by its ID, else (a request
        written before plans had IDs) by the SHA-256 of this plan or its lineage. Said if not."""
        identity, state = form.identity, self.state
        if identity.plan_sha256 in state.known_plans or identity.plan_id in state.known_ids:
            return True
        written = f" ('{identity.plan_file}')" if identity.plan_file else ""
        said = (f"this return was written from another plan{written}, not from this plan or "
                "one it was collected from. ")
        if identity.plan_id and not identity.plan_id.startswith(derived_id("")):
            cell = form.identity_cells.get("Plan ID")
            said += (f"Its plan ID is {identity.plan_id}, this plan's is {state.plan_id}: "
                     "collect it into the plan its request was written from")
        elif not state.plan_id.startswith(derived_id("")) or not identity.plan_id:
            cell = form.identity_cells.get("Plan ID", form.identity_cells.get("Plan SHA-256"))
            said += ("Collect it into the plan its request was written from; if that plan was "
                     "changed after the requests were written, write the requests again")
        else:
            cell = form.identity_cells.get("Plan ID")
            said += ("This plan has no plan ID of its own (it was written before plans had "
                     "one), so its returns know it by its contents, which changed after the "
                     "requests were written. Collect the returns into the plan as it was when "
                     "the requests were written (the collected copy gets an ID, and keeps it "
                     "however it changes), then make this plan's changes in the copy")
        self.error(form, IDENTITY, cell, said)
        return False

    def _shown(self, form: ReturnedForm) -> dict[str, ShownAction]:
        """What the request showed the lead, by reference. A request written before requests
        recorded it showed what this plan shows, if it was written from this very file."""
        if form.identity.shown:
            return {shown.reference: shown for shown in form.identity.shown}
        if form.identity.plan_sha256 != self.state.sha256:
            return {}
        return {reference: shown_action(self.actions[reference])
                for reference in form.identity.references if reference in self.actions}

    def _extras(self, form: ReturnedForm) -> None:
        """Name the sheets the request did not have, and every note and picture: none is
        collected."""
        own = {name.casefold() for name in (GUIDE, UPDATES, IDENTITY)}
        for sheet in form.extras:
            if sheet.name.casefold() not in own:
                self.warn(form, sheet.name, None,
                          "a sheet the request did not have; nothing on it is collected: what "
                          f"is for the plan goes on the {UPDATES} sheet, in the row of its action")
            for cell, text in sheet.notes:
                self.warn(form, sheet.name, cell or None,
                          f"a note (comment) says {cells.shown(text)}; notes are not collected: "
                          "put what it says in the row's Commentary")
            for cell in sheet.pictures:
                self.warn(form, sheet.name, cell or None,
                          "a picture (or shape) is pasted here; the plan does not take pictures, "
                          "so it is not collected: ask the lead to send it as a file, or as an "
                          "https:// link under Evidence")
        for number, shown in enumerate(form.identity.shown, start=2):
            if "".join(shown.reference.split()).upper() not in form.listed:
                self.warn(form, UPDATES, None,
                          f"the row of action {shown.reference} (row {number} as the request "
                          "wrote it) was deleted, so nothing is collected for it: if the lead "
                          f"has news of {shown.reference}, ask for it")

    def warn(self, form: ReturnedForm, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(*form.where(sheet, cell), message, Severity.WARNING))

    def _typed_over(self, form: ReturnedForm, row: ReturnedRow,
                    shown: ShownAction) -> ReturnedRow:
        """``row`` with what the lead typed over read-only cells taken where its meaning is
        plain and the officer asked for it; every cell typed over is named."""
        written = shown.cells
        changed = {}
        for name in ("Action", "Due", "Current RAG", "Latest update", "Latest update dated"):
            typed = row.typed.get(name)
            if name == "Latest update dated":
                was = written[name]
                now = typed.date() if isinstance(typed, datetime) else typed
                if now != was and not (now is None and was is None):
                    changed[name] = now
            elif _words(cell_text(typed)) != _words(str(written[name] or "")):
                changed[name] = cell_text(typed)
        if not changed:
            return row
        self.typed_over += len(changed)
        take = self.take_overtyped
        where = row.cells

        def said(name: str) -> str:
            was = written[name]
            was = f"{was:%d/%m/%Y}" if isinstance(was, date) else str(was or "")
            now = changed[name]
            now = f"{now:%d/%m/%Y}" if isinstance(now, date) else str(now or "")
            return (f"{name} was written as {cells.shown(was) if was else 'empty'} and the lead "
                    f"typed {cells.shown(now) if now else 'it empty'} over it")

        def problem(name: str, message: str, *, warning: bool = False) -> None:
            (self.warn if warning else self.error)(form, UPDATES, where[name],
                                                   f"{said(name)}: {message}")

        option = "or collect with --take-overtyped to take it so"
        if "Action" in changed:
            problem("Action", "a return does not change an action's wording, so this is not "
                    "collected: if the action should change, the officer changes it on the "
                    "Actions sheet, with the board's agreement", warning=True)
        if "Current RAG" in changed:
            now = changed["Current RAG"]
            try:
                rag = cells.parse_rag(now) if now else None
            except cells.CellValueError:
                rag = None
            word = rag_word(rag)
            if not now:
                problem("Current RAG", "a return does not remove a rating; the rating stays",
                        warning=True)
            elif rag is None and now.casefold() != "not started":
                problem("Current RAG", f"it is not a rating; put Current RAG back, and give "
                        f"the action's new rating under New RAG ({where['New RAG']})")
            elif row.rag is None and take:
                problem("Current RAG", f"taken as the New RAG ({where['New RAG']}), as asked",
                        warning=True)
                row = replace(row, rag=word, propose_complete=row.propose_complete
                              or word == "Complete")
            elif row.rag is None:
                problem("Current RAG", f"New RAG ({where['New RAG']}) is empty, so the lead "
                        f"means the action's rating is now {word}. A new rating belongs under "
                        f"New RAG: type it there and put Current RAG back, {option}")
            elif row.rag.casefold() != word.casefold():
                problem("Current RAG", f"New RAG ({where['New RAG']}) says {row.rag}; the "
                        "new rating goes under New RAG only: put Current RAG back, and make "
                        "New RAG say the rating that stands")
            else:
                problem("Current RAG", f"New RAG ({where['New RAG']}) says the same, and is "
                        "collected; the plan's Current RAG follows from it", warning=True)
        if "Latest update" in changed:
            now, was = changed["Latest update"], str(written["Latest update"] or "")
            news = now[len(was):].strip() if was and now.startswith(was) else now
            if not news:
                problem("Latest update", "a return does not remove an update; the plan keeps "
                        "it", warning=True)
            elif not row.commentary and take:
                problem("Latest update", f"taken as the Commentary ({where['Commentary']}), as "
                        "asked", warning=True)
                row = replace(row, commentary=news)
            elif not row.commentary:
                problem("Latest update", f"Commentary ({where['Commentary']}) is empty, so "
                        "this is the lead's news. News belongs under Commentary: type it there "
                        f"and put Latest update back, {option}")
            elif _words(row.commentary) != _words(news):
                problem("Latest update", f"the news goes under Commentary "
                        f"({where['Commentary']}), which says {cells.shown(row.commentary)}: "
                        "put Latest update back as written, and put all the news in Commentary")
            else:
                problem("Latest update", f"Commentary ({where['Commentary']}) says the same, "
                        "and is collected; the plan's latest update follows from it",
                        warning=True)
        if "Latest update dated" in changed:
            now = changed["Latest update dated"]
            if isinstance(now, date) and row.dated is None and take:
                problem("Latest update dated", f"taken as the Date of update "
                        f"({where['Date of update']}), as asked", warning=True)
                row = replace(row, dated=now)
            elif isinstance(now, date) and row.dated is None:
                problem("Latest update dated", f"the date of the lead's update belongs under "
                        f"Date of update ({where['Date of update']}): type it there and put "
                        f"this back, {option}")
            elif isinstance(now, date) and now != row.dated:
                problem("Latest update dated", f"the date of the lead's update goes under "
                        f"Date of update ({where['Date of update']}), which says "
                        f"{row.dated:%d/%m/%Y}: put this back as written")
            else:
                problem("Latest update dated", "a return does not change an update in the "
                        "plan, so this is not collected", warning=True)
        if "Due" in changed:
            now = changed["Due"]
            try:
                timescale = cells.parse_timescale(now) if now else None
            except cells.CellValueError:
                timescale = None
            where_to = (f"a new timescale belongs under Proposed new timescale "
                        f"({where['Proposed new timescale']}), with its reason under Reason for "
                        f"new timescale ({where['Reason for new timescale']}); the board agrees "
                        "it")
            if timescale is None:
                problem("Due", f"{where_to}. Put Due back as written, and give the timescale "
                        "there" if now else "a return does not remove a due date; it stays",
                        warning=not now)
            elif row.timescale is not None and row.timescale.label.casefold() == \
                    timescale.label.casefold():
                problem("Due", "Proposed new timescale says the same, and is collected; Due "
                        "stays until the board agrees it", warning=True)
            elif row.timescale is not None:
                problem("Due", f"Proposed new timescale says {row.timescale.label}: put Due "
                        "back as written, and propose the timescale that stands there")
            elif row.reason and take:
                problem("Due", f"taken as the Proposed new timescale "
                        f"({where['Proposed new timescale']}), with the reason given, as "
                        "asked; Due stays until the board agrees it", warning=True)
                row = replace(row, timescale=timescale)
            elif row.reason:
                problem("Due", f"{where_to}. Move it there and put Due back, {option}")
            else:
                problem("Due", f"{where_to}. Move it there, say why, and put Due back")
        return row

    def compare_returns_of_one_request(self) -> None:
        """Name two returns of one request that rate the same action differently on different
        days: the later would win without a word."""
        seen: dict[tuple[str, str, date, str], tuple[ReturnedForm, ReturnedRow, UpdateRow]] = {}
        for form, row, update in self.taken:
            identity = form.identity
            key = (identity.plan_id or identity.plan_sha256, lead_key(identity.lead),
                   identity.meeting, update.reference)
            earlier = seen.setdefault(key, (form, row, update))
            first_form, first_row, first = earlier
            if (first_form.origin != form.origin and first.date != update.date
                    and first.rag.casefold() != update.rag.casefold()):
                self.error(form, UPDATES, row.cells["New RAG"],
                           f"two returns of {lead_name(identity.lead)}'s request disagree about "
                           f"action {update.reference}: this one rates it {update.rag} on "
                           f"{update.date:%d/%m/%Y}, [{first_form.origin}]{UPDATES}!"
                           f"{first_row.cells['New RAG']} rates it {first.rag} on "
                           f"{first.date:%d/%m/%Y}. Ask the lead which stands and collect that "
                           "return; to keep both as successive updates, collect the later into "
                           "the copy the earlier was collected into")

    def _lead_changed(self, form: ReturnedForm) -> bool:
        """Whether the identity's lead leads none of the actions it asked about: the hidden
        Lead cell was edited (noted once there, not at every row's reference)."""
        identity = form.identity
        if identity.shown and all(lead_key(s.lead) == lead_key(identity.lead)
                                  for s in identity.shown):
            return False  # the lead it was written for: a lead changed since is a conflict
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
        shown = self.shown.get(row.reference) if identity.shown else None
        if shown is not None and action is None:
            if row.is_empty:
                return None
            problem = (f"action {row.reference} ({cells.shown(shown.action)} as the request "
                       "showed it) was deleted from the plan after the request was written, so "
                       "this row's update has no action to go to: put the action back on the "
                       "Actions sheet, or clear this row to collect the rest")
        elif (shown is not None and lead_key(action.lead) != lead_key(identity.lead)
              and lead_key(shown.lead) == lead_key(identity.lead)):
            if row.is_empty:
                return None
            owner = lead_name(action.lead) if action.lead.strip() else "nobody"
            at = self._lead_cell(action)
            problem = (f"action {row.reference}'s lead was changed after the request was "
                       f"written: the request was {lead_name(identity.lead)}'s, the plan now "
                       f"names {owner}{at}. This row's update is not collected: ask {owner} "
                       "for it, or put the lead back on the Actions sheet if the change was a "
                       "mistake")
        elif action is None:
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

    def _lead_cell(self, action: Action) -> str:
        """' (Actions!D7)': where the plan names ``action``'s lead, if it can be found."""
        rows = self.state.actions_rows
        if rows is None or "Lead" not in rows.columns:
            return ""
        for number, values in rows.rows:
            letter = str(values.get("Letter") or "").strip().upper()
            if letter == action.letter.upper() and values.get("Recommendation") in (
                    action.recommendation, float(action.recommendation),
                    str(action.recommendation)):
                return f" ({rows.name}!{rows.cell(number, 'Lead')})"
        return ""

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
        if what == "update" and latest in self._new_in_plan(what, entry.reference):
            # Typed into the plan after the request was written: the lead's update is not
            # back-dated for coming before it, and takes its place in the log by its date.
            known = [u for u in self.logged_all if u.reference == entry.reference
                     and u not in self._new_in_plan(what, entry.reference)]
            latest = max(known, key=lambda u: (u.date, u.row), default=None)
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

    def _new_in_plan(self, what: str, reference: str) -> list[UpdateRow | RevisionRow]:
        """The plan's updates or revisions of ``reference`` that the request did not know:
        added since it was written."""
        shown = self.shown.get(reference) if self.shown else None
        if shown is None:
            return []
        if what == "update":
            known = {tuple(k) for k in shown.updates}
            return [u for u in self.logged_all if u.reference == reference
                    and update_key(u) not in known]
        known = {tuple(k) for k in shown.revisions}
        return [r for r in self.revised_all if r.reference == reference
                and revision_key(r) not in known]

    def _add_update(self, form: ReturnedForm, row: ReturnedRow, update: UpdateRow) -> str:
        progress = self.state.progress
        for other in self._new_in_plan("update", update.reference):
            if other.date == update.date and other.rag.casefold() != update.rag.casefold():
                at = (f"{progress.name}!{progress.cell(other.row, 'RAG')}"
                      if progress is not None and "RAG" in progress.columns
                      else f"Progress row {other.row}")
                by = f", by {other.updated_by}" if other.updated_by else ""
                self.error(form, UPDATES, row.cells["New RAG"],
                           f"action {update.reference}'s update of {update.date:%d/%m/%Y} says "
                           f"{update.rag}, but the plan has an update of the same action and "
                           f"day added after the request was written ({at}{by}) that says "
                           f"{other.rag}: agree with the lead which rating stands, make this "
                           "return's New RAG or the plan's row say it (or date one of them "
                           "another day), and collect again")
                return "refused"
        self.taken.append((form, row, update))
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
        revisions = self.state.revisions
        for other in self._new_in_plan("revision", revision.reference):
            if other.timescale.casefold() == revision.timescale.casefold():
                return "already"
            at = (f"{revisions.name}!{revisions.cell(other.row, 'New timescale')}"
                  if revisions is not None and "New timescale" in revisions.columns
                  else f"Revisions row {other.row}")
            self.error(form, UPDATES, row.cells["Proposed new timescale"],
                       f"action {revision.reference}'s proposed new timescale is "
                       f"{revision.timescale}, but the plan has a revision of the same action "
                       f"added after the request was written ({at}, dated "
                       f"{other.date:%d/%m/%Y}) that says {other.timescale}: agree with the "
                       "lead which timescale stands; clear this return's proposal if the plan's "
                       "stands, or change the plan's row, and collect again")
            return "refused"
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


def _words(text: str) -> str:
    """``text`` with its spacing made plain, to compare what was written with what is read."""
    return " ".join(text.split())


def _key(reference: str, day: date, author: str) -> tuple[str, date, str]:
    return reference, day, lead_key(author)


def _where(logged: UpdateRow | RevisionRow | None, earlier: NewUpdate | NewRevision | None,
           what: str) -> str:
    """The entry an added one disagrees with, in words."""
    if logged is not None:
        sheet = "Progress" if what == "update" else "Revisions"
        return f"the {what} already in the plan at {sheet} row {logged.row}"
    return f"the {what} in {earlier.origin}, row {earlier.entry.row}"

