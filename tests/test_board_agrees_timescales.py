"""A timescale a lead proposes moves no figure until the board agrees it, and the cover asks the
board to agree it; the cover also says how the update round went. Every format says the same."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn
from lead_returns import fill_return
from pypdf import PdfReader
from workbooks import drop_column, sheets_of, small_plan

from reportgen import WorkbookError, read_workbook
from reportgen.build import build
from reportgen.commands import main
from reportgen.excel import read_sheets, write_workbook
from reportgen.paper.context import paper_context, paper_html
from reportgen.paper.figures import plan_figures
from reportgen.plan.blank_workbook import write_plan

# The small plan meets on 8 December 2020, with no later meeting: "due soon" looks 91 days
# ahead, to 9 March 2021. 1B (Practice Manager) was due on 15 October 2020: overdue.
PROPOSAL = {"Date of update": date(2020, 11, 20), "New RAG": "Some progress",
            "Commentary": "Housing panel dates agreed.",
            "Proposed new timescale": "February 2021",
            "Reason for new timescale": "Waiting for the **housing protocol**."}
ASKED = ("The board is asked to agree this proposed new timescale; until "
         "it does, the figures use the timescale as it stands: 1B: from 15 October 2020 to "
         "February 2021 (proposed on 20 November 2020). Reason: Waiting for the housing "
         "protocol.")


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def words(text: str) -> str:
    """Spacing as one, and without the list bullets a PDF's text gives."""
    return re.sub(r"\s+", " ", text.replace("•", " ")).strip()


def visible(html: str) -> str:
    """The HTML's text as a reader sees it: tags out, entities back, spacing as one."""
    import html as entities

    inline = re.sub(r"</?(a|span|strong|em|s)\b[^>]*>", "", html)
    return words(entities.unescape(re.sub(r"<[^>]+>", " ", inline)))


def docx_text(path: Path) -> str:
    """Every paragraph of the Word paper (tables' too), each line of it (a paragraph may
    break its line) as one line of words."""
    body = Document(str(path)).element.body
    return "\n".join(words(line) for p in body.iter(qn("w:p"))
                     for line in "".join("\n" if t.tag == qn("w:br") else t.text or ""
                                         for t in p.iter(qn("w:t"), qn("w:br"))).split("\n"))


def four_leads() -> tuple[dict, dict]:
    """The small plan with a fourth action, 2B, led by the Board Manager and due in January
    2021 (so due before 9 March 2021). Leads with open actions: Practice Manager (1B), Chair
    (2A), Board Manager (2B); the Head Of Service's 1A is closed, so they are not asked."""
    fields, rows = small_plan()
    rows["Actions"].append({"Recommendation": 2, "Letter": "B", "Action": "Board induction",
                            "Lead": "Board Manager", "Timescale": "January 2021",
                            "RAG": "Some progress"})
    return fields, rows


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> Path:
    """The four-lead plan after its update round: the Practice Manager returned a proposed
    timescale for 1B, the Chair an update for 2A; the Board Manager returned nothing."""
    folder = tmp_path_factory.mktemp("round")
    plan = folder / "plan.xlsx"
    write_plan(plan, *four_leads())
    assert run("requests", plan, "--out", folder / "requests").exit_code == 0
    practice = fill_return(folder / "requests" / "practice-manager.xlsx", folder / "pm.xlsx",
                           {"1B": PROPOSAL})
    chair = fill_return(folder / "requests" / "chair.xlsx", folder / "chair.xlsx",
                        {"2A": {"Date of update": date(2020, 11, 25), "New RAG": "Good progress",
                                "Commentary": "Strategy drafted."}})
    out = folder / "collected.xlsx"
    result = run("collect", plan, practice, chair, "--out", out)
    assert result.exit_code == 0, result.output
    assert f"{practice} (Practice Manager): 1 update(s), 1 proposed timescale(s)" in result.output
    return out


