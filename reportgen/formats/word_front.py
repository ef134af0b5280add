"""The front of the Word paper: masthead, cover sheet, contents and the summary for the board
(parts/masthead.html, cover_sheet.html, contents.html and board_summary.html)."""

from __future__ import annotations

from dataclasses import replace

from ..paper.context import PaperContext
from ..paper.figures import ActionStatus, Direction
from ..paper.formatted_text import BulletList, ListItem, Paragraph, Run, blocks, plain
from .jinja_env import long_date
from .word_cells import (
    chart,
    chart_pair,
    direction_words,
    link_cell,
    mix_row,
    rag_cell,
    references,
    slot_columns,
    text_cell,
    timescale_runs,
)
from .word_document import Cell, WordDocument


def cover_sheet(document: WordDocument, context: PaperContext) -> None:
    """The masthead, then meeting, item, purpose, the position at a glance, the asks (with the
    closures proposed) and the implications; a field the Paper sheet leaves blank is left out."""
    plan = context.plan
    paper = plan.paper
    document.paragraph((Run(paper.protective_marking),), style="Subtitle")
    document.paragraph((Run(paper.board),), style="Subtitle")
    document.heading(paper.title, 0, bookmark="title")
    details: list[tuple[str, tuple[Run, ...]]] = [
        ("Meeting date", (Run(long_date(plan.as_at)),)),
        ("Agenda item", (Run(paper.agenda_item),) if paper.agenda_item else ()),
        ("Report date", (Run(long_date(paper.report_date)),) if paper.report_date else ()),
        ("Organisation", (Run(paper.organisation),)),
        ("Author", (Run(paper.author),) if paper.author else ()),
        ("Email", (Run(paper.contact_email, link=f"mailto:{paper.contact_email}"),)
         if paper.contact_email else ()),
        ("Telephone", (Run(paper.contact_phone),) if paper.contact_phone else ()),
        ("Presented by", (Run(paper.presenter),) if paper.presenter else ()),
        ("Purpose", (Run(paper.purpose, bold=True),) if paper.purpose else ()),
    ]
    if paper.exempt is not None:
        details.append(("Exempt from publication",
                        (Run("Yes.", bold=True), Run(f" {paper.exemption_reason}"))
                        if paper.exempt else (Run("No"),)))
    # "Appendix: progress log", not "Appendix: Appendix: progress log".
    listed = [Run(heading.removeprefix("Appendix: "), link=f"#{anchor}")
              for anchor, heading in context.appendices]
    details.append(("Appendix" if len(listed) == 1 else "Appendices",
                    tuple(run for index, link in enumerate(listed)
                          for run in ((Run("; "),) if index else ()) + (link,))))
    for label, value in details:
        if value:
            document.paragraph((Run(f"{label}: ", bold=True), *value))
    document.heading("Position at a glance", 1, bookmark="position")
    closures = context.closures_asked
    document.paragraph((Run(context.position),))
    if paper.board_recommendations or closures or context.proposed:
        document.heading("Recommendations to the board", 1, bookmark="asks")
        document.blocks(blocks(paper.board_recommendations))
        if closures:
            # Generated from the workbook, as parts/cover_sheet.html does.
            document.paragraph((Run(closures.opening), *(
                run for group in closures.groups
                for run in (Run(group.before), *references(group.statuses, last=" and "),
                            Run(group.after)) if run.text), Run(".")))
        if context.proposed:
            document.paragraph((Run(context.revisions_asked),))
            document.blocks((BulletList(tuple(
                ListItem((*references((status,)), Run(words)))
                for status, words in context.proposed)),))
    if paper.implications.stated:
        document.heading("Implications", 1, bookmark="implications")
        document.table(["Area", "Implications"],
                       [[text_cell(heading), Cell(blocks(text))]
                        for heading, text in paper.implications.stated],
                       caption="Implications of this paper", widths=(1, 4), row_headers=True)


def contents(document: WordDocument, context: PaperContext) -> None:
    """The top-level sections, numbered, each a link to its heading and its page number."""
    document.heading("Contents", 1, bookmark="contents", new_page=True)
    document.contents([(f"{number}. {heading}", anchor)
                       for number, (anchor, heading) in enumerate(context.contents, start=1)])


