"""The HTML paper as a reader meets it on a phone, a tablet and a desktop, in headless Chromium.

At each width the page never scrolls sideways, nothing pokes out past the right edge unless it
sits in a labelled region that scrolls on its own (the wide tables), and the charts' text is
drawn no smaller than the smallest text of the page. Screenshots of each width go to
output/screenshots/ (or $REPORTGEN_SCREENSHOTS), to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser import Browser
from papers import PLANS

ROOT = Path(__file__).resolve().parent.parent
MEASURE = (ROOT / "tests" / "a11y" / "measure-layout.js").read_text(encoding="utf-8")
WIDTHS = (320, 390, 768, 1280)
SMALLEST_TEXT = 12  # px: the paper's smallest text on screen (templates/screen.css)
SHOTS = Path(os.environ.get("REPORTGEN_SCREENSHOTS", ROOT / "output" / "screenshots"))


@pytest.fixture(scope="module")
def measured(papers) -> dict[tuple[str, int], dict]:
    """Each plan's paper at each width: its measurements, with a screenshot saved."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    found = {}
    with Browser() as browser:
        for plan in PLANS:
            for width in WIDTHS:
                browser.viewport(width)
                browser.open(papers[plan].as_uri())
                found[plan, width] = browser.evaluate(f"({MEASURE})({width})")
                browser.screenshot(SHOTS / f"{plan.replace(' ', '-')}-{width}px.png")
    print(f"screenshots in {SHOTS}")
    return found


CASES = [(plan, width) for plan in PLANS for width in WIDTHS]


@pytest.mark.parametrize(("plan", "width"), CASES)
def test_the_page_never_scrolls_sideways(measured, plan, width) -> None:
    page = measured[plan, width]
    assert page["scrollWidth"] <= width, page["outside"][:10]
    assert page["outside"] == []


@pytest.mark.parametrize(("plan", "width"), CASES)
def test_what_scrolls_sideways_is_a_labelled_region_a_keyboard_reaches(measured, plan,
                                                                       width) -> None:
    for region in measured[plan, width]["scrollRegions"]:
        assert region["tabindex"] == "0" and region["label"], region
    if width == 320:  # the action plan is the one table too wide for a phone
        assert any("action-plan" in r["name"] for r in measured[plan, width]["scrollRegions"])


@pytest.mark.parametrize(("plan", "width"), CASES)
def test_chart_text_is_never_smaller_than_the_page_text(measured, plan, width) -> None:
    page = measured[plan, width]
    assert page["smallestText"] >= SMALLEST_TEXT, page["smallestTextIn"]
    charts = page["charts"]
    assert len(charts) == 4  # one drawing of each chart shows, the other is hidden
    for chart in charts:
        assert chart["width"] <= width
        assert chart["smallestText"] >= page["smallestText"], chart


def test_the_figures_tables_rating_headers_keep_their_words_whole(papers) -> None:
    # Each rating's header is one line (read upwards on a phone), never broken inside a word
    # ("Awa/itin/g boa/rd"), and its shape stays the right way up. One line upwards: every
    # letter drawn in one column, its left edges together (wrapped, they spread across it).
    script = """Array.from(document.querySelectorAll('.figures thead .rag-short')).map(label => {
        const lefts = [];
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.length; i++) {
                if (!node.data[i].trim()) continue;
                const range = document.createRange();
                range.setStart(node, i); range.setEnd(node, i + 1);
                lefts.push(range.getBoundingClientRect().left);
            }
        }
        return [label.textContent.trim(), Math.max(...lefts) - Math.min(...lefts),
                getComputedStyle(label.querySelector('.rag-shape')).transform];
    })"""
    with Browser() as browser:
        for width in (320, 1280):
            browser.viewport(width)
            browser.open(papers["example"].as_uri())
            headers = browser.evaluate(script)
            assert len(headers) == 12  # six ratings, in each of the two figures tables
            if width == 320:
                assert all(spread < 3 for _, spread, _ in headers), [h[:2] for h in headers]
                # Turned half round twice: the table's and its own, so upright.
                assert {turned for *_, turned in headers} == {"matrix(-1, 0, 0, -1, 0, 0)"}


def test_charts_stack_on_a_phone_and_sit_side_by_side_on_a_desktop(papers) -> None:
    script = ("Array.from(document.querySelectorAll('.chart-column'))"
              ".map(c => Math.round(c.getBoundingClientRect().top))")
    with Browser() as browser:
        tops = {}
        for width in (390, 1280):
            browser.viewport(width)
            browser.open(papers["example"].as_uri())
            tops[width] = browser.evaluate(script)
    assert tops[390][0] < tops[390][1]  # one above the other
    assert tops[1280][0] == tops[1280][1]  # side by side


def test_printed_from_the_browser_every_page_carries_the_marking(papers, tmp_path) -> None:
    from pypdf import PdfReader

    with Browser() as browser:
        browser.open(papers["example"].as_uri())
        printed = tmp_path / "printed.pdf"
        printed.write_bytes(browser.print_to_pdf())
    reader = PdfReader(printed)
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 10
    unmarked = [number for number, text in enumerate(pages, 1) if "OFFICIAL" not in text]
    assert unmarked == [], f"pages without the protective marking: {unmarked}"
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 portrait, in points
    plan = [n for n, text in enumerate(pages) if "Action plan" in text.split("\n")[:3]]
    assert plan, "the action plan starts a page"
    width, height = (float(v) for v in reader.pages[plan[0]].mediabox[2:])
    assert width > height  # landscape
    exceptions = [text for text in pages if "Exceptions: no improvement" in text]
    assert exceptions and not exceptions[0].rstrip().split("\n")[-1].startswith("Exceptions")
