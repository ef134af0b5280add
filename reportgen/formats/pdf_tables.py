"""A tagged table as a screen reader should meet it: one table, one header, every cell's headers.

WeasyPrint 70 tags each page's part of a table as a table of its own, tags the header row it
repeats on every page as content again, and ties a data cell to every header cell above it in
its first column (a row group's heading counts as a column header there). This module, called
by the PDF finisher, joins the parts of each table into the first one, leaves the repeated
header rows out of the tree (the finisher then marks them as pagination artifacts), and gives
each cell the header cells its HTML scopes say: the column's, its row's and its row group's.

It works on WeasyPrint's laid-out boxes and pydyf's objects, so it imports neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

REPEATED = ("/THead", "/TFoot")  # printed again on every page a table runs onto


@dataclass(frozen=True)
class GridCell:
    """A cell of an HTML table and where it sits: its row, its row group and its columns."""

    html: object  # the lxml element of the td or th
    row: int
    group: object  # the lxml element of its thead, tbody or tfoot (or the table itself)
    columns: range

    @property
    def header_kind(self) -> str | None:
        """'col', 'row' or 'rowgroup' for a header cell, None for a data cell."""
        if self.html.tag != "th":
            return None
        scope = (self.html.get("scope") or "").strip().lower()
        if scope in ("row", "rowgroup"):
            return scope
        return "col"


def _number(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def grid(table) -> Iterator[GridCell]:
    """The cells of an HTML table element, with the columns each covers (spans counted)."""
    rows = []
    for child in table:
        if child.tag in ("thead", "tbody", "tfoot"):
            rows.extend((child, row) for row in child if row.tag == "tr")
        elif child.tag == "tr":
            rows.append((table, child))
    taken: set[tuple[int, int]] = set()
    for index, (group, row) in enumerate(rows):
        column = 0
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            while (index, column) in taken:
                column += 1
            span, down = _number(cell.get("colspan")), _number(cell.get("rowspan"))
            taken.update((index + r, column + c) for r in range(down) for c in range(span))
            yield GridCell(cell, index, group, range(column, column + span))
            column += span


def headers_of(cell: GridCell, cells: list[GridCell]) -> list[GridCell]:
    """The header cells a cell is read with: its columns', its row group's, then its row's."""
    if cell.header_kind in ("col", "rowgroup"):
        return []
    columns = [h for h in cells if h.header_kind == "col" and h.row < cell.row
               and set(h.columns) & set(cell.columns)]
    group = [h for h in cells if h.header_kind == "rowgroup" and h.group is cell.group
             and h.row < cell.row]
    row = [h for h in cells if h.header_kind == "row" and h.row == cell.row and h is not cell
           and cell.header_kind is None]
    return columns + group + row


TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr")


def cell_boxes(box, parts: tuple = ()) -> Iterator[tuple[object, tuple]]:
    """Every tagged table cell's box under ``box``, with the HTML table parts around it."""
    element = getattr(box, "element", None)
    if getattr(box, "element_tag", None) in TABLE_PARTS and (not parts or parts[-1] is not element):
        parts = (*parts, element)  # a table's wrapper box and its table box share an element
    if getattr(box, "mark", None) is not None:
        yield box, parts
    for child in getattr(box, "children", ()):
        yield from cell_boxes(child, parts)


class TableTags:
    """The structure elements of the PDF's tables, joined across pages."""

    def __init__(self, pdf, cells: Iterator[tuple[object, tuple]]) -> None:
        self.pdf = pdf
        self.first: dict[object, dict] = {}  # HTML element -> its first structure element
        self.html_of: dict[int, object] = {}  # structure element's number -> its HTML element
        self.tables: list[tuple[object, dict]] = []  # every page's part, in page order
        for box, parts in cells:
            chain = self._chain(box, parts)
            if chain is None:
                continue
            for html, element in chain:
                self.html_of[element.number] = html
                self.first.setdefault(html, element)
            if chain[-1] not in self.tables:
                self.tables.append(chain[-1])

    def _object(self, reference):
        if isinstance(reference, bytes) and reference.endswith(b" R"):
            return self.pdf.objects[int(reference.split()[0])]
        return None

    def _chain(self, box, parts: tuple) -> list[tuple[object, dict]] | None:
        """The cell's HTML elements and structure elements, up to its table, or None."""
        chain, element = [], box.mark
        for html in (box.element, *reversed(parts)):
            if element is None or element["S"][1:].lower() != html.tag:
                return None  # an anonymous box WeasyPrint made: leave this table as it is
            chain.append((html, element))
            if html.tag == "table":
                return chain
            element = self._object(element.get("P"))
        return None

    def join_pages(self) -> None:
        """Make each table one structure element, and leave its repeated header rows out."""
        for html, element in self.tables:
            first = self.first[html]
            if first is not element:
                self._merge(element, first)
                self._detach(element)

    def _merge(self, later: dict, into: dict) -> None:
        for reference in later["K"]:
            kid = self._object(reference)
            if not isinstance(kid, dict) or kid.get("Type") != "/StructElem":
                raise ValueError(f"a table part holds content directly: {reference!r}")
            html = self.html_of.get(kid.number)
            if html is not None and self.first[html] is not kid:
                if kid["S"] not in REPEATED:  # a row group, row or cell split by the page
                    self._merge(kid, self.first[html])
                continue
            kid["P"] = into.reference
            into["K"].append(reference)
        later["K"] = type(later["K"])()

    def _detach(self, element: dict) -> None:
        """Take an emptied element out of its parent, and the parent too if left empty."""
        parent = self._object(element["P"])
        parent["K"] = type(parent["K"])(k for k in parent["K"] if k != element.reference)
        if not parent["K"] and parent["S"] != "/Document":
            self._detach(parent)

    def tie_headers(self) -> list[tuple[object, bytes]]:
        """Give each cell the /Headers its scopes say; each header cell's id and element."""
        ids: dict[str, tuple[object, bytes]] = {}
        for table in dict.fromkeys(html for html, _ in self.tables):
            cells = [cell for cell in grid(table) if cell.html in self.first
                     and (cell.header_kind is None or "ID" in self.first[cell.html])]
            for cell in cells:
                element = self.first[cell.html]
                if cell.header_kind is not None:
                    ids[element["ID"].string] = (element["ID"], element.reference)
                headers = [self.first[h.html]["ID"] for h in headers_of(cell, cells)]
                if headers:
                    element["A"]["Headers"] = type(element["K"])(headers)
                else:
                    element["A"].pop("Headers", None)
        return [ids[key] for key in sorted(ids)]  # a name tree lists its keys in order
