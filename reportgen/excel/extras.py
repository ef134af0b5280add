"""What a workbook holds beside its cells' values: its sheets' names, notes and pictures.

openpyxl's streaming reader sees only cells, and openpyxl drops pictures, so these are read
from the file's own parts: the workbook's list of sheets, each sheet's relationships, its
comments part (a note's cell and text) and its drawing part (where each picture is anchored).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from .writing import cell_name

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_PICTURE_KINDS = ("pic", "graphicFrame", "sp", "grpSp", "cxnSp")


@dataclass(frozen=True)
class SheetExtras:
    """One sheet's name, and the notes and pictures on it."""

    name: str
    notes: tuple[tuple[str, str], ...] = ()
    """(cell, text) of each note (comment)."""
    pictures: tuple[str, ...] = ()
    """The cell at the top left of each picture, shape or chart."""


def sheet_extras(content: bytes, *, origin: str = "the workbook") -> tuple[SheetExtras, ...]:
    """Every sheet of the .xlsx ``content`` in order, with its notes and pictures."""
    from openpyxl.xml.functions import fromstring

    from .file_checks import check_parts

    found = []
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = set(archive.namelist())
        parts = {name: "its notes and pictures" for name in names
                 if name.startswith(("xl/comments", "xl/drawings/", "xl/worksheets/_rels/"))
                 or name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")}
        check_parts(origin, archive, parts)

        def read(name: str) -> object | None:
            if name not in names:
                return None
            try:
                return fromstring(archive.read(name))
            except Exception:  # a part that does not parse shows nothing
                return None

        def targets(part: str) -> dict[str, tuple[str, str]]:
            """The relationships of ``part``: id -> (type's last word, part name)."""
            rels = read(posixpath.join(posixpath.dirname(part), "_rels",
                                       posixpath.basename(part) + ".rels"))
            found: dict[str, tuple[str, str]] = {}
            for rel in rels if rels is not None else ():
                if rel.tag != f"{_PKG}Relationship" or rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target") or ""
                path = (target.lstrip("/") if target.startswith("/") else
                        posixpath.normpath(posixpath.join(posixpath.dirname(part), target)))
                found[rel.get("Id") or ""] = ((rel.get("Type") or "").rsplit("/", 1)[-1], path)
            return found

        book = read("xl/workbook.xml")
        book_rels = targets("xl/workbook.xml")
        sheets = book.find(f"{_MAIN}sheets") if book is not None else None
        for sheet in sheets if sheets is not None else ():
            name = sheet.get("name") or ""
            part = book_rels.get(sheet.get(f"{_REL}id") or "", ("", ""))[1]
            notes, pictures = [], []
            for kind, path in targets(part).values() if part else ():
                tree = read(path)
                if tree is None:
                    continue
                if kind == "comments":
                    for comment in tree.iter(f"{_MAIN}comment"):
                        text = "".join(t.text or "" for t in comment.iter(f"{_MAIN}t"))
                        notes.append((comment.get("ref") or "", text.strip()))
                elif kind == "drawing":
                    pictures.extend(_anchors(tree))
            found.append(SheetExtras(name, tuple(notes), tuple(pictures)))
    return tuple(found)


def _anchors(drawing: object) -> list[str]:
    """The top-left cell of each picture or shape anchored in a drawing part."""
    cells = []
    for anchor in drawing:
        if not any(anchor.find(f"{_XDR}{kind}") is not None for kind in _PICTURE_KINDS):
            continue
        start = anchor.find(f"{_XDR}from")
        if start is None:
            cells.append("")
            continue
        column, row = start.find(f"{_XDR}col"), start.find(f"{_XDR}row")
        try:
            cells.append(cell_name(int(column.text) + 1, int(row.text) + 1))
        except (AttributeError, TypeError, ValueError):
            cells.append("")
    return cells
