"""Is this file a workbook we can safely open? Checked from its bytes, before any parser sees it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

from ..errors import InputError
from ..regular_files import read_regular_file

# An .xlsx is a zip of XML. These limits refuse a zip bomb before it is decompressed (Python's
# zipfile never inflates a member past the size its directory declares, so the declared sizes
# bound the work) and keep memory well under what a plan of thousands of actions needs. They
# count only the parts reportgen reads: a sheet it does not read is never decompressed.
MAX_UNCOMPRESSED = 50 * 1024 * 1024  # the parts read, together
MAX_RATIO = 100  # uncompressed to compressed, for any part read over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Microsoft's compound file: .xls, or an encrypted .xlsx
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_SAVE_AS_XLSX = "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"
_EXCEL_SAVE_AS = "open it in Excel and use File > Save As, choosing Excel Workbook (.xlsx)"


def read_workbook_file(path: Path) -> bytes:
    """The bytes of the workbook at ``path``; InputError, in one sentence, if it is not one."""
    path = Path(path)
    if path.name.startswith("~$"):
        raise InputError(
            f"{path}: is Excel's lock file for a workbook someone has open, not the workbook; "
            f"use {path.name[2:]}"
        )
    if path.suffix.lower() == ".numbers" and path.is_dir():
        raise InputError(f"{path}: is an Apple Numbers spreadsheet, not an Excel workbook; "
                         "in Numbers use File > Export To > Excel and build from that file")
    content = read_regular_file(path, "workbook")
    check_workbook_bytes(path, content)
    return content


def check_workbook_bytes(origin: str | Path, content: bytes) -> None:
    """Raise InputError with one sentence saying what ``content`` is, if not an .xlsx/.xlsm."""
    if not content:
        raise InputError(f"{origin}: is empty (0 bytes), not a workbook")
    head = content[:4096]
    if head.startswith(_OLE):
        _refuse_compound_file(origin, content[:4 * 1024 * 1024])
    if not head.startswith(_ZIP):
        raise InputError(f"{origin}: is not an Excel workbook ({_looks_like(head)}); "
                         f"{_SAVE_AS_XLSX}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise InputError(
            f"{origin}: is damaged or incomplete (not a whole zip file: {exc}); save it again "
            "from Excel, or copy it again"
        ) from exc
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{origin}: holds {len(members):,} parts, more than a workbook has; "
                         "refused")
    names = {m.filename for m in members}
    kind = _other_package(archive, names)
    if kind:
        raise InputError(f"{origin}: {kind}")
    if _is_strict(archive):
        raise InputError(
            f"{origin}: is saved as a Strict Open XML Spreadsheet, which reportgen does not "
            f"read; {_EXCEL_SAVE_AS}"
        )


def _refuse_compound_file(origin: str | Path, data: bytes) -> None:
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise InputError(
            f"{origin}: is protected with a password; remove the password in Excel (File > Info "
            "> Protect Workbook > Encrypt with Password, then clear it) and save again"
        )
    if "WordDocument".encode("utf-16-le") in data:
        raise InputError(f"{origin}: is a Word 97-2003 document (.doc), not an Excel workbook; "
                         "build from the plan's Excel workbook (reportgen new makes a blank one)")
    raise InputError(
        f"{origin}: is an old-style Excel 97-2003 workbook (.xls); {_SAVE_AS_XLSX}"
    )


def _looks_like(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "it is a PDF"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "it looks like text saved as Unicode, such as a tab-separated file"
    text = head.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
            return "it is an XML Spreadsheet 2003 file"
        if b"<html" in head.lower() or b"<table" in head.lower():
            return "it is a web page (HTML), as some systems export under an .xls name"
        return "it looks like HTML or XML"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "its contents are not a spreadsheet format reportgen reads"
    return "it looks like text, such as a CSV file"


_OPEN_DOCUMENT = {
    b"application/vnd.oasis.opendocument.spreadsheet":
        "is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as Excel Workbook "
        "(.xlsx) from LibreOffice: File > Save As",
    b"application/vnd.oasis.opendocument.text":
        "is an OpenDocument text document (.odt), not an Excel workbook; build from the plan's "
        "Excel workbook",
}


def _other_package(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """What a zip that is not an .xlsx is, and what to do, in words; None for an .xlsx."""
    if "mimetype" in names:
        with archive.open("mimetype") as part:
            mimetype = part.read(100).strip()
        for prefix, words in _OPEN_DOCUMENT.items():
            if mimetype.startswith(prefix):
                return words
    if "xl/workbook.bin" in names:
        return ("is an Excel Binary Workbook (.xlsb), which reportgen does not read; "
                f"{_EXCEL_SAVE_AS}")
    if "Index.zip" in names or any(name.startswith("Index/") for name in names):
        return ("is an Apple Numbers spreadsheet, not an Excel workbook; in Numbers use File > "
                "Export To > Excel and build from that file")
    if "xl/workbook.xml" in names:
        return None
    for part, kind in (("word/document.xml", "a Word document"),
                       ("ppt/presentation.xml", "a PowerPoint presentation"),
                       ("mimetype", "an OpenDocument file")):
        if part in names:
            return (f"is {kind}, not an Excel workbook; build from the plan's Excel workbook "
                    "(reportgen new makes a blank one)")
    inner = sorted(n for n in names if n.lower().endswith((".xlsx", ".xlsm")))
    if inner:
        return (f"is a zip file holding {inner[0]}, not an Excel workbook itself; extract the "
                "workbook from it and build from that")
    return "is a zip file, not an Excel workbook; build from the plan's Excel workbook (.xlsx)"


_STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"


def _is_strict(archive: zipfile.ZipFile) -> bool:
    """Whether the workbook uses the Strict namespaces: its opening bytes say so."""
    try:
        with archive.open("xl/workbook.xml") as part:
            return _STRICT in part.read(4096)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        return False  # reading it properly reports the damage


def check_parts(origin: str | Path, archive: zipfile.ZipFile, parts: Mapping[str, str]) -> None:
    """Refuse, before any is decompressed, parts that would expand too far, alone or together.

    ``parts`` maps each part that is about to be read to what it holds, in words
    ("sheet 'Actions'"); parts of the same words are counted together in messages.
    """
    members = [archive.getinfo(name) for name in parts if name in archive.NameToInfo]
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise InputError(
            f"{origin}: would expand to {_megabytes(total)} MB, more than the "
            f"{MAX_UNCOMPRESSED // 1024 // 1024} MB a plan needs; refused "
            f"({_advice(members, parts)})"
        )
    for member in members:
        if _inflates(member):
            raise InputError(
                f"{origin}: {parts[member.filename]} would expand "
                f"{member.file_size / max(member.compress_size, 1):,.0f} times, which only a "
                "malicious file (a zip bomb) does; refused"
            )


def _inflates(member: zipfile.ZipInfo) -> bool:
    return (member.file_size > RATIO_FLOOR
            and member.file_size / max(member.compress_size, 1) > MAX_RATIO)


def _advice(members: list[zipfile.ZipInfo], parts: Mapping[str, str]) -> str:
    """What to do about too large a workbook: about its largest part, in words."""
    by_what: dict[str, int] = {}
    for member in members:
        by_what[parts[member.filename]] = by_what.get(parts[member.filename], 0) + member.file_size
    largest = max(by_what, key=by_what.__getitem__)
    size = _megabytes(by_what[largest])
    if any(_inflates(m) for m in members if parts[m.filename] == largest):
        return (f"{largest} holds {size} MB of it, nearly all repeated bytes: a corrupt or "
                "malicious file?")
    if largest.startswith("sheet "):
        return (f"{largest} holds {size} MB of it: delete empty or formatted rows and columns "
                "beyond its data, or move rows the paper does not need to another workbook, "
                "and save")
    return (f"{largest} holds {size} MB of it: move the sheets the paper does not use to "
            "another workbook, and save")


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f}"
