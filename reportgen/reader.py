"""From the workbook's sheets to the model, collecting every problem on the way."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from . import cells, schema
from .errors import Problem, Severity, WorkbookError
from .files import check_workbook_bytes, read_workbook_file
from .model import (
    HMIP_SCORING,
    Action,
    Addressee,
    Band,
    Domain,
    DomainNarrative,
    Inspection,
    Meeting,
    Narrative,
    PaperDetails,
    Plan,
    ProgressUpdate,
    Rag,
    Rating,
    Recommendation,
    ScoringRule,
    Standard,
    Version,
)
from .schema import Column, Kind, Sheet
from .xlsx import SheetData

T = TypeVar("T")


@dataclass(frozen=True)
class Reading:
    """A plan read without errors, and the warnings found on the way."""

    plan: Plan
    warnings: tuple[Problem, ...]


def read_workbook(path: Path, content: bytes | None = None) -> Reading:
    """Read and check the workbook at ``path`` (or its ``content`` already read from there);
    raise WorkbookError listing every problem."""
    from .xlsx import read_sheets

    path = Path(path)
    if content is None:
        content = read_workbook_file(path)
    else:
        check_workbook_bytes(path, content)
    return parse_sheets(read_sheets(content, origin=str(path)))


def column_letter(index: int) -> str:
    """Spreadsheet column letters for a 1-based column index (1 -> A, 28 -> AB)."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(frozen=True)
class Record:
    """One data row of a sheet (or a details sheet's fields): raw values and their cells."""

    sheet: str
    row: int
    values: Mapping[str, object]
    refs: Mapping[str, str]
    unsaved: Mapping[str, str] = field(default_factory=dict)
    """Cells holding a formula with no saved value: the formula, by column name."""

    def cell(self, name: str) -> str:
        """The cell reference of ``name``, e.g. 'F7'; the whole row if the column is missing."""
        return self.refs.get(name) or (f"{self.row}:{self.row}" if self.row else "")


class Collector:
    """Gathers problems so one pass reports all of them."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message))

    def warn(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def value(
        self, record: Record, name: str, parse: Callable[[object], T], *, required: bool = True
    ) -> T | None:
        """Parse ``record``'s ``name`` cell, noting an empty required cell or a bad value."""
        if name not in record.refs:
            return None  # the whole column (or field) is missing: reported once, not per row
        if name in record.unsaved:
            self.error(record.sheet, record.cell(name),
                       f"the cell holds a formula ({_short(record.unsaved[name])}) with no saved "
                       "value; open the workbook in Excel or LibreOffice and save it, or type "
                       "the value")
            return None
        raw = record.values.get(name)
        if raw is None:
            if required:
                self.error(record.sheet, record.cell(name), f"'{name}' is empty; it is required")
            return None
        try:
            return parse(raw)
        except cells.CellValueError as exc:
            self.error(record.sheet, record.cell(name), str(exc))
            return None


def _short(formula: str) -> str:
    return formula if len(formula) <= 40 else formula[:37] + "..."


# Excel's own limit on a cell's text; a longer one did not come from a spreadsheet.
MAX_CELL_TEXT = 32_767
# Data rows read from one sheet: far beyond any plan, and a bound on the work a file can ask for.
MAX_ROWS = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(value: object) -> object:
    """Strip text and its control characters; blank text is an empty cell."""
    if isinstance(value, str):
        value = _CONTROL.sub("", value).strip()
        return value or None
    return value


