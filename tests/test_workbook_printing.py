"""The officers' workbook on paper: every sheet legible on A4, as LibreOffice prints it, and
the page setup behind that, read back with openpyxl."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reportgen.build import example_workbook
from reportgen.commands import main
from reportgen.plan import schema
from reportgen.plan.blank_workbook import GUIDANCE, TABLE_ROWS, TIMESCALE_FORMS

INSTALL = "run `make test` (scripts/test-deps.sh installs it)"


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[float, float, float, float]  # left, top, right, bottom, in points


@dataclass(frozen=True)
class Page:
    sheet: str
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


def printed_pages(pdf: Path) -> list[Page]:
    """Each page's words with their boxes, and the sheet its footer names."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail(f"pdftotext (poppler-utils) is not installed: {INSTALL}")
    layout = subprocess.run([tool, "-bbox", str(pdf), "-"], check=True, capture_output=True,
                            text=True).stdout
    pages = []
    for body in re.findall(r"<page [^>]*>(.*?)</page>", layout, flags=re.S):
        words = tuple(
            Word(html.unescape(text), tuple(float(n) for n in box))
            for *box, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" '
                                         r'xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body))
        text = " ".join(word.text for word in words)
        footer = re.search(r"(\w+): page \d+ of \d+", text)
        assert footer, f"a page with no footer: {text[:80]!r}"
        pages.append(Page(footer.group(1), words))
    return pages


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A blank workbook, as `reportgen new` writes it, and the example."""
    folder = tmp_path_factory.mktemp("printed")
    assert CliRunner().invoke(main, ["new", str(folder / "blank.xlsx")]).exit_code == 0
    shutil.copy(example_workbook(), folder / "example.xlsx")
    return {"blank": folder / "blank.xlsx", "example": folder / "example.xlsx"}


@pytest.fixture(scope="module")
def printed(workbooks: dict[str, Path]) -> dict[str, list[Page]]:
    """The blank workbook and the example, printed to PDF by LibreOffice: their pages."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail(f"LibreOffice (soffice) is not installed: {INSTALL}")
    folder = workbooks["blank"].parent
    # A profile of its own, so a LibreOffice the developer has open is neither used nor changed.
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    str(folder / "blank.xlsx"), str(folder / "example.xlsx")],
                   check=True, capture_output=True, timeout=600)
    return {name: printed_pages(folder / f"{name}.pdf") for name in ("blank", "example")}


def headers(sheet: schema.Sheet) -> list[str]:
    return list(schema.DETAIL_HEADERS) if sheet.details else [c.header for c in sheet.columns]


def test_the_blank_workbook_prints_each_sheet_on_one_page_after_the_guidance(printed) -> None:
    pages = printed["blank"]
    sheets = [page.sheet for page in pages]
    guidance = sheets.count(GUIDANCE)
    assert sheets == [GUIDANCE] * guidance + [sheet.name for sheet in schema.SHEETS]
    assert guidance <= 9  # the columns' other accepted names and the Leads sheet take a page
    assert len(pages) <= 21  # it was 37, with columns split across pages (one is the Leads sheet)


def test_the_example_prints_in_at_most_thirty_pages(printed) -> None:
    pages = printed["example"]
    assert len(pages) <= 31  # it was 40; one is the Leads sheet
    assert [page.sheet for page in pages][-1] == "Revisions"


@pytest.mark.parametrize("workbook", ["blank", "example"])
def test_no_page_splits_a_sheets_columns(printed, workbook) -> None:
    # Each page of a sheet holds its first and last header: the header row repeats, and the
    # sheet is one page wide.
    by_name = {sheet.name: sheet for sheet in schema.SHEETS}
    for number, page in enumerate(printed[workbook], start=1):
        if page.sheet == GUIDANCE:
            continue  # no header row: a list of each sheet's columns under its own headers
        first, *_, last = headers(by_name[page.sheet])
        assert page.text.startswith(first), (workbook, number, page.text[:60])
        assert last in page.text, (workbook, number, last)


