"""Reading a PDF's tags and metadata with pypdf, for the tests."""

from __future__ import annotations

from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject


def structure(reader: PdfReader) -> Iterator[DictionaryObject]:
    """Every structure element reachable from the catalog's tree, in reading order."""
    def walk(node) -> Iterator[DictionaryObject]:
        node = node.get_object()
        if not isinstance(node, DictionaryObject) or "/S" not in node:
            return
        yield node
        kids = node.get("/K")
        kids = kids.get_object() if kids is not None else []
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if not isinstance(kid, int):
                yield from walk(kid)

    root = reader.trailer["/Root"]["/StructTreeRoot"]
    for top in root["/K"]:
        yield from walk(top)


def figures_alt(reader: PdfReader) -> list[str]:
    """The alternative text of each figure (image or chart), in reading order."""
    return [str(e.get("/Alt", "")) for e in structure(reader) if e["/S"] == "/Figure"]


def xmp(reader: PdfReader) -> str:
    """The XMP metadata packet as text."""
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
