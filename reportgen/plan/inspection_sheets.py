"""The Inspection, Ratings and Scoring sheets: the inspection, its framework and ratings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..excel import SheetData
from . import cells, frameworks, schema
from .model import Band, Framework, Inspection, Rating, ScoringRule, Standard
from .records import Collector, Record
from .tables import read_details, read_table, sheet_name


def _scoring(data: SheetData | None, found: Collector) -> ScoringRule | None:
    """The workbook's own points and bands, or None if it has no Scoring rows."""
    rows = read_table(schema.SCORING, data, found)
    if not rows:
        return None
    points, bands = [], []
    for row in rows:
        rating = found.value(row, "Rating", cells.parse_rating)
        value = found.value(row, "Points", cells.parse_number)
        low = found.value(row, "Band from", cells.parse_number)
        high = found.value(row, "Band to", cells.parse_number)
        if rating is None or value is None or low is None or high is None:
            continue
        if rating is Rating.NOT_RATED:
            found.error(row.sheet, row.cell("Rating"), "'Not rated' scores nothing; leave it out")
            continue
        if low > high:
            found.error(row.sheet, row.cell("Band from"),
                        f"the band runs from {low} to {high}; 'Band from' must not exceed "
                        "'Band to'")
        points.append((rating, value))
        bands.append(Band(low, high, rating))
    return ScoringRule(tuple(points), tuple(sorted(bands, key=lambda b: b.low))) if bands \
        else None


def _framework(record: Record, start: date | None, found: Collector) -> Framework:
    """The framework the Inspection sheet names, else the one its dates fall in (said)."""
    typed = found.value(record, "Framework", cells.parse_text, required=False)
    if typed is not None:
        framework = frameworks.find(typed)
        if framework is not None:
            return framework
        close = frameworks.nearest(typed)
        found.error(record.sheet, record.cell("Framework"),
                    f"{cells.shown(typed)} is not a framework reportgen knows; use one of "
                    f"{', '.join(frameworks.frameworks())}, or a name the Guidance sheet lists "
                    "for one"
                    + (f" (did you mean '{close.key}', {close.name}?)" if close else ""))
        return frameworks.frameworks()[frameworks.OTHER]
    if start is None:
        return frameworks.frameworks()[frameworks.OTHER]
    framework = frameworks.for_inspection(start)
    # The row may be there with its value left blank: then the fix is to type it, not add it.
    blank = "Framework" in record.refs
    where = record.cell("Framework") if blank else None
    unnamed = "the Framework field is blank" if blank else "no framework is named"
    if framework.key == frameworks.OTHER:
        known = ", ".join(key for key in frameworks.frameworks() if key != frameworks.OTHER)
        found.warn(record.sheet, where,
                   f"{unnamed} and none that reportgen knows covers an inspection starting "
                   f"{start:%d/%m/%Y}; the Ratings sheet's standards are printed as typed, with "
                   "the overall rating as stated. "
                   + ("Type the framework in it: " if blank else "Add a row with "
                      "'Framework' in the Field column and the framework as its Value: ")
                   + f"one of {known}, or '{frameworks.OTHER}' if it is none of these")
    else:
        found.warn(record.sheet, where,
                   f"{unnamed}, so the one the inspection dates fall in is used: "
                   f"{framework.key} ({framework.name}). "
                   + (f"Type '{framework.key}' in it " if blank else "Add a row with "
                      f"'Framework' in the Field column and '{framework.key}' as its Value ")
                   + "to say so, or name another")
    return framework


def _standards(data: SheetData | None, framework: Framework, numbered: bool,
               found: Collector) -> tuple[tuple[Standard, ...], dict[int, str]]:
    """The Ratings sheet's standards in the order typed, and each one's row's cell (by its
    place). ``numbered``: each needs its number and domain, which group and score it; else
    they are printed as typed, and under a framework that numbers nothing, not read."""
    standards: list[Standard] = []
    cells_of: dict[int, str] = {}
    seen: dict[str, str] = {}
    domain_names: dict[int, str] = {}
    unread: list[tuple[str, str]] = []
    rows = read_table(schema.RATINGS, data, found)
    lacking = [name for name in ("Domain", "Standard") if rows and name not in rows[0].refs]
    if numbered and lacking:
        found.error(rows[0].sheet, None,
                    f"the sheet has no {' or '.join(lacking)} column; each standard "
                    f"{'of ' + framework.key if framework.standards else 'scored'} needs its "
                    "domain and its number, e.g. 1.1, so add "
                    f"{'it' if len(lacking) == 1 else 'them'}")
        return (), {}
    for row in rows:
        name = found.value(row, "Name", cells.parse_text)
        rating = found.value(row, "Rating", cells.parse_rating)
        domain_name = found.value(row, "Domain", cells.parse_text, required=numbered)
        if not framework.numbered:
            typed = found.value(row, "Standard", cells.parse_text, required=False)
            if typed:
                unread.append((typed, row.cell("Standard")))
            number = ""
        else:
            number = found.value(row, "Standard", cells.parse_standard, required=numbered)
        if number:
            if number in seen:
                found.error(row.sheet, row.cell("Standard"),
                            f"standard {number} is listed twice (also at {seen[number]})")
                continue
            seen[number] = row.cell("Standard")
        if None in (name, rating) or (numbered and None in (domain_name, number)):
            continue
        if number and domain_name:
            domain_number = int(number.split(".")[0])
            if domain_names.setdefault(domain_number, domain_name) != domain_name:
                found.error(row.sheet, row.cell("Domain"),
                            f"standard {number} puts domain {domain_number} as {domain_name!r}, "
                            f"but an earlier row calls it {domain_names[domain_number]!r}")
                continue
        cells_of[len(standards)] = row.cell("Standard" if number else "Name")
        standards.append(Standard(number or "", name, rating, domain_name or ""))
    if unread:
        found.warn(rows[0].sheet, unread[0][1],
                   f"{framework.key} ({framework.name}) numbers none of the areas it rates, so "
                   f"the paper prints none: the Standard column's {len(unread)} "
                   f"{'number is' if len(unread) == 1 else 'numbers are'} not read "
                   f"({', '.join(typed for typed, _ in unread)}); clear "
                   f"{'it' if len(unread) == 1 else 'them'}")
    return tuple(standards), cells_of


