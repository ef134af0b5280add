"""What a lead does with an update request: fill it in, perhaps in LibreOffice, and save it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

COLUMNS = ("Reference", "Action", "Due", "Current RAG", "Latest update", "Latest update dated",
           "Date of update", "New RAG", "Commentary", "Evidence", "Propose as complete",
           "Proposed new timescale", "Reason for new timescale")


def fill_return(request: Path, out: Path, updates: dict[str, dict[str, object]]) -> Path:
    """Save ``request`` as ``out`` with ``updates`` ({reference: {column: value}}) typed into
    the rows of those actions, as a lead would in Excel; other cells as they were."""
    book = openpyxl.load_workbook(request)
    sheet = book["Updates"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    for reference, values in updates.items():
        for column, value in values.items():
            sheet.cell(row=rows[reference], column=columns[column], value=value)
    book.save(out)
    return out


def saved_on(path: Path, moment: datetime) -> Path:
    """Make ``path``'s own properties say it was last saved at ``moment`` (UTC)."""
    content = path.read_bytes()
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                start = data.index(b"<dcterms:modified")
                end = data.index(b"</dcterms:modified>")
                opening = data[start:data.index(b">", start) + 1]
                data = data[:start] + opening + stamp + data[end:]
            target.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path


def saved_by_libreoffice(path: Path, folder: Path) -> Path:
    """``path`` opened and saved again by LibreOffice Calc (headless), into ``folder``."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is not installed: run scripts/test-deps.sh"
    folder.mkdir(parents=True, exist_ok=True)
    home = folder / "home"  # its own profile, so no user's settings (or lock) gets in the way
    home.mkdir(exist_ok=True)
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(folder),
                    str(path)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(home)})
    saved = folder / path.name
    assert saved.is_file(), f"LibreOffice did not write {saved}"
    return saved
