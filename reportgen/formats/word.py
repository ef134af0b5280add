"""The board paper laid out in Word, part by part, from the context the HTML paper renders:
the order of the parts, then the plan in the seed's order, the action plan and the appendix.

Each function mirrors one template in templates/parts/ (the same words, under the same
conditions, HTML's h2 as Heading 1 under the Title); nothing here works a figure out, as the
context has them all. Where the HTML heads a group of rows with a row across its table (the
action plan's addressees), so does the Word paper: the one cell merged across a table.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ..paper.context import PaperContext
from ..paper.figures import LogEntry
from ..paper.formatted_text import (
    Block,
    BulletList,
    ListItem,
    Paragraph,
    Run,
    blocks,
    from_html,
    inline,
)
from ..plan.model import Action, Rag, Recommendation
from .jinja_env import evidence, long_date
from .word_cells import chart, rag_cell, rag_words, rating_cell, text_cell, timescale_runs
from .word_document import Cell, WordDocument
from .word_front import board_summary, contents, cover_sheet


def paper_docx(context: PaperContext, *, dated: date | datetime,
               template: Path | None = None) -> tuple[bytes, tuple[str, ...]]:
    """The paper as .docx bytes, in the council's ``template`` or the built-in style, and
    the warnings met on the way (styles the template lacks)."""
    plan = context.plan
    paper = plan.paper
    document = WordDocument(template)
    document.properties(title=paper.title, author=paper.author, dated=dated,
                        subject=f"{paper.title}: position as at {long_date(plan.as_at)}")
    document.page_marking(paper.protective_marking)
    cover_sheet(document, context)
    contents(document, context)
    board_summary(document, context)
    versions(document, context)
    # Without a version history, what follows the board's summary starts a page of its own.
    new_page = "versions" not in context.parts
    narrative(document, "introduction", "Introduction", plan.narrative.introduction,
              new_page=new_page)
    narrative(document, "foreword", "Foreword", plan.narrative.foreword,
              new_page=new_page and not plan.narrative.introduction)
    ratings(document, context)
    executive_summary(document, context)
    recommendations(document, context)
    rag_key(document, context)
    if "action-plan" in context.parts:
        document.new_section(landscape=True)
        action_plan(document, context)
        document.new_section(landscape=False)
    appendix(document, context)
    colophon(document, context)
    return document.to_bytes(), tuple(document.warnings)


# -- the plan, in the seed's order -----------------------------------------------------------

def versions(document: WordDocument, context: PaperContext) -> None:
    """parts/cover.html: the plan's title and its version history."""
    paper = context.plan.paper
    if "versions" not in context.parts:
        return
    document.heading(f"{paper.organisation}: improvement plan", 1, bookmark="versions",
                     new_page=True)
    if paper.versions:
        document.table(["Version", "Date", "Changes made"],
                       [[text_cell(v.label), text_cell(long_date(v.date)), text_cell(v.changes)]
                        for v in paper.versions],
                       caption="Version history", widths=(1, 1.5, 5), together=True)


def narrative(document: WordDocument, anchor: str, heading: str,
              texts: tuple[str, ...], *, new_page: bool = False) -> None:
    """parts/introduction.html and parts/foreword.html: a heading and the officers' text."""
    if texts:
        document.heading(heading, 1, bookmark=anchor, new_page=new_page)
        prose(document, texts)


def prose(document: WordDocument, texts: tuple[str, ...]) -> None:
    """The officers' formatted text, block by block (macros.html's blocks)."""
    for text in texts:
        document.blocks(blocks(text))


RATINGS_WIDTHS = {"Domain": 2.4, "Standard": 1.2, "Area": 3.6, "Rating": 2.4}


def ratings(document: WordDocument, context: PaperContext) -> None:
    """parts/ratings.html: the inspection's ratings, as the context's ratings page words them."""
    plan = context.plan
    page = context.ratings
    document.heading("Ratings", 1, bookmark="ratings", new_page=True)
    document.paragraph((Run(page.opening),))
    # Where the HTML heads a domain's rows with a row across the table, the domain is named in
    # full on its first row, in a column of its own (as the action plan names a recommendation).
    lead = ("Domain",) if page.grouped else ()
    blanks = [text_cell("") for _ in range(len(lead) + len(page.columns) - 2)]
    rows = []
    if page.score:
        rows.append([text_cell("Score"), *blanks, text_cell(page.score)])
    rows.append([text_cell("Overall rating"), *blanks,
                 rating_cell(page.overall) if page.overall else text_cell(page.no_overall)])
    for heading, group in page.groups:
        for index, row in enumerate(group):
            first = ([text_cell(heading if index == 0 else heading.split(" ")[0])]
                     if lead else [])
            rows.append([*first, *(text_cell(text) for text in row.before),
                         text_cell(row.name, bold=True), rating_cell(row.rating)])
    widths = tuple(RATINGS_WIDTHS[column] for column in (*lead, *page.columns))
    document.table([*lead, *page.columns], rows,
                   caption=f"{plan.inspection.inspectorate} ratings of {plan.paper.organisation}",
                   widths=widths, row_headers=True, together=True)
    for words in (page.missing, page.overall_source, page.counts_lead):
        if words:
            document.paragraph((Run(words),))
    if page.counts:
        document.blocks((BulletList(tuple(ListItem((Run(count),)) for count in page.counts)),))
    if page.not_rated:
        document.paragraph((Run(page.not_rated),))
    prose(document, plan.narrative.ratings_commentary)


