"""The HTML paper to WCAG 2.2 AA: its structure read here, then axe-core in headless Chromium.

Chromium (Debian's package) and axe-core (npm, pinned in tests/a11y/package-lock.json) are
installed by `make test` (scripts/test-deps.sh). Without them the browser tests fail and say so:
a skipped accessibility check would pass a paper nobody checked.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

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
    assert len(charts) == 4
    for chart in charts:
        assert chart.attrs["role"] == "img"
        for label in chart.attrs["aria-labelledby"].split():
            assert ids[label].parent is chart and ids[label].words()
        assert chart.parent.tag == "figure" and chart.parent.find_all("figcaption")


def test_ratings_and_rags_carry_words_and_shapes_not_only_colour(page) -> None:
    labels = [e for e in page.walk() if e.classes() & {"rag", "rating"}]
    assert len(labels) > 100
    for label in labels:
        shapes = [e for e in label.children if e.classes() & {"rag-shape", "rating-shape"}]
        words = " ".join(label.text).strip()
        assert words, label.attrs
        if words != "Not rated":
            assert shapes and shapes[0].words() and shapes[0].attrs["aria-hidden"] == "true", words


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("Chromium is not installed, so the HTML cannot be checked with axe-core: "
                    "run `make test` (scripts/test-deps.sh installs it) or "
                    "`apt-get install chromium`")
    return found


def run_axe(page_html: str, folder: Path) -> dict:
    """axe-core's WCAG A/AA outcome for ``page_html``, as run by headless Chromium."""
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed ({AXE.relative_to(ROOT)} is missing): run "
                    "`make test` (scripts/test-deps.sh installs it) or "
                    "`npm ci --prefix tests/a11y`")
    # A "</script" inside the library's own text would end its element early.
    scripts = "".join(
        "<script>" + path.read_text(encoding="utf-8").replace("</script", "<\\/script")
        + "</script>" for path in (AXE, RUNNER))
    copy = folder / "paper-under-test.html"
    copy.write_text(page_html.replace("</body>", scripts + "</body>"), encoding="utf-8")
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", f"--user-data-dir={folder / 'profile'}",
               "--virtual-time-budget=5000", "--dump-dom", copy.as_uri()]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("headless Chromium did not finish within 120 s")
    found = re.findall(r'<pre id="axe-results">(.*?)</pre>', done.stdout, re.DOTALL)
    if not found:
        pytest.fail(f"axe-core wrote no results (Chromium exit {done.returncode}): "
                    f"{done.stderr[-1500:]}")
    outcome = json.loads(html.unescape(found[-1]))
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
    faulty = ('<!DOCTYPE html><html><head><title>t</title></head><body><main>'
              '<p style="color:#aaa;background:#fff">faint</p><img src="data:,">'
              '</main></body></html>')
    found = {rule["id"] for rule in run_axe(faulty, tmp_path)["violations"]}
    assert {"color-contrast", "image-alt", "html-has-lang"} <= found


def test_html_has_no_wcag_a_or_aa_violations(example_build, tmp_path) -> None:
    outcome = run_axe(example_build["html"].read_text(encoding="utf-8"), tmp_path)
    checked = {"color-contrast", "html-has-lang", "svg-img-alt", "target-size"}
    assert checked <= set(outcome["passes"])  # the rules that matter here did run
    if outcome["violations"]:
        pytest.fail(f"axe-core {outcome['version']} found WCAG A/AA violations:\n"
                    + describe(outcome["violations"]), pytrace=False)
