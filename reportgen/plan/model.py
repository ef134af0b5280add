"""The improvement plan as typed, frozen data: no I/O, and no project imports but the words.

One module although it is long: every stage imports the model, and the model imports only
``words`` (which imports nothing), so keeping it whole keeps that rule visible (and the plan's
types readable in one place). No English is stored as text: the labels here are the
catalogue's messages (``N_``), printed through ``_()``, and a date is kept as a ``date`` and
written in the paper's language only when it is printed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from ..words import N_
from ..words.formatting import long_date


def person_key(name: str) -> str:
    """A person's name as compared: case, spacing and a trailing full stop ignored, so that
    'Head of Service.' and 'head  of service' are one person."""
    return re.sub(r"\s+", " ", name).strip().rstrip(". ").casefold()


# An action's reference as officers write it in prose ('3A', '3a', and the forms the Progress
# sheet takes: '3(a)', '3 (a)', '3.a', '3-A'), or a run of one recommendation's actions ('4B to
# 4D', '4B-4D', '4B-D', '3(b) to 3(d)').
_LETTER = r"(?:\s*\(\s*([A-Za-z])\s*\)|[.\-]?([A-Za-z])(?![A-Za-z0-9]))"
_NAMED_ACTIONS = re.compile(
    rf"(?<![A-Za-z0-9.])(\d+){_LETTER}"
    r"(?:\s*(?:to|-|\u2013)\s*(?:\1)?(?:\s*\(\s*([A-Za-z])\s*\)|\.?([A-Za-z])(?![A-Za-z0-9])))?")


def named_actions(text: str) -> frozenset[str]:
    """The action references ``text`` names, as the reader writes them ('3A'): each one
    typed, and every letter of a run such as '4B to 4D'."""
    named = set()
    for match in _NAMED_ACTIONS.finditer(text):
        number = int(match.group(1))
        first = (match.group(2) or match.group(3)).upper()
        last = match.group(4) or match.group(5)
        end = last.upper() if last else first
        if end < first:
            end = first
        named.update(f"{number}{chr(letter)}" for letter in range(ord(first), ord(end) + 1))
    return frozenset(named)


class Rag(Enum):
    """An action's progress rating, with the colour and shape that stand for it."""

    # Each colour also has its own shape, so a rating never rests on colour alone.
    NO_IMPROVEMENT = (N_("No improvement"), "red", "R", "✖")
    SOME_PROGRESS = (N_("Some progress"), "amber", "A", "▲")
    GOOD_PROGRESS = (N_("Good progress"), "green", "G", "●")
    # Never typed: an action whose lead says Complete until the board closes it.
    AWAITING_BOARD = (N_("Complete (awaiting board)"), "purple", "P", "◐")
    COMPLETE = (N_("Complete"), "blue", "B", "✔")

    def __init__(self, label: str, colour: str, letter: str, shape: str) -> None:
        self.label = label
        self.colour = colour
        self.letter = letter
        self.shape = shape

    @property
    def css_class(self) -> str:
        """The class the stylesheet colours."""
        return f"rag-{self.colour}"

    @property
    def done(self) -> bool:
        """Whether the work is reported done: Complete, or Complete awaiting the board."""
        return self in (Rag.COMPLETE, Rag.AWAITING_BOARD)

    @property
    def short_label(self) -> str:
        """The label where room is short, as in a table's header: 'Awaiting board'."""
        return N_("Awaiting board") if self is Rag.AWAITING_BOARD else self.label

    @property
    def rank(self) -> int:
        """Position on the scale, so that a higher rank is further on."""
        return list(Rag).index(self)


NOT_YET_RATED = N_("Not yet rated")
"""What the paper says for an action with no rating yet (a message: print it with ``_``)."""

NOT_STARTED = "Not started"
"""What a workbook cell holds for an action with no rating yet: the Actions sheet's and the
return forms' word, read back as no rating."""


def rag_word(rag: Rag | None) -> str:
    """A rating as a workbook cell holds it: its label, or 'Not started' for none."""
    return rag.label if rag else NOT_STARTED


