"""An officer's formatted cell as the Word paper takes it: markup's HTML read back as runs."""

from __future__ import annotations

from reportgen.paper.formatted_text import (
    LINE_BREAK,
    BulletList,
    ListItem,
    Paragraph,
    Run,
    blocks,
    inline,
)


def test_paragraphs_bold_links_and_line_breaks() -> None:
    assert blocks("Met **twice**, see [the minutes](https://example.org/m)\nand more") == (
        Paragraph((Run("Met "), Run("twice", bold=True), Run(", see "),
                   Run("the minutes", link="https://example.org/m"), Run(LINE_BREAK),
                   Run("and more"))),)


def test_nested_bullets_follow_the_item_they_belong_to() -> None:
    assert blocks("Develop:\n\n- Health\n  - Speech and language\n- **Safeguarding**") == (
        Paragraph((Run("Develop:"),)),
        BulletList((ListItem((Run("Health"),)), ListItem((Run("Speech and language"),), 1),
                    ListItem((Run("Safeguarding", bold=True),)))))


def test_an_actions_letter_leads_its_first_paragraph() -> None:
    assert blocks("Review planning.", "A:") == (
        Paragraph((Run("A:", bold=True), Run(" Review planning."))),)
    assert blocks("- one", "B:") == (Paragraph((Run("B:", bold=True),)),
                                     BulletList((ListItem((Run("one"),)),)))


def test_everything_else_is_the_text_as_typed() -> None:
    typed = "<b>x</b> &amp; {{ 7*7 }} # not a heading [file](file:///etc/passwd) 1. two"
    assert blocks(typed) == (Paragraph((Run(typed),)),)
    assert inline("  **Improve** custody planning  ") == (
        Run("Improve", bold=True), Run(" custody planning"))
    assert blocks("   ") == ()
