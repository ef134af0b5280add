"""The ratings page, worded once for every format: its table and its sentences.

Where the overall rating is worked out from points, the standards are printed by domain with
their numbers, and the counts say what the rating was worked out against. Where it is the
inspectorate's own, the areas are printed as the Ratings sheet lists them, in that order, with
no number or domain the workbook does not hold, and the counts are only what was rated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...plan.model import Inspection, Plan, Rating, Standard
from ...words import _
from ...words.formatting import long_date
from ..content import BulletList, Heading, ListItem, Paragraph, Part, Row, RowGroup, Run, Table
from .labels import column, rating_runs, runs_cell, text_cell
from .narrative import officers_blocks


@dataclass(frozen=True)
class RatingRow:
    """One standard or area: the cells before its name (its number, its domain, as the
    columns have them), its name and its rating."""

    before: tuple[str, ...]
    name: str
    rating: Rating


@dataclass(frozen=True)
class RatingsPage:
    """What the ratings page prints. ``groups`` are (heading, rows): a domain's heading, or ''
    for rows under no heading."""

    opening: str
    columns: tuple[str, ...]
    groups: tuple[tuple[str, tuple[RatingRow, ...]], ...]
    score: str
    """'20/36', or '' where no score is worked out."""
    overall: Rating | None
    no_overall: str
    """Why no overall rating is printed, where none is."""
    missing: str
    overall_source: str
    counts_lead: str
    counts: tuple[str, ...]
    """The counts by rating, as a list under ``counts_lead``; () where the lead says them."""
    not_rated: str

    @property
    def grouped(self) -> bool:
        """Whether the rows sit under domain headings."""
        return any(heading for heading, _ in self.groups)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def ratings_page(inspection: Inspection, organisation: str) -> RatingsPage:
    """The ratings page of ``inspection`` of ``organisation``."""
    framework = inspection.framework
    who = inspection.inspectorate
    # A framework reportgen knows has standards; the paper names it by its published name.
    under = f", under the {framework.name}" if framework.standards else ""
    opening = (f"{who} inspected {organisation} from {long_date(inspection.start)} to "
               f"{long_date(inspection.end)}{under}.")
    noun = ("standard", "standards") if framework.numbered and not inspection.as_typed \
        else ("area", "areas")
    if inspection.as_typed:
        columns, groups = _as_typed(inspection.standards)
    else:
        columns = ("Standard", "Area", "Rating")
        groups = tuple((domain.heading, tuple(RatingRow((s.number,), s.name, s.rating)
                                              for s in domain.standards))
                       for domain in inspection.domains)
    missing = inspection.missing
    no_overall = ""
    if inspection.overall is None:
        if missing:
            no_overall = (f"Not given here: {len(missing)} "
                          f"{noun[0] + ' has' if len(missing) == 1 else noun[1] + ' have'} no "
                          "rating in the plan")
        elif inspection.as_typed:
            no_overall = "Not given here: the plan does not state the inspectorate's overall rating"
        else:
            no_overall = "Not banded"
    missing_words = ""
    if missing:
        missing_words = (f"The plan has no rating for "
                         f"{'this ' + noun[0] if len(missing) == 1 else 'these ' + noun[1]}, so "
                         f"no {'' if inspection.as_typed else 'score or '}overall rating is "
                         f"shown: {'; '.join(s.label for s in missing)}.")
    rated, not_rated = len(inspection.rated), len(inspection.not_rated)
    counted = [(rating.label.lower(), count) for rating, count in inspection.rating_counts]
    # Rated beside the scored standards (2021's resettlement, a standard the framework does not
    # rate): not what a computed overall rating was worked out against, so said on their own.
    beside = () if inspection.as_typed else tuple(
        s for s in inspection.rated if not inspection.scores(s))
    if beside:
        rated -= len(beside)
        scored = Counter(s.rating for s in inspection.rated if inspection.scores(s))
        counted = [(rating.label.lower(), scored[rating]) for rating in Rating
                   if scored[rating]]
    counts_lead, counts = "", ()
    if rated and inspection.as_typed:
        # Only what was rated: the overall rating is the inspectorate's, not worked out here.
        counts_lead = (f"{who} rated {_plural(rated, 'area', 'areas')}: "
                       + ", ".join(f"{count} {label}" for label, count in counted) + ".")
    elif rated:
        counts_lead = (f"Overall against {rated} {'rated ' if not_rated else ''}"
                       f"{'area' if rated == 1 else 'areas'} "
                       f"{inspection.overall.label.lower()} with:" if inspection.overall
                       else f"Of the {_plural(rated, 'area', 'areas')} rated:")
        counts = tuple(f"{_plural(count, 'area', 'areas')} of {label}"
                       for label, count in counted)
    not_rated_words = ""
    if not_rated:
        not_rated_words = (f"{_plural(not_rated, 'area was', 'areas were')} not rated and "
                           f"{'is' if not_rated == 1 else 'are'} not counted above: "
                           + "; ".join(s.label for s in inspection.not_rated) + ".")
    if beside:
        not_rated_words = " ".join(filter(None, (
            f"{_plural(len(beside), 'area is', 'areas are')} rated beside them, not scored, "
            f"and {'is' if len(beside) == 1 else 'are'} not counted above: "
            + "; ".join(f"{s.label} ({s.rating.label.lower()})" for s in beside) + ".",
            not_rated_words)))
    overall_source = ""
    if inspection.as_typed and inspection.overall:
        overall_source = f"The overall rating is {who}'s own, as its report gives it."
    return RatingsPage(
        opening=opening, columns=columns, groups=groups,
        score=(f"{inspection.score}/{inspection.max_score}" if inspection.score is not None
               else ""),
        overall=inspection.overall, no_overall=no_overall, missing=missing_words,
        overall_source=overall_source, counts_lead=counts_lead, counts=counts,
        not_rated=not_rated_words,
    )


def _as_typed(standards: tuple[Standard, ...]) -> tuple[tuple[str, ...],
                                                        tuple[tuple[str, tuple[RatingRow, ...]],
                                                              ...]]:
    """The columns and the one group of rows for standards printed as the sheet lists them:
    a Standard column only if a number is typed, a Domain column only if a domain typed is
    not just the area's own name."""
    numbers = any(s.number for s in standards)
    domains = any(s.domain and s.domain.casefold() != s.name.casefold() for s in standards)
    columns = (*(("Standard",) if numbers else ()), *(("Domain",) if domains else ()),
               "Area", "Rating")
    rows = tuple(RatingRow((*((s.number,) if numbers else ()), *((s.domain,) if domains else ())),
                           s.name, s.rating) for s in standards)
    return columns, (("", rows),)


