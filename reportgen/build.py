"""One build: read and check everything, render everything, and only then write."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildError, Problem
from .reader import read_workbook
from .render import paper_html, paper_pdf

FORMATS = ("pdf", "html")


@dataclass(frozen=True)
class BuildResult:
    """The files a build wrote, and the warnings it found on the way."""

    outputs: tuple[Path, ...]
    warnings: tuple[Problem, ...]
    render_warnings: tuple[str, ...] = ()


def example_workbook() -> Path:
    """The example plan: the project's data/ copy in a checkout, else the packaged one."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "data" / "medway-improvement-plan.xlsx",
                      here / "data" / "medway-improvement-plan.xlsx"):
        if candidate.is_file():
            return candidate
    raise BuildError("the example workbook is not installed; name a workbook to build")


def build(
    workbook: Path,
    *,
    out_dir: Path,
    formats: Iterable[str] = FORMATS,
    user_templates: Path | None = None,
) -> BuildResult:
    """Build the paper for ``workbook`` into ``out_dir`` as ``<workbook name>.pdf`` / ``.html``."""
    workbook = Path(workbook)
    formats = tuple(formats)
    reading = read_workbook(workbook)
    html = paper_html(reading.plan, user_templates=user_templates)
    contents: dict[str, bytes] = {}
    render_warnings: tuple[str, ...] = ()
    if "html" in formats:
        contents["html"] = html.encode("utf-8")
    if "pdf" in formats:
        pdf, logged = paper_pdf(html, user_templates=user_templates)
        contents["pdf"] = pdf
        render_warnings = tuple(logged)
    out_dir = Path(out_dir)
    _check_output_dir(out_dir, workbook)
    written = []
    for fmt in FORMATS:
        if fmt in contents:
            target = out_dir / f"{workbook.stem}.{fmt}"
            write_atomically(target, contents[fmt])
            written.append(target)
    return BuildResult(tuple(written), reading.warnings, render_warnings)


def _check_output_dir(out_dir: Path, workbook: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir}: is a file; --out must name a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"{out_dir}: cannot create the output folder: {exc}") from exc


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it into place.

    A reader never sees a half-written paper, and a failure leaves the previous one intact.
    """
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
