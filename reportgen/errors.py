"""reportgen's errors: one base class, and a workbook error that carries every problem found."""

from __future__ import annotations

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
            + "\n".join(f"  {p}" for p in errors)
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
