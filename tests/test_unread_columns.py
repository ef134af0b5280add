"""Nothing typed silently lost: a header reportgen does not read is read under another name it
accepts, or is an error naming both headers when it holds data the sheet has no column for, or
a warning naming the closest column; never a paper built quietly without leads or commentary."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from workbooks import rename_column, sheets_of, small_plan

from reportgen import WorkbookError, read_workbook
from reportgen.commands import main
from reportgen.plan import schema

# How officers head the columns, in their own words: each is read as the column, or stops the
# build with one error naming it and the column; none may build a paper without the column.
OFFICERS_WORDING = [
    *(("Actions", "Lead", h) for h in (
        "Responsible lead", "Action owner", "Owner", "Responsible officer", "Lead responsible",
        "Responsible manager", "Accountable person", "Named officer", "Lead(s) responsible",
        "Responsable lead", "Lead officr", "Lead 2")),
    *(("Progress", "Commentary", h) for h in (
        "Progress notes", "Update", "Notes", "Progress", "Comments and next steps",
        "Officer remarks", "Latest update", "Progres notes", "Commentry", "Latest position",
        "Current position")),
    *(("Actions", "Timescale", h) for h in (
        "Deadline", "Due date", "Target date", "By when", "Target completion",
        "Expected completion date", "Date to be completed by", "Timescal", "Dead line")),
    *(("Actions", "Success measures", h) for h in (
        "Success criteria", "Sucess measure", "How success will be measured",
        "Measures of impact")),
]


def _problems(path) -> tuple[list[str], list[str]]:
    try:
        reading = read_workbook(path)
    except WorkbookError as caught:
        return [str(p) for p in caught.errors], [str(p) for p in caught.warnings]
    return [], [str(w) for w in reading.warnings]


@pytest.mark.parametrize(("sheet", "column", "header"), OFFICERS_WORDING)
def test_an_officers_header_is_read_or_one_error_never_silently_lost(make_workbook, sheet,
                                                                     column, header) -> None:
    expected = read_workbook(make_workbook()).plan
    path = make_workbook(sheets=rename_column(sheets_of(*small_plan()), sheet, column, header))
    errors, warnings = _problems(path)
    accepted = schema.normalise_header(header) in \
        next(s for s in schema.SHEETS if s.name == sheet).column(column).keys
    if accepted:
        # Read as the column: the paper has every lead, commentary and timescale.
        assert errors == [] and warnings == []
        assert read_workbook(path).plan.recommendations == expected.recommendations
        return
    # One problem for one header: an error naming it and the column, and nothing more (no
    # 'has no lead' on every row).
    assert len(errors) == 1, errors
    assert f"'{header}'" in errors[0] and f"rename it '{column}'" in errors[0]
    assert warnings == []


@pytest.mark.parametrize(("header", "cell", "column"), [
    ("Responsible manager", "D1", "Lead"), ("Officer remarks", "D1", "Commentary"),
])
def test_validate_and_build_stop_at_a_header_meant_as_a_missing_column(
        make_workbook, tmp_path, header, cell, column) -> None:
    sheet = "Actions" if column == "Lead" else "Progress"
    path = make_workbook(sheets=rename_column(sheets_of(*small_plan()), sheet, column, header))
    validated = CliRunner().invoke(main, ["validate", str(path)])
    assert validated.exit_code == 2
    said = [line for line in validated.output.splitlines()
            if line.startswith(("error", "warning"))]
    assert said == [
        f"error: {sheet}!{cell}: the column headed '{header}' is not one reportgen reads, but "
        f"it looks like '{column}', which this sheet has no column for, so nothing in it is "
        f"read; rename it '{column}'{_other_names(sheet, column)}"]
    built = CliRunner().invoke(main, ["build", str(path), "--out", str(tmp_path / "out")])
    assert built.exit_code == 2
    assert not (tmp_path / "out").exists()


def _other_names(sheet: str, column: str) -> str:
    aliases = next(s for s in schema.SHEETS if s.name == sheet).column(column).aliases
    more = f" and {len(aliases) - 5} more" if len(aliases) > 5 else ""
    return f" (also accepted: {', '.join(aliases[:5])}{more})"


def test_a_header_like_a_missing_column_but_empty_is_a_warning(make_workbook) -> None:
    fields, rows = small_plan()
    for row in rows["Actions"]:
        row["Success measures"] = None
    sheets = rename_column(sheets_of(fields, rows), "Actions", "Success measures",
                           "Sucess measure")
    errors, warnings = _problems(make_workbook(sheets=sheets))
    assert errors == []
    assert warnings == [
        "Actions!F1: the column headed 'Sucess measure' is not one reportgen reads, so it is not "
        "in the paper; if it holds the 'Success measures' column, rename it 'Success measures'"]


def test_an_unrelated_column_with_data_is_a_warning_naming_the_closest_column(
        make_workbook) -> None:
    fields, rows = small_plan()
    extra = {"Actions": ["Officer notes", "Venue", "Revised deadline"],
             "Progress": ["Evidence folder"]}
    sheets = [(name, [*headers, *extra.get(name, ())],
               [[*r, *(f"typed {i}" for i in range(len(extra.get(name, ()))))] for r in body])
              for name, headers, body in sheets_of(fields, rows)]
    errors, warnings = _problems(make_workbook(sheets=sheets))
    assert errors == []
    assert warnings == [
        "Actions!J1: the column headed 'Officer notes' is not one reportgen reads, so it is not "
        "in the paper; the closest column reportgen reads is the Progress sheet's 'Commentary'",
        "Actions!K1: the column headed 'Venue' is not one reportgen reads, so it is not in the "
        "paper; none of the columns reportgen reads here is close to it (Recommendation, "
        "Letter, Action, Lead, Timescale, Success measures, RAG, Added, Closed by board)",
        "Actions!L1: the column headed 'Revised deadline' is not one reportgen reads, so it is "
        "not in the paper; the closest column reportgen reads is 'Timescale' (E1)",
        "Progress!G1: the column headed 'Evidence folder' is not one reportgen reads, so it is "
        "not in the paper; the closest column reportgen reads is 'Evidence' (E1)",
    ]


def test_a_field_like_a_missing_one_is_an_error_and_another_a_warning(make_workbook) -> None:
    def edit(fields, rows):
        fields["Paper"]["Presenting officer"] = "Head of Youth Justice"
        fields["Paper"]["Meeting venue"] = "Council Chamber"

    fields, rows = small_plan()
    edit(fields, rows)
    sheets = [(name, headers, body if name != "Paper" else
               [*body, ["Presenting officer", "Head of Youth Justice"],
                ["Meeting venue", "Council Chamber"]])
              for name, headers, body in sheets_of(fields, rows)]
    errors, warnings = _problems(make_workbook(sheets=sheets))
    assert errors == [
        "Paper!A7: the field 'Presenting officer' is not one reportgen reads, but it looks like "
        "'Presenter', which this sheet has no field for, so its value is not read; rename it "
        "'Presenter' (also accepted: Presented by)"]
    assert warnings == [
        "Paper!A8: the field 'Meeting venue' is not one reportgen reads, so its value is not in "
        "the paper; the closest field reportgen reads is 'Meeting date' (A5)"]


def test_a_sheet_without_a_lead_column_is_said_once(make_workbook) -> None:
    from workbooks import drop_column

    errors, warnings = _problems(make_workbook(
        sheets=drop_column(sheets_of(*small_plan()), "Actions", "Lead")))
    assert errors == []
    assert warnings == [
        "Actions: the sheet has no 'Lead' column, so the paper names no action's lead; add a "
        f"column headed 'Lead'{_other_names('Actions', 'Lead')}"]


def test_no_name_is_accepted_for_two_columns_of_one_sheet() -> None:
    for sheet in schema.SHEETS:
        keys = [key for column in sheet.columns for key in column.keys]
        assert len(keys) == len(set(keys)), sheet.name


def test_every_other_name_is_listed_in_the_workbook_docs() -> None:
    from pathlib import Path

    docs = (Path(__file__).parent.parent / "docs" / "workbook.md").read_text()
    for sheet in schema.SHEETS:
        for column in sheet.columns:
            for alias in column.aliases:
                assert alias in docs, (sheet.name, column.name, alias)
