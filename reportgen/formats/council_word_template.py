"""A council's Word template (.docx or .dotx), checked, as a document to write the paper into."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..ooxml import repack
from ..regular_files import read_regular_file

_PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# External targets Word never loads on opening: links a reader follows, and the template a
# document was made from (whose link the Word paper drops).
_NOT_FETCHED = ("/hyperlink", "/attachedTemplate")
# Parts that run code: macros (under any name) and ActiveX controls.
_CODE = re.compile(r"vbaProject|vbaData|macroEnabled|activeX", re.IGNORECASE)
# Fields that fetch a file or run a program when Word updates them.
_FETCHING_FIELD = re.compile(r"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|IMPORT|DDE|DDEAUTO)\b")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# No council's template has a part this large; reading one would be the file's doing.
MAX_PART = 20_000_000


def template_bytes(path: Path) -> bytes:
    """A council's .docx or .dotx, as a document's bytes; refused if it holds macros or would
    have Word fetch something (a linked picture, a field that includes a file) when the paper
    is opened or printed."""
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        data = read_regular_file(path, "Word template")
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types_xml = archive.read("[Content_Types].xml")
            names = archive.namelist()
            rels = {n: fromstring(archive.read(n)) for n in names if n.endswith(".rels")}
            types = fromstring(types_xml)
            large = [i.filename for i in archive.infolist() if i.file_size > MAX_PART]
            if large:
                raise InputError(f"{path}: its part {large[0]} is larger than any template's "
                                 f"({MAX_PART // 1_000_000} MB); save the template again")
            parts = {n: fromstring(archive.read(n)) for n in names
                     if n.startswith("word/") and n.endswith(".xml")}
    except (OSError, KeyError, zipfile.BadZipFile, ParseError, ValueError) as exc:
        raise InputError(f"{path}: not a Word document or template ({exc})") from exc
    content_types = [element.get("ContentType", "") for element in types
                     if element.tag in (f"{_TYPES}Default", f"{_TYPES}Override")]
    relationships = [r for tree in rels.values() for r in tree.iter(_PACKAGE)]
    if (any(_CODE.search(t) for t in content_types) or any(_CODE.search(n) for n in names)
            or any(_CODE.search(r.get("Type", "")) for r in relationships)):
        raise InputError(f"{path}: holds macros or controls that run code; save the template "
                         "as a .docx or .dotx without them")
    for relationship in relationships:
        external = relationship.get("TargetMode", "").strip().casefold() == "external"
        if external and not relationship.get("Type", "").endswith(_NOT_FETCHED):
            raise InputError(f"{path}: links to a file outside itself "
                             f"({relationship.get('Target', '')}), which Word would fetch; "
                             "insert its pictures into the template instead of linking them")
    for name, tree in sorted(parts.items()):
        # A complex field's code may be split over several runs: read it joined up.
        codes = ["".join(t.text or "" for t in tree.iter(f"{_W}instrText")),
                 *(f.get(f"{_W}instr", "") for f in tree.iter(f"{_W}fldSimple"))]
        for code in codes:
            fetching = _FETCHING_FIELD.search(code.upper())
            if fetching:
                raise InputError(f"{path}: {name} holds the field {fetching.group(1)}, which "
                                 "fetches a file when Word updates its fields; remove the "
                                 "field, or put what it fetches into the template itself")
    main = next((t for t in content_types if "wordprocessingml." in t and "main+xml" in t), "")
    if "wordprocessingml.document.main+xml" in main:
        return data
    if "wordprocessingml.template.main+xml" in main:
        as_document = types_xml.decode("utf-8").replace("wordprocessingml.template.main+xml",
                                                        "wordprocessingml.document.main+xml")
        return repack(data, {"[Content_Types].xml": as_document.encode("utf-8")},
                      datetime(1980, 1, 1))
    raise InputError(f"{path}: not a Word document or template")
