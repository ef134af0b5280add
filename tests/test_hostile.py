"""Bad and hostile workbooks: each refused in one sentence, nothing fetched, nothing lost."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from reportgen import WorkbookError, read_workbook
from reportgen.commands import main
from reportgen.errors import InputError

HOSTILE = Path(__file__).resolve().parent / "hostile"


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("csv-renamed.xlsx", "is not an Excel workbook (it looks like text, such as a CSV file); "
                             "open it in Excel or LibreOffice and save it as an Excel workbook "
                             "(.xlsx)"),
        ("paper-renamed.xlsx", "is not an Excel workbook (it is a PDF)"),
        ("old-format.xls", "is an old-style Excel 97-2003 workbook (.xls); open it in Excel or "
                           "LibreOffice and save it as an Excel workbook (.xlsx)"),
        ("password.xlsx", "is protected with a password; remove the password in Excel"),
        ("truncated.xlsx", "is damaged or incomplete (not a whole zip file"),
        ("corrupt.xlsx", "cannot be read as an Excel workbook"),
        ("empty.xlsx", "is empty (0 bytes), not a workbook"),
        ("~$plan.xlsx", "is Excel's lock file for a workbook someone has open, not the "
                        "workbook; use plan.xlsx"),
        ("zip-bomb.xlsx", "would expand to 60 MB, more than the 50 MB a plan needs; refused "
                          "(sheet 'Actions' holds 60 MB of it, nearly all repeated bytes: a "
                          "corrupt or malicious file?)"),
        ("libreoffice.ods", "is an OpenDocument spreadsheet (.ods), not an Excel workbook; save "
                            "it as Excel Workbook (.xlsx) from LibreOffice: File > Save As"),
        ("strict.xlsx", "is saved as a Strict Open XML Spreadsheet, which reportgen does not "
                        "read; open it in Excel and use File > Save As, choosing Excel Workbook "
                        "(.xlsx)"),
        ("binary.xlsb", "is an Excel Binary Workbook (.xlsb), which reportgen does not read; "
                        "open it in Excel and use File > Save As, choosing Excel Workbook "
                        "(.xlsx)"),
        ("apple.numbers", "is an Apple Numbers spreadsheet, not an Excel workbook; in Numbers "
                          "use File > Export To > Excel and build from that file"),
        ("minutes.docx", "is a Word document, not an Excel workbook; build from the plan's Excel "
                         "workbook (reportgen new makes a blank one)"),
        ("slides.pptx", "is a PowerPoint presentation, not an Excel workbook; build from the "
                        "plan's Excel workbook (reportgen new makes a blank one)"),
        ("export.xls", "is not an Excel workbook (it is a web page (HTML), as some systems "
                       "export under an .xls name); open it in Excel or LibreOffice and save it "
                       "as an Excel workbook (.xlsx)"),
        ("unicode-text.xlsx", "is not an Excel workbook (it looks like text saved as Unicode, "
                              "such as a tab-separated file); open it in Excel or LibreOffice "
                              "and save it as an Excel workbook (.xlsx)"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "build"])
def test_files_that_are_not_workbooks_get_one_sentence_and_exit_2(
        name, message, command, tmp_path) -> None:
    path = HOSTILE / name
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    args = [command, path] + (["--out", tmp_path] if command == "build" else [])
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"Error: {path}: {message}" or \
        (message in result.output and result.output.count("\n") <= 2), result.output
    assert "Traceback" not in result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert list(tmp_path.iterdir()) == []


def test_a_folder_and_a_missing_path_are_usage_errors(tmp_path) -> None:
    for target, words in ((tmp_path, "is a directory"), (tmp_path / "nope.xlsx", "does not exist")):
        result = run("validate", target)
        assert result.exit_code == 2 and words in result.output


def test_macro_workbook_is_read_and_its_macros_ignored(tmp_path) -> None:
    result = run("build", HOSTILE / "macros.xlsm", "--out", tmp_path, "--format", "html")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "macros.html").read_text(encoding="utf-8")
    assert "Escalation process" in html and "Auto_Open" not in html


@pytest.mark.slow
def test_zip_bomb_is_refused_fast_and_small(tmp_path) -> None:
    sys.path.insert(0, str(HOSTILE))
    from make_corpus import zip_bomb

    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(zip_bomb(200))  # 200 MB of XML in about 200 KB
    probe = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "from reportgen import read_workbook\n"
        "from reportgen.errors import InputError\n"
        "start = time.perf_counter()\n"
        "try:\n"
        "    read_workbook(Path(sys.argv[1]))\n"
        "except InputError as exc:\n"
        "    message = str(exc)\n"
        "seconds = time.perf_counter() - start\n"
        # VmHWM, the peak of this process's own memory: ru_maxrss would also count the memory
        # of the test process it was forked from, which it carries across exec.
        "status = Path('/proc/self/status').read_text()\n"
        "peak = int(status.split('VmHWM:')[1].split()[0]) * 1024\n"
        "print(json.dumps({'seconds': seconds, 'peak': peak, 'message': message}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(bomb)], capture_output=True,
                            text=True, check=True)
    measured = json.loads(result.stdout)
    assert "would expand to 200 MB" in measured["message"]
    assert measured["seconds"] < 1.0
    assert measured["peak"] < 200 * 1024 * 1024


def hostile_cells(fields, rows) -> None:
    rows["Actions"][0]["Action"] = '<img src="file:///etc/passwd"> <script>alert(1)</script>'
    rows["Actions"][0]["Success measures"] = "![x](file:///etc/passwd) [y](file:///etc/passwd)"
    rows["Actions"][1]["Action"] = "{{ 7*7 }} {% include 'paper.css' %} [z](data:text/html,hi)"
    rows["Actions"][1]["Success measures"] = "تحسين التخطيط للأطفال 👧🏽 ✅ [site](https://example.org)"
    rows["Progress"][0]["Evidence"] = "javascript:alert(1)"
    rows["Recommendations"][0]["Recommendation"] = "[mail](mailto:yot@example.org) **bold**"


def test_hostile_cells_show_as_text_and_fetch_nothing(make_workbook, tmp_path,
                                                      monkeypatch) -> None:
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network refused in tests")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    workbook = make_workbook(hostile_cells, name="hostile.xlsx")
    result = run("build", workbook, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert attempts == []
    html = (tmp_path / "hostile.html").read_text(encoding="utf-8")
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt; &lt;script&gt;" in html
    assert "<img" not in html and "<script" not in html
    assert "![x](file:///etc/passwd) [y](file:///etc/passwd)" in html
    assert "{{ 7*7 }} {% include &#39;paper.css&#39; %} [z](data:text/html,hi)" in html
    assert '<a href="https://example.org">site</a>' in html
    assert '<a href="mailto:yot@example.org">mail</a>' in html
    assert "javascript:alert(1)" in html and 'href="javascript' not in html
    assert "تحسين التخطيط للأطفال 👧🏽" in html
    pdf = (tmp_path / "hostile.pdf").read_bytes()
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "hostile.pdf").pages)
    text = text.replace("\x00", "")
    passwd = Path("/etc/passwd").read_text().splitlines()[0]
    assert passwd not in text and passwd.encode() not in pdf
    assert "file:///etc/passwd" in text  # shown, not fetched


def test_the_pdf_fetcher_serves_template_assets_only(tmp_path) -> None:
    from reportgen.formats.pdf import _fetcher_class

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "logo.svg").write_text("<svg/>")
    fetcher = _fetcher_class()([assets])
    assert fetcher.fetch((assets / "logo.svg").as_uri()).read() == b"<svg/>"
    for url in ("file:///etc/passwd", (assets / ".." / "x").as_uri(), "http://127.0.0.1/",
                "https://example.org/logo.png", "ftp://example.org/x"):
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)


def swap_text(path: Path, placeholder: str, text: str) -> None:
    """Put ``text`` where ``placeholder`` is in the file's XML, as a hand-made file could."""
    import zipfile

    parts = {}
    with zipfile.ZipFile(path) as archive:
        for item in archive.infolist():
            parts[item] = archive.read(item).replace(placeholder.encode(), text.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data in parts.items():
            archive.writestr(item, data)


def test_very_long_text_is_refused_by_name(make_workbook) -> None:
    # Excel (and openpyxl) stop a cell at 32,767 characters; a hand-made file need not.
    def edit(fields, rows):
        rows["Actions"][1]["Action"] = "LONG-TEXT-HERE"

    path = make_workbook(edit)
    swap_text(path, "LONG-TEXT-HERE", "x" * 100_000)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert [str(p) for p in caught.value.errors] == [
        "Actions!C3: the text is 100,000 characters long, more than a cell holds (32,767); "
        "shorten it"]


def test_merged_cells_across_data_rows_are_named(make_workbook, tmp_path) -> None:
    import openpyxl

    path = make_workbook(name="merged.xlsx")
    book = openpyxl.load_workbook(path)
    book["Actions"].merge_cells("D2:D3")
    merged = tmp_path / "merged-2.xlsx"
    book.save(merged)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(merged)
    assert [str(p) for p in caught.value.errors] == [
        "Actions!D2:D3: cells are merged across rows 2 to 3; unmerge them and give each row its "
        "own value"]


def test_warnings_complete_without_evidence_and_stale(make_workbook) -> None:
    def edit(fields, rows):
        rows["Meetings"] = [{"Date": date(2020, 10, 6)}, {"Date": date(2021, 3, 9)}]
        rows["Progress"][0]["Evidence"] = None
        rows["Progress"][1]["Date"] = date(2020, 9, 1)  # 1B's only update

    reading = read_workbook(make_workbook(edit))
    assert [str(w) for w in reading.warnings] == [
        "Actions!G2: action 1A is rated Complete but no update gives evidence; add it in the "
        "Progress sheet's Evidence column",
        "Actions!G3: action 1B's latest update (01/09/2020) is older than the last meeting "
        "(06/10/2020); is it stale?",
    ]


def test_strict_turns_warnings_into_errors(make_workbook, tmp_path) -> None:
    def edit(fields, rows):
        rows["Actions"][2]["Lead"] = None

    workbook = make_workbook(edit, name="plan.xlsx")
    assert run("validate", workbook).exit_code == 0
    result = run("validate", workbook, "--strict")
    assert result.exit_code == 2
    assert "warning: Actions!D4: action 2A has no lead" in result.output
    assert "1 warning(s), treated as errors (--strict)" in result.output
    out = tmp_path / "out"
    result = run("build", workbook, "--strict", "--out", out)
    assert result.exit_code == 2
    assert "error: Actions!D4: action 2A has no lead" in result.output
    assert not out.exists()


def test_outputs_never_overwrite_the_input_or_land_in_data(make_workbook, tmp_path,
                                                          example) -> None:
    disguised = tmp_path / "plan.pdf"
    shutil.copy(make_workbook(name="plan.xlsx"), disguised)
    digest = hashlib.sha256(disguised.read_bytes()).hexdigest()
    result = run("build", disguised, "--out", tmp_path, "--format", "pdf")
    assert result.exit_code == 2
    assert "is the input workbook; choose another --out folder" in result.output
    assert hashlib.sha256(disguised.read_bytes()).hexdigest() == digest
    result = run("build", example, "--out", example.parent / "papers")
    assert result.exit_code == 2
    assert "is inside the project's data folder" in result.output
    assert not (example.parent / "papers").exists()


def test_every_command_leaves_the_workbook_byte_identical(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    digest = hashlib.sha256(workbook.read_bytes()).hexdigest()
    for args in (["validate", workbook], ["build", workbook, "--out", tmp_path],
                 ["build", workbook, "--out", tmp_path, "--strict"]):
        run(*args)
        assert hashlib.sha256(workbook.read_bytes()).hexdigest() == digest


def test_a_write_that_fails_leaves_the_previous_paper(make_workbook, tmp_path,
                                                     monkeypatch) -> None:
    writing_module = sys.modules["reportgen.atomic_files"]
    workbook = make_workbook(name="plan.xlsx")
    assert run("build", workbook, "--out", tmp_path).exit_code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(writing_module.os, "replace", fail)
    result = run("build", workbook, "--out", tmp_path)
    assert result.exit_code == 1
    assert "disk full" in result.output
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no .part files


def test_control_characters_are_removed(make_workbook) -> None:
    from workbooks import sheets_of, small_plan

    from reportgen.excel import SheetData
    from reportgen.plan.reader import parse_sheets

    fields, rows = small_plan()
    rows["Actions"][0]["Action"] = "Line one\x07\x1b[31m red\x00 text\nline two"
    sheets = {name: SheetData(name, (tuple(headers), *map(tuple, body)))
              for name, headers, body in sheets_of(fields, rows)}
    plan = parse_sheets(sheets).plan
    assert plan.actions[0].text == "Line one[31m red text\nline two"


def test_input_error_is_raised_for_hostile_files_by_the_library() -> None:
    with pytest.raises(InputError):
        read_workbook(HOSTILE / "zip-bomb.xlsx")
