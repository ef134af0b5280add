"""The summary for the board: key figures, charts and exceptions, on at most two sides.

A key figure's label comes before its number, so it reads "overdue 11" in content order
(copied, or read aloud); a format may set the number on top.
"""

from __future__ import annotations

from ...plan.model import Plan
from ...words import _, ngettext
from ...words.formatting import long_date
from ..content import (
    BulletList,
    Cell,
    Columns,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Row,
    RowGroup,
    Run,
    Table,
)
from ..figures import RAG_SLOTS, Direction, PlanFigures, RagMix
from ..formatted_text import blocks
from .charts_described import Chart, meeting_label
from .labels import (
    action_link,
    action_links,
    at_rating_since,
    column,
    direction_runs,
    exception_reasons,
    lines,
    rag_class,
    rag_runs,
    rag_short_runs,
    runs_cell,
    text_cell,
    timescale_runs,
)

KEY = "board_summary"
ANCHOR = "board-summary"


def heading() -> str:
    """The part's heading, as the contents lists it."""
    return _("Summary for the board")


def exceptions_heading(summary: PlanFigures) -> str:
    """The exceptions' heading: what makes an action one."""
    if summary.update_round is None:
        return _("Exceptions: no improvement, overdue, declined or slipped more than once")
    return _("Exceptions: no improvement, overdue, declined, slipped more than once or no "
             "update returned")


def build(plan: Plan, summary: PlanFigures, charts: dict[str, Chart]) -> Part:
    """The summary for the board of ``plan``."""
    previous = summary.previous_meeting
    if previous:
        lede = _("Position as at {date}, compared with the last meeting on {previous}.").format(
            date=long_date(plan.as_at), previous=long_date(previous))
    else:
        lede = _("Position as at {date}.").format(date=long_date(plan.as_at))
    parts = [
        Heading((Run(heading()),), 1, anchor=ANCHOR),
        Paragraph((Run(lede),), role="lede"),
        key_figures(summary),
        _figure(charts["mix"], "chart chart-mix"),
        Columns(tuple((_figure(charts[name], f"chart chart-{name.replace('_', '-')}",
                               width="half"),)
                      for name in ("by_recommendation", "over_time")
                      if name != "over_time" or len(summary.over_time) > 1)),
        by_recommendation_table(summary),
    ]
    if summary.mix.rounding_note:
        parts.append(Paragraph((Run(_("Shares may not add up to 100% because each is rounded "
                                      "on its own.")),), role="note rounding-note"))
    if len(summary.over_time) > 1:
        parts.append(over_time_table(summary))
    parts += exceptions(summary)
    if previous:
        parts += changes(summary)
    return Part(KEY, ANCHOR, tuple(parts), contents_heading=heading(), role="board-summary")


def _figure(chart: Chart, role: str, width: str = "full") -> Figure:
    return Figure(chart.title, chart.svg, chart.description, width=width, role=role)


def key_figures(summary: PlanFigures) -> BulletList:
    """The key figures, each its label then its number."""
    items = [
        (_("actions"), summary.mix.total, False),
        (_("complete ({share})").format(share=summary.completed_share), summary.completed,
         False),
        (_("awaiting board"), len(summary.awaiting_board), False),
        (_("overdue"), len(summary.overdue), bool(summary.overdue)),
        (_("due by {date}").format(date=long_date(summary.horizon)), len(summary.due_soon),
         False),
    ]
    if summary.previous_meeting:
        improved = summary.moved(Direction.IMPROVED)
        declined = summary.moved(Direction.DECLINED)
        items += [((Direction.IMPROVED, _("improved")), len(improved), False),
                  ((Direction.DECLINED, _("declined")), len(declined), bool(declined))]
    items += [
        (_("completed late"), len(summary.completed_late), False),
        (_("not yet rated"), len(summary.not_rated), False),
        (_("deadlines moved"), len(summary.deadlines_moved), False),
    ]
    if summary.no_due_date:
        items.append((_("no due date"), len(summary.no_due_date), False))
    listed = []
    for label, count, alert in items:
        if isinstance(label, tuple):
            direction, words = label
            label_runs = (Run(direction.arrow, role="shape"), Run(" " + words, role="label"))
        else:
            label_runs = (Run(label, role="label"),)
        listed.append(ListItem((*label_runs, Run(" "), Run(str(count), role="figure")),
                               role="alert" if alert else ""))
    return BulletList(tuple(listed), role="key-figures")


def _mix_cells(mix: RagMix) -> tuple[Cell, ...]:
    return tuple(text_cell(str(share.count)) for share in mix.shares)


def _slot_columns() -> tuple:
    return tuple(column(rag_short_runs(rag), 2, role=rag_class(rag)) for rag in RAG_SLOTS)


