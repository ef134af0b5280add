"""Headers reportgen does not read: the column each is close to, by its words or its spelling,
and what is said of it, so that nothing typed is silently lost.

A header that holds data and is close to a column the sheet lacks is an error naming both (the
officer meant that column, and the paper would go without it); any other is a warning naming
the closest column. A required column that is missing is said once, with the header close to
it if there is one, and nothing that depends on the column is said again row by row.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import cells, schema
from .records import Collector
from .schema import Column, Sheet

# How alike a header and a column's name (or another name for it) must be, spelt, to be close.
SPELLING_CUTOFF = 0.8
# How alike two words must be, spelt, to be one word misspelt ('Responsable').
WORD_SPELLING_CUTOFF = 0.85
# Words too short to tell a misspelling from another word.
SHORTEST_MISSPELT_WORD = 5

_STOP_WORDS = frozenset(
    ("the", "a", "an", "of", "by", "for", "to", "and", "or", "on", "in", "at", "with", "is",
     "its", "this", "our", "s", "be", "will", "been"))
# Words that say little of what a column holds: left out when a header has others ('Presenting
# officer' is the presenter, 'Officer notes' notes).
_VAGUE_WORDS = frozenset(
    ("date", "name", "detail", "column", "field", "info", "information", "current", "latest",
     "new", "text", "description", "officer", "person", "manager"))
# How close a header must be to a column to be named as the closest in a warning: any of its
# words among the column's, or its spelling somewhat like the column's names.
HINT_CUTOFF = 0.6


@dataclass(frozen=True)
class UnreadHeader:
    """A header (or a details sheet's field name) that is none of the sheet's columns."""

    text: str
    cell: str
    """Where the header is, e.g. 'J1', or the field's name cell, e.g. 'A9'."""
    holds_data: bool
    """Whether any cell under the header (or the field's value) is filled in."""


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        else word


def header_words(text: str) -> tuple[str, ...]:
    """The words of a header that say what it holds, singular and in lower case."""
    words = [_singular(w) for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*",
                                              schema.normalise_header(text))
             if w not in _STOP_WORDS]
    telling = [w for w in words if w not in _VAGUE_WORDS]
    return tuple(telling or words)


def _same_word(word: str, cue: str) -> bool:
    if word == _singular(cue):
        return True
    return (min(len(word), len(cue)) >= SHORTEST_MISSPELT_WORD and difflib.SequenceMatcher(
        None, word, _singular(cue)).ratio() >= WORD_SPELLING_CUTOFF)


def closeness(header: str, column: Column) -> float:
    """How close a header is to a column, from 0 to 1: by spelling, against its name and the
    other names accepted for it, or by words: its last telling word, or most of its words, among
    the words that point to the column; or, for a header of several words, all of them among
    the words of the column's names, reordered."""
    key = schema.normalise_header(header)
    spelling = max(difflib.SequenceMatcher(None, key, k).ratio() for k in column.keys)
    words = header_words(header)
    if not words:
        return spelling
    matched = [w for w in words if any(_same_word(w, cue) for cue in column.words)]
    named = {w for k in column.keys for w in header_words(k)}
    by_words = 0.0
    if matched and (words[-1] in matched or len(matched) * 3 >= len(words) * 2):
        by_words = SPELLING_CUTOFF + (1 - SPELLING_CUTOFF) * len(matched) / len(words)
    elif len(words) > 1 and all(any(_same_word(w, n) for n in named) for w in words):
        by_words = SPELLING_CUTOFF
    elif matched or any(_same_word(w, n) for w in words for n in named):
        by_words = HINT_CUTOFF  # a word in common: enough to name the column, not to insist
    return max(spelling, by_words)


def closest(header: str, columns: Sequence[Column], *,
            cutoff: float = SPELLING_CUTOFF) -> Column | None:
    """The column ``header`` is closest to, if it is that close to any (the first on a tie)."""
    scored = [(closeness(header, column), -i, column) for i, column in enumerate(columns)]
    score, _, column = max(scored, key=lambda s: s[:2], default=(0.0, 0, None))
    return column if score >= cutoff else None


# Other names given in a message; the rest are in docs/workbook.md and on the Guidance sheet.
OTHER_NAMES_SHOWN = 5


def other_names(column: Column) -> str:
    """' (also accepted: Lead officer, Owner ...)': the first few other names for a column."""
    if not column.aliases:
        return ""
    shown = ", ".join(column.aliases[:OTHER_NAMES_SHOWN])
    more = len(column.aliases) - OTHER_NAMES_SHOWN
    return f" (also accepted: {shown}{f' and {more} more' if more > 0 else ''})"


