"""The Paper, Versions and Meetings sheets: the paper's details, and checks on its meeting date."""

from __future__ import annotations

import re
from datetime import date

from ..excel import SheetData
from . import cells, schema
from .action_sheets import PLACEHOLDER_YEAR
from .model import Implications, Meeting, PaperDetails, Plan, Rag, Version
from .records import Collector, Record
from .tables import read_details, read_table, sheet_name


def read_paper(data: SheetData | None, versions_data: SheetData | None,
               meetings_data: SheetData | None, found: Collector) -> PaperDetails | None:
    record = read_details(schema.PAPER, data, found)
    versions = []
    for row in read_table(schema.VERSIONS, versions_data, found):
        label = found.value(row, "Version", cells.parse_text)
        when = found.value(row, "Date", cells.parse_date, required=False)
        changes = found.value(row, "Changes made", cells.parse_text, required=False) or ""
        if label is not None:
            versions.append(Version(label, when, changes))
    if record is None:
        return None
    organisation = found.value(record, "Organisation", cells.parse_text)
    title = found.value(record, "Plan title", cells.parse_text)
    board = found.value(record, "Board", cells.parse_text)
    meeting = found.value(record, "Meeting date", cells.parse_date)
    author = found.value(record, "Author", cells.parse_text, required=False) or ""
    optional = {
        name: found.value(record, name, cells.parse_text, required=False) or ""
        for name in ("Presenter", "Agenda item", "Protective marking",
                     "Recommendations to the board")
    }
    purpose = found.value(record, "Purpose", lambda v: cells.parse_choice(v, schema.PURPOSES),
                          required=False) or ""
    report_date = found.value(record, "Report date", cells.parse_date, required=False)
    if report_date is not None and meeting is not None and report_date > meeting:
        found.warn(record.sheet, record.cell("Report date"),
                   f"the report date ({report_date:%d/%m/%Y}) is after the meeting date "
                   f"({meeting:%d/%m/%Y}); check the year, or the day and month")
    email = found.value(record, "Contact email", cells.parse_email, required=False) or ""
    phone = found.value(record, "Contact phone", cells.parse_text, required=False) or ""
    exempt, exemption_reason = _exemption(record, found)
    implications = Implications(*(
        found.value(record, f"{area} implications", cells.parse_text, required=False) or ""
        for area, _ in schema.IMPLICATIONS))
    meetings = []
    for row in read_table(schema.MEETINGS, meetings_data, found):
        when = found.value(row, "Date", cells.parse_date)
        name = found.value(row, "Meeting", cells.parse_text, required=False) or ""
        if when is not None:
            meetings.append(Meeting(when, name))
    if meeting is not None and _swapped_meeting(meeting, meetings):
        swapped = _swapped(meeting)
        found.error(record.sheet, record.cell("Meeting date"),
                    f"the meeting date reads as {meeting.day} {meeting:%B %Y} (day first), which "
                    f"is not on the Meetings sheet, but {swapped.day} {swapped:%B %Y} is: were "
                    "the day and month typed the other way round? Type the date as "
                    f"{swapped:%d/%m/%Y} if that is the meeting, or add the meeting to the "
                    "Meetings sheet")
        meeting = None
    if organisation is None or title is None or board is None or meeting is None:
        return None
    return PaperDetails(
        organisation, title, board, meeting, author, tuple(versions),
        presenter=optional["Presenter"],
        agenda_item=optional["Agenda item"],
        purpose=purpose,
        protective_marking=optional["Protective marking"] or "OFFICIAL",
        board_recommendations=optional["Recommendations to the board"],
        meetings=tuple(sorted(meetings, key=lambda m: m.date)),
        report_date=report_date,
        contact_email=email,
        contact_phone=phone,
        exempt=exempt,
        exemption_reason=exemption_reason,
        implications=implications,
    )


# Where the law says why a council paper may be kept from the public.
SCHEDULE_12A = "Schedule 12A to the Local Government Act 1972"