def by_recommendation_table(summary: PlanFigures) -> Table:
    """Actions by rating for each recommendation, with the totals and shares at its foot."""
    rows = tuple(Row((runs_cell((Run(str(row.recommendation.number),
                                     link=f"#recommendation-{row.recommendation.number}"),),
                                header=True),
                      *_mix_cells(row.mix), text_cell(str(row.mix.total)),
                      text_cell(str(row.overdue))))
                 for row in summary.by_recommendation)
    mix = summary.mix
    foot = (
        Row((text_cell(_("Total"), header=True), *_mix_cells(mix), text_cell(str(mix.total)),
             text_cell(str(len(summary.overdue))))),
        Row((text_cell("%", header=True),
             *(text_cell(share.percent_label) for share in mix.shares),
             text_cell("100%"), text_cell(""))),
    )
    return Table(_("Figures: actions by RAG rating for each recommendation"),
                 (column(_("Rec"), 1.2), *_slot_columns(), column(_("All"), 1.2),
                  column(_("Overdue"), 1.6)),
                 (RowGroup((), rows),), foot=foot, row_headers=True,
                 role="figures rag-by-recommendation")


def over_time_table(summary: PlanFigures) -> Table:
    """Actions by rating at each meeting."""
    rows = tuple(Row((text_cell(meeting_label(position.date, position.current), header=True),
                      *_mix_cells(position.mix), text_cell(str(position.mix.total))))
                 for position in summary.over_time)
    return Table(_("Figures: actions by RAG rating at each meeting"),
                 (column(_("Meeting"), 2), *_slot_columns(), column(_("All"), 1.2)),
                 (RowGroup((), rows),), row_headers=True, keep_together=True,
                 role="figures rag-over-time")


def exceptions(summary: PlanFigures) -> list:
    """The exceptions' heading, then their table (and those not listed), or that there are
    none."""
    found: list = [Heading((Run(exceptions_heading(summary)),), 2, anchor="exceptions")]
    if not summary.exceptions:
        found.append(Paragraph((Run(_("None: no action is overdue, without improvement, "
                                      "declining or slipping again.")),)))
        return found
    rows = []
    for status in summary.exceptions_listed:
        latest = status.latest
        if latest:
            dated = long_date(latest.date) + (f", {latest.updated_by}" if latest.updated_by
                                              else "")
            commentary = (*blocks(latest.commentary), Paragraph((Run(dated),), role="dated"))
        else:
            commentary = (Paragraph((Run(_("No update logged.")),)),)
        since = at_rating_since(status)
        rows.append(Row((
            runs_cell(lines((action_link(status),),
                            (Run(", ".join(exception_reasons(status)), role="why"),)),
                      header=True),
            runs_cell(lines(rag_runs(status.rag),
                            direction_runs(status.direction) if status.direction else (),
                            (Run(since, role="since"),) if since else ()),
                      shade=rag_class(status.rag)),
            runs_cell(lines(timescale_runs(status), (Run(status.action.lead),)
                            if status.action.lead else ())),
            Cell(commentary),
        ), anchor=""))
    found.append(Table(
        _("Actions with no improvement, overdue, declined since the last meeting, or whose "
          "deadline has moved more than once, with their latest commentary"),
        (column(_("Action"), 13, "c-ref"), column(_("Status"), 17, "c-status"),
         column(_("Due and lead"), 20, "c-owner"),
         column(_("Latest commentary"), 50, "c-commentary")),
        (RowGroup((), tuple(rows)),), caption_shown=False, row_headers=True, scrolls=True,
        role="exceptions"))
    not_listed = summary.exceptions_not_listed
    if not_listed:
        runs = [Run(ngettext("{count} more exception is flagged in the action plan: ",
                             "{count} more exceptions are flagged in the action plan: ",
                             len(not_listed)).format(count=len(not_listed)))]
        for index, status in enumerate(not_listed):
            runs += [action_link(status),
                     Run(" (" + ", ".join(exception_reasons(status)).lower() + ")"
                         + (", " if index < len(not_listed) - 1 else "."))]
        found.append(Paragraph(tuple(runs), role="more-exceptions"))
    return found


def changes(summary: PlanFigures) -> list:
    """What changed since the last meeting: each direction, how many, and which."""
    items = []
    for direction in Direction:
        moved = summary.moved(direction)
        runs = [*direction_runs(direction), Run(f": {len(moved)}")]
        if moved and direction is not Direction.UNCHANGED:
            runs += [Run(" ("), *action_links(moved), Run(")")]
        items.append(ListItem(tuple(runs)))
    return [Heading((Run(_("What changed since {date}").format(
                date=long_date(summary.previous_meeting))),), 2, anchor="changes"),
            BulletList(tuple(items), role="changes")]
