"""Is this file a workbook we can safely open? Checked from its bytes, before any parser sees it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import InputError

# An .xlsx is a zip of XML. These limits refuse a zip bomb before it is decompressed (Python's
# zipfile never inflates a member past the size its directory declares, so the declared sizes
# bound the work) and keep memory well under what a plan of thousands of actions needs.
MAX_UNCOMPRESSED = 50 * 1024 * 1024  # all members together
MAX_RATIO = 100  # uncompressed to compressed, for any member over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Microsoft's compound file: .xls, or an encrypted .xlsx
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")


def check_workbook_file(path: Path) -> None:
    """Raise InputError with one plain sentence if ``path`` is not a readable .xlsx/.xlsm."""
    if path.name.startswith("~$"):
        raise InputError(
            f"{path}: is Excel's lock file for a workbook someone has open, not the workbook; "
            f"use {path.name[2:]}"
        )
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a workbook")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: is empty (0 bytes), not a workbook")
    with path.open("rb") as handle:
        head = handle.read(8)
        if head.startswith(_OLE):
            handle.seek(0)
            _refuse_compound_file(path, handle.read(min(size, 4 * 1024 * 1024)))
    if not head.startswith(_ZIP):
        raise InputError(
            f"{path}: is not an Excel workbook ({_looks_like(head)}); open it in Excel or "
            "LibreOffice and save it as an Excel workbook (.xlsx)"
        )
    _check_zip(path)


def _refuse_compound_file(path: Path, data: bytes) -> None:
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise InputError(
            f"{path}: is protected with a password; remove the password in Excel (File > Info > "
            "Protect Workbook > Encrypt with Password, then clear it) and save again"
        )
    raise InputError(
        f"{path}: is an old-style Excel 97-2003 workbook (.xls); open it in Excel or "
        "LibreOffice and save it as an Excel workbook (.xlsx)"
    )


def _looks_like(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "it is a PDF"
    if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        return "it looks like HTML or XML"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "its contents are not a spreadsheet format reportgen reads"
    return "it looks like text, such as a CSV file"


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except zipfile.BadZipFile as exc:
        raise InputError(
            f"{path}: is damaged or incomplete (not a whole zip file: {exc}); save it again "
            "from Excel, or copy it again"
        ) from exc
    if "xl/workbook.xml" not in names:
        kind = "a Word document" if "word/document.xml" in names else "a zip file"
        raise InputError(f"{path}: is {kind}, not an Excel workbook")
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{path}: holds {len(members):,} parts, more than a workbook has; "
                         "refused")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise InputError(
            f"{path}: would expand to {total / 1024 / 1024:,.0f} MB, more than the "
            f"{MAX_UNCOMPRESSED // 1024 // 1024} MB a plan needs; refused (a corrupt or "
            "malicious file?)"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise InputError(
                f"{path}: part {member.filename} would expand {ratio:,.0f} times, which only a "
                "malicious file (a zip bomb) does; refused"
            )
