"""The command line: turns flags into arguments and calls one function per command.

Exit codes: 0 done; 1 the build failed (rendering or writing); 2 bad input or usage
(a workbook with errors, a file that is not a workbook, a wrong option).

Longer than most modules because each command's options, help and example live with it here,
and its messages are worded here; the work itself is in build, batch, watch, send_requests and
collect_returns.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from .. import __version__
from ..batch import BatchOptions, build_many, collect_workbooks
from ..build import FORMATS, build, example_workbook, source_date
from ..errors import BuildError, InputError, Problem, ReportgenError, WorkbookError, listing
from ..formats.jinja_env import builtin_templates
from ..formats.pdf import DEFAULT_VARIANT, VARIANTS
from ..plan import cells
from ..plan.blank_workbook import WorkbookExists, new_workbook
from ..plan.reader import read_workbook
from ..regular_files import regular_file_problem
from ..updates.chase_list import RoundStatus, round_status
from ..updates.collect_returns import CollectResult, collect
from ..updates.leads import references
from ..updates.request_form import DEFAULT_LEAD_DAYS, long_date
from ..updates.send_requests import RequestsResult, write_requests
from ..watch import Watcher, watch

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class BadInput(click.ClickException):
    """The input cannot be used: exit code 2."""

    exit_code = EXIT_BAD_INPUT


def _report(problems: tuple[Problem, ...] | list[Problem], *, workbook: str = "") -> None:
    """Print each problem; in a batch, ``workbook`` says whose it is."""
    whose = f"{workbook}: " if workbook else ""
    for problem in listing(problems):  # many of one kind: the first few and a count
        label = "warning" if problem.severity.value == "warning" else "error"
        click.echo(f"{label}: {whose}{problem}", err=True)


class FilePath(click.Path):
    """click's Path, which also refuses in a sentence what is not a regular file to read: a
    named pipe (never opened, as opening one waits for ever), a device, a link that leads
    nowhere or round in a loop, a path too long, a file one may not read."""

    def __init__(self, what: str, *, folder_ok: bool = False) -> None:
        super().__init__(exists=True, dir_okay=folder_ok, path_type=Path)
        self.what, self.folder_ok = what, folder_ok

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> object:
        if isinstance(value, (str, os.PathLike)):
            problem = regular_file_problem(Path(value), self.what, folder_ok=self.folder_ok)
            try:
                os.lstat(value)
            except FileNotFoundError:
                problem = None  # click says so itself: "does not exist"
            except OSError:
                pass
            if problem and not os.path.isdir(value):  # a folder: click says "is a directory"
                self.fail(problem, param, ctx)
        return super().convert(value, param, ctx)


WORKBOOK = FilePath("workbook")


@contextmanager
def _failures(nothing_written: Callable[[int], str]) -> Iterator[None]:
    """reportgen's errors as click's: a workbook's problems listed and ``nothing_written(count)``
    said, exit 2 for bad input; exit 1 for a failure to build or write."""
    try:
        yield
    except WorkbookError as exc:
        _report(exc.problems)
        raise BadInput(nothing_written(len(exc.errors))) from exc
    except WorkbookExists as exc:
        raise BadInput(f"{exc}; choose another name, or add --force to replace it") from exc
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    except BuildError as exc:
        raise click.ClickException(str(exc)) from exc


def paper_options(command: Callable) -> Callable:
    """--out, --format, --templates and --docx-template: what build and watch share."""
    for option in reversed((
        click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                     default=Path("output"), show_default=True,
                     help="Folder to write the paper into."),
        click.option("--format", "fmt", type=click.Choice([*FORMATS, "all"]),
                     default="all", show_default=True,
                     help="Which paper to write (docx: Word)."),
        click.option("--templates", "user_templates",
                     type=click.Path(exists=True, file_okay=False, path_type=Path),
                     help="Folder of templates or stylesheets that override the built-in ones "
                          "by name."),
        click.option("--docx-template", type=FilePath("Word template"),
                     help="A council's Word template (.docx or .dotx) for the Word paper: its "
                          "styles, page header and footer (with its logo). See docs/word.md."),
    )):
        command = option(command)
    return command


class _Command(click.Command):
    """A command whose "no such option" says when the option was a file named with a '-'."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        typed = list(args)
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            hint = _dash_file_hint(ctx, typed)
            if not hint:
                raise
            raise click.UsageError(f"{exc.format_message().rstrip('.')}: {hint}", ctx) from exc