class Rating(Enum):
    """An inspection rating of a standard, or of the service overall."""

    OUTSTANDING = N_("Outstanding")
    GOOD = N_("Good")
    REQUIRES_IMPROVEMENT = N_("Requires improvement")
    INADEQUATE = N_("Inadequate")
    NOT_RATED = N_("Not rated")

    @property
    def label(self) -> str:
        """The rating as printed."""
        return self.value

    @property
    def css_class(self) -> str:
        """The class the stylesheet colours."""
        return "rating-" + self.name.lower().replace("_", "-")

    @property
    def shape(self) -> str:
        """Dots that show the rating's place on the scale, so it never rests on colour alone."""
        return {"OUTSTANDING": "●●●", "GOOD": "●●○", "REQUIRES_IMPROVEMENT": "●○○",
                "INADEQUATE": "○○○"}.get(self.name, "")


@dataclass(frozen=True)
class Band:
    """Totals from ``low`` to ``high`` points give ``rating`` overall."""

    low: int
    high: int
    rating: Rating


@dataclass(frozen=True)
class ScoringRule:
    """Points per standard's rating, and the bands that turn a total into an overall rating."""

    points: tuple[tuple[Rating, int], ...]
    bands: tuple[Band, ...]

    def points_for(self, rating: Rating) -> int | None:
        """Points for one standard; None for a rating that does not score (Not rated)."""
        return dict(self.points).get(rating)

    def band_for(self, total: int) -> Rating | None:
        """The overall rating for ``total`` points, or None if no band covers it."""
        for band in self.bands:
            if band.low <= total <= band.high:
                return band.rating
        return None

    @property
    def top(self) -> int:
        """The highest total any band covers."""
        return max(band.high for band in self.bands)


@dataclass(frozen=True)
class FrameworkStandard:
    """A standard an inspection framework rates; ``scored`` if it counts towards the total.

    ``number`` and ``domain`` are '' for an area of a framework whose inspectorate numbers
    nothing."""

    number: str
    name: str
    domain: str
    scored: bool = True

    @property
    def label(self) -> str:
        """'1.1 Governance and leadership', or the name alone where it has no number."""
        return f"{self.number} {self.name}" if self.number else self.name


@dataclass(frozen=True)
class Framework:
    """What an inspection framework rates, and how its overall rating comes about.

    ``scoring`` is None where the overall rating is the inspectorate's own (no published points
    rule): it is then typed on the Inspection sheet and printed as typed. ``standards`` is empty
    for a framework reportgen does not know, whose standards are whatever the Ratings sheet lists.
    ``numbered`` is False where the inspectorate gives its areas no numbers (nor domains): they
    are known by name. ``also`` holds the other names officers type for the framework.
    """

    key: str
    name: str
    source: str
    inspectorate: str
    standards: tuple[FrameworkStandard, ...]
    scoring: ScoringRule | None
    starts: date | None = None
    ends: date | None = None
    numbered: bool = True
    also: tuple[str, ...] = ()

    def standard(self, number: str) -> FrameworkStandard | None:
        """The framework's standard numbered ``number``, if it has one."""
        return next((s for s in self.standards if s.number == number), None)

    def area(self, name: str) -> FrameworkStandard | None:
        """The framework's area whose name ``name`` holds (case, spacing and punctuation aside):
        'Quality of work with children' is the area 'Work with children'."""
        typed = _plain_words(name)
        return next((s for s in self.standards if f" {_plain_words(s.name)} " in f" {typed} "),
                    None)

    def rates(self, standard: Standard) -> FrameworkStandard | None:
        """The framework's standard or area that ``standard`` is, if it is one."""
        return self.standard(standard.number) if self.numbered else self.area(standard.name)

    def covers(self, day: date) -> bool:
        """Whether an inspection starting on ``day`` falls in the framework's years."""
        return (self.starts is not None and self.starts <= day
                and (self.ends is None or day <= self.ends))


@dataclass(frozen=True)
class Version:
    """One line of the version table."""

    label: str
    date: date | None
    changes: str