def executive_summary(document: WordDocument, context: PaperContext) -> None:
    """parts/summary.html: the executive summary, domain by domain."""
    plan = context.plan
    if not plan.narrative.has_executive_summary:
        return
    document.heading("Executive summary", 1, bookmark="executive-summary", new_page=True)
    prose(document, plan.narrative.executive_summary)
    for part in plan.narrative.domains_with_text:
        document.heading(part.domain.heading, 2,
                         bookmark=f"domain-{part.domain.number}")
        prose(document, part.summary)
        for heading, texts in ((f"{plan.inspection.inspectorate} key findings:",
                                part.key_findings), ("But:", part.weaknesses)):
            if texts:
                document.heading(heading, 3)
                prose(document, texts)


def recommendations(document: WordDocument, context: PaperContext) -> None:
    """parts/recommendations.html: every recommendation with its own number, by addressee."""
    plan = context.plan
    if "recommendations" not in context.parts:
        return
    document.heading("Recommendations", 1, bookmark="recommendations", new_page=True)
    prose(document, plan.narrative.recommendations)
    for heading, group in context.addressee_groups:
        document.heading(heading, 2)
        document.numbered([(r.number, recommendation_runs(context, r)) for r in group])


def recommendation_runs(context: PaperContext, recommendation: Recommendation) -> tuple[Run, ...]:
    """A recommendation's text, and its source when it is not the inspection."""
    runs = inline(recommendation.text)
    if recommendation.source != f"{context.plan.inspection.inspectorate} inspection":
        runs += (Run(f" ({recommendation.source})"),)
    return runs


def rag_key(document: WordDocument, context: PaperContext) -> None:
    """parts/rag_key.html: every rating's shape, words and colour."""
    document.heading("RAG rating", 1, bookmark="rag-key")
    document.table(["RAG rating"], [[rag_cell(rating)] for rating in context.slots],
                   together=True)


def action_plan(document: WordDocument, context: PaperContext) -> None:
    """parts/action_plan.html: every action under its recommendation, in a turned section;
    a table for each source, its recommendations to each addressee under a row across it."""
    plan = context.plan
    document.heading("Action plan", 1, bookmark="action-plan")
    for block in context.plan_blocks:
        caption = f"Actions for each {block.each}, with RAG ratings as at {long_date(plan.as_at)}"
        rows: list[list[Cell]] = []
        marks: list[tuple[str, ...]] = []
        groups: dict[int, str] = {}
        for heading, group in block.groups:
            groups[len(rows)] = heading
            for recommendation in group:
                anchor = f"recommendation-{recommendation.number}"
                for position, action in enumerate(recommendation.actions):
                    rows.append(action_row(context, recommendation, action, first=position == 0))
                    marks.append((anchor, f"action-{action.reference}") if position == 0
                                 else (f"action-{action.reference}",))
                if not recommendation.actions:
                    rows.append([priority_cell(recommendation, first=True),
                                 text_cell("No actions yet."), *(text_cell("") for _ in range(4))])
                    marks.append((anchor,))
        document.table([block.column, "Action", "Lead", "Timescale", "Success measures", "RAG"],
                       rows, caption=caption, widths=(17, 26, 11, 12, 22, 12),
                       row_headers=True, bookmarks=marks, groups=groups)


def priority_cell(recommendation: Recommendation, *, first: bool) -> Cell:
    """The recommendation an action answers: in full on its first row, its number after."""
    number = Run(f"{recommendation.number}.", bold=True)
    if not first:
        return Cell((Paragraph((number,)),))
    return Cell((Paragraph((number, Run(" "), *inline(recommendation.text))),))


