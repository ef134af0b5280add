"""Own look without forking: --templates overrides by name and can extend the built-in set."""

from __future__ import annotations

import base64

from click.testing import CliRunner
from pdfs import figures_alt
from pypdf import PdfReader

from reportgen.commands import main
from reportgen.formats.jinja_env import builtin_templates

# A 1x1 PNG.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


def build_html(workbook, out, templates=None) -> str:
    args = ["build", str(workbook), "--out", str(out), "--format", "html"]
    if templates is not None:
        args += ["--templates", str(templates)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return (out / f"{workbook.stem}.html").read_text(encoding="utf-8")


def test_one_changed_stylesheet_changes_the_paper_and_the_rest_stays(make_workbook,
                                                                      tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    plain = build_html(workbook, tmp_path / "plain")
    theme = tmp_path / "look"
    (theme / "parts").mkdir(parents=True)
    (theme / "parts" / "theme.css").write_text(":root { --accent: #00528a; }\n")
    themed = build_html(workbook, tmp_path / "themed", theme)
    assert "--accent: #00528a;" in themed and "--accent: #00528a;" not in plain
    # Everything else is still the built-in paper: swap the theme back and the pages match.
    builtin = (builtin_templates() / "parts" / "theme.css").read_text(encoding="utf-8")
    assert themed.replace(":root { --accent: #00528a; }\n", builtin) == plain


def test_an_override_can_extend_the_builtin_stylesheet(make_workbook, tmp_path) -> None:
    look = tmp_path / "look"
    look.mkdir()
    (look / "paper.css").write_text(
        '{% include "builtin/paper.css" %}\nh2 { color: #4b0082; }\n')
    html = build_html(make_workbook(name="plan.xlsx"), tmp_path / "out", look)
    assert "h2 { color: #4b0082; }" in html
    assert ".action-table" in html  # the built-in rules are still there


def test_logo_comes_from_the_templates_folder_inline(make_workbook, tmp_path) -> None:
    look = tmp_path / "look"
    (look / "parts").mkdir(parents=True)
    (look / "logo.png").write_bytes(PIXEL)
    (look / "parts" / "logo.html").write_text(
        '<img class="logo" src="{{ asset(\'logo.png\') }}" alt="Testshire Council">')
    html = build_html(make_workbook(name="plan.xlsx"), tmp_path / "out", look)
    assert 'alt="Testshire Council"' in html
    assert "data:image/png;base64," + base64.b64encode(PIXEL).decode() in html
    result = CliRunner().invoke(main, ["build", str(make_workbook(name="p2.xlsx")), "--out",
                                       str(tmp_path / "pdf"), "--format", "pdf",
                                       "--templates", str(look)])
    assert result.exit_code == 0 and "warning" not in result.output, result.output
    assert figures_alt(PdfReader(tmp_path / "pdf" / "p2.pdf"))[0] == "Testshire Council"


def test_an_override_cannot_read_files_outside_the_template_folders(make_workbook,
                                                                    tmp_path) -> None:
    look = tmp_path / "look"
    (look / "parts").mkdir(parents=True)
    (tmp_path / "secret.png").write_bytes(PIXEL)
    (look / "parts" / "logo.html").write_text('<img src="{{ asset(\'../secret.png\') }}">')
    result = CliRunner().invoke(main, ["build", str(make_workbook(name="plan.xlsx")), "--out",
                                       str(tmp_path / "out"), "--format", "html",
                                       "--templates", str(look)])
    assert result.exit_code != 0
    assert not (tmp_path / "out" / "plan.html").exists()


def test_an_override_under_a_template_s_old_name_still_applies(make_workbook, tmp_path) -> None:
    """parts/cover.html is now parts/version_history.html, and parts/summary.html is
    parts/executive_summary.html: a council's overrides saved under the old names still
    replace those parts, and say the new name to rename them to."""
    look = tmp_path / "look"
    (look / "parts").mkdir(parents=True)
    (look / "parts" / "cover.html").write_text("<p>OUR OWN VERSION HISTORY</p>\n")
    (look / "parts" / "summary.html").write_text(
        '<div class="ours">{% include "builtin/parts/summary.html" %}</div>\n')
    workbook = make_workbook(name="plan.xlsx")
    plain = build_html(workbook, tmp_path / "plain")
    result = CliRunner().invoke(main, ["build", str(workbook), "--out", str(tmp_path / "out"),
                                       "--format", "html", "--templates", str(look)])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "plan.html").read_text(encoding="utf-8")
    assert "OUR OWN VERSION HISTORY" in html
    assert 'id="versions"' in plain and 'id="versions"' not in html
    # The old name of the built-in template, extended from the override, is the built-in one.
    start = plain.index('<section class="executive-summary"')
    end = plain.index("</section>", start) + len("</section>")
    assert f'<div class="ours">{plain[start:end]}' in html
    for old, new in (("cover", "version_history"), ("summary", "executive_summary")):
        assert (f"warning: {look / 'parts' / f'{old}.html'}: still overrides parts/{new}.html, "
                f"the name that template has now; rename it to "
                f"{look / 'parts' / f'{new}.html'} when convenient") in result.output


def test_an_override_under_the_new_name_wins_over_one_under_the_old(make_workbook,
                                                                    tmp_path) -> None:
    look = tmp_path / "look"
    (look / "parts").mkdir(parents=True)
    (look / "parts" / "cover.html").write_text("<p>THE OLD OVERRIDE</p>\n")
    (look / "parts" / "version_history.html").write_text("<p>THE NEW OVERRIDE</p>\n")
    html = build_html(make_workbook(name="plan.xlsx"), tmp_path / "out", look)
    assert "THE NEW OVERRIDE" in html and "THE OLD OVERRIDE" not in html
