"""The board's figures, all worked out as at the meeting date, in one place for every template.

Kept whole although a little long: every figure the paper prints is derived here and only here,
so that no two formats can work one out differently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import cached_property

from ..plan.model import (
    Action,
    Plan,
    ProgressUpdate,
    Rag,
    Recommendation,
    Revision,
    Timescale,
    UpdateRound,
)

# Without a later meeting in the workbook, "due before the next meeting" looks this far ahead:
# boards of this kind meet quarterly.
DEFAULT_HORIZON = timedelta(days=91)

# The summary lists at most this many exceptions, so that it stays on two sides; the rest are
# named by reference and flagged in the action plan.
EXCEPTIONS_LISTED = 12

# An action whose deadline has moved this many times is an exception: it has slipped more than
# once.
SLIPPED_TIMES = 2

# Every rating the paper counts: the RAG ratings (Complete awaiting the board is its own), then
# not yet rated.
RAG_SLOTS: tuple[Rag | None, ...] = (*Rag, None)


class Direction(Enum):
    """How an action's rating moved since the previous meeting; an arrow always with its word."""

    IMPROVED = ("Improved", "↑")
    UNCHANGED = ("Unchanged", "→")
    DECLINED = ("Declined", "↓")
    NEW = ("New", "+")

    def __init__(self, label: str, arrow: str) -> None:
        self.label = label
        self.arrow = arrow

    @property
    def css_class(self) -> str:
        """The class the stylesheet uses."""
        return "direction-" + self.name.lower()


# Said under a table whose shares, each rounded on its own, do not add up to 100 (as the UK
# Government Statistical Service advises, rather than nudging one share to make them).
ROUNDING_NOTE = "Shares may not add up to 100% because each is rounded on its own."


def share_percent(count: int, total: int) -> int:
    """``count`` of ``total`` as a whole percentage, rounded half up as Excel's ROUND does:
    1 of 8 is 13, 4 of 9 is 44, 1 of 200 is 1; 0 of 0 is 0.

    Worked out in integers, so 12.5 always rounds to 13 (float rounding would not promise it).
    """
    if total <= 0:
        return 0
    return (200 * count + total) // (2 * total)


def share_label(count: int, total: int) -> str:
    """The share as printed everywhere: '44%'; '<1%' for some that round to none, and '>99%'
    for not all that round to all, so no share reads as none or all when it is not."""
    percent = share_percent(count, total)
    if count and not percent:
        return "<1%"
    if percent == 100 and count < total:
        return ">99%"
    return f"{percent}%"


@dataclass(frozen=True)
class RagShare:
    """How many actions have one rating, of how many, and their share of the whole."""

    rag: Rag | None
    count: int
    total: int

    @property
    def label(self) -> str:
        """The rating's words."""
        return self.rag.label if self.rag else "Not yet rated"

    @property
    def percent(self) -> int:
        """The share in whole percent, rounded half up on its own."""
        return share_percent(self.count, self.total)

    @property
    def percent_label(self) -> str:
        """The share as printed everywhere: '30%', '<1%' or '>99%'."""
        return share_label(self.count, self.total)


@dataclass(frozen=True)
class RagMix:
    """Counts and percentages for every rating, for some set of actions."""

    shares: tuple[RagShare, ...]

    @property
    def total(self) -> int:
        """How many actions."""
        return sum(share.count for share in self.shares)

    def count(self, rag: Rag | None) -> int:
        """How many actions have ``rag``."""
        return next(share.count for share in self.shares if share.rag is rag)

    def share(self, rag: Rag | None) -> RagShare:
        """The share for ``rag``."""
        return next(share for share in self.shares if share.rag is rag)

    def as_counts(self) -> dict[Rag | None, int]:
        """Rating to count, in scale order."""
        return {share.rag: share.count for share in self.shares}

    @property
    def rounding_note(self) -> str:
        """What a table of these shares says under it: that they may not add up to 100, when
        they do not ('' when they do, or there are no actions)."""
        if not self.total or sum(share.percent for share in self.shares) == 100:
            return ""
        return ROUNDING_NOTE


