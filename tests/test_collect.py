"""reportgen collect: returns in, a new copy of the plan out, and every refusal with its cell."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from lead_returns import fill_return, saved_by_libreoffice, saved_on
from workbooks import drop_column, sheets_of, small_plan

from reportgen.build import build
from reportgen.commands import main
from reportgen.excel import SheetData, lost_features, read_sheets, write_workbook
from reportgen.plan import schema
from reportgen.plan.blank_workbook import write_plan
from reportgen.plan.reader import read_workbook
from reportgen.updates.copy_checks import changed_cells


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def requests(example, tmp_path_factory) -> Path:
    """The example's requests, written once."""
    out = tmp_path_factory.mktemp("requests")
    assert run("requests", example, "--out", out).exit_code == 0
    return out


HEAD_OF_SERVICE = {
    "1B": {"Date of update": date(2021, 3, 1), "Propose as complete": "Yes",
           "Commentary": "All four releases since December had accommodation on the day.",
           "Evidence": "Resettlement audit, February 2021"},
    "2C": {"Date of update": date(2021, 3, 1), "New RAG": "Some progress",
           "Commentary": "The CAMHS link worker's start has slipped to May.",
           "Proposed new timescale": "June 2021",
           "Reason for new timescale": "Recruitment to the CAMHS post took longer."},
}
PRACTICE_MANAGER = {
    "2B": {"Date of update": "02/03/2021", "New RAG": "Good progress",
           "Commentary": "Joint exploitation audit repeated: 9 of 10 cases had a joint plan."},
    "4C": {"Date of update": date(2021, 3, 2), "New RAG": "Some progress",
           "Commentary": "Briefing for case managers on girls' needs held in February."},
}


@pytest.fixture(scope="module")
def returns(requests, tmp_path_factory) -> dict[str, Path]:
    """Two returns: the head of service's filled in with openpyxl, the operations and practice
    manager's saved again by LibreOffice, as a lead without Excel would. Only read."""
    folder = tmp_path_factory.mktemp("returns")
    head = fill_return(requests / "head-of-service.xlsx", folder / "head-of-service.xlsx",
                       HEAD_OF_SERVICE)
    filled = fill_return(requests / "operations-and-practice-manager.xlsx",
                         folder / "opm.xlsx", PRACTICE_MANAGER)
    return {"head": head, "manager": saved_by_libreoffice(filled, folder / "libreoffice")}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_collect_writes_a_plan_whose_paper_shows_the_new_updates(example, returns,
                                                                 tmp_path) -> None:
    before = digest(example)
    out = tmp_path / "plan-march.xlsx"
    result = run("collect", example, returns["head"], returns["manager"], "--out", out)
    assert result.exit_code == 0, result.output
    assert f"{returns['head']} (Head Of Service): 2 update(s), 1 proposed timescale(s)" \
        in result.output
    assert "proposed as complete, for the board to close: 1B" in result.output
    assert f"{returns['manager']} (Operations and Practice Manager): 2 update(s)" in result.output
    assert ("not returned: Operational Manager and Practice Manager (3C, 3F, 3G and 3H); "
            "YJPB and Head Of Service (4D, 5B and 5C); Chair and YJPB (5D)") in result.output
    assert (f"wrote {out}: 4 update(s) and 1 proposed timescale(s) added to the plan; the paper "
            "asks the board to agree the proposed timescales") in result.output
    assert digest(example) == before

    progress = read_sheets(out.read_bytes())["Progress"].rows
    assert progress[-4:] == (
        (datetime(2021, 3, 1), "1B", "Complete",
         "All four releases since December had accommodation on the day.",
         "Resettlement audit, February 2021", "Head Of Service"),
        (datetime(2021, 3, 1), "2C", "Some progress",
         "The CAMHS link worker's start has slipped to May.", None, "Head Of Service"),
        (datetime(2021, 3, 2), "2B", "Good progress",
         "Joint exploitation audit repeated: 9 of 10 cases had a joint plan.", None,
         "Operations and Practice Manager"),
        (datetime(2021, 3, 2), "4C", "Some progress",
         "Briefing for case managers on girls' needs held in February.", None,
         "Operations and Practice Manager"),
    )
    # Added below the example's own five revisions (4A twice, 4B, 4C, 4D).
    revisions = read_sheets(out.read_bytes())["Revisions"].rows
    assert [row[0] for row in revisions[1:6]] == ["4A", "4A", "4B", "4C", "4D"]
    # Recorded as proposed: the board agrees it (Agreed by board), not the lead.
    assert revisions[0][4:6] == ("Agreed by", "Agreed by board")
    assert revisions[6:] == (("2C", datetime(2021, 3, 1), "June 2021",
                              "Recruitment to the CAMHS post took longer.", None, "Proposed"),)

    (html,) = build(out, out_dir=tmp_path / "paper", formats=("html",)).outputs
    page = html.read_text(encoding="utf-8")
    for said in ("All four releases since December had accommodation on the day.",
                 "Joint exploitation audit repeated: 9 of 10 cases had a joint plan.",
                 "Briefing for case managers on girls&#39; needs held in February."):
        assert said in page, said