def _table(sheet: Sheet, data: SheetData | None, found: Collector) -> list[Record]:
    """The sheet's data rows, columns found by their header text wherever they stand."""
    if data is None:
        if sheet.required:
            found.error(sheet.name, None, f"the workbook has no '{sheet.name}' sheet; add it "
                        f"({sheet.purpose})")
        return []
    rows = [tuple(_clean(v) for v in row) for row in data.rows]
    header_index = next((i for i, row in enumerate(rows) if any(v is not None for v in row)), None)
    if header_index is None:
        if sheet.required:
            found.error(sheet.name, None, "the sheet is empty; its first row should hold the "
                        "headers " + ", ".join(c.name for c in sheet.columns))
        return []
    header_row = header_index + 1
    headers = {schema.normalise_header(v): i + 1 for i, v in enumerate(rows[header_index])
               if v is not None}
    positions: dict[str, int] = {}
    for column in sheet.columns:
        position = next((headers[k] for k in column.keys if k in headers), None)
        if position is not None:
            positions[column.name] = position
        elif column.required:
            found.error(sheet.name, f"{header_row}:{header_row}",
                        _missing_column(column, rows[header_index]))
    for first_row, first_col, last_row, last_col in data.merged:
        if last_row > first_row and last_row > header_row:
            found.error(sheet.name, f"{column_letter(first_col)}{first_row}:"
                        f"{column_letter(last_col)}{last_row}",
                        f"cells are merged across rows {first_row} to {last_row}; unmerge them "
                        "and give each row its own value")
    records = []
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        values = {name: row[p - 1] if p - 1 < len(row) else None for name, p in positions.items()}
        unsaved = {name: data.unsaved[index + 1, p] for name, p in positions.items()
                   if (index + 1, p) in data.unsaved}
        if all(v is None for v in values.values()) and not unsaved:
            continue  # blank rows, and rows with text only in extra columns, are ignored
        if len(records) == MAX_ROWS:
            found.error(sheet.name, f"{index + 1}:{index + 1}",
                        f"more than {MAX_ROWS:,} rows; reportgen reads at most {MAX_ROWS:,} "
                        "from one sheet")
            break
        refs = {name: f"{column_letter(p)}{index + 1}" for name, p in positions.items()}
        for name, value in values.items():
            if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
                found.error(sheet.name, refs[name],
                            f"the text is {len(value):,} characters long, more than a cell "
                            f"holds ({MAX_CELL_TEXT:,}); shorten it")
                values[name] = value[:MAX_CELL_TEXT]
        records.append(Record(sheet.name, index + 1, values, refs, unsaved))
    return records


def _missing_column(column: Column, header_values: tuple[object, ...]) -> str:
    found = [str(v) for v in header_values if v is not None]
    message = f"no '{column.name}' column"
    close = difflib.get_close_matches(column.name.casefold(), [f.casefold() for f in found], n=1,
                                      cutoff=0.6)
    if close:
        original = next(f for f in found if f.casefold() == close[0])
        message += f"; did you mean '{original}'? Rename that header to '{column.name}'"
    else:
        message += f"; add a column headed '{column.name}' ({column.help})"
    return message


def _details(sheet: Sheet, data: SheetData | None, found: Collector) -> Record | None:
    """A Field | Value sheet as one record whose 'cells' are the Value cells of each field."""
    field_sheet = Sheet(sheet.name, sheet.purpose, (
        Column("Field", Kind.TEXT, "", ""), Column("Value", Kind.TEXT, "", ""),
    ))
    rows = _table(field_sheet, data, found)
    if not rows:
        return None
    by_key = {key: column for column in sheet.columns for key in column.keys}
    values: dict[str, object] = {}
    cells_at: dict[str, str] = {}
    unsaved: dict[str, str] = {}
    for record in rows:
        label = record.values.get("Field")
        column = by_key.get(schema.normalise_header(label)) if label is not None else None
        if column is None:
            continue
        values[column.name] = record.values.get("Value")
        cells_at[column.name] = record.cell("Value")
        if "Value" in record.unsaved:
            unsaved[column.name] = record.unsaved["Value"]
    for column in sheet.columns:
        if column.required and column.name not in values:
            found.error(sheet.name, None, f"no '{column.name}' field; add a row with "
                        f"'{column.name}' in the Field column ({column.help})")
    return Record(sheet.name, 0, values, cells_at, unsaved)


def parse_sheets(sheets: Mapping[str, SheetData]) -> Reading:
    """Build the plan from sheet data; raise WorkbookError if anything is wrong."""
    found = Collector()
    by_name = {schema.normalise_header(name): data for name, data in sheets.items()}

    def sheet_data(sheet: Sheet) -> SheetData | None:
        return by_name.get(schema.normalise_header(sheet.name))

    paper = _paper(sheet_data(schema.PAPER), sheet_data(schema.VERSIONS),
                   sheet_data(schema.MEETINGS), found)
    inspection = _inspection(sheet_data(schema.INSPECTION), sheet_data(schema.RATINGS),
                             sheet_data(schema.SCORING), found)
    recommendations, action_rows = _recommendations(sheet_data(schema.RECOMMENDATIONS),
                                                    sheet_data(schema.ACTIONS), found)
    narrative = _narrative(sheet_data(schema.NARRATIVE), inspection, found)
    if paper is not None:
        recommendations = _with_progress(recommendations, sheet_data(schema.PROGRESS),
                                         paper.meeting_date, set(action_rows), found)
    if found.has_errors or paper is None or inspection is None or narrative is None:
        raise WorkbookError(found.problems)
    plan = Plan(paper, inspection, narrative, recommendations)
    _check_progress(plan, action_rows, found)
    return Reading(plan, tuple(found.problems))


