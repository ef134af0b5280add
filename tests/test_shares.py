"""Every share is its own count rounded half up, the same in every part and every format, and a
table whose shares do not add up to 100 says so once, under it.

Each plan is built here and printed in every format; the figures are worked out by hand:
4 of 9 is 44.4%, so 44% (largest remainders made it 45%); 1 of 8 is 12.5%, so 13% (largest
remainders printed 13% for some ratings and 12% for others).
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import Browser
from pypdf import PdfReader
from workbooks import small_plan

from reportgen.build import build
from reportgen.paper.figures import ROUNDING_NOTE
from reportgen.plan.blank_workbook import write_plan

MEETING = date(2020, 12, 8)
UPDATED = date(2020, 11, 2)
CLOSED = date(2020, 11, 10)


def words(text: str) -> str:
    """The text's words a space apart, with a share's figure and its '%' together however
    they are set (a line may break between them in a narrow cell)."""
    text = re.sub(r"(\d)[\s\u2060\u202f]*%", r"\1%", text)
    return re.sub(r"\s+", " ", text).strip()


def write_rated_plan(path: Path, ratings: list[str | None]) -> Path:
    """The small plan with one action per rating (None: not yet rated), across two
    recommendations; 'Closed' is Complete and closed by the board, 'Complete' awaits it."""
    fields, rows = small_plan()
    rows["Actions"], rows["Progress"] = [], []
    for index, rating in enumerate(ratings):
        recommendation, letter = 1 + index % 2, "ABCDEFGHIJKL"[index // 2]
        rows["Actions"].append({
            "Recommendation": recommendation, "Letter": letter, "Action": f"Action {index + 1}",
            "Lead": "Head of Service", "Timescale": "March 2021",
            "Closed by board": CLOSED if rating == "Closed" else None})
        if rating is not None:
            rows["Progress"].append({
                "Date": UPDATED, "Action": f"{recommendation}{letter}",
                "RAG": "Complete" if rating == "Closed" else rating,
                "Commentary": "Reported to the board"})
    write_plan(path, fields, rows)
    return path


class Text(HTMLParser):
    """Every piece of text in the HTML, charts' words and descriptions too (not the
    stylesheet's)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.styling = False

    def handle_starttag(self, tag, attrs) -> None:
        self.styling = tag in ("style", "script")

    def handle_endtag(self, tag) -> None:
        self.styling = False

    def handle_data(self, data: str) -> None:
        if not self.styling:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return words(" ".join(parser.parts))


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return words(" ".join(page.extract_text() for page in reader.pages))


def pdf_alternatives(path: Path) -> str:
    """The alternative text of every figure in the tagged PDF: what a screen reader reads."""
    from pdfs import figures_alt

    return words(" ".join(figures_alt(PdfReader(path))))


def docx_paragraphs(path: Path) -> list[str]:
    """Every paragraph of the Word paper (in tables too), and each picture's description."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    paragraphs = [words("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", body)))
                  for body in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)]
    described = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', xml)
    return [p.replace("&amp;", "&") for p in paragraphs + described]


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """Three plans built in every format: 9 actions with 4 complete, 8 actions with 1 at each
    of five ratings, and 4 actions whose shares add up to 100."""
    folder = tmp_path_factory.mktemp("shares")
    plans = {
        # 4 complete, 2 good, 2 some, 1 no improvement: 44 + 22 + 22 + 11 = 99.
        "nine": ["Closed"] * 4 + ["Good progress"] * 2 + ["Some progress"] * 2
                + ["No improvement"],
        # 1 each of five ratings, 3 not yet rated: 5 x 13 + 38 = 103.
        "eight": ["No improvement", "Some progress", "Good progress", "Complete", "Closed",
                  None, None, None],
        # 1 each of four: 4 x 25 = 100.
        "four": ["No improvement", "Some progress", "Good progress", "Closed"],
    }
    built = {}
    for name, ratings in plans.items():
        workbook = write_rated_plan(folder / f"{name}.xlsx", ratings)
        result = build(workbook, out_dir=folder / name)
        built[name] = {p.suffix[1:]: p for p in result.outputs}
    return built


def every_format(paper: dict[str, Path]) -> dict[str, str]:
    """What each format says, as text: the PDF's words and figures' alternative text, the
    HTML's, and the Word paper's paragraphs and pictures' descriptions."""
    return {"pdf": pdf_text(paper["pdf"]) + " " + pdf_alternatives(paper["pdf"]),
            "html": html_text(paper["html"]),
            "docx": " ".join(docx_paragraphs(paper["docx"]))}


