"""The cover sheet's optional fields: printed where the Paper sheet gives them, left out where
it does not, and an exempt paper refused without its reason."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from workbooks import sheets_of, small_plan

from reportgen import WorkbookError, read_workbook
from reportgen.build import build
from reportgen.commands import main
from reportgen.paper.context import paper_html

EVERY_FIELD = {
    "Report date": date(2020, 12, 1),
    "Contact email": "youth.justice@testshire.gov.uk",
    "Contact phone": "01234 567890",
    "Exempt": "Yes",
    "Exemption reason": "Paragraph 1: information relating to any individual",
    "Financial implications": "Funded from the **youth justice grant**.",
    "Legal implications": "None beyond the inspection's recommendations.",
    "Equalities implications": "- Girls' needs\n- Children in care",
    "Risk implications": "Two overdue actions put children at risk.",
}
# Where write_plan puts each field on the Paper sheet: its order in the schema, from row 2.
REPORT_DATE, EXEMPT, EXEMPTION_REASON = "Paper!B6", "Paper!B14", "Paper!B15"


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class Page(HTMLParser):
    """A page's visible text, its headings in order, and its links."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.headings: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text.append(data)

    @property
    def words(self) -> str:
        return words(" ".join(self.text))


def cover_html(path: Path) -> str:
    """The cover sheet's section of the HTML paper for the workbook at ``path``."""
    html = paper_html(read_workbook(path).plan)
    return html[html.index('<section class="cover-sheet"'):html.index("</section>")]