@dataclass(frozen=True)
class Meeting:
    """A board meeting, past or planned."""

    date: date
    name: str = ""


@dataclass(frozen=True)
class Implications:
    """What the paper means for money, the law, equality and risk: formatted text, each blank
    where the paper says nothing."""

    financial: str = ""
    legal: str = ""
    equalities: str = ""
    risk: str = ""

    @property
    def stated(self) -> tuple[tuple[str, str], ...]:
        """(heading, text) of each implication the paper states, in a council report's order."""
        return tuple((heading, text) for heading, text in (
            ("Financial", self.financial), ("Legal", self.legal),
            ("Equalities", self.equalities), ("Risk", self.risk)) if text)


@dataclass(frozen=True)
class PaperDetails:
    """Who the paper is for and the meeting it goes to."""

    organisation: str
    title: str
    board: str
    meeting_date: date
    author: str
    versions: tuple[Version, ...] = ()
    presenter: str = ""
    agenda_item: str = ""
    purpose: str = ""
    protective_marking: str = "OFFICIAL"
    board_recommendations: str = ""
    meetings: tuple[Meeting, ...] = ()
    report_date: date | None = None
    contact_email: str = ""
    contact_phone: str = ""
    exempt: bool | None = None
    """Whether the paper is exempt from publication; None where the Paper sheet does not say."""
    exemption_reason: str = ""
    implications: Implications = field(default_factory=Implications)

    @property
    def actions_asked_about(self) -> frozenset[str]:
        """The action references the officer's own recommendations to the board name."""
        return named_actions(self.board_recommendations)

    @property
    def previous_meeting(self) -> Meeting | None:
        """The last meeting before this one, if the workbook lists it."""
        earlier = [m for m in self.meetings if m.date < self.meeting_date]
        return max(earlier, key=lambda m: m.date) if earlier else None

    @property
    def next_meeting(self) -> Meeting | None:
        """The first meeting after this one, if the workbook lists it."""
        later = [m for m in self.meetings if m.date > self.meeting_date]
        return min(later, key=lambda m: m.date) if later else None


def _plain_words(text: str) -> str:
    """Lower-case words and digits only, one space apart."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


@dataclass(frozen=True)
class Standard:
    """An inspection standard (or area) and its rating, with its number and domain as typed
    ('' where none is typed, or where the framework numbers nothing)."""

    number: str
    name: str
    rating: Rating
    domain: str = ""

    @property
    def label(self) -> str:
        """'1.1 Governance and leadership', or the name alone where it has no number."""
        return f"{self.number} {self.name}" if self.number else self.name


@dataclass(frozen=True)
class Domain:
    """A broad area of the inspection, with its standards."""

    number: int
    name: str
    standards: tuple[Standard, ...]
    numbered: bool = True
    """False for an area of a framework that numbers nothing: ``number`` is then only its
    place on the Ratings sheet, which the Narrative sheet refers to, and is never printed."""

    @property
    def heading(self) -> str:
        """'1. Organisational delivery', or the area's name alone where it has no number."""
        return f"{self.number}. {self.name}" if self.numbered else self.name


