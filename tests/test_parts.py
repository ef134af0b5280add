"""The paper as data: each part says, word for word, what the HTML paper prints in that part.

The HTML is the paper as readers have it; a part built here must carry the same words in the
same order, so that every format laying the parts out prints the same paper.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from reportgen import read_workbook
from reportgen.paper.content import Paper, Table
from reportgen.paper.context import paper_html
from reportgen.paper.parts import paper_of

# Elements whose text stands on its own (a cell, a line): a word never runs on across them.
BLOCK_TAGS = {"p", "li", "td", "th", "tr", "caption", "figcaption", "h1", "h2", "h3", "h4",
              "ul", "ol", "table", "tbody", "thead", "tfoot", "div", "section", "nav", "br",
              "figure"}


def _words_of(element) -> list[str]:
    """The visible words under ``element`` in document order: no SVG (a chart's words are its
    figure's caption and table), no visually hidden caption."""
    pieces: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "svg" or "visually-hidden" in (node.get("class") or "").split():
            pieces.append(" ")
            if node.tail:
                pieces.append(node.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            pieces.append(" ")
        if node.text:
            pieces.append(node.text)
        for child in node:
            walk(child)
        if block:
            pieces.append(" ")
        if node.tail:
            pieces.append(node.tail)

    walk(element)
    element_tail = element.tail
    if element_tail:  # the section's own tail is not the section's
        pieces.pop()
    return normalised("".join(pieces))


def normalised(text: str) -> list[str]:
    return re.sub(r"[\u00a0\u202f]", " ", text).split()


def html_part_words(html: str, key: str, anchor: str) -> list[str]:
    """The words of the HTML section whose heading has id ``anchor`` (the masthead: its
    marking and board's name; the colophon: the page's footer)."""
    page = lxml.html.document_fromstring(html)
    if key == "masthead":
        return [word for element in page.xpath('//header//p') for word in _words_of(element)]
    if key == "colophon":
        (footer,) = page.xpath("//footer")
        return _words_of(footer)
    (heading,) = page.xpath(f'//*[@id="{anchor}"]')
    return _words_of(heading.getparent())


def paper_and_html(path) -> tuple[Paper, str]:
    plan = read_workbook(path).plan
    return paper_of(plan), paper_html(plan)


def assert_same_words(paper: Paper, html: str, key: str) -> None:
    part = paper.part(key)
    assert part is not None, f"the paper has no {key}"
    expected = html_part_words(html, key, part.anchor)
    assert paper.words(key) == expected


@pytest.fixture(scope="module")
def example_paper(example) -> tuple[Paper, str]:
    return paper_and_html(example)


EVERY_PART = ["masthead", "cover_sheet", "contents", "board_summary", "version_history",
              "introduction", "foreword", "ratings", "executive_summary", "recommendations",
              "rag_key", "action_plan", "appendix", "colophon"]


def test_the_example_has_every_part_in_the_order_the_html_prints_them(example_paper) -> None:
    paper, _ = example_paper
    assert [part.key for part in paper.parts] == EVERY_PART


@pytest.mark.parametrize("key", EVERY_PART)
def test_each_part_says_what_the_html_says(example_paper, key) -> None:
    paper, html = example_paper
    assert_same_words(paper, html, key)


def _second_service(tmp_path):
    from officer_plans import write_second_service
    return write_second_service(tmp_path / "riverside.xlsx")


def _programme_2025(tmp_path):
    from officer_plans import write_programme_2025
    return write_programme_2025(tmp_path / "eastmere.xlsx")


@pytest.mark.parametrize("write", [_second_service, _programme_2025])
def test_other_plans_parts_say_what_their_html_says(tmp_path, write) -> None:
    paper, html = paper_and_html(write(tmp_path))
    for part in paper.parts:
        assert_same_words(paper, html, part.key)


def test_the_small_plans_parts_say_what_its_html_says(make_workbook) -> None:
    paper, html = paper_and_html(make_workbook())
    for part in paper.parts:
        assert_same_words(paper, html, part.key)


def _four_sources(tmp_path):
    """Eastmere's plan with recommendations from four sources, as the officer types them."""
    import openpyxl
    from officer_plans import write_programme_2025
    workbook = write_programme_2025(tmp_path / "sources.xlsx")
    book = openpyxl.load_workbook(workbook)
    recommendations, actions = book["Recommendations"], book["Actions"]
    recommendations["D1"] = "Source"
    recommendations["D3"] = "Eastmere Police review"
    recommendations["D4"] = "Other"
    recommendations.append([4, "YJS", "Complete the self-assessment", "National Standards audit"])
    actions.append([4, "A", "Self-assess", "Head of service", "March 2026", "Good progress"])
    book.save(workbook)
    return workbook


def test_one_action_plan_table_per_source_its_caption_once(tmp_path) -> None:
    path = _four_sources(tmp_path)
    plan = read_workbook(path).plan
    paper = paper_of(plan)
    tables = [block for block in paper.part("action_plan").blocks if isinstance(block, Table)]
    assert [table.columns[0].heading[0].text for table in tables] == [
        "HMIP recommendation", "Eastmere Police review recommendation", "Recommendation",
        "National Standards audit recommendation"]
    assert [table.caption.split(",")[0] for table in tables] == [
        "Actions for each HMIP recommendation", "Actions for each Eastmere Police review "
        "recommendation", "Actions for each recommendation",
        "Actions for each National Standards audit recommendation"]
    html = paper_html(plan)
    for part in paper.parts:
        assert_same_words(paper, html, part.key)
