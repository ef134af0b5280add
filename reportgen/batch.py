"""Many papers at once: one worker process per core, one bad workbook stopping nothing else."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .build import build
from .errors import InputError, Problem, ReportgenError, WorkbookError
from .formats.pdf import DEFAULT_VARIANT

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Outcome:
    """What became of one workbook: the files written, or why there are none."""

    workbook: Path
    outputs: tuple[Path, ...] = ()
    warnings: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()
    error: str = ""
    bad_input: bool = False
    notes: tuple[str, ...] = ()
    """Warnings about the rendering and the templates folder, in words."""

    @property
    def ok(self) -> bool:
        """Whether the paper was built."""
        return not self.error


@dataclass(frozen=True)
class BatchOptions:
    """The build options every workbook in a batch shares."""

    out_dir: Path
    formats: tuple[str, ...]
    user_templates: Path | None = None
    pdf_variant: str = DEFAULT_VARIANT
    dated: datetime | None = None
    strict: bool = False
    read_colours: bool = False
    docx_template: Path | None = None


def collect_workbooks(paths: Iterable[Path]) -> list[Path]:
    """The workbooks named, with each folder's own .xlsx/.xlsm files in name order.

    Excel's ~$ lock files and hidden files in a folder are skipped; named outright, they are
    kept, so that their build reports what they are. So is anything else in a folder named as
    a workbook that is not a regular file (a named pipe, a device): its build says what it is,
    rather than the folder's build passing over it without a word.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir() and path.suffix.lower() != ".numbers":  # Numbers saves as a folder
            found.extend(sorted(
                p for p in path.iterdir()
                if p.suffix.lower() in WORKBOOK_SUFFIXES and not p.is_dir()
                and not p.name.startswith(("~$", "."))
            ))
        else:
            found.append(path)
    clashes = _clashing_names(found)
    if clashes:
        raise InputError(f"{', '.join(clashes)}: two workbooks would write the same paper; "
                         "rename one or build them into different --out folders")
    return found


def _clashing_names(workbooks: Sequence[Path]) -> list[str]:
    seen: dict[str, Path] = {}
    clashes = []
    for workbook in workbooks:
        stem = workbook.stem.casefold()
        if stem in seen and seen[stem].resolve() != workbook.resolve():
            clashes.append(f"{seen[stem]} and {workbook}")
        seen.setdefault(stem, workbook)
    return clashes


def build_one(workbook: Path, options: BatchOptions) -> Outcome:
    """Build one paper, turning every failure into an Outcome (runs in a worker process)."""
    try:
        result = build(workbook, out_dir=options.out_dir, formats=options.formats,
                       user_templates=options.user_templates, pdf_variant=options.pdf_variant,
                       dated=options.dated, strict=options.strict,
                       read_colours=options.read_colours,
                       docx_template=options.docx_template)
    except WorkbookError as exc:
        return Outcome(workbook, problems=exc.problems,
                       error=f"{len(exc.errors)} problem(s) in the workbook", bad_input=True)
    except InputError as exc:
        return Outcome(workbook, error=str(exc), bad_input=True)
    except ReportgenError as exc:
        return Outcome(workbook, error=str(exc))
    except Exception as exc:  # a bug must not sink the rest of the batch; report it plainly
        return Outcome(workbook, error=f"unexpected {type(exc).__name__}: {exc}")
    notes = (*(f"rendering: {m}" for m in result.render_warnings), *result.template_warnings)
    return Outcome(workbook, result.outputs, result.warnings, notes=notes)


def build_many(
    workbooks: Sequence[Path],
    options: BatchOptions,
    *,
    jobs: int | None = None,
    progress: Callable[[Outcome], None] = lambda outcome: None,
) -> list[Outcome]:
    """Build every workbook's paper in ``jobs`` worker processes; outcomes in input order."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(workbooks)))
    if jobs == 1:
        outcomes = []
        for workbook in workbooks:
            outcomes.append(build_one(workbook, options))
            progress(outcomes[-1])
        return outcomes
    by_workbook: dict[Path, Outcome] = {}
    # Each worker imports WeasyPrint once and keeps it for the papers it builds after.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(build_one, w, options): w for w in workbooks}
        for future in as_completed(futures):
            outcome = future.result()
            by_workbook[futures[future]] = outcome
            progress(outcome)
    return [by_workbook[w] for w in workbooks]
