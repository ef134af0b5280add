"""Where the paper's lines break, as a reader meets it: in a browser at every width from a phone
to a wide desktop, in the PDF and in the Word paper.

A table's header never breaks inside a word ("impro/vemen/t", "im-prove-ment"); a date
("30 November 2026") and a share ("100 %") never wrap inside; a group's heading ("Eastmere
Police should:", an action's row in the progress log) never ends a page without a row of its
group.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from browser import Browser
from workbooks import small_plan

from reportgen.build import build
from reportgen.paper.line_breaks import NO_BREAK_SPACE, keep_together, kept_whole_html
from reportgen.plan.blank_workbook import write_plan

WIDTHS = (320, 375, 414, 768, 1024, 1100, 1280, 1440, 1920)

# Every word of every table header, and every date and share in the text, as the ranges the
# browser laid out: a range drawn on more than one line is broken. Text in a chart (SVG) is
# placed by the chart, and hidden text is not drawn.
MEASURE = r"""(() => {
  const lines = range => Array.from(range.getClientRects()).filter(r => r.width && r.height);
  const broken = [];
  const walk = (root, pattern, where) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, node =>
      node.parentElement.closest('svg, script, style') ? NodeFilter.FILTER_REJECT
                                                       : NodeFilter.FILTER_ACCEPT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const drawn = lines(range);
        if (drawn.length) count++;
        if (drawn.length > 1) broken.push([where, match[0], drawn.length]);
      }
    }
    return count;
  };
  let words = 0;
  for (const header of document.querySelectorAll('thead th')) {
    words += walk(header, /[^\s\u00a0]+/g, 'header');
  }
  const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|' +
                'November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
  const dated = new RegExp(`(?:\\d{1,2}[ \u00a0])?${MONTH}[ \u00a0]\\d{4}|\\d+[ \u00a0]?%`, 'g');
  const dates = walk(document.body, dated, 'date or share');
  return {words, dates, broken, scrollWidth: document.documentElement.scrollWidth};
})()"""


def plan_of_the_police(path: Path) -> Path:
    """A plan with a recommendation to the police from an audit, long dates and a share typed
    by an officer: the words the example does not have."""
    fields, rows = small_plan()
    fields["Paper"]["Meeting date"] = date(2026, 11, 30)
    rows["Recommendations"].append({"Number": 3, "Addressed to": "Eastmere Police",
                                    "Recommendation": "Share custody records within a day",
                                    "Source": "National Standards audit"})
    rows["Actions"].append({"Recommendation": 3, "Letter": "A", "Action": "Daily custody list",
                            "Lead": "Custody Inspector", "Timescale": date(2026, 9, 30),
                            "Success measures": "100 % of records shared by 30 September 2026",
                            "RAG": "Amber"})
    rows["Progress"].append({"Date": date(2026, 11, 27), "Action": "3A", "RAG": "Amber",
                             "Commentary": "Shared for 30 November 2026 onwards; 100 % since "
                                           "September 2026",
                             "Updated by": "Custody Inspector"})
    # More partners, each a group of its own with one action of its own length: their headings
    # fall at many places down the action plan's pages, the foot of one among them.
    for number, partner in enumerate(("Eastmere Council", "Eastmere Health Board",
                                      "Eastmere Schools", "Eastmere Probation Service",
                                      "Eastmere Housing", "Eastmere Fire Service"), start=4):
        rows["Recommendations"].append({"Number": number, "Addressed to": partner,
                                        "Recommendation": f"Join the work of {partner}"})
        rows["Actions"].append({"Recommendation": number, "Letter": "A",
                                "Action": "Agree a protocol. " * (3 * number),
                                "Lead": "Head of Service", "Timescale": "March 2027",
                                "Success measures": "Children seen sooner. " * (2 * number),
                                "RAG": "Green"})
    write_plan(path, fields, rows)
    return path


@pytest.fixture(scope="module")
def police(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The police plan's paper in every format."""
    folder = tmp_path_factory.mktemp("police")
    result = build(plan_of_the_police(folder / "police.xlsx"), out_dir=folder / "paper")
    return {p.suffix[1:]: p for p in result.outputs}


def test_keep_together_joins_dates_and_shares_and_nothing_else() -> None:
    nb = NO_BREAK_SPACE
    assert keep_together("As at 30 November 2026, 100 % of 7.") == (
        f"As at 30{nb}November{nb}2026, 100{nb}% of 7.")
    assert keep_together("Mar 2021 (now); 1st May; June 2021") == (
        f"Mar{nb}2021 (now); 1st{nb}May; June{nb}2021")
    assert keep_together("2 actions in May are done") == "2 actions in May are done"
    assert keep_together("Good progress since November") == "Good progress since November"


