"""The command line: exit codes, messages, help, and nothing lost on failure."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from workbooks import RATINGS_12, drop_column, sheets_of, small_plan

from reportgen import __version__
from reportgen.commands import main
from reportgen.plan.schema import normalise_header


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("command", [[], ["build"], ["validate"], ["watch"], ["new"],
                                     ["requests"], ["collect"]])
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


def test_build_writes_every_paper(make_workbook, tmp_path) -> None:
    out = tmp_path / "papers"
    result = run("build", str(make_workbook(name="testshire.xlsx")), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["testshire.docx", "testshire.html",
                                                     "testshire.pdf"]
    assert (out / "testshire.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "testshire.docx").read_bytes().startswith(b"PK\x03\x04")


def test_build_word_only_in_a_councils_template(make_workbook, tmp_path) -> None:
    import docx

    template = tmp_path / "council.docx"
    docx.Document().save(str(template))
    result = run("build", str(make_workbook(name="p.xlsx")), "--out", str(tmp_path / "out"),
                 "--format", "docx", "--docx-template", str(template))
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["p.docx"]
    assert "warning: rendering: the Word template has no 'Caption' style" not in result.output
    assert "warning: rendering: the Word template has no 'Table Text' style" in result.output


def test_a_template_that_is_not_a_word_document_is_bad_input(make_workbook, tmp_path) -> None:
    template = tmp_path / "council.docx"
    template.write_text("not a document")
    result = run("build", str(make_workbook()), "--out", str(tmp_path / "out"),
                 "--format", "docx", "--docx-template", str(template))
    assert result.exit_code == 2
    assert f"{template}: not a Word document or template" in result.output


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


def test_new_writes_a_workbook_that_validate_accepts_once_filled(tmp_path) -> None:
    path = tmp_path / "plan.xlsx"
    result = run("new", str(path))
    assert result.exit_code == 0, result.output
    assert f"wrote a blank plan workbook to {path}" in result.output
    assert f"reportgen validate {path}" in result.output
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert "error: Paper!B2: 'Organisation' is empty; it is required" in result.output


def test_new_refuses_to_replace_a_file_unless_forced(tmp_path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"the officers' only copy")
    result = run("new", str(path))
    assert result.exit_code == 2
    assert f"{path}: already exists; choose another name, or add --force to replace it" \
        in result.output
    assert path.read_bytes() == b"the officers' only copy"
    result = run("new", "--force", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(
    ("name", "message"),
    [("plan.csv", "a workbook's name must end in .xlsx"), ("missing/plan.xlsx", "no such folder")],
)
def test_new_refuses_a_path_it_cannot_write(tmp_path, name, message) -> None:
    result = run("new", str(tmp_path / name))
    assert result.exit_code == 2
    assert message in result.output


def fill(book: openpyxl.Workbook, sheet: str, rows: list[dict]) -> None:
    """Type ``rows`` under the headers of a table sheet, as an officer would."""
    ws = book[sheet]
    columns = {normalise_header(cell.value): cell.column for cell in ws[1]}  # 'Letter *'
    for number, row in enumerate(rows, start=2):
        for header, value in row.items():
            ws.cell(row=number, column=columns[normalise_header(header)], value=value)


def fill_fields(book: openpyxl.Workbook, sheet: str, values: dict) -> None:
    """Type values beside their field names on a details sheet."""
    wanted = {normalise_header(name): value for name, value in values.items()}
    for field_cell, value_cell in book[sheet].iter_rows(min_row=2):
        if normalise_header(field_cell.value) in wanted:
            value_cell.value = wanted[normalise_header(field_cell.value)]


def test_round_trip_new_fill_validate_build(tmp_path) -> None:
    path = tmp_path / "roundtrip.xlsx"
    assert run("new", str(path)).exit_code == 0
    book = openpyxl.load_workbook(path)
    fill_fields(book, "Paper", {
        "Organisation": "Roundshire Youth Justice Service", "Plan title": "Roundshire Plan",
        "Board": "Roundshire Partnership Board", "Meeting date": date(2021, 6, 15)})
    fill_fields(book, "Inspection", {
        "Inspectorate": "HMIP", "Inspection start": date(2021, 1, 11),
        "Inspection end": date(2021, 1, 15)})
    fill(book, "Ratings", [dict(zip(("Domain", "Standard", "Name", "Rating"), r, strict=True))
                           for r in RATINGS_12])
    fill(book, "Recommendations", [
        {"Number": 1, "Addressed to": "Youth Offending Team",
         "Recommendation": "Make sure every child has a **transition plan**"}])
    fill(book, "Actions", [
        {"Recommendation": 1, "Letter": "A", "Action": "Write the transition protocol",
         "Lead": "Roundshire Practice Lead", "Timescale": "July 2021", "RAG": "Good progress"},
        {"Recommendation": 1, "Letter": "B", "Action": "Audit ten transition plans",
         "Lead": "Quality Officer", "Timescale": "15/09/2021", "RAG": "No improvement"}])
    book.save(path)

    result = run("validate", str(path))
    assert result.exit_code == 0, result.output
    assert "1 recommendations, 2 actions, as at 15 June 2021" in result.output

    out = tmp_path / "paper"
    assert run("build", str(path), "--out", str(out), "--format", "html").exit_code == 0
    html = (out / "roundtrip.html").read_text(encoding="utf-8")
    for typed in ("Roundshire Youth Justice Service", "<strong>transition plan</strong>",
                  "Write the transition protocol", "Roundshire Practice Lead", "July 2021",
                  "15 September 2021", "Good progress", "No improvement", "18/36"):
        assert typed in html, typed

    assert run("build", str(path), "--out", str(out), "--format", "pdf").exit_code == 0
    text = re.sub(r"\s+", " ", " ".join(
        page.extract_text() for page in PdfReader(out / "roundtrip.pdf").pages))
    for typed in ("Roundshire Plan", "Audit ten transition plans", "Quality Officer"):
        assert typed in text, typed
