"""Text reaches the paper as typed: only bold, bullet lists and line breaks are formatting."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportgen.commands import main
from reportgen.paper.markup import to_html, to_inline_html

AS_TYPED = [
    ("2020. New process", "2020. New process"),
    ("1) first\n2) second", "1) first<br>\n2) second"),
    (r"\\server\share\x", r"\\server\share\x"),
    ("+ 5 new staff trained", "+ 5 new staff trained"),
    ("* a star is not a bullet", "* a star is not a bullet"),
    ("&amp; &lt;b&gt; &#169;", "&amp;amp; &amp;lt;b&amp;gt; &amp;#169;"),
    ("*not italic* _nor_ __this__", "*not italic* _nor_ __this__"),
    ("# not a heading", "# not a heading"),
    ("> not a quote", "&gt; not a quote"),
    ("`not code`", "`not code`"),
    ("-5 degrees", "-5 degrees"),
    ("a ** b ** c", "a ** b ** c"),
]


@pytest.mark.parametrize(("typed", "html"), AS_TYPED)
def test_everything_but_bold_lists_and_breaks_is_shown_as_typed(typed, html) -> None:
    assert to_html(typed) == f"<p>{html}</p>\n"
    assert to_inline_html(typed) == html


def test_bold_line_breaks_and_paragraphs() -> None:
    assert to_html("**Agreed** by the board\r\nin June\rand July\n\nNext") == (
        "<p><strong>Agreed</strong> by the board<br>\nin June<br>\nand July</p>\n<p>Next</p>\n")


def test_bullets_from_a_dash_or_word_and_a_paragraph_after() -> None:
    assert to_html("Done:\n- one\n• two\n  still two\n▪ three\nAfter the list") == (
        "<p>Done:</p>\n<ul>\n<li>one</li>\n<li>two<br>\nstill two</li>\n<li>three</li>\n</ul>\n"
        "<p>After the list</p>\n")


def test_web_and_mail_links_only() -> None:
    assert to_inline_html('[report](https://example.org/a?b=1&c="2")') == (
        '<a href="https://example.org/a?b=1&amp;c=&#34;2&#34;">report</a>')
    assert to_inline_html("[mail](MAILTO:yot@example.org)") == (
        '<a href="MAILTO:yot@example.org">mail</a>')
    assert to_inline_html("[x](file:///etc/passwd) [y](javascript:alert(1))") == (
        "[x](file:///etc/passwd) [y](javascript:alert(1))")


def test_every_column_shows_text_as_typed(make_workbook, tmp_path) -> None:
    typed = r"2020. New process &amp; \\server\share"

    def edit(fields, rows):
        rows["Recommendations"][0]["Recommendation"] = typed
        rows["Actions"][0]["Action"] = typed
        rows["Actions"][0]["Success measures"] = "+ 5 new staff trained\n" + typed
        rows["Progress"][0]["Commentary"] = typed

    workbook = make_workbook(edit, name="plan.xlsx")
    result = CliRunner().invoke(main, ["build", str(workbook), "--out", str(tmp_path),
                                       "--format", "html"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "plan.html").read_text(encoding="utf-8")
    shown = r"2020. New process &amp;amp; \\server\share"
    assert html.count(shown) >= 4
    assert "+ 5 new staff trained<br>" in html
    assert 'start="2020"' not in html
