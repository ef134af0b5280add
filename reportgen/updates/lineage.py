"""The record a collected plan keeps of the returns collected into it, on a very hidden sheet.

Each row is one return: the plan its request was written from, the plan it was collected into,
the meeting, the lead and the file. The plans named there are the collected copy's lineage: a
return written from any of them still belongs to this plan, so collecting the same returns into
the collected copy again is recognised (and adds nothing). The record also says which leads
have returned for a meeting, so a later collect of the late returns does not name them as
missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..excel import Layout, SheetData

LINEAGE = "reportgen collected"
"""The sheet's name: none the reader takes for one of a plan's sheets."""
HEADERS = ("Plan SHA-256", "Collected into SHA-256", "Meeting date", "Lead", "Return file",
           "Return SHA-256", "Updates added", "Timescales added", "reportgen version")


@dataclass(frozen=True)
class Collected:
    """One return collected into the plan, or into a plan it was copied from."""

    plan_sha256: str
    """The plan the request was written from."""
    into_sha256: str
    """The plan the return was collected into."""
    meeting: date | None
    lead: str
    return_file: str
    return_sha256: str
    updates: int
    timescales: int
    version: str

    def row(self) -> tuple[object, ...]:
        """The record as a row of the sheet, dates as text so no spreadsheet changes them."""
        return (self.plan_sha256, self.into_sha256,
                self.meeting.isoformat() if self.meeting else "", self.lead, self.return_file,
                self.return_sha256, self.updates, self.timescales, self.version)


def lineage_data(sheets: Mapping[str, SheetData]) -> SheetData | None:
    """The plan's record sheet, if it has one."""
    return next((data for name, data in sheets.items() if name.casefold() == LINEAGE.casefold()),
                None)


def read_lineage(data: SheetData | None) -> tuple[Collected, ...]:
    """Every return the plan records as collected, oldest first."""
    if data is None or not data.rows:
        return ()
    header = [str(v).strip() if v is not None else "" for v in data.rows[0]]
    found = []
    for row in data.rows[1:]:
        values = {name: row[i] for i, name in enumerate(header) if i < len(row)}
        if not values.get("Plan SHA-256"):
            continue
        try:
            meeting = date.fromisoformat(str(values.get("Meeting date") or "")[:10])
        except ValueError:
            meeting = None
        found.append(Collected(
            str(values["Plan SHA-256"]).strip().lower(),
            str(values.get("Collected into SHA-256") or "").strip().lower(), meeting,
            str(values.get("Lead") or ""), str(values.get("Return file") or ""),
            str(values.get("Return SHA-256") or "").strip().lower(),
            _count(values.get("Updates added")), _count(values.get("Timescales added")),
            str(values.get("reportgen version") or "")))
    return tuple(found)


def lineage_sheet(records: tuple[Collected, ...]) -> Layout:
    """A new record sheet holding ``records``."""
    return Layout(LINEAGE, (HEADERS, *(record.row() for record in records)),
                  widths=(66, 66, 12, 30, 30, 66, 10, 10, 10), very_hidden=True)


def _count(value: object) -> int:
    return value if isinstance(value, int) else int(value) if isinstance(value, float) else 0
