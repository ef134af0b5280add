"""Many papers at once: each workbook its own paper, failures named, the rest unharmed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from reportgen.batch import BatchOptions, build_many, collect_workbooks
from reportgen.commands import main


def bad_rag(fields, rows) -> None:
    rows["Actions"][0]["RAG"] = "Amberish"


def test_two_good_and_one_bad_give_two_papers_and_one_named_failure(make_workbook,
                                                                    tmp_path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    for name in ("east.xlsx", "west.xlsx"):
        shutil.copy(make_workbook(name=name), plans / name)
    shutil.copy(make_workbook(bad_rag, name="north.xlsx"), plans / "north.xlsx")
    (plans / "~$east.xlsx").write_bytes(b"\x0bJane")  # Excel's lock file: skipped
    (plans / "notes.txt").write_text("not a workbook")
    out = tmp_path / "papers"
    result = CliRunner().invoke(main, ["build", str(plans), "--out", str(out), "--format",
                                       "html", "--jobs", "2"])
    assert result.exit_code == 2, result.output
    assert sorted(p.name for p in out.iterdir()) == ["east.html", "west.html"]
    assert "built 2 of 3 papers" in result.output
    assert "1 failed:" in result.output
    assert f"{plans / 'north.xlsx'}: 1 problem(s) in the workbook" in result.output
    assert "error: Actions!G2: 'Amberish' is not a RAG rating" in result.output
    assert "Building 3 papers" in result.output  # the progress bar's label


def test_workbooks_named_one_by_one_build_in_parallel_in_input_order(make_workbook,
                                                                     tmp_path) -> None:
    workbooks = [make_workbook(name=f"plan-{n}.xlsx") for n in range(3)]
    seen = []
    outcomes = build_many(workbooks, BatchOptions(tmp_path / "out", ("html",)), jobs=2,
                          progress=seen.append)
    assert [o.workbook for o in outcomes] == workbooks
    assert all(o.ok for o in outcomes) and len(seen) == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "plan-0.html", "plan-1.html", "plan-2.html"]


def test_a_file_that_is_not_a_workbook_fails_alone(make_workbook, tmp_path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("a,b\n")
    good = make_workbook(name="good.xlsx")
    outcomes = build_many([fake, good], BatchOptions(tmp_path / "out", ("html",)), jobs=1)
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].bad_input and "looks like text" in outcomes[0].error


def test_two_workbooks_that_would_write_the_same_paper_are_refused(make_workbook,
                                                                   tmp_path) -> None:
    first = make_workbook(name="plan.xlsx")
    other = tmp_path / "other"
    other.mkdir()
    second = Path(shutil.copy(first, other / "plan.xlsx"))
    result = CliRunner().invoke(main, ["build", str(first), str(second), "--out",
                                       str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "two workbooks would write the same paper" in result.output
    assert collect_workbooks([first]) == [first]


def test_an_empty_folder_says_so(tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no workbooks (.xlsx, .xlsm) to build" in result.output


def test_a_named_pipe_in_a_folder_is_named_not_passed_over(make_workbook, tmp_path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(make_workbook(name="east.xlsx"), plans / "east.xlsx")
    os.mkfifo(plans / "west.xlsx")  # opened, it would wait for ever: it must not be
    out = tmp_path / "papers"
    result = CliRunner().invoke(main, ["build", str(plans), "--out", str(out), "--format",
                                       "html", "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert "Building 2 papers" in result.output
    assert "built 1 of 2 papers" in result.output
    assert str(plans / "west.xlsx") in result.output and "named pipe" in result.output


def test_one_workbook_in_a_folder_is_one_paper(make_workbook, tmp_path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(make_workbook(name="east.xlsx"), plans / "east.xlsx")
    result = CliRunner().invoke(main, ["build", str(plans), "--out", str(tmp_path / "out"),
                                       "--format", "html"])
    assert result.exit_code == 0, result.output
    assert "Building 1 paper" in result.output and "1 papers" not in result.output
