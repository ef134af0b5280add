"""The example paper end to end, read as a board member reads it: the PDF's text and pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from reportgen import read_workbook
from reportgen.markup import to_plain


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
    assert "Overall rating Requires improvement" in text
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
    header = "HMIP inspection priority Action Lead Timescale Success measures RAG"
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
