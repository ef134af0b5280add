"""Writing a workbook from rows keyed by the schema's column names (the example plan)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from . import schema
from .xlsx import write_workbook


def workbook_sheets(
    fields: Mapping[str, Mapping[str, object]],
    rows: Mapping[str, Sequence[Mapping[str, object]]],
) -> list[tuple[str, tuple[str, ...], list[list[object]]]]:
    """Sheets as (name, headers, rows) in the schema's order, leaving out absent optional ones."""
    sheets = []
    for sheet in schema.SHEETS:
        if sheet.details:
            values = fields.get(sheet.name, {})
            body = [[c.name, values.get(c.name)] for c in sheet.columns if c.name in values]
            sheets.append((sheet.name, schema.DETAIL_HEADERS, body))
        elif sheet.name in rows or sheet.required:
            headers = tuple(c.name for c in sheet.columns)
            body = [[row.get(h) for h in headers] for row in rows.get(sheet.name, ())]
            sheets.append((sheet.name, headers, body))
    return sheets


def write_example(path: Path) -> None:
    """Write the Medway example plan to ``path``."""
    from .example_plan import FIELDS, ROWS

    write_workbook(Path(path), workbook_sheets(FIELDS, ROWS),
                   title=str(FIELDS["Paper"]["Plan title"]))
