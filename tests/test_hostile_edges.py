"""Inputs at the edges: dates at the ends of the calendar, files that are not files, names that
look like options, problems by the thousand. Each is a paper or a sentence: never a traceback,
never a hang."""

from __future__ import annotations

import copy
import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from lead_returns import fill_return
from pypdf import PdfReader
from workbooks import small_plan

from reportgen.cli import main
from reportgen.ooxml import repack, zip_date
from reportgen.workbook.blank import write_plan


def run(*args: object):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"{type(result.exception).__name__}: {result.exception}\n{result.output}"
    assert "Traceback" not in result.output
    return result


def plan_dated(path: Path, day: date) -> Path:
    """The small plan with every date in it (meeting, inspection, updates, closures) ``day``."""
    fields, rows = copy.deepcopy(small_plan())

    def every(holder: dict) -> None:
        for key, value in holder.items():
            if isinstance(value, date):
                holder[key] = day

    for sheet in fields.values():
        every(sheet)
    for sheet_rows in rows.values():
        for row in sheet_rows:
            every(row)
    rows["Meetings"] = [{"Date": day}]
    write_plan(path, fields, rows)
    return path


# -- dates at the ends of the calendar -------------------------------------------------------


@pytest.mark.parametrize(("day", "shown"), [(date(9999, 12, 31), "31 December 9999"),
                                            (date(1900, 1, 1), "1 January 1900")])
def test_every_command_works_at_the_first_and_last_dates_the_reader_accepts(
        day, shown, tmp_path) -> None:
    plan = plan_dated(tmp_path / "plan.xlsx", day)
    assert run("validate", plan).exit_code == 0
    result = run("build", plan, "--out", tmp_path / "paper", "--format", "all")
    assert result.exit_code == 0, result.output
    text = " ".join(page.extract_text() for page in
                    PdfReader(tmp_path / "paper" / "plan.pdf").pages)
    assert f"As at {shown}" in text
    assert f"as at {shown}" in (tmp_path / "paper" / "plan.html").read_text(encoding="utf-8")
    word = tmp_path / "paper" / "plan.docx"
    assert docx.Document(word).core_properties.created.date() == day
    # A zip entry can be dated 1980 to 2107 only: the parts carry the nearest date it holds.
    nearest = (2107, 12, 31, 23, 59, 58) if day.year > 2107 else (1980, 1, 1, 0, 0, 0)
    assert {part.date_time for part in zipfile.ZipFile(word).infolist()} == {nearest}

    result = run("requests", plan, "--out", tmp_path / "requests")
    assert result.exit_code == 0, result.output
    request = tmp_path / "requests" / "practice-manager.xlsx"
    filled = fill_return(request, tmp_path / "return.xlsx", {
        "1B": {"Date of update": day, "New RAG": "Green", "Commentary": "On track"}})
    result = run("collect", plan, filled, "--out", tmp_path / "plan-2.xlsx")
    assert result.exit_code == 0, result.output
    progress = openpyxl.load_workbook(tmp_path / "plan-2.xlsx")["Progress"]
    assert [(c[0].value.date(), c[1].value) for c in progress.iter_rows(min_row=2)
            if c[0].value] == [(day, "1A"), (day, "1B")]
    assert run("build", tmp_path / "plan-2.xlsx", "--out", tmp_path / "paper-2",
               "--format", "docx").exit_code == 0


@pytest.mark.parametrize(("typed", "message"), [
    ("31/12/1899", "Paper!B5: '31/12/1899' is in the year 1899, before 1900, where a "
                   "spreadsheet's dates begin; check the year"),
    ("01/01/0001", "Paper!B5: '01/01/0001' is in the year 1, before 1900, where a "
                   "spreadsheet's dates begin; check the year"),
    ("0001-01-01", "Paper!B5: '0001-01-01' is in the year 1"),
])
def test_a_date_before_1900_is_refused_at_its_cell(typed, message, tmp_path) -> None:
    def edit(fields: dict) -> None:
        fields["Paper"]["Meeting date"] = typed

    fields, rows = copy.deepcopy(small_plan())
    edit(fields)
    write_plan(tmp_path / "plan.xlsx", fields, rows)
    for args in (["validate"], ["build", "--out", tmp_path / "out"],
                 ["requests", "--out", tmp_path / "requests"]):
        result = run(args[0], tmp_path / "plan.xlsx", *args[1:])
        assert result.exit_code == 2
        assert f"error: {message}" in result.output
    assert not (tmp_path / "out").exists() and not (tmp_path / "requests").exists()


@pytest.mark.parametrize("typed", ["March 0000", "Q1 0000", "03/0000", "Q4 0000/01",
                                   "30/06/1066"])
def test_a_timescale_in_a_year_before_1900_is_refused_at_its_cell(typed, tmp_path) -> None:
    fields, rows = copy.deepcopy(small_plan())
    rows["Actions"][2]["Timescale"] = typed
    write_plan(tmp_path / "plan.xlsx", fields, rows)
    result = run("validate", tmp_path / "plan.xlsx")
    assert result.exit_code == 2
    assert f"error: Actions!E4: '{typed}' is in the year " in result.output
    assert "before 1900, where a spreadsheet's dates begin; check the year" in result.output


@pytest.mark.parametrize(("stamp", "dated"), [
    (datetime(9999, 12, 31, 23, 59, 59), (2107, 12, 31, 23, 59, 58)),
    (datetime(2107, 12, 31, 23, 59, 59), (2107, 12, 31, 23, 59, 58)),
    (datetime(2050, 6, 1, 12, 30, 10), (2050, 6, 1, 12, 30, 10)),
    (datetime(1979, 12, 31), (1980, 1, 1, 0, 0, 0)),
    (datetime(1, 1, 1), (1980, 1, 1, 0, 0, 0)),
])
def test_zip_entries_are_dated_within_what_a_zip_can_hold(stamp, dated) -> None:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.xml", b"<a/>")
    packed = repack(buffer.getvalue(), {}, stamp)
    assert zipfile.ZipFile(io.BytesIO(packed)).infolist()[0].date_time == dated
    assert zip_date(stamp).timetuple()[:6] == dated
