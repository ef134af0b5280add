"""The inspection frameworks reportgen knows, read from frameworks.toml beside this module."""

from __future__ import annotations

import difflib
import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from ..model import Band, Framework, FrameworkStandard, Rating, ScoringRule

FRAMEWORKS_FILE = Path(__file__).resolve().parent / "frameworks.toml"
OTHER = "other"
"""The framework of an inspection reportgen does not know: the Ratings sheet says what it rates."""


@cache
def frameworks() -> dict[str, Framework]:
    """Every framework, by its key, in the file's order."""
    with FRAMEWORKS_FILE.open("rb") as handle:
        tables = tomllib.load(handle)
    return {key: _framework(key, table) for key, table in tables.items()}


def _rating(label: str) -> Rating:
    return next(r for r in Rating if r.value.casefold() == label.casefold())


def _framework(key: str, table: dict) -> Framework:
    scoring = None
    if table["overall"] == "points":
        scoring = ScoringRule(
            points=tuple((_rating(label), points) for label, points in table["points"].items()),
            bands=tuple(Band(low, high, _rating(label)) for low, high, label in table["bands"]),
        )
    elif table["overall"] != "published":
        raise ValueError(f"frameworks.toml: [{key}] overall must be 'points' or 'published'")
    return Framework(
        key=key,
        name=table["name"],
        source=table["source"],
        inspectorate=table["inspectorate"],
        standards=tuple(FrameworkStandard(number, name, domain, scored)
                        for number, name, domain, scored in table["standards"]),
        scoring=scoring,
        starts=table.get("starts"),
        ends=table.get("ends"),
    )


def for_inspection(start: date) -> Framework:
    """The framework an inspection starting on ``start`` falls in; 'other' if none."""
    return next((f for f in frameworks().values() if f.covers(start)), frameworks()[OTHER])


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.casefold())


def find(text: str) -> Framework | None:
    """The framework named by ``text``: its key (hmip-2021), its year (2021) or its name."""
    wanted = _key(text)
    for framework in frameworks().values():
        names = {_key(framework.key), _key(framework.name)}
        year = re.search(r"\d{4}$", framework.key)
        if year:
            names |= {year.group(0), _key(f"hmip {year.group(0)}")}
        if framework.key == OTHER:
            names |= {"custom", "local", "none"}
        if wanted in names:
            return framework
    return None


def nearest(text: str) -> str | None:
    """The key of the framework whose key looks most like ``text``, if one is close."""
    close = difflib.get_close_matches(text.casefold().strip(), list(frameworks()), n=1,
                                      cutoff=0.6)
    return close[0] if close else None
