"""The Narrative sheet: the paper's prose, section by section and domain by domain."""

from __future__ import annotations

from ..excel import SheetData
from . import cells, schema
from .model import Domain, DomainNarrative, Inspection, Narrative
from .records import Collector
from .tables import read_table, sheet_name


def _narrated_domains(inspection: Inspection) -> tuple[Domain, ...]:
    """The domains the narrative may write about: those on the Ratings sheet, and those of the
    framework that a half-filled Ratings sheet does not list yet."""
    domains = {d.number: d for d in inspection.domains}
    for standard in inspection.framework.standards:
        if not standard.number:
            continue  # an area known by name: the narrative refers to it by its place
        number = int(standard.number.split(".")[0])
        domains.setdefault(number, Domain(number, standard.domain, ()))
    return tuple(domains[n] for n in sorted(domains))


def read_narrative(data: SheetData | None, inspection: Inspection | None,
                   found: Collector) -> Narrative | None:
    sections: dict[tuple[str, int | None], list[str]] = {}
    all_domains = _narrated_domains(inspection) if inspection else ()
    domain_numbers = {d.number for d in all_domains}
    section_names = {s.casefold(): s for s in schema.NARRATIVE_SECTIONS}
    per_domain = {"Domain summary", "Key findings", "But"}
    for row in read_table(schema.NARRATIVE, data, found):
        raw_section = found.value(row, "Section", cells.parse_text)
        text = found.value(row, "Text", cells.parse_text)
        domain = found.value(row, "Domain", cells.parse_number, required=False)
        if raw_section is None or text is None:
            continue
        section = section_names.get(raw_section.casefold().rstrip(":"))
        if section is None:
            found.error(row.sheet, row.cell("Section"),
                        f"{cells.shown(raw_section)} is not a section; use one of "
                        + ", ".join(schema.NARRATIVE_SECTIONS))
            continue
        if section in per_domain:
            if domain is None:
                found.error(row.sheet, row.cell("Domain"),
                            f"a '{section}' row needs the number of its domain")
                continue
            if inspection is not None and domain not in domain_numbers:
                found.error(row.sheet, row.cell("Domain"),
                            f"domain {domain} is not in the Ratings sheet (it has "
                            f"{', '.join(str(n) for n in sorted(domain_numbers)) or 'none'})")
                continue
        else:
            domain = None
        sections.setdefault((section, domain), []).append(text)
    if inspection is None:
        return None

    def blocks(section: str, domain: int | None = None) -> tuple[str, ...]:
        return tuple(sections.get((section, domain), ()))

    domains = tuple(
        DomainNarrative(d, blocks("Domain summary", d.number), blocks("Key findings", d.number),
                        blocks("But", d.number))
        for d in all_domains
    )
    silent = [part.domain for part in domains if not part.has_text]
    if silent:
        if silent[0].numbered:
            kind, names = "domain", "; ".join(f"{d.number} {d.name}" for d in silent)
            number = "the domain's number"
        else:
            kind, names = "area", "; ".join(f"{d.number} {d.name}" for d in silent)
            number = "the area's place on the Ratings sheet (1 for the first)"
        found.warn(sheet_name(schema.NARRATIVE, data), None,
                   f"{kind + 's' if len(silent) > 1 else kind} {names} "
                   f"{'have' if len(silent) > 1 else 'has'} no narrative, so the executive "
                   "summary gives no heading for "
                   f"{'them' if len(silent) > 1 else 'it'}; add 'Domain summary', 'Key "
                   f"findings' or 'But' rows with {number} to write about it")
    narrative = Narrative(
        introduction=blocks("Introduction"),
        foreword=blocks("Foreword"),
        ratings_commentary=blocks("Ratings commentary"),
        executive_summary=blocks("Executive summary"),
        domains=domains,
        recommendations=blocks("Recommendations"),
    )
    if not narrative.has_executive_summary:
        found.warn(sheet_name(schema.NARRATIVE, data), None,
                   "there is no 'Executive summary' or domain text, so the paper has no "
                   "executive summary; add rows with those sections")
    return narrative