def test_libreoffice_keeps_the_identity_but_makes_its_sheet_merely_hidden(returns) -> None:
    book = openpyxl.load_workbook(returns["manager"])
    assert book["reportgen request"].sheet_state == "hidden"  # it was very hidden
    assert book["Updates"].protection.sheet
    assert book["Updates"]["H2"].protection.locked is False


def test_a_tampered_reference_is_refused_naming_its_cell(example, requests, tmp_path) -> None:
    tampered = fill_return(requests / "head-of-service.xlsx", tmp_path / "head.xlsx",
                           {"1B": {"Reference": "2B", **HEAD_OF_SERVICE["1B"]}})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, tampered, "--out", out)
    assert result.exit_code == 2
    assert (f"error: [{tampered}]Updates!A2: action 2B is Operations and Practice Manager's, "
            "not Head Of Service's, whose request this is; the reference was changed after the "
            "request was written. Put back the reference it had, 1B") in result.output
    assert "nothing was written" in result.output
    assert not out.exists()


def test_a_reference_not_in_the_plan_is_refused(example, requests, tmp_path) -> None:
    tampered = fill_return(requests / "chair-and-yjpb.xlsx", tmp_path / "chair.xlsx",
                           {"5D": {"Reference": "9Z", "Commentary": "Done"}})
    result = run("collect", example, tampered, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{tampered}]Updates!A2: 9Z is not an action of the plan; the reference was "
            "changed after the request was written. Put back the reference it had, 5D"
            ) in result.output


