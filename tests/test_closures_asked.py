"""The cover's ask to close actions says only what the workbook records of who reported each
complete, and never asks the board twice: checked in the HTML, the PDF and the Word paper."""

from __future__ import annotations

import re
from datetime import date

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from pypdf import PdfReader

from reportgen import build, read_workbook
from reportgen.commands import main
from reportgen.paper.context import paper_context
from reportgen.plan.model import named_actions

# The small plan's meeting is 8 December 2020; nothing below is closed by the board.
LEADS = {"1A": "Head Of Service", "1B": "Practice Manager", "2A": "Chair", "2B": "Chair",
         "2C": "Chair"}


def awaiting(fields, rows, *, authors: dict[str, str | None], typed: tuple[str, ...] = (),
             recommendations: str = "") -> None:
    """Each action in ``authors`` rated Complete by an update from its author (None: no update
    names one); each in ``typed`` rated Complete on the Actions sheet only."""
    rows["Actions"] = [
        {"Recommendation": int(reference[0]), "Letter": reference[1], "Action": f"Do {reference}",
         "Lead": lead, "Timescale": "March 2021", "Success measures": "Done",
         "RAG": "Complete" if reference in typed else None, "Closed by board": None}
        for reference, lead in LEADS.items()
    ]
    rows["Progress"] = [
        {"Date": date(2020, 11, 20), "Action": reference, "RAG": "Complete",
         "Commentary": "Done", "Evidence": "Report", "Updated by": author}
        for reference, author in authors.items()
    ]
    if recommendations:
        fields["Paper"]["Recommendations to the board"] = recommendations


def ask_of(path) -> str:
    """The generated ask as the plan's context words it, references in order."""
    asked = paper_context(read_workbook(path).plan).closures_asked
    return asked.opening + "".join(
        group.before + ", ".join(s.action.reference for s in group.statuses) + group.after
        for group in asked.groups) + "." if asked else ""


def test_only_an_update_by_the_lead_is_reported_by_the_lead(make_workbook) -> None:
    # Names are compared as the reader compares leads: case, spacing, a trailing full stop.
    by_lead = make_workbook(lambda f, r: awaiting(f, r, authors={
        "1A": "head  of service.", "2A": "Chair"}))
    assert ask_of(by_lead) == ("The board is asked to agree that these 2 actions, reported "
                               "complete by their leads, are closed: 1A, 2A.")
    one = make_workbook(lambda f, r: awaiting(f, r, authors={"1A": "Head of Service"}))
    assert ask_of(one) == ("The board is asked to agree that this action, reported complete by "
                           "its lead, is closed: 1A.")
    other = make_workbook(lambda f, r: awaiting(f, r, authors={"1B": "Jo Bloggs"}))
    assert ask_of(other) == ("The board is asked to agree that this action, recorded as "
                             "complete by Jo Bloggs, is closed: 1B.")
    unsigned = make_workbook(lambda f, r: awaiting(f, r, authors={"2A": None, "2C": None}))
    assert ask_of(unsigned) == ("The board is asked to agree that these 2 actions, recorded as "
                                "complete in updates that do not say who made them, are "
                                "closed: 2A, 2C.")
    typed = make_workbook(lambda f, r: awaiting(f, r, authors={}, typed=("2B",)))
    assert ask_of(typed) == ("The board is asked to agree that this action, marked complete in "
                             "the plan with no progress update, is closed: 2B.")


def test_a_later_update_by_the_lead_confirms_an_earlier_one_by_someone_else(
        make_workbook) -> None:
    def edit(fields, rows):
        awaiting(fields, rows, authors={"1B": "Jo Bloggs"})
        rows["Progress"].append({"Date": date(2020, 12, 1), "Action": "1B", "RAG": "Complete",
                                 "Commentary": "Confirmed", "Updated by": "Practice Manager"})
        # A Complete by the lead before a later Good progress is not this completion's.
        rows["Progress"][:0] = [
            {"Date": date(2020, 10, 1), "Action": "1A", "RAG": "Complete",
             "Updated by": "Head Of Service"},
            {"Date": date(2020, 10, 9), "Action": "1A", "RAG": "Good progress",
             "Updated by": "Head Of Service"},
            {"Date": date(2020, 11, 2), "Action": "1A", "RAG": "Complete",
             "Updated by": "Business Support"}]

    assert ask_of(make_workbook(edit)) == (
        "The board is asked to agree that these 2 actions are closed: 1B, reported complete by "
        "its lead; and 1A, recorded as complete by Business Support.")


