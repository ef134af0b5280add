"""The inspection frameworks reportgen knows, read from frameworks.toml beside this module."""

from __future__ import annotations

import difflib
import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from .model import Band, Framework, FrameworkStandard, Rating, ScoringRule

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
    if "areas" in table:
        standards = tuple(FrameworkStandard("", name, "", False) for name in table["areas"])
    else:
        standards = tuple(FrameworkStandard(number, name, domain, scored)
                          for number, name, domain, scored in table["standards"])
    return Framework(
        key=key,
        name=table["name"],
        source=table["source"],
        inspectorate=table["inspectorate"],
        standards=standards,
        scoring=scoring,
        starts=table.get("starts"),
        ends=table.get("ends"),
        numbered="areas" not in table,
        also=tuple(table.get("also", ())),
    )


def for_inspection(start: date) -> Framework:
    """The framework an inspection starting on ``start`` falls in; 'other' if none."""
    return next((f for f in frameworks().values() if f.covers(start)), frameworks()[OTHER])


def _key(text: str) -> str:
    """``text`` as the Framework field compares it: case, spacing and punctuation aside, and
    'The' or 'HMIP' before it (HMI Probation and HM Inspectorate of Probation are HMIP)."""
    plain = " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())
    plain = re.sub(r"(?<=[a-z])(?=[0-9])", " ", plain)  # 'hmip2025' is 'hmip 2025'
    plain = re.sub(r"\b(hm inspectorate of probation|hmi probation)\b", "hmip", plain)
    plain = re.sub(r"^(the )?(hmip( s)? )?", "", plain + " ").strip()
    return plain.replace(" ", "")


def names(framework: Framework) -> tuple[str, ...]:
    """Everything the Framework field takes for ``framework``: its key, its name, the others."""
    return (framework.key, framework.name, *framework.also)


def accepted() -> str:
    """What the Framework field takes besides the keys, in words, for the Guidance sheet."""
    listed = "; ".join(f"for {f.key}: " + ", ".join(f"'{name}'" for name in (f.name, *f.also))
                       for f in frameworks().values())
    return ("one of its names, whatever the case, spacing and punctuation, with or without "
            "'The' or 'HMIP' ('HMI Probation', 'HM Inspectorate of Probation') before it: "
            f"{listed}")


def find(text: str) -> Framework | None:
    """The framework named by ``text``: its key (hmip-2021), its name or another of its names
    (2021 framework), compared as ``_key`` does."""
    wanted = _key(text)
    return next((framework for framework in frameworks().values()
                 if wanted in {_key(name) for name in names(framework)}), None)


def nearest(text: str) -> Framework | None:
    """The framework one of whose names looks most like ``text``, else the one whose years
    hold a year ``text`` names; None if neither."""
    by_name = {_key(name): framework for framework in frameworks().values()
               for name in names(framework)}
    close = difflib.get_close_matches(_key(text), list(by_name), n=1, cutoff=0.6)
    if close:
        return by_name[close[0]]
    year = re.search(r"\b(19|20)\d\d\b", text)
    if year:
        framework = for_inspection(date(int(year.group(0)), 12, 31))
        if framework.key != OTHER:
            return framework
    return None
