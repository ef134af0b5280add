"""A plan keeps its identity while it changes, and nothing a lead typed over is ignored.

The example, moved on to a meeting in 2027: requests go out, the office edits the plan as an
office does, and the returns still go in; only where the office and a lead changed the same
thing differently is a return refused, naming both cells.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from lead_returns import fill_return, saved_by_libreoffice

from reportgen.commands import main
from reportgen.excel import plan_id, read_sheets

MEETING = datetime(2027, 3, 9)
DAY = date(2027, 3, 1)
AUTHOR = "Head of Youth Justice and Partnerships"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def last_row(sheet) -> int:
    return max(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value is not None)


@pytest.fixture(scope="module")
def round_2027(example, tmp_path_factory) -> dict[str, Path]:
    """The example moved to March 2027, its requests, and the plan as the office then edited
    it: the Author retyped, an update of another lead's action typed in, a revision agreed."""
    folder = tmp_path_factory.mktemp("round")
    book = openpyxl.load_workbook(example)
    book["Paper"]["B5"] = MEETING
    plan = folder / "plan.xlsx"
    book.save(plan)
    assert run("requests", plan, "--out", folder / "requests").exit_code == 0
    book = openpyxl.load_workbook(plan)
    book["Paper"]["B7"] = AUTHOR
    progress = book["Progress"]
    row = last_row(progress) + 1
    for column, value in enumerate((datetime(2027, 3, 1), "2B", "Good progress",
                                    "Audit repeated; joint plans in place.", None,
                                    "Youth Justice Officer"), start=1):
        progress.cell(row, column, value)
    revisions = book["Revisions"]
    row = last_row(revisions) + 1
    for column, value in enumerate(("4D", datetime(2027, 2, 20), "September 2027",
                                    "The board moved it at its February meeting."), start=1):
        revisions.cell(row, column, value)
    edited = folder / "plan-edited.xlsx"
    book.save(edited)
    return {"plan": plan, "edited": edited, "requests": folder / "requests"}


def test_a_plan_keeps_its_id_through_an_edit(example, round_2027) -> None:
    held = plan_id(round_2027["edited"].read_bytes())
    assert held and held == plan_id(example.read_bytes())


def test_a_return_goes_into_the_plan_the_office_has_edited(round_2027, tmp_path) -> None:
    filled = fill_return(round_2027["requests"] / "head-of-service.xlsx",
                         tmp_path / "head-of-service.xlsx", {
                             "1B": {"Date of update": DAY, "New RAG": "Good progress",
                                    "Commentary": "Releases all had accommodation."},
                             "2C": {"Date of update": DAY, "New RAG": "Some progress",
                                    "Commentary": "The CAMHS post is advertised."}})
    returned = saved_by_libreoffice(filled, tmp_path / "libreoffice")
    out = tmp_path / "plan-collected.xlsx"
    result = run("collect", round_2027["edited"], returned, "--out", out)
    assert result.exit_code == 0, result.output
    assert f"{returned} (Head Of Service): 2 update(s)" in result.output
    sheets = read_sheets(out.read_bytes())
    assert sheets["Paper"].rows[6][1] == AUTHOR  # the office's edit is kept
    progress = sheets["Progress"].rows
    assert (datetime(2027, 3, 1), "2B", "Good progress", "Audit repeated; joint plans in place.",
            None, "Youth Justice Officer") in progress
    assert progress[-2:] == (
        (datetime(2027, 3, 1), "1B", "Good progress", "Releases all had accommodation.", None,
         "Head Of Service"),
        (datetime(2027, 3, 1), "2C", "Some progress", "The CAMHS post is advertised.", None,
         "Head Of Service"))
    assert ("4D", datetime(2027, 2, 20), "September 2027",
            "The board moved it at its February meeting.") in sheets["Revisions"].rows
    assert plan_id(out.read_bytes()) == plan_id(round_2027["edited"].read_bytes())
    # The same return into the copy adds nothing.
    again = run("collect", out, returned, "--out", tmp_path / "again.xlsx")
    assert again.exit_code == 0, again.output
    assert "2 already in the plan, not added again" in again.output
    assert not (tmp_path / "again.xlsx").exists()


