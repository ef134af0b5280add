"""Characters no installed font can draw are found, so that a paper never prints empty boxes."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from reportgen.commands import main
from reportgen.fonts import can_tell, describe, undrawable

pytestmark = pytest.mark.skipif(not can_tell(), reason="fontconfig (fc-list) is not installed")


def test_private_use_characters_cannot_be_drawn_and_text_can() -> None:
    # U+E000 is private use: only a font made for one organisation's symbols has it.
    assert undrawable("Plan \ue000 agreed \ue000, café, naïve, 5 – 6 “quoted”") == "\ue000"
    assert describe("\ue000") == ("'\ue000' (U+E000, a private-use character, which only a "
                                  "font made for it draws)")


def test_spaces_joiners_and_selectors_need_no_glyph() -> None:
    assert undrawable("a\u00a0b\u200bc\u200d\ufe0f\u2028d") == ""


def test_emoji_can_be_drawn_with_the_fonts_system_deps_installs() -> None:
    assert undrawable("Done ✅ 👧🏽 🚀 ❤️") == ""


def test_checking_every_cell_of_a_plan_is_quick() -> None:
    undrawable("é")  # fontconfig asked once, on first use
    cells = ["Escalation process agreed with the police – see minutes “draft” ✅"] * 5_000
    start = time.perf_counter()
    for cell in cells:
        undrawable(cell)
    assert time.perf_counter() - start < 0.1


def test_emoji_reach_the_pdf_in_the_emoji_font(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Actions"][0]["Success measures"] = "Timely plans ✅ 👧🏽"

    result = CliRunner().invoke(main, ["build", str(make_workbook(edit, name="plan.xlsx")),
                                       "--out", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    fonts = set()
    for page in PdfReader(tmp_path / "plan.pdf").pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any(name.endswith("+Noto-Color-Emoji") for name in fonts), fonts
