"""Make the small hostile workbooks in this folder: files that are not what they claim.

Run from the project root with reportgen installed:

    python tests/hostile/make_corpus.py

old-format.xls needs LibreOffice (`soffice`) and password.xlsx needs msoffcrypto-tool
(`pip install msoffcrypto-tool`); without them those two files are left as they are.
Each file is small and committed, so the tests need neither tool.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from workbooks import small_plan  # noqa: E402

from reportgen.plan.blank_workbook import write_plan  # noqa: E402


def good_workbook() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        write_plan(path, *small_plan())
        return path.read_bytes()


def with_macros(xlsx: bytes) -> bytes:
    """The workbook as an .xlsm: a VBA project part and the macro-enabled content type."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                ).replace(b"</Types>", b'<Default Extension="bin" ContentType='
                          b'"application/vnd.ms-office.vbaProject"/></Types>')
            target.writestr(item, data)
        target.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"\nSub Auto_Open()\n"
                        b"Shell \"calc.exe\"\nEnd Sub\n")
    return out.getvalue()


def corrupted(xlsx: bytes) -> bytes:
    """Whole zip structure, but a sheet's compressed bytes overwritten with noise."""
    archive = zipfile.ZipFile(io.BytesIO(xlsx))
    info = next(i for i in archive.infolist() if i.filename.startswith("xl/worksheets/"))
    data = bytearray(xlsx)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 8, start + min(info.compress_size, 200)):
        data[offset] = (data[offset] * 7 + 13) % 256
    return bytes(data)


def zip_bomb(megabytes: int = 60) -> bytes:
    """A workbook whose Actions sheet inflates from about 60 KB to ``megabytes`` of blank XML."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
            '-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{main}" xmlns:r="{relations}"><sheets><sheet name="Actions" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{relations}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'))
        chunk = b" " * (1024 * 1024)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{main}"><sheetData>'.encode())
            for _ in range(megabytes):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def far_corner(xlsx: bytes, sheet: str = "Actions") -> bytes:
    """The workbook with one formatted, empty cell at XFD1048576 of ``sheet`` (a new sheet if
    the workbook has none of that name), as formatting a whole row or column can leave."""
    import openpyxl
    from openpyxl.styles import PatternFill

    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    target = book[sheet] if sheet in book.sheetnames else book.create_sheet(sheet)
    target["XFD1048576"].fill = PatternFill("solid", start_color="FFFF00")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def repackaged(xlsx: bytes, change) -> bytes:
    """The zip ``xlsx`` with every part passed through ``change(name, data)``: the new
    (name, data), or None to leave the part out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            changed = change(item.filename, source.read(item))
            if changed is not None:
                target.writestr(changed[0], changed[1])
    return out.getvalue()


def strict(xlsx: bytes) -> bytes:
    """The workbook with Strict Open XML's namespaces, as Excel's 'Strict Open XML Spreadsheet'
    save type writes them."""
    swaps = ((b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships"))

    def change(name: str, data: bytes):
        for transitional, strict_namespace in swaps:
            data = data.replace(transitional, strict_namespace)
        return name, data

    return repackaged(xlsx, change)


def zipped(parts: dict[str, bytes], *, stored_first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first:  # OpenDocument's mimetype: first, uncompressed
            archive.writestr(stored_first, parts.pop(stored_first), zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def others() -> dict[str, bytes]:
    """Files officers save a plan as that are not .xlsx: their telling parts, not whole files."""
    return {
        "libreoffice.ods": zipped({
            "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": b"<office:document-content/>",
            "META-INF/manifest.xml": b"<manifest:manifest/>"}, stored_first="mimetype"),
        "binary.xlsb": zipped({"[Content_Types].xml": b"<Types/>",
                               "xl/workbook.bin": b"\x83\x01\x00",
                               "xl/worksheets/sheet1.bin": b"\x81\x01\x00"}),
        "apple.numbers": zipped({"Index/Document.iwa": b"\x00\x01",
                                 "Metadata/Properties.plist": b"<plist/>"}),
        "minutes.docx": zipped({"[Content_Types].xml": b"<Types/>",
                                "word/document.xml": b"<w:document/>"}),
        "slides.pptx": zipped({"[Content_Types].xml": b"<Types/>",
                               "ppt/presentation.xml": b"<p:presentation/>"}),
        "export.xls": (b"<html><body><table><tr><td>Recommendation</td></tr></table>"
                       b"</body></html>\n"),
        "unicode-text.xlsx": "Recommendation\tAction\n1\tEscalate\n".encode("utf-16"),
    }


def main() -> None:
    xlsx = good_workbook()
    (HERE / "csv-renamed.xlsx").write_text("Recommendation,Letter,Action\n1,A,Escalate\n")
    (HERE / "empty.xlsx").write_bytes(b"")
    (HERE / "truncated.xlsx").write_bytes(xlsx[: len(xlsx) // 2])
    (HERE / "corrupt.xlsx").write_bytes(corrupted(xlsx))
    (HERE / "macros.xlsm").write_bytes(with_macros(xlsx))
    (HERE / "zip-bomb.xlsx").write_bytes(zip_bomb())
    (HERE / "strict.xlsx").write_bytes(strict(xlsx))
    (HERE / "far-corner.xlsx").write_bytes(far_corner(xlsx, "Actions"))
    (HERE / "far-corner-ignored-sheet.xlsx").write_bytes(far_corner(xlsx, "Notes"))
    for name, data in others().items():
        (HERE / name).write_bytes(data)
    # Excel's lock file: a byte for the name's length, the user's name, padding.
    (HERE / "~$plan.xlsx").write_bytes(b"\x0bJane Officer" + b" " * 40 + b"\x00" * 110)
    pdf_like = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    (HERE / "paper-renamed.xlsx").write_bytes(pdf_like)
    soffice = shutil.which("soffice")
    if soffice:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "old-format.xlsx"
            source.write_bytes(xlsx)
            subprocess.run([soffice, "--headless", "--convert-to", "xls", "--outdir", folder,
                            str(source)], check=True, capture_output=True)
            shutil.copy(Path(folder) / "old-format.xls", HERE / "old-format.xls")
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print("msoffcrypto-tool not installed: password.xlsx left as it is")
    else:
        encrypted = io.BytesIO()
        OOXMLFile(io.BytesIO(xlsx)).encrypt("board-2021", encrypted)
        (HERE / "password.xlsx").write_bytes(encrypted.getvalue())
    for path in sorted(p for p in HERE.iterdir() if p.suffix != ".py"):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
