"""Slipped deadlines and two-step closure, read from small workbooks and checked in the paper."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pdfs import figures_alt
from pypdf import PdfReader

from reportgen import WorkbookError, build, read_workbook
from reportgen.paper.figures import plan_figures
from reportgen.plan.model import Rag

# The small plan's meeting is 8 December 2020.
MEETINGS = [date(2020, 6, 16), date(2020, 9, 15), date(2020, 12, 8), date(2021, 3, 9)]


def plan_with_history(fields, rows) -> None:
    """Four actions: 1A closed by the board; 1B reported Complete, awaiting the board; 1C moved
    twice and still No improvement; 2A moved once, due before the meeting as first planned."""
    rows["Meetings"] = [{"Date": d} for d in MEETINGS]
    rows["Actions"] = [
        {"Recommendation": 1, "Letter": "A", "Action": "Escalation process", "Lead": "Head",
         "Timescale": "September 2020", "Closed by board": date(2020, 9, 15)},
        {"Recommendation": 1, "Letter": "B", "Action": "Resettlement planning", "Lead": "PM",
         "Timescale": "November 2020"},
        {"Recommendation": 1, "Letter": "C", "Action": "Girls' needs analysis", "Lead": "Head",
         "Timescale": "August 2020"},
        {"Recommendation": 2, "Letter": "A", "Action": "Update strategy", "Lead": "Chair",
         "Timescale": "October 2020"},
    ]
    log = [
        (date(2020, 9, 4), "1A", "Complete", "Protocol signed", "Protocol v1", "Head"),
        (date(2020, 11, 27), "1B", "Complete", "Plans in place for all", "Audit", "PM"),
        (date(2020, 6, 5), "1C", "No improvement", "No interviews yet", "", "Head"),
        (date(2020, 11, 20), "1C", "No improvement", "Venues closed", "", "Head"),
        (date(2020, 11, 20), "2A", "Some progress", "Draft strategy", "", "Chair"),
    ]
    rows["Progress"] = [{"Date": d, "Action": ref, "RAG": rag, "Commentary": words,
                         "Evidence": evidence, "Updated by": by}
                        for d, ref, rag, words, evidence, by in log]
    rows["Revisions"] = [
        {"Action": "1C", "Date": date(2020, 7, 30), "New timescale": "October 2020",
         "Reason": "Interviews paused", "Agreed by": "Board"},
        {"Action": "1C", "Date": date(2020, 11, 20), "New timescale": "March 2021",
         "Reason": "Venues closed again"},
        {"Action": "2A", "Date": date(2020, 10, 1), "New timescale": "January 2021",
         "Reason": "Awaiting the new partnership plan"},
    ]


@pytest.fixture
def reading(make_workbook):
    return read_workbook(make_workbook(plan_with_history))


@pytest.fixture
def summary(reading):
    return plan_figures(reading.plan)


@pytest.fixture
def paper(make_workbook, tmp_path) -> dict[str, str]:
    result = build(make_workbook(plan_with_history), out_dir=tmp_path / "out",
                   formats=("pdf", "html"))
    files = {p.suffix[1:]: p for p in result.outputs}
    pdf = PdfReader(files["pdf"])
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    return {"pdf": text, "html": files["html"].read_text(encoding="utf-8"), "reader": pdf}


def by_ref(summary):
    return {s.action.reference: s for s in summary.statuses}


def test_complete_is_awaiting_the_board_until_closed(summary) -> None:
    statuses = by_ref(summary)
    assert statuses["1A"].rag is Rag.COMPLETE  # closed on 15 September, before the meeting
    assert statuses["1B"].rag is Rag.AWAITING_BOARD
    # Counted as its own state, never as Complete; and its work is done, so not overdue.
    assert summary.completed == 1 and summary.mix.count(Rag.AWAITING_BOARD) == 1
    assert [s.action.reference for s in summary.awaiting_board] == ["1B"]
    assert not statuses["1B"].overdue


def test_a_closure_after_the_meeting_does_not_count_yet(make_workbook) -> None:
    def later(fields, rows):
        plan_with_history(fields, rows)
        rows["Actions"][1]["Closed by board"] = date(2021, 3, 9)

    summary = plan_figures(read_workbook(make_workbook(later)).plan)
    assert by_ref(summary)["1B"].rag is Rag.AWAITING_BOARD


def test_the_trend_counts_awaiting_and_closed_as_they_stood_at_each_meeting(summary) -> None:
    at = {p.date: p.mix for p in summary.over_time}
    # 15 Sep: 1A complete (4 Sep) and closed that day. 8 Dec (now): 1B awaiting.
    assert at[date(2020, 9, 15)].count(Rag.COMPLETE) == 1
    assert at[date(2020, 12, 8)].count(Rag.AWAITING_BOARD) == 1
    assert at[date(2020, 12, 8)].count(Rag.COMPLETE) == 1


def test_a_revised_timescale_decides_overdue_and_counts_as_moved(summary) -> None:
    statuses = by_ref(summary)
    # 1C: August 2020, then October 2020, then March 2021: not overdue on 8 December.
    assert statuses["1C"].due == date(2021, 3, 31) and not statuses["1C"].overdue
    assert statuses["1C"].revisions == 2 and statuses["1C"].revised == "revised twice"
    # 2A: October 2020 moved to January 2021: due before the next meeting (9 March 2021).
    assert statuses["2A"].due == date(2021, 1, 31) and statuses["2A"].due_soon
    assert [s.action.reference for s in summary.deadlines_moved] == ["1C", "2A"]
    # Slipped more than once is an exception of its own; once is not.
    assert "Deadline moved twice" in statuses["1C"].reasons
    assert statuses["2A"].reasons == ()


def test_how_long_an_action_has_been_at_its_rating(summary) -> None:
    # 1C has said No improvement since its first update, on 5 June 2020.
    assert by_ref(summary)["1C"].at_rating_since == "No improvement since June 2020"


def test_the_paper_shows_both_revisions_and_the_original_struck_through(paper) -> None:
    assert ("March 2021 (revised twice; originally August 2020, then October 2020)"
            in paper["pdf"])
    # Dates are kept whole on a line by a span that changes nothing a reader meets.
    html = re.sub(r'<span class="kept-whole">([^<]*)</span>', r"\1", paper["html"])
    assert "originally <s>August 2020</s>, then <s>October 2020</s>" in html
    assert "January 2021 <span class=\"revised\">(revised once; originally <s>October 2020</s>)" \
        in html
    # The log has each revision with its date and reason, and the board's closure.
    assert "Timescale now October 2020; was August 2020." in paper["pdf"]
    assert "Interviews paused" in paper["pdf"] and "Closed by the board." in paper["pdf"]


def test_the_summary_counts_moved_deadlines_and_awaiting_board(paper) -> None:
    text = paper["pdf"]
    for figure in ("complete (25%) 1", "awaiting board 1", "deadlines moved 2"):
        assert figure in text, figure
    assert "No improvement since June 2020" in text
    assert "Deadline moved twice" in text


def test_the_cover_asks_the_board_to_agree_the_closures_proposed(paper) -> None:
    text = paper["pdf"]
    assert ("As at 8 December 2020, 1 of 4 actions (25%) are complete and closed by the board, "
            "and 1 more is recorded as complete, awaiting the board's agreement.") in text
    assert ("The board is asked to agree that this action, reported complete by its lead, is "
            "closed: 1B.") in text
    assert '<a href="#action-1B">1B</a>' in paper["html"]


def test_awaiting_board_is_worded_and_shaped_in_the_key_and_the_charts(paper) -> None:
    html = paper["html"]
    # The RAG key: its own shape and words, not a colour alone.
    assert ('<span class="rag rag-purple"><span class="rag-shape" aria-hidden="true">◐</span> '
            "Complete (awaiting board)</span>") in html
    alts = figures_alt(paper["reader"])
    assert "Complete (awaiting board) 1 (25%)" in alts[0]
    assert "1 complete (awaiting board)" in alts[1]


def test_typed_awaiting_board_reads_as_complete_for_the_board_to_close(make_workbook) -> None:
    def typed(fields, rows):
        plan_with_history(fields, rows)
        rows["Progress"][1]["RAG"] = "Complete (awaiting board)"

    summary = plan_figures(read_workbook(make_workbook(typed)).plan)
    assert by_ref(summary)["1B"].rag is Rag.AWAITING_BOARD


def test_a_board_closure_of_an_action_not_complete_is_an_error(make_workbook) -> None:
    def wrong(fields, rows):
        plan_with_history(fields, rows)
        rows["Actions"][2]["Closed by board"] = date(2020, 12, 8)

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(wrong))
    assert [str(p) for p in caught.value.errors] == [
        "Actions!I4: action 1C was closed by the board on 08/12/2020 but its rating is "
        "'No improvement'; rate it Complete (on the Actions sheet or in a Progress update) or "
        "clear Closed by board"]


def test_an_unreadable_update_invents_no_closure_problem(make_workbook) -> None:
    def bad(fields, rows):
        plan_with_history(fields, rows)
        rows["Progress"][0]["RAG"] = "Donee"  # 1A's only update

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(bad))
    assert [p.cell for p in caught.value.errors] == ["C2"]


def test_revisions_are_checked_cell_by_cell_in_one_pass(make_workbook) -> None:
    def bad(fields, rows):
        plan_with_history(fields, rows)
        rows["Revisions"] += [
            {"Action": "9Z", "Date": date(2020, 10, 1), "New timescale": "May 2021",
             "Reason": "r"},
            {"Action": "2A", "Date": date(2020, 10, 2), "New timescale": "soonish",
             "Reason": "r"},
            {"Action": "2A", "Date": date(2020, 10, 3), "New timescale": "May 2021"},
        ]

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(bad))
    errors = [str(p) for p in caught.value.errors]
    assert len(errors) == 3
    assert errors[0] == ("Revisions!A5: revision of action 9Z, which is not on the Actions "
                         "sheet")
    assert errors[1].startswith("Revisions!C6: 'soonish'")
    assert errors[2] == "Revisions!D7: 'Reason' is empty; it is required"


def test_a_revision_after_the_meeting_is_left_out_and_said_once(make_workbook) -> None:
    def later(fields, rows):
        plan_with_history(fields, rows)
        rows["Revisions"].append({"Action": "2A", "Date": date(2021, 1, 5),
                                  "New timescale": "June 2021", "Reason": "later"})

    reading = read_workbook(make_workbook(later))
    assert by_ref(plan_figures(reading.plan))["2A"].due == date(2021, 1, 31)
    assert [str(p) for p in reading.warnings if p.sheet == "Revisions"] == [
        "Revisions!B5: 1 revision is dated after the meeting date (08/12/2020) and left out of "
        "that meeting's paper, the first at Revisions!B5; if it is for a later meeting, change "
        "the Paper sheet's Meeting date to that meeting"]


def test_a_plan_without_the_closed_by_board_column_counts_complete_as_complete(
        make_workbook) -> None:
    def legacy(fields, rows):
        plan_with_history(fields, rows)
        for action in rows["Actions"]:
            action.pop("Closed by board", None)

    path = make_workbook(legacy)
    from openpyxl import load_workbook  # the column itself gone, as in an older workbook

    book = load_workbook(path)
    sheet = book["Actions"]
    column = next(c.column for c in sheet[1] if str(c.value).startswith("Closed by board"))
    sheet.delete_cols(column)
    book.save(path)
    reading = read_workbook(path)
    summary = plan_figures(reading.plan)
    assert by_ref(summary)["1B"].rag is Rag.COMPLETE and summary.awaiting_board == ()
    assert [p.message for p in reading.warnings if "Closed by board" in p.message] == [
        "the sheet has no 'Closed by board' column, so the 2 actions rated Complete are counted "
        "as closed; add the column (reportgen new writes it) and type the date of the board "
        "meeting that closed each, so that an action its lead reports complete awaits the board"]


def test_closures_and_revisions_the_log_does_not_support_are_said(make_workbook) -> None:
    def odd(fields, rows):
        plan_with_history(fields, rows)
        rows["Actions"][1]["Closed by board"] = date(2020, 11, 20)  # before its Complete, 27 Nov
        rows["Actions"][0]["Closed by board"] = date(2020, 9, 16)  # no meeting that day
        rows["Revisions"] += [
            {"Action": "2A", "Date": date(2020, 10, 1), "New timescale": "February 2021",
             "Reason": "typed twice"},
            {"Action": "1C", "Date": date(2020, 12, 1), "New timescale": "31/03/2021",
             "Reason": "same again"},
        ]

    reading = read_workbook(make_workbook(odd))
    said = [str(p) for p in reading.warnings]
    assert ("Actions!I3: action 1B was closed by the board on 20/11/2020, before any update "
            "reported it complete (27/11/2020); check the date") in said
    assert ("Actions!I2: action 1A was closed by the board on 16/09/2020, which is not a "
            "meeting on the Meetings sheet; type the date of the meeting that closed it") in said
    assert ("Revisions!B5: action 2A has two revisions dated 01/10/2020; the lower row's "
            "(February 2021) is taken as the later: give each its own date, or delete one") in said
    assert ("Revisions!C6: the revision of action 1C leaves its timescale as it was (March "
            "2021), so it is not counted as a move; correct the new timescale or delete the row"
            ) in said
    statuses = by_ref(plan_figures(reading.plan))
    assert statuses["1C"].revisions == 2 and statuses["2A"].due == date(2021, 2, 28)
