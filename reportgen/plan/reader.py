"""From the workbook's sheets to the model, collecting every problem on the way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import Problem, WorkbookError
from ..excel import SheetData
from ..excel.file_checks import check_workbook_bytes, read_workbook_file
from ..updates.lineage import LINEAGE, lineage_data, read_lineage
from ..updates.update_round import update_round
from . import schema
from .action_sheets import check_progress, read_recommendations, with_progress, with_revisions
from .inspection_sheets import read_inspection
from .leads_sheet import check_action_leads, read_leads
from .model import Plan
from .narrative_sheet import read_narrative
from .paper_sheet import (
    check_closure_asks,
    check_meeting_date,
    check_next_meeting,
    read_paper,
)
from .records import Collector
from .schema import Sheet
from .tables import find_sheets, is_read, sheet_name


@dataclass(frozen=True)
class Reading:
    """A plan read without errors, and the warnings found on the way."""

    plan: Plan
    warnings: tuple[Problem, ...]


def read_workbook(path: Path, content: bytes | None = None, *,
                  read_colours: bool = False) -> Reading:
    """Read and check the workbook at ``path`` (or its ``content`` already read from there);
    raise WorkbookError listing every problem.

    With ``read_colours``, a RAG cell with a red, amber, green or blue fill and no text is read
    as the rating its colour suggests (else it is a warning).
    """
    from ..excel import read_sheets

    path = Path(path)
    if content is None:
        content = read_workbook_file(path)
    else:
        check_workbook_bytes(path, content)
    # The record of collected returns is read too: the paper says how the update round went.
    return parse_sheets(read_sheets(content, origin=str(path), wanted=lambda name: (
        is_read(name) or name.casefold() == LINEAGE.casefold())), read_colours=read_colours)


def parse_sheets(sheets: Mapping[str, SheetData], *, read_colours: bool = False) -> Reading:
    """Build the plan from sheet data; raise WorkbookError if anything is wrong.

    Every sheet and every row is read even when some fail, so one run lists every problem; a
    value that cannot be read is reported once, and nothing that depends on it is reported as
    another problem.
    """
    found = Collector()
    found.read_colours = read_colours
    found_sheets = find_sheets(sheets, found)

    def sheet_data(sheet: Sheet) -> SheetData | None:
        return found_sheets.get(sheet.name)

    paper = read_paper(sheet_data(schema.PAPER), sheet_data(schema.VERSIONS),
                       sheet_data(schema.MEETINGS), found)
    as_at = paper.meeting_date if paper is not None else None
    inspection = read_inspection(sheet_data(schema.INSPECTION), sheet_data(schema.RATINGS),
                                 sheet_data(schema.SCORING), found)
    names = (paper.organisation, paper.board) if paper is not None else None
    inspectorate = inspection.inspectorate if inspection is not None else "HMIP"
    recommendations, action_rows = read_recommendations(
        sheet_data(schema.RECOMMENDATIONS), sheet_data(schema.ACTIONS), found,
        names=names, default_source=f"{inspectorate} inspection", as_at=as_at)
    narrative = read_narrative(sheet_data(schema.NARRATIVE), inspection, found)
    leads, lead_cells = read_leads(sheet_data(schema.LEADS), found)
    check_action_leads(leads, lead_cells, action_rows.rows,
                       sheet_name(schema.LEADS, sheet_data(schema.LEADS)), found)
    if sheet_data(schema.ACTIONS) is None:  # reported: its updates cannot be checked against it
        action_rows = replace(action_rows, unreadable=True)
    recommendations = with_progress(recommendations, sheet_data(schema.PROGRESS), as_at,
                                    action_rows, found)
    recommendations = with_revisions(recommendations, sheet_data(schema.REVISIONS), as_at,
                                     action_rows, found)
    if found.has_errors or paper is None or inspection is None or narrative is None:
        raise WorkbookError(found.problems)
    plan = Plan(paper, inspection, narrative, recommendations, leads)
    plan = replace(plan, update_round=update_round(plan, read_lineage(lineage_data(sheets))))
    check_meeting_date(plan, sheet_name(schema.PAPER, sheet_data(schema.PAPER)), found)
    check_progress(plan, action_rows.rows, found)
    check_closure_asks(plan, sheet_data(schema.PAPER), found)
    check_next_meeting(plan, sheet_data(schema.MEETINGS), found)
    return Reading(plan, tuple(found.problems))
