"""Email drafts as .eml files: a lead's update request and its reminder, ready to send.

Nothing is sent: no server, no account, no password. The officer opens each draft in Outlook
or Thunderbird (the ``X-Unsent: 1`` header opens it as a new message to send, not as one
received), reads it, and presses Send. The same inputs always give the same bytes: the draft
carries no date (the mail program stamps it on sending) and its MIME boundary is worked out
from its content.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

from ..plan.model import LeadContact, PaperDetails
from .leads import lead_name
from .request_form import long_date

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class Attachment:
    """A file attached to a draft: its name as the lead sees it, and its bytes."""

    name: str
    content: bytes


@dataclass(frozen=True)
class RoundDetails:
    """What every draft of one update round says: the plan, the meeting and the return-by date."""

    paper: PaperDetails
    meeting_name: str
    meeting: date
    return_by: date


def request_draft(contact: LeadContact, references: str, details: RoundDetails,
                  request: Attachment) -> bytes:
    """The email that sends ``contact`` their update request, attached."""
    paper = details.paper
    body = (
        f"Dear {lead_name(contact.name)},\n\n"
        f"Please send your update on the {paper.organisation} improvement plan's actions you "
        f"lead ({references}) for the {details.meeting_name} on {long_date(details.meeting)}.\n"
        "\n"
        f"The attached workbook, {request.name}, lists them. For each action you have news "
        "of, fill in the shaded cells of its Updates sheet: the date of your update, the new "
        "RAG rating, what has happened and what comes next, and the evidence. If an action is "
        "done, choose Yes under Propose as complete; if it cannot be done by its due date, "
        "give the timescale you propose and the reason. Its What to do sheet says more.\n\n"
        f"Please save the workbook and send it back by replying to this email by "
        f"{long_date(details.return_by)}.\n\n"
        f"{_signature(paper)}"
    )
    subject = (f"Update request: {paper.organisation} improvement plan, for the "
               f"{details.meeting_name} on {long_date(details.meeting)}: please return by "
               f"{long_date(details.return_by)}")
    return _draft(contact, subject, body, paper, request)


def reminder_draft(contact: LeadContact, references: str, details: RoundDetails, *,
                   as_at: date, request: Attachment | None) -> bytes:
    """The email that reminds ``contact`` their update has not come back."""
    paper = details.paper
    late = as_at > details.return_by
    when = (f"was due back on {long_date(details.return_by)}" if late
            else f"is due back by {long_date(details.return_by)}")
    attached = (f"The request is attached again ({request.name}), in case it is easier to "
                "start from it. " if request is not None else
                "Please use the workbook sent to you with the request. ")
    body = (
        f"Dear {lead_name(contact.name)},\n\n"
        f"Your update on the {paper.organisation} improvement plan's actions you lead "
        f"({references}), for the {details.meeting_name} on {long_date(details.meeting)}, "
        f"{when}, and has not reached us yet.\n\n"
        f"{attached}Fill in the shaded cells of its Updates sheet for each action you have "
        "news of, save it, and send it back by replying to this email. If you have nothing "
        "new on an action, say so in its Commentary cell.\n\n"
        f"{_signature(paper)}"
    )
    subject = (f"Reminder: update request: {paper.organisation} improvement plan, "
               f"{'was due' if late else 'please return by'} {long_date(details.return_by)}")
    return _draft(contact, subject, body, paper, request)


def _signature(paper: PaperDetails) -> str:
    lines = ["Thank you,", paper.author or paper.organisation]
    if paper.author:
        lines.append(paper.organisation)
    return "\n".join(lines) + "\n"


def _draft(contact: LeadContact, subject: str, body: str, paper: PaperDetails,
           attachment: Attachment | None) -> bytes:
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    if paper.contact_email:
        message["From"] = _address(paper.author, paper.contact_email)
    message["To"] = _address(lead_name(contact.name), contact.email)
    message["Subject"] = subject
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(attachment.content, *XLSX_TYPE, filename=attachment.name)
        # Worked out before the message is written, which would otherwise pick one at random.
        digest = hashlib.sha256(body.encode() + attachment.content).hexdigest()[:32]
        message.set_boundary(f"reportgen-{digest}")
    return message.as_bytes()


def _address(name: str, email: str) -> Address:
    user, _, domain = email.rpartition("@")
    return Address(display_name=name, username=user, domain=domain)