def rag_mix(ratings: Iterable[Rag | None]) -> RagMix:
    """Counts by rating, each share rounded on its own: the same count of the same total
    always prints the same share, even where the shares then do not add up to 100."""
    counts = Counter(ratings)
    total = sum(counts.values())
    return RagMix(tuple(RagShare(rag, counts[rag], total) for rag in RAG_SLOTS))


@dataclass(frozen=True)
class LogEntry:
    """One line of an action's audit trail: an update, a timescale revision, or the board's
    closure."""

    date: date
    update: ProgressUpdate | None = None
    revision: Revision | None = None
    revised_from: Timescale | None = None
    """For a revision: the timescale it replaced."""
    closed: bool = False


def history(action: Action, as_at: date) -> tuple[LogEntry, ...]:
    """The action's updates, revisions and closure up to ``as_at``, oldest first; on one date,
    updates come before a revision, and the board's closure last."""
    entries = [(u.date, 0, LogEntry(u.date, update=u)) for u in action.updates
               if u.date <= as_at]
    before = action.timescale
    for revision in action.revisions:
        entries.append((revision.date, 1, LogEntry(revision.date, revision=revision,
                                                   revised_from=before)))
        before = revision.timescale
    if action.closed_on_or_before(as_at):
        entries.append((action.closed_by_board, 2, LogEntry(action.closed_by_board, closed=True)))
    return tuple(entry for _, _, entry in sorted(entries, key=lambda e: (e[0], e[1])))


@dataclass(frozen=True)
class ActionStatus:
    """One action's position as at the meeting date."""

    action: Action
    rag: Rag | None
    previous_rag: Rag | None
    direction: Direction | None
    overdue: bool
    due_soon: bool
    completed_late: bool
    latest: ProgressUpdate | None
    timescale: Timescale
    """The timescale as it stands at the meeting: the latest revision's, or the original."""
    since: date | None = None
    """Since when the action has been at its current rating, if the log says."""
    history: tuple[LogEntry, ...] = ()
    """Its audit trail: updates, revisions and closure, oldest first."""
    not_returned: bool = False
    """Open, and its lead did not return their updates for this meeting (where the plan
    records the round)."""

    @property
    def proposal(self) -> Revision | None:
        """The new timescale proposed for the board to agree, if any: it moves no figure."""
        return self.action.proposal

    @property
    def due(self) -> date | None:
        """The due date as it stands at the meeting (None: no due date)."""
        return self.timescale.due

    @property
    def revisions(self) -> int:
        """How many times the action's timescale has moved."""
        return len(self.action.revisions)

    @property
    def slipped(self) -> bool:
        """Whether its deadline has moved more than once."""
        return self.revisions >= SLIPPED_TIMES

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the action is an exception, in words; empty if it is not one."""
        reasons = []
        if self.rag is Rag.NO_IMPROVEMENT:
            reasons.append("No improvement")
        if self.overdue:
            reasons.append("Overdue")
        if self.direction is Direction.DECLINED:
            reasons.append("Declined")
        if self.slipped:
            reasons.append(f"Deadline moved {times(self.revisions)}")
        if self.not_returned:
            reasons.append("No update returned")
        return tuple(reasons)

    @property
    def revised(self) -> str:
        """'revised twice': how often the timescale has moved, in words ('' if never)."""
        return f"revised {times(self.revisions)}" if self.revisions else ""

    @property
    def at_rating_since(self) -> str:
        """'No improvement since June 2025': how long it has been at its rating, if known."""
        if self.rag is None or self.since is None:
            return ""
        return f"{self.rag.label} since {self.since:%B %Y}"


def times(count: int) -> str:
    """'once', 'twice', '3 times'."""
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


@dataclass(frozen=True)
class RecommendationProgress:
    """A recommendation's actions counted by rating."""

    recommendation: Recommendation
    mix: RagMix
    overdue: int