def action_row(context: PaperContext, recommendation: Recommendation, action: Action, *,
               first: bool) -> list[Cell]:
    """One action: its recommendation, text, lead, timescale, success measures and RAG."""
    status = context.summary.by_reference[action.reference]
    timescale = [Paragraph(tuple(timescale_runs(status)))]
    if status.proposal:
        timescale.append(Paragraph((Run(f"proposed: {status.proposal.timescale.label}"),)))
    if status.overdue:
        timescale.append(Paragraph((Run("Overdue", bold=True),)))
    elif status.completed_late:
        timescale.append(Paragraph((Run("Completed late"),)))
    elif status.due is None:
        timescale.append(Paragraph((Run("No due date"),)))
    return [priority_cell(recommendation, first=first),
            Cell(blocks(action.text, f"{action.letter}:")),
            text_cell(action.lead), Cell(tuple(timescale)), Cell(blocks(action.success_measures)),
            rag_cell(action.rag, status.direction)]


# -- the appendix and the colophon -----------------------------------------------------------

def appendix(document: WordDocument, context: PaperContext) -> None:
    """parts/appendix.html: the due-date chart, then every action's progress log."""
    plan = context.plan
    if "appendix" not in context.parts:
        return
    document.heading("Appendix: progress log", 1, bookmark="appendix")
    document.paragraph((Run(f"Every update to every action, oldest first, up to "
                            f"{long_date(plan.as_at)}, under each action's due date and its "
                            "status as at that date."),))
    chart(document, context.charts["due"])
    for recommendation in plan.recommendations:
        document.heading(f"Recommendation {recommendation.number}: each action's due date, "
                         "status and progress log", 2)
        for action in recommendation.actions:
            action_log(document, context, action)


LOG_SEPARATOR = " · "


def action_log(document: WordDocument, context: PaperContext, action: Action) -> None:
    """One action's log: who leads it, when it is due, where it stands, every update."""
    status = context.summary.by_reference[action.reference]
    lead = (action.lead or "none").strip(".")
    # Each piece apart, as the HTML sets them apart by weight and colour.
    head = [Run(action.reference), Run(f"{LOG_SEPARATOR}Lead: {lead}{LOG_SEPARATOR}Due: "),
            *timescale_runs(status), Run(f"{LOG_SEPARATOR}Now: {rag_words(status.rag)}")]
    if status.overdue:
        head.append(Run(f"{LOG_SEPARATOR}Overdue"))
    elif status.completed_late:
        head.append(Run(f"{LOG_SEPARATOR}Completed late"))
    elif status.due_soon:
        head.append(Run(f"{LOG_SEPARATOR}Due before the next meeting"))
    document.paragraph(head, style="Heading 3", bookmark=f"log-{action.reference}")
    if not status.history:
        note = "; the RAG rating comes from the Actions sheet" if action.rag else ""
        document.paragraph((Run(f"No updates logged{note}."),))
        return
    document.table(
        ["Date", "RAG", "Commentary", "Evidence", "Updated by"],
        [log_row(context, action, entry) for entry in status.history],
        widths=(18, 14, 42, 15, 11))


def log_row(context: PaperContext, action: Action, entry: LogEntry) -> list[Cell]:
    """One line of the audit trail, as parts/appendix.html prints it: an update (rated as it
    stood that day), a timescale revision, or the board's closure."""
    when = text_cell(long_date(entry.date))
    if entry.update is not None:
        update = entry.update
        return [when, rag_cell(action.as_closed(update.rag, update.date)),
                Cell(blocks(update.commentary)),
                Cell(from_evidence(update.evidence, update.evidence_link)),
                text_cell(update.updated_by)]
    if entry.revision is not None:
        revision = entry.revision
        moved = Paragraph((Run(f"Timescale now {revision.timescale.label}; was "
                               f"{entry.revised_from.label}."),))
        return [when, text_cell("Timescale revised"), Cell((moved, *blocks(revision.reason))),
                text_cell(""), text_cell(revision.agreed_by)]
    return [when, rag_cell(Rag.COMPLETE), text_cell("Closed by the board."), text_cell(""),
            text_cell(context.plan.paper.board)]


def from_evidence(text: str, link: str) -> tuple[Block, ...]:
    """The Evidence cell as the HTML paper links it."""
    return from_html(f"<p>{evidence(text, link)}</p>")


def colophon(document: WordDocument, context: PaperContext) -> None:
    """parts/colophon.html: what made the paper, and from which workbook, exactly."""
    source = context.source
    made_from = (f"the workbook {source.name} (SHA-256 {source.sha256})" if source
                 else "the plan's workbook")
    document.paragraph((Run(f"Made by reportgen {context.version} from {made_from}, as at "
                            f"{long_date(context.plan.as_at)}."),))