def cover_page(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def every_field(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The small plan with every cover sheet field filled in, built as PDF and HTML."""
    from reportgen.plan.blank_workbook import write_plan

    folder = tmp_path_factory.mktemp("cover")
    fields, rows = small_plan()
    fields["Paper"] |= EVERY_FIELD
    write_plan(folder / "every-field.xlsx", fields, rows)
    result = build(folder / "every-field.xlsx", out_dir=folder)
    return {p.suffix[1:]: p for p in result.outputs} | {"xlsx": folder / "every-field.xlsx"}


@pytest.fixture(scope="module")
def no_field(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The small plan, which gives none of them, built as PDF and HTML."""
    from reportgen.plan.blank_workbook import write_plan

    folder = tmp_path_factory.mktemp("cover")
    write_plan(folder / "no-field.xlsx", *small_plan())
    result = build(folder / "no-field.xlsx", out_dir=folder)
    return {p.suffix[1:]: p for p in result.outputs}


def first_page(pdf: Path) -> str:
    return words(PdfReader(pdf).pages[0].extract_text())


def test_the_cover_prints_every_field_given(every_field) -> None:
    text = first_page(every_field["pdf"])
    for line in ("Meeting date 8 December 2020",
                 "Report date 1 December 2020",
                 "Author Head of Service",
                 "Email youth.justice@testshire.gov.uk",
                 "Telephone 01234 567890",
                 "Exempt from publication Yes. Paragraph 1: information relating to any "
                 "individual",
                 "Appendix Appendix: progress log",
                 "Implications Financial Funded from the youth justice grant.",
                 "Legal None beyond the inspection's recommendations.",
                 "Equalities • Girls' needs • Children in care",  # each bullet before its item
                 "Risk Two overdue actions put children at risk."):
        assert line in text, line


def test_the_html_cover_links_the_email_and_the_appendix_and_keeps_its_headings_in_order(
        every_field) -> None:
    html = every_field["html"].read_text(encoding="utf-8")
    cover = html[html.index('<section class="cover-sheet"'):html.index("</section>")]
    page = cover_page(cover)
    assert page.headings == ["h1", "h2", "h2"]  # the title; the position, the implications
    assert page.links == ["mailto:youth.justice@testshire.gov.uk", "#appendix"]
    assert 'id="appendix"' in html  # the link's target: the paper's own appendix
    assert "<strong>youth justice grant</strong>" in cover  # formatted text
    assert '<th scope="row">Equalities</th><td><ul>' in cover


def test_blank_fields_are_left_out_with_no_stray_label(no_field) -> None:
    text = first_page(no_field["pdf"])
    html = no_field["html"].read_text(encoding="utf-8")
    cover = cover_page(html[html.index('<section class="cover-sheet"'):
                            html.index("</section>")]).words
    for shown in (text, cover):
        assert "Meeting date 8 December 2020" in shown
        assert "Appendix Appendix: progress log" in shown  # generated, so always there
        for label in ("Report date", "Email", "Telephone", "Exempt", "Implications",
                      "Financial", "Legal", "Equalities", "Risk", "None", "Presented by",
                      "Purpose", "Agenda item"):
            assert label not in shown, label
    assert 'id="implications"' not in html


def test_only_the_implications_given_are_printed(make_workbook) -> None:
    def edit(fields, rows):
        fields["Paper"]["Legal implications"] = "The board must publish the plan."
        fields["Paper"]["Risk implications"] = "   "  # only spaces: blank

    page = cover_page(cover_html(make_workbook(edit)))
    assert "Implications Implications of this paper Legal The board must publish the plan." \
        in page.words  # the heading, the table's caption (for screen readers), its one row
    for area in ("Financial", "Equalities", "Risk"):
        assert area not in page.words


def test_a_paper_not_exempt_says_so_when_the_sheet_says_so(make_workbook) -> None:
    page = cover_page(cover_html(make_workbook(
        lambda fields, rows: fields["Paper"].update(Exempt="no"))))
    assert "Exempt from publication No" in page.words


def problems(path: Path) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    return [str(p) for p in caught.value.errors]


def test_exempt_without_a_reason_is_refused_naming_the_cell_and_the_fix(make_workbook) -> None:
    path = make_workbook(lambda fields, rows: fields["Paper"].update(Exempt="Yes"))
    expected = (f"{EXEMPTION_REASON}: the paper is marked exempt from publication but gives no "
                "reason; type the paragraph of Schedule 12A to the Local Government Act 1972 it "
                "falls under in the 'Exemption reason' field (e.g. 'Paragraph 3: information "
                "relating to the financial or business affairs of any particular person'), or "
                "set Exempt to No")
    assert problems(path) == [expected]
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"error: {expected}" in result.output


def test_exempt_without_a_reason_field_names_the_exempt_cell(make_workbook) -> None:
    fields, rows = small_plan()
    paper = [[name, value] for name, value in fields["Paper"].items()]
    paper.append(["Exempt from publication", "Y"])  # Paper!B7, an officer's own name for it
    sheets = [("Paper", ["Field", "Value"], paper) if name == "Paper" else (name, headers, body)
              for name, headers, body in sheets_of(fields, rows)]
    (only,) = problems(make_workbook(sheets=sheets))
    assert only.startswith("Paper!B7: the paper is marked exempt from publication but gives "
                           "no reason")


def test_a_bad_exempt_value_is_refused(make_workbook) -> None:
    path = make_workbook(lambda fields, rows: fields["Paper"].update(Exempt="Partly"))
    assert problems(path) == [f"{EXEMPT}: 'Partly' is not Yes or No; type Yes or No"]


def test_a_reason_for_a_paper_not_exempt_and_a_reason_citing_no_paragraph_are_warnings(
        make_workbook) -> None:
    path = make_workbook(lambda fields, rows: fields["Paper"].update(
        {"Exempt": "No", "Exemption reason": "Paragraph 3"}))
    reading = read_workbook(path)
    assert [str(w) for w in reading.warnings] == [
        f"{EXEMPTION_REASON}: an exemption reason is given but Exempt is not Yes, so the paper "
        "is not marked exempt and the reason is not printed; set Exempt to Yes if it is"]
    assert reading.plan.paper.exemption_reason == ""

    path = make_workbook(lambda fields, rows: fields["Paper"].update(
        {"Exempt": "Yes", "Exemption reason": "Commercially sensitive"}))
    assert [str(w) for w in read_workbook(path).warnings] == [
        f"{EXEMPTION_REASON}: the exemption reason names no paragraph of Schedule 12A to the "
        "Local Government Act 1972; say which paragraph the information falls under"]


def test_a_bad_email_and_a_report_date_after_the_meeting(make_workbook) -> None:
    path = make_workbook(lambda fields, rows: fields["Paper"].update(
        {"Contact email": "Head of Service", "Report date": "nope"}))
    assert problems(path) == [
        f"{REPORT_DATE}: 'nope' is not a date; enter a date such as 15/09/2020 (day/month/year), "
        "15 September 2020 or 2020-09-15, or format the cell as a date",
        "Paper!B8: 'Head of Service' is not an email address; type one address, such as "
        "youth.justice@council.gov.uk, or leave the cell empty",
    ]
    path = make_workbook(lambda fields, rows: fields["Paper"].update(
        {"Contact email": "mailto:Lead@Testshire.gov.uk", "Report date": "01/12/2021"}))
    reading = read_workbook(path)
    assert reading.plan.paper.contact_email == "Lead@Testshire.gov.uk"
    assert [str(w) for w in reading.warnings] == [
        f"{REPORT_DATE}: the report date (01/12/2021) is after the meeting date (08/12/2020); "
        "check the year, or the day and month"]


def test_the_names_officers_give_the_fields(make_workbook) -> None:
    fields, rows = small_plan()
    sheets = sheets_of(fields, rows)
    paper = [[name, value] for name, value in fields["Paper"].items()] + [
        ["Date of report:", "1/12/20"],
        ["E-mail", "yot@testshire.gov.uk"],
        ["Tel", "01234 567890"],
        ["Exempt from publication", "YES"],
        ["Reason for exemption", "Paragraph 2"],
        ["Finance", "Within budget"],
        ["Legal", "None"],
        ["Equality implications", "Girls"],
        ["RISKS *", "Delay"],
    ]
    sheets = [("Paper", ["Field", "Value"], paper) if name == "Paper" else (name, headers, body)
              for name, headers, body in sheets]
    paper_details = read_workbook(make_workbook(sheets=sheets)).plan.paper
    assert paper_details.report_date == date(2020, 12, 1)
    assert (paper_details.contact_email, paper_details.contact_phone) == (
        "yot@testshire.gov.uk", "01234 567890")
    assert (paper_details.exempt, paper_details.exemption_reason) == (True, "Paragraph 2")
    assert paper_details.implications.stated == (
        ("Financial", "Within budget"), ("Legal", "None"), ("Equalities", "Girls"),
        ("Risk", "Delay"))


def test_the_example_cover_prints_what_the_example_gives(example_build) -> None:
    text = first_page(example_build["pdf"])
    assert "Report date 1 March 2021" in text
    assert "Exempt from publication No" in text
    assert "Implications Financial" in text and "Risk Until recommendations 2 and 3" in text
    assert "Email" not in text and "Telephone" not in text  # the example gives no contact
