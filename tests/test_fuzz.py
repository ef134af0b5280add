"""Property: any cell values at all give a plan or the project's own error, with its place."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workbooks import sheets_of, small_plan

from reportgen import WorkbookError, read_workbook
from reportgen.excel import SheetData, write_workbook
from reportgen.plan.reader import parse_sheets
from reportgen.plan.schema import SHEETS

pytestmark = pytest.mark.slow  # hundreds of generated plans, some written to a real file

SHEET_NAMES = {sheet.name for sheet in SHEETS}

any_value = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(["Complete", "r", "September 2020", "3G", "1.1", "Good", "YOT", " ", "1A",
                     "Not rated", "31/02/2020", "{{ 7*7 }}", "<b>", "Feb 29 2021", "0"]),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2200, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2200, 1, 1)),
)
# What a spreadsheet can hold: no control characters, finite numbers.
cell_value = any_value.filter(
    lambda v: not (isinstance(v, str) and any(ord(c) < 32 and c not in "\t\n" for c in v))
    and not (isinstance(v, float) and not math.isfinite(v))
)
# (sheet index, row index, column index, value): rows and columns beyond the table add to it.
edits = st.lists(st.tuples(st.integers(0, 20), st.integers(0, 8), st.integers(0, 7), any_value),
                 min_size=1, max_size=8)


def edited_sheets(changes) -> list:
    sheets = sheets_of(*small_plan())
    for sheet_index, row_index, column_index, value in changes:
        name, headers, body = sheets[sheet_index % len(sheets)]
        rows = [headers, *body]  # the header row can be hit too
        row = rows[row_index % (len(rows) + 1)] if row_index % (len(rows) + 1) < len(rows) \
            else None
        if row is None:
            row = [None] * len(headers)
            rows.append(row)
        while len(row) <= column_index:
            row.append(None)
        row[column_index] = value
        sheets[sheet_index % len(sheets)] = (name, rows[0], rows[1:])
    return sheets


def assert_read_or_placed(read) -> None:
    try:
        read()
    except WorkbookError as exc:
        assert exc.errors
        for problem in exc.problems:
            assert problem.sheet in SHEET_NAMES, problem
            assert problem.message and "Traceback" not in problem.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_any_values_read_or_raise_a_placed_error(changes) -> None:
    sheets = {name: SheetData(name, tuple(tuple(r) for r in (headers, *body)))
              for name, headers, body in edited_sheets(changes)}
    assert_read_or_placed(lambda: parse_sheets(sheets))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 8), st.integers(0, 7), cell_value),
                min_size=1, max_size=6))
def test_any_values_through_a_real_file(tmp_path_factory, changes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "plan.xlsx"
    write_workbook(path, edited_sheets(changes))
    assert_read_or_placed(lambda: read_workbook(path))