def _exemption(record: Record, found: Collector) -> tuple[bool | None, str]:
    """Whether the paper is exempt from publication, and why; exempt with no reason is an
    error, a reason for a paper not exempt a warning."""
    exempt = found.value(record, "Exempt", cells.parse_yes_no, required=False)
    reason = found.value(record, "Exemption reason", cells.parse_text, required=False) or ""
    if exempt and not reason:
        where = "Exemption reason" if "Exemption reason" in record.refs else "Exempt"
        found.error(record.sheet, record.cell(where),
                    "the paper is marked exempt from publication but gives no reason; type "
                    f"the paragraph of {SCHEDULE_12A} it falls under in the 'Exemption "
                    "reason' field (e.g. 'Paragraph 3: information relating to the financial "
                    "or business affairs of any particular person'), or set Exempt to No")
    elif exempt and not re.search(r"\d", reason):
        found.warn(record.sheet, record.cell("Exemption reason"),
                   f"the exemption reason names no paragraph of {SCHEDULE_12A}; say which "
                   "paragraph the information falls under")
    elif reason and not exempt:
        found.warn(record.sheet, record.cell("Exemption reason"),
                   "an exemption reason is given but Exempt is not Yes, so the paper is not "
                   "marked exempt and the reason is not printed; set Exempt to Yes if it is")
        reason = ""
    return exempt, reason


def _swapped(day: date) -> date | None:
    """The date with its day and month exchanged, if that is a date."""
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


def _swapped_meeting(meeting: date, meetings: list[Meeting]) -> bool:
    """Whether the meeting date is not listed but its day/month swap is: typed US-style?"""
    listed = {m.date for m in meetings}
    swapped = _swapped(meeting)
    return meeting not in listed and swapped is not None and swapped != meeting \
        and swapped in listed


# A meeting this many years from the inspection is probably mistyped.
MEETING_YEARS = 6


def check_meeting_date(plan: Plan, paper_sheet: str, found: Collector) -> None:
    """Warn of a meeting date too far from the inspection to be right."""
    as_at, inspection = plan.as_at, plan.inspection
    gap = abs(as_at.year - inspection.end.year)
    if gap > MEETING_YEARS or as_at.year >= PLACEHOLDER_YEAR:
        found.warn(paper_sheet, None,
                   f"the meeting date ({as_at:%d/%m/%Y}) is {gap:,} years from the inspection "
                   f"({inspection.end:%d/%m/%Y}); check the Meeting date")


def check_next_meeting(plan: Plan, data: SheetData | None, found: Collector) -> None:
    """Warn when the Meetings sheet lists meetings but none after this one: the paper cannot
    count what falls due before the next meeting, and says what it counts to instead."""
    paper = plan.paper
    if paper.meetings and paper.next_meeting is None:
        found.warn(sheet_name(schema.MEETINGS, data), None,
                   f"no meeting after this one ({plan.as_at:%d/%m/%Y}) is listed, so the cover "
                   "counts what falls due in the following quarter (and says so) rather than "
                   "before the next meeting; add the next meeting's date to this sheet")


def check_closure_asks(plan: Plan, data: SheetData | None, found: Collector) -> None:
    """Warn of actions awaiting the board that the officer's own recommendations to the board
    name: the cover does not ask again for them to be closed, so the board is asked once."""
    named = plan.paper.actions_asked_about
    awaiting = [a.reference for a in plan.actions
                if a.rag is Rag.AWAITING_BOARD and a.reference in named]
    if not awaiting:
        return
    # Read again quietly, for the cell: every problem in it was reported the first time.
    record = read_details(schema.PAPER, data, Collector())
    cell = record.cell("Recommendations to the board") if record is not None else None
    many = len(awaiting) > 1
    listed = (", ".join(awaiting[:-1]) + " and " + awaiting[-1]) if many else awaiting[0]
    found.warn(record.sheet if record is not None else schema.PAPER.name, cell,
               f"the recommendations to the board name action{'s' if many else ''} {listed}, "
               f"which {'are' if many else 'is'} complete and awaiting the board's agreement, "
               f"so the cover does not also ask the board to agree that "
               f"{'they are' if many else 'it is'} closed; make sure these recommendations ask "
               f"it, or take {'their references' if many else 'the reference'} out of them "
               "to have the cover ask")
