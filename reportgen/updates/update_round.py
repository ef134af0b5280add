"""Who returned their updates for the plan's meeting, from the plan's record of collected
returns: the paper says how the round went only when that record speaks of this meeting."""

from __future__ import annotations

from collections.abc import Iterable

from ..plan.model import Plan, UpdateRound
from .leads import lead_key, lead_name, leads_of
from .lineage import Collected


def update_round(plan: Plan, collected: Iterable[Collected]) -> UpdateRound | None:
    """The round for ``plan``'s meeting: the leads whose returns were collected for it, and
    the leads with open actions whose were not; None when none was collected for it."""
    returned = {lead_key(record.lead): record.lead for record in collected
                if record.meeting == plan.as_at and record.lead.strip()}
    if not returned:
        return None
    leads = leads_of(plan)
    # A lead who returned is one who was asked, whether or not their actions are still open
    # (a return that proposes the last of them complete leaves them none).
    named = {lead_key(action.lead): action.lead for action in plan.actions if action.lead.strip()}
    in_order = [key for key in dict.fromkeys(lead_key(a.lead) for a in plan.actions
                                             if a.lead.strip())]
    asked = [key for key in in_order
             if key in returned or any(lead_key(lead.lead) == key for lead in leads.with_open)]
    # A return from a lead the plan no longer names still counts as returned.
    asked += [key for key in returned if key not in in_order]
    missing = [key for key in asked if key not in returned]
    unreturned = tuple(action.reference for action in plan.actions
                       if lead_key(action.lead) in missing and not action.done)
    return UpdateRound(
        returned=tuple(_name(key, named, returned) for key in asked if key in returned),
        not_returned=tuple(_name(key, named, returned) for key in missing),
        unreturned=unreturned)


def _name(key: str, named: dict[str, str], returned: dict[str, str]) -> str:
    return lead_name(named.get(key) or returned[key])
