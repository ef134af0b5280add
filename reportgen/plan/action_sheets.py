"""The Recommendations, Actions and Progress sheets: each action with its dated updates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from ..excel import SheetData
from . import cells, schema
from .model import (
    Action,
    Plan,
    ProgressUpdate,
    Rag,
    Recommendation,
    Revision,
    Timescale,
    rag_word,
)
from .records import Collector, Record
from .tables import read_table
from .unread_columns import other_names

# A due date this many years after the meeting is past any plan's horizon; from PLACEHOLDER_YEAR
# on, a date such as 31/12/9999 stands for "no end date".
HORIZON_YEARS = 10


PLACEHOLDER_YEAR = 9000


def _checked_due(timescale: Timescale, reference: str, row: Record, as_at: date | None,
                 found: Collector, *, column: str = "Timescale") -> Timescale:
    """The timescale, a placeholder such as 31/12/9999 read as no due date; a due date past
    any plan's horizon is a warning."""
    due = timescale.due
    if due is not None and due.year >= PLACEHOLDER_YEAR:
        found.warn(row.sheet, row.cell(column),
                   f"{due:%d/%m/%Y} looks like a placeholder for 'no end date'; action "
                   f"{reference} is read as having no due date (type 'Ongoing' or 'TBC' to say "
                   "so)")
        return replace(timescale, due=None)
    if due is not None and as_at is not None and due.year - as_at.year > HORIZON_YEARS:
        found.warn(row.sheet, row.cell(column),
                   f"action {reference} is due {due:%d/%m/%Y}, more than {HORIZON_YEARS} years "
                   "after the meeting; check the year")
    return timescale


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


def read_recommendations(
    data: SheetData | None, actions_data: SheetData | None, found: Collector, *,
    names: tuple[str, str] | None, default_source: str, as_at: date | None,
) -> tuple[tuple[Recommendation, ...], ActionRows]:
    """The recommendations with their actions, and each action's row on the Actions sheet.

    ``names`` (the plan's organisation and board) resolve short addressees such as 'Board'.
    Actions added after ``as_at`` are left out: they were not yet in the plan.
    """
    recommendations: dict[int, tuple[str, str, str] | None] = {}
    numbers_unreadable = False
    for row in read_table(schema.RECOMMENDATIONS, data, found):
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
    for row in read_table(schema.ACTIONS, actions_data, found):
        mark = found.mark()
        number = found.value(row, "Recommendation", cells.parse_recommendation_number)
        letter = found.value(row, "Letter", cells.parse_letter)
        text = found.value(row, "Action", cells.parse_text)
        lead = found.value(row, "Lead", cells.parse_text, required=False) or ""
        timescale = found.value(row, "Timescale", cells.parse_timescale)
        measures = found.value(row, "Success measures", cells.parse_text, required=False) or ""
        rag = found.value(row, "RAG", cells.parse_rag, required=False)
        added = found.value(row, "Added", cells.parse_date, required=False)
        closed = found.value(row, "Closed by board", cells.parse_date, required=False)
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
        if not lead and "Lead" in row.refs:
            found.warn(row.sheet, row.cell("Lead"), f"action {reference} has no lead")
        timescale = _checked_due(timescale, reference, row, as_at, found)
        actions[number].append(Action(number, letter, text, lead, timescale, measures, rag,
                                      added=added, closed_by_board=closed,
                                      board_closes="Closed by board" in row.refs))
    if later:
        found.warn(later[0].sheet, later[0].cell("Added"),
                   f"{len(later)} action{'s were' if len(later) > 1 else ' was'} added after "
                   f"the meeting date ({as_at:%d/%m/%Y}) and {'are' if len(later) > 1 else 'is'} "
                   f"left out of this paper, the first at {later[0].sheet}!"
                   f"{later[0].cell('Added')}")
    _say_no_leads(actions_data, list(references.values()), found)
    for number in recommendations:
        if number not in referenced and actions_data is not None:
            found.warn(actions_data.name, None, f"recommendation {number} has no actions yet")
    return tuple(
        Recommendation(number, addressee, source, text,
                       tuple(sorted(actions[number], key=lambda a: (len(a.letter), a.letter))))
        for number, details in sorted(recommendations.items()) if details is not None
        for addressee, source, text in (details,)
    ), ActionRows(references, unreadable)


