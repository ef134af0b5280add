"""The example plan: Medway YOT's improvement plan after its February 2020 HMIP inspection.

Its rows are data, kept as a document in example_plan.toml beside this module; ``reportgen new
--example`` (and ``make example``) lays them out as the committed workbook.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

EXAMPLE_PLAN = Path(__file__).resolve().parent / "example_plan.toml"


def _load() -> tuple[dict[str, dict[str, object]], dict[str, list[dict[str, object]]]]:
    """The details sheets' fields and the table sheets' rows, each by sheet name."""
    with EXAMPLE_PLAN.open("rb") as handle:
        sheets = tomllib.load(handle)
    fields = {name: value for name, value in sheets.items() if isinstance(value, dict)}
    rows = {name: value for name, value in sheets.items() if isinstance(value, list)}
    return fields, rows


FIELDS, ROWS = _load()
