"""HTML to PDF: the only module that imports WeasyPrint, and only when a PDF is wanted."""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..errors import BuildError
from .pdf_list_labels import label_targets, move_labels
from .pdf_tables import TableTags, cell_boxes


@dataclass(frozen=True)
class Variant:
    """A kind of PDF: the standard it claims, whether it is tagged, and what it carries."""

    name: str
    weasyprint: str | None  # WeasyPrint's pdf_variant; None claims no standard
    tagged: bool  # a structure tree for screen readers and reflow
    archival: bool  # PDF/A-3, carrying the workbook the paper was built from
    about: str


VARIANTS: dict[str, Variant] = {variant.name: variant for variant in (
    Variant("pdf/ua-1", "pdf/ua-1", tagged=True, archival=False,
            about="tagged for screen readers (PDF/UA-1)"),
    Variant("pdf/a-3a", "pdf/a-3a", tagged=True, archival=True,
            about="archival and tagged (PDF/A-3, level A), with the workbook attached"),
    # Level B promises only that the pages look the same forever; the tags stay for readers.
    Variant("pdf/a-3b", "pdf/a-3b", tagged=True, archival=True,
            about="archival (PDF/A-3, level B), tagged, with the workbook attached"),
    Variant("none", None, tagged=False, archival=False,
            about="untagged, claims no standard: smaller and quicker, for drafts"),
)}
DEFAULT_VARIANT = "pdf/ua-1"

# Fixed media types: WeasyPrint would otherwise ask the machine's own list, which differs.
MEDIA_TYPES = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
}


