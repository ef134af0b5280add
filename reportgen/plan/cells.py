"""Turning one cell's value into a typed value, or a message saying how to fix it."""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Iterable
from datetime import date, datetime

from .model import NOT_STARTED, NOT_YET_RATED, Rag, Rating, Timescale
from .schema import RAG_WORDS, RATING_WORDS


class CellValueError(ValueError):
    """The cell's value cannot be read as the column's kind; the message says how to fix it."""


class WeekdayMismatch(CellValueError):
    """A date typed with a weekday that is not that date's: a date, but a wrong one."""


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def shown(value: object) -> str:
    """A cell value quoted for a message, cut short if long."""
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text)


def suggestion(value: object, accepted: Iterable[str]) -> str:
    """"; did you mean 'X'?" when ``value`` is close to one accepted form, else ""."""
    options = list(accepted)
    close = difflib.get_close_matches(_words(str(value)), [_words(o) for o in options], n=1,
                                      cutoff=0.75)
    if not close:
        return ""
    return f"; did you mean '{next(o for o in options if _words(o) == close[0])}'?"


_NO_RATING = tuple(map(_words, (NOT_STARTED, "Not yet started", NOT_YET_RATED, "Not rated")))
_RAG_NAMES: dict[str, Rag] = {}
for _rag in Rag:
    if _rag is not Rag.AWAITING_BOARD:
        for _name in (_rag.label, _rag.colour, _rag.letter):
            _RAG_NAMES[_words(_name)] = _rag
_RAG_NAMES |= {"completed": Rag.COMPLETE, "done": Rag.COMPLETE, "closed": Rag.COMPLETE}
# Only the board closes an action: a lead's or officer's "complete, awaiting the board" is read
# as Complete, which the paper shows as awaiting the board until its Closed by board date.
_RAG_NAMES |= dict.fromkeys(map(_words, (
    Rag.AWAITING_BOARD.label, "Complete - awaiting board", "Complete, awaiting board",
    "Awaiting board", "Awaiting closure", "Awaiting board closure", "Proposed complete",
    "Proposed for closure", "Complete (awaiting closure)")), Rag.COMPLETE)


def parse_rag(value: object) -> Rag | None:
    """A RAG rating from its words, its letter (R, A, G, B) or its colour; blank or 'Not
    started' is None (not yet rated)."""
    if value is None:
        return None
    text = _words(str(value))
    if text in _NO_RATING:
        return None
    rag = _RAG_NAMES.get(text)
    if rag is None:
        raise CellValueError(
            f"{shown(value)} is not a RAG rating; use one of {', '.join(RAG_WORDS)}, or "
            f"'{NOT_STARTED}'" + suggestion(value, (*RAG_WORDS, "Completed", NOT_STARTED))
        )
    return rag


_RATING_NAMES = {_words(r.value): r for r in Rating}
_RATING_NAMES |= dict.fromkeys(("n/a", "na", "not inspected", "not applicable", "not assessed"),
                               Rating.NOT_RATED)
_RATING_NAMES["ri"] = Rating.REQUIRES_IMPROVEMENT


def parse_rating(value: object) -> Rating:
    """An inspection rating from its words, in any case; N/A and Not inspected are Not rated."""
    rating = _RATING_NAMES.get(_words(str(value)))
    if rating is None:
        raise CellValueError(
            f"{shown(value)} is not an inspection rating; use one of {', '.join(RATING_WORDS)}"
            + suggestion(value, RATING_WORDS)
        )
    return rating


_SERVICE_WORDS = ("service", "the service", "yjs", "the yjs", "yot", "the yot", "yos", "the yos",
                  "youth offending team", "youth offending service", "youth justice service",
                  "the youth offending team", "the youth offending service",
                  "the youth justice service")
_BOARD_WORDS = ("board", "the board", "yjpb", "the yjpb", "management board",
                "the management board", "partnership board", "the partnership board",
                "youth justice partnership board", "the youth justice partnership board",
                "youth justice management board", "the youth justice management board")


def addressee_name(value: object, *, organisation: str, board: str) -> str:
    """Who a recommendation is for, as the paper names them: short forms of the service and
    the board (and their own names) resolve to the plan's names; anyone else as typed."""
    text = re.sub(r"\s+", " ", str(value)).strip()
    wanted = _words(text)
    bare = wanted.removeprefix("the ")
    for name, words in ((organisation, _SERVICE_WORDS), (board, _BOARD_WORDS)):
        if wanted in words or bare == _words(name).removeprefix("the "):
            return name
    return text


_WEEKDAYS = [_words(d) for d in (*calendar.day_name, *calendar.day_abbr)]
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%m-%y", "%d.%m.%Y",
                 "%d.%m.%y", "%d %B %Y", "%d %b %Y", "%d %B %y", "%d %b %y", "%d-%b-%Y",
                 "%d-%b-%y", "%d-%B-%Y", "%d %B, %Y", "%d %b, %Y")


