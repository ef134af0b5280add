"""HTML to PDF: the only module that imports WeasyPrint, and only when a PDF is wanted."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

from .errors import BuildError


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


def html_to_pdf(html: str, *, asset_roots: Sequence[Path], base: Path) -> tuple[bytes, list[str]]:
    """The PDF bytes for ``html``, and any warnings WeasyPrint logged while rendering it."""
    try:
        from weasyprint import HTML
    except OSError as exc:  # Pango or another system library is missing
        raise BuildError(f"cannot load WeasyPrint's system libraries: {exc}. "
                         "Run 'make setup' or install Pango (apt-get install libpango-1.0-0 "
                         "libpangoft2-1.0-0)") from exc
    logger = logging.getLogger("weasyprint")
    collect = _Collect()
    logger.addHandler(collect)
    try:
        document = HTML(string=html, base_url=base.resolve().as_uri() + "/",
                        url_fetcher=_fetcher_class()(asset_roots))
        pdf = document.write_pdf(pdf_tags=True)
    finally:
        logger.removeHandler(collect)
    return pdf, collect.messages
