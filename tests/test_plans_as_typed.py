"""Plans the project did not write: another service, other inspection frameworks, half-filled
sheets and the words officers type. The paper says what the workbook says, and nothing more."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from officer_plans import STANDARDS_2021, write_second_service
from pypdf import PdfReader

from reportgen import WorkbookError, build, read_workbook
from reportgen.commands import main
from reportgen.paper.figures import Direction, plan_figures
from reportgen.plan.model import Rag, Rating


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    return words(" ".join(page.extract_text() for page in PdfReader(path).pages))


def html_text(path: Path) -> str:
    text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
    return words(text.replace("&#39;", "'").replace("&amp;", "&"))


def between(text: str, start: str, end: str) -> str:
    """The text from the first ``start`` after which ``end`` follows, up to that ``end``."""
    begin = text.index(start)
    return text[begin:text.index(end, begin)]


@pytest.fixture(scope="module")
def riverside(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("riverside")
    workbook = write_second_service(folder / "riverside.xlsx")
    result = CliRunner().invoke(main, ["build", str(workbook), "--out", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return {"workbook": workbook, "output": result.output,
            "pdf": folder / "out" / "riverside.pdf", "html": folder / "out" / "riverside.html"}


def test_a_second_service_builds_with_warnings(riverside) -> None:
    output = riverside["output"]
    assert "no framework is named, so the one the inspection dates fall in is used: hmip-2021" \
        in output
    assert ("Progress!A7: 2 updates are dated after the meeting date (10/06/2025) and left out "
            "of that meeting's figures and log, the first at Progress!A7; if they are for a later "
            "meeting, change the Paper sheet's Meeting date to that meeting") in output
    # A plan kept before the board closed actions in the workbook: said once, and Complete
    # stays Complete rather than becoming a closure for the board to agree.
    assert ("the sheet has no 'Closed by board' column, so the 1 action rated Complete is "
            "counted as closed") in output
    assert "error:" not in output


def test_its_figures_are_the_ones_worked_out_by_hand(riverside) -> None:
    plan = read_workbook(riverside["workbook"]).plan
    summary = plan_figures(plan)
    # As at 10 June 2025 (updates of 1 July and 1 August left out): 1A Completed (20 February;
    # the plan keeps no Closed by board column, so Complete is Complete), 1B Some progress
    # (20 May), 2A Good progress, 2B, 5A ('Not started') and 6A not yet rated.
    assert [s.rag for s in summary.statuses] == [
        Rag.COMPLETE, Rag.SOME_PROGRESS, Rag.GOOD_PROGRESS, None, None, None]
    # 1 of 6 each is 16.67%, so 17% every time (17 + 17 + 17 + 50 = 101: each is its own).
    assert [(s.count, s.percent) for s in summary.mix.shares] == [
        (0, 0), (1, 17), (1, 17), (0, 0), (1, 17), (3, 50)]
    assert summary.completed == 1 and summary.awaiting_board == ()
    # Overdue: 1B (31.03.25) and 2B (Q4 2024/25 ends 31 March 2025); 2A 'Ongoing' and 5A 'TBC'
    # have no due date; 6A (Q3 2025, 30 September) falls after the next meeting (9 September).
    assert [s.action.reference for s in summary.overdue] == ["1B", "2B"]
    assert [s.action.reference for s in summary.no_due_date] == ["2A", "5A"]
    assert summary.due_soon == () and summary.completed_late == ()
    # Since 11 March 2025: 1B went from No improvement (1 March) to Some progress.
    assert [s.action.reference for s in summary.moved(Direction.IMPROVED)] == ["1B"]
    # The trend counts all six actions at the last meeting too, three of them not yet rated.
    assert [(p.date, p.mix.total, p.mix.count(None)) for p in summary.over_time] == [
        (date(2025, 3, 11), 6, 3), (date(2025, 6, 10), 6, 3)]
    assert plan.inspection.framework.key == "hmip-2021"
    # 1 Outstanding, 7 Good, 3 Requires improvement, 1 Inadequate: 3 + 14 + 3 + 0 = 20 of 36.
    assert (plan.inspection.score, plan.inspection.max_score) == (20, 36)
    assert plan.inspection.overall is Rating.GOOD


def test_its_paper_prints_those_figures(riverside) -> None:
    text = pdf_text(riverside["pdf"])
    assert ("As at 10 June 2025, 1 of 6 actions (17%) are complete. 2 are overdue and 0 fall "
            "due before the next meeting 9 September 2025.") in text
    assert "The board is asked to agree" not in text
    assert "Score 20/36 Overall rating ●●○ Good" in text
    # Resettlement is shown as not rated and left out of the counts, in plain words.
    assert "Overall against 12 rated areas good with:" in text
    assert ("1 area was not rated and is not counted above: 4.1 Resettlement policy and "
            "provision.") in text
    # Words typed as officers type them print as typed.
    for typed in ("end March 2025", "Ongoing", "TBC", "Q4 2024/25", "Q3 2025"):
        assert typed in text
    assert text.count("No due date") == 2


@pytest.mark.parametrize("paper", ["pdf", "html"])
def test_recommendations_carry_their_own_numbers_everywhere(riverside, paper) -> None:
    text = pdf_text(riverside[paper]) if paper == "pdf" else html_text(riverside[paper])
    recommendations = between(text, "Recommendations The Riverside", "RAG rating")
    action_plan = text[text.index("Action plan Actions for each"):]
    for number, words_of in ((1, "Improve planning for safety"),
                             (2, "Improve assessment in court work"),
                             (5, "Strengthen oversight of partnership work"),
                             (6, "Make sure the board hears from children")):
        assert f"{number}. {words_of}" in recommendations
        assert f"{number}. {words_of}" in action_plan
    assert "The Riverside Youth Justice Service should: 1. Improve" in recommendations
    assert "The Riverside Youth Justice Management Board should: 5. Strengthen" in recommendations


def test_the_example_numbers_agree_between_pdf_and_html(example_build, example) -> None:
    plan = read_workbook(example).plan
    pdf, html = pdf_text(example_build["pdf"]), html_text(example_build["html"])
    for text in (pdf, html):
        recommendations = between(text, "Recommendations As a result", "RAG rating")
        for recommendation in plan.recommendations:
            first_words = " ".join(re.sub(r"\*\*", "", recommendation.text).split()[:4])
            assert f"{recommendation.number}. {first_words}" in recommendations
            assert f"{recommendation.number}. {first_words}" in text[text.index("Action plan A"):]


def test_three_of_twelve_ratings_give_no_rating_and_name_the_nine_missing(tmp_path) -> None:
    workbook = write_second_service(tmp_path / "half.xlsx", ratings=STANDARDS_2021[:3])
    reading = read_workbook(workbook)
    (missing,) = [str(w) for w in reading.warnings if "have no row" in w.message]
    for number in ("1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1"):
        assert number in missing
    assert missing.startswith("Ratings: 10 of the 13 standards hmip-2021 rates have no row")
    inspection = reading.plan.inspection
    assert (inspection.score, inspection.overall) == (None, None)
    build(workbook, out_dir=tmp_path / "out", formats=("pdf",))
    text = pdf_text(tmp_path / "out" / "half.pdf")
    assert "Score" not in text.split("Ratings HMIP inspected")[1].split("Executive")[0]
    assert "Overall rating Not given here: 10 standards have no rating in the plan" in text
    assert "Good with" not in text and "Inadequate" not in text


def test_a_2025_inspection_prints_the_inspectorates_own_rating(tmp_path) -> None:
    details = [("Inspectorate", "HMIP"), ("Inspection start", date(2025, 5, 12)),
               ("Inspection end", date(2025, 5, 16)), ("Stated overall rating", "Good")]
    ratings = [("Work with children", "1.1", "Work with children", "Outstanding"),
               ("Work with victims", "2.1", "Work with victims", "Good")]
    workbook = write_second_service(tmp_path / "p2025.xlsx", ratings=ratings,
                                    inspection=details)
    reading = read_workbook(workbook)
    inspection = reading.plan.inspection
    assert inspection.framework.key == "hmip-2025"
    assert (inspection.score, inspection.overall) == (None, Rating.GOOD)
    build(workbook, out_dir=tmp_path / "out", formats=("pdf",))
    text = pdf_text(tmp_path / "out" / "p2025.pdf")
    ratings_page = text.split("Ratings HMIP inspected")[1].split("Executive")[0]
    assert "Overall rating ●●○ Good" in ratings_page and "Score" not in ratings_page
    assert "The overall rating is HMIP's own, as its report gives it." in ratings_page

    without = write_second_service(tmp_path / "unstated.xlsx", ratings=ratings,
                                   inspection=details[:3])
    reading = read_workbook(without)
    assert reading.plan.inspection.overall is None
    assert any("type the report's overall rating" in w.message for w in reading.warnings)


def test_not_rated_words(make_workbook) -> None:
    def edit(fields, rows):
        fields["Inspection"]["Framework"] = "hmip-2021"
        rows["Ratings"][11]["Name"] = "Out-of-court disposal policy and provision"
        rows["Ratings"].append({"Domain": "Resettlement", "Standard": "4.1",
                                "Name": "Resettlement policy and provision",
                                "Rating": "Not inspected"})
        rows["Ratings"][0]["Rating"] = "N/A"   # 1.1 was Requires improvement

    inspection = read_workbook(make_workbook(edit)).plan.inspection
    assert [s.number for s in inspection.not_rated] == ["1.1", "4.1"]
    # 18 less 1.1's one point, over 11 scored standards.
    assert (inspection.score, inspection.max_score) == (17, 33)
    assert dict(inspection.rating_counts) == {
        Rating.GOOD: 7, Rating.REQUIRES_IMPROVEMENT: 3, Rating.INADEQUATE: 1}


def test_every_problem_in_one_pass_and_no_invented_ones(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][1]["RAG"] = "Amberish"            # Actions!G3
        rows["Recommendations"][1]["Addressed to"] = None  # Recommendations!B3: rec 2
        rows["Progress"].append({"Date": date(2020, 10, 1), "Action": "1B", "RAG": None})
        rows["Progress"].append({"Date": date(2020, 10, 2), "Action": "3C", "RAG": "Green"})

    path = make_workbook(edit)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert [str(p) for p in caught.value.errors] == [
        "Recommendations!B3: 'Addressed to' is empty; it is required",
        "Actions!G3: 'Amberish' is not a RAG rating; use one of No improvement, Some progress, "
        "Good progress, Complete, or 'Not started'",
        "Progress!C4: 'RAG' is empty; it is required",
        "Progress!B5: update for action 3C, which is not on the Actions sheet",
    ]
    assert caught.value.warnings == ()
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert [line for line in result.output.splitlines() if line.startswith(("error", "warning"))
            ] == [f"error: {p}" for p in caught.value.errors]


def test_an_unreadable_recommendation_number_invents_nothing(make_workbook) -> None:
    def edit(fields, rows):
        rows["Recommendations"][0]["Number"] = "one"

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(edit))
    assert [str(p) for p in caught.value.errors] == [
        "Recommendations!A2: 'one' is not a recommendation number; write its number, e.g. 1 "
        "(also 'Rec 1')"]


def test_a_bad_meeting_date_still_checks_the_log(make_workbook) -> None:
    def edit(fields, rows):
        fields["Paper"]["Meeting date"] = "soon"
        rows["Progress"].append({"Date": "yesterday", "Action": "1A", "RAG": "Complete"})

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(edit))
    assert [p.where for p in caught.value.errors] == ["Paper!B5", "Progress!A4"]


def test_addressed_to_whoever_the_officer_names(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Recommendations"] += [
            {"Number": 3, "Addressed to": "Kent Police", "Recommendation": "Share intelligence"},
            {"Number": 4, "Addressed to": "the local authority",
             "Recommendation": "Fund the health post"},
            {"Number": 5, "Addressed to": "Testshire Youth Offending Team",
             "Recommendation": "Audit exits"},
        ]
        rows["Actions"] += [
            {"Recommendation": n, "Letter": "A", "Action": "x", "Lead": "L",
             "Timescale": "March 2021"} for n in (3, 4, 5)]

    plan = read_workbook(make_workbook(edit)).plan
    assert [(name, [r.number for r in group]) for name, group in plan.addressee_groups] == [
        ("Testshire Youth Offending Team", [1, 5]),
        ("Youth Justice Partnership Board", [2]),
        ("Kent Police", [3]),
        ("the local authority", [4]),
    ]
    path = make_workbook(edit)
    build(path, out_dir=tmp_path, formats=("pdf",))
    text = pdf_text(tmp_path / f"{path.stem}.pdf")
    recommendations = between(text, "Recommendations The", "RAG rating")
    assert ("The Testshire Youth Offending Team should: 1. Improve custody planning 5. Audit "
            "exits The Youth Justice Partnership Board should: 2. Strengthen ambition Kent "
            "Police should: 3. Share intelligence The local authority should: 4. Fund the health "
            "post") in recommendations


def test_the_action_plan_names_each_blocks_source(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Recommendations"].append(
            {"Number": 3, "Addressed to": "YOT", "Source": "National Standards audit",
             "Recommendation": "Complete the self-assessment"})
        rows["Actions"].append({"Recommendation": 3, "Letter": "A", "Action": "Self-assess",
                                "Lead": "L", "Timescale": "Ongoing"})

    path = make_workbook(edit)
    build(path, out_dir=tmp_path, formats=("html",))
    html = (tmp_path / f"{path.stem}.html").read_text()
    headers = re.findall(r'<tr><th scope="col">([^<]+)</th><th scope="col">Action</th>', html)
    assert headers == ["HMIP recommendation", "National Standards audit recommendation"]
    audit_table = html[html.index("National Standards audit recommendation"):]
    assert "Complete the self-assessment" in audit_table
    assert "Improve custody planning" not in audit_table


def test_a_domain_without_narrative_gets_no_heading(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Narrative"] = [r for r in rows["Narrative"] if r.get("Domain") != 2]

    path = make_workbook(edit)
    reading = read_workbook(path)
    assert [str(w) for w in reading.warnings] == [
        "Narrative: domain 2 Court disposals has no narrative, so the executive summary gives no "
        "heading for it; add 'Domain summary', 'Key findings' or 'But' rows with the domain's "
        "number to write about it"]
    build(path, out_dir=tmp_path, formats=("html",))
    html = (tmp_path / f"{path.stem}.html").read_text()
    assert 'id="domain-1"' in html and 'id="domain-3"' in html
    assert 'id="domain-2"' not in html


def test_the_framework_field_is_checked(make_workbook) -> None:
    def edit(fields, rows):
        fields["Inspection"]["Framework"] = "hmip-2012"

    with pytest.raises(WorkbookError) as caught:
        read_workbook(make_workbook(edit))
    (problem,) = caught.value.errors
    assert str(problem).startswith("Inspection!B5: 'hmip-2012' is not a framework reportgen "
                                   "knows; use one of hmip-2018, hmip-2021, hmip-2025, other")
    assert "did you mean" in problem.message


def test_frameworks_file_and_schema_agree() -> None:
    from reportgen.plan import frameworks, schema

    assert tuple(frameworks.frameworks()) == schema.FRAMEWORK_KEYS
    for framework in frameworks.frameworks().values():
        assert framework.source and framework.name
        if framework.scoring is not None:
            scored = [s for s in framework.standards if s.scored]
            best = max(points for _, points in framework.scoring.points)
            assert framework.scoring.top == best * len(scored)


def test_officer_words_workbook_reads_without_reportgen_writing_it(tmp_path) -> None:
    # The plan is written by openpyxl alone; read back, nothing was changed or dropped.
    workbook = write_second_service(tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == ["Paper", "Inspection", "Ratings", "Narrative", "Recommendations",
                               "Actions", "Meetings", "Progress"]
    plan = read_workbook(workbook).plan
    assert [a.timescale.label for a in plan.actions] == [
        "end March 2025", "31 March 2025", "Ongoing", "Q4 2024/25", "TBC", "Q3 2025"]
    assert [u.date for u in plan.actions[0].updates] == [date(2024, 10, 15), date(2025, 2, 20)]


def test_three_of_the_2018_twelve_name_the_nine_missing(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Ratings"] = rows["Ratings"][:3]

    path = make_workbook(edit)
    reading = read_workbook(path)
    (missing,) = [w for w in reading.warnings if "have no row" in w.message]
    assert str(missing) == (
        "Ratings: 9 of the 12 standards hmip-2018 rates have no row: 1.4 Information and "
        "facilities; 2.1 Assessment; 2.2 Planning; 2.3 Implementation and delivery; 2.4 "
        "Reviewing; 3.1 Assessment; 3.2 Planning; 3.3 Implementation and delivery; 3.4 Joint "
        "working. The paper gives no overall rating until each has its rating, or 'Not rated'")
    build(path, out_dir=tmp_path, formats=("pdf",))
    text = pdf_text(tmp_path / f"{path.stem}.pdf")
    assert "Score 3/9" not in text and "Inadequate" not in text
    assert "Overall rating Not given here: 9 standards have no rating in the plan" in text
