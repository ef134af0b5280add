"""The Word paper, read back with python-docx: what a reader (and a screen reader) meets."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reportgen.build import build
from reportgen.errors import InputError
from reportgen.formats.word_document import bookmark_name
from reportgen.paper.context import paper_context
from reportgen.plan.reader import read_workbook


@pytest.fixture(scope="module")
def example_docx(example_build) -> Path:
    """The example's Word paper, from the session's build of every format."""
    return example_build["docx"]


@pytest.fixture(scope="module")
def example_context(example: Path):
    return paper_context(read_workbook(example).plan)


def headings(document) -> list[tuple[str, str]]:
    """(style, text) of the title and every heading, in order."""
    return [(p.style.name, p.text) for p in document.paragraphs
            if p.style.name == "Title" or p.style.name.startswith("Heading")]


def all_text(document) -> str:
    """Every paragraph's text, in tables and links too, a line each."""
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in document.element.body.iter(qn("w:p")))


def squeezed(text: str) -> str:
    """Text without white space, bold marks or bullets, to compare across lines and lists."""
    return re.sub(r"\s+", "", re.sub(r"(?m)^\s*[-•]\s+", "", text.replace("**", "")))


def tables_headed(document, first: str):
    """The tables whose first header cell says ``first``."""
    return [t for t in document.tables if t.rows[0].cells[0].text == first]


def test_headings_are_real_styles_in_order(example_docx, example_context) -> None:
    document = docx.Document(str(example_docx))
    found = headings(document)
    assert found[0] == ("Title", example_context.plan.paper.title)
    assert [style for style, _ in found].count("Title") == 1
    # Every section the contents lists is a Heading 1, in the contents' order.
    sections = [heading for _, heading in example_context.contents]
    sections[sections.index("Improvement plan and version history")] = (
        f"{example_context.plan.paper.organisation}: improvement plan")
    top = [text for style, text in found if style == "Heading 1"]
    assert [text for text in top if text in sections] == sections
    # No level is skipped on the way down.
    levels = [0 if style == "Title" else int(style.split()[-1]) for style, _ in found]
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False))
    assert ("Heading 2",
            "Exceptions: no improvement, overdue, declined or slipped more than once") in found


def test_title_author_and_language_are_in_the_properties(example_docx,
                                                         example_context) -> None:
    document = docx.Document(str(example_docx))
    paper = example_context.plan.paper
    core = document.core_properties
    assert (core.title, core.author, core.language) == (paper.title, paper.author, "en-GB")
    assert core.created.date() == example_context.plan.as_at == core.modified.date()
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(
        qn("w:val")) == "en-GB"
    for name in ("Normal", "Title", "Heading 1", "Table Text"):
        lang = document.styles[name].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert lang is not None and lang.get(qn("w:val")) == "en-GB", name