def report_unread(sheet: Sheet, sheet_name: str, unread: Sequence[UnreadHeader],
                  missing: Sequence[Column], found: Collector, *, missing_at: str | None,
                  read_at: dict[str, str]) -> set[str]:
    """Say what each unread header is close to, and each missing required column once.

    ``read_at`` gives the header cell of each column that was found. Returns the names of the
    missing columns an error says a header was meant as: nothing that follows from their
    absence (a lead missing on every row) is to be said again.
    """
    # Each missing column takes the unread header closest to it; each header one column.
    claims: dict[str, tuple[float, UnreadHeader]] = {}
    for header in unread:
        column = closest(header.text, missing)
        if column is None:
            continue
        score = closeness(header.text, column)
        if column.name not in claims or score > claims[column.name][0]:
            claims[column.name] = (score, header)
    meant = {header.cell: sheet.column(name) for name, (_, header) in claims.items()}
    said: set[str] = set()
    """Headers already named in an error about a missing column."""
    for column in missing:
        if column.required and column.name not in claims:
            message, near = _missing(sheet, column, unread)
            found.error(sheet_name, missing_at, message)
            said.update(h.cell for h in unread if near is not None and h.text == near)
    noun = "field" if sheet.details else "column"
    taken: set[str] = set()
    for header in unread:
        if header.cell in said:
            continue
        named = (f"the field {cells.shown(header.text)}" if sheet.details
                 else f"the column headed {cells.shown(header.text)}")
        column = meant.get(header.cell)
        if column is not None and (header.holds_data or column.required):
            taken.add(column.name)
            why = " (it is required)" if column.required else (
                ", so its value is not read" if sheet.details else ", so nothing in it is read")
            found.error(sheet_name, header.cell,
                        f"{named} is not one reportgen reads, but it looks like "
                        f"'{column.name}', which this sheet has no {noun} for{why}; rename it "
                        f"'{column.name}'{other_names(column)}")
            continue
        what = f"{named} is not one reportgen reads, so " + (
            "its value is not in the paper" if sheet.details else "it is not in the paper")
        if column is not None:
            found.warn(sheet_name, header.cell, f"{what}; if it holds the '{column.name}' "
                       f"{noun}, rename it '{column.name}'")
        else:
            found.warn(sheet_name, header.cell, f"{what}; {_nearest(sheet, header, read_at)}")
    return taken


def _nearest(sheet: Sheet, header: UnreadHeader, read_at: dict[str, str]) -> str:
    """Where the closest column reportgen reads is: on this sheet, on another, or the sheet's
    columns when none is close."""
    noun = "field" if sheet.details else "column"
    read = [c for c in sheet.columns if c.name in read_at]
    here = closest(header.text, read)
    if here is None and sheet in schema.SHEETS and not sheet.details:
        elsewhere = [(other, column) for other in schema.SHEETS
                     if other.name != sheet.name and not other.details
                     for column in other.columns]
        near = closest(header.text, [column for _, column in elsewhere])
        if near is not None:
            other = next(o for o, c in elsewhere if c is near)
            return f"the closest column reportgen reads is the {other.name} sheet's '{near.name}'"
    here = here or closest(header.text, read, cutoff=HINT_CUTOFF)
    if here is not None:
        return f"the closest {noun} reportgen reads is '{here.name}' ({read_at[here.name]})"
    names = ", ".join(c.name for c in sheet.columns)
    return f"none of the {noun}s reportgen reads here is close to it ({names})"


def _missing(sheet: Sheet, column: Column,
             unread: Sequence[UnreadHeader]) -> tuple[str, str | None]:
    """What to say of a required column or field that is missing with no header close to it,
    and the header spelt somewhat like it that the message names, if there is one."""
    if sheet.details:
        return (f"no '{column.name}' field; add a row with '{column.name}' in the Field column "
                f"({column.help})"), None
    message = f"no '{column.name}' column"
    texts = [h.text for h in unread]
    near = difflib.get_close_matches(column.name.casefold(), [t.casefold() for t in texts], n=1,
                                     cutoff=0.6)
    if near:
        original = next(t for t in texts if t.casefold() == near[0])
        return (message + f"; did you mean '{original}'? Rename that header to "
                f"'{column.name}'"), original
    return message + f"; add a column headed '{column.name}' ({column.help})", None
