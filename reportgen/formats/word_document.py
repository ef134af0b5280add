"""Word documents: the only module that imports python-docx.

It knows Word (styles, sections, tables, pictures, links), not the paper: ``word``
says what goes where. What it writes is accessible by construction: real heading styles, a
title and a language, table header rows marked and repeated, pictures with alternative text,
links with their own words. Text always goes in as text: nothing in it is read as markup.

Longer than most modules because it is the one place python-docx is used: split apart, the
library would be imported in several; the style data and template checks are already apart.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_UNDERLINE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

from ..errors import InputError
from ..ooxml import repack
from ..paper.formatted_text import LINE_BREAK, Block, BulletList, Paragraph, Run
from ..paper.line_breaks import keep_together
from .council_word_template import template_bytes
from .word_styles import FONT, HEADER_FILL, RULE, STYLE_NAMES, STYLES, StyleDefinition

LANGUAGE = "en-GB"
KINDS = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "character": WD_STYLE_TYPE.CHARACTER,
         "table": WD_STYLE_TYPE.TABLE}
# The ratings' shapes and the arrows of travel, in a font that has them all (where it is
# missing, Word and LibreOffice take one that has them), and never bold: bold faces lack some.
SYMBOL_FONT = "Segoe UI Symbol"
SYMBOLS = re.compile(r"([✖▲●✔○↑↓→]+)")
# What XML cannot hold (the reader already drops control characters; this is the last guard).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A contents line's page number before Word updates its fields (LibreOffice works it out).
UNSET_PAGE = "–"
CORE_TEXT_LIMIT = 255  # the most a core property's text may hold
APP_PROPERTIES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
    b'schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>'
    b"reportgen</Application><DocSecurity>0</DocSecurity></Properties>")


@dataclass(frozen=True)
class Cell:
    """A table cell's blocks; ``fill`` and ``ink`` (RRGGBB) shade its first paragraph's words,
    as the HTML paper shades a rating's label."""

    blocks: tuple[Block, ...]
    fill: str | None = None
    ink: str | None = None
    bold: bool = False
    span: int = 1
    """How many columns the cell runs across."""


@dataclass(frozen=True)
class Picture:
    """A PNG picture to place ``width`` EMU wide, with its alternative text."""

    png: bytes
    width: int
    title: str
    description: str


@dataclass(frozen=True)
class Margins:
    """A page's margins, in centimetres."""

    top: float
    right: float
    bottom: float
    left: float


# The PDF paper's pages (templates/paper.css), for a paper without a council's template.
UPRIGHT_MARGINS = Margins(2.0, 1.6, 1.8, 1.6)
TURNED_MARGINS = Margins(1.6, 1.2, 1.5, 1.2)


# Characters a table row may hold and still be kept whole on one page: about half a page of
# table text, so that a row kept whole never runs past the page's foot.
UNSPLIT_ROW_TEXT = 1_500