def _looks_like_file(arg: str) -> bool:
    """Whether ``arg``, read as an option, was more likely meant as a file's name."""
    if not arg.startswith("-") or arg == "-" or "=" in arg:
        return False
    return os.path.lexists(arg) or "/" in arg or os.sep in arg or Path(arg).suffix != ""


def _dash_file_hint(ctx: click.Context, typed: list[str]) -> str | None:
    """How to name the file that click read as an option, with the command to type."""
    names = [arg for arg in typed if _looks_like_file(arg)]
    if not names or "--" in typed:
        return None
    takes_value = {opt for param in ctx.command.params if isinstance(param, click.Option)
                   and not param.is_flag and not param.count for opt in param.opts}
    options: list[str] = []
    files: list[str] = []
    arguments = iter(typed)
    for arg in arguments:
        if arg.startswith("-") and not _looks_like_file(arg):
            options.append(arg)
            if arg in takes_value:
                options.append(next(arguments, ""))
        else:
            files.append(arg)
    command = " ".join([ctx.command_path, *options, "--", *files])
    return (f"{names[0]!r} starts with '-', so it was read as an option; to name a file that "
            f"starts with '-', put -- before it: {command}")


class _Commands(click.Group):
    """reportgen's commands: a name read as an option gets a hint, and the system's refusals
    (a path too long, a folder one may not write to, a full disk) are a sentence, not a
    traceback."""

    command_class = _Command

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except OSError as exc:
            raise _system_refusal(exc) from exc


