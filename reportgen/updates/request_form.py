"""The update request a lead fills in: what to do, their open actions, and the plan's identity.

A request is a small workbook of three sheets. "What to do" says in plain words whose actions
these are, which meeting they are for and when to return them. "Updates" has one row per open
action: what the plan says now (read-only) and the cells to fill in. A very hidden sheet holds
the identity that matches the return to the plan it came from: the plan's ID and its workbook's
SHA-256, the meeting, the lead and the reportgen version, and below them what the lead was
shown of each action (its reference, lead, wording, due date, rating and latest update, and
the updates and revisions the plan then held of it), so that collect can tell what the lead
typed over and what the plan changed since. The read-only cells are protected without a
password: protection prevents accidents here, it is not security.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..excel import (
    DATE_FORMAT,
    TEXT_FORMAT,
    Book,
    Highlight,
    Layout,
    Validation,
    cell_name,
    column_name,
    range_of,
)
from ..plain_text import plain_text
from ..plan.blank_workbook import COLOURS, EARLIEST, LATEST
from ..plan.model import Action, Plan, rag_word
from ..plan.schema import RAG_WORDS, Kind
from .leads import LeadActions, references

GUIDE = "What to do"
UPDATES = "Updates"
IDENTITY = "reportgen request"
"""The very hidden sheet: its name is none the reader takes for one of a plan's sheets."""
FORMAT = "1"
"""The request's layout: a return of another layout is read by the rules for that one."""
PROPOSE_WORDS = ("Yes", "No")
DEFAULT_LEAD_DAYS = 10
ROOM_TO_TYPE = 4
"""Lines each action's row is given at least, for the update typed into it."""


@dataclass(frozen=True)
class FormColumn:
    """A column of the Updates sheet: read-only, or to fill in with the note shown in it."""

    name: str
    width: int
    prompt: str = ""
    """For a column to fill in: the note shown when one of its cells is selected."""

    @property
    def fill_in(self) -> bool:
        """Whether the lead fills this column in."""
        return bool(self.prompt)


COLUMNS = (
    FormColumn("Reference", 11),
    FormColumn("Action", 48),
    FormColumn("Due", 16),
    FormColumn("Current RAG", 16),
    FormColumn("Latest update", 48),
    FormColumn("Latest update dated", 14),
    FormColumn("Date of update", 12,
               "The date of your update, such as 15/02/2021. Left empty, the day you last save "
               "this file is used."),
    FormColumn("New RAG", 16,
               "The action's rating now. Left empty, the current rating stays."),
    FormColumn("Commentary", 40,
               "What has happened since the latest update, and what comes next. Alt+Enter "
               "starts a new line."),
    FormColumn("Evidence", 22, "What shows it: a document's name, or an https:// link."),
    FormColumn("Propose as complete", 13,
               "Yes if the action is done. The board decides whether to close it; until then "
               "the paper shows it as Complete (awaiting board)."),
    FormColumn("Proposed new timescale", 16,
               "Only if the action cannot be done by its due date: a date (30/09/2021), a "
               "month (September 2021) or a quarter (Q2 2021/22). Give the reason beside it."),
    FormColumn("Reason for new timescale", 26,
               "Why the timescale has to move: needed with a proposed new timescale."),
)
HEADERS = tuple(column.name for column in COLUMNS)
PRINTED_APART = HEADERS.index("Latest update dated") + 1
"""On paper, the columns up to this one (what the plan says) are one page and the rest (what
the lead fills in) the next, each with the Reference: all thirteen across one A4 page would
print at about 5 pt."""


SHOWN = "Shown to the lead"
"""The identity sheet's row that heads the table of what the lead was shown."""
SHOWN_HEADERS = (SHOWN, "Lead", "Action", "Due", "Current RAG", "Latest update",
                 "Latest update dated", "Updates known", "Revisions known")
"""The first column holds each action's reference."""
READ_ONLY = HEADERS[:HEADERS.index("Latest update dated") + 1]
"""The Updates sheet's columns that show the plan (the lead only reads them)."""