@dataclass(frozen=True)
class MeetingPosition:
    """The RAG mix the progress log gives at a meeting's date."""

    date: date
    mix: RagMix
    current: bool


@dataclass(frozen=True)
class PlanFigures:
    """Every figure the paper prints about progress, as at ``as_at``."""

    as_at: date
    previous_meeting: date | None
    horizon: date
    horizon_is_meeting: bool
    statuses: tuple[ActionStatus, ...]
    mix: RagMix
    by_recommendation: tuple[RecommendationProgress, ...]
    over_time: tuple[MeetingPosition, ...]
    update_round: UpdateRound | None = None
    """Who returned their updates for this meeting, where the plan records it."""

    @cached_property
    def by_reference(self) -> dict[str, ActionStatus]:
        """Each action's status by its reference, e.g. '3G'."""
        return {s.action.reference: s for s in self.statuses}

    def _where(self, test) -> tuple[ActionStatus, ...]:
        return tuple(s for s in self.statuses if test(s))

    @property
    def overdue(self) -> tuple[ActionStatus, ...]:
        """Past their due date and not complete."""
        return self._where(lambda s: s.overdue)

    @property
    def due_soon(self) -> tuple[ActionStatus, ...]:
        """Not complete, and due between the meeting date and the next meeting."""
        return self._where(lambda s: s.due_soon)

    @property
    def completed_late(self) -> tuple[ActionStatus, ...]:
        """Complete, but marked so after their due date."""
        return self._where(lambda s: s.completed_late)

    @property
    def not_rated(self) -> tuple[ActionStatus, ...]:
        """With no rating yet."""
        return self._where(lambda s: s.rag is None)

    @property
    def no_due_date(self) -> tuple[ActionStatus, ...]:
        """Whose timescale gives no date ("Ongoing", "TBC"): never overdue."""
        return self._where(lambda s: s.due is None)

    def moved(self, direction: Direction) -> tuple[ActionStatus, ...]:
        """Whose rating moved in ``direction`` since the previous meeting."""
        return self._where(lambda s: s.direction is direction)

    @property
    def awaiting_board(self) -> tuple[ActionStatus, ...]:
        """Reported complete by their leads, for the board to agree and close."""
        return self._where(lambda s: s.rag is Rag.AWAITING_BOARD)

    @property
    def proposed(self) -> tuple[ActionStatus, ...]:
        """With a new timescale proposed, for the board to agree."""
        return self._where(lambda s: s.proposal is not None)

    @property
    def deadlines_moved(self) -> tuple[ActionStatus, ...]:
        """Whose timescale has been revised at least once."""
        return self._where(lambda s: s.revisions > 0)

    @property
    def exceptions(self) -> tuple[ActionStatus, ...]:
        """What the board should look at first: no improvement, overdue, declined, a
        deadline moved more than once, or (where the plan records the round) no update
        returned."""
        return self._where(lambda s: bool(s.reasons))

    @property
    def exceptions_listed(self) -> tuple[ActionStatus, ...]:
        """The exceptions the summary has room for, in plan order.

        When there are more than it can list, the most serious are kept: no improvement,
        then declined, then the longest overdue.
        """
        exceptions = self.exceptions
        if len(exceptions) <= EXCEPTIONS_LISTED:
            return exceptions
        ranked = sorted(exceptions, key=lambda s: (
            s.rag is not Rag.NO_IMPROVEMENT, s.direction is not Direction.DECLINED,
            s.due or date.max))
        kept = {id(s) for s in ranked[:EXCEPTIONS_LISTED]}
        return tuple(s for s in exceptions if id(s) in kept)

    @property
    def exceptions_not_listed(self) -> tuple[ActionStatus, ...]:
        """The exceptions beyond the summary's room, in plan order."""
        listed = {id(s) for s in self.exceptions_listed}
        return tuple(s for s in self.exceptions if id(s) not in listed)

    @property
    def completed(self) -> int:
        """How many actions are complete: closed by the board."""
        return self.mix.count(Rag.COMPLETE)

    @property
    def completed_share(self) -> str:
        """Complete (closed by the board) as a share of every action, as printed: '30%'."""
        return self.mix.share(Rag.COMPLETE).percent_label


