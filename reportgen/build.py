"""One build: read and check everything, render everything, and only then write."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from .atomic_files import replace_together
from .errors import BuildError, InputError, Problem, Severity, WorkbookError
from .excel.file_checks import read_workbook_file
from .formats import FORMATS as REGISTRY
from .formats import Rendered, RenderOptions
from .formats.jinja_env import unused_files
from .formats.pdf import DEFAULT_VARIANT, VARIANTS
from .paper.context import PaperContext, Source, paper_context
from .plan.reader import read_workbook

FORMATS = tuple(REGISTRY)
"""The formats' names, in the order a build lists the files it writes."""
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class BuildResult:
    """The files a build wrote, and the warnings it found on the way."""

    outputs: tuple[Path, ...]
    warnings: tuple[Problem, ...]
    render_warnings: tuple[str, ...] = ()
    template_warnings: tuple[str, ...] = ()
    """Files in the templates folder that override nothing, each with the nearest name."""


def example_workbook() -> Path:
    """The example plan: the project's data/ copy in a checkout, else the packaged one."""
    for candidate in (PACKAGE_DIR.parent / "data" / "medway-improvement-plan.xlsx",
                      PACKAGE_DIR / "data" / "medway-improvement-plan.xlsx"):
        if candidate.is_file():
            return candidate
    raise BuildError("the example workbook is not installed; name a workbook to build")


def source_date(environ: Mapping[str, str]) -> datetime | None:
    """The moment ``SOURCE_DATE_EPOCH`` names (reproducible builds' convention), if it is set."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    problem = InputError(f"SOURCE_DATE_EPOCH={value!r}: not a number of seconds since "
                         "1 January 1970 UTC")
    if not value.isascii() or not value.isdigit():
        raise problem
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (OverflowError, OSError, ValueError) as exc:  # beyond the years a date can hold
        raise problem from exc


def build(
    workbook: Path,
    *,
    out_dir: Path,
    formats: Iterable[str] = FORMATS,
    user_templates: Path | None = None,
    pdf_variant: str = DEFAULT_VARIANT,
    dated: datetime | None = None,
    strict: bool = False,
    read_colours: bool = False,
    docx_template: Path | None = None,
    parallel: bool = True,
) -> BuildResult:
    """Build the paper for ``workbook`` into ``out_dir`` as ``<workbook name>.pdf``, ``.html``
    and ``.docx``, or those of ``formats``.

    Nothing is written unless everything was read, checked and rendered. With ``strict``,
    warnings stop the build as errors do. The PDF and the Word paper are dated ``dated`` (the
    build's ``SOURCE_DATE_EPOCH``), else the meeting date, so the same workbook always gives
    the same bytes. ``docx_template`` is a council's Word template to write the Word paper into.
    With ``parallel``, formats render side by side where there are cores to spare
    (``render_formats``); the bytes are the same either way.
    """
    workbook = Path(workbook)
    formats = tuple(formats)
    out_dir = Path(out_dir)
    if pdf_variant not in VARIANTS:
        raise InputError(f"{pdf_variant!r} is not a PDF variant; use one of {', '.join(VARIANTS)}")
    unknown = [fmt for fmt in formats if fmt not in REGISTRY]
    if unknown:
        raise InputError(f"{', '.join(map(repr, unknown))}: not a format; use one of "
                         f"{', '.join(FORMATS)}")
    targets = {name: out_dir / f"{workbook.stem}{fmt.suffix}"
               for name, fmt in REGISTRY.items() if name in formats}
    _check_targets(out_dir, targets.values(), workbook)
    before = _fingerprint(workbook)
    # Read once: the bytes checked and parsed are the bytes hashed into the paper's provenance.
    content = read_workbook_file(workbook)
    reading = read_workbook(workbook, content, read_colours=read_colours)
    if _fingerprint(workbook) != before:  # saved again meanwhile: build from the newer one
        raise BuildError(f"{workbook}: changed while it was being read; build again")
    if strict and reading.warnings:
        raise WorkbookError([replace(p, severity=Severity.ERROR) for p in reading.warnings])
    source = Source(workbook.name, hashlib.sha256(content).hexdigest(), content)
    # Every format lays out the same context, worked out once.
    context = paper_context(reading.plan, source=source)
    options = RenderOptions(dated=dated or reading.plan.as_at, user_templates=user_templates,
                            pdf_variant=pdf_variant, docx_template=docx_template)
    rendered = render_formats(context, options, tuple(targets), parallel=parallel)
    contents = {fmt: rendered[fmt].content for fmt in targets}
    render_warnings = tuple(w for fmt in targets for w in rendered[fmt].warnings)
    make_output_dir(out_dir)
    replace_together({target: contents[fmt] for fmt, target in targets.items()})
    unused = tuple(unused_files(user_templates)) if user_templates is not None else ()
    return BuildResult(tuple(targets.values()), reading.warnings, render_warnings, unused)


PRINTED_HERE = ("html", "pdf")
"""The formats a build renders in its own process: the PDF prints the HTML page."""


def render_formats(context: PaperContext, options: RenderOptions, formats: tuple[str, ...],
                   *, parallel: bool = True) -> dict[str, Rendered]:
    """Each of ``formats`` rendered from ``context``.

    With a PDF and another paper to make (the Word paper) and a core to spare, the PDF (and
    the HTML page it prints) render here while the other renders in a worker process beside
    it. Inside a worker of a batch, which already keeps every core busy, or on one core, they
    render one after another. Either way the bytes are the same, and a renderer's error or
    warnings reach the caller as they are.
    """
    here = tuple(fmt for fmt in formats if fmt in PRINTED_HERE)
    beside = tuple(fmt for fmt in formats if fmt not in PRINTED_HERE)
    if (parallel and "pdf" in here and beside and (os.cpu_count() or 1) > 1
            and multiprocessing.parent_process() is None):
        with ProcessPoolExecutor(max_workers=1) as pool:
            future = pool.submit(_render_serially, context, options, beside)
            try:
                rendered = _render_serially(context, options, here)
            except BaseException:
                future.cancel()
                raise
            rendered |= future.result()
        return rendered
    return _render_serially(context, options, formats)


def _render_serially(context: PaperContext, options: RenderOptions,
                     formats: tuple[str, ...]) -> dict[str, Rendered]:
    rendered: dict[str, Rendered] = {}
    for fmt in sorted(formats, key=lambda fmt: fmt != "html"):
        rendered[fmt] = REGISTRY[fmt].render(context, options)
        if fmt == "html":
            options = replace(options, html_page=rendered[fmt].content.decode("utf-8"))
    return rendered


def _fingerprint(path: Path) -> tuple[int, int] | None:
    """Size and modification time: enough to notice a workbook saved over during a build."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _check_targets(out_dir: Path, targets: Iterable[Path], workbook: Path) -> None:
    """Refuse outputs that would overwrite the workbook or land among the project's inputs."""
    source = workbook.resolve()
    for target in targets:
        if target.resolve() == source:
            raise InputError(f"{target}: is the input workbook; choose another --out folder")
    data = PACKAGE_DIR.parent / "data"
    if data.is_dir() and out_dir.resolve().is_relative_to(data.resolve()):
        raise InputError(f"{out_dir}: is inside the project's data folder, which holds inputs; "
                         "write papers to output/ or another folder")


def make_output_dir(out_dir: Path) -> None:
    """Create the --out folder (and its parents) if it is not there yet."""
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir}: is a file; --out must name a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"{out_dir}: cannot create the output folder: {exc}") from exc
