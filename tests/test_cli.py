"""The command line: exit codes, messages, help, and nothing lost on failure."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from workbooks import drop_column, sheets_of, small_plan

from reportgen import __version__
from reportgen.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("command", [[], ["build"], ["validate"]])
def test_every_command_has_help_with_an_example(command) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_validate_good_workbook(make_workbook) -> None:
    result = run("validate", str(make_workbook()))
    assert result.exit_code == 0
    assert "no errors, 0 warning(s). 2 recommendations, 3 actions, as at 08 December 2020" \
        in result.output


def test_validate_names_a_bad_rag_a_missing_column_and_an_unknown_recommendation(
        make_workbook) -> None:
    fields, rows = small_plan()
    rows["Actions"][0]["RAG"] = "Amberish"
    rows["Actions"][2]["Recommendation"] = 9
    sheets = drop_column(sheets_of(fields, rows), "Actions", "Timescale")
    result = run("validate", str(make_workbook(sheets=sheets)))
    assert result.exit_code == 2
    assert "error: Actions!1:1: no 'Timescale' column; add a column headed 'Timescale'" \
        in result.output
    assert ("error: Actions!F2: 'Amberish' is not a RAG rating; use one of No improvement, "
            "Some progress, Good progress, Complete") in result.output
    assert ("error: Actions!A4: action points at recommendation 9, which does not exist") \
        in result.output
    assert "3 error(s)" in result.output


def test_validate_warnings_do_not_fail(make_workbook) -> None:
    def edit(fields, rows):
        rows["Actions"][0]["Lead"] = None

    result = run("validate", str(make_workbook(edit)))
    assert result.exit_code == 0
    assert "warning: Actions!D2: action 1A has no lead" in result.output


def test_validate_missing_file_is_a_usage_error(tmp_path) -> None:
    result = run("validate", str(tmp_path / "nope.xlsx"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_validate_a_file_that_is_not_a_workbook(tmp_path) -> None:
    fake = tmp_path / "plan.xlsx"
    fake.write_text("Recommendation,Action\n1,Do it\n")
    result = run("validate", str(fake))
    assert result.exit_code == 2
    assert "is not an Excel workbook (it looks like text, such as a CSV file)" in result.output


def test_build_writes_both_papers(make_workbook, tmp_path) -> None:
    out = tmp_path / "papers"
    result = run("build", str(make_workbook(name="testshire.xlsx")), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["testshire.html", "testshire.pdf"]
    assert (out / "testshire.pdf").read_bytes().startswith(b"%PDF-")


def test_build_html_only(make_workbook, tmp_path) -> None:
    result = run("build", str(make_workbook(name="p.xlsx")), "--out", str(tmp_path),
                 "--format", "html")
    assert result.exit_code == 0
    assert not (tmp_path / "p.pdf").exists() and (tmp_path / "p.html").exists()


def test_failed_build_keeps_the_previous_paper_and_the_input(make_workbook, tmp_path) -> None:
    out = tmp_path / "out"
    good = make_workbook(name="plan.xlsx")
    assert run("build", str(good), "--out", str(out), "--format", "html").exit_code == 0
    before = (out / "plan.html").read_bytes()

    def edit(fields, rows):
        rows["Actions"][0]["RAG"] = "Amberish"

    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make_workbook(edit, name="bad/plan.xlsx")
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    result = run("build", str(bad), "--out", str(out), "--format", "html")
    assert result.exit_code == 2
    assert "nothing was written" in result.output
    assert (out / "plan.html").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["plan.html"]  # no stray temporary files
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_build_defaults_to_the_example(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("build", "--format", "html")
    assert result.exit_code == 0, result.output
    assert Path("output/medway-improvement-plan.html").is_file()