def _check_progress(plan: Plan, rows: Mapping[str, Record], found: Collector) -> None:
    """Warn of claims the log does not back: Complete without evidence, and stale actions."""
    previous = plan.paper.previous_meeting
    for action in plan.actions:
        row = rows[action.reference]
        if action.rag is Rag.COMPLETE and not any(u.evidence for u in action.updates):
            found.warn(row.sheet, row.cell("RAG"),
                       f"action {action.reference} is rated Complete but no update gives "
                       "evidence; add it in the Progress sheet's Evidence column")
        latest = action.updates[-1] if action.updates else None
        if (previous is not None and latest is not None and action.rag is not Rag.COMPLETE
                and latest.date < previous.date):
            found.warn(row.sheet, row.cell("RAG"),
                       f"action {action.reference}'s latest update ({latest.date:%d/%m/%Y}) is "
                       f"older than the last meeting ({previous.date:%d/%m/%Y}); is it stale?")


def _paper(data: SheetData | None, versions_data: SheetData | None,
           meetings_data: SheetData | None, found: Collector) -> PaperDetails | None:
    record = _details(schema.PAPER, data, found)
    versions = []
    for row in _table(schema.VERSIONS, versions_data, found):
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
    meetings = []
    for row in _table(schema.MEETINGS, meetings_data, found):
        when = found.value(row, "Date", cells.parse_date)
        name = found.value(row, "Meeting", cells.parse_text, required=False) or ""
        if when is not None:
            meetings.append(Meeting(when, name))
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
    )


def _scoring(data: SheetData | None, found: Collector) -> ScoringRule:
    rows = _table(schema.SCORING, data, found)
    if not rows:
        return HMIP_SCORING
    points, bands = [], []
    for row in rows:
        rating = found.value(row, "Rating", cells.parse_rating)
        value = found.value(row, "Points", cells.parse_number)
        low = found.value(row, "Band from", cells.parse_number)
        high = found.value(row, "Band to", cells.parse_number)
        if rating is None or value is None or low is None or high is None:
            continue
        if rating is Rating.NOT_RATED:
            found.error(row.sheet, row.cell("Rating"), "'Not rated' scores nothing; leave it out")
            continue
        if low > high:
            found.error(row.sheet, row.cell("Band from"),
                        f"the band runs from {low} to {high}; 'Band from' must not exceed "
                        "'Band to'")
        points.append((rating, value))
        bands.append(Band(low, high, rating))
    return ScoringRule(tuple(points), tuple(sorted(bands, key=lambda b: b.low))) if bands \
        else HMIP_SCORING


def _inspection(data: SheetData | None, ratings_data: SheetData | None,
                scoring_data: SheetData | None, found: Collector) -> Inspection | None:
    record = _details(schema.INSPECTION, data, found)
    scoring = _scoring(scoring_data, found)
    domains: dict[int, tuple[str, list[Standard]]] = {}
    seen: dict[str, str] = {}
    for row in _table(schema.RATINGS, ratings_data, found):
        domain_name = found.value(row, "Domain", cells.parse_text)
        number = found.value(row, "Standard", cells.parse_standard)
        name = found.value(row, "Name", cells.parse_text)
        rating = found.value(row, "Rating", cells.parse_rating)
        if None in (domain_name, number, name, rating):
            continue
        if number in seen:
            found.error(row.sheet, row.cell("Standard"),
                        f"standard {number} is listed twice (also at {seen[number]})")
            continue
        seen[number] = row.cell("Standard")
        domain_number = int(number.split(".")[0])
        if domain_number in domains and domains[domain_number][0] != domain_name:
            found.error(row.sheet, row.cell("Domain"),
                        f"standard {number} puts domain {domain_number} as {domain_name!r}, but "
                        f"an earlier row calls it {domains[domain_number][0]!r}")
            continue
        domains.setdefault(domain_number, (domain_name, []))[1].append(
            Standard(number, name, rating))
    if record is None:
        return None
    inspectorate = found.value(record, "Inspectorate", cells.parse_text)
    start = found.value(record, "Inspection start", cells.parse_date)
    end = found.value(record, "Inspection end", cells.parse_date)
    stated_score = found.value(record, "Stated score", cells.parse_text, required=False)
    stated_overall = found.value(record, "Stated overall rating", cells.parse_rating,
                                 required=False)
    if inspectorate is None or start is None or end is None:
        return None
    if end < start:
        found.error(record.sheet, record.cell("Inspection end"),
                    f"the inspection ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y})")
    inspection = Inspection(
        inspectorate, start, end,
        tuple(Domain(n, name, tuple(standards))
              for n, (name, standards) in sorted(domains.items())),
        scoring,
    )
    if not inspection.standards:
        if ratings_data is not None:
            found.error(schema.RATINGS.name, None, "no standards are listed; add one row per "
                        "standard with its rating")
        return inspection
    if inspection.max_score > scoring.top:
        found.error(schema.RATINGS.name, None,
                    f"{len(inspection.rated_standards)} rated standards can score up to "
                    f"{inspection.max_score}, but the scoring bands stop at {scoring.top}; add a "
                    "Scoring sheet with the bands for this framework")
    computed = f"{inspection.score}/{inspection.max_score}"
    if stated_score is not None and stated_score.replace(" ", "") != computed:
        found.warn(record.sheet, record.cell("Stated score"),
                   f"the workbook states a score of {stated_score}, but the ratings give "
                   f"{computed}")
    if stated_overall is not None and inspection.overall is not None \
            and stated_overall is not inspection.overall:
        found.warn(record.sheet, record.cell("Stated overall rating"),
                   f"the workbook states '{stated_overall.label}' overall, but {computed} gives "
                   f"'{inspection.overall.label}'")
    return inspection


