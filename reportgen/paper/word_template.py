"""A council's Word template (.docx or .dotx), checked, as a document to write the paper into."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..ooxml import repack

_RELATIONSHIP = re.compile(r"<Relationship\b[^>]*>")
# External targets Word never loads on opening: links a reader follows, and the template a
# document was made from (whose link the Word paper drops).
_NOT_FETCHED = re.compile(r'Type="[^"]*/(hyperlink|attachedTemplate)"')


def template_bytes(path: Path) -> bytes:
    """A council's .docx or .dotx, as a document's bytes; refused if it holds macros or would
    have Word fetch something (a linked picture, say) when the paper is opened."""
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml").decode("utf-8")
            names = archive.namelist()
            rels = [archive.read(n).decode("utf-8") for n in names if n.endswith(".rels")]
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a Word document or template ({exc})") from exc
    if "macroEnabled" in types or any(n.lower().endswith("vbaproject.bin") for n in names):
        raise InputError(f"{path}: holds macros; save the template as a .docx or .dotx "
                         "without them")
    for relationship in (r for rel in rels for r in _RELATIONSHIP.findall(rel)):
        if 'TargetMode="External"' in relationship and not _NOT_FETCHED.search(relationship):
            raise InputError(f"{path}: links to a file outside itself, which Word would fetch; "
                             "insert its pictures into the template instead of linking them")
    if "wordprocessingml.document.main+xml" in types:
        return data
    if "wordprocessingml.template.main+xml" in types:
        as_document = types.replace("wordprocessingml.template.main+xml",
                                    "wordprocessingml.document.main+xml")
        return repack(data, {"[Content_Types].xml": as_document.encode("utf-8")},
                      datetime(1980, 1, 1))
    raise InputError(f"{path}: not a Word document or template")