def _system_refusal(exc: OSError) -> click.ClickException:
    """The OSError a command met, as one sentence naming the path and what to do."""
    where = f"{exc.filename}: " if exc.filename else ""
    advice = {
        errno.ENAMETOOLONG: ("the path is too long for this system; choose a shorter folder or "
                             "file name", EXIT_BAD_INPUT),
        errno.ENOTDIR: ("part of the path is a file, not a folder; check the path",
                        EXIT_BAD_INPUT),
        errno.ENOENT: ("no such file or folder; check the path", EXIT_BAD_INPUT),
        errno.ELOOP: ("a symbolic link in the path leads round in a loop; check the path",
                      EXIT_BAD_INPUT),
        errno.EISDIR: ("is a folder; name a file", EXIT_BAD_INPUT),
        errno.EACCES: ("permission denied; choose a folder you may write to, or ask for access",
                       EXIT_BAD_INPUT),
        errno.EPERM: ("not permitted; choose a folder you may write to, or ask for access",
                      EXIT_BAD_INPUT),
        errno.EROFS: ("the disk is read-only; choose a folder you may write to",
                      EXIT_BAD_INPUT),
        errno.ENOSPC: ("the disk is full; free some space and run the command again",
                       EXIT_FAILED),
    }
    words, code = advice.get(exc.errno, (f"{exc.strerror or exc}", EXIT_FAILED))
    refusal = click.ClickException(f"{where}{words}")
    refusal.exit_code = code
    return refusal


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn a youth justice improvement plan kept in Excel into board papers (PDF, HTML, Word).

    \b
    Example:
      reportgen new my-plan.xlsx
      reportgen validate data/medway-improvement-plan.xlsx
      reportgen build data/medway-improvement-plan.xlsx --out output/
      reportgen requests plan.xlsx --out requests/
      reportgen status plan.xlsx returns/ --reminders reminders/
      reportgen collect plan.xlsx returns/*.xlsx --out plan-updated.xlsx

    Exit codes: 0 done, 1 build failed, 2 bad input or usage.
    """


@main.command("build")
@click.argument("workbooks", metavar="[WORKBOOK|FOLDER]...", nargs=-1,
                type=FilePath("workbook", folder_ok=True))
@paper_options
@click.option("--pdf-variant", type=click.Choice(list(VARIANTS)), default=DEFAULT_VARIANT,
              show_default=True,
              help="The kind of PDF: " + "; ".join(f"{v.name}: {v.about}"
                                                  for v in VARIANTS.values()) + ".")
@click.option("--strict", is_flag=True, help="Treat warnings as errors: build nothing if any.")
@click.option("--read-colours", is_flag=True,
              help="Read a RAG cell that has no text but a red, amber, green or blue fill as "
                   "that rating (without it, such cells are warnings).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Papers to build at once when given several workbooks or a folder "
                   "[default: the number of cores].")
def build_command(workbooks: tuple[Path, ...], out_dir: Path, fmt: str,
                  user_templates: Path | None, docx_template: Path | None, pdf_variant: str,
                  strict: bool, read_colours: bool, jobs: int | None) -> None:
    """Build the board paper for each WORKBOOK (default: the Medway example).

    Each paper is written as OUT/<workbook name>.pdf, .html and .docx (Word). The files are
    written whole and then renamed into place together, so a failed build leaves the previous
    paper intact. The same workbook always gives the same bytes: the PDF and the Word paper are
    dated from the meeting date, or from SOURCE_DATE_EPOCH when it is set.

    Given several workbooks or a folder of them, the papers are built side by side (--jobs),
    with a progress bar; one bad workbook does not stop the others, and a summary names every
    failure.

    \b
    Example:
      reportgen build data/medway-improvement-plan.xlsx --out output/ --format all
      reportgen build plan.xlsx --pdf-variant pdf/a-3a   # archival, workbook attached
      reportgen build plan.xlsx --format docx --docx-template council.dotx
      reportgen build plans/ --out papers/ --jobs 2      # every workbook in plans/
    """
    formats = FORMATS if fmt == "all" else (fmt,)
    try:
        dated = source_date(os.environ)
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    if len(workbooks) > 1 or (workbooks and workbooks[0].is_dir()):
        options = BatchOptions(out_dir, formats, user_templates, pdf_variant, dated, strict,
                               read_colours, docx_template)
        _build_batch(list(workbooks), options, jobs)
        return
    source = workbooks[0] if workbooks else _example()
    click.echo(f"Building {source.name} ({', '.join(formats)})...", err=True)
    with _failures(lambda count: f"{source}: {count} problem(s); nothing was written"):
        result = build(source, out_dir=out_dir, formats=formats, user_templates=user_templates,
                       pdf_variant=pdf_variant, dated=dated, strict=strict,
                       read_colours=read_colours, docx_template=docx_template)
    _report(result.warnings)
    for message in result.render_warnings:
        click.echo(f"warning: rendering: {message}", err=True)
    for message in result.template_warnings:
        click.echo(f"warning: {message}", err=True)
    for path in result.outputs:
        click.echo(f"wrote {path}")


def _build_batch(paths: list[Path], options: BatchOptions, jobs: int | None) -> None:
    try:
        workbooks = collect_workbooks(paths)
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    if not workbooks:
        raise BadInput(f"{', '.join(map(str, paths))}: no workbooks (.xlsx, .xlsm) to build")
    papers = "paper" if len(workbooks) == 1 else "papers"
    with click.progressbar(length=len(workbooks), label=f"Building {len(workbooks)} {papers}",
                           file=sys.stderr, show_pos=True) as bar:
        outcomes = build_many(workbooks, options, jobs=jobs, progress=lambda _: bar.update(1))
    failed = [o for o in outcomes if not o.ok]
    for outcome in outcomes:
        _report(outcome.warnings, workbook=outcome.workbook.name)
        for note in outcome.notes:
            click.echo(f"warning: {outcome.workbook.name}: {note}", err=True)
    papers = "paper" if len(outcomes) == 1 else "papers"
    click.echo(f"built {len(outcomes) - len(failed)} of {len(outcomes)} {papers} into "
               f"{options.out_dir}")
    if failed:
        click.echo(f"{len(failed)} failed:", err=True)
        for outcome in failed:
            click.echo(f"  {outcome.workbook}: {outcome.error}", err=True)
            for problem in listing(outcome.problems):
                click.echo(f"    {problem.severity.value}: {problem}", err=True)
        code = EXIT_BAD_INPUT if all(o.bad_input for o in failed) else EXIT_FAILED
        raise SystemExit(code)


@main.command("watch")
@click.argument("workbook", type=WORKBOOK, required=False)
@paper_options
@click.option("--interval", type=click.FloatRange(min=0.05), default=0.5, show_default=True,
              help="Seconds between looks at the files.")
def watch_command(workbook: Path | None, out_dir: Path, fmt: str, user_templates: Path | None,
                  docx_template: Path | None, interval: float) -> None:
    """Rebuild the paper whenever WORKBOOK or a template changes; stop with Ctrl+C.

    A change counts once the file has stopped changing (a save in progress is not read
    half-way), and Excel's ~$ lock files are ignored. Problems in the workbook are listed and
    the previous paper is kept until they are fixed. The renderer stays loaded, so a rebuild
    costs much less than a first build.

    \b
    Example:
      reportgen watch data/medway-improvement-plan.xlsx --out output/ --format html
    """
    source = workbook or _example()
    formats = FORMATS if fmt == "all" else (fmt,)
    folders = [builtin_templates(), *([user_templates] if user_templates else [])]

    def rebuild(*, first: bool = False) -> None:
        # The HTML first: it is ready in a fraction of a second, the others take longer.
        for part in [(fmt,) for fmt in sorted(formats, key=lambda fmt: fmt != "html")]:
            if not rebuild_once(source, first=first, out_dir=out_dir, formats=part,
                                user_templates=user_templates, docx_template=docx_template):
                return

    rebuild(first=True)
    click.echo(f"Watching {source} and the templates; press Ctrl+C to stop.", err=True)
    try:
        watch(Watcher(source, folders), rebuild, interval=interval)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


def rebuild_once(source: Path, *, first: bool = False, **options) -> bool:
    """One build for watch (its ``first``, or a rebuild): report what happened and carry on
    whatever it was."""
    started = time.perf_counter()
    built = "built" if first else "rebuilt"
    kept = "any paper already there is kept" if first else "the previous paper is kept"
    try:
        result = build(source, dated=source_date(os.environ), **options)
    except WorkbookError as exc:
        _report(exc.problems)
        click.echo(f"not {built}: {len(exc.errors)} problem(s) in {source.name}; {kept}. Fix "
                   "them and save again.", err=True)
        return False
    except ReportgenError as exc:
        click.echo(f"not {built}: {exc}", err=True)
        click.echo(f"{kept}; still watching: save the file again once it is fixed", err=True)
        return False
    _report(result.warnings)
    for message in (*result.render_warnings, *result.template_warnings):
        click.echo(f"warning: {message}", err=True)
    names = ", ".join(p.name for p in result.outputs)
    click.echo(f"{built} {names} in {time.perf_counter() - started:.1f} s", err=True)
    return True


def _example() -> Path:
    try:
        return example_workbook()
    except BuildError as exc:
        raise BadInput(str(exc)) from exc


@main.command("validate")
@click.argument("workbook", type=WORKBOOK)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 2 if any).")
@click.option("--read-colours", is_flag=True,
              help="Read a RAG cell that has no text but a red, amber, green or blue fill as "
                   "that rating (without it, such cells are warnings).")
def validate_command(workbook: Path, strict: bool, read_colours: bool) -> None:
    """Check WORKBOOK and list every problem with its sheet and cell.

    Errors make the command exit with 2; warnings are listed but do not fail, unless --strict.

    \b
    Example:
      reportgen validate data/medway-improvement-plan.xlsx
    """
    try:
        reading = read_workbook(workbook, read_colours=read_colours)
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
    except BuildError as exc:
        raise click.ClickException(str(exc)) from exc
    what = "the Medway example plan" if example else "a blank plan workbook"
    click.echo(f"wrote {what} to {written}")
    if not example:
        click.echo(f"Fill it in, then check it with: reportgen validate {written}")


class DateParam(click.ParamType):
    """A date typed as officers type one in the workbook: day first."""

    name = "DATE"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return cells.parse_date(value)
        except cells.CellValueError as exc:
            self.fail(str(exc), param, ctx)


@main.command("requests")
@click.argument("plan", type=WORKBOOK)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder to write the requests into, one workbook per lead.")
@click.option("--lead-days", type=click.IntRange(min=0, max=100), default=DEFAULT_LEAD_DAYS,
              show_default=True,
              help="Working days (Monday to Friday) before the meeting that returns are due.")
@click.option("--meeting", type=DateParam(), default=None,
              help="The meeting the updates are for, if not the Paper sheet's meeting date: a "
                   "later meeting on the Meetings sheet, e.g. 08/06/2021.")
@click.option("--force", is_flag=True,
              help="Replace requests already in --out (a lead's saved return among them).")
def requests_command(plan: Path, out_dir: Path, lead_days: int, meeting: date | None,
                     force: bool) -> None:
    """Write an update request for each lead with open actions in PLAN.

    Each lead gets OUT/<lead's name>.xlsx: a "What to do" sheet saying whose actions these
    are, which meeting they are for and when to return them, and an "Updates" sheet with one
    row per open action (not Complete and not closed by the board) to fill in. Leads with
    nothing open get no file. Send the files out; collect the returns with `reportgen collect`.
    The same plan always gives the same files. If any of them is already in --out, nothing is
    written unless --force is given.

    \b
    Example:
      reportgen requests data/medway-improvement-plan.xlsx --out requests/
      reportgen requests plan.xlsx --out requests/ --meeting 08/06/2021 --lead-days 15
    """
    with _failures(lambda count: f"{plan}: {count} problem(s); no request was written"):
        result = write_requests(plan, out_dir=out_dir, lead_days=lead_days, meeting=meeting,
                                dated=source_date(os.environ), force=force)
    _report(result.warnings)
    _say_requests(result)


def _say_requests(result: RequestsResult) -> None:
    if result.later_updates:
        click.echo(f"note: the requests show each action as at the Paper sheet's meeting date; "
                   f"{result.later_updates} update(s) in the log dated after it are not shown. "
                   "Set that date to the next meeting's to show them", err=True)
    for request in result.written:
        click.echo(f"wrote {request.path} for {request.lead} "
                   f"({', '.join(request.references)})")
        if request.draft is not None:
            click.echo(f"  and {request.draft}: an email draft that sends it, to open and send")
    if not result.written:
        click.echo("no lead has an open action: no request was written")
    else:
        click.echo(f"{len(result.written)} request(s) for the meeting on "
                   f"{long_date(result.meeting)}, to return by {long_date(result.return_by)}")
    if len(result.without_open) == 1:
        click.echo(f"no request for {result.without_open[0]}: nothing open")
    elif result.without_open:
        # One lead a line: a lead's name may itself hold 'and' or a comma ('Chair and YJPB').
        click.echo(f"no request for these {len(result.without_open)} leads, who have nothing "
                   "open:")
        for lead in result.without_open:
            click.echo(f"  {lead}")
    if result.unled:
        click.echo(f"no request for {', '.join(result.unled)}: open, but with no lead on the "
                   "Actions sheet")


@main.command("collect")
@click.argument("plan", type=WORKBOOK)
@click.argument("returns", nargs=-1, required=True, type=WORKBOOK)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The new copy of the plan to write (never the plan itself).")
@click.option("--force", is_flag=True, help="Replace --out if it already exists.")
@click.option("--take-overtyped", is_flag=True,
              help="Where a lead typed over a read-only cell and the meaning is plain (a "
                   "rating over Current RAG with New RAG empty, news over Latest update with "
                   "Commentary empty, a date over Latest update dated with Date of update "
                   "empty, a timescale and its reason over Due with none proposed), take it as "
                   "if typed where it belongs.")
def collect_command(plan: Path, returns: tuple[Path, ...], out: Path, force: bool,
                    take_overtyped: bool) -> None:
    """Add the updates in the returned RETURNS to a new copy of PLAN, written to --out.

    Each update goes into the Progress sheet, dated as the lead dated it (else the day the
    return was last saved) with the lead as "Updated by"; each proposed timescale goes into
    the Revisions sheet as Proposed, for the board to agree: it moves no deadline until
    then. PLAN itself is never changed. Every problem in the returns is listed
    at once, with its file and cell, and then nothing is written. Updates already in the plan
    are not added again, so collecting the same returns into the new copy adds nothing.
    PLAN may have changed since the requests were written: only where it changed the same
    thing as a return (an update of the same action and day, a revision of the same action,
    the action deleted or given another lead) is the return refused. Every read-only cell a
    lead typed over is named, with where it belongs.

    \b
    Example:
      reportgen collect plan.xlsx returns/*.xlsx --out plan-march.xlsx
      reportgen build plan-march.xlsx --out output/
    """
    with _failures(lambda count: f"{count} problem(s) in the returns or the plan; nothing "
                                 "was written"):
        result = collect(plan, returns, out=out, force=force, take_overtyped=take_overtyped)
    _say_collected(result, plan)


def _say_collected(result: CollectResult, plan: Path) -> None:
    collection = result.collection
    _report(collection.warnings)
    _report(result.warnings)
    for outcome in collection.outcomes:
        if outcome.same_file_as:
            click.echo(f"{outcome.origin}: the same file as {outcome.same_file_as}; read once")
            continue
        said = [f"{outcome.updates} update(s)" if outcome.updates else "",
                f"{outcome.revisions} proposed timescale(s)" if outcome.revisions else "",
                f"{outcome.already} already in the plan, not added again" if outcome.already
                else ""]
        said = [part for part in said if part] or [
            f"nothing in the cells to fill in, but {outcome.typed_over} cell(s) typed over, "
            "named above" if outcome.typed_over else "nothing filled in"]
        click.echo(f"{outcome.origin} ({outcome.lead}): {', '.join(said)}")
        if outcome.proposed_complete:
            click.echo(f"  proposed as complete, for the board to close: "
                       f"{', '.join(outcome.proposed_complete)}")
    if collection.not_returned:
        click.echo("not returned: " + "; ".join(
            f"{lead.lead} ({references(lead.actions)})" for lead in collection.not_returned))
    if result.written is None:
        click.echo(f"nothing to add: these returns hold nothing that {plan} does not already "
                   "hold; nothing was written")
        return
    if result.lost:
        click.echo(f"warning: {plan.name} holds {', '.join(result.lost)}, which the copy does "
                   "not keep (see docs/workbook.md); copy them over by hand if they are needed",
                   err=True)
    if result.formula_values:
        click.echo(f"note: {result.formula_values} formula cell(s) keep their formulas but not "
                   "their saved values; Excel and LibreOffice work them out again on opening",
                   err=True)
    click.echo(f"wrote {result.written}: {len(collection.updates)} update(s) and "
               f"{len(collection.revisions)} proposed timescale(s) added to the plan"
               + ("; the paper asks the board to agree the proposed timescales"
                  if collection.revisions else ""))


@main.command("status")
@click.argument("plan", type=WORKBOOK)
@click.argument("returns_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--as-at", type=DateParam(), default=None,
              help="The day to judge 'overdue' at, e.g. 24/02/2021. Default: today.")
@click.option("--requests", "requests_dir",
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The folder `reportgen requests` wrote: each lead's return-by date is read "
                   "from their request, and the request is attached to their reminder.")
@click.option("--reminders", "reminders_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write a reminder email draft (.eml) into for each lead who has "
                   "not returned (needs the Leads sheet's emails); drafts already there are "
                   "replaced.")
@click.option("--meeting", type=DateParam(), default=None,
              help="The meeting the updates are for, as given to `reportgen requests`.")
@click.option("--lead-days", type=click.IntRange(min=0, max=100), default=DEFAULT_LEAD_DAYS,
              show_default=True,
              help="As given to `reportgen requests`: used for the return-by date only when no "
                   "request or return says it.")
def status_command(plan: Path, returns_dir: Path, as_at: date | None,
                   requests_dir: Path | None, reminders_dir: Path | None,
                   meeting: date | None, lead_days: int) -> None:
    """List who has returned their update request for PLAN's meeting, and who to chase.

    Every lead with open actions is listed: returned (a return of their request is in
    RETURNS_DIR, matched by the lead and meeting its request names), or not returned, and
    overdue when the day is after the return-by date. Unlike the paper, which is worked out as
    at the meeting date, this list is about now: it is made as at today, or --as-at. Nothing
    is sent: --reminders writes email drafts to open and send. Then collect the returns with
    `reportgen collect`.

    Exit codes: 0 the list was made (whoever is outstanding); 1 the reminders could not be
    written; 2 bad input (the plan has errors, a folder is missing).

    \b
    Example:
      reportgen status plan.xlsx returns/
      reportgen status plan.xlsx returns/ --requests requests/ --reminders reminders/
    """
    # The one place reportgen reads the clock: chasing is about today, not the meeting date.
    day = as_at or date.today()
    with _failures(lambda count: f"{plan}: {count} problem(s); no list was made"):
        result = round_status(plan, returns_dir, as_at=day, meeting=meeting,
                              lead_days=lead_days, requests_dir=requests_dir,
                              reminders_dir=reminders_dir)
    _report(result.warnings)
    _report(result.notes)
    _say_status(result)


def _say_status(result: RoundStatus) -> None:
    click.echo(f"updates for the {result.meeting_name} on {long_date(result.meeting)}, due by "
               f"{long_date(result.return_by)}; as at {long_date(result.as_at)}")
    for lead in result.leads:
        actions = f"{lead.lead} ({references(lead.references)})"
        if lead.returned:
            saved = f", saved {lead.saved:%d/%m/%Y}" if lead.saved else ""
            late = " (after the return-by date)" if lead.late else ""
            click.echo(f"returned: {actions}: {', '.join(str(p) for p in lead.returns)}"
                       f"{saved}{late}")
            continue
        state = "not returned, overdue" if lead.overdue else "not returned"
        due = f"due {long_date(lead.return_by)}"
        email = f"; {lead.email}" if lead.email else ""
        click.echo(f"{state}: {actions}, {due}{email}")
        if lead.reminder is not None:
            click.echo(f"  wrote {lead.reminder}: a reminder to open and send")
    outstanding = result.outstanding
    overdue = sum(lead.overdue for lead in outstanding)
    click.echo(f"{len(result.leads) - len(outstanding)} of {len(result.leads)} lead(s) "
               f"returned; {len(outstanding)} not returned"
               + (f", {overdue} of them overdue" if overdue else ""))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