def test_the_officers_own_ask_is_not_made_again(make_workbook) -> None:
    path = make_workbook(lambda f, r: awaiting(
        f, r, authors={"1A": "Head Of Service", "2A": "Chair", "2C": "Chair"},
        recommendations="The board is asked to:\n\n- agree that action 2a is closed;\n"
                        "- note progress on recommendation 1."))
    assert ask_of(path) == ("The board is asked to agree that these 2 actions, reported "
                            "complete by their leads, are closed: 1A, 2C.")
    # Every action named is left out; with none left, there is no generated ask at all.
    named = make_workbook(lambda f, r: awaiting(
        f, r, authors={"1A": "Head Of Service", "2A": "Chair"},
        recommendations="Agree that actions 1A and 2A are closed."))
    assert ask_of(named) == ""


def test_the_warning_names_the_cell_and_what_to_check(make_workbook) -> None:
    path = make_workbook(lambda f, r: awaiting(
        f, r, authors={"1A": "Head Of Service", "2A": "Chair", "2C": "Chair"},
        recommendations="Agree that actions 2A to 2C are closed."))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    warning = next(line for line in result.output.splitlines() if "recommendations to" in line)
    assert re.fullmatch(
        r"warning: Paper!B\d+: the recommendations to the board name actions 2A and 2C, which "
        r"are complete and awaiting the board's agreement, so the cover does not also ask the "
        r"board to agree that they are closed; make sure these recommendations ask it, or take "
        r"their references out of them to have the cover ask", warning), warning
    # An action the recommendations name that is not awaiting the board is no concern.
    quiet = make_workbook(lambda f, r: awaiting(
        f, r, authors={"2A": "Chair"}, recommendations="Note that 1B is delayed."))
    result = CliRunner().invoke(main, ["validate", str(quiet)])
    assert result.exit_code == 0 and "recommendations to the board name" not in result.output


@pytest.mark.parametrize(("text", "named"), [
    ("agree that action 3A is closed", {"3A"}),
    ("actions 2a and 10C, and 4B to 4D", {"2A", "10C", "4B", "4C", "4D"}),
    ("4B-4C; 5a–c", {"4B", "4C", "5A", "5B", "5C"}),
    ("recommendation 3, Q3 2021, version 1.3a, 24x7, 3Aa", set()),
    ("3A to be closed", {"3A"}),
    # The forms the Progress sheet takes for a reference.
    ("agree that actions 1(a), 2 (a) and 2(B) are closed", {"1A", "2A", "2B"}),
    ("close 1.A, 2.a and 3-C", {"1A", "2A", "3C"}),
    ("3(b) to 3(d), and 5.a to 5.b", {"3B", "3C", "3D", "5A", "5B"}),
    ("recommendation 3 (a new approach), in 2025.And 4 (see below)", set()),
])
def test_the_references_an_officer_writes(text, named) -> None:
    assert named_actions(text) == named


def test_every_format_says_the_same_ask(make_workbook, tmp_path) -> None:
    path = make_workbook(lambda f, r: awaiting(
        f, r, authors={"1A": "Head Of Service", "1B": "Jo Bloggs", "2A": None, "2C": "Chair"},
        typed=("2B",), recommendations="Agree that action 2C is closed."))
    files = {p.suffix[1:]: p for p in build(path, out_dir=tmp_path / "out").outputs}
    words = ("The board is asked to agree that these 4 actions are closed: 1A, reported complete "
             "by its lead; 1B, recorded as complete by Jo Bloggs; 2A, recorded as complete in an "
             "update that does not say who made it; and 2B, marked complete in the plan with no "
             "progress update.")
    pdf = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(files["pdf"]).pages))
    assert words in pdf
    assert "reported complete by their leads" not in pdf and "2C, " not in pdf
    html = files["html"].read_text(encoding="utf-8")
    closures = re.search(r'<p class="closures">(.*?)</p>', html).group(1)
    assert re.sub(r"<[^>]+>", "", closures) == words
    assert re.findall(r'href="#action-(\w+)"', closures) == ["1A", "1B", "2A", "2B"]
    document = docx.Document(str(files["docx"]))
    paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t")))
                  for p in document.element.body.iter(qn("w:p"))]
    assert words in paragraphs
    assert "Agree that action 2C is closed." in paragraphs
