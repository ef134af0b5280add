"""The PDF as a second checker and a screen reader meet it: outloud's rules beside pdfua's, and
the tagged text walked in reading order (headings, tables and their headers, nothing untagged).

outloud (from PyPI, a test tool) checks 91 rules of PDF/UA-1 and WCAG 2.2, including semantic
ones no validator makes. Two of them misread what this paper does; each is skipped by id, and
a test below shows from the structure tree that what it flags is what the paper should do.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from workbooks import small_plan

from reportgen import build
from reportgen.plan.blank_workbook import write_plan

OUTLOUD_SKIPPED = {
    "TBL-010": (
        "it counts every row made only of header cells as a column header cut into lines "
        "('shredded'), but a row group's heading (the action 1A above its updates, a domain "
        "above its standards) is such a row: one TH spanning every column, first in its own "
        "TBody; test_extra_header_rows_are_row_group_headings shows each one is"),
    "TBL-014": (
        "it looks for a /Table only on the page named by the table's /Pg, so a table that runs "
        "on from an earlier page (one Table, as a reader should meet it) is unseen on its later "
        "pages, and it joins two ruled tables on one page (the cover's details and implications) "
        "into one grid with the text between them; test_ruled_grids_hold_only_tables shows "
        "every tagged line in each grid it reports is in a table cell, or between two tables"),
}


@pytest.fixture(scope="module")
def listed_plan(tmp_path_factory) -> Path:
    """A plan whose progress log runs over pages, with bulleted lists in its cells and text."""
    fields, rows = small_plan()
    rows["Narrative"][0]["Text"] = "Our plan has three parts:\n- custody\n- courts\n- board"
    rows["Progress"] += [
        {"Date": date(2020, 6 + month // 28, 1 + month % 28), "Action": "1B", "RAG": "g",
         "Commentary": f"Meeting {month + 1} agreed:\n- the resettlement panel sat"
                       f"\n- {month + 2} plans were reviewed and shared with the courts",
         "Evidence": f"Minutes {month + 1}", "Updated by": "Practice Manager"}
        for month in range(40)]
    out = tmp_path_factory.mktemp("listed")
    write_plan(out / "listed.xlsx", fields, rows)
    result = build(out / "listed.xlsx", out_dir=out, formats=("pdf",))
    assert result.render_warnings == ()
    return out / "listed.pdf"


@pytest.fixture(scope="module", params=["example", "listed plan"])
def paper(request, example_build, listed_plan) -> Path:
    return example_build["pdf"] if request.param == "example" else listed_plan


def test_outloud_finds_no_error_and_no_warning(paper) -> None:
    import outloud

    result = outloud.check(str(paper), skip=sorted(OUTLOUD_SKIPPED))
    assert result.error is None and result.stats["tagged"]
    # ORD-001 included: the key figures paint their label, then their number, as the tags read.
    found = [f"{f.rule} {f.severity} p.{f.page}: {f.message}" for f in result.findings
             if f.severity in ("error", "warning")]
    assert found == []
    assert len(result.runs) > 60  # it did check: a checker that read nothing passes too


def test_pdfua_finds_nothing_either(paper) -> None:
    import pdfua

    report = pdfua.validate(paper)
    assert [f"{f.rule_id} {f.severity.name}: {f.message}" for f in report.findings] == []


# The structure tree, as a screen reader walks it.

class Tree:
    """The PDF's structure tree, each element with its text, in reading order."""

    def __init__(self, path: Path) -> None:
        self.pdf = pikepdf.open(path)
        self.pages = {page.objgen: index for index, page in enumerate(self.pdf.pages)}
        reader = PdfReader(path)
        self.texts = {index: _texts_with_pypdf(reader, index) for index in self.pages.values()}
        root = self.pdf.Root.StructTreeRoot
        names = root.IDTree.Names if "/IDTree" in root else []
        self.by_id = {bytes(names[i]): names[i + 1] for i in range(0, len(names), 2)}
        self.reached: set[tuple[int, int]] = set()
        self.elements = list(self._walk(root.K[0], None))

    def _walk(self, element, page):
        if "/Pg" in element:
            page = self.pages[element.Pg.objgen]
        yield element
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int):
                self.reached.add((page, int(kid)))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                self.reached.add((self.pages[kid.Pg.objgen] if "/Pg" in kid else page,
                                  int(kid.MCID)))
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                yield from self._walk(kid, page)

    def text(self, element) -> str:
        """What is read for an element: the text of its marked content, in tree order."""
        words = []

        def walk(node, page):
            if "/Pg" in node:
                page = self.pages[node.Pg.objgen]
            kids = node.get("/K", [])
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, int):
                    words.append(self.texts[page].get(int(kid), ""))
                elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    walk(kid, page)

        walk(element, None)
        return " ".join(" ".join(words).split())

    def marked(self, element) -> list[tuple[int, int]]:
        """The (page, id) of each piece of marked content under an element, in tree order."""
        found = []

        def walk(node, page):
            if "/Pg" in node:
                page = self.pages[node.Pg.objgen]
            kids = node.get("/K", [])
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, int):
                    found.append((page, int(kid)))
                elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    walk(kid, page)

        walk(element, None)
        return found

    def of_kind(self, *kinds: str) -> list:
        return [e for e in self.elements if str(e.S) in kinds]


