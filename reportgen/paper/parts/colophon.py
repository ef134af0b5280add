"""The colophon, the paper's last words: what made it, and from which workbook, exactly."""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import __version__
from ...plan.model import Plan
from ...words import _
from ...words.formatting import long_date
from ..content import Paragraph, Part, Run

KEY = "colophon"
ANCHOR = "colophon"


@dataclass(frozen=True)
class Source:
    """The workbook a paper is built from, for its provenance: its name, SHA-256 and bytes."""

    name: str
    sha256: str
    content: bytes = field(repr=False)


def build(plan: Plan, *, source: Source | None, attached: bool) -> Part:
    """The colophon: reportgen's version, the workbook (its SHA-256), the meeting, and
    whether the workbook is attached to the PDF."""
    runs = [Run(_("Made by reportgen {version} from").format(version=__version__) + " ")]
    if source is not None:
        runs += [Run(_("the workbook {name} (SHA-256").format(name=source.name) + " "),
                 Run(source.sha256, role="digest"), Run(")")]
    else:
        runs.append(Run(_("the plan's workbook")))
    runs.append(Run(", " + _("as at {date}.").format(date=long_date(plan.as_at))))
    if attached:
        runs.append(Run(" " + _("The workbook is attached to this PDF: open your PDF reader's "
                                "attachments to see it.")))
    return Part(KEY, ANCHOR, (Paragraph(tuple(runs)),), new_page=False, role="colophon")