def read_inspection(data: SheetData | None, ratings_data: SheetData | None,
                    scoring_data: SheetData | None, found: Collector) -> Inspection | None:
    record = read_details(schema.INSPECTION, data, found)
    own_scoring = _scoring(scoring_data, found)
    if record is None:
        _standards(ratings_data, frameworks.frameworks()[frameworks.OTHER], False, found)
        return None
    inspectorate = found.value(record, "Inspectorate", cells.parse_text)
    start = found.value(record, "Inspection start", cells.parse_date)
    end = found.value(record, "Inspection end", cells.parse_date)
    framework = _framework(record, start, found)
    scoring = own_scoring or framework.scoring
    # Numbers group the standards into domains and score them: needed wherever a score is
    # worked out, and wherever the framework numbers what it rates.
    numbered = framework.numbered and (scoring is not None or bool(framework.standards))
    standards, cells_of = _standards(ratings_data, framework, numbered, found)
    stated_score = found.value(record, "Stated score", cells.parse_text, required=False)
    stated_overall = found.value(record, "Stated overall rating", cells.parse_rating,
                                 required=False)
    if stated_overall is Rating.NOT_RATED:
        found.error(record.sheet, record.cell("Stated overall rating"),
                    "an overall rating cannot be 'Not rated'; type the rating the report gives, "
                    "or leave the field blank")
        stated_overall = None
    if inspectorate is None or start is None or end is None:
        return None
    if end < start:
        found.error(record.sheet, record.cell("Inspection end"),
                    f"the inspection ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y})")
    inspection = Inspection(inspectorate, start, end, standards, framework, scoring,
                            stated_overall)
    _check_ratings(inspection, record, cells_of, stated_score, ratings_data, found)
    return inspection


def _check_ratings(inspection: Inspection, record: Record, cells_of: Mapping[int, str],
                   stated_score: str | None, ratings_data: SheetData | None,
                   found: Collector) -> None:
    """Say what stops the paper giving a score or overall rating, and where the workbook's
    own statement disagrees with the ratings."""
    framework = inspection.framework
    ratings = sheet_name(schema.RATINGS, ratings_data)
    if framework.standards:
        for place, standard in enumerate(inspection.standards):
            if framework.rates(standard) is None:
                what = (f"standard {standard.number}" if framework.numbered
                        else f"the area {standard.name!r}")
                found.warn(ratings, cells_of.get(place),
                           f"{what} is not one that {framework.key} ({framework.name}) rates; "
                           "it is printed as typed but not scored")
    if not inspection.standards:
        if ratings_data is not None:
            found.error(ratings, None, "no standards are listed; add one row per "
                        "standard with its rating")
        return
    if inspection.missing:
        listed = "; ".join(s.label for s in inspection.missing)
        found.warn(ratings, None,
                   f"{len(inspection.missing)} of the {len(framework.standards)} standards "
                   f"{framework.key} rates {'has' if len(inspection.missing) == 1 else 'have'} "
                   f"no row: {listed}. The paper gives no overall rating until each has its "
                   "rating, or 'Not rated'")
        return
    if inspection.scoring is None:
        if inspection.stated_overall is None:
            found.warn(record.sheet, record.cell("Stated overall rating"),
                       f"under {framework.key} the overall rating is the inspectorate's own, "
                       "not worked out from points; type the report's overall rating in "
                       "'Stated overall rating' (the paper gives none until then)")
        return
    scoring = inspection.scoring
    if inspection.max_score > scoring.top:
        found.error(ratings, None,
                    f"{len(inspection.rated_standards)} rated standards can score up to "
                    f"{inspection.max_score}, but the scoring bands stop at {scoring.top}; add a "
                    "Scoring sheet with the bands for this framework")
        return
    computed = f"{inspection.score}/{inspection.max_score}"
    if stated_score is not None and stated_score.replace(" ", "") != computed:
        found.warn(record.sheet, record.cell("Stated score"),
                   f"the workbook states a score of {stated_score}, but the ratings give "
                   f"{computed}")
    if inspection.stated_overall is not None and inspection.overall is not None \
            and inspection.stated_overall is not inspection.overall:
        found.warn(record.sheet, record.cell("Stated overall rating"),
                   f"the workbook states '{inspection.stated_overall.label}' overall, but "
                   f"{computed} gives '{inspection.overall.label}'")