def _recommendations(
    data: SheetData | None, actions_data: SheetData | None, found: Collector
) -> tuple[tuple[Recommendation, ...], dict[str, Record]]:
    """The recommendations with their actions, and each action's row on the Actions sheet."""
    recommendations: dict[int, tuple[Addressee, str, str]] = {}
    for row in _table(schema.RECOMMENDATIONS, data, found):
        number = found.value(row, "Number", cells.parse_number)
        addressee = found.value(row, "Addressed to", cells.parse_addressee)
        source = found.value(row, "Source", _parse_source, required=False) or schema.SOURCES[0]
        text = found.value(row, "Recommendation", cells.parse_text)
        if number is None or addressee is None or text is None:
            continue
        if number in recommendations:
            found.error(row.sheet, row.cell("Number"),
                        f"recommendation {number} is listed twice; give each its own number")
            continue
        recommendations[number] = (addressee, source, text)
    actions: dict[int, list[Action]] = {n: [] for n in recommendations}
    references: dict[str, Record] = {}
    for row in _table(schema.ACTIONS, actions_data, found):
        number = found.value(row, "Recommendation", cells.parse_number)
        letter = found.value(row, "Letter", cells.parse_letter)
        text = found.value(row, "Action", cells.parse_text)
        lead = found.value(row, "Lead", cells.parse_text, required=False) or ""
        timescale = found.value(row, "Timescale", cells.parse_timescale)
        measures = found.value(row, "Success measures", cells.parse_text, required=False) or ""
        rag = found.value(row, "RAG", cells.parse_rag, required=False)
        if number is not None and number not in recommendations:
            if data is not None:  # without the sheet, its absence is the problem to report
                known = ", ".join(str(n) for n in sorted(recommendations)) or "none"
                found.error(row.sheet, row.cell("Recommendation"),
                            f"action points at recommendation {number}, which does not exist "
                            f"(the Recommendations sheet has {known})")
            continue
        if number is None or letter is None:
            continue
        reference = f"{number}{letter}"
        if reference in references:
            found.error(row.sheet, row.cell("Letter"),
                        f"action {reference} is listed twice; give each action its own letter")
            continue
        # Known even when the row has other errors, so its updates are not also reported.
        references[reference] = row
        if text is None or timescale is None:
            continue
        if not lead:
            found.warn(row.sheet, row.cell("Lead"), f"action {reference} has no lead")
        actions[number].append(Action(number, letter, text, lead, timescale, measures, rag))
    for number in recommendations:
        if not actions[number]:
            found.warn(schema.ACTIONS.name, None, f"recommendation {number} has no actions yet")
    return tuple(
        Recommendation(number, addressee, source, text,
                       tuple(sorted(actions[number], key=lambda a: (len(a.letter), a.letter))))
        for number, (addressee, source, text) in sorted(recommendations.items())
    ), references


