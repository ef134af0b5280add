"""Rows as the reader holds them (Record), and the Collector that gathers every problem."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from ..errors import Problem, Severity
from . import cells

T = TypeVar("T")


@dataclass(frozen=True)
class Record:
    """One data row of a sheet (or a details sheet's fields): raw values and their cells."""

    sheet: str
    row: int
    values: Mapping[str, object]
    refs: Mapping[str, str]
    unsaved: Mapping[str, str] = field(default_factory=dict)
    """Cells holding a formula with no saved value: the formula, by column name."""
    errors: Mapping[str, str] = field(default_factory=dict)
    """Cells whose formula gave an error (#N/A, #REF! ...): the error, by column name."""
    links: Mapping[str, str] = field(default_factory=dict)
    """Cells that are hyperlinks to an http(s) or mailto address: the address, by column."""

    def cell(self, name: str) -> str:
        """The cell reference of ``name``, e.g. 'F7'; the whole row if the column is missing."""
        return self.refs.get(name) or (f"{self.row}:{self.row}" if self.row else "")


class Collector:
    """Gathers problems so one pass reports all of them."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.missing_sheet_hints: dict[str, str] = {}
        """For a sheet not found: the workbook's sheet whose name is close to it."""
        self.read_colours = False
        """Read a RAG cell's fill as its rating when the cell has no text."""
        self.ambiguous_sheets: set[str] = set()
        """Sheets matched by two of the workbook's sheets: reported once, not also as missing."""
        self.meant_columns: set[tuple[str, str]] = set()
        """Columns (sheet, column) an error says a header was meant as: what follows from
        their absence (a lead missing on every row) is not said again."""

    def error(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message))

    def warn(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def mark(self) -> int:
        """A point to ask ``failed_since`` about: how many problems there are so far."""
        return len(self.problems)

    def failed_since(self, mark: int) -> bool:
        """Whether an error was noted after ``mark``."""
        return any(p.severity is Severity.ERROR for p in self.problems[mark:])

    def value(
        self, record: Record, name: str, parse: Callable[[object], T], *, required: bool = True
    ) -> T | None:
        """Parse ``record``'s ``name`` cell, noting an empty required cell or a bad value."""
        if name not in record.refs:
            return None  # the whole column (or field) is missing: reported once, not per row
        if name in record.errors:
            self.error(record.sheet, record.cell(name),
                       f"the cell's formula gives the error {record.errors[name]}; correct the "
                       "formula (or what it refers to) in Excel or LibreOffice, or type the value")
            return None
        if name in record.unsaved:
            self.error(record.sheet, record.cell(name),
                       f"the cell holds a formula ({_short(record.unsaved[name])}) with no saved "
                       "value; open the workbook in Excel or LibreOffice and save it, or type "
                       "the value")
            return None
        raw = record.values.get(name)
        if raw is None:
            if required:
                self.error(record.sheet, record.cell(name), f"'{name}' is empty; it is required")
            return None
        try:
            return parse(raw)
        except cells.CellValueError as exc:
            self.error(record.sheet, record.cell(name), str(exc))
            return None


def _short(formula: str) -> str:
    return formula if len(formula) <= 40 else formula[:37] + "..."
