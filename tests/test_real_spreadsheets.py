"""Real officers' spreadsheets, not the ones reportgen writes: headers worded their own way, a
title above the headers, sheets named otherwise, invisible characters, dates that cannot be
right. Nothing typed is silently dropped, and each message leads to the fix."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from workbooks import rename_column, sheets_of, small_plan

from reportgen import WorkbookError, read_workbook
from reportgen.paper.figures import plan_figures


def messages(reading) -> list[str]:
    return [str(w) for w in reading.warnings]


@pytest.mark.parametrize(
    ("sheet", "column", "header"),
    [("Actions", "Success measures", "Success criteria"), ("Actions", "RAG", "RAG status"),
     ("Progress", "Commentary", "Progress update"), ("Progress", "Commentary", "Comments"),
     ("Progress", "Evidence", "Evidence / link"), ("Actions", "Lead", "Lead officer"),
     ("Actions", "Timescale", "Due date")],
)
def test_columns_under_officers_own_headers_are_read(make_workbook, sheet, column,
                                                      header) -> None:
    fields, rows = small_plan()
    expected = read_workbook(make_workbook()).plan
    path = make_workbook(sheets=rename_column(sheets_of(fields, rows), sheet, column, header))
    reading = read_workbook(path)
    assert reading.plan.recommendations == expected.recommendations
    assert messages(reading) == []


def test_a_header_reportgen_does_not_read_is_named_with_the_closest_column(make_workbook) -> None:
    fields, rows = small_plan()
    sheets = [(name, [*headers, "Notes", "Lead 2"] if name == "Actions" else headers,
               [[*r, "our note", None] if name == "Actions" else r for r in body])
              for name, headers, body in sheets_of(fields, rows)]
    reading = read_workbook(make_workbook(sheets=sheets))
    assert messages(reading) == [
        "Actions!J1: the column headed 'Notes' is not one reportgen reads, so it is not in the "
        "paper; the closest column reportgen reads is the Progress sheet's 'Commentary'",
        "Actions!K1: the column headed 'Lead 2' is not one reportgen reads, so it is not in the "
        "paper; the closest column reportgen reads is 'Lead' (D1)",
    ]


def test_a_title_above_the_headers_is_found_and_said(make_workbook, tmp_path) -> None:
    path = make_workbook()
    book = openpyxl.load_workbook(path)
    book["Actions"].insert_rows(1, 2)
    book["Actions"]["A1"] = "Riverside action plan 2025"
    book.save(path)
    reading = read_workbook(path)
    assert len(reading.plan.actions) == 3
    assert messages(reading) == [
        "Actions!3:3: the headers were found in row 3, not in the first row; rows above them "
        "(a title?) are not read"]


def test_sheets_named_otherwise_are_found_and_two_matches_are_an_error(make_workbook) -> None:
    sheets = [("Action Plan" if name == "Actions" else name, headers, body)
              for name, headers, body in sheets_of(*small_plan())]
    reading = read_workbook(make_workbook(sheets=sheets))
    assert len(reading.plan.actions) == 3

    both = [*sheets, ("Actions", *sheets_of(*small_plan())[7][1:])]
    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(sheets=both))
    assert [str(p) for p in caught.value.errors] == [
        "Actions: 'Action Plan' and 'Actions' both look like the 'Actions' sheet; rename or "
        "delete the one that is not"]


def test_a_misspelt_sheet_name_is_named(make_workbook) -> None:
    sheets = [("Actoins" if name == "Actions" else name, headers, body)
              for name, headers, body in sheets_of(*small_plan())]
    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(sheets=sheets))
    assert str(caught.value.errors[0]) == (
        "Actions: the workbook has no 'Actions' sheet; is it 'Actoins'? Rename that sheet "
        "'Actions'")


def test_invisible_characters_are_removed_and_named(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][0]["RAG"] = "Complete\u200b"
        rows["Actions"][1]["Lead"] = "\ufeffPractice Manager"

    fields, rows = small_plan()
    edit(fields, rows)
    sheets = rename_column(sheets_of(fields, rows), "Actions", "Timescale", "Time\u200bscale")
    reading = read_workbook(make_workbook(sheets=sheets))
    assert reading.plan.actions[0].timescale.label == "September 2020"
    assert reading.plan.actions[1].lead == "Practice Manager"
    assert messages(reading) == [
        "Actions!E1: the header holds an invisible zero-width space (in 'Timescale'); it was "
        "removed",
        "Actions!G2: 2 cells hold invisible characters (such as a zero-width space pasted with "
        "the text), removed before reading, the first at Actions!G2",
    ]


def test_no_end_date_as_31_12_9999_is_a_warning_never_a_crash(make_workbook, tmp_path) -> None:
    from reportgen import build

    def edit(fields, rows):
        fields["Paper"]["Meeting date"] = date(9999, 12, 31)
        rows["Actions"][1]["Timescale"] = date(9999, 12, 31)

    path = make_workbook(edit)
    reading = read_workbook(path)
    assert "the meeting date (31/12/9999) is 7,979 years from the inspection" in \
        " ".join(messages(reading))
    assert reading.plan.actions[1].timescale.due is None
    summary = plan_figures(reading.plan)
    assert summary.horizon == date.max
    result = build(path, out_dir=tmp_path, formats=("html",))
    assert result.outputs


def test_a_far_timescale_is_warned_and_kept_off_the_chart(make_workbook, tmp_path) -> None:
    from reportgen import build

    def edit(fields, rows):
        rows["Actions"][1]["Timescale"] = "March 2300"

    path = make_workbook(edit)
    assert messages(read_workbook(path)) == [
        "Actions!E3: action 1B is due 31/03/2300, more than 10 years after the meeting; check "
        "the year"]
    build(path, out_dir=tmp_path, formats=("html",))
    html = (tmp_path / f"{path.stem}.html").read_text()
    assert "Due more than 10 years from the meeting, and not shown: 1B (31 March 2300)." in html


def test_a_us_style_meeting_date_is_an_error_naming_both_readings(make_workbook) -> None:
    def edit(fields, rows):
        fields["Paper"]["Meeting date"] = "03/09/2021"  # the Meetings sheet says 9 March
        rows["Meetings"] = [{"Date": date(2020, 12, 8)}, {"Date": date(2021, 3, 9)}]

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(edit))
    assert [str(p) for p in caught.value.errors] == [
        "Paper!B5: the meeting date reads as 3 September 2021 (day first), which is not on the "
        "Meetings sheet, but 9 March 2021 is: were the day and month typed the other way round? "
        "Type the date as 09/03/2021 if that is the meeting, or add the meeting to the Meetings "
        "sheet"]


def _edited(path, change) -> None:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def test_what_officers_do_to_show_state_is_said(make_workbook) -> None:
    from openpyxl.styles import Font, PatternFill

    path = make_workbook()

    def change(book):
        actions = book["Actions"]
        actions["G4"].fill = PatternFill("solid", start_color="FFFF0000")  # 2A: red, no text
        for cell in actions[3]:
            cell.font = Font(strike=True)                                 # 1B struck through
        actions.row_dimensions[2].hidden = True                           # 1A hidden
        book["Progress"].sheet_state = "hidden"

    _edited(path, change)
    reading = read_workbook(path)
    assert [a.rag for a in reading.plan.actions][2] is None
    said = messages(reading)
    assert ("Actions!G4: the cell has no text but is coloured red, which suggests 'No "
            "improvement'; type the rating (or build with --read-colours to read colours as "
            "ratings). It is read as not yet rated") in said
    assert ("Actions!3:3: row 3 is struck through; it is still read and printed. Delete it if "
            "the entry is cancelled, or clear the strike-through") in said
    assert ("Actions!2:2: row 2 is hidden; it is still read and printed. Unhide it (or clear "
            "the filter) to see what the paper shows") in said
    assert any(w.startswith("Progress: the sheet 'Progress' is hidden") for w in said)
    coloured = read_workbook(path, read_colours=True)
    assert coloured.plan.actions[2].rag.label == "No improvement"


def test_formula_errors_and_hyperlinks(make_workbook, tmp_path) -> None:
    from reportgen import build

    path = make_workbook()

    def change(book):
        book["Actions"]["D3"] = "#N/A"  # an error value, as a spreadsheet saves a failed lookup
        book["Actions"]["D3"].data_type = "e"

    _edited(path, change)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert [str(p) for p in caught.value.errors] == [
        "Actions!D3: the cell's formula gives the error #N/A; correct the formula (or what it "
        "refers to) in Excel or LibreOffice, or type the value"]

    linked = make_workbook()
    _edited(linked, lambda book: setattr(book["Progress"]["E2"], "hyperlink",
                                         "https://example.org/protocol.pdf"))
    build(linked, out_dir=tmp_path, formats=("html",))
    html = (tmp_path / f"{linked.stem}.html").read_text()
    assert '<a href="https://example.org/protocol.pdf">Escalation protocol v1</a>' in html


def test_messages_name_each_sheet_as_the_workbook_names_it(make_workbook) -> None:
    def edit(fields, rows):
        rows["Progress"].append({"Date": date(2021, 1, 5), "Action": "1B", "RAG": "Amber"})
        rows["Actions"][2]["Added"] = date(2021, 2, 1)
        rows["Narrative"] = rows["Narrative"][:2]
        rows["Ratings"] = rows["Ratings"][:11]

    fields, rows = small_plan()
    edit(fields, rows)
    renamed = {"Progress": "Progress log", "Actions": "Action Plan", "Narrative": "Narrative text",
               "Ratings": "Inspection ratings"}
    sheets = [(renamed.get(name, name), headers, body)
              for name, headers, body in sheets_of(fields, rows)]
    said = messages(read_workbook(make_workbook(sheets=sheets)))
    assert [w.split("!")[0].split(":")[0] for w in said] == [
        "Inspection ratings", "Action Plan", "Narrative text", "Progress log"]
    assert "the first at Progress log!A4" in said[-1]
    assert "the first at Action Plan!H4" in said[1]
