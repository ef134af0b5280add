"""The workbook's sheets and columns, defined once for the reader, the docs and the blank workbook.

Long because it is a table of definitions (each column's kind, help, example and other names),
not logic: one place to look for what a sheet holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from . import frameworks


class Kind(Enum):
    """What a cell holds, which decides how the reader parses it."""

    TEXT = "text"
    MARKDOWN = "formatted text"
    DATE = "date"
    NUMBER = "whole number"
    LETTER = "letter"
    RAG = "RAG rating"
    RATING = "inspection rating"
    CHOICE = "one of a list"
    TIMESCALE = "date, month or quarter"
    ACTION_REF = "action reference"
    STANDARD = "standard number"


RAG_WORDS = ("No improvement", "Some progress", "Good progress", "Complete")
RATING_WORDS = ("Outstanding", "Good", "Requires improvement", "Inadequate", "Not rated")
ADDRESSEES = ("The service", "The board")
FRAMEWORK_KEYS = ("hmip-2018", "hmip-2021", "hmip-2025", "other")
SOURCES = ("HMIP inspection", "National Standards audit", "Other")
PURPOSES = ("For decision", "For assurance", "For information")
EXEMPT_ANSWERS = ("No", "Yes")
# What a revision's Agreed by board cell says besides the date the board agreed it.
REVISION_DECISIONS = ("Proposed", "Not agreed")
# The implications a council report states, in the order its template gives them, each with the
# Paper sheet's example.
IMPLICATIONS = (
    ("Financial", "The plan is delivered within the service's budget ..."),
    ("Legal", "The plan answers the inspection's recommendations ..."),
    ("Equalities", "Recommendation 4 addresses the distinct needs of girls ..."),
    ("Risk", "Until recommendation 3 is met, planning may not keep every child safe ..."),
)
NARRATIVE_SECTIONS = (
    "Introduction",
    "Foreword",
    "Ratings commentary",
    "Executive summary",
    "Domain summary",
    "Key findings",
    "But",
    "Recommendations",
)


REQUIRED_MARK = " *"
"""After a required column's header, and a required field's name, in the officers' workbook."""

# Column widths in characters, by kind, when a column gives none of its own.
WIDTHS = {
    Kind.TEXT: 24, Kind.MARKDOWN: 60, Kind.DATE: 14, Kind.NUMBER: 12, Kind.LETTER: 9,
    Kind.RAG: 18, Kind.RATING: 22, Kind.CHOICE: 28, Kind.TIMESCALE: 18, Kind.ACTION_REF: 12,
    Kind.STANDARD: 12,
}


@dataclass(frozen=True)
class Lookup:
    """Values taken from another sheet's rows: one column, or several joined (1 and A make 1A)."""

    sheet: str
    columns: tuple[str, ...]
    description: str


# Where an action reference (Kind.ACTION_REF) comes from, whichever sheet holds one.
ACTION_REFERENCE = Lookup(
    "Actions", ("Recommendation", "Letter"),
    "an action on the Actions sheet: its recommendation and letter, e.g. 1A",
)


@dataclass(frozen=True)
class Column:
    """One column of a table sheet, or one field of a details sheet."""

    name: str
    kind: Kind
    help: str
    example: str
    required: bool = True
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    other_text: bool = False
    """The choices are suggestions: other text is accepted too."""
    others: str = ""
    """With ``other_text``, exactly which other text is accepted, in words ('' for any)."""
    lookup: Lookup | None = None
    """Values must be ones already on another sheet (an action's recommendation number)."""
    width: int = 0
    """Width in the workbook, in characters; 0 takes the kind's width."""
    words: tuple[str, ...] = ()
    """Words that, in a header reportgen does not read, point to this column ('owner',
    'responsible' for Lead): such a header is close to it, as a misspelt one is."""

    @property
    def keys(self) -> tuple[str, ...]:
        """Normalised header texts that identify this column."""
        return tuple(normalise_header(name) for name in (self.name, *self.aliases))

    @property
    def label(self) -> str:
        """The name, with the other headers accepted for it."""
        return self.name + (f" (also: {', '.join(self.aliases)})" if self.aliases else "")

    @property
    def source(self) -> Lookup | None:
        """The sheet and columns this column's values come from, if any."""
        if self.lookup is None and self.kind is Kind.ACTION_REF:
            return ACTION_REFERENCE
        return self.lookup

    @property
    def allowed(self) -> str:
        """The allowed values, in words, for the docs and the Guidance sheet."""
        if self.source is not None:
            return self.source.description
        text = ", ".join(self.choices)
        if self.choices and self.others:
            return f"{text}, or {self.others}"
        return f"{text} (or type your own)" if self.choices and self.other_text else text

    @property
    def header(self) -> str:
        """The header the officers' workbook writes: the name, marked ' *' if it is required
        (the mark is ignored when the header is read)."""
        return self.name + (REQUIRED_MARK if self.required else "")

    @property
    def typed_example(self) -> str:
        """The example as an officer types it: a date day first (15/09/2020), as every date
        cell's note asks."""
        if self.kind is Kind.DATE:
            return f"{date.fromisoformat(self.example):%d/%m/%Y}"
        return self.example

    @property
    def display_width(self) -> int:
        """Width in characters: the column's own, or its kind's, and never narrower than its
        header with room for the filter button."""
        return max(self.width or WIDTHS[self.kind], len(self.header) + 4)


