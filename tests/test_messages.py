"""Messages say what is true and what to do: the Framework field, and what 'due soon' counts to
when the workbook lists no later meeting (in every format)."""

from __future__ import annotations

import re
from datetime import date

import docx
from click.testing import CliRunner
from docx.oxml.ns import qn
from lxml import html as lxml_html
from pypdf import PdfReader
from workbooks import sheets_of, small_plan

from reportgen.commands import main


def validate(path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["validate", str(path)])
    return result.exit_code, [line for line in result.output.splitlines()
                              if line.startswith("warning:")]


def test_a_blank_framework_value_is_said_to_be_blank_with_what_to_type(make_workbook) -> None:
    # The blank workbook has a Framework row: here its value is left empty.
    path = make_workbook(lambda f, r: f["Inspection"].update(Framework=None))
    code, warnings = validate(path)
    assert code == 0
    assert warnings == [
        "warning: Inspection!B5: the Framework field is blank, so the one the inspection dates "
        "fall in is used: hmip-2018 (HMI Probation youth offending services inspection "
        "(2018)). Type 'hmip-2018' in it to say so, or name another"]


def test_a_blank_framework_no_known_framework_covers(make_workbook) -> None:
    def older(fields, rows):
        fields["Inspection"].update(Framework=None, **{"Inspection start": date(2012, 2, 20),
                                                        "Inspection end": date(2012, 2, 24),
                                                        "Stated overall rating": "Good"})

    code, warnings = validate(make_workbook(older))
    assert code == 0
    assert ("warning: Inspection!B5: the Framework field is blank and none that reportgen knows "
            "covers an inspection starting 20/02/2012; the Ratings sheet's standards are "
            "printed as typed, with the overall rating as stated. Type the framework in it: one "
            "of hmip-2018, hmip-2021, hmip-2025, or 'other' if it is none of these") in warnings
    assert not [w for w in warnings if "add a 'Framework' field" in w.casefold()]


def test_a_missing_framework_row_is_said_to_be_missing(make_workbook) -> None:
    fields, rows = small_plan()
    del fields["Inspection"]["Framework"]
    code, warnings = validate(make_workbook(sheets=sheets_of(fields, rows)))
    assert code == 0
    assert warnings == [
        "warning: Inspection: no framework is named, so the one the inspection dates fall in is "
        "used: hmip-2018 (HMI Probation youth offending services inspection (2018)). Add a row "
        "with 'Framework' in the Field column and 'hmip-2018' as its Value to say so, or name "
        "another"]


def cover_texts(path, out) -> dict[str, str]:
    """The cover's words in the PDF, the HTML and the Word paper, white space squeezed."""
    result = CliRunner().invoke(main, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    name = path.stem
    pdf = " ".join(page.extract_text() for page in PdfReader(out / f"{name}.pdf").pages[:2])
    html = lxml_html.fromstring((out / f"{name}.html").read_bytes()).text_content()
    document = docx.Document(str(out / f"{name}.docx"))
    word = " ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                    for p in document.element.body.iter(qn("w:p")))
    return {fmt: re.sub(r"\s+", " ", text) for fmt, text in
            (("pdf", pdf), ("html", html), ("docx", word))}


def test_with_no_later_meeting_the_cover_says_what_due_soon_counts_to(make_workbook,
                                                                      tmp_path) -> None:
    # The small plan lists no meetings; its meeting is 8 December 2020, and 13 weeks (91
    # days) on is 9 March 2021: 1B (due 15 October 2020) is overdue, 2A (March 2021, so
    # 31 March) not yet due.
    texts = cover_texts(make_workbook(name="plan.xlsx"), tmp_path / "out")
    for fmt, text in texts.items():
        assert ("1 is overdue and 0 fall due by 9 March 2021, 13 weeks after this meeting, as "
                "no later meeting is on the Meetings sheet.") in text, fmt
        assert "before the end of" not in text, fmt


def test_meetings_listed_but_none_later_is_a_warning_saying_to_add_it(make_workbook) -> None:
    path = make_workbook(lambda f, r: r.update(Meetings=[{"Date": date(2020, 10, 6)},
                                                         {"Date": date(2020, 12, 8)}]))
    code, warnings = validate(path)
    assert code == 0
    assert warnings == [
        "warning: Meetings: no meeting after this one (08/12/2020) is listed, so the cover "
        "counts what falls due in the following quarter (and says so) rather than before the "
        "next meeting; add the next meeting's date to this sheet"]
    later = make_workbook(lambda f, r: r.update(Meetings=[{"Date": date(2020, 10, 6)},
                                                          {"Date": date(2020, 12, 8)},
                                                          {"Date": date(2021, 3, 9)}]))
    assert validate(later) == (0, [])
