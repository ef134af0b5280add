"""The cover's ask to close the actions awaiting the board, worded as the workbook records it.

An action is "reported complete by its lead" only when an update that rates it Complete was
made by its lead (names compared as the reader compares leads); otherwise the ask says who
recorded it, or that nothing says who did. An action the officer's own recommendations to the
board already name is left out of the generated ask, so the board is not asked twice (the
reader warns of it, at the cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..plan.model import Action, person_key
from .figures import ActionStatus, PlanFigures

# How an action's completion is recorded, in the order the ask names them.
BY_LEAD, BY_OTHER, UNSIGNED, TYPED = range(4)


@dataclass(frozen=True)
class ClosureGroup:
    """Actions whose completion is recorded alike, as the ask prints them: ``before`` the
    first reference ('; and '), the references (linked by each format), then ``after``."""

    before: str
    statuses: tuple[ActionStatus, ...]
    after: str


@dataclass(frozen=True)
class ClosuresAsked:
    """The ask to close the actions awaiting the board: ``opening``, then each group."""

    opening: str
    groups: tuple[ClosureGroup, ...]
    left_out: tuple[ActionStatus, ...]
    """Awaiting the board, but named by the officer's own recommendations: not asked again."""

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def statuses(self) -> tuple[ActionStatus, ...]:
        """Every action the ask names."""
        return tuple(status for group in self.groups for status in group.statuses)


def recorded_by(action: Action, as_at: date) -> tuple[int, str]:
    """How the action's completion is recorded: by its lead, by someone else (named), by an
    update naming nobody, or only by the rating typed on the Actions sheet."""
    run = action.completion_updates(as_at)
    if not run:
        return TYPED, ""
    lead = person_key(action.lead)
    if lead and any(person_key(update.updated_by) == lead for update in run):
        return BY_LEAD, ""
    author = next((update.updated_by for update in run if update.updated_by.strip()), "")
    if author:
        return BY_OTHER, re.sub(r"\s+", " ", author).strip().rstrip(".")
    return UNSIGNED, ""


def _words(how: int, author: str, *, many: bool) -> str:
    """'reported complete by their leads': how a group's completion is recorded."""
    if how == BY_LEAD:
        return f"reported complete by {'their leads' if many else 'its lead'}"
    if how == BY_OTHER:
        return f"recorded as complete by {author}"
    if how == UNSIGNED:
        return ("recorded as complete in updates that do not say who made them" if many else
                "recorded as complete in an update that does not say who made it")
    return "marked complete in the plan with no progress update"


def closures_asked(summary: PlanFigures, asked_about: frozenset[str]) -> ClosuresAsked:
    """The ask for ``summary``'s actions awaiting the board, less those the officer's own
    recommendations name (``asked_about``: their references)."""
    awaiting = summary.awaiting_board
    left_out = tuple(s for s in awaiting if s.action.reference in asked_about)
    asked = [s for s in awaiting if s.action.reference not in asked_about]
    if not asked:
        return ClosuresAsked("", (), left_out)
    groups: dict[tuple[int, str], list[ActionStatus]] = {}
    authors: dict[tuple[int, str], str] = {}
    for status in asked:
        how, author = recorded_by(status.action, summary.as_at)
        key = (how, person_key(author))
        groups.setdefault(key, []).append(status)
        authors.setdefault(key, author)
    ordered = sorted(groups, key=lambda key: key[0])  # stable: authors in plan order
    count = len(asked)
    which = "this action" if count == 1 else f"these {count} actions"
    verb = "is" if count == 1 else "are"
    if len(ordered) == 1:
        (key,) = ordered
        words = _words(key[0], authors[key], many=count > 1)
        return ClosuresAsked(
            f"The board is asked to agree that {which}, {words}, {verb} closed: ",
            (ClosureGroup("", tuple(groups[key]), ""),), left_out)
    return ClosuresAsked(
        f"The board is asked to agree that {which} {verb} closed: ",
        tuple(ClosureGroup("" if index == 0 else ("; and " if index == len(ordered) - 1
                                                  else "; "),
                           tuple(groups[key]),
                           ", " + _words(key[0], authors[key], many=len(groups[key]) > 1))
              for index, key in enumerate(ordered)),
        left_out)
