"""Small workbooks for tests: a minimal valid plan, and ways to change its sheets."""

from __future__ import annotations

from datetime import date

from reportgen.plan import schema

Sheets = list[tuple[str, list[str], list[list[object]]]]


RATINGS_12 = [
    ("Organisational delivery", "1.1", "Governance and leadership", "Requires improvement"),
    ("Organisational delivery", "1.2", "Staff", "Good"),
    ("Organisational delivery", "1.3", "Partnerships and services", "Requires improvement"),
    ("Organisational delivery", "1.4", "Information and facilities", "Good"),
    ("Court disposals", "2.1", "Assessment", "Good"),
    ("Court disposals", "2.2", "Planning", "Inadequate"),
    ("Court disposals", "2.3", "Implementation and delivery", "Good"),
    ("Court disposals", "2.4", "Reviewing", "Requires improvement"),
    ("Out-of-court disposals", "3.1", "Assessment", "Good"),
    ("Out-of-court disposals", "3.2", "Planning", "Requires improvement"),
    ("Out-of-court disposals", "3.3", "Implementation and delivery", "Good"),
    ("Out-of-court disposals", "3.4", "Joint working", "Good"),
]


def small_plan() -> tuple[dict, dict]:
    """A minimal valid plan: two recommendations, three actions, Medway's 12 ratings."""
    fields = {
        "Paper": {
            "Organisation": "Testshire Youth Offending Team",
            "Plan title": "Testshire Improvement Plan",
            "Board": "Youth Justice Partnership Board",
            "Meeting date": date(2020, 12, 8),
            "Author": "Head of Service",
        },
        "Inspection": {
            "Inspectorate": "HMIP",
            "Inspection start": date(2020, 2, 24),
            "Inspection end": date(2020, 2, 28),
            "Framework": "hmip-2018",
        },
    }
    rows = {
        "Versions": [{"Version": "V1", "Date": date(2020, 6, 1), "Changes made": "First"}],
        "Ratings": [dict(zip(("Domain", "Standard", "Name", "Rating"), r, strict=True))
                    for r in RATINGS_12],
        "Narrative": [
            {"Section": "Introduction", "Text": "Our plan."},
            {"Section": "Key findings", "Domain": 1, "Text": "- Strong leadership"},
            {"Section": "Domain summary", "Domain": 2, "Text": "Court work was mixed."},
            {"Section": "But", "Domain": 3, "Text": "- Joint work with social care"},
        ],
        "Recommendations": [
            {"Number": 1, "Addressed to": "YOT", "Recommendation": "Improve custody planning"},
            {"Number": 2, "Addressed to": "Board", "Recommendation": "Strengthen ambition"},
        ],
        "Actions": [
            {"Recommendation": 1, "Letter": "A", "Action": "Escalation process",
             "Lead": "Head Of Service", "Timescale": "September 2020",
             "Success measures": "Timely plans", "RAG": "Complete",
             "Closed by board": date(2020, 10, 6)},
            {"Recommendation": 1, "Letter": "B", "Action": "Resettlement planning",
             "Lead": "Practice Manager", "Timescale": date(2020, 10, 15),
             "Success measures": "Plans for leaving custody", "RAG": "a"},
            {"Recommendation": 2, "Letter": "A", "Action": "Update strategy",
             "Lead": "Chair", "Timescale": "March 2021", "RAG": None},
        ],
        "Progress": [
            {"Date": date(2020, 9, 30), "Action": "1A", "RAG": "Complete",
             "Commentary": "Protocol signed off", "Evidence": "Escalation protocol v1"},
            {"Date": date(2020, 11, 20), "Action": "1B", "RAG": "Some progress",
             "Commentary": "Draft plan agreed", "Evidence": "Resettlement plan draft"},
        ],
    }
    return fields, rows


def sheets_of(fields: dict, rows: dict) -> Sheets:
    """The plan as plain (name, headers, rows) sheets, ready to break and write.

    Details sheets list only the fields given; optional sheets without rows are left out.
    """
    sheets: Sheets = []
    for sheet in schema.SHEETS:
        if sheet.details:
            values = fields.get(sheet.name, {})
            body = [[c.name, values[c.name]] for c in sheet.columns if c.name in values]
            sheets.append((sheet.name, list(schema.DETAIL_HEADERS), body))
        elif sheet.name in rows or sheet.required:
            headers = [c.name for c in sheet.columns]
            body = [[row.get(h) for h in headers] for row in rows.get(sheet.name, ())]
            sheets.append((sheet.name, headers, body))
    return sheets


def drop_column(sheets: Sheets, sheet: str, header: str) -> Sheets:
    """The sheets with one column of one sheet removed."""
    result = []
    for name, headers, body in sheets:
        if name == sheet:
            keep = [i for i, h in enumerate(headers) if h != header]
            headers = [headers[i] for i in keep]
            body = [[row[i] for i in keep] for row in body]
        result.append((name, headers, body))
    return result


def rename_column(sheets: Sheets, sheet: str, old: str, new: str) -> Sheets:
    """The sheets with one header of one sheet retyped."""
    return [(name, [new if name == sheet and h == old else h for h in headers], body)
            for name, headers, body in sheets]


FORMULAS = {
    "Actions!G2": '=IF(1=1,"Complete","")',   # gives Complete
    "Actions!D3": '=IF(1=1,"","Practice Manager")',  # gives empty text: no lead
}


def write_formula_plan(path) -> None:
    """The small plan in the officers' workbook, with FORMULAS typed over two cells.

    Written by openpyxl, the formulas have no saved values; saved again by a spreadsheet, they
    have (tests/fixtures/formulas-libreoffice.xlsx).
    """
    import openpyxl

    from reportgen.plan.blank_workbook import write_plan

    write_plan(path, *small_plan())
    book = openpyxl.load_workbook(path)
    for where, formula in FORMULAS.items():
        sheet, cell = where.split("!")
        book[sheet][cell] = formula
    book.save(path)