@pytest.fixture(scope="module")
def papers(collected, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("papers")
    return {p.suffix[1:]: p for p in build(collected, out_dir=out, formats=("html", "pdf",
                                                                              "docx")).outputs}


def agreed(collected: Path, out: Path, when: object) -> Path:
    """``collected`` with the proposal's Agreed by board cell set to ``when``."""
    book = openpyxl.load_workbook(collected)
    sheet = book["Revisions"]
    headers = [cell.value for cell in sheet[1]]
    (row,) = [r for r in range(2, sheet.max_row + 1)
              if sheet.cell(row=r, column=headers.index("Agreed by board") + 1).value == "Proposed"]
    sheet.cell(row=row, column=headers.index("Agreed by board") + 1, value=when)
    book.save(out)
    return out


def test_the_proposal_is_recorded_as_proposed_and_moves_no_figure(collected) -> None:
    revisions = read_sheets(collected.read_bytes())["Revisions"].rows
    assert revisions[0][-1] == "Agreed by board"
    assert revisions[1:] == (
        ("1B", revisions[1][1], "February 2021", "Waiting for the **housing protocol**.", None,
         "Proposed"),)
    summary = plan_figures(read_workbook(collected).plan)
    # As before the round: 1B overdue (due 15 October 2020), 2B due soon (31 January 2021).
    assert [s.action.reference for s in summary.overdue] == ["1B"]
    assert [s.action.reference for s in summary.due_soon] == ["2B"]
    status = summary.by_reference["1B"]
    assert status.due == date(2020, 10, 15) and status.revisions == 0
    assert status.proposal.timescale.label == "February 2021"
    chart = paper_context(read_workbook(collected).plan).charts["due"].description
    assert chart.startswith("1 of 4 actions are past their due date and not complete: 1B.")


def test_every_format_asks_the_board_to_agree_it_with_both_timescales_and_the_reason(
        papers) -> None:
    pdf = words(" ".join(page.extract_text() for page in PdfReader(papers["pdf"]).pages))
    html = visible(papers["html"].read_text(encoding="utf-8"))
    docx = docx_text(papers["docx"])
    for text in (pdf, html, words(docx)):
        assert ASKED in text
        assert "1 is overdue" in text
    # The action plan shows the proposal under the timescale as it stands.
    assert "15 October 2020 proposed: February 2021 Overdue" in html
    assert "15 October 2020 proposed: February 2021 Overdue" in pdf
    assert "15 October 2020\nproposed: February 2021\nOverdue" in docx


def test_the_html_links_each_proposal_to_its_action(papers) -> None:
    html = papers["html"].read_text(encoding="utf-8")
    cover = html[html.index('<section class="cover-sheet"'):html.index("</section>")]
    cover = re.sub(r'<span class="kept-whole">([^<]*)</span>', r"\1", cover)  # dates on one line
    assert '<li><a href="#action-1B">1B</a>: from 15 October 2020 to February 2021' in cover


def test_the_cover_says_how_the_round_went_and_the_exceptions_name_who_did_not_return(
        collected, papers) -> None:
    # Asked: the Practice Manager, the Chair and the Board Manager (the Head Of Service's only
    # action is closed). Returned: the first two.
    said = "2 of 3 leads returned their updates for this meeting."
    plan = read_workbook(collected).plan
    assert plan.update_round.returned == ("Practice Manager", "Chair")
    assert plan.update_round.not_returned == ("Board Manager",)
    summary = plan_figures(plan)
    assert [s.action.reference for s in summary.exceptions] == ["1B", "2B"]
    assert summary.by_reference["2B"].reasons == ("No update returned",)
    pdf = words(" ".join(page.extract_text() for page in PdfReader(papers["pdf"]).pages))
    html = visible(papers["html"].read_text(encoding="utf-8"))
    docx = words(docx_text(papers["docx"]))
    for text in (pdf, html, docx):
        assert said in text
        assert "no update returned" in text.lower()
    assert "2B No update returned" in html


def test_a_plan_with_no_record_of_the_round_claims_nothing(tmp_path) -> None:
    write_plan(tmp_path / "plan.xlsx", *four_leads())
    plan = read_workbook(tmp_path / "plan.xlsx").plan
    assert plan.update_round is None
    html = visible(paper_html(plan))
    assert "returned their updates" not in html and "No update returned" not in html


def test_once_the_board_agrees_it_the_figures_use_the_new_timescale(collected,
                                                                   tmp_path) -> None:
    plan = read_workbook(agreed(collected, tmp_path / "agreed.xlsx", date(2020, 12, 8))).plan
    summary = plan_figures(plan)
    assert summary.overdue == ()
    assert [s.action.reference for s in summary.due_soon] == ["1B", "2B"]
    assert summary.by_reference["1B"].due == date(2021, 2, 28)
    assert summary.proposed == ()
    html = visible(paper_html(plan))
    assert "The board is asked to agree" not in html and "proposed:" not in html
    assert "February 2021 (revised once; originally 15 October 2020)" in html


def test_an_agreement_dated_before_the_proposal_is_an_error_naming_its_cell(collected,
                                                                         tmp_path) -> None:
    with pytest.raises(WorkbookError) as raised:
        read_workbook(agreed(collected, tmp_path / "early.xlsx", date(2020, 11, 1)))
    assert ("Revisions!F2: the board agreed action 1B's new timescale on 01/11/2020, before it "
            "was proposed on 20/11/2020 (Revisions!B2); correct one of the dates") in [
        str(p) for p in raised.value.errors]
    with pytest.raises(WorkbookError) as raised:
        read_workbook(agreed(collected, tmp_path / "junk.xlsx", "maybe"))
    assert [str(p) for p in raised.value.errors] == [
        "Revisions!F2: 'maybe' is not a board decision; type the date of the board meeting "
        "that agreed the new timescale, 'Proposed' while it awaits the board, or 'Not agreed'"]


def test_an_agreement_after_the_meeting_leaves_it_proposed_in_this_paper(collected,
                                                                        tmp_path) -> None:
    reading = read_workbook(agreed(collected, tmp_path / "later.xlsx", date(2021, 3, 9)))
    assert ("Revisions!F2: action 1B's new timescale was agreed by the board on 09/03/2021, "
            "after the meeting date (08/12/2020), so this paper still asks the board to agree "
            "it") in [str(p) for p in reading.warnings]
    summary = plan_figures(reading.plan)
    assert [s.action.reference for s in summary.proposed] == ["1B"]
    assert [s.action.reference for s in summary.overdue] == ["1B"]


def test_not_agreed_moves_nothing_and_asks_nothing(collected, tmp_path) -> None:
    plan = read_workbook(agreed(collected, tmp_path / "no.xlsx", "Not agreed")).plan
    summary = plan_figures(plan)
    assert summary.proposed == () and [s.action.reference for s in summary.overdue] == ["1B"]


def test_an_officer_still_types_an_agreed_revision_directly(tmp_path) -> None:
    fields, rows = four_leads()
    rows["Revisions"] = [{"Action": "1B", "Date": date(2020, 11, 1),
                          "New timescale": "January 2021", "Reason": "Agreed at the board"}]
    # Blank Agreed by board: agreed as typed.
    write_plan(tmp_path / "blank.xlsx", fields, rows)
    # A plan kept before the column existed.
    write_workbook(tmp_path / "older.xlsx",
                   drop_column(sheets_of(fields, rows), "Revisions", "Agreed by board"))
    for path in (tmp_path / "blank.xlsx", tmp_path / "older.xlsx"):
        summary = plan_figures(read_workbook(path).plan)
        assert summary.overdue == (), path
        assert summary.by_reference["1B"].due == date(2021, 1, 31)
        assert summary.proposed == ()


def test_collect_into_a_plan_without_the_column_adds_it_and_keeps_the_officers_revision(
        tmp_path) -> None:
    fields, rows = four_leads()
    rows["Revisions"] = [{"Action": "2B", "Date": date(2020, 11, 1),
                          "New timescale": "April 2021", "Reason": "Agreed at the board"}]
    plan = tmp_path / "older.xlsx"
    write_workbook(plan, drop_column(sheets_of(fields, rows), "Revisions", "Agreed by board"))
    assert run("requests", plan, "--out", tmp_path / "requests").exit_code == 0
    back = fill_return(tmp_path / "requests" / "practice-manager.xlsx", tmp_path / "pm.xlsx",
                       {"1B": PROPOSAL})
    out = tmp_path / "out.xlsx"
    result = run("collect", plan, back, "--out", out)
    assert result.exit_code == 0, result.output
    revisions = read_sheets(out.read_bytes())["Revisions"].rows
    assert revisions[0] == ("Action", "Date", "New timescale", "Reason", "Agreed by",
                            "Agreed by board")
    assert revisions[1][4:] in ((), (None,), (None, None))  # the officer's: agreed
    assert revisions[2][1:] == (revisions[2][1], "February 2021",
                                "Waiting for the **housing protocol**.", None, "Proposed")
    summary = plan_figures(read_workbook(out).plan)
    assert summary.by_reference["2B"].due == date(2021, 4, 30)  # the officer's: agreed
    assert summary.by_reference["1B"].due == date(2020, 10, 15)  # the lead's: proposed
    assert [s.action.reference for s in summary.proposed] == ["1B"]


def test_a_new_plan_offers_proposed_and_not_agreed_in_a_drop_down(tmp_path) -> None:
    assert run("new", tmp_path / "plan.xlsx").exit_code == 0
    sheet = openpyxl.load_workbook(tmp_path / "plan.xlsx")["Revisions"]
    headers = [cell.value for cell in sheet[1]]
    column = openpyxl.utils.get_column_letter(
        next(i for i, h in enumerate(headers, start=1) if h and h.startswith("Agreed by board")))
    (validation,) = [v for v in sheet.data_validations.dataValidation
                     if str(v.sqref).startswith(f"{column}2")]
    assert validation.type == "list" and "Proposed" in validation.formula1
    assert "Not agreed" in validation.formula1
    assert "Proposed" in validation.prompt
