"""Turning one cell's value into a typed value, or a message saying how to fix it."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from .model import Addressee, Rag, Rating, Timescale
from .schema import RAG_WORDS, RATING_WORDS


class CellValueError(ValueError):
    """The cell's value cannot be read as the column's kind; the message says how to fix it."""


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def shown(value: object) -> str:
    """A cell value quoted for a message, cut short if long."""
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text)


_RAG_NAMES: dict[str, Rag] = {}
for _rag in Rag:
    for _name in (_rag.label, _rag.colour, _rag.letter):
        _RAG_NAMES[_words(_name)] = _rag


def parse_rag(value: object) -> Rag | None:
    """A RAG rating from its words, its letter (R, A, G, B) or its colour; blank is None."""
    if value is None:
        return None
    rag = _RAG_NAMES.get(_words(str(value)))
    if rag is None:
        raise CellValueError(
            f"{shown(value)} is not a RAG rating; use one of {', '.join(RAG_WORDS)}"
        )
    return rag


_RATING_NAMES = {_words(r.value): r for r in Rating}


def parse_rating(value: object) -> Rating:
    """An inspection rating from its words, in any case."""
    rating = _RATING_NAMES.get(_words(str(value)))
    if rating is None:
        raise CellValueError(
            f"{shown(value)} is not an inspection rating; use one of {', '.join(RATING_WORDS)}"
        )
    return rating


_ADDRESSEE_NAMES = {
    **dict.fromkeys(
        ("youth offending team", "yot", "youth offending service", "yos", "youth justice service",
         "yjs", "service", "the youth offending team"),
        Addressee.SERVICE,
    ),
    **dict.fromkeys(
        ("youth justice partnership board", "board", "yjpb", "partnership board",
         "management board", "the youth justice partnership board"),
        Addressee.BOARD,
    ),
}


def parse_addressee(value: object) -> Addressee:
    """Who a recommendation is for: the service (YOT) or the board."""
    addressee = _ADDRESSEE_NAMES.get(_words(str(value)))
    if addressee is None:
        raise CellValueError(
            f"{shown(value)} is not an addressee; use 'Youth Offending Team' (or YOT) or "
            "'Youth Justice Partnership Board' (or Board)"
        )
    return addressee


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y",
                 "%d.%m.%Y")


def parse_date(value: object) -> date:
    """A date from a date cell, or from text such as 2020-09-15, 15/09/2020 or 15 September 2020."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.strip(), flags=re.IGNORECASE)
        text = re.sub(r"\s+", " ", text)
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    raise CellValueError(
        f"{shown(value)} is not a date; enter a date such as 15/09/2020 (day/month/year) "
        "or format the cell as a date"
    )


_MONTHS = {
    **{_words(name): number for number, name in enumerate(calendar.month_name) if name},
    **{_words(name): number for number, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
_MONTH_YEAR = re.compile(r"^(?:end of |by (?:the )?end of |by )?([a-z]+)\.? (\d{4})$")


def parse_timescale(value: object) -> Timescale:
    """A due date: a date, or a month and year such as 'September 2020' (its last day)."""
    if isinstance(value, (date, datetime)):
        due = parse_date(value)
        return Timescale(due, f"{due.day} {due:%B %Y}")
    if isinstance(value, str):
        match = _MONTH_YEAR.match(_words(value))
        if match and match.group(1) in _MONTHS:
            year, month = int(match.group(2)), _MONTHS[match.group(1)]
            due = date(year, month, calendar.monthrange(year, month)[1])
            return Timescale(due, re.sub(r"\s+", " ", value.strip()))
        try:
            due = parse_date(value)
        except CellValueError:
            pass
        else:
            return Timescale(due, f"{due.day} {due:%B %Y}")
    raise CellValueError(
        f"{shown(value)} is not a timescale; enter a date, or a month and year such as "
        "'September 2020'"
    )


def parse_number(value: object) -> int:
    """A whole number, from a number cell or digits typed as text."""
    if isinstance(value, bool):
        raise CellValueError(f"{shown(value)} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\d+\.?", value.strip()):
        return int(value.strip().rstrip("."))
    raise CellValueError(f"{shown(value)} is not a whole number")


def parse_letter(value: object) -> str:
    """An action letter such as 'A' (a trailing ':' or '.' is ignored)."""
    text = str(value).strip().rstrip(":.)").strip().upper()
    if not re.fullmatch(r"[A-Z]{1,2}", text):
        raise CellValueError(f"{shown(value)} is not an action letter; use A, B, C ...")
    return text


_REFERENCE = re.compile(r"^(\d+)\s*[.\-/ ]?\s*([A-Za-z]{1,2})$")


def parse_action_ref(value: object) -> str:
    """An action reference: recommendation number then letter, e.g. '3G' (also '3 g', '3.G')."""
    match = _REFERENCE.match(str(value).strip())
    if not match:
        raise CellValueError(
            f"{shown(value)} is not an action reference; write the recommendation number and "
            "the action's letter, e.g. 3G"
        )
    return f"{int(match.group(1))}{match.group(2).upper()}"


def parse_choice(value: object, choices: tuple[str, ...]) -> str:
    """One of ``choices``, matched whatever the case and spacing."""
    wanted = _words(str(value))
    for choice in choices:
        if _words(choice) == wanted:
            return choice
    raise CellValueError(f"{shown(value)} is not allowed here; use one of {', '.join(choices)}")


def parse_standard(value: object) -> str:
    """A standard number such as '1.1', domain first."""
    text = f"{value:.1f}" if isinstance(value, float) else str(value).strip()
    if not re.fullmatch(r"\d+\.\d+", text):
        raise CellValueError(f"{shown(value)} is not a standard number; use e.g. 1.1 or 2.3")
    return text


def parse_text(value: object) -> str:
    """Text as typed, each line's trailing spaces and the whole's outer blank lines removed."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    lines = [line.rstrip() for line in str(value).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()
