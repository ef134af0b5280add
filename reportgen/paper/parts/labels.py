"""The small phrases the parts share: a RAG rating, a direction, a rating, a timescale, a list
of linked actions. Each is worded here once, so no part (and no format) types it again."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...plan.model import Plan, Rag, Rating
from ...words import _, ngettext
from ...words.formatting import long_date
from ..content import LINE_BREAK, Cell, Column, Paragraph, Run
from ..figures import SLIPPED_TIMES, ActionStatus, Direction

NOT_YET_RATED_SHAPE = "○"


def rag_label(rag: Rag | None) -> str:
    """The rating's words: 'Good progress', or 'Not yet rated'."""
    return _(rag.label) if rag is not None else _("Not yet rated")


def rag_class(rag: Rag | None) -> str:
    """The palette key and CSS class of a rating: 'rag-green', 'rag-none'."""
    return rag.css_class if rag is not None else "rag-none"


def rag_runs(rag: Rag | None) -> tuple[Run, ...]:
    """A rating as printed: its shape, then its words (the shape is never the only sign)."""
    shape = rag.shape if rag is not None else NOT_YET_RATED_SHAPE
    return (Run(shape, role="shape"), Run(" " + rag_label(rag), role=rag_class(rag)))


def rag_short_runs(rag: Rag | None) -> tuple[Run, ...]:
    """A rating where room is short (a table's column heading): 'Awaiting board'."""
    if rag is Rag.AWAITING_BOARD:
        words = _("Awaiting board")
    else:
        words = rag_label(rag)
    shape = rag.shape if rag is not None else NOT_YET_RATED_SHAPE
    return (Run(shape, role="shape"), Run(" " + words, role=rag_class(rag)))


def direction_runs(direction: Direction) -> tuple[Run, ...]:
    """A direction as printed: its arrow, then its words."""
    return (Run(direction.arrow, role="shape"), Run(" " + _(direction.label),
                                                    role=direction.css_class))


def rating_runs(rating: Rating) -> tuple[Run, ...]:
    """An inspection rating as printed: its dots (where it has them), then its words."""
    shape = (Run(rating.shape, role="shape"), Run(" ")) if rating.shape else ()
    return (*shape, Run(_(rating.label), role=rating.css_class))


def times(count: int) -> str:
    """'once', 'twice', '3 times'."""
    if count == 1:
        return _("once")
    if count == 2:
        return _("twice")
    return ngettext("{count} time", "{count} times", count).format(count=count)


def revised_words(status: ActionStatus) -> str:
    """'revised twice': how often the timescale has moved ('' if never)."""
    return _("revised {times}").format(times=times(status.revisions)) if status.revisions else ""


def at_rating_since(status: ActionStatus) -> str:
    """'No improvement since June 2025': how long it has been at its rating, if known."""
    if status.rag is None or status.since is None:
        return ""
    return _("{rating} since {month}").format(rating=_(status.rag.label),
                                              month=f"{status.since:%B %Y}")


def exception_reasons(status: ActionStatus) -> tuple[str, ...]:
    """Why the action is an exception, in words; () if it is not one."""
    reasons = []
    if status.rag is Rag.NO_IMPROVEMENT:
        reasons.append(_("No improvement"))
    if status.overdue:
        reasons.append(_("Overdue"))
    if status.direction is Direction.DECLINED:
        reasons.append(_("Declined"))
    if status.revisions >= SLIPPED_TIMES:
        reasons.append(_("Deadline moved {times}").format(times=times(status.revisions)))
    if status.not_returned:
        reasons.append(_("No update returned"))
    return tuple(reasons)