def test_every_table_has_one_marked_header_row_that_repeats_and_no_merged_cell(
        example_docx) -> None:
    document = docx.Document(str(example_docx))
    assert len(document.tables) > 12
    unheaded = []
    for table in document.tables:
        flags = [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
                 for tr in table._tbl.tr_lst]
        assert not any(flags[1:])
        if not flags[0]:  # a table whose columns have no words: the key figures, the cover's
            unheaded.append(table.rows[0].cells[0].text)
        # A row is kept on one page unless it holds too much text for one.
        for tr in table._tbl.tr_lst:
            short = len("".join(t.text or "" for t in tr.iter(qn("w:t")))) <= 1_500
            assert (tr.trPr.find(qn("w:cantSplit")) is not None) == short
        assert not table._tbl.xpath(".//w:vMerge | .//w:hMerge")
        # Merged cells only side by side (a group's heading, a line across its row), and
        # every row fills the table's grid.
        columns = len(table._tbl.tblGrid.gridCol_lst)
        for tr in table._tbl.tr_lst:
            spans = [int(tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val")))
                     if tc.tcPr is not None and tc.tcPr.find(qn("w:gridSpan")) is not None
                     else 1 for tc in tr.tc_lst]
            assert sum(spans) == columns
        assert table._tbl.tblPr.find(qn("w:tblLook")).get(qn("w:firstRow")) == "1"
    assert unheaded == ["Meeting date", "Financial", "actions 23"]


def test_action_plan_is_landscape_with_every_action_and_its_lead(example_docx,
                                                                 example_context) -> None:
    document = docx.Document(str(example_docx))
    assert [s.page_width > s.page_height for s in document.sections] == [False, True, False]
    plan = example_context.plan
    rows = [[cell.text for cell in row.cells]
            for block in example_context.plan_blocks
            for table in tables_headed(document, block.column) for row in table.rows[1:]
            if len(row._tr.tc_lst) > 1]
    assert len(rows) == len(plan.actions)
    for action, row in zip(plan.actions, rows, strict=True):
        assert row[0].startswith(f"{action.recommendation}.")
        assert row[1].startswith(f"{action.letter}: ")
        assert squeezed(action.text) in squeezed(row[1]), action.reference
        assert row[2] == action.lead
        # The timescale as it stands: a revised one first, then what it was.
        timescale = example_context.summary.by_reference[action.reference].timescale
        # Dates are kept whole on a line (no-break spaces): read, they are the same words.
        assert row[3].replace("\xa0", " ").startswith(timescale.label)
    # The action plan's section holds the action plan and nothing after it.
    landscape = document.sections[1]
    assert landscape.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE


def test_every_recommendation_with_its_own_number(example_docx, example_context) -> None:
    document = docx.Document(str(example_docx))
    texts = [p.text for p in document.paragraphs]
    listed = texts[texts.index("Recommendations"):]
    for recommendation in example_context.plan.recommendations:
        wanted = f"{recommendation.number}. " + recommendation.text.replace("**", "")
        assert any(text.startswith(wanted) for text in listed), wanted


def test_every_chart_is_a_picture_with_its_alternative_text(example_docx,
                                                            example_context) -> None:
    document = docx.Document(str(example_docx))
    pictures = document.element.body.iter(qn("wp:docPr"))
    shown = [example_context.charts[name] for name in ("mix", "by_recommendation",
                                                       "over_time", "due")]
    assert [(p.get("title"), p.get("descr")) for p in pictures] == [
        (chart.title, f"{chart.title}. {chart.description}") for chart in shown]
    with zipfile.ZipFile(example_docx) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(media) == len(shown)
        assert all(package.read(n).startswith(b"\x89PNG") for n in media)


def test_each_summary_chart_is_followed_by_its_figures(example_docx, example_context) -> None:
    document = docx.Document(str(example_docx))
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    mix = captions.index(example_context.charts["mix"].title)
    # The pair side by side, their titles on one line, then each one's figures in turn.
    pair = "\t".join(example_context.charts[name].title
                     for name in ("by_recommendation", "over_time"))
    at = captions.index(pair)
    assert at == mix + 1
    assert captions[at + 1:at + 3] == ["Figures: actions by RAG rating for each recommendation",
                                       "Figures: actions by RAG rating at each meeting"]
    pictures = document.inline_shapes
    section = document.sections[0]
    half = (section.page_width - section.left_margin - section.right_margin) / 2
    assert len(pictures) == 4 and pictures[1].width < half and pictures[2].width < half
    summary = example_context.summary
    (by_recommendation,) = tables_headed(document, "Rec")
    rows = [[cell.text for cell in row.cells] for row in by_recommendation.rows[1:]]
    for row, progress in zip(rows, summary.by_recommendation, strict=False):
        assert row == [str(progress.recommendation.number),
                       *(str(share.count) for share in progress.mix.shares),
                       str(progress.mix.total), str(progress.overdue)]
    assert rows[-2] == ["Total", *(str(s.count) for s in summary.mix.shares),
                        str(summary.mix.total), str(len(summary.overdue))]


def test_the_summary_gives_the_boards_figures(example_docx, example_context) -> None:
    document = docx.Document(str(example_docx))
    summary = example_context.summary
    # The key figures: each its words then its count (bold), in a compact table.
    shown = {}
    (table,) = (t for t in document.tables if t.rows[0].cells[0].text.startswith("actions "))
    for row in table.rows:
        for cell in row.cells:
            found = re.fullmatch(r"(.+) (\d+)", cell.text.replace("\xa0", " "))
            if found:
                shown[found[1]] = int(found[2])
                assert [run.bold for run in cell.paragraphs[0].runs][-1], cell.text
    complete = summary.mix.share(example_context.rags[-1]).percent_label
    expected = {"actions": summary.mix.total, "overdue": len(summary.overdue),
                f"complete ({complete})": summary.completed,
                "awaiting board": len(summary.awaiting_board),
                "not yet rated": len(summary.not_rated)}
    assert expected.items() <= shown.items(), shown
    (exceptions,) = tables_headed(document, "Action")
    assert [row.cells[0].text.split("\n")[0] for row in exceptions.rows[1:]] == [
        status.action.reference for status in summary.exceptions_listed]


def test_rag_is_shape_and_words_as_well_as_shading(example_docx, example_context) -> None:
    document = docx.Document(str(example_docx))
    paragraphs = document.paragraphs
    at = next(index for index, p in enumerate(paragraphs)
              if p.style.name == "Heading 1" and p.text == "RAG rating")
    items = paragraphs[at + 1:at + 7]
    assert [p.text for p in items] == [
        f"{rag.shape} {rag.label}" for rag in example_context.rags] + ["○ Not yet rated"]
    fills = [set(p._p.xpath(".//w:r/w:rPr/w:shd/@w:fill")) for p in items]
    assert fills == [{"B3261E"}, {"F5B335"}, {"00703C"}, {"4C2C92"}, {"1D70B8"}, set()]


def test_links_have_their_own_words_and_reach_their_targets(example_docx) -> None:
    document = docx.Document(str(example_docx))
    body = document.element.body
    bookmarks = set(body.xpath(".//w:bookmarkStart/@w:name"))
    links = list(body.iter(qn("w:hyperlink")))
    assert len(links) > 30
    for link in links:
        assert "".join(t.text for t in link.iter(qn("w:t"))).strip()
        anchor = link.get(qn("w:anchor"))
        assert anchor is None or anchor in bookmarks, anchor
    # The cover sheet's list of appendices and the closures it asks for, then the contents.
    words = ["".join(t.text for t in link.iter(qn("w:t"))) for link in links[:4]]
    assert words[:3] == ["Appendix: progress log", "2A", "3E"]
    assert words[3].replace("\xa0", " ").startswith("1. Summary for the board")


def test_a_tall_chart_fits_its_page(make_workbook, tmp_path) -> None:
    def forty_recommendations(fields, rows):
        rows["Recommendations"] = [{"Number": n, "Addressed to": "YOT",
                                    "Recommendation": f"Recommendation {n}"}
                                   for n in range(1, 41)]
        rows["Actions"] = [{"Recommendation": n, "Letter": "A", "Action": "Act",
                            "Lead": "Lead", "Timescale": "March 2021", "RAG": "Complete"}
                           for n in range(1, 41)]
        rows["Progress"] = []

    result = build(make_workbook(forty_recommendations), out_dir=tmp_path, formats=("docx",))
    document = docx.Document(str(result.outputs[0]))
    section = document.sections[0]
    room = section.page_height - section.top_margin - section.bottom_margin
    heights = [int(h) for h in document.element.body.xpath(".//wp:inline/wp:extent/@cy")]
    assert max(heights) > room / 2  # the bars for forty recommendations make a tall chart
    assert all(height < room for height in heights)


def test_two_builds_give_the_same_bytes(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    first = build(workbook, out_dir=tmp_path / "one", formats=("docx",)).outputs[0]
    second = build(workbook, out_dir=tmp_path / "two", formats=("docx",)).outputs[0]
    assert first.read_bytes() == second.read_bytes()
    as_at = read_workbook(workbook).plan.as_at
    with zipfile.ZipFile(first) as package:
        # Every part is dated the meeting date, as the core properties are.
        assert {info.date_time for info in package.infolist()} == {
            (as_at.year, as_at.month, as_at.day, 0, 0, 0)}
        names = package.namelist()
        assert not any("vba" in name.lower() for name in names)
        assert "docProps/thumbnail.jpeg" not in names
        types = package.read("[Content_Types].xml").decode()
        assert "macroEnabled" not in types
        # Nothing outside the file but the web addresses officers typed.
        for name in (n for n in names if n.endswith(".rels")):
            for relationship in re.findall(r"<Relationship\b[^>]*>", package.read(name).decode()):
                if 'TargetMode="External"' in relationship:
                    assert "/hyperlink" in relationship, relationship


def test_cells_are_text_never_markup_or_code(make_workbook, tmp_path) -> None:
    hostile = "<script>alert(1)</script> {{ 7*7 }} =SUM(A1:A9) &amp; <w:t>x</w:t>"

    def edit(fields, rows):
        rows["Actions"][0]["Action"] = hostile
        rows["Actions"][1]["Lead"] = "<b>Boss</b>"
        rows["Recommendations"][0]["Recommendation"] = "[link](javascript:alert(1)) **bold**"

    result = build(make_workbook(edit), out_dir=tmp_path, formats=("docx",))
    document = docx.Document(str(result.outputs[0]))
    text = all_text(document)
    assert hostile in text and "<b>Boss</b>" in text
    assert "[link](javascript:alert(1)) bold" in text
    assert not [rel for rel in document.part.rels.values() if rel.is_external
                and not rel.target_ref.startswith(("https://", "http://", "mailto:"))]
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "bold" in bold


# -- a council's own template ---------------------------------------------------------------

COUNCIL_RED = "7A0019"


def small_png(path: Path) -> Path:
    """A 4 by 2 red PNG, written by hand."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x7a\x00\x19" * 4 for _ in range(2))
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def council_template(path: Path, logo: Path) -> Path:
    """A council's Word template: its logo in the page header, its own Heading 1 (Georgia, in
    the council's red), and no Caption style."""
    from docx.shared import Cm, RGBColor

    template = docx.Document()
    header = template.sections[0].header.paragraphs[0]
    header.add_run().add_picture(str(logo), width=Cm(3))
    header.add_run(" Testshire Council")
    heading = template.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor.from_string(COUNCIL_RED)
    template.styles.element.remove(template.styles["Caption"].element)
    template.add_paragraph("Text of the council's own, which the paper replaces.")
    template.save(str(path))
    return path


def test_the_paper_takes_the_councils_header_logo_and_heading_style(make_workbook,
                                                                    tmp_path) -> None:
    logo = small_png(tmp_path / "logo.png")
    template = council_template(tmp_path / "council.docx", logo)
    result = build(make_workbook(name="plan.xlsx"), out_dir=tmp_path / "out", formats=("docx",),
                   docx_template=template)
    paper = docx.Document(str(result.outputs[0]))
    # The council's header, with its logo, heads every page: the later sections take it on.
    header = paper.sections[0].header
    assert not header.is_linked_to_previous
    assert "Testshire Council" in header.paragraphs[0].text
    (blip,) = header._element.xpath(".//a:blip/@r:embed")
    assert header.part.related_parts[blip].blob == logo.read_bytes()
    assert all(section.header.is_linked_to_previous for section in paper.sections[1:])
    # Its Heading 1 is the paper's, and the paper's sections use it.
    heading = paper.styles["Heading 1"]
    assert heading.font.name == "Georgia"
    assert str(heading.font.color.rgb) == COUNCIL_RED
    assert "Summary for the board" in [p.text for p in paper.paragraphs
                                       if p.style.name == "Heading 1"]
    # Its own text is gone; a style it lacks comes from the built-in set, with a warning.
    assert "Text of the council's own" not in all_text(paper)
    assert any("'Caption'" in warning for warning in result.render_warnings)
    assert paper.styles["Caption"].font.bold
    assert [s.page_width > s.page_height for s in paper.sections] == [False, True, False]


def test_a_dotx_template_is_taken_as_a_document(make_workbook, tmp_path) -> None:
    from reportgen.ooxml import repack

    document = council_template(tmp_path / "council.docx", small_png(tmp_path / "logo.png"))
    with zipfile.ZipFile(document) as package:
        types = package.read("[Content_Types].xml").decode()
    dotx = tmp_path / "council.dotx"
    as_template = types.replace("document.main+xml", "template.main+xml").encode()
    dotx.write_bytes(repack(document.read_bytes(), {"[Content_Types].xml": as_template},
                            datetime(2020, 1, 1)))
    result = build(make_workbook(), out_dir=tmp_path / "out", formats=("docx",),
                   docx_template=dotx)
    with zipfile.ZipFile(result.outputs[0]) as package:
        assert "document.main+xml" in package.read("[Content_Types].xml").decode()
    assert "Testshire Council" in docx.Document(str(result.outputs[0])).sections[0].header \
        .paragraphs[0].text


@pytest.mark.parametrize("problem", ["macros", "macros by another name", "linked picture",
                                     "linked picture, single-quoted", "fetching field",
                                     "damaged", "not a document"])
def test_a_template_that_could_run_or_fetch_something_is_refused(make_workbook, tmp_path,
                                                                 problem) -> None:
    template = tmp_path / "council.docx"
    docx.Document().save(str(template))
    if problem == "macros":
        with zipfile.ZipFile(template, "a") as package:
            package.writestr("word/vbaProject.bin", b"macro")
        message = "holds macros"
    elif problem == "macros by another name":
        with zipfile.ZipFile(template, "a") as package:
            package.writestr("word/_rels/extra.xml.rels", (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/'
                'office/2006/relationships/vbaProject" Target="macros.bin"/></Relationships>'))
            package.writestr("word/macros.bin", b"macro")
        message = "holds macros"
    elif problem.startswith("linked picture"):
        mode = ("TargetMode='External'" if problem.endswith("single-quoted")
                else 'TargetMode="External"')
        with zipfile.ZipFile(template, "a") as package:
            package.writestr("word/_rels/header9.xml.rels", (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org'
                '/officeDocument/2006/relationships/image" Target="http://example.org/logo.png"'
                f' {mode}/></Relationships>'))
        message = "links to a file outside itself"
    elif problem == "fetching field":
        council = docx.Document()
        header = council.sections[0].header.paragraphs[0]._p
        field = council.element.makeelement(qn("w:fldSimple"), {
            qn("w:instr"): ' INCLUDEPICTURE "http://example.org/f.png" \\d '})
        header.append(field)
        council.save(str(template))
        message = "holds the field INCLUDEPICTURE"
    elif problem == "damaged":
        with zipfile.ZipFile(template) as package:
            parts = {name: package.read(name) for name in package.namelist()}
        parts["word/styles.xml"] = parts["word/styles.xml"][:200]
        with zipfile.ZipFile(template, "w") as package:
            for name, data in parts.items():
                package.writestr(name, data)
        message = "not a Word document or template"
    else:
        template.write_bytes(b"PK\x03\x04 not really")
        message = "not a Word document"
    with pytest.raises(InputError, match=message):
        build(make_workbook(), out_dir=tmp_path / "out", formats=("docx",),
              docx_template=template)
    assert not (tmp_path / "out").exists()


def test_the_style_names_the_paper_uses_are_documented() -> None:
    from reportgen.formats.word_styles import STYLE_NAMES

    page = (Path(__file__).parent.parent / "docs" / "word.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| (`[^|]+`) \|", page, re.MULTILINE)
    names = {name for cell in documented for name in re.findall(r"`([^`]+)`", cell)}
    assert names == set(STYLE_NAMES)


def test_between_meetings_the_word_paper_says_what_the_pdf_says(example_docx) -> None:
    # The example as at 9 March 2021: 2A and 3E recorded complete and awaiting the board;
    # 4A's timescale moved twice; the cover's report date and implications (worked out by hand
    # from the example workbook, as for the PDF in tests/test_paper.py).
    document = docx.Document(str(example_docx))
    text = re.sub(r"\s+", " ", all_text(document).replace("\n", " "))
    cover = {row.cells[0].text: row.cells[1].text for table in document.tables[:3]
             for row in table.rows}
    assert ("7 of 23 actions (30%) are complete and closed by the board, and 2 more are "
            "recorded as complete, awaiting the board's agreement.") in text
    # 2A's update is by its lead; 3E's by "Operations and Practice Manager", whose lead is
    # typed "Operational Manager and Practice Manager.": not the lead, so not said to be.
    assert ("The board is asked to agree that these 2 actions are closed: 2A, reported complete "
            "by its lead; and 3E, recorded as complete by Operations and Practice Manager."
            ) in text
    assert cover["Report date"].replace("\xa0", " ") == "1 March 2021"
    assert cover["Exempt from publication"] == "No"
    assert "Appendix: progress log" in text and "Appendix: Appendix" not in text
    assert "June 2021 (revised twice; originally December 2020, then March 2021)" in text
    assert "Timescale now March 2021; was December 2020." in text and "Closed by the board." in text
    assert "◐ Complete (awaiting board)" in text
    # The key figures' words (their counts: test_the_summary_gives_the_boards_figures).
    for figure in ("awaiting board", "deadlines moved", "complete (30%)"):
        assert figure in text, figure
    (implications,) = tables_headed(document, "Financial")
    assert [row.cells[0].text for row in implications.rows] == [
        "Financial", "Legal", "Equalities", "Risk"]
    # An earlier timescale is struck through as well as worded.
    struck = {r.text.replace("\xa0", " ") for p in document.element.body.iter(qn("w:p"))
              for r in docx.text.paragraph.Paragraph(p, None).runs if r.font.strike}
    assert {"December 2020", "March 2021"} <= struck


def test_a_build_dated_before_1980_still_writes_the_word_paper(make_workbook, tmp_path) -> None:
    # SOURCE_DATE_EPOCH=0 (1 January 1970): a zip entry cannot be dated before 1980.
    result = build(make_workbook(), out_dir=tmp_path, formats=("docx",),
                   dated=datetime(1970, 1, 1))
    with zipfile.ZipFile(result.outputs[0]) as package:
        assert {info.date_time[:3] for info in package.infolist()} == {(1980, 1, 1)}


def effective_size(run, paragraph) -> float | None:
    """A run's size in points: its own, else its paragraph style's, up the styles' bases."""
    if run.font.size is not None:
        return run.font.size.pt
    style = paragraph.style
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return None


def test_cell_text_is_one_size_bullets_too(example_docx) -> None:
    document = docx.Document(str(example_docx))
    sizes: dict[float | None, int] = {}
    bullets_in_cells = 0
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    bullets_in_cells += paragraph.style.name.startswith("Table List")
                    assert not paragraph.style.name.startswith("List"), paragraph.text
                    for run in paragraph.runs:
                        size = effective_size(run, paragraph)
                        sizes[size] = sizes.get(size, 0) + 1
    assert bullets_in_cells > 10  # the success measures' bullets, among others
    assert set(sizes) == {9.0}, sizes


def test_each_log_heading_heads_its_rows_across_its_recommendations_table(
        example_docx) -> None:
    """As the HTML: one log table per recommendation, each action's heading a bold row
    across it, bookmarked for the links to it."""
    document = docx.Document(str(example_docx))
    logs = {}
    for table in tables_headed(document, "Date"):
        for row in table.rows[1:]:
            if len(row._tr.tc_lst) == 1 and " Lead: " in row.cells[0].text:
                cell = row.cells[0]
                logs[cell.text.split(" ")[0]] = cell.text.replace("\xa0", " ")
                assert all(run.bold is not False for run in cell.paragraphs[0].runs
                           if run.text.strip() and not re.fullmatch(r"[✖▲●◐✔○]+", run.text))
                assert cell._tc.xpath(".//w:bookmarkStart/@w:name")[0].startswith("log_")
    assert len(tables_headed(document, "Date")) == 5  # the example's five recommendations
    assert len(logs) == 23
    # 2A: complete after its due date (worked out from the example workbook).
    assert re.fullmatch(r"2A Lead: [^.]+\. Due: .+\. Now: ◐ Complete \(awaiting board\)"
                        r"( Completed late)?", logs["2A"]), logs["2A"]
    overdue = [text for text in logs.values() if text.endswith(" Overdue")]
    assert len(overdue) == 10  # the summary's 10 overdue


def text_of(element) -> str:
    """An element's text, as its runs hold it."""
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def test_the_action_plan_is_one_table_per_source_captioned_once(make_workbook,
                                                                 tmp_path) -> None:
    # Two sources; the inspection's recommendations go to two addressees.
    def audit(fields: dict, rows: dict) -> None:
        rows["Recommendations"].append({"Number": 3, "Addressed to": "YOT",
                                        "Source": "National Standards audit",
                                        "Recommendation": "Record every contact"})
        rows["Actions"].append({"Recommendation": 3, "Letter": "A", "Action": "Audit the files",
                                "Lead": "Practice Manager", "Timescale": "June 2021"})

    workbook = make_workbook(audit)
    result = build(workbook, out_dir=tmp_path, formats=("docx",))
    document = docx.Document(str(result.outputs[0]))
    body = [child for child in document.element.body
            if child.tag in (qn("w:p"), qn("w:tbl"))]
    start = next(i for i, c in enumerate(body) if text_of(c) == "Action plan")
    end = next(i for i, c in enumerate(body) if i > start and c.tag == qn("w:p")
               and text_of(c).startswith("Appendix"))
    part = body[start:end]
    tables = [c for c in part if c.tag == qn("w:tbl")]
    captions = [text_of(c) for c in part
                if text_of(c).startswith("Actions for each")]
    assert len(tables) == 2 and len(captions) == 2 and len(set(captions)) == 2, captions
    inspection = docx.table.Table(tables[0], None)
    headings = [row.cells[0].text for row in inspection.rows
                if len(row._tr.tc_lst) == 1]
    assert len(headings) == 2 and all(h.endswith("should:") for h in headings), headings
    # No addressee heading stands outside the tables.
    assert not [c for c in part if c.tag == qn("w:p") and text_of(c).endswith(
        "should:")]


def test_the_contents_links_each_part_with_a_page_number_field(example_docx,
                                                               example_context) -> None:
    document = docx.Document(str(example_docx))
    lines = [p for p in document.paragraphs if p.style.name == "TOC 1"]
    assert len(lines) == len(example_context.contents)
    bookmarks = set(document.element.body.xpath(".//w:bookmarkStart/@w:name"))
    for paragraph, (number, (anchor, heading)) in zip(
            lines, enumerate(example_context.contents, start=1), strict=True):
        (link,) = paragraph._p.findall(qn("w:hyperlink"))
        target = link.get(qn("w:anchor"))
        assert target in bookmarks and target == bookmark_name(anchor)
        code = "".join(t.text for t in link.iter(qn("w:instrText")))
        assert code.split() == ["PAGEREF", target, "\\h"]
        assert text_of(link).replace("\xa0", " ").startswith(f"{number}. {heading}")
        # A right tab with a dotted leader takes the number to the margin.
        (stop,) = paragraph.paragraph_format.tab_stops
        assert (stop.alignment, stop.leader) == (docx.enum.text.WD_TAB_ALIGNMENT.RIGHT,
                                                 docx.enum.text.WD_TAB_LEADER.DOTS)
    # Word offers to update the fields (the page numbers) on opening.
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