def cell_characters(path: Path) -> dict[str, Counter]:
    """The characters of every text cell, sheet by sheet, spaces aside (the hidden Lists sheet
    does not print). Characters, not words: a spreadsheet breaks a long word, or one with a
    hyphen, across lines."""
    book = openpyxl.load_workbook(path)
    return {ws.title: Counter("".join(part for row in ws.iter_rows(values_only=True)
                                      for value in row if isinstance(value, str)
                                      for part in value.split()))
            for ws in book.worksheets if ws.sheet_state != "hidden"}


@pytest.mark.parametrize("workbook", ["blank", "example"])
def test_every_character_of_every_cell_is_printed(workbooks, printed, workbook) -> None:
    # A row too short for its text cuts the text off: each character must be on the sheet's
    # pages.
    pages: dict[str, Counter] = {}
    for page in printed[workbook]:
        pages.setdefault(page.sheet, Counter()).update("".join(w.text for w in page.words))
    for sheet, characters in cell_characters(workbooks[workbook]).items():
        assert characters - pages[sheet] == Counter(), sheet


def overlapping(words: tuple[Word, ...]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap: text run over other text."""
    found = []
    ordered = sorted(words, key=lambda w: w.box[0])
    for index, word in enumerate(ordered):
        left, top, right, bottom = word.box
        for other in ordered[index + 1:]:
            if other.box[0] >= right - 0.5:
                break
            # Lines of one cell overlap a little (a word's box is taller than a line);
            # text run over other text overlaps by more than half its height.
            shared = min(bottom, other.box[3]) - max(top, other.box[1])
            if shared > 0.5 * min(bottom - top, other.box[3] - other.box[1]):
                found.append((word.text, other.text))
    return found


@pytest.mark.parametrize("workbook", ["blank", "example"])
def test_no_row_runs_over_another(printed, workbook) -> None:
    for number, page in enumerate(printed[workbook], start=1):
        assert overlapping(page.words) == [], (workbook, number)


@pytest.fixture(scope="module")
def blank(workbooks: dict[str, Path]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(workbooks["blank"])


# Turned where upright would shrink the sheet below 85%: the wide tables, and the Guidance.
LANDSCAPE = {GUIDANCE, "Narrative", "Recommendations", "Actions", "Progress",
             "Revisions"}


def test_every_sheet_prints_on_a4_one_page_wide_with_its_header_row_on_every_page(
        blank) -> None:
    assert blank.sheetnames[:-1] == [GUIDANCE, *(sheet.name for sheet in schema.SHEETS)]
    for ws in blank.worksheets:
        setup = ws.page_setup
        assert int(setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert setup.orientation == ("landscape" if ws.title in LANDSCAPE else "portrait"), \
            ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.print_options.gridLines, ws.title
        assert ws.oddFooter.center.text == "&A: page &P of &N", ws.title
        assert ws.page_margins.left == ws.page_margins.right == 0.5
        assert ws.print_title_rows == (None if ws.title == GUIDANCE else "$1:$1"), ws.title


def shrink(widths) -> float:
    """How much fitting the sheet to A4's width shrinks it, from its columns' widths."""
    pixels = sum(width * 7 + 5 for width in widths)
    return min(1.0, 1026 / pixels)


def test_no_sheet_prints_much_smaller_than_the_action_plan(blank) -> None:
    # The Actions sheet is the widest: its nine columns print at 60% of their size, Calibri 11
    # as 6.6 points. A column more, or a wider one, should be a choice, not an accident.
    printed_at = {}
    for ws in blank.worksheets[:-1]:
        printed_at[ws.title] = shrink(d.width for d in list(ws.column_dimensions.values()))
    assert min(printed_at, key=printed_at.get) == "Actions"
    assert printed_at["Actions"] >= 0.59
    assert printed_at[GUIDANCE] >= 0.95


def test_required_columns_and_fields_are_marked_in_the_workbook_itself(blank) -> None:
    for sheet in schema.SHEETS:
        ws = blank[sheet.name]
        if sheet.details:
            names = [ws.cell(row, 1).value for row in range(2, len(sheet.columns) + 2)]
        else:
            names = [cell.value for cell in ws[1]]
        assert names == [c.name + (" *" if c.required else "") for c in sheet.columns]
        # The mark is not part of the name: each header reads as its column.
        assert [schema.normalise_header(name) for name in names] == [
            schema.normalise_header(c.name) for c in sheet.columns]
    (note,) = [row[0] for row in blank[GUIDANCE].iter_rows(values_only=True)
               if row[0] and "marked *" in row[0]]
    assert note.startswith("Headers and fields marked * are required")


def test_the_guidance_gives_its_examples_in_the_date_format_it_asks_for(blank) -> None:
    rows = list(blank[GUIDANCE].iter_rows(values_only=True))
    assert any("a date such as 15/09/2020" in (row[0] or "") for row in rows)
    dates = [row[5] for row in rows if row[2] == "date"]
    assert len(dates) == sum(c.kind is schema.Kind.DATE for s in schema.SHEETS
                             for c in s.columns)
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", example) for example in dates), dates


def test_the_guidance_runs_its_paragraphs_across_the_page(blank) -> None:
    ws = blank[GUIDANCE]
    merged = {str(cells) for cells in ws.merged_cells.ranges}
    assert "A2:F2" in merged  # the first note
    assert all(ws.cell(int(r.split(":")[0][1:]), 1).value for r in merged)


def rows_xml(path: Path, sheet: str) -> dict[int, str]:
    """Each <row> element's opening tag in ``sheet``'s part, by row number."""
    book = openpyxl.load_workbook(path)
    index = book.sheetnames.index(sheet) + 1
    with zipfile.ZipFile(path) as archive:
        part = archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")
    return {int(number): tag for tag, number in re.findall(r'(<row r="(\d+)"[^>]*>)', part)}


def test_rows_are_as_tall_as_their_text_and_a_spreadsheet_may_fit_them_again(example) -> None:
    book = openpyxl.load_workbook(example)
    ws = book["Actions"]
    row = next(r for r in range(2, 40) if (ws.cell(r, 1).value, ws.cell(r, 2).value) == (2, "C"))
    # 2C's action is a list of ten lines: ten lines of 15 points at least.
    assert ws.row_dimensions[row].height >= 150
    assert ws.row_dimensions[2].height is None or ws.row_dimensions[2].height < 100
    tags = rows_xml(example, "Actions")
    assert 'ht="' in tags[row] and "customHeight" not in tags[row]
    assert "ht=" not in tags[1]  # the header row: one line


def test_new_writes_the_revisions_sheet_and_closed_by_board_with_their_checks(blank) -> None:
    def rule(ws, cell):
        (found,) = [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]
        return found

    actions, revisions = blank["Actions"], blank["Revisions"]
    assert [c.value for c in revisions[1]] == [
        "Action *", "Date *", "New timescale *", "Reason *", "Agreed by", "Agreed by board"]
    assert actions["I1"].value == "Closed by board"
    closed = rule(actions, "I2")
    assert (closed.type, closed.operator, closed.promptTitle) == ("date", "between",
                                                                  "Closed by board")
    reference = rule(revisions, "A2")  # chosen from the actions, like the Progress sheet's
    assert reference.type == "list"
    assert reference.formula1.replace("'", "") == f"Lists!$A$2:$A${TABLE_ROWS + 1}"
    assert rule(revisions, f"B{TABLE_ROWS + 1}").type == "date"
    timescale = rule(revisions, "C2")
    assert timescale.prompt.endswith(TIMESCALE_FORMS) and len(timescale.prompt) <= 255
    assert revisions.column_dimensions["C"].number_format == "@"  # 'March 2021' stays text
    assert rule(revisions, "D2").prompt == "Why the timescale moved."
    # Who agreed a revision, and whether the board has: a date, or one of the words offered.
    decision = rule(revisions, f"F{TABLE_ROWS + 1}")
    assert (decision.type, decision.formula1) == ("list", '"Proposed,Not agreed"')
    assert decision.errorStyle == "warning"  # a meeting's date is typed over 'Proposed'
