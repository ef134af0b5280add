"""The board's figures, worked out by hand on a small workbook and compared."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from reportgen import WorkbookError, read_workbook
from reportgen.paper.figures import (
    RAG_SLOTS,
    ROUNDING_NOTE,
    Direction,
    plan_figures,
    rag_mix,
    share_label,
    share_percent,
)
from reportgen.plan.model import Rag

# The small plan's meeting is 8 December 2020; meetings are listed either side of it.
MEETINGS = [date(2020, 6, 16), date(2020, 9, 15), date(2020, 12, 8), date(2021, 3, 9)]


def with_log(fields, rows) -> None:
    rows["Meetings"] = [{"Date": d} for d in MEETINGS]
    rows["Actions"] = [
        # due 30 Sep 2020; complete on 4 Sep: on time
        {"Recommendation": 1, "Letter": "A", "Action": "a", "Lead": "L",
         "Timescale": "September 2020", "Closed by board": date(2020, 9, 15)},
        # due 15 Oct 2020; complete on 27 Nov: late
        {"Recommendation": 1, "Letter": "B", "Action": "b", "Lead": "L",
         "Timescale": date(2020, 10, 15), "Closed by board": date(2020, 12, 8)},
        # due 30 Nov 2020, Good progress now: overdue; was Good, then Some: declined
        {"Recommendation": 1, "Letter": "C", "Action": "c", "Lead": "L",
         "Timescale": "November 2020"},
        # due 31 Jan 2021 (before the next meeting, 9 Mar): due soon; Some -> Good: improved
        {"Recommendation": 2, "Letter": "A", "Action": "d", "Lead": "L",
         "Timescale": "January 2021"},
        # due 8 Dec 2020 (the meeting day itself): due soon, not overdue; first rated now: new
        {"Recommendation": 2, "Letter": "B", "Action": "e", "Lead": "L",
         "Timescale": date(2020, 12, 8)},
        # due 31 Mar 2021 (after the next meeting): neither; no log, sheet RAG red
        {"Recommendation": 2, "Letter": "C", "Action": "f", "Lead": "L",
         "Timescale": "March 2021", "RAG": "Red"},
        # due 31 Aug 2020, never rated: overdue and not rated
        {"Recommendation": 2, "Letter": "D", "Action": "g", "Lead": "L",
         "Timescale": "August 2020"},
    ]
    log = [
        (date(2020, 6, 5), "1A", "Some progress"), (date(2020, 9, 4), "1A", "Complete"),
        (date(2020, 9, 4), "1B", "Good progress"), (date(2020, 11, 27), "1B", "Complete"),
        (date(2020, 9, 4), "1C", "Good progress"), (date(2020, 11, 27), "1C", "Some progress"),
        (date(2020, 12, 1), "1C", "Good progress"),
        (date(2020, 9, 4), "2A", "Some progress"), (date(2020, 12, 8), "2A", "Good progress"),
        (date(2020, 11, 27), "2B", "Some progress"),
    ]
    rows["Progress"] = [{"Date": d, "Action": ref, "RAG": rag, "Commentary": f"{ref} on {d}",
                         "Evidence": f"{ref} record"} for d, ref, rag in log]


# 2C's rating is typed on the Actions sheet only, with no date: said once, naming its cell.
UNDATED_2C = (
    "Actions!G7: action 2C's rating 'No improvement' is typed on the Actions sheet with no "
    "date, so it counts at this meeting (08/12/2020) only while the cell is unchanged; add it "
    "as a dated update on the Progress sheet (action 2C, dated on or before the meeting) so "
    "that later papers keep it")


@pytest.fixture
def summary(make_workbook):
    return plan_figures(read_workbook(make_workbook(with_log)).plan)


def refs(statuses) -> list[str]:
    return [s.action.reference for s in statuses]


def test_current_rag_is_the_latest_update_on_or_before_the_meeting(summary) -> None:
    rags = {s.action.reference: s.rag for s in summary.statuses}
    assert rags == {"1A": Rag.COMPLETE, "1B": Rag.COMPLETE, "1C": Rag.GOOD_PROGRESS,
                    "2A": Rag.GOOD_PROGRESS, "2B": Rag.SOME_PROGRESS,
                    "2C": Rag.NO_IMPROVEMENT, "2D": None}


def test_overdue_due_soon_and_completed_late(summary) -> None:
    assert summary.previous_meeting == date(2020, 9, 15)
    assert summary.horizon == date(2021, 3, 9) and summary.horizon_is_meeting
    assert refs(summary.overdue) == ["1C", "2D"]
    assert refs(summary.due_soon) == ["2A", "2B"]
    assert refs(summary.completed_late) == ["1B"]
    assert refs(summary.not_rated) == ["2D"]


def test_direction_of_travel_since_the_previous_meeting(summary) -> None:
    # At 15 Sep 2020: 1A Complete, 1B Good, 1C Good, 2A Some, 2B none, 2D none; 2C's undated
    # rating (no log) counts at every meeting, as September's paper counts it: never new.
    directions = {s.action.reference: s.direction for s in summary.statuses}
    assert directions == {
        "1A": Direction.UNCHANGED, "1B": Direction.IMPROVED, "1C": Direction.UNCHANGED,
        "2A": Direction.IMPROVED, "2B": Direction.NEW, "2C": Direction.UNCHANGED, "2D": None}


def test_declined_between_meetings(make_workbook) -> None:
    def edit(fields, rows):
        with_log(fields, rows)
        rows["Progress"].pop(6)  # 1C's recovery on 1 Dec: it stays at Some progress

    summary = plan_figures(read_workbook(make_workbook(edit)).plan)
    assert refs(summary.moved(Direction.DECLINED)) == ["1C"]
    assert [(refs([s])[0], s.reasons) for s in summary.exceptions] == [
        ("1C", ("Overdue", "Declined")), ("2C", ("No improvement",)), ("2D", ("Overdue",))]


def test_counts_percentages_and_the_trend(summary) -> None:
    # 2 Complete, 2 Good, 1 Some, 1 No improvement, 1 not rated, of 7.
    assert summary.mix.as_counts() == {Rag.NO_IMPROVEMENT: 1, Rag.SOME_PROGRESS: 1,
                                       Rag.GOOD_PROGRESS: 2, Rag.AWAITING_BOARD: 0,
                                       Rag.COMPLETE: 2, None: 1}
    # 14.29, 14.29, 28.57, 28.57, 14.29 -> 14, 14, 29, 29, 14 = 100
    assert [s.percent for s in summary.mix.shares] == [14, 14, 29, 0, 29, 14]
    by_rec = {r.recommendation.number: (r.mix.as_counts(), r.overdue)
              for r in summary.by_recommendation}
    assert by_rec[1] == ({Rag.NO_IMPROVEMENT: 0, Rag.SOME_PROGRESS: 0, Rag.GOOD_PROGRESS: 1,
                          Rag.AWAITING_BOARD: 0, Rag.COMPLETE: 2, None: 0}, 1)
    # Every past meeting counts the whole plan as it stood: all 7 actions were there from the
    # start, those the log had not rated by then as not yet rated. 16 Jun: 1A (Some progress,
    # 5 Jun) and 2C (undated, No improvement) are rated; 15 Sep: 1A Complete, 1B and 1C Good,
    # 2A Some, 2C No improvement, 2 not rated.
    trend = [(p.date, p.mix.total, p.mix.count(Rag.COMPLETE), p.mix.count(None))
             for p in summary.over_time]
    assert trend == [(date(2020, 6, 16), 7, 0, 5), (date(2020, 9, 15), 7, 1, 2),
                     (date(2020, 12, 8), 7, 2, 1)]


def test_the_trend_counts_an_action_only_once_it_joined_the_plan(make_workbook) -> None:
    def edit(fields, rows):
        with_log(fields, rows)
        rows["Actions"][6]["Added"] = date(2020, 10, 1)   # 2D joined after September's meeting
        rows["Actions"][5]["Added"] = date(2020, 9, 15)   # 2C on the day of September's

    summary = plan_figures(read_workbook(make_workbook(edit)).plan)
    trend = [(p.date, p.mix.total, p.mix.count(None)) for p in summary.over_time]
    # June: 5 actions (2C, 2D not yet in), 4 unrated; September: 6 (2C counts on its day,
    # with its undated rating), 2B unrated (no update until 27 Nov); now: all 7.
    assert trend == [(date(2020, 6, 16), 5, 4), (date(2020, 9, 15), 6, 1),
                     (date(2020, 12, 8), 7, 1)]


def test_actions_added_after_the_meeting_are_left_out_and_said(make_workbook) -> None:
    def edit(fields, rows):
        with_log(fields, rows)
        rows["Actions"][6]["Added"] = date(2021, 1, 5)

    reading = read_workbook(make_workbook(edit))
    assert [a.reference for a in reading.plan.actions] == ["1A", "1B", "1C", "2A", "2B", "2C"]
    assert [str(w) for w in reading.warnings] == [
        "Actions!H8: 1 action was added after the meeting date (08/12/2020) and is left out "
        "of this paper, the first at Actions!H8", UNDATED_2C]


@pytest.mark.parametrize(("count", "total", "percent", "printed"), [
    (1, 8, 13, "13%"),      # 12.5: half rounds up, as Excel's ROUND(12.5, 0) does
    (4, 9, 44, "44%"),      # 44.44
    (5, 9, 56, "56%"),      # 55.56
    (1, 3, 33, "33%"),      # 33.33
    (2, 3, 67, "67%"),      # 66.67
    (1, 200, 1, "1%"),      # 0.5: rounds up to 1, not down to 0
    (1, 201, 0, "<1%"),     # 0.4975: some that round to none never print as 0%
    (3, 8, 38, "38%"),      # 37.5
    (5, 8, 63, "63%"),      # 62.5
    (199, 200, 100, ">99%"),  # 99.5: not all never prints as 100%
    (8, 8, 100, "100%"),
    (0, 8, 0, "0%"),
    (0, 0, 0, "0%"),        # no actions at all: nothing to share
])
def test_a_share_is_its_own_count_rounded_half_up(count, total, percent, printed) -> None:
    assert share_percent(count, total) == percent
    assert share_label(count, total) == printed


def test_half_rounds_up_however_it_is_reached() -> None:
    # Every count of every total up to 400, against the decimal working of ROUND(x, 0).
    for total in range(1, 401):
        for count in range(total + 1):
            exact = Decimal(count) * 100 / Decimal(total)
            assert share_percent(count, total) == int(exact.quantize(Decimal(1), ROUND_HALF_UP))


def test_the_same_count_of_the_same_total_is_the_same_share_whatever_its_rating() -> None:
    # 1 of 8 at each of four ratings and 4 not yet rated: largest remainders would print
    # two of the ones as 12% to make 100; each is 13%, and 4 of 8 is 50%.
    ratings = [*Rag][:4] + [None] * 4
    mix = rag_mix(ratings)
    assert [(s.count, s.percent_label) for s in mix.shares] == [
        (1, "13%"), (1, "13%"), (1, "13%"), (1, "13%"), (0, "0%"), (4, "50%")]
    assert mix.rounding_note == ROUNDING_NOTE  # 102


@pytest.mark.parametrize(("counts", "percents"), [
    ([1, 1, 1], [33, 33, 33]),            # 99
    ([2, 1], [67, 33]),                   # 100
    ([1] * 6, [17] * 6),                  # 102
    ([3, 3, 3, 1], [30, 30, 30, 10]),     # 100
    ([1, 1, 1, 1], [25, 25, 25, 25]),     # 100
    ([4, 5], [44, 56]),                   # 100
    ([1, 7], [13, 88]),                   # 101
    ([1, 1, 1, 1, 4], [13, 13, 13, 13, 50]),  # 102
    ([1, 1, 2], [25, 25, 50]),            # 100
    ([], []),                             # no actions: no shares, no note
])
def test_the_rounding_note_only_when_the_shares_do_not_add_up(counts, percents) -> None:
    ratings = [rag for rag, n in zip(RAG_SLOTS, counts, strict=False) for _ in range(n)]
    mix = rag_mix(ratings)
    assert [s.percent for s in mix.shares if s.count] == percents
    adds_up = sum(percents) == 100 or not percents
    assert mix.rounding_note == ("" if adds_up else ROUNDING_NOTE)
    assert "100" in ROUNDING_NOTE and "rounded" in ROUNDING_NOTE


def test_without_a_later_meeting_due_soon_looks_three_months_ahead(make_workbook) -> None:
    def edit(fields, rows):
        with_log(fields, rows)
        rows["Meetings"] = [{"Date": date(2020, 9, 15)}]

    summary = plan_figures(read_workbook(make_workbook(edit)).plan)
    assert summary.horizon == date(2021, 3, 9)  # 8 Dec 2020 + 91 days
    assert not summary.horizon_is_meeting


def test_log_disagreeing_with_actions_sheet_warns_and_log_wins(make_workbook) -> None:
    def edit(fields, rows):
        with_log(fields, rows)
        rows["Actions"][0]["RAG"] = "Amber"

    reading = read_workbook(make_workbook(edit))
    assert reading.plan.actions[0].rag is Rag.COMPLETE
    assert [str(w) for w in reading.warnings] == [
        UNDATED_2C,
        "Progress!C3: action 1A's latest update says 'Complete' but the Actions sheet says "
        "'Some progress'; the latest update is used"]


def test_bad_progress_rows_are_named(make_workbook) -> None:
    def edit(fields, rows):
        with_log(fields, rows)
        rows["Progress"][0]["Action"] = "9Z"
        rows["Progress"][1]["Date"] = date(2021, 1, 1)  # 1A's Complete, now after the meeting
        rows["Progress"][2]["Action"] = "B1"
        del rows["Actions"][0]["Closed by board"]  # else the board closed an unrated action

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(edit))
    assert [str(p) for p in caught.value.errors] == [
        "Progress!B2: update for action 9Z, which is not on the Actions sheet",
        "Progress!B4: 'B1' is not an action reference; write the recommendation number and the "
        "action's letter, e.g. 3G (also 3(g), 3.g or Rec 3G)",
    ]
    # The update after the meeting is not an error: it is left out, and said once.
    assert [str(p) for p in caught.value.warnings] == [
        "Progress!A3: 1 update is dated after the meeting date (08/12/2020) and left out of "
        "that meeting's figures and log, the first at Progress!A3; if it is for a later meeting, "
        "change the Paper sheet's Meeting date to that meeting", UNDATED_2C]


def test_updates_after_the_meeting_leave_every_figure_as_it_was(make_workbook) -> None:
    def later(fields, rows):
        with_log(fields, rows)
        rows["Progress"] += [
            {"Date": date(2021, 1, 10), "Action": "2C", "RAG": "Complete", "Evidence": "x"},
            {"Date": date(2021, 2, 1), "Action": "1C", "RAG": "Red"},
        ]

    before = plan_figures(read_workbook(make_workbook(with_log)).plan)
    reading = read_workbook(make_workbook(later))
    after = plan_figures(reading.plan)
    assert after.mix == before.mix and after.over_time == before.over_time
    assert [s.rag for s in after.statuses] == [s.rag for s in before.statuses]
    assert [str(w) for w in reading.warnings] == [
        "Progress!A12: 2 updates are dated after the meeting date (08/12/2020) and left out of "
        "that meeting's figures and log, the first at Progress!A12; if they are for a later "
        "meeting, change the Paper sheet's Meeting date to that meeting", UNDATED_2C]


def test_the_summary_lists_the_most_serious_exceptions_and_names_the_rest(make_workbook) -> None:
    from reportgen.paper.figures import EXCEPTIONS_LISTED

    def many(fields, rows):
        # 15 overdue actions (due August 2020, Good progress), then one with no improvement
        # and a later due date: it is the most serious, so it is listed whatever its order.
        rows["Actions"] = [
            {"Recommendation": 1, "Letter": letter, "Action": "a", "Lead": "L",
             "Timescale": "August 2020", "RAG": "Good progress"}
            for letter in "ABCDEFGHIJKLMNO"
        ] + [{"Recommendation": 2, "Letter": "A", "Action": "b", "Lead": "L",
              "Timescale": "March 2021", "RAG": "No improvement"}]
        rows["Progress"] = []

    summary = plan_figures(read_workbook(make_workbook(many)).plan)
    assert len(summary.exceptions) == 16
    listed = refs(summary.exceptions_listed)
    assert len(listed) == EXCEPTIONS_LISTED == 12
    assert listed == [f"1{c}" for c in "ABCDEFGHIJK"] + ["2A"]
    assert refs(summary.exceptions_not_listed) == ["1L", "1M", "1N", "1O"]
