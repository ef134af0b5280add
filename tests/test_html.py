"""The HTML paper: complete, self-contained, and every cell shown as text, never run."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reportgen import read_workbook
from reportgen.paper.context import paper_html
from reportgen.paper.markup import to_html


class Collect(HTMLParser):
    """Text and tags of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collect:
    page = Collect()
    page.feed(html)
    return page


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", " ".join(parse(html).text))


def test_every_action_text_is_present(example_build, example) -> None:
    html = example_build["html"].read_text(encoding="utf-8")
    text = visible_text(html)
    plan = read_workbook(example).plan
    for action in plan.actions:
        # Compare text without Markdown marks; each line of the cell is in the page.
        for line in action.text.replace("**", "").splitlines():
            line = re.sub(r"^\s*[-•]\s*", "", line).strip()
            if line:
                assert re.sub(r"\s+", " ", line) in text, (action.reference, line)
        assert action.lead in text


def test_html_is_self_contained(example_build) -> None:
    page = parse(example_build["html"].read_text(encoding="utf-8"))
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe"), tag
        for name in ("src", "srcset"):
            assert name not in attrs
        if tag == "a":
            assert attrs["href"].startswith(("#", "https://", "http://", "mailto:"))
    assert ("html", {"lang": "en-GB"}) in page.tags


def test_cells_are_escaped_and_never_evaluated(make_workbook) -> None:
    hostile = "<script>alert(1)</script> {{ 7*7 }} {% if true %}x{% endif %}"

    def edit(fields, rows):
        rows["Actions"][0]["Action"] = hostile
        rows["Actions"][1]["Lead"] = "<b>Boss</b> {{ 7*7 }}"
        rows["Recommendations"][0]["Recommendation"] = "<img src=x onerror=alert(1)>"
        fields["Paper"]["Plan title"] = "Plan </title><script>alert(2)</script>"

    html = paper_html(read_workbook(make_workbook(edit)).plan)
    assert "<script>" not in html and "<img" not in html and "<b>Boss" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% if true %}x{% endif %}" in html
    assert "&lt;b&gt;Boss&lt;/b&gt; {{ 7*7 }}" in html
    assert "49" not in visible_text(html)
    text = visible_text(html)
    assert "<script>alert(1)</script> {{ 7*7 }}" in text
    assert "<img src=x onerror=alert(1)>" in text


def test_markdown_bold_and_nested_lists() -> None:
    html = to_html("Develop:\n\n- Health\n  - Speech and language\n- **Safeguarding**")
    assert html == (
        "<p>Develop:</p>\n<ul>\n<li>Health\n<ul>\n<li>Speech and language</li>\n</ul>\n</li>\n"
        "<li><strong>Safeguarding</strong></li>\n</ul>\n"
    )


def test_word_bullets_become_a_list() -> None:
    assert to_html("• ETE\n• Health") == "<ul>\n<li>ETE</li>\n<li>Health</li>\n</ul>\n"


def test_only_web_and_mail_links_are_links() -> None:
    assert '<a href="https://example.org/report">report</a>' in to_html(
        "[report](https://example.org/report)")
    for url in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi"):
        html = to_html(f"[x]({url}) ![y]({url})")
        assert "<a " not in html and "<img" not in html
        assert url.split(":")[0] in html  # shown as literal text


def test_headings_and_code_blocks_in_cells_stay_text() -> None:
    assert to_html("# Not a heading") == "<p># Not a heading</p>\n"
    assert "<pre>" not in to_html("    four spaces in")


def test_lead_in_label_sits_inside_the_first_paragraph() -> None:
    assert to_html("Review planning.", "A:") == (
        '<p><strong class="lead-in">A:</strong> Review planning.</p>\n')
    assert to_html("- one", "B:") == (
        '<p><strong class="lead-in">B:</strong></p>\n<ul>\n<li>one</li>\n</ul>\n')


def test_a_plan_of_one_action_is_not_called_all_1_actions(make_workbook) -> None:
    def one(fields, rows):
        rows["Actions"] = rows["Actions"][:1]
        rows["Progress"] = rows["Progress"][:1]
        rows["Recommendations"] = rows["Recommendations"][:1]

    html = paper_html(read_workbook(make_workbook(one)).plan)
    assert "RAG rating of the one action" in html and "all 1 actions" not in html