@dataclass(frozen=True)
class Inspection:
    """The inspection the plan answers, with its score worked out from the ratings.

    ``scoring`` is the rule in force: the workbook's Scoring sheet, else the framework's; None
    where the overall rating is published, not computed (``stated_overall`` is then the rating).
    """

    inspectorate: str
    start: date
    end: date
    standards: tuple[Standard, ...]
    """Every standard, in the order the Ratings sheet lists them."""
    framework: Framework
    scoring: ScoringRule | None
    stated_overall: Rating | None = None

    @property
    def domains(self) -> tuple[Domain, ...]:
        """The standards by domain, in the domains' numbers' order (each standard's domain is
        the number before its point); under a framework that numbers nothing, each area on its
        own, in the order typed."""
        if not self.framework.numbered:
            return tuple(Domain(place, s.name, (s,), numbered=False)
                         for place, s in enumerate(self.standards, start=1))
        domains: dict[int, tuple[str, list[Standard]]] = {}
        for standard in self.standards:
            if standard.number:
                number = int(standard.number.split(".")[0])
                domains.setdefault(number, (standard.domain, []))[1].append(standard)
        return tuple(Domain(number, name, tuple(standards))
                     for number, (name, standards) in sorted(domains.items()))

    @property
    def as_typed(self) -> bool:
        """The ratings are printed as the Ratings sheet lists them, with no score worked out:
        the overall rating is the inspectorate's own."""
        return self.scoring is None

    @property
    def missing(self) -> tuple[FrameworkStandard, ...]:
        """The framework's standards that have no row on the Ratings sheet."""
        listed = {self.framework.rates(s) for s in self.standards}
        return tuple(s for s in self.framework.standards if s not in listed)

    @property
    def complete(self) -> bool:
        """Every standard the framework names has a rating, or is marked not rated."""
        return not self.missing

    def scores(self, standard: Standard) -> bool:
        """Whether ``standard`` counts towards the total under the framework."""
        if not self.framework.standards:
            return True
        known = self.framework.rates(standard)
        return known is not None and known.scored

    @property
    def rated_standards(self) -> tuple[Standard, ...]:
        """Standards that score: counted by the framework, with a rating other than Not rated."""
        if self.scoring is None:
            return ()
        return tuple(s for s in self.standards
                     if self.scores(s) and self.scoring.points_for(s.rating) is not None)

    @property
    def computed(self) -> bool:
        """The overall rating is worked out from points, and every standard is there to do it."""
        return self.scoring is not None and self.complete

    @property
    def score(self) -> int | None:
        """Total points over the rated standards; None unless the rating is computed."""
        if not self.computed:
            return None
        return sum(self.scoring.points_for(s.rating) or 0 for s in self.rated_standards)

    @property
    def max_score(self) -> int | None:
        """The most the rated standards could score; None unless the rating is computed."""
        if not self.computed:
            return None
        best = max(points for _, points in self.scoring.points)
        return best * len(self.rated_standards)

    @property
    def overall(self) -> Rating | None:
        """The overall rating: computed from the bands, or as published; None if not known."""
        if self.scoring is None:
            return self.stated_overall if self.complete else None
        if not self.complete:
            return None
        return self.scoring.band_for(self.score)

    @property
    def rated(self) -> tuple[Standard, ...]:
        """Standards given a rating (anything but Not rated)."""
        return tuple(s for s in self.standards if s.rating is not Rating.NOT_RATED)

    @property
    def not_rated(self) -> tuple[Standard, ...]:
        """Standards marked not rated."""
        return tuple(s for s in self.standards if s.rating is Rating.NOT_RATED)

    @property
    def rating_counts(self) -> tuple[tuple[Rating, int], ...]:
        """How many rated standards have each rating, best first; not-rated ones left out."""
        counts = Counter(s.rating for s in self.rated)
        return tuple((rating, counts[rating]) for rating in Rating if counts[rating])


@dataclass(frozen=True)
class DomainNarrative:
    """The executive summary of one domain."""

    domain: Domain
    summary: tuple[str, ...]
    key_findings: tuple[str, ...]
    weaknesses: tuple[str, ...]

    @property
    def has_text(self) -> bool:
        """Whether the domain has any narrative to print under its heading."""
        return bool(self.summary or self.key_findings or self.weaknesses)


@dataclass(frozen=True)
class Narrative:
    """The paper's prose, as Markdown blocks in the order officers wrote them."""

    introduction: tuple[str, ...] = ()
    foreword: tuple[str, ...] = ()
    ratings_commentary: tuple[str, ...] = ()
    executive_summary: tuple[str, ...] = ()
    domains: tuple[DomainNarrative, ...] = ()
    recommendations: tuple[str, ...] = ()

    @property
    def domains_with_text(self) -> tuple[DomainNarrative, ...]:
        """The domains that have narrative, in order: the others get no heading."""
        return tuple(d for d in self.domains if d.has_text)

    @property
    def has_executive_summary(self) -> bool:
        """Whether the executive summary has anything to print."""
        return bool(self.executive_summary or self.domains_with_text)


