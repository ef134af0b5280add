"""Reading worksheets: only the sheets asked for, row by row, with what officers mark on cells."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.filters import FilterColumn, Filters

from reportgen.errors import InputError
from reportgen.excel import decode_escapes, read_sheets

HOSTILE = Path(__file__).resolve().parent / "hostile"
sys.path.insert(0, str(HOSTILE))


def saved(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def one_sheet(name: str = "Actions") -> tuple[openpyxl.Workbook, object]:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = name
    return book, sheet


def test_values_run_to_the_last_row_with_a_value_not_the_formatted_corner() -> None:
    book, sheet = one_sheet()
    sheet.append(["Action", "RAG"])
    sheet.append(["Escalate", "Red"])
    sheet["XFD1048576"].fill = PatternFill("solid", start_color="FF0000")
    data = read_sheets(saved(book))["Actions"]
    assert data.rows == (("Action", "RAG"), ("Escalate", "Red"))
    assert data.fills == {}  # the corner is beyond the data, so not reported


def test_only_wanted_sheets_are_parsed() -> None:
    book, sheet = one_sheet()
    sheet["A1"] = "Action"
    book.create_sheet("Caseload")["A1"] = "Child"
    content = saved(book)
    assert set(read_sheets(content)) == {"Actions", "Caseload"}
    assert set(read_sheets(content, wanted=lambda name: name == "Actions")) == {"Actions"}


def test_size_limits_count_only_the_sheets_read(monkeypatch) -> None:
    from reportgen.excel import file_checks

    book, sheet = one_sheet()
    sheet["A1"] = "Action"
    caseload = book.create_sheet("Caseload")
    for row in range(1, 3000):
        caseload.append([f"child {row}", row, row * 2.5])
    content = saved(book)
    monkeypatch.setattr(file_checks, "MAX_UNCOMPRESSED", 100_000)
    assert read_sheets(content, wanted=lambda name: name == "Actions")["Actions"].rows == (
        ("Action",),)
    with pytest.raises(InputError) as caught:
        read_sheets(content, origin="plan.xlsx")
    message = str(caught.value)
    assert message.startswith("plan.xlsx: would expand to 0 MB, more than the 0 MB a plan needs; "
                              "refused (sheet 'Caseload' holds 0 MB of it: delete empty or "
                              "formatted rows and columns beyond its data, or move rows the paper "
                              "does not need to another workbook, and save)")


def test_dates_numbers_text_and_booleans_come_through_as_stored() -> None:
    book, sheet = one_sheet()
    sheet.append([datetime(2020, 9, 15), 3, 2.5, True, "text", "=not a formula"])
    sheet["F1"].data_type = "s"
    sheet["B2"] = datetime(9999, 12, 31)
    data = read_sheets(saved(book))["Actions"]
    assert data.rows == ((datetime(2020, 9, 15), 3, 2.5, True, "text", "=not a formula"),
                         (None, datetime(9999, 12, 31)))


def test_formula_errors_are_reported_by_cell_not_as_values() -> None:
    book, sheet = one_sheet()
    sheet.append(["Lead", "Action"])
    sheet.append(["#N/A", "Escalate"])
    sheet["A2"].data_type = "e"
    sheet["A3"] = "#REF!"
    sheet["A3"].data_type = "e"
    data = read_sheets(saved(book))["Actions"]
    assert data.errors == {(2, 1): "#N/A", (3, 1): "#REF!"}
    assert data.rows[1] == (None, "Escalate")


def test_formulas_without_saved_values_are_kept_as_today() -> None:
    book, sheet = one_sheet()
    sheet["A1"] = "=B1*2"
    sheet["A2"] = "=SUM(B1:B2)"
    data = read_sheets(saved(book))["Actions"]
    assert data.unsaved == {(1, 1): "=B1*2", (2, 1): "=SUM(B1:B2)"}


def test_hyperlinks_keep_web_and_mail_targets_and_refuse_the_rest() -> None:
    book, sheet = one_sheet()
    for row, target in enumerate(("https://example.org/report", "mailto:yot@example.org",
                                  "file:///C:/secret.docx", "http://intranet/x"), start=1):
        sheet.cell(row=row, column=1, value=f"evidence {row}").hyperlink = target
    sheet["B1"] = "see sheet"
    sheet["B1"].hyperlink = "#Notes!A1"
    data = read_sheets(saved(book))["Actions"]
    assert data.links == {(1, 1): "https://example.org/report", (2, 1): "mailto:yot@example.org",
                          (4, 1): "http://intranet/x"}
    assert data.refused_links == {(3, 1): "file:///C:/secret.docx", (1, 2): "#Notes!A1"}


def test_fills_are_resolved_to_rgb_from_direct_indexed_and_theme_colours() -> None:
    from openpyxl.styles.colors import Color

    book, sheet = one_sheet()
    sheet.append(["RAG", "x", "x", "x", "x", "x"])
    sheet["A1"].fill = PatternFill("solid", start_color="FFFF0000")
    sheet["B1"].fill = PatternFill("solid", start_color=Color(indexed=5))  # yellow
    sheet["C1"].fill = PatternFill("solid", start_color=Color(theme=5))  # accent 2
    sheet["D1"].fill = PatternFill("solid", start_color=Color(theme=9, tint=0.3999755851924192))
    sheet["E1"].fill = PatternFill("darkGrid", start_color="FF00FF00")  # a pattern, not solid
    sheet["F1"].fill = PatternFill("solid", start_color=Color(indexed=64))  # system colour
    data = read_sheets(saved(book))["Actions"]
    # openpyxl writes the Office 2007 theme: accent 2 is C0504D; accent 6 is F79646, and
    # "Lighter 40%" of it is FAC090 in Excel's own colour picker.
    assert data.fills == {(1, 1): "FF0000", (1, 2): "FFFF00", (1, 3): "C0504D",
                          (1, 4): "FAC090"}


def test_struck_cells_hidden_rows_filtered_rows_and_hidden_sheets() -> None:
    book, sheet = one_sheet()
    sheet.append(["Action", "Lead"])
    for row in range(2, 7):
        sheet.append([f"action {row}", "Head of Service" if row % 2 else "Manager"])
    sheet["A3"].font = Font(strike=True)
    sheet.row_dimensions[4].hidden = True
    sheet.auto_filter.ref = "A1:B6"
    sheet.auto_filter.filterColumn.append(
        FilterColumn(colId=1, filters=Filters(filter=["Head of Service"])))
    sheet.row_dimensions[2].hidden = True  # 'Manager': left out by the filter
    sheet.row_dimensions[6].hidden = True
    notes = book.create_sheet("Notes")
    notes["A1"] = "x"
    notes.row_dimensions[1].hidden = True
    notes.sheet_state = "hidden"
    data = read_sheets(saved(book))
    assert data["Actions"].struck == {(3, 1)}
    assert data["Actions"].filtered_rows == {2, 4, 6}
    assert data["Actions"].hidden_rows == frozenset()
    assert data["Actions"].hidden is False
    assert data["Notes"].hidden is True and data["Notes"].hidden_rows == {1}


def test_merged_ranges_are_kept() -> None:
    book, sheet = one_sheet()
    sheet["A1"] = "merged"
    sheet.merge_cells("A1:B3")
    assert read_sheets(saved(book))["Actions"].merged == ((1, 1, 3, 2),)


@pytest.mark.parametrize(("stored", "text"), [
    ("Line one_x000D_\nline two", "Line one\r\nline two"),
    ("tab_x0009_here", "tab\there"),
    ("the code _x005F_x000D_ as typed", "the code _x000D_ as typed"),
    ("_xD83D__xDC67_ girl", "👧 girl"),
    ("_x00zz_ not an escape", "_x00zz_ not an escape"),
])
def test_excel_escapes_are_decoded(stored, text) -> None:
    assert decode_escapes(stored) == text


def rewrite(content: bytes, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, change(item.filename, source.read(item)))
    return out.getvalue()


def test_escapes_are_decoded_in_shared_and_inline_strings() -> None:
    book, sheet = one_sheet()
    sheet["A1"] = "SHARED"
    sheet["A2"] = "INLINE"
    content = saved(book)

    def escape(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            # openpyxl writes text inline; make A1 shared (index 0) and keep A2 inline.
            data = data.replace(b'<c r="A1" t="inlineStr"><is><t>SHARED</t></is></c>',
                                b'<c r="A1" t="s"><v>0</v></c>')
            data = data.replace(b"<t>INLINE</t>", b"<t>in_x000D_\nline _x005F_x0041_</t>")
        return data

    content = rewrite(content, escape)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
    content = _with_shared_strings(content, names, "first_x000D_\nsecond")
    rows = read_sheets(content)["Actions"].rows
    assert rows == (("first\r\nsecond",), ("in\r\nline _x0041_",))


def _with_shared_strings(content: bytes, names: list[str], text: str) -> bytes:
    ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    table = (b'<sst xmlns="' + ns + b'" count="1" uniqueCount="1"><si><t xml:space="preserve">'
             + text.encode() + b"</t></si></sst>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>'))
            target.writestr(item, data)
        if "xl/sharedStrings.xml" not in names:
            target.writestr("xl/sharedStrings.xml", table)
    return out.getvalue()


def test_a_row_beyond_excels_grid_is_refused_by_sheet() -> None:
    book, sheet = one_sheet()
    sheet["A1"] = "x"
    content = rewrite(saved(book), lambda name, data: data.replace(b'r="1"', b'r="99999999"')
                      .replace(b'r="A1"', b'r="A99999999"'))
    with pytest.raises(InputError, match="plan.xlsx: sheet 'Actions' has a row numbered "
                                         "99,999,999, beyond Excel's last"):
        read_sheets(content, origin="plan.xlsx")


PROBE = """
import json, sys, time
from pathlib import Path
from reportgen import read_workbook
from reportgen.errors import WorkbookError
start = time.perf_counter()
try:
    reading = read_workbook(Path(sys.argv[1]))
    outcome = f"{len(reading.warnings)} warnings"
except WorkbookError as exc:
    outcome = str(exc)
seconds = time.perf_counter() - start
status = Path('/proc/self/status').read_text()
peak = int(status.split('VmHWM:')[1].split()[0]) * 1024
print(json.dumps({'seconds': seconds, 'peak': peak, 'outcome': outcome}))
"""


@pytest.mark.parametrize("sheet", ["Actions", "Notes"])
def test_a_formatted_far_corner_costs_nothing(sheet, make_workbook, tmp_path) -> None:
    from make_corpus import far_corner

    path = tmp_path / "corner.xlsx"
    plan = make_workbook().read_bytes()
    path.write_bytes(far_corner(plan, sheet))
    assert path.stat().st_size < len(plan) + 2_000  # the corner adds a few bytes, not a sheet
    result = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True,
                            text=True, check=True)
    measured = json.loads(result.stdout)
    assert measured["outcome"] == "0 warnings"
    assert measured["seconds"] < 1.0
    assert measured["peak"] < 100 * 1024 * 1024
