"""The cover sheet, as UK boards expect it: meeting, item, purpose, asks, implications and
appendices; a field the Paper sheet leaves blank is left out. The position at a glance and the
asks the workbook supports are worded here, once for every format."""

from __future__ import annotations

from ...plain_text import plain_text
from ...plan.model import Plan, UpdateRound
from ...words import _, ngettext
from ...words.formatting import long_date
from ..closures import ClosuresAsked, closures_asked
from ..content import (
    BulletList,
    Cell,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Row,
    RowGroup,
    Run,
    Table,
)
from ..figures import DEFAULT_HORIZON, ActionStatus, Direction, PlanFigures
from ..formatted_text import blocks
from .labels import action_link, action_links, column, runs_cell, text_cell

KEY = "cover_sheet"
ANCHOR = "title"


def position(plan: Plan, summary: PlanFigures) -> str:
    """The cover sheet's position at a glance, in words: one wording for every format."""
    awaiting, overdue = len(summary.awaiting_board), len(summary.overdue)
    due_soon = len(summary.due_soon)
    words = (_("As at {date}, {completed} of {total} actions ({share}) are complete").format(
        date=long_date(plan.as_at), completed=summary.completed, total=summary.mix.total,
        share=summary.completed_share)
        + (" " + _("and closed by the board") if plan.records_closures else "")
        + (", " + ngettext("and {count} more is recorded as complete, awaiting the board's "
                           "agreement", "and {count} more are recorded as complete, awaiting "
                           "the board's agreement", awaiting).format(count=awaiting)
           if awaiting else "")
        + ". " + ngettext("{count} is overdue", "{count} are overdue", overdue).format(
            count=overdue)
        + " " + ngettext("and {count} falls due {horizon}.", "and {count} fall due {horizon}.",
                         due_soon).format(count=due_soon, horizon=horizon_words(summary)))
    if summary.previous_meeting:
        words += " " + _("Since the last meeting ({date}), {improved} improved and {declined} "
                         "declined.").format(date=long_date(summary.previous_meeting),
                                             improved=len(summary.moved(Direction.IMPROVED)),
                                             declined=len(summary.moved(Direction.DECLINED)))
    if summary.update_round is not None:
        words += " " + round_words(summary.update_round)
    return words


