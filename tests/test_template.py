"""The officers' workbook as Excel shows it: read back with openpyxl, cell rule by cell rule."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from click.testing import CliRunner
from workbooks import small_plan

from reportgen import WorkbookError, read_workbook
from reportgen.build import example_workbook
from reportgen.commands import main
from reportgen.plan import schema
from reportgen.plan.blank_workbook import RAG_COLOURS, RATING_COLOURS, TABLE_ROWS, write_plan
from reportgen.plan.model import Rag, Rating
from reportgen.plan.schema import Kind, Sheet

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def blank_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("new") / "plan.xlsx"
    result = CliRunner().invoke(main, ["new", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def blank(blank_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(blank_path)


def rule_for(ws, cell: str):
    """The data validation covering ``cell``."""
    rules = [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]
    assert len(rules) == 1, f"{ws.title}!{cell}: {len(rules)} validations"
    return rules[0]


def dropdown(ws, cell: str) -> list[str]:
    """The values a typed-in list offers at ``cell``."""
    rule = rule_for(ws, cell)
    assert rule.type == "list" and rule.formula1.startswith('"'), rule.formula1
    return rule.formula1.strip('"').split(",")


def colours(ws, cells: str) -> dict[str, tuple[str, str]]:
    """Value -> (fill, text colour) of the 'cell equals' conditional formats on ``cells``."""
    found = {}
    for formatting in ws.conditional_formatting:
        if str(formatting.sqref) != cells:
            continue
        for rule in formatting.rules:
            assert (rule.type, rule.operator) == ("cellIs", "equal")
            value = rule.formula[0].strip('"')
            found[value] = (rule.dxf.fill.bgColor.rgb[-6:], rule.dxf.font.color.rgb[-6:])
    return found


def column_cells(sheet: Sheet, name: str) -> str:
    letter = "ABCDEFGHIJ"[[c.name for c in sheet.columns].index(name)]
    return f"{letter}2:{letter}{TABLE_ROWS + 1}"


def test_rag_cells_offer_exactly_the_four_ratings_and_colour_when_set(blank) -> None:
    ws = blank["Actions"]
    assert ws["G1"].value == "RAG"  # optional: not marked *
    assert dropdown(ws, "G2") == ["No improvement", "Some progress", "Good progress", "Complete"]
    rule = rule_for(ws, f"G{TABLE_ROWS + 1}")
    assert rule.errorStyle == "stop" and rule.showErrorMessage and rule.allow_blank
    assert colours(ws, f"G2:G{TABLE_ROWS + 1}") == {
        "No improvement": ("B3261E", "FFFFFF"),
        "Some progress": ("F5B335", "0B0C0C"),
        "Good progress": ("00703C", "FFFFFF"),
        "Complete": ("1D70B8", "FFFFFF"),
    }


def test_colours_are_the_papers() -> None:
    css = (ROOT / "templates" / "paper.css").read_text(encoding="utf-8")
    variables = dict(re.findall(r"--([\w-]+):\s*(#\w+);", css))

    def colour(value: str) -> str:
        value = re.sub(r"var\(--([\w-]+)\)", lambda m: variables[m.group(1)], value.strip())
        digits = value.lstrip("#").upper()
        return "".join(d * 2 for d in digits) if len(digits) == 3 else digits

    def fill_and_text(css_class: str) -> tuple[str, str]:
        body = re.search(rf"\.{css_class}\s*{{([^}}]*)}}", css).group(1)
        declared = dict(re.findall(r"(background|color):\s*([^;]+);", body))
        return colour(declared["background"]), colour(declared["color"])

    assert {rag: fill_and_text(rag.css_class) for rag in Rag} == RAG_COLOURS
    assert {rating: fill_and_text(rating.css_class) for rating in Rating} == RATING_COLOURS


def test_every_list_column_has_its_dropdown_and_ratings_their_colours(blank) -> None:
    checked = 0
    for sheet in schema.SHEETS:
        ws = blank[sheet.name]
        for row, column in enumerate(sheet.columns, start=2):
            if not column.choices:
                continue
            cells = f"B{row}" if sheet.details else column_cells(sheet, column.name)
            first = cells.split(":")[0]
            assert dropdown(ws, first) == list(column.choices), f"{sheet.name} {column.name}"
            assert rule_for(ws, first).errorStyle == ("warning" if column.other_text else "stop")
            if column.kind is Kind.RATING:
                assert colours(ws, cells) == {
                    r.label: c for r, c in RATING_COLOURS.items() if r.label in column.choices}
            checked += 1
    # Purpose and Exempt; the framework; three ratings (Inspection's stated overall, Ratings,
    # Scoring); section, addressee, source; RAG on Actions and on Progress; a revision's Agreed
    # by board.
    assert checked == 12


def test_an_actions_recommendation_is_chosen_from_the_recommendations_numbers(blank) -> None:
    rule = rule_for(blank["Actions"], "A2")
    assert rule.type == "list"
    assert rule.formula1.replace("'", "") == f"Recommendations!$A$2:$A${TABLE_ROWS + 1}"
    assert blank["Recommendations"]["A1"].value == "Number *"


def test_date_cells_take_dates_and_say_so(blank) -> None:
    for sheet in schema.SHEETS:
        ws = blank[sheet.name]
        for row, column in enumerate(sheet.columns, start=2):
            if column.kind is not Kind.DATE:
                continue
            cell = f"B{row}" if sheet.details else column_cells(sheet, column.name).split(":")[0]
            rule = rule_for(ws, cell)
            assert (rule.type, rule.operator) == ("date", "between")
            assert rule.showInputMessage and "Enter a date, such as 15/09/2020" in rule.prompt
            assert ws[cell].number_format == "d mmm yyyy" or \
                ws.column_dimensions[cell[0]].number_format == "d mmm yyyy"


def test_every_cell_says_what_it_holds(blank) -> None:
    for sheet in schema.SHEETS:
        ws = blank[sheet.name]
        for row, column in enumerate(sheet.columns, start=2):
            cell = f"B{row}" if sheet.details else column_cells(sheet, column.name).split(":")[0]
            rule = rule_for(ws, cell)
            assert rule.promptTitle == column.name[:32]
            assert rule.prompt.startswith(column.help) and len(rule.prompt) <= 255


def test_each_sheet_is_a_table_with_frozen_headers_widths_and_wrapped_text(blank) -> None:
    for sheet in schema.SHEETS:
        ws = blank[sheet.name]
        (table,) = ws.tables.values()
        assert table.tableStyleInfo.name == "TableStyleMedium2"
        assert ws.freeze_panes == "A2"
        if sheet.details:
            assert [[c.value for c in row] for row in ws.iter_rows()] == [
                ["Field", "Value"], *([c.header, None] for c in sheet.columns)]
            assert table.ref == f"A1:B{len(sheet.columns) + 1}"
        else:
            assert [c.value for c in ws[1]] == [c.header for c in sheet.columns]
            assert table.ref == f"A1:{chr(64 + len(sheet.columns))}{TABLE_ROWS + 1}"
            for index, column in enumerate(sheet.columns):
                dimension = ws.column_dimensions[chr(65 + index)]
                assert dimension.width == column.display_width >= len(column.header)
                assert dimension.alignment.wrap_text


def test_timescales_and_standards_stay_as_typed(blank) -> None:
    # Excel would turn 'September 2020' into 1 September and 1.10 into 1.1.
    assert blank["Actions"].column_dimensions["E"].number_format == "@"
    assert blank["Ratings"].column_dimensions["B"].number_format == "@"


def test_guidance_comes_first_and_explains_every_sheet_and_column(blank) -> None:
    assert blank.sheetnames == ["Guidance", *(s.name for s in schema.SHEETS), "Lists"]
    rows = [tuple(c for c in row if c is not None)
            for row in blank["Guidance"].iter_rows(values_only=True)]
    for sheet in schema.SHEETS:
        assert any(row and str(row[0]).startswith(f"{sheet.name} sheet") for row in rows)
        assert any(row and str(row[0]).startswith(sheet.purpose) for row in rows)
        for column in sheet.columns:
            assert (column.label, "yes" if column.required else "no", column.kind.value,
                    *((column.allowed,) if column.allowed else ()), column.help,
                    column.typed_example) in rows


def test_document_properties(blank) -> None:
    assert blank.properties.title == "Improvement plan"
    assert blank.properties.subject == "Youth justice improvement plan"
    assert blank.properties.creator == "reportgen"


def test_a_blank_workbook_reads_back_as_a_list_of_what_to_fill_in(blank_path) -> None:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(blank_path)
    assert [str(p) for p in caught.value.errors] == [
        "Paper!B2: 'Organisation' is empty; it is required",
        "Paper!B3: 'Plan title' is empty; it is required",
        "Paper!B4: 'Board' is empty; it is required",
        "Paper!B5: 'Meeting date' is empty; it is required",
        "Inspection!B2: 'Inspectorate' is empty; it is required",
        "Inspection!B3: 'Inspection start' is empty; it is required",
        "Inspection!B4: 'Inspection end' is empty; it is required",
    ]


def test_a_sheet_of_action_references_gets_a_dropdown_of_the_actions(blank) -> None:
    # The Progress sheet's Action column (Kind.ACTION_REF) is covered by the generic writer.
    assert blank.sheetnames[-1] == "Lists"
    assert blank["Lists"].sheet_state == "hidden"
    action = column_cells(schema.PROGRESS, "Action").split(":")[0]
    rule = rule_for(blank["Progress"], action)
    assert rule.type == "list"
    assert rule.formula1.replace("'", "") == f"Lists!$A$2:$A${TABLE_ROWS + 1}"
    # Each line of the list joins an action's recommendation and letter (1 and A make 1A).
    assert [blank["Actions"][cell].value for cell in ("A1", "B1")] == ["Recommendation *",
                                                                      "Letter *"]
    assert blank["Lists"]["A2"].value.replace("'", "") == \
        '=IF(OR(Actions!$A2="",Actions!$B2=""),"",Actions!$A2&Actions!$B2)'
    assert blank["Lists"][f"A{TABLE_ROWS + 1}"].value.endswith(f"!$B{TABLE_ROWS + 1})")
    rag = column_cells(schema.PROGRESS, "RAG").split(":")[0]
    assert dropdown(blank["Progress"], rag) == list(schema.RAG_WORDS)
    date_cell = column_cells(schema.PROGRESS, "Date").split(":")[0]
    assert rule_for(blank["Progress"], date_cell).type == "date"


def test_the_reader_ignores_the_guidance_and_lists_sheets(blank_path) -> None:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(blank_path)
    assert not any(p.sheet in ("Guidance", "Lists") for p in caught.value.problems)


def test_the_example_is_written_by_the_same_writer(example) -> None:
    book = openpyxl.load_workbook(example)
    assert book.sheetnames[0] == "Guidance"
    assert dropdown(book["Actions"], "G2") == list(schema.RAG_WORDS)
    assert book.properties.title == ("Medway Youth Offending Team and Youth Justice "
                                     "Partnership Board Improvement Plan")


def parts(path: Path) -> dict[str, object]:
    """Each part of a workbook: an XML part as its parsed tree (tags with their namespaces,
    attributes, text), any other as its bytes. openpyxl spells the same XML differently with
    and without lxml (``<a/>`` or ``<a />``, where namespaces are declared), so the parsed
    trees are what must agree in every environment."""
    def tree(element: ElementTree.Element) -> tuple:
        return (element.tag, sorted(element.attrib.items()), (element.text or "").strip(),
                (element.tail or "").strip(), [tree(child) for child in element])

    with zipfile.ZipFile(path) as archive:
        return {name: tree(ElementTree.fromstring(archive.read(name)))
                if name.endswith((".xml", ".rels")) else archive.read(name)
                for name in archive.namelist()}


def test_the_writer_gives_the_same_workbook_with_and_without_lxml(tmp_path) -> None:
    # The suite runs with lxml (the PDF checks bring it); here the writer runs without it.
    script = ("import sys; sys.modules['lxml'] = None; "
              "from reportgen.plan.blank_workbook import new_workbook; "
              f"new_workbook({str(tmp_path / 'plain.xlsx')!r}, example=True)")
    subprocess.run([sys.executable, "-c", script], check=True)
    assert parts(tmp_path / "plain.xlsx") == parts(example_workbook())


def test_regenerating_the_example_gives_the_same_file(tmp_path) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    for path in (first, second):
        assert CliRunner().invoke(main, ["new", "--example", str(path)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    # Fixed stamps: the document's dates and every part's date in the zip, whatever the clock.
    book = openpyxl.load_workbook(first)
    assert book.properties.created == book.properties.modified == datetime(2020, 1, 1)
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2020, 1, 1, 0, 0, 0)}
    # The committed example is what the writer makes now (`make example`). Parts are compared
    # rather than bytes, as another zlib may compress the same parts differently.
    assert parts(example_workbook()) == parts(first), "run `make example`"


def test_text_starting_with_an_equals_sign_stays_text(tmp_path) -> None:
    fields, rows = small_plan()
    rows["Actions"][0]["Action"] = "=same as last year, reviewed"
    path = tmp_path / "equals.xlsx"
    write_plan(path, fields, rows)
    assert read_workbook(path).plan.actions[0].text == "=same as last year, reviewed"