@dataclass(frozen=True)
class ShownAction:
    """One action as the request showed it, and what the plan held of it then."""

    reference: str
    lead: str
    action: str
    due: str
    rag: str
    latest: str
    latest_dated: date | None
    updates: tuple[tuple[str, str, str], ...] = ()
    """The progress log's updates of the action: (date as yyyy-mm-dd, updated by, RAG)."""
    revisions: tuple[tuple[str, str], ...] = ()
    """The Revisions sheet's rows of the action: (date as yyyy-mm-dd, new timescale)."""

    @property
    def cells(self) -> dict[str, object]:
        """What the Updates sheet's read-only columns were written with, by column."""
        return dict(zip(READ_ONLY, (self.reference, self.action, self.due, self.rag,
                                    self.latest, self.latest_dated), strict=True))

    def row(self) -> tuple[str, ...]:
        """The action as a row of the identity sheet, text only."""
        return (self.reference, self.lead, self.action, self.due, self.rag, self.latest,
                self.latest_dated.isoformat() if self.latest_dated else "",
                json.dumps([list(u) for u in self.updates]),
                json.dumps([list(r) for r in self.revisions]))


def shown_action(action: Action, *, updates: tuple[tuple[str, str, str], ...] = (),
                 revisions: tuple[tuple[str, str], ...] = ()) -> ShownAction:
    """``action`` as its request's row shows it."""
    reference, text, due, rag, latest, dated = _row(action)
    return ShownAction(reference, action.lead, text, due, rag, latest, dated, updates,
                       revisions)


@dataclass(frozen=True)
class RequestIdentity:
    """What matches a return to the plan it was written from."""

    plan_sha256: str
    plan_file: str
    meeting: date
    return_by: date
    lead: str
    references: tuple[str, ...]
    version: str
    written: datetime
    """The request's own timestamp (its document properties' created and modified)."""
    plan_id: str = ""
    """The plan's ID; empty in a request written before plans had one."""
    shown: tuple[ShownAction, ...] = ()
    """What the lead was shown of each action; empty in a request written before requests
    recorded it."""

    def rows(self) -> tuple[tuple[str, ...], ...]:
        """The identity as Field | Value rows, then what the lead was shown, text only, so no
        spreadsheet turns it into anything else."""
        return (
            ("Field", "Value"),
            ("Request format", FORMAT),
            ("Plan SHA-256", self.plan_sha256),
            ("Plan file", self.plan_file),
            ("Meeting date", self.meeting.isoformat()),
            ("Return by", self.return_by.isoformat()),
            ("Lead", self.lead),
            ("Actions", ", ".join(self.references)),
            ("reportgen version", self.version),
            ("Written", self.written.isoformat(timespec="seconds")),
            ("Plan ID", self.plan_id),
            (),
            SHOWN_HEADERS,
            *(shown.row() for shown in self.shown),
        )


def return_by(meeting: date, working_days: int) -> date:
    """``working_days`` working days (Monday to Friday) before ``meeting``; bank holidays are
    not known, so they count as working days."""
    day = meeting
    for _ in range(working_days):
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    return day


def long_date(day: date) -> str:
    """'Tuesday 23 February 2021'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def request_book(plan: Plan, lead: LeadActions, identity: RequestIdentity, *,
                 meeting_name: str) -> Book:
    """The request workbook for ``lead``'s open actions."""
    return Book(
        (_guide(plan, lead, identity, meeting_name), _updates(lead.actions),
         Layout(IDENTITY, identity.rows(), widths=(20, 70, 30, 30, 16, 30, 14, 30, 30),
                protected=True, very_hidden=True, freeze=None)),
        title=f"Update request: {lead.lead}",
        subject=plan.paper.title,
        description=f"Updates on {lead.lead}'s actions for the {meeting_name} on "
                    f"{long_date(identity.meeting)}; return by {long_date(identity.return_by)}.",
        created=identity.written,
    )