def _date_text(value: str) -> tuple[str, str | None]:
    """Typed date text made plain for strptime, and the weekday it names, if any."""
    text = re.sub(r"\s+", " ", value.strip()).strip(" ,")
    weekday = None
    first, _, rest = text.partition(" ")
    if _words(first.rstrip(",.")) in _WEEKDAYS and rest:
        weekday, text = first.rstrip(",."), rest.strip(" ,")
    text = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"^(\d{1,2}) of ", r"\1 ", text, flags=re.IGNORECASE)
    text = re.sub(r"\bsept\b", "Sep", text, flags=re.IGNORECASE)
    return text, weekday


FIRST_YEAR = 1900
"""The first year of Excel's dates: an earlier date is a mistyped year (01/01/0001), and a
workbook written back (collect) could not hold it as a date."""


def parse_date(value: object) -> date:
    """A date from a date cell, or from text such as 15/09/2020, 15.09.20, 2020-09-15,
    15 Sep 20 or Tuesday 15 September 2020 (day first), from 1900 on."""
    return _in_excel_years(value, _parse_date(value))


class _EarlyYear(CellValueError):
    """A year before FIRST_YEAR; the message follows the value as typed."""

    def __init__(self, year: int) -> None:
        super().__init__(f"is in the year {year}, before {FIRST_YEAR}, where a spreadsheet's "
                         "dates begin; check the year")


def _in_excel_years(value: object, day: date) -> date:
    if day.year < FIRST_YEAR:
        typed = value if isinstance(value, str) else \
            f"{day.day:02}/{day.month:02}/{day.year:04}"
        raise CellValueError(f"{shown(typed)} {_EarlyYear(day.year)}")
    return day


def _parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text, weekday = _date_text(value)
        for fmt in _DATE_FORMATS:
            try:
                day = datetime.strptime(text, fmt).date()
            except ValueError:
                continue
            if weekday is not None and _words(weekday) not in (
                    _words(f"{day:%A}"), _words(f"{day:%a}")):
                raise WeekdayMismatch(
                    f"{shown(value)}: {day.day} {day:%B %Y} is a {day:%A}, not a "
                    f"{weekday.capitalize()}; check the date and correct it")
            return day
    raise CellValueError(
        f"{shown(value)} is not a date; enter a date such as 15/09/2020 (day/month/year), "
        "15 September 2020 or 2020-09-15, or format the cell as a date"
    )