def direction_of(previous: Rag | None, current: Rag | None) -> Direction | None:
    """How a rating moved; NEW if it had none before, None if it has none now."""
    if current is None:
        return None
    if previous is None:
        return Direction.NEW
    if current.rank > previous.rank:
        return Direction.IMPROVED
    if current.rank < previous.rank:
        return Direction.DECLINED
    return Direction.UNCHANGED


def action_status(action: Action, *, as_at: date, previous: date | None,
                  horizon: date, not_returned: bool = False) -> ActionStatus:
    """Where one action stands as at ``as_at``: overdue and due soon against its timescale as
    revised; work complete but awaiting the board is neither."""
    complete = action.done
    timescale = action.current_timescale
    due = timescale.due
    completed_on = action.completed_on
    previous_rag = action.rag_at(previous) if previous else None
    dated = due is not None
    return ActionStatus(
        action=action,
        rag=action.rag,
        previous_rag=previous_rag,
        direction=direction_of(previous_rag, action.rag) if previous else None,
        overdue=dated and not complete and due < as_at,
        due_soon=dated and not complete and as_at <= due <= horizon,
        completed_late=dated and complete and completed_on is not None and completed_on > due,
        latest=action.latest_update(as_at),
        timescale=timescale,
        since=action.rating_since(as_at),
        history=history(action, as_at),
        not_returned=not_returned,
    )


def plan_figures(plan: Plan) -> PlanFigures:
    """The board's figures for ``plan``, as at its meeting date."""
    as_at = plan.as_at
    previous = plan.paper.previous_meeting
    following = plan.paper.next_meeting
    horizon = following.date if following else _plus(as_at, DEFAULT_HORIZON)
    previous_date = previous.date if previous else None
    unreturned = set(plan.update_round.unreturned if plan.update_round else ())
    statuses = tuple(action_status(a, as_at=as_at, previous=previous_date, horizon=horizon,
                                   not_returned=a.reference in unreturned)
                     for a in plan.actions)
    by_recommendation = tuple(
        RecommendationProgress(
            r,
            rag_mix(a.rag for a in r.actions),
            sum(1 for s in statuses if s.action.recommendation == r.number and s.overdue),
        )
        for r in plan.recommendations
    )
    return PlanFigures(
        as_at=as_at,
        previous_meeting=previous_date,
        horizon=horizon,
        horizon_is_meeting=following is not None,
        statuses=statuses,
        mix=rag_mix(s.rag for s in statuses),
        by_recommendation=by_recommendation,
        over_time=_over_time(plan),
        update_round=plan.update_round,
    )


def _plus(day: date, span: timedelta) -> date:
    """``day`` plus ``span``, or the last date there is: no date arithmetic overflows."""
    try:
        return day + span
    except OverflowError:
        return date.max


def _over_time(plan: Plan) -> tuple[MeetingPosition, ...]:
    """The mix at each past meeting, then now: the plan as it stood at each date.

    Every action already in the plan (its ``added`` date, if any, on or before the meeting)
    counts; one the log had not yet rated by then counts as not yet rated, so the total is
    the plan's size at that meeting, not the number of actions with an update.
    """
    past = sorted({m.date for m in plan.paper.meetings if m.date < plan.as_at})
    positions = [
        MeetingPosition(day, rag_mix(a.rag_at(day) for a in _in_plan(plan.actions, day)), False)
        for day in past
    ]
    positions.append(MeetingPosition(plan.as_at, rag_mix(a.rag for a in plan.actions), True))
    return tuple(positions)


def _in_plan(actions: Sequence[Action], day: date) -> tuple[Action, ...]:
    """The actions that were part of the plan on ``day``."""
    return tuple(a for a in actions if a.in_plan_on(day))