def test_a_return_for_another_plan_is_refused(example, make_workbook, tmp_path) -> None:
    other = make_workbook()
    assert run("requests", other, "--out", tmp_path / "other").exit_code == 0
    stranger = fill_return(tmp_path / "other" / "practice-manager.xlsx", tmp_path / "pm.xlsx",
                           {"1B": {"Commentary": "Done"}})
    result = run("collect", example, stranger, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    # The request names the plan by its ID (B11), which differs from the example's.
    assert (f"error: [{stranger}]reportgen request!B11: this return was written from another "
            f"plan ('{other.name}'), not from this plan or one it was collected from. Its plan "
            "ID is ") in result.output


def test_a_return_for_an_older_meeting_is_refused(example, returns, tmp_path) -> None:
    march = tmp_path / "plan-march.xlsx"
    assert run("collect", example, returns["head"], "--out", march).exit_code == 0
    # The officer moves the collected copy on to the June meeting; its record of what was
    # collected into it stays, so the March return is known, but for a meeting now past.
    book = openpyxl.load_workbook(march)
    book["Paper"]["B5"] = datetime(2021, 6, 8)
    june = tmp_path / "plan-june.xlsx"
    book.save(june)
    result = run("collect", june, returns["head"], "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{returns['head']}]reportgen request!B5: this return is for the meeting "
            "on Tuesday 9 March 2021, before the plan's meeting on Tuesday 8 June 2021") \
        in result.output


def test_collecting_the_same_returns_again_adds_nothing(example, returns, tmp_path) -> None:
    first = tmp_path / "first.xlsx"
    assert run("collect", example, returns["head"], returns["manager"],
               "--out", first).exit_code == 0
    again = tmp_path / "again.xlsx"
    result = run("collect", first, returns["head"], returns["manager"], "--out", again)
    assert result.exit_code == 0, result.output
    assert f"{returns['head']} (Head Of Service): 3 already in the plan, not added again" \
        in result.output
    assert "nothing to add" in result.output and "nothing was written" in result.output
    assert not again.exists()


def test_a_late_return_into_the_copy_does_not_name_those_who_returned(example, returns,
                                                                      tmp_path) -> None:
    first = tmp_path / "first.xlsx"
    assert run("collect", example, returns["head"], "--out", first).exit_code == 0
    result = run("collect", first, returns["manager"], "--out", tmp_path / "second.xlsx")
    assert result.exit_code == 0, result.output
    assert ("not returned: Operational Manager and Practice Manager (3C, 3F, 3G and 3H); "
            "YJPB and Head Of Service (4D, 5B and 5C); Chair and YJPB (5D)") in result.output


def test_an_update_that_disagrees_with_the_plan_is_refused(example, requests, returns,
                                                            tmp_path) -> None:
    first = tmp_path / "first.xlsx"
    assert run("collect", example, returns["head"], "--out", first).exit_code == 0
    changed = dict(HEAD_OF_SERVICE)
    changed["2C"] = {**changed["2C"], "Commentary": "The CAMHS worker starts in April."}
    retyped = fill_return(requests / "head-of-service.xlsx", tmp_path / "retyped.xlsx", changed)
    result = run("collect", first, retyped, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{retyped}]Updates!I3: action 2C's update of 01/03/2021 by Head Of "
            "Service differs from the update already in the plan at Progress row 69 (its "
            "commentary)") in result.output


def test_two_returns_that_disagree_are_refused(example, requests, returns, tmp_path) -> None:
    changed = {"1B": {**HEAD_OF_SERVICE["1B"], "Propose as complete": None,
                      "New RAG": "Good progress"}}
    other = fill_return(requests / "head-of-service.xlsx", tmp_path / "other.xlsx", changed)
    result = run("collect", example, returns["head"], other, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{other}]Updates!H2: action 1B's update of 01/03/2021 by Head Of Service "
            f"differs from the update in {returns['head']}, row 2 (its RAG)") in result.output


