"""The HTML paper to WCAG 2.2 AA: its structure read here, then axe-core in headless Chromium
at a phone's, a tablet's and a desktop's width (tests/browser.py drives it).

Chromium (Debian's package) and axe-core (npm, pinned in tests/a11y/package-lock.json) are
installed by `make test` (scripts/test-deps.sh). Without them the browser tests fail and say so:
a skipped accessibility check would pass a paper nobody checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import Browser
from papers import PLANS

ROOT = Path(__file__).resolve().parent.parent
A11Y = ROOT / "tests" / "a11y"
AXE = A11Y / "node_modules" / "axe-core" / "axe.min.js"
RUNNER = A11Y / "run-axe.js"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class Element:
    """A parsed element: enough of a DOM to walk landmarks, headings and tables."""

    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, tag: str) -> list[Element]:
        return [e for e in self.walk() if e.tag == tag]

    def words(self) -> str:
        return " ".join(" ".join(e.text) for e in self.walk()).strip()

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Tree(HTMLParser):
    """Parses a page into Elements."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag):
        element = self.current
        while element is not self.root and element.tag != tag:
            element = element.parent
        if element is not self.root:
            self.current = element.parent

    def handle_data(self, data):
        self.current.text.append(data)


@pytest.fixture(scope="module")
def page(example_build: dict[str, Path]) -> Element:
    tree = Tree()
    tree.feed(example_build["html"].read_text(encoding="utf-8"))
    return tree.root


def test_landmarks_and_skip_link(page) -> None:
    (body,) = page.find_all("body")
    tops = [child.tag for child in body.children]
    assert tops == ["a", "header", "main", "footer"]  # banner, main and contentinfo at the top
    skip = body.children[0]
    assert skip.attrs["href"] == "#main" and "skip-link" in skip.classes()
    assert [m.attrs.get("id") for m in page.find_all("main")] == ["main"]
    assert len(page.find_all("nav")) == 1
    assert page.find_all("html")[0].attrs["lang"] == "en-GB"


def test_one_h1_and_headings_never_skip_a_level(page) -> None:
    levels = [int(e.tag[1]) for e in page.walk() if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"h{before} is followed by h{after}"
    assert max(levels) == 4  # the executive summary's findings: the deepest level is reached


def test_every_table_has_a_caption_and_every_header_cell_a_scope(page) -> None:
    tables = page.find_all("table")
    assert len(tables) > 10  # cover, versions, ratings, figures, exceptions, plan, logs
    for table in tables:
        first = table.children[0]
        assert first.tag == "caption" and first.words(), table.attrs
        for cell in table.find_all("th"):
            assert cell.attrs.get("scope") in ("col", "row", "rowgroup", "colgroup"), cell.words()


def test_every_chart_has_a_text_alternative(page) -> None:
    ids = {e.attrs["id"]: e for e in page.walk() if "id" in e.attrs}
    charts = page.find_all("svg")
    assert len(charts) == 8  # four charts, each drawn for the page and for a phone
    for chart in charts:
        assert chart.attrs["role"] == "img"
        (label,) = chart.attrs["aria-labelledby"].split()
        assert ids[label].parent is chart and ids[label].tag == "desc" and ids[label].words()
        (caption,) = chart.parent.find_all("figcaption")
        assert chart.parent.tag == "figure"
        # The name adds the figures to the caption, never repeats it: each is heard once.
        assert caption.words() not in ids[label].words()


def test_ratings_and_rags_carry_words_and_shapes_not_only_colour(page) -> None:
    labels = [e for e in page.walk() if e.classes() & {"rag", "rating"}]
    assert len(labels) > 100
    for label in labels:
        shapes = [e for e in label.children if e.classes() & {"rag-shape", "rating-shape"}]
        words = " ".join(label.text).strip()
        assert words, label.attrs
        if words != "Not rated":
            assert shapes and shapes[0].words() and shapes[0].attrs["aria-hidden"] == "true", words


WIDTHS = (320, 390, 768, 1280)  # a small phone, a common phone, a tablet, a desktop


def run_axe(browser: Browser, url: str, width: int) -> dict:
    """axe-core's outcome for the page at ``url`` laid out ``width`` CSS px wide."""
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed ({AXE.relative_to(ROOT)} is missing): run "
                    "`make test` (scripts/test-deps.sh installs it) or "
                    "`npm ci --prefix tests/a11y`")
    browser.viewport(width)
    browser.open(url)
    browser.evaluate(AXE.read_text(encoding="utf-8"))
    outcome = browser.evaluate(RUNNER.read_text(encoding="utf-8"), wait=True)
    assert "error" not in outcome, outcome
    return outcome


def describe(violations: list[dict]) -> str:
    """Each violation with its rule, impact and the selectors of the elements that fail it."""
    lines = []
    for rule in violations:
        lines.append(f"{rule['id']} ({rule['impact']}): {rule['help']}")
        for node in rule["nodes"][:10]:
            lines.append(f"    {' '.join(node['target'])}: {node['summary'].splitlines()[-1]}")
        if len(rule["nodes"]) > 10:
            lines.append(f"    ... and {len(rule['nodes']) - 10} more")
    return "\n".join(lines)


def test_axe_finds_what_it_should(tmp_path) -> None:
    # The harness itself: a page with known faults must report them, or a clean run means nothing.
    faulty = tmp_path / "faulty.html"
    faulty.write_text('<!DOCTYPE html><html><head><title>t</title></head><body><main>'
                      '<p style="color:#aaa;background:#fff">faint</p><img src="data:,">'
                      '<h3>skipped a level</h3></main></body></html>', encoding="utf-8")
    with Browser() as browser:
        found = {rule["id"] for rule in run_axe(browser, faulty.as_uri(), 390)["violations"]}
    # page-has-heading-one is a best practice, so those run too.
    assert {"color-contrast", "image-alt", "html-has-lang", "page-has-heading-one"} <= found


@pytest.mark.parametrize("plan", PLANS)
def test_html_has_no_violations_at_any_width(plan, papers) -> None:
    checked = {"color-contrast", "html-has-lang", "svg-img-alt", "target-size", "region",
               "heading-order"}
    found = []
    with Browser() as browser:
        for width in WIDTHS:
            outcome = run_axe(browser, papers[plan].as_uri(), width)
            # The rules that matter here ran; on a phone, the wide tables' scroll regions too.
            scrolling = {"scrollable-region-focusable"} if width < 768 else set()
            assert checked | scrolling <= set(outcome["passes"]), width
            if outcome["violations"]:
                found.append(f"at {width} px:\n" + describe(outcome["violations"]))
    if found:
        pytest.fail(f"axe-core {outcome['version']} found violations in the {plan} paper:\n"
                    + "\n".join(found), pytrace=False)