def _with_progress(recommendations: tuple[Recommendation, ...], data: SheetData | None,
                   as_at: date, references: set[str],
                   found: Collector) -> tuple[Recommendation, ...]:
    """Attach each action's dated updates; its current RAG is the latest on or before as_at.

    ``references`` holds every action the Actions sheet names, including rows with errors.
    """
    updates: dict[str, list[tuple[ProgressUpdate, Record]]] = {}
    for row in _table(schema.PROGRESS, data, found):
        when = found.value(row, "Date", cells.parse_date)
        reference = found.value(row, "Action", cells.parse_action_ref)
        rag = found.value(row, "RAG", cells.parse_rag)
        commentary = found.value(row, "Commentary", cells.parse_text, required=False) or ""
        evidence = found.value(row, "Evidence", cells.parse_text, required=False) or ""
        updated_by = found.value(row, "Updated by", cells.parse_text, required=False) or ""
        if reference is not None and reference not in references:
            found.error(row.sheet, row.cell("Action"),
                        f"update for action {reference}, which is not on the Actions sheet")
            continue
        if when is not None and when > as_at:
            found.error(row.sheet, row.cell("Date"),
                        f"update dated {when:%d/%m/%Y}, after the meeting date "
                        f"({as_at:%d/%m/%Y}); the paper reports the position as at the meeting")
            continue
        if when is None or reference is None or rag is None:
            continue
        update = ProgressUpdate(when, reference, rag, commentary, evidence, updated_by)
        updates.setdefault(reference, []).append((update, row))
    return tuple(
        replace(r, actions=tuple(_current(a, updates.get(a.reference, []), found)
                                 for a in r.actions))
        for r in recommendations
    )


def _current(action: Action, logged: list[tuple[ProgressUpdate, Record]],
             found: Collector) -> Action:
    if not logged:
        return action
    # Oldest first; rows on the same date keep the order officers typed them in.
    logged = sorted(logged, key=lambda pair: pair[0].date)
    latest, row = logged[-1]
    if action.rag is not None and action.rag is not latest.rag:
        found.warn(row.sheet, row.cell("RAG"),
                   f"action {action.reference}'s latest update says '{latest.rag.label}' but the "
                   f"Actions sheet says '{action.rag.label}'; the latest update is used")
    return replace(action, rag=latest.rag, updates=tuple(u for u, _ in logged))


def _parse_source(value: object) -> str:
    text = cells.parse_text(value)
    for source in schema.SOURCES:
        if source.casefold() == text.casefold():
            return source
    lowered = text.casefold()
    if "hmip" in lowered or "inspection" in lowered:
        return schema.SOURCES[0]
    if "national standards" in lowered:
        return schema.SOURCES[1]
    return text


def _narrative(data: SheetData | None, inspection: Inspection | None,
               found: Collector) -> Narrative | None:
    sections: dict[tuple[str, int | None], list[str]] = {}
    domain_numbers = {d.number for d in inspection.domains} if inspection else set()
    section_names = {s.casefold(): s for s in schema.NARRATIVE_SECTIONS}
    per_domain = {"Domain summary", "Key findings", "But"}
    for row in _table(schema.NARRATIVE, data, found):
        raw_section = found.value(row, "Section", cells.parse_text)
        text = found.value(row, "Text", cells.parse_text)
        domain = found.value(row, "Domain", cells.parse_number, required=False)
        if raw_section is None or text is None:
            continue
        section = section_names.get(raw_section.casefold().rstrip(":"))
        if section is None:
            found.error(row.sheet, row.cell("Section"),
                        f"{cells.shown(raw_section)} is not a section; use one of "
                        + ", ".join(schema.NARRATIVE_SECTIONS))
            continue
        if section in per_domain:
            if domain is None:
                found.error(row.sheet, row.cell("Domain"),
                            f"a '{section}' row needs the number of its domain")
                continue
            if inspection is not None and domain not in domain_numbers:
                found.error(row.sheet, row.cell("Domain"),
                            f"domain {domain} is not in the Ratings sheet (it has "
                            f"{', '.join(str(n) for n in sorted(domain_numbers)) or 'none'})")
                continue
        else:
            domain = None
        sections.setdefault((section, domain), []).append(text)
    if inspection is None:
        return None

    def blocks(section: str, domain: int | None = None) -> tuple[str, ...]:
        return tuple(sections.get((section, domain), ()))

    return Narrative(
        introduction=blocks("Introduction"),
        foreword=blocks("Foreword"),
        ratings_commentary=blocks("Ratings commentary"),
        executive_summary=blocks("Executive summary"),
        domains=tuple(
            DomainNarrative(d, blocks("Domain summary", d.number), blocks("Key findings", d.number),
                            blocks("But", d.number))
            for d in inspection.domains
        ),
        recommendations=blocks("Recommendations"),
    )