def _say_no_leads(actions_data: SheetData | None, rows: list[Record],
                  found: Collector) -> None:
    """Once, not on every row: the Actions sheet has no Lead column, unless an error already
    names the header that was meant as one."""
    if (actions_data is None or not rows or "Lead" in rows[0].refs
            or (schema.ACTIONS.name, "Lead") in found.meant_columns):
        return
    found.warn(actions_data.name, None,
               "the sheet has no 'Lead' column, so the paper names no action's lead; add a "
               f"column headed 'Lead'{other_names(schema.ACTIONS.column('Lead'))}")


def with_progress(recommendations: tuple[Recommendation, ...], data: SheetData | None,
                  as_at: date | None, references: ActionRows,
                  found: Collector) -> tuple[Recommendation, ...]:
    """Attach each action's dated updates; its current RAG is the latest on or before as_at.

    Updates after ``as_at`` are left out (and said once), so the paper for any earlier meeting
    can be rebuilt from today's workbook. Without a meeting date (an error reported on the
    Paper sheet) every row is still checked.
    """
    updates: dict[str, list[tuple[ProgressUpdate, Record]]] = {}
    later: list[Record] = []
    # Actions with an update that could not be read: their rating is not known for sure, so
    # nothing that depends on it (a board closure) is reported as another problem.
    doubtful: set[str] = set()
    any_doubtful = False
    for row in read_table(schema.PROGRESS, data, found):
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
            if reference is None:
                any_doubtful = True
            else:
                doubtful.add(reference)
            continue
        if as_at is not None and when > as_at:
            later.append(row)
            continue
        update = ProgressUpdate(when, reference, rag, commentary, evidence, updated_by,
                                evidence_link=evidence_link)
        updates.setdefault(reference, []).append((update, row))
    _say_left_out(later, "update", "that meeting's figures and log", as_at, found)
    progress_sheet = data.name if data is not None else schema.PROGRESS.name
    for action in (a for r in recommendations for a in r.actions):
        if action.rag is not None and action.reference not in updates:
            _say_undated(action, references.rows[action.reference], progress_sheet, as_at, found)
    return tuple(
        replace(r, actions=tuple(
            _closed(_current(a, updates.get(a.reference, []), found), references, as_at, found,
                    doubtful=any_doubtful or a.reference in doubtful)
            for a in r.actions))
        for r in recommendations
    )


def _say_left_out(later: list[Record], noun: str, left_out_of: str, as_at: date | None,
                  found: Collector) -> None:
    """One warning for the rows dated after the meeting: how many, and the first cell."""
    if not later:
        return
    first = later[0]
    found.warn(first.sheet, first.cell("Date"),
               f"{len(later)} {noun}{'s are' if len(later) > 1 else ' is'} dated after the "
               f"meeting date ({as_at:%d/%m/%Y}) and left out of {left_out_of}, the first at "
               f"{first.sheet}!{first.cell('Date')}; if {'they are' if len(later) > 1 else 'it is'}"
               " for a later meeting, change the Paper sheet's Meeting date to that meeting")


def _say_undated(action: Action, row: Record, progress_sheet: str, as_at: date | None,
                 found: Collector) -> None:
    """Warn that an action's only rating is the Actions sheet's, which has no date: the next
    paper cannot tell it from a rating given later."""
    on = f" ({as_at:%d/%m/%Y})" if as_at is not None else ""
    found.warn(row.sheet, row.cell("RAG"),
               f"action {action.reference}'s rating '{action.rag.label}' is typed on the "
               f"{row.sheet} sheet with no date, so it counts at this meeting{on} only while "
               "the cell is unchanged; "
               f"add it as a dated update on the {progress_sheet} sheet (action "
               f"{action.reference}, dated on or before the meeting) so that later papers "
               "keep it")


def _current(action: Action, logged: list[tuple[ProgressUpdate, Record]],
             found: Collector) -> Action:
    if not logged:
        return action
    # Oldest first; rows on the same date keep the order officers typed them in.
    logged = sorted(logged, key=lambda pair: pair[0].date)
    latest, row = logged[-1]
    if action.rag is not None and action.rag is not latest.rag:
        said = rag_word(latest.rag)
        found.warn(row.sheet, row.cell("RAG"),
                   f"action {action.reference}'s latest update says '{said}' but the "
                   f"Actions sheet says '{action.rag.label}'; the latest update is used")
    return replace(action, rag=latest.rag, updates=tuple(u for u, _ in logged))