_MONTHS = {
    **{_words(name): number for number, name in enumerate(calendar.month_name) if name},
    **{_words(name): number for number, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
_BY = r"(?:(?:by )?(?:the )?end(?: of)?[ -]|by |due )?"
_MONTH_YEAR = re.compile(rf"^{_BY}([a-z]+)\.?[ \-/,]+'?(\d{{4}}|\d{{2}})$")
_NUMERIC_MONTH = re.compile(rf"^{_BY}(\d{{1,2}})/(\d{{4}})$")
_QUARTER = re.compile(rf"^{_BY}q([1-4])[ \-]*(\d{{4}})$")
_FINANCIAL_QUARTER = re.compile(rf"^{_BY}q([1-4])[ \-]*(\d{{4}}|\d{{2}}) ?[/-] ?(\d{{4}}|\d{{2}})$")
NO_DATE = ("ongoing", "on-going", "on going", "tbc", "tba", "tbd", "to be confirmed",
           "to be agreed", "to be decided", "continuous", "throughout")
TIMESCALE_FORMS = ("30/09/2020", "September 2020", "Sept 20", "Sep-20", "end of September 2020",
                   "Q3 2020", "Q2 2020/21", "Ongoing", "TBC")


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _month_end(year: int, month: int) -> date:
    if year < FIRST_YEAR:
        raise _EarlyYear(year)
    return date(year, month, calendar.monthrange(year, month)[1])


def _timescale_due(text: str) -> date | None:
    """The due date a month, quarter or financial quarter names, or None if it names none."""
    match = _MONTH_YEAR.match(text)
    if match and match.group(1) in _MONTHS:
        return _month_end(_year(match.group(2)), _MONTHS[match.group(1)])
    match = _NUMERIC_MONTH.match(text)
    if match and 1 <= int(match.group(1)) <= 12:
        return _month_end(int(match.group(2)), int(match.group(1)))
    match = _QUARTER.match(text)
    if match:  # the calendar year's quarter: Q1 ends in March
        return _month_end(int(match.group(2)), int(match.group(1)) * 3)
    match = _FINANCIAL_QUARTER.match(text)
    if match:  # the financial year's quarter, April to March: Q4 2024/25 ends in March 2025
        quarter, first, second = int(match.group(1)), _year(match.group(2)), match.group(3)
        following = _year(second) if len(second) == 4 else (first // 100) * 100 + int(second)
        if following != first + 1:
            raise CellValueError(
                f"{shown(text)}: a financial year runs from one year to the next, such as "
                f"{first}/{str(first + 1)[-2:]}")
        month = quarter * 3 + 3
        return _month_end(first if month <= 12 else first + 1, (month - 1) % 12 + 1)
    return None


def parse_timescale(value: object) -> Timescale:
    """A due date: a date; a month ('September 2020', 'Sep-20'), read as its last day; a
    quarter ('Q3 2020', or the financial year's 'Q2 2020/21'), read as its last day; or
    words with no date ('Ongoing', 'TBC'), never overdue."""
    if isinstance(value, (date, datetime)):
        due = parse_date(value)
        return Timescale(due)
    if isinstance(value, str):
        typed = re.sub(r"\s+", " ", value.strip())
        text = _words(typed).rstrip(".")
        if text in NO_DATE:
            return Timescale(None, typed)
        try:
            due = _timescale_due(text)
        except _EarlyYear as exc:
            raise CellValueError(f"{shown(typed)} {exc}") from exc
        if due is not None:
            return Timescale(due, typed)
        try:
            due = _parse_date(value)
        except WeekdayMismatch:
            raise
        except CellValueError:
            pass
        else:
            due = _in_excel_years(value, due)
            return Timescale(due)
    raise CellValueError(
        f"{shown(value)} is not a timescale; write a date (30/09/2020), a month "
        "('September 2020'), a quarter ('Q3 2020', or 'Q2 2020/21' for the financial year) or "
        "'Ongoing' / 'TBC'" + _month_hint(value)
    )


def _month_hint(value: object) -> str:
    """'; did you mean ...' for a misspelt month, such as 'Septmber 2020'."""
    words = str(value).split()
    months = {name.casefold(): name for name in calendar.month_name[1:]}
    for index, word in enumerate(words):
        close = difflib.get_close_matches(word.casefold(), list(months), n=1, cutoff=0.75) \
            if word.isalpha() and word.casefold() not in _MONTHS else []
        if close:
            fixed = " ".join([*words[:index], months[close[0]], *words[index + 1:]])
            return f"; did you mean '{fixed}'?"
    return ""


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
    text = str(value).strip().lstrip("(").rstrip(":.)").strip().upper()
    if not re.fullmatch(r"[A-Z]{1,2}", text):
        raise CellValueError(f"{shown(value)} is not an action letter; use A, B, C ...")
    return text


_REFERENCE = re.compile(
    r"^(?:rec(?:ommendation)?\.?\s*)?(\d+)\s*[.\-/ ]?\s*\(?\s*([A-Za-z]{1,2})\s*\)?[.:]?$",
    re.IGNORECASE)


def parse_action_ref(value: object) -> str:
    """An action reference: recommendation number then letter, e.g. '3G' (also '3 g', '3.G',
    '3(g)', 'Rec 3G')."""
    match = _REFERENCE.match(str(value).strip())
    if not match:
        raise CellValueError(
            f"{shown(value)} is not an action reference; write the recommendation number and "
            "the action's letter, e.g. 3G (also 3(g), 3.g or Rec 3G)"
        )
    return f"{int(match.group(1))}{match.group(2).upper()}"


_RECOMMENDATION = re.compile(r"^(?:rec(?:ommendation)?\.?|r)?\s*(\d+)\s*[.):]?$", re.IGNORECASE)


def parse_recommendation_number(value: object) -> int:
    """A recommendation's number: 1, '1.', 'Rec 1' or 'Recommendation 1'."""
    if isinstance(value, str):
        match = _RECOMMENDATION.match(value.strip())
        if match:
            return int(match.group(1))
    try:
        return parse_number(value)
    except CellValueError:
        raise CellValueError(
            f"{shown(value)} is not a recommendation number; write its number, e.g. 1 "
            "(also 'Rec 1')") from None


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


_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def parse_email(value: object) -> str:
    """An email address such as youth.justice@council.gov.uk ('mailto:' before it dropped)."""
    text = str(value).strip()
    if text.casefold().startswith("mailto:"):
        text = text[len("mailto:"):]
    if not _EMAIL.fullmatch(text):
        raise CellValueError(f"{shown(value)} is not an email address; type one address, such "
                             "as youth.justice@council.gov.uk, or leave the cell empty")
    return text


_YES_NO = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}


def parse_yes_no(value: object) -> bool:
    """Yes or No, whatever the case (also Y and N, and a TRUE or FALSE cell)."""
    if isinstance(value, bool):
        return value
    answer = _YES_NO.get(_words(str(value)))
    if answer is None:
        raise CellValueError(f"{shown(value)} is not Yes or No; type Yes or No")
    return answer