def horizon_words(summary: PlanFigures) -> str:
    """'before the next meeting 8 June 2021', or, with no later meeting in the workbook, 'by
    8 June 2021, 13 weeks after this meeting, as no later meeting is on the Meetings sheet':
    what 'due soon' counts to, and where that date comes from."""
    if summary.horizon_is_meeting:
        return _("before the next meeting {date}").format(date=long_date(summary.horizon))
    if summary.horizon - summary.as_at == DEFAULT_HORIZON:
        days = DEFAULT_HORIZON.days
        return (_("by {date}, {weeks} weeks after this meeting, as no later meeting is on the "
                  "Meetings sheet").format(date=long_date(summary.horizon), weeks=days // 7)
                if days % 7 == 0 else
                _("by {date}, {days} days after this meeting, as no later meeting is on the "
                  "Meetings sheet").format(date=long_date(summary.horizon), days=days))
    return _("by {date}, as no later meeting is on the Meetings sheet").format(
        date=long_date(summary.horizon))


def round_words(update_round: UpdateRound) -> str:
    """'7 of 9 leads returned their updates for this meeting.', from the plan's record."""
    asked = update_round.asked
    return ngettext("{returned} of {asked} lead returned their updates for this meeting.",
                    "{returned} of {asked} leads returned their updates for this meeting.",
                    asked).format(returned=len(update_round.returned), asked=asked)


def revisions_asked(summary: PlanFigures) -> str:
    """The words that open the cover's ask to agree the new timescales leads proposed; each
    format follows them with one line per action (see ``proposed_words``); '' when none."""
    proposed = len(summary.proposed)
    if not proposed:
        return ""
    return ngettext("The board is asked to agree this proposed new timescale; until it does, "
                    "the figures use the timescale as it stands:",
                    "The board is asked to agree these {count} proposed new timescales; until "
                    "it does, the figures use the timescale as it stands:",
                    proposed).format(count=proposed)


def proposed_words(status: ActionStatus) -> str:
    """After the action's reference, linked: ': from March 2021 to June 2021 (proposed on 1
    March 2021). Reason: ...'. One wording for every format."""
    proposal = status.proposal
    reason = " ".join(plain_text(proposal.reason).split())
    return (": " + _("from {before} to {after} (proposed on {date}).").format(
        before=status.timescale.label, after=proposal.timescale.label,
        date=long_date(proposal.date))
        + (" " + _("Reason: {reason}").format(reason=reason) if reason else ""))


def closures_runs(asked: ClosuresAsked) -> tuple[Run, ...]:
    """The ask to close the actions awaiting the board, its references linked."""
    runs = [Run(asked.opening)]
    for group in asked.groups:
        if group.before:
            runs.append(Run(group.before))
        runs += action_links(group.statuses, last=" " + _("and") + " ")
        if group.after:
            runs.append(Run(group.after))
    runs.append(Run("."))
    return tuple(runs)


def build(plan: Plan, summary: PlanFigures, appendices: tuple[Part, ...]) -> Part:
    """The cover sheet of ``plan``; ``appendices`` are the appendices it lists."""
    paper = plan.paper
    details: list[tuple[str, Cell]] = [(_("Meeting date"), text_cell(long_date(plan.as_at)))]
    if paper.agenda_item:
        details.append((_("Agenda item"), text_cell(paper.agenda_item)))
    if paper.report_date:
        details.append((_("Report date"), text_cell(long_date(paper.report_date))))
    details.append((_("Organisation"), text_cell(paper.organisation)))
    if paper.author:
        details.append((_("Author"), text_cell(paper.author)))
    if paper.contact_email:
        details.append((_("Email"), runs_cell((Run(paper.contact_email,
                                                   link=f"mailto:{paper.contact_email}"),))))
    if paper.contact_phone:
        details.append((_("Telephone"), text_cell(paper.contact_phone)))
    if paper.presenter:
        details.append((_("Presented by"), text_cell(paper.presenter)))
    if paper.purpose:
        details.append((_("Purpose"), runs_cell((Run(paper.purpose, bold=True),))))
    if paper.exempt is not None:
        exempt = ((Run(_("Yes."), bold=True), Run(" " + paper.exemption_reason))
                  if paper.exempt else (Run(_("No")),))
        details.append((_("Exempt from publication"), runs_cell(exempt)))
    details.append((ngettext("Appendix", "Appendices", len(appendices)), Cell(
        (BulletList(tuple(ListItem((Run(part.contents_heading, link=f"#{part.anchor}"),))
                          for part in appendices), role="appendix-list"),)
        if appendices else ())))
    found: list = [
        Heading((Run(paper.title),), 0, anchor=ANCHOR),
        Table(_("About this paper"), (column("", 1), column("", 4)),
              (RowGroup((), tuple(Row((text_cell(heading, header=True), cell))
                                  for heading, cell in details)),),
              caption_shown=False, row_headers=True, role="cover-details"),
        Heading((Run(_("Position at a glance")),), 1, anchor="position", role="cover-heading"),
        Paragraph((Run(position(plan, summary)),), role="position"),
    ]
    asked = closures_asked(summary, paper.actions_asked_about)
    proposed = summary.proposed
    if paper.board_recommendations or asked or proposed:
        found += [Heading((Run(_("Recommendations to the board")),), 1, anchor="asks",
                          role="cover-heading"), *blocks(paper.board_recommendations)]
        if asked:
            found.append(Paragraph(closures_runs(asked), role="closures"))
        if proposed:
            found += [Paragraph((Run(revisions_asked(summary)),), role="revisions-asked"),
                      BulletList(tuple(ListItem((action_link(status),
                                                 Run(proposed_words(status))))
                                       for status in proposed), role="revisions-asked")]
    if paper.implications.stated:
        found += [Heading((Run(_("Implications")),), 1, anchor="implications",
                          role="cover-heading"),
                  Table(_("Implications of this paper"), (column("", 1), column("", 4)),
                        (RowGroup((), tuple(Row((text_cell(_(heading), header=True),
                                                 Cell(blocks(text))))
                                            for heading, text in paper.implications.stated)),),
                        caption_shown=False, row_headers=True,
                        role="cover-details implications")]
    return Part(KEY, ANCHOR, tuple(found), new_page=False, role="cover-sheet")