def test_a_return_that_rates_an_action_the_office_rated_that_day_is_refused(
        round_2027, tmp_path) -> None:
    other = fill_return(round_2027["requests"] / "operations-and-practice-manager.xlsx",
                        tmp_path / "opm.xlsx", {
                            "2B": {"Date of update": DAY, "New RAG": "Some progress",
                                   "Commentary": "Two cases still without a joint plan."}})
    result = run("collect", round_2027["edited"], other, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{other}]Updates!H2: action 2B's update of 01/03/2027 says Some progress, "
            "but the plan has an update of the same action and day added after the request "
            "was written (Progress!C68, by Youth Justice Officer) that says Good progress"
            ) in result.output
    assert not (tmp_path / "out.xlsx").exists()


def test_a_revision_the_office_agreed_meets_a_lead_proposing_another(round_2027,
                                                                     tmp_path) -> None:
    proposed = fill_return(round_2027["requests"] / "yjpb-and-head-of-service.xlsx",
                           tmp_path / "yjpb.xlsx", {
                               "4D": {"Date of update": DAY, "Commentary": "Delayed.",
                                      "Proposed new timescale": "December 2027",
                                      "Reason for new timescale": "Staff left."}})
    result = run("collect", round_2027["edited"], proposed, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"[{proposed}]Updates!L2: action 4D's proposed new timescale is December 2027, but "
            "the plan has a revision of the same action added after the request was written "
            "(Revisions!C7, dated 20/02/2027) that says September 2027") in result.output


def test_a_return_for_another_plan_is_still_refused(round_2027, make_workbook,
                                                    tmp_path) -> None:
    filled = fill_return(round_2027["requests"] / "head-of-service.xlsx", tmp_path / "h.xlsx",
                         {"1B": {"Date of update": DAY, "Commentary": "Done."}})
    result = run("collect", make_workbook(), filled, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert "this return was written from another plan ('plan.xlsx')" in result.output


def test_a_plan_without_an_id_keeps_its_returns_and_gets_one_when_collected(
        round_2027, tmp_path) -> None:
    # A plan from before plans had IDs: its requests know it by its SHA-256.
    book = openpyxl.load_workbook(round_2027["plan"])
    book.custom_doc_props.props.clear()
    old = tmp_path / "old.xlsx"
    book.save(old)
    assert plan_id(old.read_bytes()) is None
    result = run("requests", old, "--out", tmp_path / "requests")
    assert result.exit_code == 0
    assert "the plan has no plan ID of its own" in result.output
    filled = fill_return(tmp_path / "requests" / "head-of-service.xlsx", tmp_path / "h.xlsx",
                         {"1B": {"Date of update": DAY, "Commentary": "Done."}})
    out = tmp_path / "collected.xlsx"
    assert run("collect", old, filled, "--out", out).exit_code == 0
    assert plan_id(out.read_bytes()).startswith("sha256:")


def test_complete_over_current_rag_and_news_over_latest_update_are_never_nothing(
        round_2027, tmp_path) -> None:
    news = "All releases since December had accommodation on the day."
    overtyped = fill_return(round_2027["requests"] / "head-of-service.xlsx",
                            tmp_path / "head.xlsx",
                            {"1B": {"Current RAG": "Complete", "Latest update": news}})
    out = tmp_path / "out.xlsx"
    result = run("collect", round_2027["edited"], overtyped, "--out", out)
    assert result.exit_code == 2
    assert "nothing filled in" not in result.output
    assert (f"error: [{overtyped}]Updates!D2: Current RAG was written as ") in result.output
    assert ("and the lead typed 'Complete' over it: New RAG (H2) is empty, so the lead means "
            "the action's rating is now Complete. A new rating belongs under New RAG: type it "
            "there and put Current RAG back, or collect with --take-overtyped to take it so"
            ) in result.output
    assert (f"error: [{overtyped}]Updates!E2: Latest update was written as ") in result.output
    assert ("Commentary (I2) is empty, so this is the lead's news. News belongs under "
            "Commentary") in result.output
    assert not out.exists()

    taken = run("collect", round_2027["edited"], overtyped, "--out", out, "--take-overtyped")
    assert taken.exit_code == 0, taken.output
    assert f"[{overtyped}]Updates!D2" in taken.output and "taken as the New RAG" in taken.output
    assert "proposed as complete, for the board to close: 1B" in taken.output
    row = read_sheets(out.read_bytes())["Progress"].rows[-1]
    assert row[1:4] == ("1B", "Complete", news) and row[5] == "Head Of Service"


def test_a_due_date_typed_over_points_to_proposed_new_timescale(round_2027, tmp_path) -> None:
    moved = fill_return(round_2027["requests"] / "head-of-service.xlsx", tmp_path / "head.xlsx",
                        {"2C": {"Due": "June 2027", "Date of update": DAY,
                                "Commentary": "Recruitment is slow."}})
    result = run("collect", round_2027["edited"], moved, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{moved}]Updates!C3: Due was written as 'December 2020' and the lead typed "
            "'June 2027' over it: a new timescale belongs under Proposed new timescale (L3), "
            "with its reason under Reason for new timescale (M3)") in result.output