def _guide(plan: Plan, lead: LeadActions, identity: RequestIdentity, meeting_name: str) -> Layout:
    count = len(lead.actions)
    actions = f"{count} open action{'s' if count != 1 else ''}"
    to = f"to {plan.paper.author}" if plan.paper.author else "to whoever sent it to you"
    first = COLUMNS.index(next(c for c in COLUMNS if c.fill_in))
    shaded = f"{column_name(first + 1)} to {column_name(len(COLUMNS))}"
    rows: tuple[tuple[str, ...], ...] = (
        (f"Your update for the {meeting_name}",),
        (),
        (f"For: {lead.lead}",),
        (f"Plan: {plan.paper.title} ({plan.paper.organisation})",),
        (f"Your actions: {actions}, {references(lead.actions)}",),
        (f"Meeting: {meeting_name}, {long_date(identity.meeting)}",),
        (f"Please return by: {long_date(identity.return_by)}, {to}",),
        (),
        ("What to do",),
        (f"1. Open the {UPDATES} sheet (its tab is below). Each row is one of your actions, "
         "with its due date, its current RAG rating and its latest update.",),
        (f"2. For each action you have news of, fill in the shaded cells (columns {shaded}): "
         "the date of your update, the new RAG rating, what has happened and what comes next "
         "(Commentary), and the evidence. Leave New RAG empty to keep the current rating.",),
        ("3. If an action is done, choose Yes under Propose as complete. The board decides "
         "whether to close it; until it does, the paper shows it as Complete (awaiting "
         "board).",),
        ("4. If an action cannot be done by its due date, give the timescale you propose and "
         "the reason for it. The plan keeps the original timescale, and the paper shows "
         "both.",),
        (f"5. Save the file as an Excel workbook (.xlsx), under any name, and send it back {to} "
         f"by {long_date(identity.return_by)}.",),
        (),
        ("RAG ratings: " + ", ".join(f"{word} ({colour})" for word, colour in zip(
            RAG_WORDS, ("red", "amber", "green", "blue"), strict=True)) + ".",),
        ("Leave a row empty if you have nothing new on that action. The other cells are "
         "protected against accidental changes (no password); you can still widen columns and "
         "rows. Please keep the sheets and their headings as they are: your reply is matched "
         "to the plan by them.",),
    )
    return Layout(GUIDE, rows, widths=(95,), bold_rows=(1, 9), freeze=None, protected=True,
                  fit_rows=1)


def _updates(actions: tuple[Action, ...]) -> Layout:
    rows = tuple(_row(action) for action in actions)
    last = len(rows) + 1

    def cells(name: str) -> str:
        return range_of("", HEADERS.index(name) + 1, 2, last)

    fill_in = tuple(c for c in COLUMNS if c.fill_in)
    validations = tuple(_validation(column, cells(column.name)) for column in fill_in)
    highlights = tuple(Highlight(cells(name), word, fill, text)
                       for name in ("Current RAG", "New RAG")
                       for word, (fill, text) in COLOURS[Kind.RAG].items())
    formats = {"Latest update dated": DATE_FORMAT, "Date of update": DATE_FORMAT,
               "Proposed new timescale": TEXT_FORMAT}
    first = HEADERS.index(fill_in[0].name) + 1
    return Layout(
        UPDATES, (HEADERS, *rows), widths=tuple(c.width for c in COLUMNS),
        column_formats=tuple(formats.get(name, "") for name in HEADERS),
        validations=validations, highlights=highlights, freeze="B2", protected=True,
        fit_rows=ROOM_TO_TYPE, page_breaks=(PRINTED_APART,),
        fill_in=(f"{cell_name(first, 2)}:{cell_name(len(COLUMNS), last)}",) if rows else (),
    )


def _row(action: Action) -> tuple[object, ...]:
    latest = next((u for u in reversed(action.updates) if u.commentary), None)
    # The lead reads the plan's words, not the officers' marks: **bold** shows as its words.
    return (action.reference, plain_text(action.text), action.current_timescale.label,
            rag_word(action.rag),
            plain_text(latest.commentary) if latest else "", latest.date if latest else None)


def _validation(column: FormColumn, cells: str) -> Validation:
    if column.name == "Date of update":
        return Validation(cells, column.prompt, column.name, "date", between=(EARLIEST, LATEST),
                          error="Enter a date such as 15/02/2021 (day/month/year).")
    if column.name == "New RAG":
        return Validation(cells, column.prompt, column.name, "list", choices=RAG_WORDS,
                          error=f"Choose one of {', '.join(RAG_WORDS)}.")
    if column.name == "Propose as complete":
        return Validation(cells, column.prompt, column.name, "list", choices=PROPOSE_WORDS,
                          error="Choose Yes or No.")
    return Validation(cells, column.prompt, column.name)
