"""Every format says the same thing: the text of each part of the paper, taken from the PDF
(split at its bookmarks), the HTML (each part's section) and the .docx (split at its Heading 1
paragraphs), compared word for word.

What may differ is layout only, and is listed here, each with its reason (``LAYOUT_ONLY``):
anything else that differs is a difference a reader would see, and fails the test.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import html as lxml_html
from pypdf import PdfReader
from workbooks import small_plan

from reportgen.build import build, example_workbook
from reportgen.excel.file_checks import read_workbook_file
from reportgen.paper.context import contents
from reportgen.paper.parts import paper_of
from reportgen.plan.blank_workbook import write_plan
from reportgen.plan.reader import read_workbook

LAYOUT_ONLY = {
    "skipped in the HTML": (
        "<style>, <script> and <head>: not text of the paper",
        "aria-hidden: the RAG shapes and arrows are drawn beside their words; the words are "
        "compared, the drawing is not (the Word paper draws some of them as cell shading)",
        "<svg> (against the .docx only): a chart's own labels are drawn as text in HTML and "
        "PDF and are a picture in Word; the figures behind every chart are compared through "
        "its data table",
        ".visually-hidden: text read aloud on screen; a table's caption so marked is printed "
        "in the PDF (at no height), so it is compared there",
    ),
    "taken out of the PDF": (
        "the running head and foot on every page: the title, the protective marking and "
        "'Page N of M'",
        "a table's header row repeated at the top of each page the table runs on to",
    ),
    "normalised in every format": (
        "white space of every kind (no-break spaces keep dates whole on a line)",
        "hyphens in words: WeasyPrint breaks a word at the end of a line with one, and a "
        "PDF's text cannot tell it from a hyphen typed",
    ),
}

DATED = datetime(2026, 3, 9, tzinfo=UTC)
SHAPES = "✖▲●◐✔○↑↓→•◦▪+"


BLOCKS = {"p", "li", "td", "th", "tr", "div", "h1", "h2", "h3", "h4", "h5", "h6", "caption",
          "dt", "dd", "section", "table", "thead", "tbody", "br", "figcaption", "ul", "ol",
          "figure", "text", "tspan", "g", "header", "footer", "nav"}


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(f"[{SHAPES}]", " ", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # a word broken at the end of a line
    return [word.replace("-", "").replace("\u2010", "") for word in text.split()]


def second_plan(path: Path) -> Path:
    """A plan unlike the example: no version history, no introduction or foreword, no
    executive summary, nothing from an earlier meeting, and one action not yet rated."""
    fields, rows = small_plan()
    rows["Versions"] = []
    rows["Narrative"] = []
    rows["Actions"][-1]["RAG"] = None
    write_plan(path, fields, rows)
    return path


PLANS = ("the example", "a second plan")


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    """Each plan's paper in every format, built once: {plan: (stem, parts)}."""
    built = {}

    def paper(plan: str) -> tuple[Path, tuple[tuple[str, str], ...]]:
        if plan not in built:
            folder = tmp_path_factory.mktemp("paper")
            workbook = example_workbook() if plan == PLANS[0] else \
                second_plan(folder / "second-plan.xlsx")
            build(workbook, out_dir=folder / "out", dated=DATED)
            reading = read_workbook(workbook, read_workbook_file(workbook))
            built[plan] = folder / "out" / workbook.stem, contents(paper_of(reading.plan))
        return built[plan]

    return paper


# The HTML: each part's <section>, its text in document order.

def printed_headings(stem: Path, parts) -> tuple[tuple[str, str], ...]:
    """(anchor, the part's heading as printed): the contents may name a part more briefly."""
    tree = lxml_html.fromstring(stem.with_suffix(".html").read_bytes())
    return tuple((anchor, " ".join(tree.get_element_by_id(anchor).text_content().split()))
                 for anchor, _ in parts)


def html_parts(stem: Path, parts, *, charts: bool) -> dict[str, list[str]]:
    """Each part's words; with ``charts``, the text drawn in its charts too (as a PDF has)."""
    tree = lxml_html.fromstring(stem.with_suffix(".html").read_bytes())
    found = {}
    for anchor, _ in parts:
        heading = tree.get_element_by_id(anchor)
        section = next(e for e in heading.iterancestors() if e.tag == "section")
        found[anchor] = words("".join(_html_text(section, charts, top=True)))
    return found


def _html_text(element, charts: bool, top: bool = False) -> list[str]:
    tail = [] if top else [element.tail or ""]
    if not isinstance(element.tag, str):
        return tail
    tag = element.tag.rsplit("}", 1)[-1]
    if (tag in ("style", "script", "title", "desc") or (tag == "svg" and not charts)
            or element.get("aria-hidden") == "true"
            or ("visually-hidden" in (element.get("class") or "").split()
                and not (charts and tag == "caption"))):
        return tail
    gap = " " if tag in BLOCKS else ""
    texts = [gap, element.text or ""]
    for child in element:
        texts.extend(_html_text(child, charts))
    return [*texts, gap, *tail]


def table_headers(stem: Path, anchor: str) -> set[str]:
    """The words of each header row of the part's tables, as a PDF repeats them."""
    tree = lxml_html.fromstring(stem.with_suffix(".html").read_bytes())
    section = next(e for e in tree.get_element_by_id(anchor).iterancestors()
                   if e.tag == "section")
    return {" ".join(words("".join(_html_text(thead, charts=False, top=True))))
            for thead in section.iter("thead")}


