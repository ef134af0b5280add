"""Who leads which open actions, and a file name for each lead that any file system accepts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..plan.model import Action, Plan, person_key

# Names Windows keeps for devices, whatever the extension: 'con.xlsx' cannot be a file there.
RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                            *(f"lpt{n}" for n in range(10))})
MAX_NAME = 60
"""Characters of a lead's name kept in a file name: room for a folder within Windows' 260."""


def lead_key(name: str) -> str:
    """A lead's name as compared: case, spacing and a trailing full stop ignored (as the paper
    compares a lead with an update's author)."""
    return person_key(name)


def lead_name(name: str) -> str:
    """A lead's name as printed on a request: spacing tidied, without a trailing full stop."""
    return re.sub(r"\s+", " ", name).strip().rstrip(". ")


def is_open(action: Action, closed: frozenset[str]) -> bool:
    """Whether a lead still has something to report: the action is neither done (Complete, or
    Complete awaiting the board) nor among the references ``closed`` by the board."""
    return not action.done and action.reference not in closed


@dataclass(frozen=True)
class LeadActions:
    """One lead's open actions, in plan order, and the name of the file for their request."""

    lead: str
    actions: tuple[Action, ...]
    file_name: str

    @property
    def references(self) -> tuple[str, ...]:
        """The actions' references, e.g. ('1B', '2C')."""
        return tuple(action.reference for action in self.actions)


@dataclass(frozen=True)
class Leads:
    """The plan's leads: those with open actions, those without, and open actions with none."""

    with_open: tuple[LeadActions, ...]
    without_open: tuple[str, ...]
    unled: tuple[Action, ...]
    """Open actions with no lead: nobody to ask."""

    def find(self, name: str) -> LeadActions | None:
        """The lead called ``name`` (compared as lead_key does), if they have open actions."""
        return next((lead for lead in self.with_open if lead_key(lead.lead) == lead_key(name)),
                    None)


def leads_of(plan: Plan, *, closed: frozenset[str] = frozenset()) -> Leads:
    """Each lead's open actions, leads in the order the plan first names them; ``closed`` are
    the references the board has closed."""
    names: dict[str, str] = {}
    open_actions: dict[str, list[Action]] = {}
    unled: list[Action] = []
    for action in plan.actions:
        if not action.lead.strip():
            if is_open(action, closed):
                unled.append(action)
            continue
        key = lead_key(action.lead)
        names.setdefault(key, lead_name(action.lead))
        open_actions.setdefault(key, [])
        if is_open(action, closed):
            open_actions[key].append(action)
    taken: set[str] = set()
    with_open = []
    for key, actions in open_actions.items():
        if actions:
            with_open.append(LeadActions(names[key], tuple(actions),
                                         file_name(names[key], taken=taken)))
    without = tuple(names[key] for key, actions in open_actions.items() if not actions)
    return Leads(tuple(with_open), without, tuple(unled))


def file_name(lead: str, *, taken: set[str]) -> str:
    """``lead``'s name as an .xlsx file name: ASCII letters, digits and hyphens, never a name
    Windows reserves, and none already ``taken`` (compared in lower case; added to it)."""
    ascii_name = unicodedata.normalize("NFKD", lead).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(slug) > MAX_NAME:
        slug = slug[:MAX_NAME].rsplit("-", 1)[0] or slug[:MAX_NAME]
    if not slug or slug in RESERVED_NAMES:
        slug = f"lead-{slug}" if slug else "lead"
    name, number = slug, 1
    while name in taken:
        number += 1
        name = f"{slug}-{number}"
    taken.add(name)
    return f"{name}.xlsx"


def references(actions: Iterable[Action | str]) -> str:
    """References (of actions, or as text) in words: '1B, 2C and 4A'."""
    listed = [a if isinstance(a, str) else a.reference for a in actions]
    return listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
