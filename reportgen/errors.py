"""reportgen's errors: one base class, and a workbook error that carries every problem found."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    """Errors stop a build; warnings are reported and the build goes on."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the workbook, and where: ``Actions!F7`` or a whole sheet."""

    sheet: str
    cell: str | None
    message: str
    severity: Severity = Severity.ERROR

    @property
    def where(self) -> str:
        """The location as a spreadsheet reference, e.g. ``Actions!F7``."""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


LISTED = 10
"""Of many problems of one kind, how many are listed before the rest are counted."""


@dataclass(frozen=True)
class MoreLikeIt:
    """In a listing, the problems of one kind not listed one by one: how many, and where."""

    count: int
    where: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        rows = "row" if self.count == 1 else "rows"
        return f"and {self.count:,} more {rows} like it" + (f": {self.where}" if self.where else "")


def listing(problems: Iterable[Problem], *, listed: int = LISTED) -> list[Problem | MoreLikeIt]:
    """``problems`` as a person reads them: of each kind (the same sheet, column and message,
    whatever the cell held), the first ``listed`` in order and then a count of the rest with the
    cells they span ("and 19,990 more rows like it: Updates!I6:I20005").

    Every problem is still in the list given; only the listing is shortened.
    """
    problems = list(problems)
    kinds: dict[tuple, list[Problem]] = {}
    for problem in problems:
        kinds.setdefault(_kind(problem), []).append(problem)
    shown: list[Problem | MoreLikeIt] = []
    seen: dict[tuple, int] = {}
    for problem in problems:
        kind = _kind(problem)
        seen[kind] = seen.get(kind, 0) + 1
        group = kinds[kind]
        if seen[kind] <= listed:
            shown.append(problem)
        if seen[kind] == listed and len(group) > listed:
            shown.append(MoreLikeIt(len(group) - listed, _span(group), problem.severity))
    return shown


_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")
_ROW = re.compile(r"^(\d+):\1$")
# What a message says of the cell's own value: quoted text (not an apostrophe inside a word)
# and numbers (references such as 1A, dates, counts).
_QUOTED = re.compile(r"""(?<!\w)'(?:[^'\\]|\\.)*'(?!\w)|"(?:[^"\\]|\\.)*"(?!\w)""")
_NUMBER = re.compile(r"\d+")


def _column(cell: str | None) -> tuple[str | None, int | None]:
    """The column letters and the row of a one-cell reference ('I6'), or of a whole row."""
    if cell is None:
        return None, None
    match = _CELL.match(cell)
    if match:
        return match.group(1), int(match.group(2))
    match = _ROW.match(cell)
    if match:
        return "", int(match.group(1))
    return cell, None  # a range or a name: its own kind


def _kind(problem: Problem) -> tuple:
    column, _ = _column(problem.cell)
    template = _NUMBER.sub("#", _QUOTED.sub("'…'", problem.message))
    return problem.severity, problem.sheet, column, template


def _span(group: list[Problem]) -> str:
    """The cells a group of one kind spans, as a spreadsheet range ('Updates!I6:I20005')."""
    column, _ = _column(group[0].cell)
    rows = [row for _, row in map(_column, (p.cell for p in group)) if row is not None]
    if not rows:
        return group[0].where
    first, last = min(rows), max(rows)
    if column:
        return f"{group[0].sheet}!{column}{first}:{column}{last}"
    return f"{group[0].sheet}!{first}:{last}"


class ReportgenError(Exception):
    """Base class of every error reportgen raises on purpose."""


class InputError(ReportgenError):
    """The input cannot be used at all (not a workbook, unreadable, not found)."""


class TemplatesError(InputError):
    """A mistake in the council's own templates folder (--templates): the file, line and fix."""


class WorkbookError(ReportgenError):
    """The workbook has errors; carries every problem found, warnings included."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        errors = self.errors
        super().__init__(
            f"{len(errors)} problem{'s' if len(errors) != 1 else ''} in the workbook:\n"
            + "\n".join(f"  {p}" for p in listing(errors))
        )

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that stop a build."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems reported without stopping."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


class BuildError(ReportgenError):
    """The paper could not be rendered or written."""
