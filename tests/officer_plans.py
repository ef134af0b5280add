"""Plans written as an officer writes them, with openpyxl alone and no reportgen code: another
service, another inspection, the words people type."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

STANDARDS_2021 = [
    ("Organisational delivery", "1.1", "Governance and leadership", "Good"),
    ("Organisational delivery", "1.2", "Staff", "Good"),
    ("Organisational delivery", "1.3", "Partnerships and services", "Requires improvement"),
    ("Organisational delivery", "1.4", "Information and facilities", "Good"),
    ("Court disposals", "2.1", "Assessment", "Requires improvement"),
    ("Court disposals", "2.2", "Planning", "Inadequate"),
    ("Court disposals", "2.3", "Implementation and delivery", "Good"),
    ("Court disposals", "2.4", "Reviewing", "Requires improvement"),
    ("Out-of-court disposals", "3.1", "Assessment", "Good"),
    ("Out-of-court disposals", "3.2", "Planning", "Good"),
    ("Out-of-court disposals", "3.3", "Implementation and delivery", "Outstanding"),
    ("Out-of-court disposals", "3.4", "Out-of-court disposal policy and provision", "Good"),
    ("Resettlement", "4.1", "Resettlement policy and provision", "Not rated"),
]
# By hand: 1 Outstanding (3) + 7 Good (14) + 3 Requires improvement (3) + 1 Inadequate (0) = 20
# of 36, in the band 19-30: Good. Resettlement is not rated and not scored.

MEETING = date(2025, 6, 10)


def _sheet(book, name: str, headers, rows) -> None:
    ws = book.create_sheet(name)
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))


def write_second_service(path: Path, *, ratings=STANDARDS_2021, inspection=None,
                         extra_progress=()) -> Path:
    """Riverside YJS: inspected in November 2023 (the 2021 framework, by its dates), its plan
    typed as people type. Its meeting is 10 June 2025; the log runs on past it."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(book, "Paper", ("Field", "Value"), [
        ("Organisation", "Riverside Youth Justice Service"),
        ("Plan title", "Riverside YJS Improvement Plan"),
        ("Board", "Riverside Youth Justice Management Board"),
        ("Meeting date", "Tuesday 10 June 2025"),
        ("Author", "Head of Riverside YJS"),
    ])
    _sheet(book, "Inspection", ("Field", "Value"), inspection or [
        ("Inspectorate", "HMIP"),
        ("Inspection start", "13 Nov 23"),
        ("Inspection end", datetime(2023, 11, 17)),
        ("Stated score", "20/36"),
        ("Stated overall rating", "Good"),
    ])
    _sheet(book, "Ratings", ("Domain", "Standard", "Name", "Rating"), ratings)
    _sheet(book, "Narrative", ("Section", "Domain", "Text"), [
        ("Introduction", None, "Our plan after the 2023 inspection."),
        ("Executive summary", None, "Riverside was rated Good."),
    ])
    _sheet(book, "Recommendations", ("Number", "Addressed to", "Recommendation"), [
        (1, "The service", "Improve planning for safety"),
        (2, "the service", "Improve assessment in court work"),
        (5, "The board", "Strengthen oversight of **partnership** work"),
        (6, "Board", "Make sure the board hears from children"),
    ])
    _sheet(book, "Actions", ("Recommendation", "Letter", "Action", "Lead", "Timescale", "RAG"), [
        (1, "A", "Safety planning training", "Team manager", "end March 2025", "Completed"),
        (1, "B", "Audit safety plans", "QA lead", "31.03.25", "Amber"),
        (2, "A", "Assessment guidance", "Practice lead", "Ongoing", "Green"),
        (2, "B", "Court team case audits", "Practice lead", "Q4 2024/25", None),
        (5, "A", "Board performance report", "Chair", "TBC", "Not started"),
        (6, "A", "Children's voice at every board", "Chair", "Q3 2025", None),
    ])
    _sheet(book, "Meetings", ("Date", "Meeting"), [
        (date(2025, 3, 11), "Board"), (date(2025, 6, 10), "Board"), (date(2025, 9, 9), "Board"),
    ])
    _sheet(book, "Progress", ("Date", "Action", "RAG", "Commentary", "Evidence", "Updated by"), [
        ("15 Oct 24", "1(a)", "Some progress", "Sessions booked", "", "Team manager"),
        (date(2025, 2, 20), "Rec 1A", "Completed", "All staff trained", "Training log",
         "Team manager"),
        (date(2025, 3, 1), "1.b", "Red", "Audit delayed", "", "QA lead"),
        (date(2025, 5, 20), "1B", "Amber", "Audit started", "", "QA lead"),
        (date(2025, 2, 1), "2a", "Good progress", "Guidance drafted", "", "Practice lead"),
        # After the meeting: left out of its paper, with one warning.
        (date(2025, 7, 1), "1B", "Complete", "Audit done", "Audit report", "QA lead"),
        (date(2025, 8, 1), "2B", "Good progress", "Audits under way", "", "Practice lead"),
        *extra_progress,
    ])
    book.save(path)
    return path


