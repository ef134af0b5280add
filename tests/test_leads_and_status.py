"""The Leads sheet, the email drafts requests writes with it, and `reportgen status`."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from lead_returns import fill_return

from reportgen.commands import main
from reportgen.plan.reader import read_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The small plan: 1A (Head Of Service) is closed; 1B (Practice Manager) and 2A (Chair) are
# open. Its meeting is Tuesday 8 December 2020; ten working days before it is Tuesday 24
# November.
LEADS = [{"Lead": "Practice manager.", "Email": "pm@testshire.gov.uk", "Role": "Team manager"},
         {"Lead": "Chair", "Email": "chair@testshire.gov.uk", "Organisation": "The board"}]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def with_leads(leads=LEADS):
    def edit(fields, rows) -> None:
        rows["Leads"] = [dict(lead) for lead in leads]
        fields["Paper"]["Contact email"] = "yot@testshire.gov.uk"
    return edit


def read_draft(path: Path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def test_the_leads_sheet_is_read_with_the_plan(make_workbook) -> None:
    plan = read_workbook(make_workbook(with_leads())).plan
    assert [(c.name, c.email, c.role, c.organisation) for c in plan.leads] == [
        ("Practice manager.", "pm@testshire.gov.uk", "Team manager", ""),
        ("Chair", "chair@testshire.gov.uk", "", "The board")]


def test_a_lead_close_to_a_leads_row_is_named_with_it(make_workbook) -> None:
    plan = make_workbook(with_leads([{"Lead": "Practise Manager", "Email": "pm@x.gov.uk"},
                                     {"Lead": "Chair", "Email": "c@x.gov.uk"}]))
    warnings = [str(p) for p in read_workbook(plan).warnings]
    assert ("Actions!D3: the lead 'Practice Manager' has no row on the Leads sheet, but "
            "'Practise Manager' (Leads!A2) is close to it") in "\n".join(warnings)
    assert not any("'Chair'" in w for w in warnings)


def test_an_email_that_is_not_one_is_named_by_its_cell(make_workbook) -> None:
    plan = make_workbook(with_leads([{"Lead": "Chair", "Email": "chair at testshire"}]))
    result = run("validate", plan)
    assert result.exit_code == 2
    assert "Leads!B2: 'chair at testshire' is not an email address" in result.output


def test_requests_writes_an_email_draft_per_lead_with_the_request_attached(make_workbook,
                                                                          tmp_path) -> None:
    out = tmp_path / "out"
    plan = make_workbook(with_leads())
    result = run("requests", plan, "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["chair.eml", "chair.xlsx",
                                                     "practice-manager.eml",
                                                     "practice-manager.xlsx"]
    assert f"and {out / 'chair.eml'}: an email draft" in result.output
    draft = read_draft(out / "practice-manager.eml")
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "Practice manager <pm@testshire.gov.uk>"
    assert draft["From"] == "Head of Service <yot@testshire.gov.uk>"
    assert "Testshire Youth Offending Team" in draft["Subject"]
    assert "please return by Tuesday 24 November 2020" in draft["Subject"]
    body = draft.get_body(("plain",)).get_content()
    assert "actions you lead (1B)" in body and "by Tuesday 24 November 2020" in body
    [attached] = list(draft.iter_attachments())
    assert attached.get_content_type() == XLSX
    assert attached.get_filename() == "practice-manager.xlsx"
    assert attached.get_content() == (out / "practice-manager.xlsx").read_bytes()
    again = tmp_path / "again"
    assert run("requests", plan, "--out", again).exit_code == 0  # the same bytes again
    assert (again / "chair.eml").read_bytes() == (out / "chair.eml").read_bytes()


def test_a_lead_without_an_email_is_named_and_gets_no_draft(make_workbook, tmp_path) -> None:
    out = tmp_path / "out"
    result = run("requests", make_workbook(with_leads([{"Lead": "Chair", "Email": None}])),
                 "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["chair.xlsx", "practice-manager.xlsx"]
    assert ("warning: Leads: no email for Chair on the Leads sheet and Practice Manager not on "
            "the Leads sheet, so no email draft for them") in result.output


def test_without_a_leads_sheet_requests_writes_no_draft(make_workbook, tmp_path) -> None:
    result = run("requests", make_workbook(), "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert not list((tmp_path / "out").glob("*.eml"))
    assert "Leads" not in result.output


@pytest.fixture
def round_sent(make_workbook, tmp_path) -> tuple[Path, Path, Path]:
    """The plan, its requests, and a returns folder with the Practice Manager's return (and
    the Chair's request, copied there unopened)."""
    plan = make_workbook(with_leads())
    requests = tmp_path / "requests"
    assert run("requests", plan, "--out", requests).exit_code == 0
    returns = tmp_path / "returns"
    returns.mkdir()
    fill_return(requests / "practice-manager.xlsx", returns / "pm update.xlsx",
                {"1B": {"New RAG": "Good progress", "Commentary": "Plans in place"}})
    (returns / "chair.xlsx").write_bytes((requests / "chair.xlsx").read_bytes())
    return plan, requests, returns