# The PDF: pages split at the parts' bookmarks, less the running head and foot.

def pdf_parts(stem: Path, parts) -> dict[str, list[str]]:
    parts = printed_headings(stem, parts)
    reader = PdfReader(stem.with_suffix(".pdf"))
    starts: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                starts.setdefault(item.title, reader.get_destination_page_number(item))

    walk(reader.outline)
    pages = [_without_running_lines(page.extract_text()) for page in reader.pages]
    found = {}
    for index, (anchor, heading) in enumerate(parts):
        first = starts[heading]
        following = parts[index + 1][1] if index + 1 < len(parts) else None
        last = starts[following] if following else len(pages) - 1
        text = "\n".join(pages[first:last + 1])
        text = text[text.index(heading):]
        if not following:  # the last part runs to the colophon, which is no part
            text = text[:text.rindex("Made by reportgen")]
        if following and following in text[len(heading):]:
            text = text[:text.index(following, len(heading))]
        found[anchor] = words(text)
    return found


def _without_running_lines(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(line for line in lines
                     if not re.search(r"(Improvement Plan OFFICIAL|^Page \d+ of \d+)", line))


# The .docx: the body in order, split at each part's Heading 1.

def docx_parts(stem: Path, parts) -> dict[str, list[str]]:
    document = Document(str(stem.with_suffix(".docx")))
    headings = {heading: anchor for anchor, heading in (*parts, *printed_headings(stem, parts))}
    found: dict[str, list[str]] = {}
    current = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.style.name == "Heading 1" and block.text in headings:
                current = headings[block.text]
            elif block.text.startswith("Made by reportgen"):  # the colophon, which is no part
                current = None
            texts = [block.text]
        else:
            texts = _table_text(block)
        if current is not None:
            found.setdefault(current, []).extend(w for t in texts for w in words(t))
    return found


def _table_text(table: Table) -> list[str]:
    texts = []
    for row in table.rows:
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is one cell, read once
                continue
            seen.add(id(cell._tc))
            texts.extend(p.text for p in cell.paragraphs)
    return texts


def differences(expected: list[str], got: list[str], repeated: set[str] = frozenset()) -> list[str]:
    """Each span where ``got`` differs from ``expected``, word for word, less the table header
    rows in ``repeated`` that ``got`` repeats."""
    matcher = difflib.SequenceMatcher(a=expected, b=got, autojunk=False)
    said = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        inserted = " ".join(got[b1:b2])
        if tag == "equal" or (tag == "insert" and _only_repeats(inserted, repeated)):
            continue
        said.append(f"{tag}: {' '.join(expected[a1:a2])[:160]!r} -> {inserted[:160]!r}")
    return said


def _only_repeats(inserted: str, repeated: set[str]) -> bool:
    for header in sorted(repeated, key=len, reverse=True):
        inserted = inserted.replace(header, " ")
    return bool(repeated) and not inserted.strip()


ANCHORS = ("board-summary", "versions", "introduction", "foreword", "ratings",
           "executive-summary", "recommendations", "rag-key", "action-plan", "appendix")


PAINT_ORDER = ("the PDF's text comes in paint order, not reading order: WeasyPrint draws "
               "the {} after the blocks around them, so the words match but not their order "
               "(reading order needs the tagged PDF's structure tree)")
PDF_KNOWN = {
    "board-summary": PAINT_ORDER.format("key figures (a flex box) and the charts"),
    "appendix": PAINT_ORDER.format("due-date chart"),
}
WORD_KNOWN: dict[str, str] = {}


def known(differences: dict[str, str]):
    return [pytest.param(plan, anchor, marks=pytest.mark.xfail(reason=differences[anchor],
                                                               strict=True))
            if anchor in differences else (plan, anchor)
            for plan in PLANS for anchor in ANCHORS]


def part(papers, plan: str, anchor: str) -> tuple[Path, tuple[tuple[str, str], ...]]:
    stem, parts = papers(plan)
    if anchor not in dict(parts):
        pytest.skip(f"{plan} has no {anchor} part")
    return stem, parts


@pytest.mark.parametrize(("plan", "anchor"), known(PDF_KNOWN))
def test_the_pdf_says_what_the_html_says_part_by_part(papers, plan, anchor) -> None:
    stem, parts = part(papers, plan, anchor)
    expected = html_parts(stem, parts, charts=True)[anchor]
    got = pdf_parts(stem, parts)[anchor]
    found = differences(expected, got, table_headers(stem, anchor))
    assert not found, f"{anchor}: {len(found)} difference(s): " + "; ".join(found[:3])


@pytest.mark.parametrize(("plan", "anchor"), known(WORD_KNOWN))
def test_the_word_paper_says_what_the_html_says_part_by_part(papers, plan, anchor) -> None:
    stem, parts = part(papers, plan, anchor)
    expected = html_parts(stem, parts, charts=False)[anchor]
    got = docx_parts(stem, parts).get(anchor, [])
    found = differences(expected, got)
    assert not found, f"{anchor}: {len(found)} difference(s): " + "; ".join(found[:3])


def test_the_harness_sees_a_changed_word(papers) -> None:
    """A word changed in one format is a difference, named with its part."""
    stem, parts = papers(PLANS[0])
    expected = html_parts(stem, parts, charts=False)["introduction"]
    changed = [*expected[:5], "Changed", *expected[6:]]
    assert differences(expected, changed) == [f"replace: {expected[5]!r} -> 'Changed'"]
    assert len(expected) > 50  # the part was found, not an empty section
