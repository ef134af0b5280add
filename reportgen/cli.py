"""The command line: turns flags into arguments and calls one function per command.

Exit codes: 0 done; 1 the build failed (rendering or writing); 2 bad input or usage
(a workbook with errors, a file that is not a workbook, a wrong option).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .build import FORMATS, build, example_workbook, source_date
from .errors import BuildError, InputError, Problem, WorkbookError
from .pdf import DEFAULT_VARIANT, VARIANTS
from .reader import read_workbook
from .template import WorkbookExists, new_workbook

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class BadInput(click.ClickException):
    """The input cannot be used: exit code 2."""

    exit_code = EXIT_BAD_INPUT


def _report(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        label = "warning" if problem.severity.value == "warning" else "error"
        click.echo(f"{label}: {problem}", err=True)


WORKBOOK = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn a youth justice improvement plan kept in Excel into board papers (PDF and HTML).

    \b
    Example:
      reportgen new my-plan.xlsx
      reportgen validate data/medway-improvement-plan.xlsx
      reportgen build data/medway-improvement-plan.xlsx --out output/

    Exit codes: 0 done, 1 build failed, 2 bad input or usage.
    """


@main.command("build")
@click.argument("workbook", type=WORKBOOK, required=False)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Folder to write the paper into.")
@click.option("--format", "fmt", type=click.Choice(["pdf", "html", "all"]), default="all",
              show_default=True, help="Which paper to write.")
@click.option("--templates", "user_templates",
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of templates or stylesheets that override the built-in ones by name.")
@click.option("--pdf-variant", type=click.Choice(list(VARIANTS)), default=DEFAULT_VARIANT,
              show_default=True,
              help="The kind of PDF: " + "; ".join(f"{v.name}: {v.about}"
                                                  for v in VARIANTS.values()) + ".")
@click.option("--strict", is_flag=True, help="Treat warnings as errors: build nothing if any.")
def build_command(workbook: Path | None, out_dir: Path, fmt: str,
                  user_templates: Path | None, pdf_variant: str, strict: bool) -> None:
    """Build the board paper for WORKBOOK (default: the Medway example).

    The paper is written as OUT/<workbook name>.pdf and .html. Each file is written whole
    and then renamed into place, so a failed build leaves the previous paper intact. The same
    workbook always gives the same bytes: the PDF is dated from the meeting date, or from
    SOURCE_DATE_EPOCH when it is set.

    \b
    Example:
      reportgen build data/medway-improvement-plan.xlsx --out output/ --format all
      reportgen build plan.xlsx --pdf-variant pdf/a-3a   # archival, workbook attached
    """
    source = workbook or _example()
    formats = FORMATS if fmt == "all" else (fmt,)
    click.echo(f"Building {source.name} ({', '.join(formats)})...", err=True)
    try:
        result = build(source, out_dir=out_dir, formats=formats, user_templates=user_templates,
                       pdf_variant=pdf_variant, dated=source_date(os.environ), strict=strict)
    except WorkbookError as exc:
        _report(exc.problems)
        raise BadInput(f"{source}: {len(exc.errors)} problem(s); nothing was written") from exc
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    except BuildError as exc:
        raise click.ClickException(str(exc)) from exc
    _report(result.warnings)
    for message in result.render_warnings:
        click.echo(f"warning: rendering: {message}", err=True)
    for path in result.outputs:
        click.echo(f"wrote {path}")


def _example() -> Path:
    try:
        return example_workbook()
    except BuildError as exc:
        raise BadInput(str(exc)) from exc


@main.command("validate")
@click.argument("workbook", type=WORKBOOK)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 2 if any).")
def validate_command(workbook: Path, strict: bool) -> None:
    """Check WORKBOOK and list every problem with its sheet and cell.

    Errors make the command exit with 2; warnings are listed but do not fail, unless --strict.

    \b
    Example:
      reportgen validate data/medway-improvement-plan.xlsx
    """
    try:
        reading = read_workbook(workbook)
    except WorkbookError as exc:
        _report(exc.problems)
        raise BadInput(
            f"{workbook}: {len(exc.errors)} error(s), {len(exc.warnings)} warning(s)"
        ) from exc
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    _report(reading.warnings)
    if strict and reading.warnings:
        raise BadInput(f"{workbook}: {len(reading.warnings)} warning(s), treated as errors "
                       "(--strict)")
    plan = reading.plan
    click.echo(
        f"{workbook}: no errors, {len(reading.warnings)} warning(s). {len(plan.recommendations)} "
        f"recommendations, {len(plan.actions)} actions, as at {plan.as_at:%d %B %Y}."
    )


@main.command("new")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--example", is_flag=True,
              help="Fill the workbook with the Medway example plan instead of leaving it blank.")
@click.option("--force", is_flag=True, help="Replace PATH if it already exists.")
def new_command(path: Path, example: bool, force: bool) -> None:
    """Write a ready-to-fill plan workbook to PATH (an .xlsx file).

    The workbook opens on a Guidance sheet that explains every sheet and column. Each sheet is
    a table with drop-down lists for ratings and other fixed choices, date checks, and RAG and
    inspection ratings coloured as in the paper. An existing file is never replaced unless
    --force is given.

    \b
    Example:
      reportgen new my-plan.xlsx
      reportgen new --example medway.xlsx
    """
    try:
        written = new_workbook(path, example=example, overwrite=force)
    except WorkbookExists as exc:
        raise BadInput(f"{exc}; choose another name, or add --force to replace it") from exc
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    what = "the Medway example plan" if example else "a blank plan workbook"
    click.echo(f"wrote {what} to {written}")
    if not example:
        click.echo(f"Fill it in, then check it with: reportgen validate {written}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