def _texts_with_pypdf(reader: PdfReader, index: int) -> dict[int, str]:
    """The text painted inside each marked-content id on a page."""
    texts: dict[int, str] = {}
    open_ids: list[int | None] = []

    def before(operator, operands, cm, tm) -> None:
        if operator == b"BDC":
            properties = operands[1] if len(operands) > 1 else {}
            open_ids.append(properties.get("/MCID") if hasattr(properties, "get") else None)
        elif operator == b"BMC":
            open_ids.append(None)
        elif operator == b"EMC" and open_ids:
            open_ids.pop()

    def text(content, cm, tm, font, size) -> None:
        mcid = next((m for m in reversed(open_ids) if m is not None), None)
        if mcid is not None:
            texts[mcid] = texts.get(mcid, "") + content

    reader.pages[index].extract_text(visitor_operand_before=before, visitor_text=text)
    return texts


@pytest.fixture(scope="module")
def tree(paper) -> Tree:
    return Tree(paper)


def _rows(tree: Tree, table) -> list[tuple[str, object]]:
    """A table's rows in reading order, each with the row group it is in."""
    rows = []
    for part in table.K:
        if part.S == "/TR":
            rows.append(("/Table", part, table))
        elif part.S in ("/THead", "/TBody", "/TFoot"):
            rows.extend((str(part.S), row, part) for row in part.K if row.S == "/TR")
    return rows


def _cells(row) -> list:
    return [cell for cell in row.K if isinstance(cell, pikepdf.Dictionary)
            and cell.get("/S") in ("/TH", "/TD")]


def test_each_table_is_read_once_with_its_header_row_once(tree) -> None:
    tables = tree.of_kind("/Table")
    assert tables
    for table in tables:
        heads = [part for part in table.K if part.S == "/THead"]
        assert len(heads) <= 1 and all(len(head.K) == 1 for head in heads)
        if heads:  # the header is read first, after the caption
            kinds = [str(part.S) for part in table.K]
            assert kinds.index("/THead") == (1 if kinds[0] == "/Caption" else 0)
    if tree.pdf.filename.endswith("listed.pdf"):  # its log runs over pages: one table still
        logs = [t for t in tables if tree.text(t).startswith("Recommendation 1: each action")]
        assert len(logs) == 1
        pages = {tree.pages[row.Pg.objgen] for _, row, _ in _rows(tree, logs[0])}
        assert len(pages) > 1
        assert tree.text(logs[0]).count("Updated by") == 1


def test_extra_header_rows_are_row_group_headings(tree) -> None:
    """Why outloud's TBL-010 is skipped: each all-header row past the THead heads a group."""
    groups = 0
    for table in tree.of_kind("/Table"):
        rows = _rows(tree, table)
        width = max(sum(int(c.get("/A", {}).get("/ColSpan", 1)) for c in _cells(row))
                    for _, row, _ in rows)
        for kind, row, group in rows:
            cells = _cells(row)
            if kind == "/THead" or not all(c.S == "/TH" for c in cells):
                continue
            (heading,) = cells  # one cell, spanning every column, first in its own TBody
            assert int(heading.A.get("/ColSpan", 1)) == width
            assert kind == "/TBody" and group.K[0].objgen == row.objgen
            groups += 1
            identity = bytes(heading.ID)
            for other in group.K[1:]:  # and every cell of its group is read with it
                for cell in _cells(other):
                    if cell.S == "/TD":
                        assert identity in [bytes(h) for h in cell.A.Headers]
    assert groups >= 2


