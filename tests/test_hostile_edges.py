"""Inputs at the edges: dates at the ends of the calendar, files that are not files, names that
look like options, problems by the thousand. Each is a paper or a sentence: never a traceback,
never a hang."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
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

from reportgen.commands import main
from reportgen.errors import InputError
from reportgen.ooxml import repack, zip_date
from reportgen.plan.blank_workbook import write_plan
from reportgen.regular_files import regular_file_problem

PROJECT = Path(__file__).resolve().parent.parent


def run(*args: object):
    result = CliRunner().invoke(main, [str(a) for a in args], prog_name="reportgen")
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
            if c[0].value] == [(day, "1A"), (day, "1B"), (day, "1B")]  # plan, plan, return
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


# -- paths that are not files to read -------------------------------------------------------


def run_for_at_most(seconds: float, *args: object, cwd: Path) -> subprocess.CompletedProcess:
    """reportgen in its own process, killed if it is still running after ``seconds``."""
    return subprocess.run([sys.executable, "-m", "reportgen", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=seconds,
                          env={**os.environ, "PYTHONPATH": str(PROJECT)})


COMMANDS_THAT_READ = [
    ["validate", "{}"],
    ["build", "{}", "--out", "out"],
    ["build", "plan.xlsx", "{}", "--out", "out"],
    ["watch", "{}", "--out", "out"],
    ["requests", "{}", "--out", "requests"],
    ["collect", "{}", "plan.xlsx", "--out", "copy.xlsx"],
    ["collect", "plan.xlsx", "{}", "--out", "copy.xlsx"],
    ["build", "plan.xlsx", "--out", "out", "--format", "docx", "--docx-template", "{}"],
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("command", COMMANDS_THAT_READ, ids=lambda c: " ".join(c))
def test_a_named_pipe_is_refused_at_once_by_every_command(command, make_workbook,
                                                          tmp_path) -> None:
    make_workbook(name="plan.xlsx")
    os.mkfifo(tmp_path / "pipe.xlsx")
    args = [arg.replace("{}", "pipe.xlsx") for arg in command]
    result = run_for_at_most(30, *args, cwd=tmp_path)  # it used to wait for a writer for ever
    assert result.returncode == 2, result.stderr
    what = "Word template" if "--docx-template" in command else "workbook"
    assert (f"pipe.xlsx: is a named pipe (FIFO), not a {what} file; name the saved {what} "
            "itself (reportgen reads only regular files)") in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "copy.xlsx").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_the_library_refuses_a_named_pipe_without_opening_it(tmp_path) -> None:
    os.mkfifo(tmp_path / "plan.xlsx")
    probe = ("import sys\nfrom reportgen import read_workbook\nfrom reportgen.errors import "
             "InputError\ntry:\n    read_workbook(sys.argv[1])\nexcept InputError as exc:\n"
             "    print(exc)\n")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "plan.xlsx")],
                            capture_output=True, text=True, timeout=30, cwd=PROJECT)
    assert result.stdout.strip() == (f"{tmp_path / 'plan.xlsx'}: is a named pipe (FIFO), not a "
                                     "workbook file; name the saved workbook itself (reportgen "
                                     "reads only regular files)")


def test_a_pipe_swapped_in_after_the_check_is_never_waited_on(tmp_path, monkeypatch) -> None:
    from reportgen import regular_files

    os.mkfifo(tmp_path / "plan.xlsx")
    monkeypatch.setattr(regular_files, "regular_file_problem", lambda path, what: None)
    with pytest.raises(InputError, match="was replaced while being opened by something that "
                                         "is not a file; name the saved workbook itself"):
        regular_files.read_regular_file(tmp_path / "plan.xlsx", "workbook")


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: os.symlink(p.name, p), "is a symbolic link that leads round in a loop, never to "
                                      "a file; name the workbook itself"),
    (lambda p: os.symlink("gone.xlsx", p), "is a link to gone.xlsx, which does not exist; name "
                                           "the workbook itself"),
])
def test_a_link_that_leads_nowhere_is_one_sentence(make, message, tmp_path) -> None:
    make(tmp_path / "plan.xlsx")
    for command in (["validate"], ["build", "--out", tmp_path / "out"]):
        result = run(command[0], tmp_path / "plan.xlsx", *command[1:])
        assert result.exit_code == 2
        assert f"{tmp_path / 'plan.xlsx'}: {message}" in result.output


def test_a_device_and_a_folder_are_one_sentence() -> None:
    result = run("validate", os.devnull)
    assert result.exit_code == 2
    assert (f"{os.devnull}: is a device, not a workbook file; name the saved workbook itself"
            in result.output)
    assert regular_file_problem(Path(os.devnull).parent, "workbook") == \
        f"{Path(os.devnull).parent}: is a folder, not a workbook; name the workbook file in it"


def test_a_file_one_may_not_read_is_one_sentence(make_workbook, monkeypatch) -> None:
    workbook = make_workbook(name="plan.xlsx")
    if os.geteuid() != 0:  # the superuser may read anything: pretend for it
        workbook.chmod(0)
    else:
        monkeypatch.setattr(os, "access", lambda path, mode: False)
    for command in (["validate"], ["build", "--out", workbook.parent / "out"],
                    ["requests", "--out", workbook.parent / "requests"]):
        result = run(command[0], workbook, *command[1:])
        assert result.exit_code == 2
        assert (f"{workbook}: you do not have permission to read it; ask whoever owns it for "
                "access, or save a copy where you can read it") in result.output
    workbook.chmod(0o644)


def test_an_empty_file_is_one_sentence(tmp_path) -> None:
    (tmp_path / "plan.xlsx").write_bytes(b"")
    for command in (["validate"], ["build", "--out", tmp_path / "out"],
                    ["requests", "--out", tmp_path / "requests"]):
        result = run(command[0], tmp_path / "plan.xlsx", *command[1:])
        assert result.exit_code == 2
        assert f"{tmp_path / 'plan.xlsx'}: is empty (0 bytes), not a workbook" in result.output


def test_a_path_too_long_is_one_sentence_in_and_out(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    too_long = tmp_path / ("a" * 300 + ".xlsx")
    result = run("validate", too_long)
    assert result.exit_code == 2
    assert f"{too_long}: the path is too long for this system (" in result.output
    for command in (["new", too_long], ["build", workbook, "--out", too_long, "--format", "html"],
                    ["requests", workbook, "--out", too_long]):
        result = run(*command)
        assert result.exit_code == 2, result.output
        assert (f"{too_long}: the path is too long for this system; choose a shorter folder or "
                "file name") in result.output or (
            f"{too_long}/practice-manager.xlsx: the path is too long for this system"
        ) in result.output


def test_an_output_folder_that_is_a_file_is_one_sentence(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    papers = tmp_path / "papers"
    papers.write_text("not a folder")
    for command in (["build", workbook, "--out", papers],
                    ["requests", workbook, "--out", papers]):
        result = run(*command)
        assert result.exit_code == 2
        assert f"Invalid value for '--out': Directory '{papers}' is a file." in result.output
    result = run("build", workbook, "--out", papers / "inside", "--format", "html")
    assert result.exit_code == 1
    assert (f"Error: {papers / 'inside'}: cannot create the output folder: [Errno 20] Not a "
            "directory") in result.output
    assert papers.read_text() == "not a folder"


# -- a file whose name starts with '-' ------------------------------------------------------


@pytest.mark.parametrize(("typed", "suggested"), [
    (["validate", "-plan.xlsx"], "validate -- -plan.xlsx"),
    (["validate", "--plan.xlsx"], "validate -- --plan.xlsx"),
    (["build", "--out", "papers", "-plan.xlsx", "--format", "html"],
     "build --out papers --format html -- -plan.xlsx"),
    (["collect", "plan.xlsx", "-return.xlsx", "--out", "copy.xlsx"],
     "collect --out copy.xlsx -- plan.xlsx -return.xlsx"),
    (["new", "-new.xlsx"], "new -- -new.xlsx"),
])
def test_a_file_named_with_a_dash_gets_the_hint_to_put_dashes_before_it(
        typed, suggested, make_workbook, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(make_workbook(name="plan.xlsx"), tmp_path / "-plan.xlsx")
    result = run(*typed)
    assert result.exit_code == 2
    name = next(arg for arg in typed if arg.startswith("-") and "." in arg)
    assert (f"'{name}' starts with '-', so it was read as an option; to name a file that "
            f"starts with '-', put -- before it: reportgen {suggested}") in result.output
    if typed[0] == "validate" and name == "-plan.xlsx":
        followed = run(*suggested.split())
        assert followed.exit_code == 0, followed.output
        assert "-plan.xlsx: no errors" in followed.output


def test_a_mistyped_option_gets_no_file_hint() -> None:
    result = run("validate", "--strct", "plan.xlsx")
    assert result.exit_code == 2
    assert "No such option '--strct'. Did you mean '--strict'?" in result.output
    assert "put --" not in result.output


# -- problems by the thousand ---------------------------------------------------------------


@pytest.mark.slow
def test_twenty_thousand_rows_pasted_into_a_return_are_listed_as_ten_and_a_count(
        make_workbook, tmp_path) -> None:
    plan = make_workbook(name="plan.xlsx")
    assert run("requests", plan, "--out", tmp_path / "requests").exit_code == 0
    book = openpyxl.load_workbook(tmp_path / "requests" / "practice-manager.xlsx")
    updates = book["Updates"]
    columns = {cell.value: cell.column for cell in updates[1]}
    for row in range(2, 20_002):  # the lead's row, pasted down 20,000 rows with a colour typed
        updates.cell(row=row, column=columns["Reference"], value="1B")
        updates.cell(row=row, column=columns["New RAG"], value=f"Purple {row}")
    book.save(tmp_path / "return.xlsx")

    result = run("collect", plan, tmp_path / "return.xlsx", "--out", tmp_path / "copy.xlsx")
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[:10] == [
        f"error: [{tmp_path / 'return.xlsx'}]Updates!H{row}: 'Purple {row}' is not a RAG "
        "rating; use one of No improvement, Some progress, Good progress, Complete, or "
        "'Not started'"
        for row in range(2, 12)]
    assert lines[10] == (f"error: and 19,990 more rows like it: [{tmp_path / 'return.xlsx'}]"
                         "Updates!H2:H20001")
    assert len(lines) < 20, result.output
    assert not (tmp_path / "copy.xlsx").exists()


@pytest.mark.slow
def test_thousands_of_bad_rows_in_the_plan_are_listed_by_sheet_and_column(
        make_workbook, tmp_path) -> None:
    first = []  # the sheet's row of the first bad update: below the small plan's own updates

    def edit(fields, rows):
        first.append(len(rows["Progress"]) + 2)
        for row in range(2_000):
            rows["Progress"].append({"Date": f"32/01/{row}", "Action": "1B", "RAG": "Purple"})

    result = run("validate", make_workbook(edit, name="plan.xlsx"))
    assert result.exit_code == 2
    lines = result.output.splitlines()
    # Each column's problems are a kind of their own, in the order they were found.
    top, last = first[0], first[0] + 1_999
    assert f"error: Progress!A{top}: '32/01/0' is not a date" in lines[0]
    assert f"error: and 1,990 more rows like it: Progress!A{top}:A{last}" in lines
    assert f"error: and 1,990 more rows like it: Progress!C{top}:C{last}" in lines
    assert sum(line.startswith("error: Progress!A") for line in lines) == 10
    assert sum(line.startswith("error: Progress!C") for line in lines) == 10
    assert lines[-1] == "Error: " + str(tmp_path / "plan.xlsx") + ": 4000 error(s), 0 warning(s)"


def test_the_listing_groups_by_sheet_column_and_message_and_keeps_every_problem() -> None:
    from reportgen.errors import MoreLikeIt, Problem, Severity, WorkbookError, listing

    def rag(sheet: str, cell: str, value: str, severity=Severity.ERROR) -> Problem:
        return Problem(sheet, cell, f"{value!r} is not a RAG rating; did you mean 'Red'?",
                       severity)

    problems = [
        *(rag("Updates", f"H{row}", f"x{row}") for row in range(2, 15)),       # 13 of a kind
        *(rag("Updates", f"I{row}", "Purple") for row in range(2, 5)),         # another column
        *(rag("Progress", f"H{row}", "it's") for row in range(2, 14)),         # another sheet
        *(rag("Updates", f"H{row}", "y", Severity.WARNING) for row in range(2, 4)),
        Problem("Updates", "H20", "is empty; it is required"),                 # another message
        Problem("Actions", "5:5", "the row 5 is empty"),
        Problem("Actions", "6:6", "the row 6 is empty"),
    ]
    shown = listing(problems)
    assert [str(p) for p in shown if isinstance(p, MoreLikeIt)] == [
        "and 3 more rows like it: Updates!H2:H14",
        "and 2 more rows like it: Progress!H2:H13",
    ]
    assert len(shown) == len(problems) - 3 - 2 + 2
    assert shown[10] == MoreLikeIt(3, "Updates!H2:H14")
    assert shown[11:14] == problems[13:16]  # then on in the order found
    assert [str(p) for p in listing(problems, listed=1)][-3:] == [
        "Updates!H20: is empty; it is required", "Actions!5:5: the row 5 is empty",
        "and 1 more row like it: Actions!5:6"]
    error = WorkbookError(problems)
    assert error.problems == tuple(problems)  # every problem kept for a program to use
    assert len(str(error).splitlines()) == 1 + len(shown) - 2  # the two warnings are not errors
    assert str(error).startswith("31 problems in the workbook:\n")
