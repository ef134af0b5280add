"""Dates and numbers as the paper prints them, in the paper's language.

Everything is formatted when it is printed, never stored as text in the model: a date stays a
``date`` until a writer asks for its words here.
"""

from __future__ import annotations

from datetime import date


def long_date(value: date | None) -> str:
    """A date as a board paper writes it: 1 June 2020 (nothing for no date)."""
    return f"{value.day} {value:%B %Y}" if value else ""


def month_year(value: date) -> str:
    """A meeting as a chart or the table over time labels it: Jun 2020."""
    return f"{value:%b %Y}"


def percent(value: int) -> str:
    """A whole percentage as printed: 45%."""
    return f"{value}%"


__all__ = ["long_date", "month_year", "percent"]
