"""Dates and numbers as the paper prints them, in the paper's language (Babel's CLDR data).

Everything is formatted when it is printed, never stored as text in the model: a date stays a
``date`` until a writer asks for its words here.
"""

from __future__ import annotations

from datetime import date

from babel import Locale
from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal, format_percent

from . import language

# English is CLDR's 'en', whose short months are 'Sep' as the paper has always printed them
# ('en_GB' abbreviates September to 'Sept'); the paper's own patterns below write dates in the
# British order whatever the locale's default order is.
_LOCALES = {"en": "en"}


def locale() -> Locale:
    """The CLDR locale of the paper's language."""
    code = language()
    return Locale.parse(_LOCALES.get(code, code))


def long_date(value: date | None) -> str:
    """A date as a board paper writes it: 1 June 2020 (nothing for no date)."""
    return format_date(value, "d MMMM y", locale=locale()) if value else ""


def month_year(value: date) -> str:
    """A meeting as a chart or the table over time labels it: Jun 2020."""
    return format_date(value, "MMM y", locale=locale())


def short_date(value: date) -> str:
    """A date where room is short, as a chart labels the meeting: 9 Sep 2021."""
    return format_date(value, "d MMM y", locale=locale())


def short_month(month: int) -> str:
    """A month's short name, as a chart's axis labels it: Jan for 1."""
    return get_month_names("abbreviated", locale=locale())[month]


def number(value: int) -> str:
    """A whole number as printed: 1,234."""
    return format_decimal(value, "#,##0", locale=locale())


def percent(value: int) -> str:
    """A whole percentage as printed: 45%."""
    return format_percent(value / 100, "#,##0%", locale=locale())


__all__ = ["locale", "long_date", "month_year", "number", "percent", "short_date",
           "short_month"]
