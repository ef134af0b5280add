"""Reading a PDF's tags and metadata with pypdf, for the tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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


def page_lines(pdf: Path) -> list[list[str]]:
    """Each page's lines of text, white space (no-break spaces too) collapsed."""
    return [[" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
            for page in PdfReader(pdf).pages]


def heading_page(pages: list[list[str]], heading: str, *, after: int = 0) -> int:
    """The index of the first page from ``after`` holding ``heading`` as a line of its own."""
    for number in range(after, len(pages)):
        if heading in pages[number]:
            return number
    raise AssertionError(f"no page from {after + 1} holds the heading {heading!r}")


def part_pages(pdf: Path, heading: str, next_heading: str) -> int:
    """How many pages the part headed ``heading`` runs to: from its heading's page to the
    next part's, that one counted only when the next part starts below some of this one.
    The search starts after the contents page, which names both."""
    pages = page_lines(pdf)
    contents = heading_page(pages, "Contents")
    start = heading_page(pages, heading, after=contents + 1)
    end = heading_page(pages, next_heading, after=start + 1)
    # Above a heading that starts its page, only the running marking (a line or two).
    starts_page = pages[end].index(next_heading) <= 1
    return end - start + (0 if starts_page else 1)
