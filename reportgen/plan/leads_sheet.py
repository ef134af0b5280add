"""The Leads sheet: who leads actions and their email, matched to the Actions sheet's leads."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from ..excel import SheetData
from ..updates.leads import lead_key
from . import cells, schema
from .model import LeadContact
from .records import Collector, Record
from .tables import read_table

NEAR_MISS_CUTOFF = 0.8
"""How close an Actions sheet lead must be to a Leads row's name to be named as a slip."""


def read_leads(data: SheetData | None, found: Collector) -> tuple[tuple[LeadContact, ...],
                                                                   dict[str, str]]:
    """The Leads sheet's rows, and each lead's Lead cell (by lead_key) for messages."""
    contacts: list[LeadContact] = []
    where: dict[str, str] = {}
    for row in read_table(schema.LEADS, data, found):
        name = found.value(row, "Lead", cells.parse_text)
        email = found.value(row, "Email", cells.parse_email, required=False) or ""
        role = found.value(row, "Role", cells.parse_text, required=False) or ""
        organisation = found.value(row, "Organisation", cells.parse_text, required=False) or ""
        if name is None:
            continue
        key = lead_key(name)
        if key in where:
            found.warn(row.sheet, row.cell("Lead"),
                       f"{cells.shown(name)} is listed twice (also at {row.sheet}!{where[key]}); "
                       "the first row is used. Delete one of them")
            continue
        where[key] = row.cell("Lead")
        contacts.append(LeadContact(name, email, role, organisation))
    return tuple(contacts), where


def check_action_leads(contacts: tuple[LeadContact, ...], lead_cells: Mapping[str, str],
                       action_rows: Mapping[str, Record], leads_sheet: str,
                       found: Collector) -> None:
    """An Actions sheet lead with no Leads row whose name is close to one: a warning naming
    both, once per lead, at the first action that names them."""
    if not contacts:
        return
    by_key = {lead_key(contact.name): contact for contact in contacts}
    said: set[str] = set()
    for row in action_rows.values():
        typed = row.values.get("Lead")
        if not isinstance(typed, str) or not typed.strip():
            continue
        key = lead_key(typed)
        if key in by_key or key in said:
            continue
        said.add(key)
        close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=NEAR_MISS_CUTOFF)
        if not close:
            continue
        contact = by_key[close[0]]
        found.warn(row.sheet, row.cell("Lead"),
                   f"the lead {cells.shown(typed)} has no row on the Leads sheet, but "
                   f"{cells.shown(contact.name)} ({leads_sheet}!{lead_cells[close[0]]}) is "
                   "close to it; if they are one person, type the name the same way in both "
                   "places, so that their requests are addressed to them")