def shares_of(text: str, count: int) -> list[str]:
    """Every share printed beside ``count``: '1 (13%)', 'Complete 1 (13%)', '1 of 8 actions
    (13%)'."""
    return re.findall(rf"(?<![\d,.]){count}(?: of \d+ actions)? \((<?\d+%)\)", text)


def test_4_of_9_prints_44_percent_everywhere_and_45_nowhere(papers) -> None:
    for paper, text in every_format(papers["nine"]).items():
        # The cover's sentence, the key figure, and the chart's key and text alternative.
        assert "4 of 9 actions (44%) are complete" in text, paper
        assert re.search(r"complete \(44%\)", text), paper
        if paper != "docx":  # Word's chart is a picture: its key is in the picture
            assert "Complete: 4 (44%)" in text, paper
        assert "Complete 4 (44%)" in text, paper  # the chart's description
        assert not re.search(r"(?<![\d.])45\s*%", text), paper
        # Every other share is its own count: 2 of 9 is 22.2%, 1 of 9 is 11.1%.
        assert set(shares_of(text, 2)) == {"22%"}, paper
        assert set(shares_of(text, 1)) == {"11%"}, paper


def test_1_of_8_prints_the_same_share_wherever_it_appears(papers) -> None:
    for paper, text in every_format(papers["eight"]).items():
        ones = shares_of(text, 1)
        # The cover, key figure, chart description and key, for five ratings: all 13%.
        assert len(ones) >= 6 and set(ones) == {"13%"}, (paper, ones)
        assert "1 of 8 actions (13%) are complete" in text, paper
        assert set(shares_of(text, 3)) == {"38%"}, paper  # 37.5 rounds up too
        assert not re.search(r"(?<![\d.])12\s*%", text), paper


def summary_figures_table(text: str) -> str:
    """The HTML or PDF text of the figures table by recommendation, to the note or the
    next part after it."""
    start = text.index("Figures: actions by RAG rating for each recommendation")
    return text[start:]


def test_the_percent_row_prints_each_share_as_worked_out_by_hand(papers) -> None:
    # Ratings in scale order: no improvement, some, good, awaiting board, complete, not rated.
    expected = {"nine": "% 11% 22% 22% 0% 44% 0% 100%",
                "eight": "% 13% 13% 13% 13% 13% 38% 100%",
                "four": "% 25% 25% 25% 0% 25% 0% 100%"}
    for name, row in expected.items():
        assert row in summary_figures_table(pdf_text(papers[name]["pdf"])), name
        assert row in summary_figures_table(html_text(papers[name]["html"])), name
        assert row in docx_paragraphs_joined(papers[name]["docx"]), name


def docx_paragraphs_joined(path: Path) -> str:
    return " ".join(docx_paragraphs(path))


@pytest.mark.parametrize(("name", "noted"), [("nine", True), ("eight", True), ("four", False)])
def test_the_rounding_note_is_under_each_table_of_shares_only_when_they_do_not_add_up(
        papers, name, noted) -> None:
    paper = papers[name]
    # HTML and PDF: one table of shares, the figures by recommendation, with its % row.
    for text in (html_text(paper["html"]), pdf_text(paper["pdf"])):
        assert text.count(ROUNDING_NOTE) == (1 if noted else 0)
        if noted:
            table = summary_figures_table(text)
            assert table.index(ROUNDING_NOTE) < table.index("Exceptions")
            assert re.search(r"100% " + re.escape(ROUNDING_NOTE), table)
    # Word: the same one table of shares, the note straight after it, and no other
    # paragraph has it.
    paragraphs = docx_paragraphs(paper["docx"])
    notes = [index for index, text in enumerate(paragraphs) if text == ROUNDING_NOTE]
    assert len(notes) == (1 if noted else 0)
    for index in notes:
        before = paragraphs[index - 1]
        assert before.endswith("%") or before == "", before  # the table's last cell
    assert not any(ROUNDING_NOTE in text and text != ROUNDING_NOTE for text in paragraphs)


def test_the_note_reads_under_its_table_in_a_browser(papers) -> None:
    with Browser() as browser:
        browser.open(papers["nine"]["html"].as_uri())
        seen = browser.evaluate("""(() => {
            const table = document.querySelector('table.rag-by-recommendation');
            const note = table.nextElementSibling;
            const below = note.getBoundingClientRect().top - table.getBoundingClientRect().bottom;
            return [note.innerText, note.checkVisibility(), below,
                    document.body.innerText.includes('45%'),
                    document.body.innerText.includes('4 of 9 actions (44%) are complete')];
        })()""")
    note, visible, below, forty_five, cover = seen
    assert note == ROUNDING_NOTE and visible
    assert 0 <= below < 24  # close under the table, not set apart
    assert not forty_five and cover
