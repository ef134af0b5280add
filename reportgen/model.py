"""The improvement plan as typed, frozen data: no I/O, no project imports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class Rag(Enum):
    """An action's progress rating, with the colour and shape that stand for it."""

    # Each colour also has its own shape, so a rating never rests on colour alone.
    NO_IMPROVEMENT = ("No improvement", "red", "R", "✖")
    SOME_PROGRESS = ("Some progress", "amber", "A", "▲")
    GOOD_PROGRESS = ("Good progress", "green", "G", "●")
    COMPLETE = ("Complete", "blue", "B", "✔")

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
    def rank(self) -> int:
        """Position on the scale, so that a higher rank is further on."""
        return list(Rag).index(self)


class Rating(Enum):
    """An inspection rating of a standard, or of the service overall."""

    OUTSTANDING = "Outstanding"
    GOOD = "Good"
    REQUIRES_IMPROVEMENT = "Requires improvement"
    INADEQUATE = "Inadequate"
    NOT_RATED = "Not rated"

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


class Addressee(Enum):
    """Who a recommendation is made to."""

    SERVICE = "Youth Offending Team"
    BOARD = "Youth Justice Partnership Board"


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


# HMIP's published rule for youth offending services inspected against 12 standards.
HMIP_SCORING = ScoringRule(
    points=(
        (Rating.OUTSTANDING, 3),
        (Rating.GOOD, 2),
        (Rating.REQUIRES_IMPROVEMENT, 1),
        (Rating.INADEQUATE, 0),
    ),
    bands=(
        Band(0, 6, Rating.INADEQUATE),
        Band(7, 18, Rating.REQUIRES_IMPROVEMENT),
        Band(19, 30, Rating.GOOD),
        Band(31, 36, Rating.OUTSTANDING),
    ),
)


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


@dataclass(frozen=True)
class Standard:
    """An inspection standard and its rating."""

    number: str
    name: str
    rating: Rating


@dataclass(frozen=True)
class Domain:
    """A broad area of the inspection, with its standards."""

    number: int
    name: str
    standards: tuple[Standard, ...]


@dataclass(frozen=True)
class Inspection:
    """The inspection the plan answers, with its score worked out from the ratings."""

    inspectorate: str
    start: date
    end: date
    domains: tuple[Domain, ...]
    scoring: ScoringRule = HMIP_SCORING

    @property
    def standards(self) -> tuple[Standard, ...]:
        """Every standard, in domain order."""
        return tuple(s for domain in self.domains for s in domain.standards)

    @property
    def rated_standards(self) -> tuple[Standard, ...]:
        """Standards that score: those with a rating other than Not rated."""
        return tuple(s for s in self.standards if self.scoring.points_for(s.rating) is not None)

    @property
    def score(self) -> int:
        """Total points over the rated standards."""
        return sum(self.scoring.points_for(s.rating) or 0 for s in self.rated_standards)

    @property
    def max_score(self) -> int:
        """The most the rated standards could score."""
        best = max(points for _, points in self.scoring.points)
        return best * len(self.rated_standards)

    @property
    def overall(self) -> Rating | None:
        """The overall rating the scoring rule gives the total."""
        return self.scoring.band_for(self.score)

    @property
    def rating_counts(self) -> tuple[tuple[Rating, int], ...]:
        """How many standards have each rating, best first, omitting ratings nobody has."""
        counts = Counter(s.rating for s in self.standards)
        return tuple((rating, counts[rating]) for rating in Rating if counts[rating])


@dataclass(frozen=True)
class DomainNarrative:
    """The executive summary of one domain."""

    domain: Domain
    summary: tuple[str, ...]
    key_findings: tuple[str, ...]
    weaknesses: tuple[str, ...]


@dataclass(frozen=True)
class Narrative:
    """The paper's prose, as Markdown blocks in the order officers wrote them."""

    introduction: tuple[str, ...] = ()
    foreword: tuple[str, ...] = ()
    ratings_commentary: tuple[str, ...] = ()
    executive_summary: tuple[str, ...] = ()
    domains: tuple[DomainNarrative, ...] = ()
    recommendations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timescale:
    """When an action is due: the date, and the words the officer wrote."""

    due: date
    label: str


@dataclass(frozen=True)
class ProgressUpdate:
    """A dated entry in an action's progress log."""

    date: date
    reference: str
    rag: Rag
    commentary: str = ""
    evidence: str = ""
    updated_by: str = ""


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

    @property
    def reference(self) -> str:
        """The action's reference, e.g. '3G'."""
        return f"{self.recommendation}{self.letter}"

    def latest_update(self, on_or_before: date) -> ProgressUpdate | None:
        """The last update made on or before a date."""
        earlier = [u for u in self.updates if u.date <= on_or_before]
        return earlier[-1] if earlier else None

    def rag_at(self, day: date) -> Rag | None:
        """The rating the log gives at a date; None if the log has nothing by then."""
        update = self.latest_update(day)
        return update.rag if update else None

    @property
    def completed_on(self) -> date | None:
        """The date of the first update that marked the action Complete."""
        return next((u.date for u in self.updates if u.rag is Rag.COMPLETE), None)


@dataclass(frozen=True)
class Recommendation:
    """A recommendation, who it is addressed to, and its actions."""

    number: int
    addressee: Addressee
    source: str
    text: str
    actions: tuple[Action, ...] = field(default=())


@dataclass(frozen=True)
class Plan:
    """The whole improvement plan as read from the workbook."""

    paper: PaperDetails
    inspection: Inspection
    narrative: Narrative
    recommendations: tuple[Recommendation, ...]

    @property
    def as_at(self) -> date:
        """The date everything is worked out at: the meeting date, never the clock."""
        return self.paper.meeting_date

    @property
    def actions(self) -> tuple[Action, ...]:
        """Every action, in plan order."""
        return tuple(a for r in self.recommendations for a in r.actions)

    def addressed_to(self, addressee: Addressee) -> tuple[Recommendation, ...]:
        """The recommendations made to ``addressee``."""
        return tuple(r for r in self.recommendations if r.addressee is addressee)