def test_every_data_cell_is_read_with_its_column_and_group_headers(tree) -> None:
    checked = 0
    for table in tree.of_kind("/Table"):
        for _, row, _group in _rows(tree, table):
            for cell in _cells(row):
                if cell.S != "/TD":
                    continue
                headers = [tree.by_id[bytes(h)] for h in cell.A.get("/Headers", [])]
                assert headers, f"a cell read with no header: {tree.text(cell)[:60]!r}"
                assert all(h.S == "/TH" for h in headers)
                scopes = [str(h.A.Scope) for h in headers]
                assert scopes.count("/Column") <= int(cell.A.get("/ColSpan", 1))
                checked += 1
    assert checked > 20
    # In the progress log a commentary is read with "Commentary" and its action, not others.
    logs = [t for t in tree.of_kind("/Table") if tree.text(t).startswith("Recommendation 1:")]
    for _, row, group in _rows(tree, logs[0])[1:]:
        first = _cells(group.K[0])[0]
        for cell in _cells(row)[2:3] if row.objgen != group.K[0].objgen else []:
            names = [tree.text(tree.by_id[bytes(h)]) for h in cell.A.Headers]
            assert names == ["Commentary", tree.text(first)]


def test_headings_come_before_what_they_head(tree) -> None:
    order = [(str(e.S), tree.text(e)) for e in tree.of_kind(
        "/H1", "/H2", "/H3", "/Table", "/Caption")]
    headings = [text for kind, text in order if kind in ("/H1", "/H2")]
    assert order[0][0] == "/H1"
    assert headings.index("Action plan") < headings.index("Appendix: progress log")
    # Every log table is read after the appendix's heading, and before the next heading.
    position = [text for _, text in order].index("Appendix: progress log")
    logs = [i for i, (kind, text) in enumerate(order)
            if kind == "/Table" and "each action's due date, status and progress log" in text]
    assert logs and all(i > position for i in logs)


def test_nothing_is_painted_outside_the_tags_but_artifacts(tree) -> None:
    for index, page in enumerate(tree.pdf.pages):
        stack: list[str] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name in ("BDC", "BMC"):
                tag = str(operands[0])
                if tag != "/Artifact" and name == "BDC" and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                    assert (index, mcid) in tree.reached, f"page {index + 1}: id {mcid} untagged"
                stack.append(tag)
            elif name == "EMC":
                stack.pop()
            elif name in ("Tj", "TJ", "'", '"', "Do"):
                assert stack, f"page {index + 1}: {name} painted outside any marked content"


def test_bullets_are_painted_before_their_items(tree) -> None:
    """A list item's label is read first, and painted first: reflow and copying agree."""
    painted = {}
    for index, page in enumerate(tree.pdf.pages):
        for order, (operands, operator) in enumerate(pikepdf.parse_content_stream(page)):
            if str(operator) == "BDC" and isinstance(operands[1], pikepdf.Dictionary) \
                    and "/MCID" in operands[1]:
                painted[(index, int(operands[1].MCID))] = (index, order)
    labelled = [item for item in tree.of_kind("/LI") if item.K[0].S == "/Lbl"]
    assert labelled
    for item in labelled:
        label, body = tree.marked(item.K[0]), tree.marked(item.K[1])
        assert tree.text(item.K[0]) in ("•", "◦", "▪")
        assert painted[label[0]] < painted[body[0]], tree.text(item)


def test_ruled_grids_hold_only_tables(paper) -> None:
    """Why outloud's TBL-014 is skipped: every line in each grid it reports is in a table."""
    import outloud
    from outloud.model import Document

    result = outloud.check(str(paper), only=["TBL-014"])
    document = Document(str(paper))
    owner = {(ref.page, ref.mcid): element for element in document.elements
             for ref in element.mcrefs}
    for finding in result.findings:
        index = finding.page - 1
        (box,) = finding.boxes
        content = document.content(index)
        verticals = [p.bbox for p in content.paths if (p.stroked or p.filled)
                     and p.bbox[2] - p.bbox[0] <= 2.5 and p.bbox[3] - p.bbox[1] >= 12]
        for line in content.lines:
            x0, y0, x1, y1 = line.bbox
            if not (box["x0"] - 2 <= x0 and x1 <= box["x1"] + 2 and box["y0"] - 2 <= y0
                    and y1 <= box["y1"] + 2) or not line.tagged_share:
                continue
            for run in line.runs:
                element = owner.get((index, run.mcid))
                if element is None:
                    continue
                kinds = set()
                while element is not None:
                    kinds.add(element.type)
                    element = element.parent
                middle = (y0 + y1) / 2
                in_a_rule = any(v[1] <= middle <= v[3] for v in verticals)
                assert "Table" in kinds or not in_a_rule, (finding.page, line.text)
    document.close()