def _closed(action: Action, references: ActionRows, as_at: date | None,
            found: Collector, *, doubtful: bool) -> Action:
    """The action with its rating as the board left it: Complete only once the board closed
    it (on or before the meeting), else Complete (awaiting board).

    A board closure of an action whose rating is not Complete is an error: the paper would
    have to choose between the board and the lead.
    """
    closed = action.closed_by_board
    if as_at is None:
        return action
    if closed is not None and closed <= as_at and action.rag is not Rag.COMPLETE:
        if doubtful:
            return action
        row = references.rows[action.reference]
        said = action.rag.label if action.rag else "not yet rated"
        found.error(row.sheet, row.cell("Closed by board"),
                    f"action {action.reference} was closed by the board on {closed:%d/%m/%Y} "
                    f"but its rating is '{said}'; rate it Complete (on the Actions sheet or in "
                    "a Progress update) or clear Closed by board")
        return action
    return replace(action, rag=action.as_closed(action.rag, as_at))


def with_revisions(recommendations: tuple[Recommendation, ...], data: SheetData | None,
                   as_at: date | None, references: ActionRows,
                   found: Collector) -> tuple[Recommendation, ...]:
    """Attach each action's timescale revisions made on or before ``as_at``, oldest first.

    The Actions sheet's timescale stays the original. Revisions after ``as_at`` are left out
    (and said once), as updates are. A revision the board had not agreed by ``as_at`` (its
    Agreed by board says Proposed, or a later date) is a proposal: it moves no figure.
    """
    revisions: dict[str, list[tuple[Revision, Record]]] = {}
    proposals: dict[str, list[tuple[Revision, Record]]] = {}
    later: list[Record] = []
    for row in read_table(schema.REVISIONS, data, found):
        mark = found.mark()
        reference = found.value(row, "Action", cells.parse_action_ref)
        when = found.value(row, "Date", cells.parse_date)
        timescale = found.value(row, "New timescale", cells.parse_timescale)
        reason = found.value(row, "Reason", cells.parse_text)
        agreed_by = found.value(row, "Agreed by", cells.parse_text, required=False) or ""
        decision = found.value(row, "Agreed by board", parse_board_decision, required=False)
        if reference is not None and reference not in references:
            if not references.unreadable:
                found.error(row.sheet, row.cell("Action"),
                            f"revision of action {reference}, which is not on the Actions "
                            "sheet")
            continue
        if found.failed_since(mark) or None in (reference, when, timescale, reason):
            continue
        if as_at is not None and when > as_at:
            later.append(row)
            continue
        timescale = _checked_due(timescale, reference, row, as_at, found, column="New timescale")
        agreed_on = decision if isinstance(decision, date) else None
        if agreed_on is not None and agreed_on < when:
            found.error(row.sheet, row.cell("Agreed by board"),
                        f"the board agreed action {reference}'s new timescale on "
                        f"{agreed_on:%d/%m/%Y}, before it was proposed on {when:%d/%m/%Y} "
                        f"({row.sheet}!{row.cell('Date')}); correct one of the dates")
            continue
        if decision == NOT_AGREED:
            continue
        revision = Revision(when, timescale, reason, agreed_by, agreed_on)
        if decision == PROPOSED or (as_at is not None and agreed_on is not None
                                    and agreed_on > as_at):
            if agreed_on is not None:
                found.warn(row.sheet, row.cell("Agreed by board"),
                           f"action {reference}'s new timescale was agreed by the board on "
                           f"{agreed_on:%d/%m/%Y}, after the meeting date "
                           f"({as_at:%d/%m/%Y}), so this paper still asks the board to agree it")
            proposals.setdefault(reference, []).append((revision, row))
        else:
            revisions.setdefault(reference, []).append((revision, row))
    _say_left_out(later, "revision", "that meeting's paper", as_at, found)
    return tuple(
        replace(r, actions=tuple(
            replace(a, revisions=_moves(a, revisions.get(a.reference, []), found),
                    proposals=_proposed(a, proposals.get(a.reference, []), found))
            for a in r.actions))
        for r in recommendations
    )


PROPOSED, NOT_AGREED, AGREED = "Proposed", "Not agreed", "Agreed"
_DECISION_WORDS = {
    PROPOSED: ("proposed", "awaiting board", "awaiting the board", "pending", "for agreement"),
    NOT_AGREED: ("not agreed", "rejected", "refused", "declined", "no"),
    AGREED: ("agreed", "yes"),
}


def parse_board_decision(value: object) -> date | str:
    """A revision's Agreed by board: the date the board agreed it, or Proposed, Not agreed or
    Agreed (with no date) in any of the words officers use for them."""
    if isinstance(value, str):
        words = " ".join(value.split()).rstrip(".").casefold()
        for decision, said in _DECISION_WORDS.items():
            if words in said:
                return decision
    try:
        return cells.parse_date(value)
    except cells.CellValueError as exc:
        raise cells.CellValueError(
            f"{cells.shown(value)} is not a board decision; type the date of the board meeting "
            "that agreed the new timescale, 'Proposed' while it awaits the board, or 'Not "
            "agreed'") from exc