def build(plan: Plan) -> Part:
    """The ratings part: ``ratings_page``'s sentences and table, then the officers'
    commentary."""
    page = ratings_page(plan.inspection, plan.paper.organisation)
    span = len(page.columns) - 1
    top = []
    if page.score:
        top.append(Row((text_cell(_("Score"), header=True, span=max(span, 1)),
                        text_cell(page.score)), role="score"))
    top.append(Row((text_cell(_("Overall rating"), header=True, span=max(span, 1)),
                    runs_cell(rating_runs(page.overall)) if page.overall
                    else text_cell(page.no_overall)), role="overall"))
    groups = [RowGroup((), tuple(top))]
    for heading, rows in page.groups:
        groups.append(RowGroup((Run(heading),) if heading else (), tuple(
            Row((*(text_cell(text) for text in row.before), text_cell(row.name, header=True),
                 runs_cell(rating_runs(row.rating), shade=row.rating.css_class)))
            for row in rows), role="domain"))
    blocks: list = [Heading((Run(_("Ratings")),), 1, anchor="ratings"),
                    Paragraph((Run(page.opening),)),
                    Table(_("{inspectorate} ratings of {organisation}").format(
                        inspectorate=plan.inspection.inspectorate,
                        organisation=plan.paper.organisation),
                        tuple(column(heading) for heading in page.columns), tuple(groups),
                        row_headers=True, keep_together=True, role="ratings-table")]
    for text, role in ((page.missing, "missing-standards"),
                       (page.overall_source, "overall-source"), (page.counts_lead, "")):
        if text:
            blocks.append(Paragraph((Run(text),), role=role))
    if page.counts:
        blocks.append(BulletList(tuple(ListItem((Run(count),)) for count in page.counts),
                                 role="rating-counts"))
    if page.not_rated:
        blocks.append(Paragraph((Run(page.not_rated),), role="not-rated"))
    blocks += officers_blocks(plan.narrative.ratings_commentary)
    return Part("ratings", "ratings", tuple(blocks), contents_heading=_("Ratings"),
                role="ratings")