def test_status_names_who_has_not_returned_and_who_is_overdue(round_sent) -> None:
    plan, _, returns = round_sent
    result = run("status", plan, returns, "--as-at", "25/11/2020")
    assert result.exit_code == 0, result.output
    assert ("updates for the Youth Justice Partnership Board on Tuesday 8 December 2020, due "
            "by Tuesday 24 November 2020; as at Wednesday 25 November 2020") in result.output
    assert f"returned: Practice Manager (1B): {returns / 'pm update.xlsx'}" in result.output
    assert ("not returned, overdue: Chair (2A), due Tuesday 24 November 2020; "
            "chair@testshire.gov.uk") in result.output
    assert "1 of 2 lead(s) returned; 1 not returned, 1 of them overdue" in result.output
    # The Chair's request, never filled in or saved, is not a return.
    assert (f"{returns / 'chair.xlsx'}: left out: the request to Chair as it was written"
            in result.output)
    on_time = run("status", plan, returns, "--as-at", "24/11/2020")
    assert "not returned: Chair (2A), due Tuesday 24 November 2020" in on_time.output
    assert "overdue" not in on_time.output


def test_status_writes_a_reminder_draft_for_who_has_not_returned(round_sent, tmp_path) -> None:
    plan, requests, returns = round_sent
    reminders = tmp_path / "reminders"
    result = run("status", plan, returns, "--as-at", "30/11/2020", "--requests", requests,
                 "--reminders", reminders)
    assert result.exit_code == 0, result.output
    assert f"wrote {reminders / 'chair.eml'}: a reminder" in result.output
    assert [p.name for p in reminders.iterdir()] == ["chair.eml"]
    draft = read_draft(reminders / "chair.eml")
    assert draft["X-Unsent"] == "1" and draft["To"] == "Chair <chair@testshire.gov.uk>"
    assert draft["Subject"].startswith("Reminder:")
    body = draft.get_body(("plain",)).get_content()
    assert "was due back on Tuesday 24 November 2020" in body
    [attached] = list(draft.iter_attachments())
    assert attached.get_content() == (requests / "chair.xlsx").read_bytes()


def test_status_of_a_plan_with_errors_is_bad_input(make_workbook, tmp_path) -> None:
    plan = make_workbook(lambda fields, rows: rows["Actions"][0].update(RAG="Amberish"))
    result = run("status", plan, tmp_path)
    assert result.exit_code == 2
    assert "no list was made" in result.output


def test_the_request_from_this_plan_still_collects(round_sent, tmp_path) -> None:
    plan, _, returns = round_sent
    result = run("collect", plan, returns / "pm update.xlsx", "--out", tmp_path / "new.xlsx")
    assert result.exit_code == 0, result.output
    assert "1 update(s)" in result.output
