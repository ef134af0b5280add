"""reportgen requests: one workbook per lead with open actions, as the lead opens it."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from lead_returns import COLUMNS

from reportgen import __version__
from reportgen.commands import main
from reportgen.excel import plan_id
from reportgen.updates.leads import file_name
from reportgen.updates.request_form import return_by

# Worked out by hand from the example's Actions and Progress sheets: an action is open unless
# its latest update (or, with none, its RAG) says Complete. Operation and Practice Manager
# (spelt so) leads only 2D, which is Complete, so gets no file; 4C has no update and no RAG.
EXPECTED = {
    "head-of-service.xlsx": ("Head Of Service", ("1B", "2C", "4A")),
    "operations-and-practice-manager.xlsx": ("Operations and Practice Manager",
                                             ("2B", "4B", "4C")),
    "operational-manager-and-practice-manager.xlsx": (
        "Operational Manager and Practice Manager", ("3C", "3F", "3G", "3H")),
    "yjpb-and-head-of-service.xlsx": ("YJPB and Head Of Service", ("4D", "5B", "5C")),
    "chair-and-yjpb.xlsx": ("Chair and YJPB", ("5D",)),
}


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def requests(example, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("requests")
    result = run("requests", example, "--out", out)
    assert result.exit_code == 0, result.output
    return out


def text_of(sheet) -> str:
    return "\n".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v)


def test_one_request_per_lead_with_open_actions(example, tmp_path) -> None:
    result = run("requests", example, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(EXPECTED)
    for name, (lead, references) in EXPECTED.items():
        assert f"wrote {tmp_path / name} for {lead} ({', '.join(references)})" in result.output
        rows = list(openpyxl.load_workbook(tmp_path / name)["Updates"].iter_rows(
            min_row=2, values_only=True))
        assert tuple(row[0] for row in rows) == references
    assert "no request for Operation and Practice Manager: nothing open" in result.output
    assert ("5 request(s) for the meeting on Tuesday 9 March 2021, to return by Tuesday 23 "
            "February 2021") in result.output


def test_the_first_sheet_says_whose_actions_which_meeting_and_when_to_return(requests) -> None:
    book = openpyxl.load_workbook(requests / "head-of-service.xlsx")
    assert book.sheetnames[0] == "What to do"
    text = text_of(book["What to do"])
    # The meeting is Tuesday 9 March 2021; ten working days before it, counting back Monday 8
    # March, Friday 5 ... to Tuesday 23 February.
    for said in ("For: Head Of Service", "Your actions: 3 open actions, 1B, 2C and 4A",
                 "Meeting: Youth Justice Partnership Board, Tuesday 9 March 2021",
                 "Please return by: Tuesday 23 February 2021, to Head of Partnership "
                 "Commissioning, Resources and Youth Justice",
                 "choose Yes under Propose as complete", "Complete (awaiting board)"):
        assert said in text, said


def test_a_later_meeting_and_another_lead_time(example, tmp_path) -> None:
    result = run("requests", example, "--out", tmp_path, "--meeting", "08/06/2021",
                 "--lead-days", "5")
    assert result.exit_code == 0, result.output
    text = text_of(openpyxl.load_workbook(tmp_path / "chair-and-yjpb.xlsx")["What to do"])
    # Tuesday 8 June 2021 less five working days: Monday 7, Friday 4, Thursday 3, Wednesday 2,
    # Tuesday 1 June.
    assert "Meeting: Youth Justice Partnership Board, Tuesday 8 June 2021" in text
    assert "Please return by: Tuesday 1 June 2021" in text


@pytest.mark.parametrize("meeting", ["09/06/2021", "08/12/2020"])
def test_a_meeting_that_is_not_the_papers_nor_a_later_one_listed_is_refused(example, tmp_path,
                                                                           meeting) -> None:
    result = run("requests", example, "--out", tmp_path, "--meeting", meeting)
    assert result.exit_code == 2
    assert (f"--meeting {meeting}: not the Paper sheet's meeting date (9 March 2021) nor a "
            "later meeting on the Meetings sheet (8 June 2021)") in result.output
    assert list(tmp_path.iterdir()) == []


def test_return_by_counts_working_days_only() -> None:
    assert return_by(date(2021, 3, 9), 10) == date(2021, 2, 23)
    assert return_by(date(2021, 3, 8), 1) == date(2021, 3, 5)  # a Monday: the Friday before
    assert return_by(date(2021, 3, 9), 0) == date(2021, 3, 9)


def test_the_updates_sheet_shows_the_plan_read_only_and_has_cells_to_fill(requests) -> None:
    sheet = openpyxl.load_workbook(requests / "head-of-service.xlsx")["Updates"]
    assert tuple(c.value for c in sheet[1]) == COLUMNS
    first = [c.value for c in sheet[2]]
    assert first[:4] == ["1B", "Develop a process with children's services and placements to "
                         "ensure that resettlement planning in relation to accommodation "
                         "commences at the start of sentence.", "September 2020",
                         "Good progress"]
    assert first[4].startswith("Process followed for 3 of 4 releases since October")
    assert first[5] == datetime(2021, 2, 26)
    assert first[6:] == [None] * 7
    assert sheet.protection.sheet and not sheet.protection.password
    for row in sheet.iter_rows(min_row=1, max_row=4):
        for cell in row:
            fill_in = cell.row > 1 and cell.column >= COLUMNS.index("Date of update") + 1
            assert cell.protection.locked is not fill_in, cell.coordinate
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation
             if v.type == "list"}
    assert lists == {"H2:H4": '"No improvement,Some progress,Good progress,Complete"',
                     "K2:K4": '"Yes,No"'}


def test_the_plans_identity_is_on_a_very_hidden_sheet(example, requests) -> None:
    book = openpyxl.load_workbook(requests / "yjpb-and-head-of-service.xlsx")
    sheet = book["reportgen request"]
    assert sheet.sheet_state == "veryHidden"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    end = next(i for i, row in enumerate(rows) if row[0] is None)
    fields = {row[0]: row[1] for row in rows[:end]}
    assert fields["Plan SHA-256"] == hashlib.sha256(example.read_bytes()).hexdigest()
    assert fields["Plan ID"] == plan_id(example.read_bytes())
    # Below, what the lead was shown of each action, and the revisions the plan then held.
    shown = {row[0]: row for row in rows[end + 2:]}
    assert list(shown) == ["4D", "5B", "5C"]
    updates = book["Updates"]
    assert shown["4D"][1] == "YJPB and Head Of Service"
    assert shown["4D"][2:6] == tuple(updates.cell(2, column).value for column in range(2, 6))
    assert shown["4D"][8] == '[["2021-02-26", "september 2021"]]'  # the revision of 4D
    assert fields["Meeting date"] == "2021-03-09"
    assert fields["Lead"] == "YJPB and Head Of Service"
    assert fields["Actions"] == "4D, 5B, 5C"
    assert fields["reportgen version"] == __version__


def test_the_same_plan_gives_the_same_bytes(example, requests, tmp_path) -> None:
    assert run("requests", example, "--out", tmp_path).exit_code == 0
    for name in EXPECTED:
        assert (tmp_path / name).read_bytes() == (requests / name).read_bytes(), name


def test_leads_with_nothing_open_and_open_actions_with_no_lead(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Actions"][1]["Lead"] = None  # 1B, open, now with nobody to ask
        rows["Actions"][2].update(RAG="Complete", **{"Closed by board": date(2020, 12, 8)})
        # 2A: rated Complete and closed by the board

    plan = make_workbook(edit)
    result = run("requests", plan, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "no lead has an open action: no request was written" in result.output
    assert ("no request for these 2 leads, who have nothing open:\n"
            "  Head Of Service\n"
            "  Chair\n") in result.output
    assert "Head Of Service; Chair" not in result.output
    assert "no request for 1B: open, but with no lead on the Actions sheet" in result.output
    assert not (tmp_path / "out").exists()


def test_a_plan_with_errors_writes_no_request(make_workbook, tmp_path) -> None:
    plan = make_workbook(lambda fields, rows: rows["Actions"][0].update(RAG="Amberish"))
    result = run("requests", plan, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "Actions!G2: 'Amberish' is not a RAG rating" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("lead", "expected"), [
    ("Head Of Service", "head-of-service.xlsx"),
    ("Responsable de l'équipe / YOT", "responsable-de-l-equipe-yot.xlsx"),
    ("CON", "lead-con.xlsx"),
    ("Lpt1", "lead-lpt1.xlsx"),
    ("???", "lead.xlsx"),
    ("Operational Manager and Practice Manager, Youth Offending Team, Medway Council",
     "operational-manager-and-practice-manager-youth-offending.xlsx"),
])
def test_file_names_are_safe_on_any_file_system(lead, expected) -> None:
    assert file_name(lead, taken=set()) == expected


def test_file_names_are_unique() -> None:
    taken: set[str] = set()
    names = [file_name(lead, taken=taken) for lead in ("Head of Service (YOT)",
                                                        "Head of Service: YOT", "Nul", "nul")]
    assert names == ["head-of-service-yot.xlsx", "head-of-service-yot-2.xlsx", "lead-nul.xlsx",
                     "lead-nul-2.xlsx"]


def test_the_due_date_asked_about_is_the_timescale_as_revised(requests) -> None:
    # 4A was due December 2020; the Revisions sheet moved it to March, then June 2021.
    rows = openpyxl.load_workbook(requests / "head-of-service.xlsx")["Updates"].iter_rows(
        min_row=2, values_only=True)
    due = {row[0]: row[2] for row in rows if row[0]}
    assert due["4A"] == "June 2021" and due["1B"] == "September 2020"


def test_requests_already_in_the_folder_are_not_replaced_without_force(example,
                                                                       tmp_path) -> None:
    # A lead pressed Save: their return, typed updates and all, is in the requests folder
    # under the request's own name. Writing the requests again must not destroy it.
    (tmp_path / "head-of-service.xlsx").write_bytes(b"a lead's typed updates")
    result = run("requests", example, "--out", tmp_path)
    assert result.exit_code == 2
    assert (f"Error: {tmp_path / 'head-of-service.xlsx'}: already exists; choose another --out "
            "folder, or add --force to replace it") in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["head-of-service.xlsx"]
    assert (tmp_path / "head-of-service.xlsx").read_bytes() == b"a lead's typed updates"
    (tmp_path / "chair-and-yjpb.xlsx").write_bytes(b"another")
    result = run("requests", example, "--out", tmp_path)
    assert result.exit_code == 2
    assert (f"Error: {tmp_path}: head-of-service.xlsx and chair-and-yjpb.xlsx already exist; "
            "choose another --out folder, or add --force to replace them") in result.output
    result = run("requests", example, "--out", tmp_path, "--force")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(EXPECTED)
