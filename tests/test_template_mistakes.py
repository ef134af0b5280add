"""Mistakes in the council's own templates folder: the file, the line and the fix, never a
traceback; watch carries on; unknown files are named with the template they were meant to be."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.commands import main, rebuild_once

PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDw"
                         "AEhQGAhKmMIQAAAABJRU5ErkJggg==")


def build(workbook: Path, look: Path, out: Path):
    return CliRunner().invoke(main, ["build", str(workbook), "--out", str(out), "--format",
                                     "html", "--templates", str(look)])


def folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    look = tmp_path / "look"
    for name, content in files.items():
        (look / name).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            (look / name).write_bytes(content)
        else:
            (look / name).write_text(content)
    return look


@pytest.mark.parametrize(("name", "template", "message"), [
    ("parts/cover.html", "<h1>Cover</h1>\n{% if %}\n",
     "line 2: Expected an expression, got 'end of statement block'; correct the template's "
     "{% %} or {{ }} there, or remove the file to use the built-in one"),
    ("parts/logo.html", "<p>\n{{ plan.council_name }}</p>\n",
     "line 2: 'reportgen.plan.model.Plan object' has no attribute 'council_name'; use only the "
     "names the built-in templates use (docs/customising.md lists them)"),
])
def test_a_mistake_names_the_file_and_line(name, template, message, make_workbook,
                                           tmp_path) -> None:
    look = folder(tmp_path, {name: template})
    result = build(make_workbook(name="plan.xlsx"), look, tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"Error: {look / name}, {message}"
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_a_logo_named_with_other_capitals_is_named(make_workbook, tmp_path) -> None:
    look = folder(tmp_path, {"parts/logo.html": "<img src=\"{{ asset('logo.png') }}\" alt=\"\">",
                             "Logo.PNG": PIXEL})
    result = build(make_workbook(name="plan.xlsx"), look, tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"Error: asset('logo.png'): no file logo.png in {look}; Logo.PNG is there: rename it to "
        "logo.png, or write asset('Logo.PNG') (names must match exactly, capitals included)")
    (look / "Logo.PNG").rename(look / "logo.png")
    assert build(make_workbook(name="plan.xlsx"), look, tmp_path / "out").exit_code == 0


def test_overrides_at_the_wrong_level_are_warnings_naming_the_right_place(
        make_workbook, tmp_path) -> None:
    cover = "<h1>OUR OWN COVER</h1>"
    look = folder(tmp_path, {"templates/parts/cover.html": cover, "cover.html": cover,
                             "parts/covr.html": cover, "logo.png": PIXEL})
    result = build(make_workbook(name="plan.xlsx"), look, tmp_path / "out")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    # parts/cover.html is the version history's old name: the advice gives the name it has now.
    right = look / "parts" / "version_history.html"
    assert warnings == [
        f"warning: {look / 'cover.html'}: overrides no built-in template; did you mean "
        f"parts/version_history.html? Move or rename it to {right}",
        f"warning: {look / 'parts' / 'covr.html'}: overrides no built-in template; did you mean "
        f"parts/version_history.html? Move or rename it to {right}",
        f"warning: {look / 'templates' / 'parts' / 'cover.html'}: overrides no built-in "
        f"template; did you mean parts/version_history.html? Move or rename it to {right}",
    ]
    assert "OUR OWN COVER" not in (tmp_path / "out" / "plan.html").read_text(encoding="utf-8")


def test_watch_reports_a_template_mistake_and_carries_on(make_workbook, tmp_path,
                                                         capsys) -> None:
    look = folder(tmp_path, {"parts/cover.html": "{% endif %}"})
    workbook = make_workbook(name="plan.xlsx")
    assert rebuild_once(workbook, out_dir=tmp_path / "out", formats=("html",),
                        user_templates=look) is False
    said = capsys.readouterr().err
    assert f"not rebuilt: {look / 'parts' / 'cover.html'}, line 1: Encountered unknown tag " \
           "'endif'" in said
    assert "still watching: save the file again once it is fixed" in said
    (look / "parts" / "cover.html").unlink()
    assert rebuild_once(workbook, out_dir=tmp_path / "out", formats=("html",),
                        user_templates=look) is True


def test_in_a_batch_every_warning_names_its_workbook(make_workbook, tmp_path) -> None:
    def no_lead(fields, rows):
        rows["Actions"][2]["Lead"] = None

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(make_workbook(no_lead, name="east.xlsx"), plans / "east.xlsx")
    shutil.copy(make_workbook(name="west.xlsx"), plans / "west.xlsx")
    look = folder(tmp_path, {"cover.html": "<h1>x</h1>"})
    result = CliRunner().invoke(main, ["build", str(plans), "--out", str(tmp_path / "out"),
                                       "--format", "html", "--jobs", "1", "--templates",
                                       str(look)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert "warning: east.xlsx: Actions!D4: action 2A has no lead" in warnings
    assert sum(line.startswith("warning: west.xlsx: ") for line in warnings) == 1
    assert all(line.startswith(("warning: east.xlsx: ", "warning: west.xlsx: "))
               for line in warnings)