def test_the_html_keeps_dates_whole_with_a_span_and_its_text_unchanged() -> None:
    page = ('<html><head><title>Paper 30 November 2026</title><style>p{}</style></head>'
            '<body><p title="As at 30 November 2026">As at 30 November 2026, 100 % of 7; '
            'Mar 2021 (now), 2 actions in May.</p><svg><text>Mar 2021</text></svg>'
            '<!-- 1 May 2020 --></body></html>')
    kept = kept_whole_html(page)
    assert kept == page.replace(
        ">As at 30 November 2026, 100 % of 7; Mar 2021 (now)",
        '>As at <span class="kept-whole">30 November 2026</span>, '
        '<span class="kept-whole">100 %</span> of 7; <span class="kept-whole">Mar 2021</span> '
        "(now)")
    assert NO_BREAK_SPACE not in kept  # what a reader copies, searches or hears is as written


def test_no_header_word_date_or_share_is_broken_at_any_width(papers, police) -> None:
    pages = {"example": papers["example"], "police": police["html"]}
    found = {}
    with Browser() as browser:
        for width in WIDTHS:
            browser.viewport(width)
            for name, page in pages.items():
                browser.open(page.as_uri())
                found[name, width] = browser.evaluate(MEASURE)
    for (name, width), page in found.items():
        assert page["words"] > 40 and page["dates"] > 10, (name, width, page)
        assert page["broken"] == [], (name, width)
        assert page["scrollWidth"] <= width, (name, width)


def pdf_pages(html: Path):
    """The PDF's pages as WeasyPrint lays them out, from the paper's HTML."""
    from weasyprint import HTML

    return HTML(filename=str(html)).render().pages


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _text(box) -> str:
    return "".join(getattr(b, "text", "") for b in _boxes(box))


def _classes(box) -> set[str]:
    return set((box.element.get("class") or "").split()) if box.element is not None else set()


@pytest.mark.parametrize("plan", ["example", "police"])
def test_pdf_headers_keep_their_words_and_no_group_heading_ends_a_page(plan, example_build,
                                                                      police) -> None:
    html = example_build["html"] if plan == "example" else police["html"]
    pages = pdf_pages(html)
    headers = 0
    last_rows = []
    for page in pages:
        rows = []
        for group in _boxes(page._page_box):
            if type(group).__name__ != "TableRowGroupBox":
                continue
            rows += [(group, row) for row in group.children]
            if not group.is_header:
                continue
            for cell in (cell for row in group.children for cell in row.children):
                # Each word of the header drawn whole on one of its lines, never hyphenated.
                lines = [_text(line) for line in _boxes(cell) if type(line).__name__ == "LineBox"]
                for word in "".join(cell.element.itertext()).replace(NO_BREAK_SPACE, " ").split():
                    assert any(word in line for line in lines), (word, lines)
                    headers += 1
                assert not any(line.rstrip().endswith(("-", "\u2010")) for line in lines), lines
        body_rows = [(group, row) for group, row in rows if not group.is_header]
        if body_rows:
            last_rows.append((page, *body_rows[-1]))
    assert headers > 50
    for page, group, row in last_rows:
        group = _classes(group) | _classes(row)
        assert not group & {"addressee", "log-head", "domain-row"}, (
            f"page {pages.index(page) + 1} ends with the heading {_text(row).strip()!r}")


def test_pdf_prints_the_group_heading_with_its_row(police) -> None:
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(police["pdf"]).pages]
    heading = [n for n, text in enumerate(pages) if "Eastmere Police should:" in text]
    assert len(heading) == 2  # in the recommendations and in the action plan
    plan_page = re.sub(r"\s+", " ", pages[heading[1]])
    assert plan_page.index("Eastmere Police should:") < plan_page.index("Daily custody list")


def test_word_headings_go_over_with_the_first_row_and_header_words_fit(police) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document(str(police["docx"]))
    body = document.element.body
    headings = [p for p in document.paragraphs if p.text.endswith("should:")]
    assert "Eastmere Police should:" in [p.text for p in headings]
    for heading in headings:
        assert heading.style.paragraph_format.keep_with_next or (
            heading.paragraph_format.keep_with_next)
    for table in document.tables:
        header = table.rows[0]
        if not header._tr.xpath("./w:trPr/w:tblHeader"):
            continue  # a table whose columns have no words (the cover's details)
        # The header row goes over with the row after it (and so the heading before it).
        assert all(p.paragraph_format.keep_with_next for c in header.cells for p in c.paragraphs)
        for cell in header.cells:
            # Arial bold at 9 pt: no letter is wider than 0.9 em; the cell's margins 8.5 pt.
            longest = max((len(w) for w in cell.text.split()), default=0)
            assert cell.width >= Pt(longest * 0.57 * 9 + 8.5), (cell.text, cell.width.pt)
    assert NO_BREAK_SPACE in body.xml  # the dates are kept whole there too
    texts = [p.text for p in document.paragraphs]
    assert any(f"30{NO_BREAK_SPACE}November{NO_BREAK_SPACE}2026" in t for t in texts)