def timescale_runs(status: ActionStatus) -> tuple[Run, ...]:
    """The timescale as it stands; a revised one also says how often it moved and shows each
    earlier timescale, struck through and worded, so the strike is never the only sign."""
    runs = [Run(status.timescale.label)]
    if status.revisions:
        earlier = [status.action.timescale,
                   *(revision.timescale for revision in status.action.revisions[:-1])]
        runs += [Run(" "), Run("(" + _("{revised}; originally").format(
            revised=revised_words(status)) + " ", role="revised"),
            Run(earlier[0].label, struck=True, role="revised")]
        for timescale in earlier[1:]:
            runs += [Run(", " + _("then") + " ", role="revised"),
                     Run(timescale.label, struck=True, role="revised")]
        runs.append(Run(")", role="revised"))
    return tuple(runs)


def action_link(status: ActionStatus) -> Run:
    """The action's reference, linked to its row in the action plan."""
    reference = status.action.reference
    return Run(reference, link=f"#action-{reference}")


def action_links(statuses: Iterable[ActionStatus], *, last: str = ", ") -> tuple[Run, ...]:
    """'1A, 2B and 3C' (with ``last`` ' and ') or '1A, 2B, 3C': linked references."""
    statuses = tuple(statuses)
    runs: list[Run] = []
    for index, status in enumerate(statuses):
        if index:
            runs.append(Run(last if index == len(statuses) - 1 else ", "))
        runs.append(action_link(status))
    return tuple(runs)


def text_cell(text: str, **options: object) -> Cell:
    """A cell of one paragraph of the words given (no paragraph for none)."""
    return Cell((Paragraph((Run(text),)),) if text else (), **options)


def runs_cell(runs: Iterable[Run], **options: object) -> Cell:
    """A cell of one paragraph of ``runs``."""
    runs = tuple(runs)
    return Cell((Paragraph(runs),) if runs else (), **options)


def lines(*pieces: tuple[Run, ...]) -> tuple[Run, ...]:
    """Pieces of one paragraph, each on a line of its own (empty pieces left out)."""
    runs: list[Run] = []
    for piece in pieces:
        if not piece:
            continue
        if runs:
            runs.append(Run(LINE_BREAK))
        runs.extend(piece)
    return tuple(runs)


def column(heading: str | tuple[Run, ...], width: float = 1, role: str = "") -> Column:
    """A column: its heading's words (or runs), width share and class."""
    runs = (Run(heading),) if isinstance(heading, str) else heading
    return Column(runs, width, role)


_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


def evidence_runs(text: str, link: str = "") -> tuple[Run, ...]:
    """Evidence as typed; linked to the cell's own hyperlink (http, https or mailto), or a lone
    http(s) address becomes a link to itself."""
    text = text.strip()
    if link and _SAFE_LINK.match(link.strip()):
        return (Run(text or link.strip(), link=link.strip()),)
    if _URL.match(text):
        return (Run(text, link=text),)
    return (Run(text),) if text else ()


def dated_words(day, by: str) -> str:
    """'1 June 2020, Jo Bloggs': when an update was made, and by whom."""
    return long_date(day) + (f", {by}" if by else "")


# The last words of a service's or board's name that go without an article: "Eastmere Council
# should", "Kent Police should", but "The Medway Youth Offending Team should".
BARE_NAMES = ("council", "police", "constabulary")


def should_heading(addressee: str, *, own_names: Sequence[str] = ()) -> str:
    """'<addressee> should:', the name as typed (its first letter capitalised). ``own_names``
    are the plan's service and board, to which the short forms ('The service', 'YOT',
    'Board') resolve: those take 'The', unless the name has it or goes without one."""
    name = addressee[:1].upper() + addressee[1:]
    words = addressee.casefold().split()
    if addressee in own_names and words[:1] != ["the"] and words[-1:] != [] \
            and words[-1] not in BARE_NAMES:
        return _("The {addressee} should:").format(addressee=addressee)
    return _("{addressee} should:").format(addressee=name)


def own_names(plan: Plan) -> tuple[str, str]:
    """The names the short forms of an addressee resolve to: the service's and the board's."""
    return plan.paper.organisation, plan.paper.board