@dataclass(frozen=True)
class EmbeddedFile:
    """A file an archival PDF carries inside it: the workbook the paper was built from."""

    name: str
    content: bytes
    description: str

    @property
    def data_uri(self) -> str:
        """The file as a data: URI, which gives WeasyPrint its media type as well as its bytes."""
        kind = MEDIA_TYPES.get(Path(self.name).suffix.lower(), "application/octet-stream")
        return f"data:{kind};base64,{base64.b64encode(self.content).decode('ascii')}"


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetFetcher(URLFetcher):
        """Serves files from the template folders and nothing else: no network, no other files."""

        def __init__(self, roots: Sequence[Path]) -> None:
            super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
            self.roots = tuple(root.resolve() for root in roots)

        def fetch(self, url, headers=None):
            parsed = urlparse(url)
            if parsed.scheme == "data":  # inline images the templates made (a logo): no I/O
                return super().fetch(url, headers)
            if parsed.scheme != "file":
                raise ValueError(f"refused to fetch {url[:80]!r}: only template assets are read")
            path = Path(unquote(parsed.path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots) or not path.is_file():
                raise ValueError(f"refused to read {path}: not one of the template assets")
            return URLFetcherResponse(url, body=path.read_bytes(), headers={})

    return AssetFetcher


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _w3c(dated: date) -> str:
    """A date as HTML metadata writes it: 2021-03-09, or 2021-03-09T10:00:00Z with a time."""
    if isinstance(dated, datetime):
        return dated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dated.isoformat()


def _utc(dated: date) -> datetime:
    """A date as a moment in UTC (midnight, for a day), as an attachment's dates need."""
    if isinstance(dated, datetime):
        return dated.astimezone(UTC)
    return datetime.combine(dated, time(), tzinfo=UTC)


def _list_attachments_once(document, pdf) -> None:
    """Name each attached file once in the catalog's /AF (WeasyPrint 70 adds each twice)."""
    if "AF" in pdf.catalog:
        pdf.catalog["AF"] = type(pdf.catalog["AF"])(dict.fromkeys(pdf.catalog["AF"]))


# A header cell's HTML scope as PDF says it: PDF has no row or column groups, so a group's
# header is a row's or a column's.
SCOPES = {"col": "/Column", "colgroup": "/Column", "row": "/Row", "rowgroup": "/Row"}
SVG_TAG = "{http://www.w3.org/2000/svg}"


def _object(pdf, reference):
    """The pydyf object a reference (b'12 0 R') points at, or None for anything else."""
    if isinstance(reference, bytes) and reference.endswith(b" R"):
        return pdf.objects[int(reference.split()[0])]
    return None


def _boxes(box):
    """A laid-out box and every box inside it."""
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _scope_header_cells(document) -> None:
    """Give every tagged header cell the /Scope its HTML scope says (WeasyPrint 70 gives none).

    WeasyPrint keeps each table cell's structure element on its box (``mark``) to tie data
    cells to their headers; the same element takes the scope.
    """
    for page in document.pages:
        for box in _boxes(page._page_box):
            element = getattr(box, "mark", None)
            if element is not None and box.element_tag == "th":
                element["A"]["Scope"] = SCOPES.get(box.element.get("scope", ""), "/Column")


def _describe_charts(document, pdf) -> None:
    """A chart's alternative text is its description, not its title again.

    WeasyPrint takes an SVG's <title> as its figure's /Alt, and the title is already read out as
    the figure's visible caption; the <desc> says what the chart shows, in words.
    """
    described = {}
    for page in document.pages:
        for box in _boxes(page._page_box):
            svg = getattr(box, "element", None)
            if svg is not None and box.element_tag == f"{SVG_TAG}svg":
                title, desc = svg.find(f"{SVG_TAG}title"), svg.find(f"{SVG_TAG}desc")
                if title is not None and desc is not None and desc.text:
                    described[title.text] = desc.text
    for element in pdf.objects:
        if isinstance(element, dict) and element.get("S") == "/Figure" and "Alt" in element:
            alt = element["Alt"].string
            element["Alt"] = type(element["Alt"])(described.get(alt, alt))


def _reachable(pdf, root) -> set[int]:
    """The numbers of the structure elements in the tree under ``root``."""
    seen, todo = set(), [root]
    while todo:
        element = todo.pop()
        if element.number in seen:
            continue
        seen.add(element.number)
        todo.extend(kid for kid in map(lambda k: _object(pdf, k), element.get("K", ()))
                    if isinstance(kid, dict) and kid.get("Type") == "/StructElem")
    return seen


def _running_text_as_artifacts(pdf) -> None:
    """Mark the running header and footer as pagination artifacts, outside the tag tree.

    WeasyPrint 70 tags the page margins' text with marked-content ids that no structure element
    in the tree holds (the PDF 1.7 structure tree cannot hold an artifact), which PDF/UA
    forbids: content is either in the tree or an artifact. Their marked content becomes
    /Artifact, and the parent tree forgets their ids.
    """
    tree = _object(pdf, pdf.catalog["StructTreeRoot"])
    (document,) = [_object(pdf, kid) for kid in tree["K"]]
    in_tree = _reachable(pdf, document)
    parents = _object(pdf, tree["ParentTree"])["Nums"]
    pages = [pdf.objects[number] for number in pdf.pages["Kids"][::3]]
    for index, page in enumerate(pages):
        position = list(parents[::2]).index(index) * 2 + 1
        elements = parents[position]
        orphans = {mcid for mcid, reference in enumerate(elements)
                   if _object(pdf, reference).number not in in_tree}
        if not orphans:
            continue
        stream = _object(pdf, page["Contents"]).stream
        for at, item in enumerate(stream):
            if isinstance(item, dict) and item.get("MCID") in orphans:
                stream[at - 1] = "/Artifact"
                stream[at] = type(item)({"Type": "/Pagination"})
        for mcid in orphans:
            elements[mcid] = "null"


def _links_print(pdf) -> None:
    """Set every link's Print flag, so that a printed copy and the screen hold the same links."""
    for annotation in pdf.objects:
        if isinstance(annotation, dict) and annotation.get("Subtype") == "/Link":
            annotation["F"] = 4


def _join_tables(document, pdf) -> None:
    """One structure element per table, its header rows once, each cell tied to its headers.

    The header cells' ids go into the structure tree's /IDTree, where /Headers looks them up.
    """
    tables = TableTags(pdf, (cell for page in document.pages
                             for cell in cell_boxes(page._page_box)))
    tables.join_pages()
    ids = tables.tie_headers()
    if ids:
        tree = _object(pdf, pdf.catalog["StructTreeRoot"])
        names = [item for pair in ids for item in pair]
        tree["IDTree"] = type(tree)({"Names": type(tree["K"])(names)})


def _labels_before_items(pdf) -> None:
    """Paint each list item's bullet or number before its text, the order the tags read."""
    tree = _object(pdf, pdf.catalog["StructTreeRoot"])
    parents = _object(pdf, tree["ParentTree"])["Nums"]
    pages = [pdf.objects[number] for number in pdf.pages["Kids"][::3]]
    for index, page in enumerate(pages):
        elements = parents[list(parents[::2]).index(index) * 2 + 1]
        targets = label_targets(elements, lambda reference: _object(pdf, reference))
        if targets:
            move_labels(_object(pdf, page["Contents"]).stream, targets)


def _finish(document, pdf) -> None:
    """What WeasyPrint 70 leaves undone in the PDF's attachments, links and tags."""
    _list_attachments_once(document, pdf)
    _links_print(pdf)
    if "StructTreeRoot" in pdf.catalog:
        _scope_header_cells(document)
        _describe_charts(document, pdf)
        _join_tables(document, pdf)
        _running_text_as_artifacts(pdf)
        _labels_before_items(pdf)


def identifier(html: str, variant: str) -> bytes:
    """The PDF's permanent /ID: from what it is made of, never random, so builds repeat."""
    return hashlib.sha256(f"{variant}\n{html}".encode()).hexdigest()[:32].encode("ascii")


def html_to_pdf(
    html: str,
    *,
    asset_roots: Sequence[Path],
    base: Path,
    variant: str = DEFAULT_VARIANT,
    dated: date,
    metadata: Mapping[str, str] | None = None,
    source: EmbeddedFile | None = None,
) -> tuple[bytes, list[str]]:
    """The PDF bytes for ``html``, and any warnings WeasyPrint logged while rendering it.

    ``dated`` is the PDF's creation and modification date (never the clock), ``metadata`` adds
    entries to its document information, and an archival variant carries ``source`` inside it.
    """
    kind = VARIANTS[variant]
    try:
        from weasyprint import HTML, Attachment
    except OSError as exc:  # Pango or another system library is missing
        raise BuildError(f"cannot load WeasyPrint's system libraries: {exc}. "
                         "Run 'make setup' or install Pango (apt-get install libpango-1.0-0 "
                         "libpangoft2-1.0-0)") from exc
    logger = logging.getLogger("weasyprint")
    collect = _Collect()
    logger.addHandler(collect)
    try:
        fetcher = _fetcher_class()(asset_roots)
        document = HTML(string=html, base_url=base.resolve().as_uri() + "/",
                        url_fetcher=fetcher).render()
        document.metadata.created = document.metadata.modified = _w3c(dated)
        # Only ours: the page's other <meta> names (viewport ...) mean nothing in a PDF.
        document.metadata.custom = dict(metadata or {})
        options: dict[str, object] = {
            "pdf_tags": kind.tagged,
            "pdf_identifier": identifier(html, variant),
            "custom_metadata": bool(metadata),
        }
        if kind.weasyprint:
            options["pdf_variant"] = kind.weasyprint
        if kind.archival and source is not None:
            # Given dates, not the file's: a copy of the same workbook gives the same PDF.
            options["attachments"] = [Attachment(
                url=source.data_uri, url_fetcher=fetcher, name=source.name,
                description=source.description, created=_utc(dated), modified=_utc(dated),
                relationship="Source")]
        pdf = document.write_pdf(finisher=_finish, **options)
    finally:
        logger.removeHandler(collect)
    return pdf, collect.messages