@dataclass(frozen=True)
class Timescale:
    """When an action is due: the date, and the officer's own words where a date is not all
    they wrote.

    ``due`` is None for a timescale without a date ("Ongoing", "TBC"): never overdue.
    """

    due: date | None
    typed: str = ""
    """The officer's words where they say more than a date ('Q3 2026', 'Ongoing'); '' where
    the cell is a date, which is written in the paper's language when printed."""

    @property
    def label(self) -> str:
        """The timescale as printed: the officer's words, or the date ('30 November 2026')."""
        return self.typed or long_date(self.due)


@dataclass(frozen=True)
class Revision:
    """A move of an action's timescale: from ``date`` on, it is due as ``timescale`` says."""

    date: date
    timescale: Timescale
    reason: str = ""
    agreed_by: str = ""
    agreed_by_board: date | None = None
    """The board meeting that agreed it, where the Revisions sheet records one."""


@dataclass(frozen=True)
class ProgressUpdate:
    """A dated entry in an action's progress log."""

    date: date
    reference: str
    rag: Rag | None
    """None where the update says the action is not started."""
    commentary: str = ""
    evidence: str = ""
    updated_by: str = ""
    evidence_link: str = ""
    """The Evidence cell's hyperlink (http, https or mailto), if it is one."""


@dataclass(frozen=True)
class Action:
    """A lettered action under a recommendation.

    ``rag`` is its current rating: the latest update on or before the meeting date, or the
    Actions sheet's RAG when it has no update. ``updates`` is its log, oldest first.
    """

    recommendation: int
    letter: str
    text: str
    lead: str
    timescale: Timescale
    success_measures: str
    rag: Rag | None
    updates: tuple[ProgressUpdate, ...] = ()
    added: date | None = None
    """When the action joined the plan; None: it was there from the start."""
    revisions: tuple[Revision, ...] = ()
    """Moves of its timescale on or before the meeting date, oldest first; ``timescale`` stays
    the original."""
    proposals: tuple[Revision, ...] = ()
    """New timescales proposed on or before the meeting date and not yet agreed by the board,
    oldest first: they move no figure."""
    closed_by_board: date | None = None
    """The board meeting that agreed it complete; until then Complete means awaiting board."""
    board_closes: bool = True
    """Whether the plan records the board's closures (its Actions sheet has a Closed by board
    column). A plan kept without one says nothing of them: its Complete means Complete."""

    def in_plan_on(self, day: date) -> bool:
        """Whether the action was part of the plan on ``day``."""
        return self.added is None or self.added <= day

    @property
    def reference(self) -> str:
        """The action's reference, e.g. '3G'."""
        return f"{self.recommendation}{self.letter}"

    def latest_update(self, on_or_before: date) -> ProgressUpdate | None:
        """The last update made on or before a date."""
        earlier = [u for u in self.updates if u.date <= on_or_before]
        return earlier[-1] if earlier else None

    def rag_at(self, day: date) -> Rag | None:
        """The rating at a date (Complete awaiting the board until the board closed it): the
        log's latest update by then; None if the log has nothing by then.

        An action with no dated update (its rating typed on the Actions sheet, undated) has
        that rating at every date it was in the plan: the paper for any of those meetings,
        built from the same workbook, counts it, so an earlier meeting's paper and a later
        one's look back at it agree.
        """
        if not self.updates:
            return self.as_closed(self.rag, day) if self.in_plan_on(day) else None
        update = self.latest_update(day)
        return self.as_closed(update.rag if update else None, day)

    def as_closed(self, rag: Rag | None, day: date) -> Rag | None:
        """``rag`` as it stands on ``day``: Complete only once the board has closed it."""
        if rag is Rag.COMPLETE and self.board_closes and not self.closed_on_or_before(day):
            return Rag.AWAITING_BOARD
        return rag

    def closed_on_or_before(self, day: date) -> bool:
        """Whether the board had closed the action by ``day``."""
        return self.closed_by_board is not None and self.closed_by_board <= day

    def completion_updates(self, as_at: date) -> tuple[ProgressUpdate, ...]:
        """The updates, up to ``as_at``, that record the action as it stands Complete: the
        latest run of Complete updates, oldest first (none if the rating was typed on the
        Actions sheet, or the action is not Complete)."""
        run: list[ProgressUpdate] = []
        for update in reversed([u for u in self.updates if u.date <= as_at]):
            if update.rag is not Rag.COMPLETE:
                break
            run.insert(0, update)
        return tuple(run)

    @property
    def completed_on(self) -> date | None:
        """The date of the first update that marked the action Complete."""
        return next((u.date for u in self.updates if u.rag is Rag.COMPLETE), None)

    @property
    def current_timescale(self) -> Timescale:
        """The timescale as it stands: the latest revision's, or the original."""
        return self.revisions[-1].timescale if self.revisions else self.timescale

    @property
    def proposal(self) -> Revision | None:
        """The new timescale the board is asked to agree: the latest proposed, if any."""
        return self.proposals[-1] if self.proposals else None

    @property
    def done(self) -> bool:
        """Whether the work is done: Complete, closed or awaiting the board."""
        return self.rag is not None and self.rag.done

    def rating_since(self, as_at: date) -> date | None:
        """Since when the action has been at its current rating: the first update of the run
        of updates, up to ``as_at``, that all give it; None if no update gives it."""
        since = None
        for update in reversed([u for u in self.updates if u.date <= as_at]):
            if self.as_closed(update.rag, as_at) is not self.rag:
                break
            since = update.date
        return since


