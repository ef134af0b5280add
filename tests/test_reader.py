"""The reader, rule by rule, on small workbooks built in each test."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from workbooks import (
    FORMULAS,
    drop_column,
    rename_column,
    sheets_of,
    small_plan,
    write_formula_plan,
)

from reportgen import WorkbookError, read_workbook
from reportgen.errors import Severity
from reportgen.excel import write_workbook
from reportgen.plan.model import Rag, Rating

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REMAKE = "remake it with tests/fixtures/make_libreoffice_fixture.sh"


def problems_of(path) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    return [str(p) for p in caught.value.errors]


def test_small_plan_reads(make_workbook) -> None:
    reading = read_workbook(make_workbook())
    plan = reading.plan
    assert plan.as_at == date(2020, 12, 8)
    assert [r.number for r in plan.recommendations] == [1, 2]
    assert [a.reference for a in plan.actions] == ["1A", "1B", "2A"]
    assert [a.rag for a in plan.actions] == [Rag.COMPLETE, Rag.SOME_PROGRESS, None]
    assert plan.actions[0].timescale.due == date(2020, 9, 30)


def test_columns_are_found_by_header_text_not_position(make_workbook, tmp_path) -> None:
    sheets = sheets_of(*small_plan())
    name, headers, body = next(s for s in sheets if s[0] == "Actions")
    # Reverse the columns, rename headers in other cases and spacing, add an extra column,
    # move the table down two rows and put blank rows between the actions.
    order = list(reversed(range(len(headers))))
    new_headers = [f"  {headers[i].upper()} *" for i in order] + ["Officer notes"]
    new_body = [[None] * (len(headers) + 1), [None] * (len(headers) + 1), new_headers]
    for row in body:
        new_body.append([row[i] for i in order] + ["ignore me"])
        new_body.append([None] * (len(headers) + 1))
    sheets = [(n, h, b) if n != "Actions" else (n, new_body[0], new_body[1:])
              for n, h, b in sheets]
    path = tmp_path / "moved.xlsx"
    write_workbook(path, sheets)
    plan = read_workbook(path).plan
    assert [(a.reference, a.lead) for a in plan.actions] == [
        ("1A", "Head Of Service"), ("1B", "Practice Manager"), ("2A", "Chair")]


def test_stray_spaces_are_trimmed_and_blank_rows_skipped(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][0]["Lead"] = "   Head Of Service  "
        rows["Actions"].insert(1, {})
        rows["Actions"].insert(1, {"Lead": "   "})

    plan = read_workbook(make_workbook(edit)).plan
    assert plan.actions[0].lead == "Head Of Service"
    assert len(plan.actions) == 3


def test_medway_ratings_score_18_of_36_requires_improvement(make_workbook) -> None:
    # By hand: 7 Good x 2 = 14, 4 Requires improvement x 1 = 4, 1 Inadequate x 0 = 0: 18 of 36.
    inspection = read_workbook(make_workbook()).plan.inspection
    assert (inspection.score, inspection.max_score) == (18, 36)
    assert inspection.overall is Rating.REQUIRES_IMPROVEMENT
    assert dict(inspection.rating_counts) == {
        Rating.GOOD: 7, Rating.REQUIRES_IMPROVEMENT: 4, Rating.INADEQUATE: 1}


@pytest.mark.parametrize(
    ("goods", "overall"),
    # n Good and 12-n Inadequate score 2n: 6 -> Inadequate, 7.. -> bands at 6/7, 18/19, 30/31.
    [(3, Rating.INADEQUATE), (4, Rating.REQUIRES_IMPROVEMENT), (9, Rating.REQUIRES_IMPROVEMENT),
     (10, Rating.GOOD), (12, Rating.GOOD)],
)
def test_band_edges(make_workbook, goods, overall) -> None:
    def edit(fields, rows):
        for index, row in enumerate(rows["Ratings"]):
            row["Rating"] = "Good" if index < goods else "Inadequate"

    inspection = read_workbook(make_workbook(edit)).plan.inspection
    assert inspection.score == 2 * goods
    assert inspection.overall is overall


def test_outstanding_band_from_31(make_workbook) -> None:
    def edit(fields, rows):
        for index, row in enumerate(rows["Ratings"]):
            row["Rating"] = "Outstanding" if index < 7 else "Good"  # 21 + 10 = 31

    inspection = read_workbook(make_workbook(edit)).plan.inspection
    assert (inspection.score, inspection.overall) == (31, Rating.OUTSTANDING)


def test_not_rated_standards_do_not_score(make_workbook) -> None:
    def edit(fields, rows):
        rows["Ratings"][1]["Rating"] = "Not rated"  # 1.2 was Good

    inspection = read_workbook(make_workbook(edit)).plan.inspection
    assert (inspection.score, inspection.max_score) == (16, 33)


def test_thirteen_standards_need_their_own_bands(make_workbook) -> None:
    def add_standard(fields, rows):
        fields["Inspection"]["Framework"] = "other"  # a framework reportgen does not know
        rows["Scoring"] = [  # HMIP's 12-standard rule, whose bands stop at 36
            {"Rating": "Outstanding", "Points": 3, "Band from": 31, "Band to": 36},
            {"Rating": "Good", "Points": 2, "Band from": 19, "Band to": 30},
            {"Rating": "Requires improvement", "Points": 1, "Band from": 7, "Band to": 18},
            {"Rating": "Inadequate", "Points": 0, "Band from": 0, "Band to": 6},
        ]
        rows["Ratings"].append({"Domain": "Resettlement", "Standard": "4.1",
                                "Name": "Resettlement policy", "Rating": "Good"})

    assert problems_of(make_workbook(add_standard)) == [
        "Ratings: 13 rated standards can score up to 39, but the scoring bands stop at 36; "
        "add a Scoring sheet with the bands for this framework"]

    def with_bands(fields, rows):
        add_standard(fields, rows)
        rows["Scoring"] = [  # the framework's own bands, up to 39
            {"Rating": "Outstanding", "Points": 3, "Band from": 34, "Band to": 39},
            {"Rating": "Good", "Points": 2, "Band from": 20, "Band to": 33},
            {"Rating": "Requires improvement", "Points": 1, "Band from": 7, "Band to": 19},
            {"Rating": "Inadequate", "Points": 0, "Band from": 0, "Band to": 6},
        ]

    inspection = read_workbook(make_workbook(with_bands)).plan.inspection
    assert (inspection.score, inspection.max_score) == (20, 39)
    assert inspection.overall is Rating.GOOD


def test_stated_score_and_rating_that_disagree_are_warnings(make_workbook) -> None:
    def edit(fields, rows):
        fields["Inspection"]["Stated score"] = "19/36"
        fields["Inspection"]["Stated overall rating"] = "Good"

    reading = read_workbook(make_workbook(edit))
    messages = [str(w) for w in reading.warnings if w.severity is Severity.WARNING]
    assert "Inspection!B6: the workbook states a score of 19/36, but the ratings give 18/36" \
        in messages
    assert ("Inspection!B7: the workbook states 'Good' overall, but 18/36 gives "
            "'Requires improvement'") in messages


def test_every_problem_is_named_by_sheet_and_cell(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][1]["RAG"] = "Amberish"           # Actions!G3
        rows["Actions"][2]["Recommendation"] = 7         # Actions!A4
        for row in rows["Actions"]:
            row["Lead"] = None
        rows["Versions"][0]["Version"] = None            # Versions!A2 (required)

    fields, rows = small_plan()
    edit(fields, rows)
    path = make_workbook(sheets=drop_column(sheets_of(fields, rows), "Actions", "Lead"))
    assert problems_of(path) == [
        "Versions!A2: 'Version' is empty; it is required",
        "Actions!F3: 'Amberish' is not a RAG rating; use one of No improvement, Some progress, "
        "Good progress, Complete, or 'Not started'",
        "Actions!A4: action points at recommendation 7, which does not exist (the "
        "Recommendations sheet has 1, 2)",
    ]


def test_missing_required_column_suggests_the_closest_header(make_workbook) -> None:
    sheets = rename_column(sheets_of(*small_plan()), "Actions", "Timescale", "Timescal")
    assert problems_of(make_workbook(sheets=sheets)) == [
        "Actions!E1: the column headed 'Timescal' is not one reportgen reads, but it looks like "
        "'Timescale', which this sheet has no column for (it is required); rename it "
        "'Timescale' (also accepted: Timescales, Deadline, Due date, Due, Target date and 8 "
        "more)"]


def test_missing_sheet_and_field(make_workbook) -> None:
    fields, rows = small_plan()
    del fields["Paper"]["Meeting date"]
    sheets = [s for s in sheets_of(fields, rows) if s[0] != "Recommendations"]
    problems = problems_of(make_workbook(sheets=sheets))
    assert problems[0] == ("Paper: no 'Meeting date' field; add a row with 'Meeting date' in the "
                           "Field column (The board meeting the paper goes to. Everything in the "
                           "paper is worked out as at this date.)")
    assert problems[1].startswith("Recommendations: the workbook has no 'Recommendations' sheet")


def test_duplicates_and_bad_values(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][1]["Letter"] = "A"                       # duplicate 1A at B3
        rows["Progress"].pop()                                   # 1B's update: no 1B now
        rows["Actions"][2]["Timescale"] = "Soon"                 # E4
        rows["Ratings"][3]["Rating"] = "Satisfactory"            # D5
        rows["Recommendations"][1]["Number"] = 1                 # duplicate at A3
        fields["Paper"]["Meeting date"] = "next Tuesday"         # Paper!B5

    assert problems_of(make_workbook(edit)) == [
        "Paper!B5: 'next Tuesday' is not a date; enter a date such as 15/09/2020 (day/month/year), "
        "15 September 2020 or 2020-09-15, or format the cell as a date",
        "Ratings!D5: 'Satisfactory' is not an inspection rating; use one of Outstanding, Good, "
        "Requires improvement, Inadequate, Not rated",
        "Recommendations!A3: recommendation 1 is listed twice; give each its own number",
        "Actions!B3: action 1A is listed twice; give each action its own letter",
        "Actions!E4: 'Soon' is not a timescale; write a date (30/09/2020), a month "
        "('September 2020'), a quarter ('Q3 2020', or 'Q2 2020/21' for the financial year) or "
        "'Ongoing' / 'TBC'",
        "Actions!A4: action points at recommendation 2, which does not exist (the "
        "Recommendations sheet has 1)",
    ]


def test_action_without_lead_is_a_warning(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][2]["Lead"] = None

    reading = read_workbook(make_workbook(edit))
    assert [str(w) for w in reading.warnings] == ["Actions!D4: action 2A has no lead"]


def test_input_workbook_is_never_modified(make_workbook) -> None:
    import hashlib

    path = make_workbook()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    read_workbook(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_formula_never_calculated_is_named_not_read_as_blank(tmp_path) -> None:
    path = tmp_path / "formulas.xlsx"
    write_formula_plan(path)  # openpyxl writes formulas without a calculated value
    advice = "with no saved value; open the workbook in Excel or LibreOffice and save it, or " \
             "type the value"
    assert problems_of(path) == [
        f"Actions!G2: the cell holds a formula ({FORMULAS['Actions!G2']}) {advice}",
        f"Actions!D3: the cell holds a formula ({FORMULAS['Actions!D3']}) {advice}",
    ]


def test_formulas_only_matter_in_cells_that_are_read(make_workbook) -> None:
    path = make_workbook()
    book = openpyxl.load_workbook(path)
    book["Actions"]["J1"] = "Officer notes"
    book["Actions"]["J2"] = "=LEN(C2)"
    book["Guidance"]["A1"] = "=1+1"
    book["Paper"]["B7"] = '="Head of " & "Service"'  # the Author field is read
    book.save(path)
    assert problems_of(path) == [
        'Paper!B7: the cell holds a formula (="Head of " & "Service") with no saved value; '
        "open the workbook in Excel or LibreOffice and save it, or type the value"]


def test_formulas_saved_by_a_spreadsheet_read_as_their_values() -> None:
    # The same workbook after LibreOffice opened and saved it: G2 gives Complete, D3 empty text.
    reading = read_workbook(FIXTURES / "formulas-libreoffice.xlsx")
    assert [a.rag for a in reading.plan.actions] == [Rag.COMPLETE, Rag.SOME_PROGRESS, None]
    # The fixture was saved before the small plan gave 1B a dated update: its undated rating
    # is warned of too, whichever the fixture holds.
    assert [str(w) for w in reading.warnings if "with no date" not in str(w)] == [
        "Actions!D3: action 1B has no lead"]


def test_the_example_saved_by_libreoffice_reads_exactly_as_the_original(example) -> None:
    saved = FIXTURES / "medway-libreoffice.xlsx"
    with zipfile.ZipFile(saved) as archive:
        # Really rewritten by LibreOffice: its own stamp, and text moved into shared strings.
        assert b"<Application>LibreOffice/" in archive.read("docProps/app.xml")
        assert "xl/sharedStrings.xml" in archive.namelist()
    original, resaved = read_workbook(example), read_workbook(saved)
    assert resaved.plan == original.plan, REMAKE + " if the example changed"
    assert resaved.warnings == original.warnings
    # The drop-downs and colours survive the save.
    book = openpyxl.load_workbook(saved)
    (rag,) = [dv for dv in book["Actions"].data_validations.dataValidation if "G2" in dv.sqref]
    assert rag.formula1 == '"No improvement,Some progress,Good progress,Complete"'
    assert len(book["Actions"].conditional_formatting) == 1
