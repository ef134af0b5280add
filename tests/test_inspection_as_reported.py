"""An inspection printed as the inspectorate reported it, and labels taken from the workbook:
a 2025-programme plan written as an officer writes it, read in the PDF, in the HTML in a real
browser and in the Word paper."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl
import pytest
from browser import Browser
from docx.oxml.ns import qn
from officer_plans import AREAS_2025, write_programme_2025, write_second_service
from pypdf import PdfReader

from reportgen import WorkbookError, build, new_workbook, read_workbook
from reportgen.plan import frameworks
from reportgen.plan.model import Rating

PROGRAMME = "HMI Probation youth justice inspection programme (2025)"
# The areas as typed (AREAS_2025), in that order: not the framework's, nor alphabetical.
TYPED_ORDER = ["Work with victims", "Leadership and partnerships", "Work with children"]


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path: Path) -> str:
    """Every paragraph of the Word paper, in tables too, in document order."""
    body = docx.Document(str(path)).element.body
    return words(" ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                          for p in body.iter(qn("w:p"))))


def browser_text(path: Path) -> dict[str, str]:
    """What a reader sees of each part of the HTML paper, in a real browser."""
    with Browser() as browser:
        browser.open(path.as_uri())
        parts = browser.evaluate(
            "Object.fromEntries([...document.querySelectorAll('main > section, main > nav')]"
            ".map(s => [s.className.split(' ')[0], s.innerText]))")
    return {name: words(text) for name, text in parts.items()}


def between(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin:text.index(end, begin + len(start))]


@pytest.fixture(scope="module")
def eastmere(tmp_path_factory) -> dict[str, str]:
    """The Eastmere paper in every format, as text: the whole of each, and its ratings page,
    action plan and contents."""
    folder = tmp_path_factory.mktemp("eastmere")
    workbook = write_programme_2025(folder / "eastmere.xlsx")
    build(workbook, out_dir=folder, formats=("pdf", "html", "docx"))
    pdf = words(" ".join(p.extract_text() for p in PdfReader(folder / "eastmere.pdf").pages))
    word = docx_text(folder / "eastmere.docx")
    seen = browser_text(folder / "eastmere.html")
    return {
        "pdf": pdf, "docx": word, "html": " ".join(seen.values()),
        "pdf ratings": between(pdf, "Ratings HMIP inspected", "Executive summary"),
        "docx ratings": between(word, "Ratings HMIP inspected", "Executive summary"),
        "html ratings": seen["ratings"],
        "pdf contents": between(pdf, "Contents", "Summary for the board Position"),
        "docx contents": between(word, "Contents", "Summary for the board Position"),
        "html contents": seen["contents"],
        "pdf plan": between(pdf, "Actions for each", "Appendix: progress log Every"),
        "docx plan": between(word, "Actions for each", "Appendix: progress log Every"),
        "html plan": seen["action-plan"],
    }


FORMATS = ("pdf", "html", "docx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_ratings_page_names_the_programme_and_prints_only_what_was_typed(eastmere,
                                                                             fmt) -> None:
    page = eastmere[f"{fmt} ratings"]
    assert (f"HMIP inspected Eastmere Youth Justice Service from 2 June 2025 to 6 June 2025, "
            f"under the {PROGRAMME}.") in page
    # No number the inspectorate never gave, no domain heading, no Standard column.
    for invented in ("1.1", "2.1", "1.", "2.", "Standard", "Domain"):
        assert invented not in page, invented
    assert "Work with children Work with children" not in page
    places = [page.index(area) for area in TYPED_ORDER]
    assert places == sorted(places), "the areas are not in the order typed"
    for area, _, _, rating in AREAS_2025:
        assert re.search(rf"{area} \W* {rating}", page), area
    # The counts are what was rated (1 good, 2 requires improvement, counted by hand), worded
    # so that they cannot be read as where the overall rating came from.
    assert "HMIP rated 3 areas: 1 good, 2 requires improvement." in page
    assert "The overall rating is HMIP's own, as its report gives it." in page
    assert re.search(r"Overall rating \W* Requires improvement", page)
    assert "Overall against" not in page and " with:" not in page and "Score" not in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_action_plan_is_headed_by_the_recommendations_source(eastmere, fmt) -> None:
    plan = eastmere[f"{fmt} plan"]
    assert "Actions for each HMIP recommendation, with RAG ratings as at 9 December 2025" in plan
    assert "HMIP recommendation Action Lead Timescale Success measures RAG" in plan
    assert "priority" not in plan.casefold()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_proper_name_is_printed_as_typed_before_should(eastmere, fmt) -> None:
    text = eastmere[fmt]
    assert text.count("Eastmere Police should:") == 2  # the recommendations and the plan
    assert "The Eastmere Police" not in text
    # 'YJS' is a short form of the plan's own service, whose name takes an article.
    assert text.count("The Eastmere Youth Justice Service should:") == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_contents_list_no_part_with_nothing_under_its_heading(eastmere, fmt) -> None:
    # The plan has no Versions sheet: its title page would hold only its heading.
    assert "version history" not in eastmere[f"{fmt} contents"]
    assert "Eastmere Youth Justice Service: improvement plan" not in eastmere[fmt]
    for part in ("Summary for the board", "Introduction", "Ratings", "Executive summary",
                 "Recommendations", "RAG rating", "Action plan", "Appendix: progress log"):
        assert part in eastmere[f"{fmt} contents"], part


def test_parts_without_content_are_left_out_of_every_format(tmp_path) -> None:
    """A plan with no recommendations yet prints no empty recommendations, action plan or log."""
    workbook = write_programme_2025(tmp_path / "bare.xlsx")
    book = openpyxl.load_workbook(workbook)
    for name in ("Recommendations", "Actions", "Progress"):
        sheet = book[name]
        sheet.delete_rows(2, sheet.max_row)
    book.save(workbook)
    build(workbook, out_dir=tmp_path, formats=("html", "docx"))
    html = (tmp_path / "bare.html").read_text(encoding="utf-8")
    word = docx_text(tmp_path / "bare.docx")
    for anchor, heading in (("recommendations", "Recommendations"),
                            ("action-plan", "Action plan"), ("appendix", "Appendix")):
        assert f'id="{anchor}"' not in html and f'href="#{anchor}"' not in html
        assert heading not in word
    assert 'href="#ratings"' in html and "Ratings" in word


def test_numbers_typed_under_the_2025_programme_are_not_printed(tmp_path) -> None:
    labelled = [("Work with children", "1.1", "Work with children", "Good"),
                ("Work with victims", "2.1", "Work with victims", "Outstanding")]
    workbook = write_programme_2025(tmp_path / "labelled.xlsx", areas=labelled)
    reading = read_workbook(workbook)
    (warning,) = [w for w in reading.warnings if w.where == "Ratings!B2"]
    assert "numbers none of the areas it rates" in warning.message
    assert "(1.1, 2.1); clear them" in warning.message
    inspection = reading.plan.inspection
    assert [s.label for s in inspection.standards] == ["Work with children", "Work with victims"]
    assert inspection.complete and inspection.overall is Rating.REQUIRES_IMPROVEMENT
    build(workbook, out_dir=tmp_path, formats=("pdf",))
    pdf = words(" ".join(p.extract_text() for p in PdfReader(tmp_path / "labelled.pdf").pages))
    page = between(pdf, "Ratings HMIP inspected", "Executive summary")
    assert "1.1" not in page and "2.1" not in page and "1. Work" not in page
    assert "HMIP rated 2 areas: 1 outstanding, 1 good." in page


def test_older_frameworks_keep_their_standards_domains_and_score(tmp_path) -> None:
    workbook = write_second_service(tmp_path / "riverside.xlsx")
    build(workbook, out_dir=tmp_path, formats=("pdf",))
    pdf = words(" ".join(p.extract_text() for p in PdfReader(tmp_path / "riverside.pdf").pages))
    page = between(pdf, "Ratings HMIP inspected", "Executive summary")
    assert ("under the HMI Probation youth offending services inspection (2021), with "
            "resettlement.") in page
    assert "Standard Area Rating Score 20/36" in page
    for heading in ("1. Organisational delivery", "2. Court disposals",
                    "3. Out-of-court disposals", "4. Resettlement"):
        assert heading in page
    assert page.index("1.4 Information") < page.index("2.1 Assessment") < page.index("4.1")
    # Worked out from the 12 scored standards (see officer_plans): the counts say so.
    assert "Overall against 12 rated areas good with:" in page
    assert "HMIP's own" not in page


def test_a_rated_resettlement_standard_is_not_counted_in_what_the_rating_came_from(
        tmp_path) -> None:
    # Riverside's ratings with 4.1 rated Inadequate: the score is still 20/36 from the 12
    # scored standards (1 Outstanding, 7 Good, 3 Requires improvement, 1 Inadequate).
    from officer_plans import STANDARDS_2021
    ratings = [*STANDARDS_2021[:-1], (*STANDARDS_2021[-1][:3], "Inadequate")]
    workbook = write_second_service(tmp_path / "riverside.xlsx", ratings=ratings)
    build(workbook, out_dir=tmp_path, formats=("pdf", "docx"))
    pdf = words(" ".join(p.extract_text() for p in PdfReader(tmp_path / "riverside.pdf").pages))
    for text in (between(pdf, "Ratings HMIP inspected", "Executive summary"),
                 between(docx_text(tmp_path / "riverside.docx"), "Ratings HMIP inspected",
                         "Executive summary")):
        assert "Score 20/36" in text
        assert "Overall against 12 areas good with:" in text
        assert "1 area of inadequate" in text and "2 areas of inadequate" not in text
        assert ("1 area is rated beside them, not scored, and is not counted above: 4.1 "
                "Resettlement policy and provision (inadequate).") in text


@pytest.mark.parametrize("typed", [
    PROGRAMME, "HMIP youth justice inspection programme (2025)", "hmip youth justice "
    "inspection programme 2025", "2025 programme", "The 2025 Programme", "HMIP 2025",
    "hmip-2025", "HMIP_2025", "HM Inspectorate of Probation 2025", "2025 framework",
    "hmip2025", "HMIP2025 programme",
])
def test_the_2025_programme_by_any_of_its_names(typed) -> None:
    assert frameworks.find(typed).key == "hmip-2025"


@pytest.mark.parametrize(("typed", "key"), [
    ("2021 framework", "hmip-2021"), ("HMIP 2021", "hmip-2021"), ("2021", "hmip-2021"),
    ("HMI Probation youth offending services inspection (2021)", "hmip-2021"),
    ("2018 framework", "hmip-2018"), ("hmip 2018", "hmip-2018"), ("Other", "other"),
    ("hmip2021", "hmip-2021"), ("HMIP2018", "hmip-2018"),
])
def test_older_frameworks_by_their_names(typed, key) -> None:
    assert frameworks.find(typed).key == key


def test_the_framework_typed_by_name_in_a_workbook(tmp_path) -> None:
    workbook = write_programme_2025(tmp_path / "named.xlsx", framework="2025 Programme")
    reading = read_workbook(workbook)
    assert reading.plan.inspection.framework.key == "hmip-2025"
    assert not any("framework" in w.message for w in reading.warnings)


@pytest.mark.parametrize("typed", ["HMIP youth justice inspection programe (2025)",
                                   "2025 programmes", "HMIP 2025 inspection"])
def test_a_near_miss_is_refused_naming_the_nearest_framework(tmp_path, typed) -> None:
    workbook = write_programme_2025(tmp_path / "near.xlsx", framework=typed)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(workbook)
    (problem,) = caught.value.errors
    assert problem.where == "Inspection!B5"
    assert "is not a framework reportgen knows" in problem.message
    assert f"did you mean 'hmip-2025', {PROGRAMME}?" in problem.message


def test_the_guidance_sheet_lists_exactly_the_names_accepted(tmp_path) -> None:
    path = tmp_path / "blank.xlsx"
    new_workbook(path)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(path)["Guidance"].iter_rows()]
    (framework_row,) = [r for r in rows if str(r[0]).startswith("Framework")]
    assert framework_row[3] == "hmip-2018, hmip-2021, hmip-2025, other, or a name listed above"
    (above,) = [r[0] for r in rows if str(r[0]).startswith("The inspection the plan answers.")]
    assert [r[0] for r in rows].index(above) < rows.index(framework_row)
    names = above.split("before it: ", 1)[1]
    names = names[:names.rindex("'") + 1]
    for framework in frameworks.frameworks().values():
        for name in (framework.name, *framework.also):
            assert f"'{name}'" in names, name
    # Every name listed is taken, as the framework it is listed under; nothing else is listed.
    parts = names.split("; ")
    assert len(parts) == len(frameworks.frameworks())
    for part in parts:
        key, listed = re.fullmatch(r"for ([a-z0-9-]+): (.*)", part).groups()
        assert {frameworks.find(n).key for n in re.findall(r"'([^']+)'", listed)} == {key}
        # ... and with 'The' or 'HMIP' before it, as the note says.
        assert {frameworks.find(("The " if n.startswith("HMI") else "The HMIP ") + n).key
                for n in re.findall(r"'([^']+)'", listed)} == {key}


def test_an_area_written_about_is_headed_by_its_name_alone(tmp_path) -> None:
    workbook = write_programme_2025(tmp_path / "narrated.xlsx")
    book = openpyxl.load_workbook(workbook)
    # The Narrative sheet names an area by its place on the Ratings sheet: the third typed.
    book["Narrative"].append(["Key findings", 3, "- Supervision is regular"])
    book.save(workbook)
    build(workbook, out_dir=tmp_path, formats=("html", "docx"))
    html = (tmp_path / "narrated.html").read_text(encoding="utf-8")
    assert re.search(r"<h3 id=\"domain-3\">Work with children</h3>", html)
    word = docx.Document(str(tmp_path / "narrated.docx"))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert "Work with children" in headings
    assert not any(re.match(r"\d+\. Work", h) for h in headings)


def test_the_action_plans_first_column_names_each_source_as_typed(tmp_path) -> None:
    workbook = write_programme_2025(tmp_path / "sources.xlsx")
    book = openpyxl.load_workbook(workbook)
    recommendations, actions = book["Recommendations"], book["Actions"]
    recommendations["D1"] = "Source"
    recommendations["D3"] = "Eastmere Police review"
    recommendations["D4"] = "Other"
    recommendations.append([4, "YJS", "Complete the self-assessment", "National Standards audit"])
    actions.append([4, "A", "Self-assess", "Head of service", "March 2026", "Good progress"])
    book.save(workbook)
    build(workbook, out_dir=tmp_path, formats=("html", "docx"))
    html = (tmp_path / "sources.html").read_text(encoding="utf-8")
    headers = re.findall(r'<tr><th scope="col">([^<]+)</th><th scope="col">Action</th>', html)
    expected = ["HMIP recommendation", "Eastmere Police review recommendation", "Recommendation",
                "National Standards audit recommendation"]
    assert headers == expected
    word = docx.Document(str(tmp_path / "sources.docx"))
    firsts = [t.rows[0].cells[0].text for t in word.tables
              if t.rows[0].cells[-1].text == "RAG" and len(t.columns) == 6]
    assert list(dict.fromkeys(firsts)) == expected
    assert "Actions for each recommendation, with" in html


@pytest.mark.parametrize(("typed", "organisation", "heading"), [
    ("Eastmere Police", "Eastmere YJS", "Eastmere Police should:"),
    ("the local authority", "Eastmere YJS", "The local authority should:"),
    ("local authority", "Eastmere YJS", "Local authority should:"),
    ("Eastmere Youth Justice Service", "Eastmere Youth Justice Service",
     "The Eastmere Youth Justice Service should:"),
    ("Eastmere Council", "Eastmere Council", "Eastmere Council should:"),
    ("The Eastmere Partnership", "The Eastmere Partnership", "The Eastmere Partnership should:"),
])
def test_should_headings(typed, organisation, heading) -> None:
    from reportgen.paper.context import should_heading

    assert should_heading(typed, own_names=(organisation, "Eastmere Board")) == heading
