"""An update request on paper: a lead can read it printed on A4, as LibreOffice prints it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from lead_returns import COLUMNS
from pypdf import PdfReader
from test_workbook_printing import INSTALL, printed_pages

from reportgen.commands import main
from reportgen.plain_text import plain_text

COMMENTARY = ("**Protocol agreed** with the police; see [the protocol](https://example.org/p) "
              "and the **QA audit**.\n- first review in January\n- second in March")
ACTION = "Agree an **escalation** protocol with children's services"


def with_markup(fields, rows) -> None:
    rows["Actions"][1]["Action"] = ACTION
    rows["Progress"].append({"Date": date(2020, 11, 20), "Action": "1B", "RAG": "Good progress",
                             "Commentary": COMMENTARY})


@pytest.fixture
def request_file(make_workbook, tmp_path) -> Path:
    plan = make_workbook(with_markup)
    result = CliRunner().invoke(main, ["requests", str(plan), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "practice-manager.xlsx"


def test_the_request_shows_the_plans_words_without_the_officers_marks(request_file) -> None:
    row = [c.value for c in openpyxl.load_workbook(request_file)["Updates"][2]]
    assert row[COLUMNS.index("Action")] == ("Agree an escalation protocol with children's "
                                            "services")
    assert row[COLUMNS.index("Latest update")] == (
        "Protocol agreed with the police; see the protocol (https://example.org/p) and the QA "
        "audit.\n- first review in January\n- second in March")


@pytest.mark.parametrize(("typed", "plain"), [
    ("**bold** and ** not bold **", "bold and ** not bold **"),
    ("[a file](file:///c:/x.docx) stays", "[a file](file:///c:/x.docx) stays"),
    ("[https://a.org](https://a.org)", "https://a.org"),
    ("write to [us](mailto:yot@council.gov.uk)", "write to us (yot@council.gov.uk)"),
    ("2 * 3 = 6", "2 * 3 = 6"),
])
def test_plain_text_keeps_every_word_and_drops_only_the_marks(typed, plain) -> None:
    assert plain_text(typed) == plain


def test_the_updates_sheet_prints_landscape_in_two_pages_across_with_the_reference_on_each(
        request_file) -> None:
    sheet = openpyxl.load_workbook(request_file)["Updates"]
    setup = sheet.page_setup
    assert (int(setup.paperSize), setup.orientation, setup.pageOrder) == (9, "landscape",
                                                                         "overThenDown")
    # Column breaks: after F, the plan's side; G to M, the lead's, on the next page.
    assert [b.id for b in sheet.col_breaks.brk] == [COLUMNS.index("Latest update dated") + 1]
    assert sheet.print_title_cols == "$A:$A" and sheet.print_title_rows == "$1:$1"
    # Calibri 11 at this scale prints at 11 x 83% = 9.1 pt: at least 8.
    assert int(setup.scale) * 11 / 100 >= 8


def effective_sizes(pdf: Path) -> dict[int, list[tuple[str, float]]]:
    """Each page's text runs with the size they print at, in points."""
    sizes: dict[int, list[tuple[str, float]]] = {}
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        runs: list[tuple[str, float]] = []

        def visit(text, cm, tm, font, size, runs=runs) -> None:
            if text.strip():
                a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                              tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                runs.append((text.strip(), size * abs(a * d - b * c) ** 0.5))

        page.extract_text(visitor_text=visit)
        sizes[number] = runs
    return sizes


def test_printed_by_libreoffice_every_word_is_at_least_8_pt(example, tmp_path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail(f"LibreOffice (soffice) is not installed: {INSTALL}")
    out = tmp_path / "requests"
    result = CliRunner().invoke(main, ["requests", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.output
    request = out / "operational-manager-and-practice-manager.xlsx"  # four actions, long text
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(request)], check=True, capture_output=True, timeout=600)
    pdf = tmp_path / f"{request.stem}.pdf"
    sizes = effective_sizes(pdf)
    all_runs = [run for runs in sizes.values() for run in runs]
    assert all_runs
    smallest = min(size for _, size in all_runs)
    assert smallest >= 8, [run for run in all_runs if run[1] < 8][:5]
    pages = printed_pages(pdf)
    for page, printed in zip(PdfReader(pdf).pages, pages, strict=True):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        # A4: the Updates sheet landscape, What to do upright.
        wanted = (842, 595) if printed.sheet == "Updates" else (595, 842)
        assert (round(width), round(height)) == wanted, printed.sheet
    updates = [page for page in pages if page.sheet == "Updates"]
    # The plan's side, then the lead's: each page starts with the Reference column.
    assert len(updates) >= 2
    for page in updates:
        assert page.text.startswith("Reference"), page.text[:60]
    assert "Latest update" in updates[0].text and "Commentary" not in updates[0].text
    assert "Commentary" in updates[1].text and "Latest update" not in updates[1].text
    for reference in ("3C", "3F", "3G", "3H"):
        assert all(reference in page.text for page in updates[:2]), reference
    assert "**" not in " ".join(page.text for page in pages)