@dataclass(frozen=True)
class Sheet:
    """A worksheet: either a table (one row per record) or details (Field | Value rows)."""

    name: str
    purpose: str
    columns: tuple[Column, ...]
    details: bool = False
    required: bool = True
    aliases: tuple[str, ...] = ()
    """Other names officers give the sheet ("Action Plan" for Actions)."""

    @property
    def keys(self) -> tuple[str, ...]:
        """Normalised sheet names that identify this sheet."""
        return tuple(normalise_header(name) for name in (self.name, *self.aliases))

    def column(self, name: str) -> Column:
        """The column called ``name``."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


# Characters that print as nothing (or as a space) but make two headers differ: removed from
# headers and values before they are compared, and named in messages by what they are.
INVISIBLE = {
    "\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner", "\u2060": "word joiner", "\ufeff": "byte order mark",
    "\u00ad": "soft hyphen", "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
}
_INVISIBLE = re.compile("[" + "".join(INVISIBLE) + "]")


def invisible_in(text: str) -> tuple[str, ...]:
    """The names of the invisible characters ``text`` holds, in order of first appearance."""
    return tuple(dict.fromkeys(INVISIBLE[c] for c in _INVISIBLE.findall(text)))


def without_invisible(text: str) -> str:
    """``text`` with its invisible characters removed."""
    return _INVISIBLE.sub("", text)


def normalise_header(text: str) -> str:
    """Header text as compared: case, spacing, invisible characters and trailing marks such as
    '*' or ':' ignored; 'Evidence / link' and 'Evidence/link' are the same."""
    text = re.sub(r"\s+", " ", without_invisible(str(text))).strip().casefold()
    text = re.sub(r"\s*/\s*", "/", text)
    return text.rstrip("*:?").strip()


# Details sheets hold two columns, Field and Value.
DETAIL_HEADERS = ("Field", "Value")

PAPER = Sheet(
    "Paper",
    "The paper and the plan: who it is for and the meeting it goes to.",
    (
        Column("Organisation", Kind.TEXT, "The service the plan belongs to.",
               "Medway Youth Offending Team"),
        Column("Plan title", Kind.TEXT, "The title printed on the paper.",
               "Youth Offending Team and Youth Justice Partnership Board Improvement Plan"),
        Column("Board", Kind.TEXT, "The board that receives the paper.",
               "Youth Justice Partnership Board"),
        Column("Meeting date", Kind.DATE,
               "The board meeting the paper goes to. Everything in the paper is worked out "
               "as at this date.", "2020-09-15"),
        Column("Report date", Kind.DATE, "The date the paper was written or signed off.",
               "2020-09-01", required=False),
        Column("Author", Kind.TEXT, "Who wrote the paper.",
               "Head of Partnership Commissioning, Resources and Youth Justice", required=False),
        Column("Contact email", Kind.TEXT,
               "The email address to send questions about the paper to: the author's, or a "
               "team's.", "youth.justice@council.gov.uk", required=False),
        Column("Contact phone", Kind.TEXT, "The telephone number to call about the paper.",
               "01234 567890", required=False),
        Column("Presenter", Kind.TEXT, "Who presents the paper at the meeting, if not the author.",
               "Head of Youth Justice", required=False),
        Column("Agenda item", Kind.TEXT, "The item's number on the meeting's agenda.", "5",
               required=False),
        Column("Purpose", Kind.CHOICE, "What the board is asked to do with the paper.",
               "For assurance", required=False, choices=PURPOSES),
        Column("Protective marking", Kind.TEXT,
               "The Government Security Classification printed on every page. Blank means "
               "OFFICIAL.", "OFFICIAL", required=False),
        Column("Exempt", Kind.CHOICE,
               "Yes if the paper is exempt from publication (not for the public part of the "
               "meeting), with the reason below; No or blank if it is not.", "No",
               required=False, choices=EXEMPT_ANSWERS),
        Column("Exemption reason", Kind.TEXT,
               "Why the paper is exempt: the paragraph of Schedule 12A to the Local Government "
               "Act 1972 it falls under. Required when Exempt is Yes.",
               "Paragraph 2: information likely to reveal the identity of an individual",
               required=False),
        Column("Recommendations to the board", Kind.MARKDOWN,
               "What the board is asked to note, agree or decide, printed on the cover sheet.",
               "The board is asked to note the progress made ...", required=False),
        *(Column(f"{area} implications", Kind.MARKDOWN,
                 f"The paper's {area.lower()} implications, printed on the cover sheet.",
                 example, required=False)
          for area, example in IMPLICATIONS),
    ),
    details=True,
)

VERSIONS = Sheet(
    "Versions",
    "The version history printed under the title.",
    (
        Column("Version", Kind.TEXT, "Version label.", "V1.", width=12),
        Column("Date", Kind.DATE, "When this version was made.", "2020-06-01", required=False),
        Column("Changes made", Kind.TEXT, "What changed, or who made it.",
               "Head Of Partnership Commissioning, Resources and Youth Justice", required=False,
               width=60),
    ),
    required=False,
)

INSPECTION = Sheet(
    "Inspection",
    "The inspection the plan answers. The Framework field takes a framework's key or "
    f"{frameworks.accepted()}.",
    (
        Column("Inspectorate", Kind.TEXT, "Who inspected.", "HMIP"),
        Column("Inspection start", Kind.DATE, "First day of fieldwork.", "2020-02-24"),
        Column("Inspection end", Kind.DATE, "Last day of fieldwork.", "2020-02-28"),
        Column("Framework", Kind.CHOICE,
               "The inspection framework: hmip-2018 (12 standards), hmip-2021 (12 standards "
               "with resettlement rated beside them), hmip-2025 (areas known by name) or other, "
               "by its key or a name listed. Blank: the one the inspection dates fall in.",
               "hmip-2018", required=False, choices=FRAMEWORK_KEYS, other_text=True,
               others="a name listed above"),
        Column("Stated score", Kind.TEXT,
               "The score the report gives, e.g. 18/36. Optional: the paper computes the score "
               "where the framework has a points rule, and warns if this disagrees.", "18/36",
               required=False),
        Column("Stated overall rating", Kind.RATING,
               "The overall rating the report gives. Where the framework has a points rule it is "
               "computed and checked against this; where it has none (hmip-2025, other) the "
               "paper prints this as typed.",
               "Requires improvement", required=False, choices=RATING_WORDS[:4],
               aliases=("Overall rating",)),
    ),
    details=True,
)

RATINGS = Sheet(
    "Ratings",
    "Each inspection standard with its rating, grouped by domain.",
    (
        Column("Domain", Kind.TEXT,
               "The domain the standard belongs to. Needed with the Standard number; blank "
               "where there is none (hmip-2025).",
               "Organisational delivery", required=False, width=28),
        Column("Standard", Kind.STANDARD,
               "The standard's number, domain first. Needed under hmip-2018 and hmip-2021, or "
               "with a Scoring sheet; blank under hmip-2025, whose areas have none.", "1.1",
               required=False),
        Column("Name", Kind.TEXT, "The standard's name.", "Governance and leadership",
               aliases=("Standard name",), width=32),
        Column("Rating", Kind.RATING,
               "The inspectorate's rating of the standard. 'Not rated' (also N/A, Not "
               "inspected, Not applicable) for one the inspectorate did not rate.",
               "Requires improvement", choices=RATING_WORDS),
    ),
)

SCORING = Sheet(
    "Scoring",
    "Optional. Points per rating and the band of total points that gives each overall rating. "
    "Leave the sheet empty, or out, to use the framework's own rule (see the Framework field).",
    (
        Column("Rating", Kind.RATING, "An overall rating.", "Good", choices=RATING_WORDS[:4]),
        Column("Points", Kind.NUMBER, "Points a standard with this rating scores.", "2"),
        Column("Band from", Kind.NUMBER, "Lowest total that gives this overall rating.", "19"),
        Column("Band to", Kind.NUMBER, "Highest total that gives this overall rating.", "30"),
    ),
    required=False,
)

NARRATIVE = Sheet(
    "Narrative",
    "The paper's prose, one block per row, printed in row order within each section.",
    (
        Column("Section", Kind.CHOICE, "Which part of the paper the text belongs to.",
               "Key findings", choices=NARRATIVE_SECTIONS),
        Column("Domain", Kind.NUMBER,
               "For Domain summary, Key findings and But: the domain's number (hmip-2025: the "
               "area's place on the Ratings sheet).", "1",
               required=False),
        Column("Text", Kind.MARKDOWN,
               "The text. **bold**, and lists with lines starting '- ' (indent two spaces "
               "to nest).", "- Practitioners are motivated ...", width=90),
    ),
)

RECOMMENDATIONS = Sheet(
    "Recommendations",
    "The inspection's recommendations (and any from audits), one per row.",
    (
        Column("Number", Kind.NUMBER, "The recommendation's number.", "1", aliases=("No", "No.")),
        Column("Addressed to", Kind.CHOICE,
               "Who the recommendation is for: 'The service' and 'The board' (and YOT, YJS, "
               "Board, or the Paper sheet's own names) print as the plan's organisation and "
               "board; anyone else (the police, the local authority) as typed.",
               "The service", choices=ADDRESSEES, other_text=True),
        Column("Source", Kind.CHOICE, "Where it came from. Blank means the inspection.",
               "HMIP inspection", required=False, choices=SOURCES, other_text=True),
        Column("Recommendation", Kind.MARKDOWN, "The recommendation's text.",
               "Make sure that case managers advocate for ...", width=80),
    ),
)

ACTIONS = Sheet(
    "Actions",
    "The action plan: lettered actions under each recommendation.",
    (
        Column("Recommendation", Kind.NUMBER, "Number of the recommendation the action serves.",
               "1", aliases=("Rec", "Recommendation number", "HMIP inspection priority"),
               lookup=Lookup("Recommendations", ("Number",),
                             "a Number from the Recommendations sheet")),
        Column("Letter", Kind.LETTER, "The action's letter within its recommendation.", "A"),
        Column("Action", Kind.MARKDOWN, "What will be done.",
               "Develop a process with children's services ..."),
        Column("Lead", Kind.TEXT, "Who leads it.", "Head Of Service", required=False, width=28),
        Column("Timescale", Kind.TIMESCALE,
               "When it is due: a date, a month such as 'September 2020' or a quarter such as "
               "'Q3 2020' or 'Q2 2020/21' (read as its last day), or 'Ongoing' / 'TBC' for no "
               "due date.", "September 2020"),
        Column("Success measures", Kind.MARKDOWN, "How the board will know it worked.",
               "Young people have a plan for leaving custody ...", required=False, width=50),
        Column("RAG", Kind.RAG,
               "Progress: No improvement (red), Some progress (amber), Good progress (green) "
               "or Complete (blue). R, A, G, B, the colour names and Completed are accepted. "
               "Blank or 'Not started' means not yet rated.", "Some progress", required=False,
               aliases=("RAG rating",), choices=RAG_WORDS),
        Column("Added", Kind.DATE,
               "When the action joined the plan. Blank: it was there from the start. The "
               "trend chart counts an action only at meetings after it was added.",
               "2020-12-08", required=False),
        Column("Closed by board", Kind.DATE,
               "The date of the board meeting that agreed the action is complete. An action "
               "whose latest update says Complete is 'Complete (awaiting board)' until then.",
               "2021-03-09", required=False),
    ),
)

REVISIONS = Sheet(
    "Revisions",
    "Optional. Each time an action's timescale moves: the date, the new timescale and why. "
    "The Actions sheet keeps the original timescale; overdue and due soon use the latest "
    "revision on or before the meeting date.",
    (
        Column("Action", Kind.ACTION_REF,
               "The action's reference: its recommendation number and letter.", "2B",
               aliases=("Action reference", "Ref", "Reference")),
        Column("Date", Kind.DATE, "When the timescale was revised.", "2020-11-20"),
        Column("New timescale", Kind.TIMESCALE,
               "The timescale from then on, in any form the Actions sheet's Timescale takes.",
               "March 2021"),
        Column("Reason", Kind.MARKDOWN, "Why the timescale moved.",
               "Recruitment to the post took longer than planned.", width=50),
        Column("Agreed by", Kind.TEXT, "Who agreed the revision, if anyone did.",
               "Youth Justice Partnership Board", required=False, width=28),
        Column("Agreed by board", Kind.CHOICE,
               "'Proposed' (as collect writes a lead's proposal) moves no deadline until the "
               "board agrees it: then type the meeting's date over it, or 'Not agreed'. Blank: "
               "agreed as typed.",
               "2021-03-09", required=False, choices=REVISION_DECISIONS, other_text=True,
               width=18),
    ),
    required=False,
)

LEADS = Sheet(
    "Leads",
    "Optional. Who leads actions, and how to reach them: with an email here, reportgen requests "
    "also writes each lead an email draft with their request attached. Name each lead as the "
    "Actions sheet's Lead column does; other columns a council's directory gives are ignored.",
    (
        Column("Lead", Kind.TEXT, "The lead as the Actions sheet's Lead column names them.",
               "Head Of Service", width=32),
        Column("Email", Kind.TEXT,
               "The lead's email address: their update requests and reminders are addressed "
               "to it.", "head.of.service@council.gov.uk", required=False, width=34),
        Column("Role", Kind.TEXT, "Their job title, if the Lead column does not say it.",
               "Head of Youth Justice", required=False),
        Column("Organisation", Kind.TEXT, "Who they work for, for a partner's lead.",
               "Kent Police", required=False),
    ),
    required=False,
)

MEETINGS = Sheet(
    "Meetings",
    "Optional. The board's meetings, past and planned, so that 'since the last meeting' and "
    "'due before the next meeting' have a fixed meaning.",
    (
        Column("Date", Kind.DATE, "The meeting's date.", "2020-12-08"),
        Column("Meeting", Kind.TEXT, "Its name, if the board has several kinds of meeting.",
               "Youth Justice Partnership Board", required=False),
    ),
    required=False,
)

PROGRESS = Sheet(
    "Progress",
    "Optional. The progress log: one row per dated update of an action. An action's current RAG "
    "is its latest update on or before the meeting date; the Actions sheet's RAG is used only "
    "for actions with no update.",
    (
        Column("Date", Kind.DATE,
               "When the update was made. Updates after the meeting date are left out of that "
               "meeting's paper.", "2020-11-20"),
        Column("Action", Kind.ACTION_REF,
               "The action's reference: its recommendation number and letter.", "3G",
               aliases=("Action reference", "Ref", "Reference")),
        Column("RAG", Kind.RAG,
               "The action's RAG rating at that date ('Not started' if it has none yet).",
               "Good progress", aliases=("RAG rating",), choices=RAG_WORDS),
        Column("Commentary", Kind.MARKDOWN, "What happened, and what comes next.",
               "Supervision template in use by all case managers since October.",
               required=False),
        Column("Evidence", Kind.TEXT,
               "What shows it: a document's name, or an https:// link.",
               "QA audit November 2020", required=False),
        Column("Updated by", Kind.TEXT, "Who made the update.", "Operations and Practice Manager",
               required=False),
    ),
    required=False,
)

# Other names officers give the sheets and columns, matched like the names themselves (any case,
# spacing, trailing '*' or ':'). Listed in docs/workbook.md and on the Guidance sheet.
SHEET_ALIASES: dict[str, tuple[str, ...]] = {
    "Paper": ("Paper details", "Report details", "Cover", "Cover sheet"),
    "Versions": ("Version history", "Version control"),
    "Inspection": ("Inspection details",),
    "Ratings": ("Inspection ratings", "Standards"),
    "Scoring": ("Scoring rules", "Bands"),
    "Narrative": ("Narrative text", "Text"),
    "Recommendations": ("Recs", "Recommendation", "Inspection recommendations"),
    "Actions": ("Action plan", "Action", "Improvement plan", "Plan"),
    "Meetings": ("Board meetings", "Meeting dates"),
    "Progress": ("Progress log", "Progress updates", "Updates", "Log"),
    "Revisions": ("Timescale revisions", "Revised timescales", "Revision log"),
    "Leads": ("Lead officers", "Contacts", "Directory", "Action leads", "Lead contacts"),
}
COLUMN_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Paper", "Organisation"): ("Organization", "Service", "Service name"),
    ("Paper", "Plan title"): ("Title", "Report title"),
    ("Paper", "Board"): ("Board name",),
    ("Paper", "Meeting date"): ("Date of meeting", "Board date", "Meeting"),
    ("Paper", "Author"): ("Report author", "Written by"),
    ("Paper", "Presenter"): ("Presented by",),
    ("Paper", "Agenda item"): ("Item", "Agenda item number", "Item number"),
    ("Paper", "Protective marking"): ("Classification", "Security classification", "Marking"),
    ("Paper", "Recommendations to the board"): ("Board recommendations",
                                                "Recommendations for the board"),
    ("Paper", "Report date"): ("Date of report", "Report dated", "Paper date", "Date of paper",
                               "Date written"),
    ("Paper", "Contact email"): ("Email", "E-mail", "Email address", "Contact e-mail",
                                 "Author email", "Author's email"),
    ("Paper", "Contact phone"): ("Phone", "Telephone", "Tel", "Tel no", "Phone number",
                                 "Telephone number", "Contact number", "Contact telephone",
                                 "Author phone"),
    ("Paper", "Exempt"): ("Exempt from publication", "Exempt information", "Exempt report",
                          "Not for publication", "Is the report exempt", "Exempt paper"),
    ("Paper", "Exemption reason"): ("Reason for exemption", "Exemption", "Exempt because",
                                    "Grounds for exemption", "Exemption paragraph"),
    ("Paper", "Financial implications"): ("Financial", "Finance", "Finance implications",
                                          "Financial and resource implications",
                                          "Resource implications"),
    ("Paper", "Legal implications"): ("Legal", "Legal and governance implications"),
    ("Paper", "Equalities implications"): ("Equalities", "Equality", "Equality implications",
                                           "Equality and diversity implications",
                                           "Equality impact", "Diversity implications"),
    ("Paper", "Risk implications"): ("Risk", "Risks", "Risk management",
                                     "Risk management implications"),
    ("Versions", "Changes made"): ("Changes", "Change", "Description"),
    ("Inspection", "Inspectorate"): ("Inspected by",),
    ("Inspection", "Inspection start"): ("Start date", "Fieldwork start", "Start"),
    ("Inspection", "Inspection end"): ("End date", "Fieldwork end", "End"),
    ("Inspection", "Framework"): ("Inspection framework",),
    ("Inspection", "Stated score"): ("Score",),
    ("Ratings", "Domain"): ("Area", "Domain name"),
    ("Ratings", "Standard"): ("Standard number", "Standard no", "No", "Number"),
    ("Ratings", "Name"): ("Standard title",),
    ("Ratings", "Rating"): ("Judgement", "Grade"),
    ("Narrative", "Section"): ("Part",),
    ("Narrative", "Domain"): ("Domain number", "Domain no"),
    ("Narrative", "Text"): ("Narrative", "Content"),
    ("Recommendations", "Number"): ("Rec", "Rec no", "Recommendation number", "Recommendation no",
                                    "Ref"),
    ("Recommendations", "Addressed to"): ("Addressee", "For", "To", "Who"),
    ("Recommendations", "Source"): ("From",),
    ("Recommendations", "Recommendation"): ("Recommendation text", "Text", "Description"),
    ("Actions", "Recommendation"): ("Rec no", "Recommendation no", "Priority"),
    ("Actions", "Letter"): ("Action letter",),
    ("Actions", "Action"): ("Actions", "Action description", "Description"),
    ("Actions", "Lead"): ("Lead officer", "Lead(s)", "Leads", "Owner", "Action owner",
                          "Responsible officer", "Responsible", "Responsible lead",
                          "Lead officers", "Lead person", "Lead name", "Named lead",
                          "Action lead", "Accountable officer", "Accountable lead",
                          "Responsible person", "Owners"),
    ("Actions", "Timescale"): ("Timescales", "Deadline", "Due date", "Due", "Target date",
                               "By when", "Completion date", "Date due", "Due by",
                               "Target completion date", "Timeframe", "Time frame",
                               "Deadline date"),
    ("Actions", "Success measures"): ("Success criteria", "Success measure",
                                      "Measures of success", "Outcome measures", "Outcomes",
                                      "Measure of success", "Success indicators"),
    ("Actions", "RAG"): ("RAG status", "Status", "Rating", "Progress rating", "RAG rating",
                         "Current RAG", "Current status", "RAG score"),
    ("Actions", "Added"): ("Date added", "Added on"),
    ("Actions", "Closed by board"): ("Closed", "Closed on", "Board closed", "Closure agreed"),
    ("Meetings", "Date"): ("Meeting date",),
    ("Meetings", "Meeting"): ("Meeting name", "Name"),
    ("Progress", "Date"): ("Update date", "Date of update", "Updated on"),
    ("Progress", "Action"): ("Action ref", "Action no"),
    ("Progress", "RAG"): ("RAG status", "Status", "RAG rating"),
    ("Progress", "Commentary"): ("Progress update", "Update", "Comments", "Comment", "Progress",
                                 "Notes", "Narrative", "Progress notes", "Progress commentary",
                                 "Update notes", "Progress to date", "Progress made",
                                 "Progress update and next steps", "Remarks"),
    ("Progress", "Evidence"): ("Evidence/link", "Evidence link", "Link", "Links",
                               "Evidence of impact"),
    ("Progress", "Updated by"): ("Update by", "By", "Author", "Reported by", "Update author"),
    ("Revisions", "Date"): ("Revised on", "Date revised", "Revision date"),
    ("Revisions", "New timescale"): ("Revised timescale", "New deadline", "New due date",
                                     "Timescale"),
    ("Revisions", "Reason"): ("Why", "Reason for change", "Reason for revision"),
    ("Revisions", "Agreed by board"): ("Board agreed", "Agreed by the board", "Board agreement",
                                       "Agreed on", "Date agreed", "Status"),
    ("Leads", "Lead"): ("Name", "Lead officer", "Officer", "Full name", "Owner"),
    ("Leads", "Email"): ("E-mail", "Email address", "E-mail address", "Mail"),
    ("Leads", "Role"): ("Job title", "Title", "Position"),
    ("Leads", "Organisation"): ("Organization", "Agency", "Service", "Team", "Partner"),
}

# Words that point to a column when a header reportgen does not read holds them ("Responsible
# manager" -> Lead): such a header, holding data, is an error asking to rename it if the sheet
# lacks the column, else a warning naming the column. Compared singular, in any case; a header
# is close when its last telling word is one of these, or most of its words are.
COLUMN_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Paper", "Organisation"): ("organisation", "organization", "service", "council",
                                "authority", "team", "yot", "yjs"),
    ("Paper", "Plan title"): ("title", "heading"),
    ("Paper", "Board"): ("board", "partnership", "committee"),
    ("Paper", "Meeting date"): ("meeting",),
    ("Paper", "Report date"): ("report", "written", "dated"),
    ("Paper", "Author"): ("author", "writer", "prepared"),
    ("Paper", "Contact email"): ("email", "e-mail", "mail"),
    ("Paper", "Contact phone"): ("phone", "telephone", "tel", "mobile"),
    ("Paper", "Presenter"): ("presenter", "presenting", "presented"),
    ("Paper", "Agenda item"): ("agenda", "item"),
    ("Paper", "Purpose"): ("purpose", "decision", "assurance"),
    ("Paper", "Protective marking"): ("marking", "classification", "protective", "security",
                                      "sensitivity"),
    ("Paper", "Exempt"): ("exempt", "publication", "confidential"),
    ("Paper", "Exemption reason"): ("exemption", "reason", "grounds"),
    ("Paper", "Recommendations to the board"): ("recommendation", "asked", "ask"),
    ("Paper", "Financial implications"): ("financial", "finance", "budget", "cost",
                                          "resource"),
    ("Paper", "Legal implications"): ("legal", "law", "governance"),
    ("Paper", "Equalities implications"): ("equality", "equalities", "diversity",
                                           "inclusion"),
    ("Paper", "Risk implications"): ("risk",),
    ("Versions", "Version"): ("version",),
    ("Versions", "Date"): ("date", "when"),
    ("Versions", "Changes made"): ("change", "description", "summary", "amendment"),
    ("Inspection", "Inspectorate"): ("inspectorate", "inspector", "inspected"),
    ("Inspection", "Inspection start"): ("start", "began", "begin", "fieldwork"),
    ("Inspection", "Inspection end"): ("end", "ended", "finish", "finished"),
    ("Inspection", "Framework"): ("framework", "programme", "methodology"),
    ("Inspection", "Stated score"): ("score", "points", "total"),
    ("Inspection", "Stated overall rating"): ("overall", "judgement", "grade", "outcome"),
    ("Ratings", "Domain"): ("domain", "area"),
    ("Ratings", "Standard"): ("standard", "number", "no"),
    ("Ratings", "Name"): ("name", "title"),
    ("Ratings", "Rating"): ("rating", "judgement", "grade"),
    ("Scoring", "Rating"): ("rating", "grade"),
    ("Scoring", "Points"): ("point", "score"),
    ("Scoring", "Band from"): ("minimum", "min", "lower", "lowest"),
    ("Scoring", "Band to"): ("maximum", "max", "upper", "highest"),
    ("Narrative", "Section"): ("section", "part", "heading"),
    ("Narrative", "Domain"): ("domain", "area"),
    ("Narrative", "Text"): ("text", "narrative", "content", "paragraph", "wording"),
    ("Recommendations", "Number"): ("number", "no", "ref", "reference", "rec"),
    ("Recommendations", "Addressed to"): ("addressed", "addressee", "who", "agency",
                                          "partner"),
    ("Recommendations", "Source"): ("source", "origin", "audit"),
    ("Recommendations", "Recommendation"): ("recommendation", "description", "detail",
                                            "wording"),
    ("Actions", "Recommendation"): ("recommendation", "rec", "priority"),
    ("Actions", "Letter"): ("letter",),
    ("Actions", "Action"): ("action", "task", "activity", "description", "what"),
    ("Actions", "Lead"): ("lead", "owner", "responsible", "responsibility", "accountable",
                          "officer", "manager", "who", "person", "named"),
    ("Actions", "Timescale"): ("timescale", "deadline", "due", "target", "when", "timeframe",
                               "completion", "completed"),
    ("Actions", "Success measures"): ("success", "measure", "outcome", "impact", "kpi",
                                      "indicator", "criteria"),
    ("Actions", "RAG"): ("rag", "status", "rating"),
    ("Actions", "Added"): ("added", "joined", "introduced"),
    ("Actions", "Closed by board"): ("closed", "closure"),
    ("Revisions", "Action"): ("action", "ref", "reference"),
    ("Revisions", "Date"): ("date", "when"),
    ("Revisions", "New timescale"): ("timescale", "deadline", "due"),
    ("Revisions", "Reason"): ("reason", "why", "explanation", "rationale"),
    ("Revisions", "Agreed by"): ("agreed", "approved", "authorised", "authorized"),
    ("Meetings", "Date"): ("date", "when"),
    ("Meetings", "Meeting"): ("meeting", "name"),
    ("Progress", "Date"): ("date", "when", "dated"),
    ("Progress", "Action"): ("action", "ref", "reference"),
    ("Progress", "RAG"): ("rag", "status", "rating"),
    ("Progress", "Commentary"): ("commentary", "comment", "note", "update", "progress",
                                 "narrative", "remark", "position"),
    ("Progress", "Evidence"): ("evidence", "link", "document", "proof"),
    ("Progress", "Updated by"): ("updated", "author", "reporter", "reported"),
}


def _with_aliases(sheet: Sheet) -> Sheet:
    columns = tuple(
        replace(column, aliases=tuple(dict.fromkeys(
            (*column.aliases, *COLUMN_ALIASES.get((sheet.name, column.name), ())))),
            words=COLUMN_WORDS.get((sheet.name, column.name), column.words))
        for column in sheet.columns)
    return replace(sheet, columns=columns, aliases=SHEET_ALIASES.get(sheet.name, ()))


PAPER, VERSIONS, INSPECTION, RATINGS, SCORING, NARRATIVE, RECOMMENDATIONS, ACTIONS, MEETINGS, \
    PROGRESS, REVISIONS = (_with_aliases(s) for s in (
        PAPER, VERSIONS, INSPECTION, RATINGS, SCORING, NARRATIVE, RECOMMENDATIONS, ACTIONS,
        MEETINGS, PROGRESS, REVISIONS))
LEADS = _with_aliases(LEADS)

SHEETS: tuple[Sheet, ...] = (
    PAPER, VERSIONS, INSPECTION, RATINGS, SCORING, NARRATIVE, RECOMMENDATIONS, ACTIONS, LEADS,
    MEETINGS, PROGRESS, REVISIONS,
)