def test_unreadable_values_are_refused_with_the_forms_accepted(example, requests,
                                                               tmp_path) -> None:
    bad = fill_return(requests / "yjpb-and-head-of-service.xlsx", tmp_path / "bad.xlsx", {
        "4D": {"Date of update": "31/02/2021", "New RAG": "Amberish"},
        "5B": {"Propose as complete": "Maybe", "Commentary": "Nearly"},
        "5C": {"Proposed new timescale": "soonish", "Reason for new timescale": "Funding"},
    })
    result = run("collect", example, bad, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    where = f"[{bad}]Updates"
    for said in (f"{where}!G2: '31/02/2021' is not a date; enter a date such as 15/09/2020",
                 f"{where}!H2: 'Amberish' is not a RAG rating; use one of No improvement, Some "
                 "progress, Good progress, Complete",
                 f"{where}!K3: 'Maybe' is not allowed here; use one of Yes, No",
                 f"{where}!L4: 'soonish' is not a timescale; write a date (30/09/2020), a month",
                 "4 problem(s) in the returns or the plan; nothing was written"):
        assert said in result.output, said


def test_contradictions_in_a_row_are_refused(example, requests, tmp_path) -> None:
    bad = fill_return(requests / "chair-and-yjpb.xlsx", tmp_path / "bad.xlsx", {
        "5D": {"New RAG": "Good progress", "Propose as complete": "Yes",
               "Proposed new timescale": "June 2021"}})
    result = run("collect", example, bad, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"[{bad}]Updates!H2: says 'Good progress' but Propose as complete says Yes"
            in result.output)
    assert (f"[{bad}]Updates!M2: a new timescale is proposed without a reason"
            in result.output)


def test_an_undated_update_is_dated_the_day_the_return_was_saved(example, requests,
                                                                 tmp_path) -> None:
    undated = fill_return(requests / "chair-and-yjpb.xlsx", tmp_path / "chair.xlsx",
                          {"5D": {"Commentary": "Deep dive with the police held."}})
    # 23:30 on 28 February in UTC is 23:30 in London too (GMT); on 31 May it is 00:30 on
    # 1 June (BST).
    saved_on(undated, datetime(2021, 2, 28, 23, 30))
    out = tmp_path / "out.xlsx"
    assert run("collect", example, undated, "--out", out).exit_code == 0
    latest = read_sheets(out.read_bytes())["Progress"].rows[-1]
    assert latest[:3] == (datetime(2021, 2, 28), "5D", "Good progress")  # the RAG it had
    saved_on(undated, datetime(2021, 5, 31, 23, 30))
    result = run("collect", example, undated, "--out", out, "--force")
    assert result.exit_code == 0, result.output
    assert read_sheets(out.read_bytes())["Progress"].rows[-1][0] == datetime(2021, 6, 1)
    assert "dated after the meeting date (09/03/2021) and left out" in result.output
    # Saved at the very time the request was written (the example's own last-saved time): it
    # says nothing of when the update was made.
    saved_on(undated, datetime(2020, 1, 1))
    result = run("collect", example, undated, "--out", out, "--force")
    assert result.exit_code == 2
    assert (f"[{undated}]Updates!G2: no date of update, and the file does not say when it was "
            "saved; type the date of the update") in result.output


def test_the_copy_is_never_written_over_the_plan_nor_over_a_file(example, returns,
                                                                 tmp_path) -> None:
    plan = tmp_path / "plan.xlsx"
    shutil.copy(example, plan)
    result = run("collect", plan, returns["head"], "--out", plan)
    assert result.exit_code == 2 and "is the plan itself" in result.output
    existing = tmp_path / "existing.xlsx"
    existing.write_bytes(b"an officer's own file")
    result = run("collect", plan, returns["head"], "--out", existing)
    assert result.exit_code == 2
    assert "already exists; choose another name, or add --force to replace it" in result.output
    assert existing.read_bytes() == b"an officer's own file"
    assert plan.read_bytes() == example.read_bytes()


def test_a_workbook_that_is_not_a_return_is_refused(example, make_workbook, tmp_path) -> None:
    result = run("collect", example, make_workbook(), example, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert "is not an update request written by reportgen requests" in result.output
    assert f"error: {example}: is the plan itself, not a return" in result.output


def test_a_plan_with_neither_progress_nor_revisions_sheet_gets_them(tmp_path) -> None:
    fields, rows = small_plan()
    del rows["Progress"]
    plan = tmp_path / "plan.xlsx"
    write_plan(plan, fields, rows, sheets=[s for s in schema.SHEETS
                                           if s.name not in ("Progress", "Revisions")])
    assert run("requests", plan, "--out", tmp_path / "requests").exit_code == 0
    back = fill_return(tmp_path / "requests" / "practice-manager.xlsx", tmp_path / "pm.xlsx",
                       {"1B": {"Date of update": date(2020, 11, 2), "Commentary": "Started",
                               "Proposed new timescale": "Q1 2021/22",
                               "Reason for new timescale": "Staff shortage"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", plan, back, "--out", out)
    assert result.exit_code == 0, result.output
    sheets = read_sheets(out.read_bytes())
    assert sheets["Progress"].rows == (
        ("Date", "Action", "RAG", "Commentary", "Evidence", "Updated by"),
        (datetime(2020, 11, 2), "1B", "Some progress", "Started", None, "Practice Manager"))
    assert sheets["Revisions"].rows[1] == ("1B", datetime(2020, 11, 2), "Q1 2021/22",
                                           "Staff shortage", None, "Proposed")
    assert run("validate", out).exit_code == 0


def test_what_openpyxl_does_not_keep_is_named() -> None:
    def workbook(drawing: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("xl/drawings/drawing1.xml", drawing)
            archive.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>")
        return out.getvalue()

    shapes = workbook(b'<xdr:wsDr><xdr:twoCellAnchor><xdr:sp macro="">text box</xdr:sp>'
                      b"</xdr:twoCellAnchor></xdr:wsDr>")
    assert lost_features(shapes, workbook(b"<xdr:wsDr/>")) == ("shapes and text boxes",)
    assert lost_features(shapes, shapes) == ()


def test_a_copy_that_changed_a_cell_of_the_plan_is_caught() -> None:
    before = {"Actions": SheetData("Actions", (("Action", "Lead"), ("Do it", "Chair")))}
    changed = {"Actions": SheetData("Actions", (("Action", "Lead"), ("Do it", "Board")))}
    added = {"Actions": SheetData("Actions", (("Action", "Lead"), ("Do it", "Chair"),
                                              ("New", "Chair")))}
    assert changed_cells(before, changed, grown={}) == (["Actions!B2"], 0)
    assert changed_cells(before, added, grown={}) == (["Actions!A3 (new)", "Actions!B3 (new)"],
                                                      0)
    assert changed_cells(before, added, grown={"Actions": 2}) == ([], 0)


def test_a_plan_whose_read_cells_hold_formulas_is_refused(tmp_path) -> None:
    # Saved by LibreOffice, the formulas have values the plan reads; the copy openpyxl writes
    # would keep the formulas without them.
    plan = Path(__file__).parent / "fixtures" / "formulas-libreoffice.xlsx"
    assert run("requests", plan, "--out", tmp_path / "requests").exit_code == 0
    back = fill_return(tmp_path / "requests" / "chair.xlsx", tmp_path / "chair.xlsx",
                       {"2A": {"Date of update": date(2020, 12, 1), "Commentary": "Begun"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", plan, back, "--out", out)
    assert result.exit_code == 1
    assert (f"{out}: not written: the copy would not read as formulas-libreoffice.xlsx does "
            "(Actions!G2: the cell holds a formula") in result.output
    assert "replace the formulas in the sheets reportgen reads by their values" in result.output
    assert not out.exists()


def test_a_progress_sheet_without_an_updated_by_column_is_refused(tmp_path) -> None:
    sheets = drop_column(sheets_of(*small_plan()), "Progress", "Updated by")
    plan = tmp_path / "plan.xlsx"
    write_workbook(plan, sheets)
    assert run("requests", plan, "--out", tmp_path / "requests").exit_code == 0
    back = fill_return(tmp_path / "requests" / "chair.xlsx", tmp_path / "chair.xlsx",
                       {"2A": {"Date of update": date(2020, 12, 1), "Commentary": "Begun"}})
    result = run("collect", plan, back, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert ("error: Progress!1:1: no 'Updated by' column, so what the returns add cannot be "
            "recorded in full; add a column headed 'Updated by'") in result.output


def test_a_formula_in_a_return_is_refused_unless_it_has_a_saved_value(example, requests,
                                                                      tmp_path) -> None:
    # openpyxl saves a formula with no worked-out value, as a script filling the form would;
    # '#N/A' is saved as the error Excel shows for a formula that failed.
    bad = fill_return(requests / "head-of-service.xlsx", tmp_path / "head-of-service.xlsx", {
        "1B": {"Date of update": date(2021, 3, 1), "Commentary": '="Done "&"today"'},
        "2C": {"Date of update": "#N/A", "Commentary": "Begun"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, bad, "--out", out)
    assert result.exit_code == 2
    assert (f"error: [{bad}]Updates!I2: holds a formula (=\"Done \"&\"today\") with no saved "
            "value, so there is nothing to read; type the value") in result.output
    assert (f"error: [{bad}]Updates!G3: holds a formula whose result is the error #N/A; type "
            "the value") in result.output
    assert "2 problem(s) in the returns or the plan; nothing was written" in result.output
    assert not out.exists()
    # LibreOffice saves each formula's value with it: that value is read, as the plan's are.
    formula = fill_return(requests / "head-of-service.xlsx", tmp_path / "formula.xlsx", {
        "1B": {"Date of update": date(2021, 3, 1), "Commentary": '="Done "&"today"'}})
    saved = saved_by_libreoffice(formula, tmp_path / "libreoffice")
    result = run("collect", example, saved, "--out", out)
    assert result.exit_code == 0, result.output
    assert read_sheets(out.read_bytes())["Progress"].rows[-1][:4] == (
        datetime(2021, 3, 1), "1B", "Good progress", "Done today")


def linked_return(request: Path, out: Path, links: dict[str, tuple[str, str]]) -> Path:
    """``request`` saved as ``out`` with each action's Evidence cell ({reference: (text,
    address)}) typed and made a hyperlink, as Excel does with a typed address."""
    book = openpyxl.load_workbook(request)
    sheet = book["Updates"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    for reference, (text, target) in links.items():
        cell = sheet.cell(row=rows[reference], column=10, value=text)
        cell.hyperlink = target
        sheet.cell(row=rows[reference], column=7, value=date(2021, 3, 1))
    book.save(out)
    return out


def test_an_evidence_link_in_a_return_is_carried_into_the_plan(example, requests,
                                                               tmp_path) -> None:
    linked = linked_return(requests / "head-of-service.xlsx", tmp_path / "linked.xlsx",
                           {"1B": ("Resettlement audit", "https://example.org/audit.pdf")})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, linked, "--out", out)
    assert result.exit_code == 0, result.output
    progress = read_sheets(out.read_bytes())["Progress"]
    assert progress.rows[-1][4] == "Resettlement audit"
    assert progress.links[len(progress.rows), 5] == "https://example.org/audit.pdf"
    plan = read_workbook(out, out.read_bytes()).plan
    latest = next(a for a in plan.actions if a.reference == "1B").updates[-1]
    assert (latest.evidence, latest.evidence_link) == ("Resettlement audit",
                                                       "https://example.org/audit.pdf")
    # Collected again into the copy, the same linked update is already there.
    again = run("collect", out, linked, "--out", tmp_path / "again.xlsx")
    assert again.exit_code == 0, again.output
    assert "1 already in the plan, not added again" in again.output


def test_an_evidence_link_the_plan_does_not_keep_is_refused(example, requests,
                                                            tmp_path) -> None:
    linked = linked_return(requests / "head-of-service.xlsx", tmp_path / "linked.xlsx",
                           {"2C": ("Audit", "file:///C:/Users/lead/audit.docx")})
    result = run("collect", example, linked, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{linked}]Updates!J3: the cell links to 'file:///C:/Users/lead/audit.docx', "
            "which the plan does not keep (only http, https and mailto links are); give the "
            "evidence as an https:// link or the document's name") in result.output


def test_a_reference_changed_to_one_of_the_leads_own_actions_not_asked_about_is_refused(
        example, requests, tmp_path) -> None:
    # 2A is the head of service's, but rated Complete (awaiting the board): not asked about.
    # 1A is theirs too, closed by the board in September 2020.
    tampered = fill_return(requests / "head-of-service.xlsx", tmp_path / "head-of-service.xlsx",
                           {"1B": {"Reference": "2A", "Commentary": "Done"},
                            "2C": {"Reference": "1A", "Commentary": "Still done"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, tampered, "--out", out)
    assert result.exit_code == 2
    assert (f"error: [{tampered}]Updates!A2: 2A was not asked about in this request (it asked "
            "about 1B, 2C and 4A); the reference was changed after the request was written. "
            "Put back the reference it had, 1B") in result.output
    assert (f"error: [{tampered}]Updates!A3: action 1A was closed by the board on Tuesday 15 "
            "September 2020, so it takes no more updates; the reference was changed after the "
            "request was written. Put back the reference it had, 2C") in result.output
    assert "2 problem(s) in the returns or the plan; nothing was written" in result.output
    assert "formula" not in result.output
    assert not out.exists()


def test_a_row_the_request_did_not_write_is_named_as_such(example, requests,
                                                         tmp_path) -> None:
    # The head of service's request writes 1B, 2C and 4A in rows 2 to 4; row 5 is added.
    book = openpyxl.load_workbook(requests / "head-of-service.xlsx")
    sheet = book["Updates"]
    assert [sheet.cell(row=r, column=1).value for r in (2, 3, 4, 5)] == ["1B", "2C", "4A", None]
    columns = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=5, column=columns["Reference"], value="2A")
    sheet.cell(row=5, column=columns["Commentary"], value="Protocol reviewed")
    added = tmp_path / "head-of-service.xlsx"
    book.save(added)
    result = run("collect", example, added, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{added}]Updates!A5: 2A was not asked about in this request (it asked about "
            "1B, 2C and 4A); the request wrote no action in row 5; clear the row, and give the "
            "update in the row of the action it is for") in result.output


def test_back_dated_updates_and_revisions_are_refused(example, requests, tmp_path) -> None:
    # 2B's latest update in the plan is of 26/02/2021; 4C has none, but the board last met on
    # 8 December 2020, before this return's meeting; 4B's timescale was last revised on
    # 26/02/2021.
    back = fill_return(requests / "operations-and-practice-manager.xlsx", tmp_path / "opm.xlsx", {
        "2B": {"Date of update": date(2021, 2, 20), "Commentary": "Audit repeated."},
        "4C": {"Date of update": date(2020, 12, 1), "Commentary": "Briefing held."},
        "4B": {"Date of update": date(2021, 2, 20), "Proposed new timescale": "December 2021",
               "Reason for new timescale": "Funding"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, back, "--out", out)
    assert result.exit_code == 2
    where = f"[{back}]Updates"
    for said in (f"{where}!G2: 20/02/2021 is before action 2B's latest update in the plan, "
                 "dated 26/02/2021 (Progress row 55); an update is dated when it is made, so "
                 "date this one the day it was made",
                 f"{where}!G4: 01/12/2020 is on or before the board's meeting on Tuesday 8 "
                 "December 2020, so the update would change what that meeting was shown; an "
                 "update is dated when it is made, so date this one the day it was made",
                 f"{where}!G3: 20/02/2021 is before action 4B's latest revision in the plan, "
                 "dated 26/02/2021 (Revisions row 4), so this new timescale would come before "
                 "it and never take effect; a revision is dated when it is made, so date this "
                 "one the day it was made",
                 "3 problem(s) in the returns or the plan; nothing was written"):
        assert said in result.output, said
    assert not out.exists()


def test_one_bad_cell_gives_one_problem_and_yes_no_take_the_papers_words(example, requests,
                                                                         tmp_path) -> None:
    bad = fill_return(requests / "head-of-service.xlsx", tmp_path / "head-of-service.xlsx", {
        "1B": {"Date of update": date(2021, 3, 1), "Propose as complete": "Y"},
        "2C": {"Date of update": date(2021, 3, 1), "Propose as complete": "Perhaps"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, bad, "--out", out)
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"error: [{bad}]Updates!K3: 'Perhaps' is not allowed here; use one of Yes, No",
        "Error: 1 problem(s) in the returns or the plan; nothing was written"]
    good = fill_return(bad, tmp_path / "good.xlsx", {"2C": {"Propose as complete": "n",
                                                            "Commentary": "Under way"}})
    result = run("collect", example, good, "--out", out)
    assert result.exit_code == 0, result.output
    assert "a date of update but nothing else" not in result.output
    assert f"{good} (Head Of Service): 2 update(s)" in result.output
    assert "proposed as complete, for the board to close: 1B\n" in result.output


def test_a_new_rag_of_complete_is_a_proposal_unless_propose_says_no(example, requests,
                                                                    tmp_path) -> None:
    # 'B' and 'Complete (awaiting board)' are words the RAG parser reads as Complete.
    proposed = fill_return(requests / "head-of-service.xlsx", tmp_path / "head.xlsx", {
        "1B": {"Date of update": date(2021, 3, 1), "New RAG": "B", "Commentary": "Done"},
        "2C": {"Date of update": date(2021, 3, 1), "New RAG": "Complete (awaiting board)",
               "Commentary": "Done too"}})
    out = tmp_path / "out.xlsx"
    result = run("collect", example, proposed, "--out", out)
    assert result.exit_code == 0, result.output
    assert "proposed as complete, for the board to close: 1B, 2C" in result.output
    contradicted = fill_return(proposed, tmp_path / "no.xlsx",
                               {"1B": {"Propose as complete": "No"},
                                "2C": {"New RAG": "Complete", "Propose as complete": "No"}})
    result = run("collect", example, contradicted, "--out", tmp_path / "no-out.xlsx")
    assert result.exit_code == 2
    assert (f"error: [{contradicted}]Updates!H2: says 'B', read as Complete, but Propose as "
            "complete (K2) says No; choose Yes to propose the action complete, or another "
            "rating") in result.output
    assert (f"error: [{contradicted}]Updates!H3: says 'Complete' but Propose as complete (K3) "
            "says No; choose Yes to propose the action complete, or another rating") \
        in result.output


def test_an_undated_update_saved_after_the_meeting_is_said_to_be_left_out(example, requests,
                                                                         tmp_path) -> None:
    undated = fill_return(requests / "head-of-service.xlsx", tmp_path / "head.xlsx", {
        "1B": {"Propose as complete": "Yes", "Commentary": "All releases housed."},
        "2C": {"Date of update": date(2021, 3, 1), "Propose as complete": "Yes",
               "Commentary": "Link worker in post."}})
    saved_on(undated, datetime(2021, 3, 15, 9, 0))
    result = run("collect", example, undated, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 0, result.output
    assert (f"warning: [{undated}]Updates!G2: no date of update, so it is dated 15/03/2021, the "
            "day the file was last saved, which is after the plan's meeting date (Tuesday 9 "
            "March 2021): the copy holds the update, but the paper for that meeting leaves it "
            "out. Type the date of the update if it was made by then; if it is for a later "
            "meeting, change the Paper sheet's Meeting date in the copy to that meeting"
            ) in result.output
    assert "this paper" not in result.output
    assert "Updates!G3" not in result.output
    assert "proposed as complete, for the board to close: 2C\n" in result.output


def test_an_edited_lead_in_the_identity_is_named_once_at_its_cell(example, requests,
                                                                  tmp_path) -> None:
    book = openpyxl.load_workbook(requests / "head-of-service.xlsx")
    assert book["reportgen request"]["A7"].value == "Lead"
    book["reportgen request"]["B7"] = "Chair and YJPB"
    edited = tmp_path / "head-of-service.xlsx"
    book.save(edited)
    edited = fill_return(edited, edited, HEAD_OF_SERVICE)
    result = run("collect", example, edited, "--out", tmp_path / "out.xlsx")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"error: [{edited}]reportgen request!B7: 'Chair and YJPB', the request's lead, leads "
        "none of the actions it asked about (1B, 2C and 4A, which are Head Of Service's); the "
        "lead was changed after the request was written. Put back the lead it had",
        "Error: 1 problem(s) in the returns or the plan; nothing was written"]
