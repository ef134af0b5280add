"""Checking a collected copy before it is written: the plan it came from is all still there.

Two checks, each of which would catch what the other misses: every cell of every sheet of the
plan holds what it held (only rows below the old last row of the sheets added to are new), and
the copy read as the paper reads it is the plan as it was, plus exactly the updates added.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..excel import SheetData, cell_name
from ..plan.model import Plan, ProgressUpdate

MAX_LISTED = 10
"""Differences named in a message before the rest are counted."""


def changed_cells(before: Mapping[str, SheetData], after: Mapping[str, SheetData], *,
                  grown: Mapping[str, int],
                  headed: Iterable[tuple[str, int, int]] = ()) -> tuple[list[str], int]:
    """Cells of ``before`` that ``after`` does not hold as they were, in words, and how many
    formula cells kept their formula but lost their saved value (a known openpyxl limit).

    ``grown`` gives, for each sheet rows were added to, the last row it had: cells below it
    are new. ``headed`` are other cells meant to be new (sheet, row, column): a column's
    header added. Sheets only ``after`` holds are not looked at.
    """
    expected = set(headed)
    changed: list[str] = []
    formulas = 0
    for name, old in before.items():
        new = after.get(name)
        if new is None:
            changed.append(f"the sheet '{name}' is missing")
            continue
        old_cells, new_cells = _cells(old), _cells(new)
        for cell, value in old_cells.items():
            if new_cells.get(cell) == value and type(new_cells.get(cell)) is type(value):
                continue
            if cell in new.unsaved:
                formulas += 1
                continue
            changed.append(f"{name}!{cell_name(cell[1], cell[0])}")
        last = grown.get(name)
        for cell in new_cells.keys() - old_cells.keys():
            if (last is None or cell[0] <= last) and (name, *cell) not in expected:
                changed.append(f"{name}!{cell_name(cell[1], cell[0])} (new)")
        for cell, link in old.links.items():
            if new.links.get(cell) != link:
                changed.append(f"{name}!{cell_name(cell[1], cell[0])} (its link)")
    return changed, formulas


def _cells(data: SheetData) -> dict[tuple[int, int], object]:
    return {(row, column): value for row, values in enumerate(data.rows, start=1)
            for column, value in enumerate(values, start=1) if value is not None}


def changed_records(before: Plan, after: Plan, added: Iterable[ProgressUpdate],
                    revised: Iterable[str] = ()) -> list[str]:
    """How ``after`` differs from ``before`` with ``added`` put into its progress log and a
    revision (agreed or proposed) added for each reference in ``revised``, in words; empty
    when it is exactly that. An action's rating may differ only as its new updates make it."""
    changed = [f"the {part}" for part in ("paper", "inspection", "narrative")
               if getattr(before, part) != getattr(after, part)]
    if changed:
        return changed
    old, new = before.recommendations, after.recommendations
    if [replace(r, actions=()) for r in old] != [replace(r, actions=()) for r in new]:
        return ["the recommendations"]
    expected = Counter(added)
    revisions_added = Counter(revised)
    for old_action, new_action in zip(before.actions, after.actions, strict=False):
        if (replace(old_action, rag=None, updates=(), revisions=(), proposals=())
                != replace(new_action, rag=None, updates=(), revisions=(), proposals=())):
            changed.append(f"action {old_action.reference}")
            continue
        old_moves = Counter((*old_action.revisions, *old_action.proposals))
        new_revisions = Counter((*new_action.revisions, *new_action.proposals)) - old_moves
        if (old_moves - Counter((*new_action.revisions, *new_action.proposals))
                or sum(new_revisions.values()) != revisions_added[old_action.reference]):
            changed.append(f"action {old_action.reference}'s revisions")
        gone = Counter(old_action.updates) - Counter(new_action.updates)
        extra = Counter(new_action.updates) - Counter(old_action.updates)
        mine = Counter({u: n for u, n in expected.items() if u.reference == old_action.reference})
        if gone or extra != mine:
            changed.append(f"action {old_action.reference}'s progress log")
    if len(before.actions) != len(after.actions):
        changed.append("the number of actions")
    return changed


def summary(changed: list[str]) -> str:
    """The differences as one phrase, the first few named."""
    named = ", ".join(changed[:MAX_LISTED])
    more = len(changed) - MAX_LISTED
    return named + (f" and {more} more" if more > 0 else "")
