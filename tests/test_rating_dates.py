"""A rating belongs to a date: a RAG typed on the Actions sheet has none, so each paper built
from the workbook counts it the same way, and says that only a dated update keeps it."""

from __future__ import annotations

import re
from datetime import date

from reportgen import build, read_workbook
from reportgen.paper.figures import Direction, plan_figures
from reportgen.plan.model import Rag

DECEMBER, MARCH = date(2020, 12, 8), date(2021, 3, 9)


def meetings_plan(meeting: date):
    """The small plan at ``meeting``, the board meeting quarterly: 1A and 1B have dated
    updates; 2A's only rating is typed on the Actions sheet; 2B, also rated only there, joined
    the plan after September's meeting."""

    def edit(fields, rows):
        fields["Paper"]["Meeting date"] = meeting
        rows["Meetings"] = [{"Date": d} for d in (date(2020, 9, 15), DECEMBER, MARCH)]
        rows["Actions"][2]["RAG"] = "Some progress"
        rows["Actions"].append({"Recommendation": 2, "Letter": "B", "Action": "Train staff",
                                "Lead": "Chair", "Timescale": "June 2021",
                                "RAG": "Good progress", "Added": date(2020, 10, 1)})

    return edit


def directions(summary) -> dict[str, Direction | None]:
    return {s.action.reference: s.direction for s in summary.statuses}


def test_december_and_march_papers_agree_about_december(make_workbook) -> None:
    december = plan_figures(read_workbook(make_workbook(meetings_plan(DECEMBER))).plan)
    march = plan_figures(read_workbook(make_workbook(meetings_plan(MARCH))).plan)
    # What December's paper counts now is what March's paper counts at December.
    at_december = next(p for p in march.over_time if p.date == DECEMBER)
    assert at_december.mix == december.mix
    assert at_december.mix.count(Rag.SOME_PROGRESS) == 2  # 1B (dated) and 2A (undated)
    assert at_december.mix.count(Rag.GOOD_PROGRESS) == 1  # 2B (undated)
    # 2A was rated at September's meeting by the same rule, and 2B joined after it: only 2B is
    # new in December, and nothing typed on the Actions sheet is new in March.
    assert directions(december)["2A"] is Direction.UNCHANGED
    assert directions(december)["2B"] is Direction.NEW
    assert directions(march)["2A"] is Direction.UNCHANGED
    assert directions(march)["2B"] is Direction.UNCHANGED
    assert Direction.NEW not in [d for ref, d in directions(march).items()]


def _rating_cell(html: str, reference: str) -> str:
    row = re.search(rf'<tr class="action" id="action-{reference}">(.*?)</tr>', html, re.S)
    assert row is not None, reference
    cell = re.findall(r'<td class="rag-cell">(.*?)</td>', row.group(1), re.S)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip()


def test_neither_paper_marks_new_what_the_last_paper_already_counted(make_workbook,
                                                                     tmp_path) -> None:
    cells = {}
    for meeting in (DECEMBER, MARCH):
        path = make_workbook(meetings_plan(meeting), name=f"plan-{meeting:%Y-%m}.xlsx")
        build(path, out_dir=tmp_path, formats=("html",))
        html = (tmp_path / f"{path.stem}.html").read_text()
        cells[meeting] = {ref: _rating_cell(html, ref) for ref in ("2A", "2B")}
    assert cells[DECEMBER] == {"2A": "▲ Some progress → Unchanged", "2B": "● Good progress + New"}
    assert cells[MARCH] == {"2A": "▲ Some progress → Unchanged",
                            "2B": "● Good progress → Unchanged"}


def test_a_rating_typed_only_on_the_actions_sheet_is_a_warning_naming_its_cell(
        make_workbook) -> None:
    reading = read_workbook(make_workbook(meetings_plan(DECEMBER)))
    undated = [str(w) for w in reading.warnings if "with no date" in str(w)]
    assert undated == [
        "Actions!G4: action 2A's rating 'Some progress' is typed on the Actions sheet with no "
        "date, so it counts at this meeting (08/12/2020) only while the cell is unchanged; add "
        "it as a dated update on the Progress sheet (action 2A, dated on or before the "
        "meeting) so that later papers keep it",
        "Actions!G5: action 2B's rating 'Good progress' is typed on the Actions sheet with no "
        "date, so it counts at this meeting (08/12/2020) only while the cell is unchanged; add "
        "it as a dated update on the Progress sheet (action 2B, dated on or before the "
        "meeting) so that later papers keep it",
    ]


def test_a_dated_update_keeps_the_rating_and_ends_the_warning(make_workbook) -> None:
    def dated(fields, rows):
        meetings_plan(MARCH)(fields, rows)
        rows["Progress"].append({"Date": date(2020, 12, 1), "Action": "2A",
                                 "RAG": "Some progress", "Evidence": "Strategy draft"})
        rows["Progress"].append({"Date": date(2021, 3, 1), "Action": "2A",
                                 "RAG": "Good progress", "Evidence": "Strategy agreed"})

    reading = read_workbook(make_workbook(dated))
    assert not any("action 2A's rating" in str(w) for w in reading.warnings)
    march = plan_figures(reading.plan)
    assert directions(march)["2A"] is Direction.IMPROVED
    # Before its first dated update the action had no rating: the log says when it began.
    # At September: 1A (first update 30 Sep), 1B (20 Nov) and 2A (1 Dec) not yet rated; 2B
    # not yet in the plan.
    september = next(p for p in march.over_time if p.date == date(2020, 9, 15))
    assert (september.mix.total, september.mix.count(None)) == (3, 3)