class WordDocument:
    """A Word document being written, into a council's template or the built-in style."""

    def __init__(self, template: Path | None = None) -> None:
        self.template = template
        self.warnings: list[str] = []
        if template is None:
            self.document = docx.Document()
            self._page(self.document.sections[0], landscape=False)
        else:
            content = template_bytes(template)
            try:
                self.document = docx.Document(io.BytesIO(content))
            except Exception as exc:  # python-docx raises many kinds for a damaged file
                raise InputError(f"{template}: cannot be opened as a Word document "
                                 f"({type(exc).__name__}: {exc}); open it in Word or "
                                 "LibreOffice and save it again") from exc
            # The council's text goes; its styles, headers and footers (with a logo) stay.
            self.document.element.body.clear_content()
        self._drop_thumbnail_and_attached_template()
        self._styles()
        self._bookmarks = 0
        self._stamp = datetime(1980, 1, 1)
        self.shades: Mapping[str, tuple[str, str]] = {}
        """The fill and ink (RRGGBB) of a run whose role is a key here, as the HTML paper
        colours a span of that class."""

    # -- styles ------------------------------------------------------------------------------

    def _styles(self) -> None:
        styles = self.document.styles
        for definition in STYLES:
            try:
                style = styles[definition.name]
            except KeyError:
                style = None
            if style is not None and self.template is not None:
                continue  # the council's own look
            if style is None:
                if self.template is not None:
                    self.warnings.append(f"the Word template has no {definition.name!r} style; "
                                         "the paper uses the built-in one")
                style = styles.add_style(definition.name, KINDS[definition.kind])
                if definition.kind == "paragraph" and definition.name != "Normal":
                    style.base_style = styles["Normal"]
            self._define(style, definition)
        self._language()
        # Each style's id, looked up once: python-docx's own lookup reads every style each time.
        default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self._style_ids = {name: None if styles[name] == default else styles[name].style_id
                           for name in STYLE_NAMES}

    def _define(self, style, definition: StyleDefinition) -> None:
        """``style`` as ``definition`` has it, and nothing else of what it had."""
        for old in style.element.findall(qn("w:rPr")) + style.element.findall(qn("w:pPr")):
            style.element.remove(old)
        if definition.kind == "table":
            _grid(style.element)
            return
        font = style.font
        if self.template is None:
            font.name = FONT  # in a council's template, the font of its Normal style
        if definition.size:
            font.size = Pt(definition.size)
        font.bold = definition.bold or None
        if definition.colour:
            font.color.rgb = RGBColor.from_string(definition.colour)
        if definition.underline:
            font.underline = WD_UNDERLINE.SINGLE
        if definition.kind != "paragraph":
            return
        paragraph = style.paragraph_format
        if definition.space_before is not None:
            paragraph.space_before = Pt(definition.space_before)
        if definition.space_after is not None:
            paragraph.space_after = Pt(definition.space_after)
        paragraph.keep_with_next = definition.keep_with_next or None
        if definition.outline_level is not None:
            style.element.get_or_add_pPr().append(
                _element("w:outlineLvl", {"w:val": str(definition.outline_level)}))
        if definition.bullet_level is not None:
            self._bullets(style, definition.bullet_level)

    def _bullets(self, style, level: int) -> None:
        """A bullet list numbering for a list style that has none."""
        numbering = self.document.part.numbering_part.element
        abstract_id = 1 + max(map(int, numbering.xpath("./w:abstractNum/@w:abstractNumId")),
                              default=0)
        level_element = _element("w:lvl", {"w:ilvl": "0"},
                                 _element("w:start", {"w:val": "1"}),
                                 _element("w:numFmt", {"w:val": "bullet"}),
                                 _element("w:lvlText", {"w:val": "•" if level == 0 else "◦"}),
                                 _element("w:lvlJc", {"w:val": "left"}),
                                 _element("w:pPr", {}, _element("w:ind", {
                                     "w:left": str(360 * (level + 1)), "w:hanging": "360"})))
        abstract = _element("w:abstractNum", {"w:abstractNumId": str(abstract_id)},
                            _element("w:multiLevelType", {"w:val": "singleLevel"}),
                            level_element)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # every abstractNum comes before the nums
        else:
            numbering.append(abstract)
        num_id = 1 + max(map(int, numbering.xpath("./w:num/@w:numId")), default=0)
        numbering.append(_element("w:num", {"w:numId": str(num_id)},
                                  _element("w:abstractNumId", {"w:val": str(abstract_id)})))
        style.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id

    def _language(self) -> None:
        """British English for every style the paper uses, from the document defaults down;
        without a template, the paper's font as the default too (no theme's font)."""
        styles = self.document.styles.element
        defaults = _child(styles, "w:docDefaults", first=True)
        run_defaults = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
        _set_language(run_defaults)
        if self.template is None:
            _replace(run_defaults, "w:rFonts", {"w:ascii": FONT, "w:hAnsi": FONT,
                                                "w:eastAsia": FONT, "w:cs": FONT}, first=True)
        for name in STYLE_NAMES:
            if name != "Table Grid":
                _set_language(self.document.styles[name].element.get_or_add_rPr())
        for theme_language in self.document.settings.element.findall(qn("w:themeFontLang")):
            theme_language.set(qn("w:val"), LANGUAGE)

    # -- the package ---------------------------------------------------------------------------

    def _drop_thumbnail_and_attached_template(self) -> None:
        """A template's picture of itself would mislead; its link to its own template is a
        file Word would go looking for."""
        rels = self.document.part.package.rels
        for rid, rel in list(rels.items()):
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                del rels[rid]
        settings = self.document.settings.element
        for attached in settings.findall(qn("w:attachedTemplate")):
            settings.remove(attached)
            rid = attached.get(qn("r:id"))
            if rid:
                self.document.part._settings_part.drop_rel(rid)

    def properties(self, *, title: str, author: str, subject: str,
                   dated: date | datetime) -> None:
        """The core properties (title, author, subject, language), dated ``dated``."""
        core = self.document.core_properties
        self._stamp = _moment(dated)
        core.title = title[:CORE_TEXT_LIMIT]
        core.author = core.last_modified_by = author[:CORE_TEXT_LIMIT]
        core.subject = subject[:CORE_TEXT_LIMIT]
        core.language = LANGUAGE
        for empty in ("keywords", "comments", "category", "content_status", "identifier",
                      "version"):
            setattr(core, empty, "")
        core.revision = 1
        core.created = core.modified = self._stamp

    # -- pages ---------------------------------------------------------------------------------

    def _page(self, section, *, landscape: bool) -> None:
        """A4, upright or turned, with the PDF paper's margins."""
        margins = TURNED_MARGINS if landscape else UPRIGHT_MARGINS
        short, long = Cm(21), Cm(29.7)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        section.top_margin, section.right_margin = Cm(margins.top), Cm(margins.right)
        section.bottom_margin, section.left_margin = Cm(margins.bottom), Cm(margins.left)

    def page_marking(self, marking: str) -> None:
        """The protective marking atop every page but the first (whose masthead has it), and
        the page number with the marking below every page: the built-in style only, as a
        council's template keeps its own header and footer."""
        if self.template is not None:
            return
        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False  # an empty header of its own
        top = section.header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _words(top, marking, bold=True)
        for footer in (section.footer, section.first_page_footer):
            number = footer.paragraphs[0]
            number.alignment = WD_ALIGN_PARAGRAPH.CENTER
            number.add_run("Page ")
            _field(number, "PAGE")
            number.add_run(" of ")
            _field(number, "NUMPAGES")
            below = footer.add_paragraph()
            below.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _words(below, marking, bold=True)

    def new_section(self, *, landscape: bool) -> None:
        """Go on at the top of a new page, in a section of its own, turned or upright."""
        previous = self.document.sections[-1]
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = False  # the first page is the paper's
        if self.template is None:
            self._page(section, landscape=landscape)
            return
        turned = landscape != (previous.page_width > previous.page_height)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        if turned:
            # The council's margins stay on the paper's edges, as a printer sees them.
            section.page_width, section.page_height = previous.page_height, previous.page_width
            section.left_margin, section.top_margin = previous.top_margin, previous.left_margin
            section.right_margin, section.bottom_margin = (previous.bottom_margin,
                                                           previous.right_margin)

    def text_width(self) -> int:
        """The width between the current page's margins, in EMU."""
        section = self.document.sections[-1]
        return section.page_width - section.left_margin - section.right_margin

    def text_height(self) -> int:
        """The height between the current page's margins, in EMU."""
        section = self.document.sections[-1]
        return section.page_height - section.top_margin - section.bottom_margin

    # -- content -------------------------------------------------------------------------------

    def paragraph(self, runs: Sequence[Run], *, style: str = "Normal",
                  bookmark: str | None = None, new_page: bool = False) -> None:
        """A paragraph of runs in ``style``, optionally named for links and on a new page."""
        paragraph = self.document.add_paragraph()
        self._style(paragraph, style)
        self._runs(paragraph, runs)
        if new_page:
            paragraph.paragraph_format.page_break_before = True
        if bookmark:
            self._bookmark(paragraph, bookmark)

    def blocks(self, blocks: Sequence[Block]) -> None:
        """Formatted text: paragraphs and bullet lists."""
        for block in blocks:
            self._block(self.document, block)

    def contents(self, entries: Sequence[tuple[str, str]]) -> None:
        """The contents: each entry (its words, the anchor of its heading) a line linking to
        that heading, with its page number after a dotted leader to the right margin.

        The page number is a PAGEREF field to the heading's bookmark: LibreOffice works it out
        as it lays the pages out; Word shows ``UNSET_PAGE`` until its fields are updated, which
        it offers on opening (``updateFields`` in the settings)."""
        for words, anchor in entries:
            paragraph = self.document.add_paragraph()
            self._style(paragraph, "TOC 1")
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Emu(self.text_width()), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            style = {"w:val": self._style_ids["Hyperlink"]}
            link = _element("w:hyperlink", {"w:anchor": bookmark_name(anchor), "w:history": "1"},
                            _text_run(keep_together(words), style), _element("w:r", {}, _element(
                                "w:tab")))
            link.extend(_complex_field(f" PAGEREF {bookmark_name(anchor)} \\h ", UNSET_PAGE))
            paragraph._p.append(link)
        settings = self.document.settings.element
        if settings.find(qn("w:updateFields")) is None:
            settings.append(_element("w:updateFields", {"w:val": "true"}))

    def pictures(self, pictures: Sequence[Picture], *, captions: bool = False) -> None:
        """Pictures side by side in one line, each starting at a tab stop a share of the text
        width apart; with ``captions``, their titles above them in a line of their own, at the
        same stops."""
        stops = [Emu(self.text_width() * index // len(pictures))
                 for index in range(1, len(pictures))]
        if captions:
            heads = self.document.add_paragraph()
            self._style(heads, "Caption")
            for stop in stops:
                heads.paragraph_format.tab_stops.add_tab_stop(stop)
            self._runs(heads, [Run(("\t" if index else "") + picture.title)
                               for index, picture in enumerate(pictures)])
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True  # with the figures that follow it
        for stop in stops:
            paragraph.paragraph_format.tab_stops.add_tab_stop(stop)
        for index, picture in enumerate(pictures):
            if index:
                paragraph.add_run("\t")
            shape = paragraph.add_run().add_picture(io.BytesIO(picture.png),
                                                    width=Emu(picture.width))
            properties = shape._inline.docPr
            properties.set("title", _xml_text(picture.title))
            properties.set("descr", _xml_text(picture.description))

    def table(self, columns: Sequence[str | Sequence[Run]], rows: Sequence[Sequence[Cell]], *,
              caption: str | None = None, widths: Sequence[float] = (),
              row_headers: bool = False, bookmarks: Sequence[Sequence[str]] = (),
              together: bool = False,
              groups: Mapping[int, str | Sequence[Run]] | None = None,
              group_bookmarks: Mapping[int, str] | None = None,
              caption_shown: bool = True, header: bool = True) -> None:
        """A table, its caption above it, its header row marked and repeated on every page,
        and no row split across two.

        ``widths`` are the columns' shares of the text width; with ``row_headers`` the first
        column is bold, as each row's label; ``bookmarks`` name each row, for links to it;
        ``together`` keeps a short table on one page; ``groups`` head the row numbered by
        each key (and those after it) with a row across the table saying its value (words or
        runs), kept with the row it heads, and named by ``group_bookmarks`` for links to it; a
        caption not ``caption_shown`` is the table's property only; without ``header``, the
        table has no header row (its columns' words are not printed).
        """
        columns = [(Run(name),) if isinstance(name, str) else tuple(name) for name in columns]
        if caption and caption_shown:
            self.paragraph((Run(caption),), style="Caption")
        table = self.document.add_table(rows=0, cols=len(columns))
        table.style = self.document.styles["Table Grid"]
        table.autofit = False
        properties = table._tbl.tblPr
        for old in properties.findall(qn("w:tblLook")):
            properties.remove(old)
        properties.append(_element("w:tblLook", {
            "w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0",
            "w:firstColumn": str(int(row_headers)), "w:lastColumn": "0", "w:noHBand": "1",
            "w:noVBand": "1"}))
        if caption:
            properties.append(_element("w:tblCaption", {"w:val": _xml_text(caption)}))
        shares = list(widths) or [1] * len(columns)
        sizes = [Emu(size) for size in header_fitted(
            [int(self.text_width() * share / sum(shares)) for share in shares],
            ["".join(run.text for run in name) for name in columns])]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size  # the grid, which LibreOffice lays out by
        heads = table.add_row() if header else None
        if heads is not None:
            heads._tr.get_or_add_trPr().append(_element("w:tblHeader"))
        for cell, name, size in zip(heads.cells, columns, sizes, strict=True) if heads else ():
            cell.width = size
            self._fill(cell, Cell((Paragraph(name),), bold=True))
            cell._tc.get_or_add_tcPr().append(_shading(HEADER_FILL))
            # The header goes over with the first row, and so does the heading and caption
            # kept with it: a group's heading never ends a page on its own.
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
        for number, values in enumerate(rows):
            if groups and number in groups:
                across = table.add_row()
                for cell, size in zip(across.cells, sizes, strict=True):
                    cell.width = size
                cell = across.cells[0].merge(across.cells[-1])
                heading = groups[number]
                heading = (Run(heading),) if isinstance(heading, str) else tuple(heading)
                self._fill(cell, Cell((Paragraph(heading),), bold=True))
                cell._tc.get_or_add_tcPr().append(_shading(HEADER_FILL))
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
                if group_bookmarks and number in group_bookmarks:
                    self._bookmark(cell.paragraphs[0], group_bookmarks[number])
            row = table.add_row()
            for cell, size in zip(row.cells, sizes, strict=True):
                cell.width = size
            place = 0
            for index, value in enumerate(values):
                cell = row.cells[place]
                if value.span > 1:
                    cell = cell.merge(row.cells[min(place + value.span, len(sizes)) - 1])
                place += value.span
                self._fill(cell, Cell(value.blocks, value.fill, value.ink,
                                      value.bold or (row_headers and index == 0)))
            for name in bookmarks[number] if number < len(bookmarks) else ():
                self._bookmark(row.cells[0].paragraphs[0], name)
        for number, row in enumerate(table.rows):
            # A short row never splits across pages; a long one may, or Word would cut off
            # what does not fit on one page.
            if sum(len(cell.text) for cell in row.cells) <= UNSPLIT_ROW_TEXT:
                row._tr.get_or_add_trPr().insert(0, _element("w:cantSplit"))
            if together and number < len(table.rows) - 1:
                for paragraph in (p for cell in row.cells for p in cell.paragraphs):
                    paragraph.paragraph_format.keep_with_next = True
        # Room after the table, so the next caption or heading does not touch it.
        self.document.add_paragraph()

    def to_bytes(self) -> bytes:
        """The .docx, every part dated as the core properties are."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        return repack(buffer.getvalue(), {"docProps/app.xml": APP_PROPERTIES}, self._stamp)

    # -- pieces --------------------------------------------------------------------------------

    def _block(self, container, block: Block, *, first=None, bold: bool = False,
               style: str = "Normal") -> None:
        """One block into ``container`` (the body or a cell), the first into ``first``; a
        paragraph in ``style``."""
        if isinstance(block, Paragraph):
            paragraph = first or container.add_paragraph()
            self._style(paragraph, style)
            self._runs(paragraph, block.runs, bold=bold)
            return
        assert isinstance(block, BulletList)
        for index, item in enumerate(block.items):
            paragraph = first if index == 0 and first is not None else container.add_paragraph()
            lists = ("Table List", "Table List 2") if style == "Table Text" else (
                "List Bullet", "List Bullet 2")
            self._style(paragraph, lists[0] if item.level == 0 else lists[1])
            self._runs(paragraph, item.runs, bold=bold)

    def _style(self, paragraph, name: str) -> None:
        paragraph._p.style = self._style_ids[name]

    def _fill(self, cell, value: Cell) -> None:
        first = cell.paragraphs[0]
        self._style(first, "Table Text")  # for an empty cell too
        for index, block in enumerate(value.blocks):
            self._block(cell, block, first=first if index == 0 else None, bold=value.bold,
                        style="Table Text")
        cell.paragraphs[-1].paragraph_format.space_after = 0  # the cell's margin is room enough
        if value.fill:
            for run in first.runs:
                if value.ink:
                    run.font.color.rgb = RGBColor.from_string(value.ink)
                properties = run._r.get_or_add_rPr()
                for old in properties.findall(qn("w:shd")):
                    properties.remove(old)
                properties.append(_shading(value.fill))

    def _runs(self, paragraph, runs: Sequence[Run], *, bold: bool = False) -> None:
        for run in runs:
            if run.link:
                self._link(paragraph, run, bold=bold)
                continue
            for index, line in enumerate(run.text.split(LINE_BREAK)):
                if index:
                    paragraph.add_run().add_break()
                _words(paragraph, line, bold=run.bold or bold, struck=run.struck,
                       shade=self.shades.get(run.role))

    def _link(self, paragraph, run: Run, *, bold: bool) -> None:
        """A hyperlink with its own words: to a web or mail address, or to '#bookmark'."""
        link = run.link or ""
        if link.startswith("#"):
            target = {"w:anchor": bookmark_name(link[1:]), "w:history": "1"}
        else:
            rid = paragraph.part.relate_to(link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            target = {"r:id": rid, "w:history": "1"}
        run_properties = _element("w:rPr", {}, _element("w:rStyle", {
            "w:val": self._style_ids["Hyperlink"]}))
        if run.bold or bold:
            run_properties.append(_element("w:b"))
        text = _element("w:t", {"xml:space": "preserve"})
        text.text = _xml_text(keep_together(run.text))
        paragraph._p.append(_element("w:hyperlink", target,
                                     _element("w:r", {}, run_properties, text)))

    def _bookmark(self, paragraph, name: str) -> None:
        self._bookmarks += 1
        ident = str(self._bookmarks)
        p = paragraph._p
        start = _element("w:bookmarkStart", {"w:id": ident, "w:name": bookmark_name(name)})
        if p.pPr is not None:
            p.pPr.addnext(start)
        else:
            p.insert(0, start)
        p.append(_element("w:bookmarkEnd", {"w:id": ident}))


# A header word's width, for fitting it in its column: an em is the font's size, and a bold
# letter of Arial is at most about 0.65 em on average over a word ("improvement" is 0.57).
HEADER_LETTER_EM = 0.65
HEADER_POINTS = 9  # the Table Text style
CELL_ROOM_POINTS = 2 * 85 / 20 + 2  # the cell's margins either side (_grid), and a little air
EMU_PER_POINT = 12_700


def header_fitted(sizes: Sequence[int], columns: Sequence[str]) -> list[int]:
    """Column widths (EMU) widened so that each header's longest word fits on its line, never
    broken inside ("improvemen/t"); what a column gains, those with room to spare give up.
    Left as they are when the words cannot all fit."""
    needed = [int((max((len(word) for word in name.split()), default=0) * HEADER_LETTER_EM
                   * HEADER_POINTS + CELL_ROOM_POINTS) * EMU_PER_POINT) for name in columns]
    short = sum(max(0, need - size) for need, size in zip(needed, sizes, strict=True))
    spare = sum(max(0, size - need) for need, size in zip(needed, sizes, strict=True))
    if not short or short > spare:
        return list(sizes)
    return [need if size < need else size - (size - need) * short // spare
            for need, size in zip(needed, sizes, strict=True)]


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an HTML anchor: letters, digits and underscores, 40 at most."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", anchor)
    if not name[:1].isalpha():
        name = "b_" + name
    return name[:40]


def _moment(day: date | datetime) -> datetime:
    """A naive UTC moment to the second, as the core properties hold it."""
    if isinstance(day, datetime):
        moment = day if day.tzinfo else day.replace(tzinfo=UTC)
        return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    return datetime.combine(day, time(0, 0))


def _words(paragraph, text: str, *, bold: bool, struck: bool = False,
           shade: tuple[str, str] | None = None) -> None:
    """Runs of ``text``: the shapes and arrows in the symbol font, never bold; ``shade`` its
    fill and ink."""
    for part in SYMBOLS.split(_xml_text(keep_together(text))):
        if not part:
            continue
        run = paragraph.add_run(part)
        if struck:
            run.font.strike = True
        if shade:
            run.font.color.rgb = RGBColor.from_string(shade[1])
            run._r.get_or_add_rPr().append(_shading(shade[0]))
        if SYMBOLS.fullmatch(part):
            run.font.name = SYMBOL_FONT
            run.bold = False if bold else None
        else:
            run.bold = bold or None


def _xml_text(text: str) -> str:
    return NOT_XML.sub("\ufffd", text)


def _element(tag: str, attributes: dict[str, str] | None = None, *children):
    element = OxmlElement(tag)
    for name, value in (attributes or {}).items():
        element.set(qn(name), value)
    element.extend(children)
    return element


def _child(parent, tag: str, *, first: bool = False):
    """``parent``'s ``tag`` child, added (first, or last) when it has none."""
    found = parent.find(qn(tag))
    if found is None:
        found = _element(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _replace(parent, tag: str, attributes: dict[str, str], *, first: bool = False) -> None:
    """``parent``'s ``tag`` child, with only ``attributes``: first among its children, or last."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    if first:
        parent.insert(0, _element(tag, attributes))
    else:
        parent.append(_element(tag, attributes))


def _shading(fill: str):
    return _element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill})


def _grid(style) -> None:
    """A table style's thin rules round every cell, and room inside them."""
    properties = _child(style, "w:tblPr")
    for old in properties.findall(qn("w:tblBorders")) + properties.findall(qn("w:tblCellMar")):
        properties.remove(old)
    edges = ("top", "left", "bottom", "right", "insideH", "insideV")
    properties.append(_element("w:tblBorders", {}, *(_element(f"w:{edge}", {
        "w:val": "single", "w:sz": "4", "w:space": "0", "w:color": RULE}) for edge in edges)))
    room = {"top": "57", "left": "85", "bottom": "57", "right": "85"}  # twentieths of a point
    properties.append(_element("w:tblCellMar", {}, *(_element(f"w:{side}", {
        "w:w": width, "w:type": "dxa"}) for side, width in room.items())))


def _field(paragraph, instruction: str) -> None:
    text = _element("w:t")
    text.text = "1"
    paragraph._p.append(_element("w:fldSimple", {"w:instr": instruction},
                                 _element("w:r", {}, text)))


def _text_run(text: str, style: dict[str, str] | None = None):
    """A run of ``text`` (kept as typed), in the character style ``style`` when given."""
    words = _element("w:t", {"xml:space": "preserve"})
    words.text = _xml_text(text)
    if style is None:
        return _element("w:r", {}, words)
    return _element("w:r", {}, _element("w:rPr", {}, _element("w:rStyle", style)), words)


def _complex_field(instruction: str, shown: str) -> list:
    """The runs of a field Word and LibreOffice work out (``instruction``), showing ``shown``
    until they do."""
    code = _element("w:instrText", {"xml:space": "preserve"})
    code.text = instruction
    return [_element("w:r", {}, _element("w:fldChar", {"w:fldCharType": "begin"})),
            _element("w:r", {}, code),
            _element("w:r", {}, _element("w:fldChar", {"w:fldCharType": "separate"})),
            _text_run(shown),
            _element("w:r", {}, _element("w:fldChar", {"w:fldCharType": "end"}))]


def _set_language(run_properties) -> None:
    _replace(run_properties, "w:lang",
             {"w:val": LANGUAGE, "w:eastAsia": LANGUAGE, "w:bidi": "ar-SA"})