def board_summary(document: WordDocument, context: PaperContext) -> None:
    """Key figures, each chart followed by its figures, then the exceptions."""
    plan, summary = context.plan, context.summary
    document.heading("Summary for the board", 1, bookmark="board-summary", new_page=True)
    lede = f"Position as at {long_date(plan.as_at)}"
    if summary.previous_meeting:
        lede += f", compared with the last meeting on {long_date(summary.previous_meeting)}"
    document.paragraph((Run(lede + "."),))
    figures = [("actions", summary.mix.total),
               (f"complete ({summary.completed_share})", summary.completed),
               ("awaiting board", len(summary.awaiting_board)),
               ("overdue", len(summary.overdue)),
               (f"due by {long_date(summary.horizon)}", len(summary.due_soon))]
    if summary.previous_meeting:
        figures += [(f"{way.arrow} {way.label.lower()}", len(summary.moved(way)))
                    for way in (Direction.IMPROVED, Direction.DECLINED)]
    figures += [("completed late", len(summary.completed_late)),
                ("not yet rated", len(summary.not_rated)),
                ("deadlines moved", len(summary.deadlines_moved))]
    if summary.no_due_date:
        figures.append(("no due date", len(summary.no_due_date)))
    # As the PDF sets them: strips of figures, each under its words (read first, as in HTML),
    # in two rows so that no word breaks in its column.
    half = -(-len(figures) // 2)
    for strip in (figures[:half], figures[half:]):
        document.table([what for what, _ in strip],
                       [[text_cell(str(count), bold=True) for _, count in strip]],
                       together=True)

    chart(document, context.charts["mix"])
    # The HTML paper's first chart has no table: its words are text a screen reader reads.
    # A picture's are not, so its figures follow it as the other charts' do.
    document.table(["Rating", "Actions", "Share"],
                   [[text_cell(share.label), text_cell(str(share.count)),
                     text_cell(share.percent_label)] for share in summary.mix.shares],
                   caption="Figures: actions by RAG rating", widths=(3, 1, 1), row_headers=True,
                   together=True)
    rounding_note(document, context)

    pair = [context.charts["by_recommendation"]]
    if len(summary.over_time) > 1:
        pair.append(context.charts["over_time"])
    chart_pair(document, pair)
    rows = [mix_row(link_cell(str(row.recommendation.number),
                              f"recommendation-{row.recommendation.number}"),
                    row.mix, str(row.mix.total), str(row.overdue))
            for row in summary.by_recommendation]
    rows.append(mix_row(text_cell("Total"), summary.mix, str(summary.mix.total),
                        str(len(summary.overdue))))
    rows.append([text_cell("%"), *(text_cell(s.percent_label) for s in summary.mix.shares),
                 text_cell("100%"), text_cell("")])
    document.table(["Rec", *slot_columns(context), "All", "Overdue"], rows,
                   caption="Figures: actions by RAG rating for each recommendation",
                   widths=(1.2, *(2,) * len(context.slots), 1.2, 1.6), row_headers=True,
                   together=True)
    rounding_note(document, context)

    if len(summary.over_time) > 1:
        document.table(
            ["Meeting", *slot_columns(context), "All"],
            [mix_row(text_cell(f"{p.date:%b %Y}" + (" (now)" if p.current else "")), p.mix,
                     str(p.mix.total)) for p in summary.over_time],
            caption="Figures: actions by RAG rating at each meeting",
            widths=(2, *(2,) * len(context.slots), 1.2), row_headers=True, together=True)
    exceptions(document, context)


def rounding_note(document: WordDocument, context: PaperContext) -> None:
    """Under a table of the shares, that they may not add up to 100, when they do not."""
    if context.summary.mix.rounding_note:
        document.paragraph((Run(context.summary.mix.rounding_note),))


def exceptions(document: WordDocument, context: PaperContext) -> None:
    """The summary's exceptions, and what changed since the last meeting."""
    summary = context.summary
    document.heading(context.exceptions_heading, 2, bookmark="exceptions")
    if not summary.exceptions:
        document.paragraph((Run("None: no action is overdue, without improvement, declining or "
                                "slipping again."),))
    else:
        document.table(["Action", "Status", "Due and lead", "Latest commentary"],
                       [exception_row(status) for status in summary.exceptions_listed],
                       widths=(13, 17, 20, 50))
        more = summary.exceptions_not_listed
        if more:
            document.paragraph((
                Run(f"{len(more)} more {'exception is' if len(more) == 1 else 'exceptions are'}"
                    " flagged in the action plan: "),
                *references(more, reasons=True), Run(".")))
    if summary.previous_meeting:
        document.heading(f"What changed since {long_date(summary.previous_meeting)}", 2,
                         bookmark="changes")
        items = []
        for direction in context.directions:
            moved = summary.moved(direction)
            runs = [Run(f"{direction_words(direction)}: {len(moved)}")]
            if moved and direction is not Direction.UNCHANGED:
                runs += [Run(" ("), *references(moved), Run(")")]
            items.append(ListItem(tuple(runs)))
        document.blocks((BulletList(tuple(items)),))


def exception_row(status: ActionStatus) -> list[Cell]:
    """One exception: the action and why, its status, due date and lead, latest commentary."""
    action = status.action
    latest = status.latest
    if latest is None:
        commentary = text_cell("No update logged.")
    else:
        dated = long_date(latest.date) + (f", {latest.updated_by}" if latest.updated_by else "")
        commentary = Cell((*blocks(latest.commentary), *text_cell(dated).blocks))
    reference = Cell((Paragraph((Run(action.reference, bold=True,
                                     link=f"#action-{action.reference}"),)),
                      *plain(", ".join(status.reasons))))
    rating = rag_cell(status.rag, status.direction)
    if status.at_rating_since:
        rating = replace(rating, blocks=(*rating.blocks, *plain(status.at_rating_since)))
    due = Cell((Paragraph(tuple(timescale_runs(status))), *plain(action.lead)))
    return [reference, rating, due, commentary]