def _proposed(action: Action, logged: list[tuple[Revision, Record]],
              found: Collector) -> tuple[Revision, ...]:
    """An action's proposals awaiting the board, oldest first: the latest is the one put to the
    board, and an earlier one still awaiting it is said."""
    ordered = sorted(logged, key=lambda pair: pair[0].date)
    for revision, row in ordered[:-1]:
        latest, latest_row = ordered[-1]
        found.warn(row.sheet, row.cell("Agreed by board"),
                   f"action {action.reference}'s proposed timescale of {revision.timescale.label} "
                   f"({revision.date:%d/%m/%Y}) is overtaken by the later proposal of "
                   f"{latest.timescale.label} ({latest_row.sheet}!{latest_row.cell('Date')}), "
                   "which is the one put to the board; type 'Not agreed' here, or delete the row")
    return tuple(revision for revision, _ in ordered)


def _moves(action: Action, logged: list[tuple[Revision, Record]],
           found: Collector) -> tuple[Revision, ...]:
    """An action's revisions, oldest first: two on one day are a warning (row order decides
    which stands), and one that leaves the timescale as it was is said and not counted as a
    move."""
    moves: list[Revision] = []
    before, on = action.timescale, None
    for revision, row in sorted(logged, key=lambda pair: pair[0].date):
        if revision.date == on:
            found.warn(row.sheet, row.cell("Date"),
                       f"action {action.reference} has two revisions dated "
                       f"{revision.date:%d/%m/%Y}; the lower row's ({revision.timescale.label}) "
                       "is taken as the later: give each its own date, or delete one")
        if revision.timescale.due == before.due:
            found.warn(row.sheet, row.cell("New timescale"),
                       f"the revision of action {action.reference} leaves its timescale as it "
                       f"was ({before.label}), so it is not counted as a move; correct the new "
                       "timescale or delete the row")
            continue
        moves.append(revision)
        before, on = revision.timescale, revision.date
    return tuple(moves)


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


def check_progress(plan: Plan, rows: Mapping[str, Record], found: Collector) -> None:
    """Warn of claims the log does not back: Complete without evidence, stale actions, and
    board closures that no meeting or update supports."""
    previous = plan.paper.previous_meeting
    meetings = {meeting.date for meeting in plan.paper.meetings}
    complete = [a for a in plan.actions if a.rag is Rag.COMPLETE]
    if complete and not plan.records_closures:
        row = rows[complete[0].reference]
        found.warn(row.sheet, None,
                   f"the sheet has no 'Closed by board' column, so the {len(complete)} "
                   f"action{'s' if len(complete) > 1 else ''} rated Complete "
                   f"{'are' if len(complete) > 1 else 'is'} counted as closed; add the column "
                   "(reportgen new writes it) and type the date of the board meeting that closed "
                   "each, so that an action its lead reports complete awaits the board")
    for action in plan.actions:
        row = rows[action.reference]
        closed, first_complete = action.closed_by_board, action.completed_on
        if closed is not None and closed <= plan.as_at:
            if first_complete is not None and closed < first_complete:
                found.warn(row.sheet, row.cell("Closed by board"),
                           f"action {action.reference} was closed by the board on "
                           f"{closed:%d/%m/%Y}, before any update reported it complete "
                           f"({first_complete:%d/%m/%Y}); check the date")
            elif meetings and closed not in meetings:
                found.warn(row.sheet, row.cell("Closed by board"),
                           f"action {action.reference} was closed by the board on "
                           f"{closed:%d/%m/%Y}, which is not a meeting on the Meetings sheet; "
                           "type the date of the meeting that closed it")
        if action.done and not any(u.evidence for u in action.updates):
            found.warn(row.sheet, row.cell("RAG"),
                       f"action {action.reference} is rated Complete but no update gives "
                       "evidence; add it in the Progress sheet's Evidence column")
        latest = action.updates[-1] if action.updates else None
        if (previous is not None and latest is not None and not action.done
                and latest.date < previous.date):
            found.warn(row.sheet, row.cell("RAG"),
                       f"action {action.reference}'s latest update ({latest.date:%d/%m/%Y}) is "
                       f"older than the last meeting ({previous.date:%d/%m/%Y}); is it stale?")