# Eastmere's areas as its 2025 report lists them: not in the order of the framework's areas.
AREAS_2025 = [
    ("Work with victims", None, "Work with victims", "Good"),
    ("Leadership and partnerships", None, "Leadership and partnerships", "Requires improvement"),
    ("Work with children", None, "Work with children", "Requires improvement"),
]


def write_programme_2025(path: Path, *, framework="HMIP youth justice inspection programme "
                         "(2025)", areas=AREAS_2025) -> Path:
    """Eastmere YJS: inspected in June 2025 under HMIP's 2025 programme, which rates areas by
    name and gives its own overall rating; two recommendations are to the police."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(book, "Paper", ("Field", "Value"), [
        ("Organisation", "Eastmere Youth Justice Service"),
        ("Plan title", "Eastmere YJS Improvement Plan"),
        ("Board", "Eastmere Youth Justice Partnership Board"),
        ("Meeting date", date(2025, 12, 9)),
        ("Author", "Head of Eastmere YJS"),
    ])
    _sheet(book, "Inspection", ("Field", "Value"), [
        ("Inspectorate", "HMIP"),
        ("Inspection start", date(2025, 6, 2)),
        ("Inspection end", date(2025, 6, 6)),
        ("Framework", framework),
        ("Stated overall rating", "Requires improvement"),
    ])
    _sheet(book, "Ratings", ("Domain", "Standard", "Name", "Rating"), areas)
    _sheet(book, "Narrative", ("Section", "Domain", "Text"), [
        ("Introduction", None, "Our plan after the 2025 inspection."),
        ("Executive summary", None, "Eastmere was rated Requires improvement."),
    ])
    _sheet(book, "Recommendations", ("Number", "Addressed to", "Recommendation"), [
        (1, "YJS", "Improve safety planning"),
        (2, "Eastmere Police", "Share intelligence on exploitation the same day"),
        (3, "Eastmere Police", "Attend every out-of-court panel"),
    ])
    _sheet(book, "Actions", ("Recommendation", "Letter", "Action", "Lead", "Timescale", "RAG"), [
        (1, "A", "Safety planning training", "Team manager", "March 2026", "Good progress"),
        (2, "A", "Same-day intelligence protocol", "Detective inspector", "January 2026",
         "Some progress"),
        (3, "A", "Panel rota", "Police sergeant", "February 2026", "Complete"),
    ])
    _sheet(book, "Progress", ("Date", "Action", "RAG", "Commentary", "Updated by"), [
        (date(2025, 11, 1), "1A", "Good progress", "Half the staff trained", "Team manager"),
        (date(2025, 11, 20), "3A", "Complete", "Rota agreed", "Police sergeant"),
    ])
    book.save(path)
    return path