def test_notes_extra_sheets_deleted_and_added_rows_are_named(round_2027, tmp_path) -> None:
    from openpyxl.comments import Comment

    book = openpyxl.load_workbook(round_2027["requests"] / "head-of-service.xlsx")
    sheet = book["Updates"]
    sheet["I3"].comment = Comment("See the attached audit", "Lead")
    listed = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    gone = listed[0]
    sheet.delete_rows(2)
    sheet.cell(len(listed) + 2, 2, "A new action the lead wants")
    book.create_sheet("My notes")["A1"] = "Things to do"
    edited = tmp_path / "head.xlsx"
    book.save(edited)
    result = run("collect", round_2027["edited"], edited, "--out", tmp_path / "out.xlsx")
    assert f"warning: [{edited}]My notes: a sheet the request did not have" in result.output
    assert (f"warning: [{edited}]Updates!I2: a note (comment) says 'See the attached audit'"
            ) in result.output
    assert (f"warning: [{edited}]Updates: the row of action {gone} (row 2 as the request wrote "
            "it) was deleted") in result.output
    assert "'A new action the lead wants' is typed on a row with no Reference" in result.output
    assert "nothing filled in" in result.output  # true: none of the cells to fill in was


def test_a_picture_pasted_into_a_return_is_named_where_it_is(round_2027, tmp_path) -> None:
    from openpyxl.drawing.image import Image
    from PIL import Image as Picture

    photo = tmp_path / "photo.png"
    Picture.new("RGB", (40, 30), "red").save(photo)
    book = openpyxl.load_workbook(round_2027["requests"] / "head-of-service.xlsx")
    book["Updates"].add_image(Image(str(photo)), "J2")
    pasted = tmp_path / "head.xlsx"
    book.save(pasted)
    result = run("collect", round_2027["edited"], pasted, "--out", tmp_path / "out.xlsx")
    assert (f"warning: [{pasted}]Updates!J2: a picture (or shape) is pasted here; the plan does "
            "not take pictures, so it is not collected: ask the lead to send it as a file, or "
            "as an https:// link under Evidence") in result.output


def test_two_returns_of_one_request_that_disagree_are_named(round_2027, tmp_path) -> None:
    request = round_2027["requests"] / "head-of-service.xlsx"
    first = fill_return(request, tmp_path / "first.xlsx", {
        "1B": {"Date of update": DAY, "New RAG": "Good progress", "Commentary": "On track."}})
    second = fill_return(request, tmp_path / "second.xlsx", {
        "1B": {"Date of update": date(2027, 3, 3), "New RAG": "No improvement",
               "Commentary": "Two releases without accommodation."}})
    result = run("collect", round_2027["edited"], first, second, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{second}]Updates!H2: two returns of Head Of Service's request disagree "
            "about action 1B: this one rates it No improvement on 03/03/2027, "
            f"[{first}]Updates!H2 rates it Good progress on 01/03/2027") in result.output