@dataclass(frozen=True)
class Recommendation:
    """A recommendation, who it is addressed to (as the paper names them), and its actions."""

    number: int
    addressee: str
    source: str
    text: str
    actions: tuple[Action, ...] = field(default=())


@dataclass(frozen=True)
class LeadContact:
    """A row of the Leads sheet: a lead as the Actions sheet names them, and how to reach them."""

    name: str
    email: str = ""
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class UpdateRound:
    """The round of update requests for the plan's meeting, as the plan's record of collected
    returns tells it: who returned, and who was asked and did not."""

    returned: tuple[str, ...]
    """The leads whose returns were collected for this meeting, in plan order."""
    not_returned: tuple[str, ...]
    """The leads with open actions whose return was not collected, in plan order."""
    unreturned: tuple[str, ...] = ()
    """The references of the open actions of the leads who did not return, in plan order."""

    @property
    def asked(self) -> int:
        """How many leads the round asked: those who returned and those who did not."""
        return len(self.returned) + len(self.not_returned)


@dataclass(frozen=True)
class Plan:
    """The whole improvement plan as read from the workbook."""

    paper: PaperDetails
    inspection: Inspection
    narrative: Narrative
    recommendations: tuple[Recommendation, ...]
    leads: tuple[LeadContact, ...] = ()
    """The Leads sheet's rows, in order: empty when the workbook has none."""
    update_round: UpdateRound | None = None
    """Who returned their updates for this meeting; None when the plan records no return
    collected for it."""

    @property
    def as_at(self) -> date:
        """The date everything is worked out at: the meeting date, never the clock."""
        return self.paper.meeting_date

    @property
    def actions(self) -> tuple[Action, ...]:
        """Every action, in plan order."""
        return tuple(a for r in self.recommendations for a in r.actions)

    @property
    def records_closures(self) -> bool:
        """Whether the board closes actions in this plan (a Closed by board column is kept)."""
        return any(a.board_closes for a in self.actions)

    @property
    def addressee_groups(self) -> tuple[tuple[str, tuple[Recommendation, ...]], ...]:
        """The recommendations grouped by who they are addressed to, in order of first mention."""
        groups: dict[str, list[Recommendation]] = {}
        for recommendation in self.recommendations:
            groups.setdefault(recommendation.addressee, []).append(recommendation)
        return tuple((addressee, tuple(group)) for addressee, group in groups.items())
