"""The example paper end to end, read as a board member reads it: the PDF's text and pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from reportgen import read_workbook
from reportgen.plain_text import BOLD


def to_plain(text: str) -> str:
    """The text as the paper prints it, without its bold marks."""
    return BOLD.sub(r"\1", text)


def words(text: str) -> str:
    """Text with whitespace folded, so line breaks in the PDF do not matter."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def pdf(example_build: dict[str, Path]) -> PdfReader:
    return PdfReader(example_build["pdf"])


@pytest.fixture(scope="module")
def pages(pdf: PdfReader) -> list[str]:
    return [words(page.extract_text()) for page in pdf.pages]


@pytest.fixture(scope="module")
def text(pages: list[str]) -> str:
    return " ".join(pages)


def test_every_recommendation_is_in_the_pdf(example, text) -> None:
    plan = read_workbook(example).plan
    assert len(plan.recommendations) == 5
    for recommendation in plan.recommendations:
        assert words(to_plain(recommendation.text)) in text


def test_every_action_letter_appears_with_its_lead(example, pages) -> None:
    plan = read_workbook(example).plan
    assert len(plan.actions) == 23
    for action in plan.actions:
        first_words = words(to_plain(action.text).split("\n")[0])[:40]
        page = next((p for p in pages if f"{action.letter}: {first_words}" in p), None)
        assert page is not None, f"action {action.reference} not found"
        assert words(action.lead) in page


def test_score_and_overall_rating(text) -> None:
    assert "Score 18/36" in text
    assert "Overall rating ●○○ Requires improvement" in text  # the dots: its place on the scale
    assert "7 areas of good" in text and "4 areas of requires improvement" in text
    assert "1 area of inadequate" in text


def test_sections_come_in_the_seed_plans_order(text) -> None:
    order = ["Version history", "Introduction", "Foreword", "Ratings", "Executive summary",
             "1. Organisational delivery", "Recommendations",
             "The Medway Youth Offending Team should:",
             "The Youth Justice Partnership Board should:", "RAG rating", "Action plan"]
    position = 0
    for heading in order:
        found = text.find(heading, position)
        assert found != -1, f"{heading!r} missing or out of order"
        position = found + len(heading)


def test_action_plan_is_on_landscape_pages_with_repeated_header(pdf, pages) -> None:
    header = "HMIP recommendation Action Lead Timescale Success measures RAG"
    plan_pages = [i for i, page in enumerate(pages) if header in page]
    assert len(plan_pages) >= 3  # the header row repeats on each page of the table
    for index in range(len(pages)):
        box = pdf.pages[index].mediabox
        landscape = float(box.width) > float(box.height)
        assert landscape == (index in plan_pages), f"page {index + 1}"
    assert round(float(pdf.pages[0].mediabox.width)) == 595  # A4 portrait, 210mm


def test_footer_counts_pages_and_metadata_is_set(pdf, pages) -> None:
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
    assert pdf.metadata.title == ("Medway Youth Offending Team and Youth Justice Partnership "
                                  "Board Improvement Plan")
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"


def test_fonts_are_embedded(pdf) -> None:
    fonts = set()
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert "Liberation-Sans" in fonts


def test_rag_ratings_are_words_not_only_colours(text) -> None:
    for label in ("No improvement", "Some progress", "Good progress", "Complete",
                  "Not yet rated"):
        assert label in text


def test_summary_figures_match_the_workbook(text) -> None:
    # Counted by hand from the example workbook's Actions, Progress and Revisions sheets as at
    # 9 March 2021: 23 actions; 7 Complete and closed by the board (1A, 3A, 3D, 5A on 15
    # September 2020; 1C, 2D, 3B on 8 December); 2 reported Complete on 26 February 2021 and
    # awaiting the board (2A, 3E); 10 past their timescale and not complete (1B, 2B, 2C, 3C,
    # 3F, 3G, 3H, 5B, 5C, 5D: 4A, due December 2020, was revised to June 2021); 3 declined
    # since 8 December 2020 (3G, 5B, 5C); 4 completed after their timescale (1C, 3B, 3E, 2A);
    # 4C has no rating; 4 deadlines moved (4A twice, 4B, 4C, 4D once each).
    # 7/23 = 30.43%, so complete prints as 30%: each share is its own count, rounded half up.
    # Each key figure is a big number above its words, which come first in reading order.
    for figure in ("actions 23", r"complete \(30%\) 7", "awaiting board 2", "overdue 10",
                   "↓ declined 3", "completed late 4", "not yet rated 1", "deadlines moved 4"):
        assert re.search(figure, text), figure
    assert ("As at 9 March 2021, 7 of 23 actions (30%) are complete and closed by the board, "
            "and 2 more are recorded as complete, awaiting the board's agreement. 10 are overdue"
            ) in text
    # 2A's update is by its lead; 3E's by "Operations and Practice Manager", whose lead is
    # typed "Operational Manager and Practice Manager.": not the lead, so not said to be.
    assert ("The board is asked to agree that these 2 actions are closed: 2A, reported complete "
            "by its lead; and 3E, recorded as complete by Operations and Practice Manager."
            ) in text


def test_paper_opens_with_cover_sheet_then_contents_then_summary(pages) -> None:
    assert pages[0].startswith("OFFICIAL")
    assert "Meeting date 9 March 2021 Agenda item 6" in pages[0]
    assert "Purpose For assurance" in pages[0]
    assert "Recommendations to the board" in pages[0]
    assert "Contents" in pages[1] and "Summary for the board" in pages[1]
    assert pages[2].startswith("Summary for the board")
    assert "Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan " \
           "OFFICIAL Page 3 of" in pages[2]  # the running header and marking


def test_contents_page_numbers_point_at_their_sections(pages) -> None:
    contents = pages[1]
    for heading in ("Summary for the board", "Ratings", "Action plan", "Appendix: progress log"):
        match = re.search(re.escape(heading) + r" [. ]*(\d+)", contents)
        assert match, heading
        page = int(match.group(1))
        assert heading in pages[page - 1], (heading, page)


def test_every_chart_has_a_description_and_a_table(example_build) -> None:
    html = example_build["html"].read_text(encoding="utf-8")
    assert html.count("<svg") == 8  # each drawn for the page and for a phone
    for chart_id in ("chart-mix", "chart-by-recommendation", "chart-over-time", "chart-due"):
        assert f'aria-labelledby="{chart_id}-desc"' in html
        assert f'<desc id="{chart_id}-desc">' in html
    for caption in ("Figures: actions by RAG rating for each recommendation",
                    "Figures: actions by RAG rating at each meeting",
                    "Recommendation 3: each action's due date, status and progress log"):
        assert caption in html


def outline_titles(items) -> list[str]:
    titles = []
    for item in items:
        titles.extend(outline_titles(item) if isinstance(item, list) else [item.title])
    return titles


def test_pdf_has_bookmarks_for_each_section(pdf) -> None:
    titles = outline_titles(pdf.outline)
    for heading in ("Contents", "Summary for the board", "Ratings", "Action plan",
                    "Appendix: progress log"):
        assert heading in titles


def test_summary_for_the_board_takes_at_most_two_sides(pages) -> None:
    starts = [i for i, page in enumerate(pages) if page.startswith("Summary for the board")]
    plan = next(i for i, page in enumerate(pages)
                if page.startswith("Medway Youth Offending Team: improvement plan"))
    assert starts and plan - starts[0] <= 2, (starts, plan)
