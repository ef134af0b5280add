"""The Word paper as another office suite opens it: LibreOffice (headless) turns it into PDF,
and its text must say what the PDF paper's text says."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from pdfs import heading_page, page_lines, part_pages
from programs import program
from pypdf import PdfReader

from reportgen.formats.jinja_env import long_date
from reportgen.paper.context import paper_context
from reportgen.plan.reader import read_workbook


def soffice() -> str:
    return program("soffice", "libreoffice", what="LibreOffice",
                   so="the Word paper cannot be opened", package="libreoffice-writer-nogui")


def words(pdf: Path) -> str:
    """A PDF's text on one line, without white space, soft hyphens or list bullets."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return re.sub(r"[\s\u00ad•◦]+", "", text)


def squeezed(text: str) -> str:
    """Text as ``words`` gives it: no white space, bold marks or bullets."""
    return re.sub(r"\s+", "", re.sub(r"(?m)^\s*[-•]\s+", "", text.replace("**", "")))


@pytest.fixture(scope="module")
def converted(example_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's Word paper, converted to PDF by LibreOffice."""
    out = tmp_path_factory.mktemp("libreoffice")
    profile = out / "profile"  # a profile of its own: no clash with a LibreOffice running
    done = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(example_build["docx"])],
        capture_output=True, text=True, timeout=300, env=os.environ | {"HOME": str(out)})
    assert done.returncode == 0, done.stderr
    pdf = out / (example_build["docx"].stem + ".pdf")
    assert pdf.is_file(), done.stdout + done.stderr
    return pdf


def test_libreoffice_opens_the_paper_with_a_landscape_action_plan(converted) -> None:
    reader = PdfReader(converted)
    assert len(reader.pages) > 10
    landscape = [number for number, page in enumerate(reader.pages)
                 if page.mediabox.width > page.mediabox.height]
    assert landscape, "no landscape page"
    assert "Action plan" in (reader.pages[landscape[0]].extract_text() or "")
    # The landscape pages run together, and the appendix after them is upright again.
    assert landscape == list(range(landscape[0], landscape[-1] + 1))
    assert landscape[-1] < len(reader.pages) - 1
    assert "Appendix: progress log" in (reader.pages[landscape[-1] + 1].extract_text() or "")


def test_libreoffice_draws_every_chart(converted) -> None:
    drawn = set()
    for page in PdfReader(converted).pages:
        images = page["/Resources"].get("/XObject", {})
        for name in re.findall(rb"/(\w+)\s+Do\b", page.get_contents().get_data()):
            image = images.get(f"/{name.decode()}")
            if image is not None and image.get_object()["/Subtype"] == "/Image":
                drawn.add(image.idnum)
    assert len(drawn) == 4  # the summary's three and the appendix's due dates


def test_libreoffice_text_says_what_the_pdf_paper_says(converted, example_build,
                                                       example) -> None:
    word, paper = words(converted), words(example_build["pdf"])
    context = paper_context(read_workbook(example).plan)
    plan, summary = context.plan, context.summary
    wanted = [squeezed(f"{r.number}. {r.text}")[:60] for r in plan.recommendations]
    for action in plan.actions:
        wanted.append(squeezed(f"{action.letter}: {action.text}")[:60])
        wanted.append(squeezed(action.lead))
    wanted.append(squeezed(
        f"As at {long_date(plan.as_at)}, {summary.completed} of {summary.mix.total} actions "
        f"({summary.completed_share}) are complete and closed by the board, and "
        f"{len(summary.awaiting_board)} more are recorded as complete, awaiting the board's "
        f"agreement. {len(summary.overdue)} are overdue and {len(summary.due_soon)} fall due"))
    wanted.append(squeezed(
        "The board is asked to agree that these 2 actions are closed: 2A, reported complete by "
        "its lead; and 3E, recorded as complete by Operations and Practice Manager."))
    wanted.append(squeezed(f"Score {plan.inspection.score}/{plan.inspection.max_score}"))
    for text in wanted:
        assert text in paper, f"the PDF paper lacks {text!r}: the check itself is wrong"
        assert text in word, f"the Word paper, opened by LibreOffice, lacks {text!r}"
    # Each recommendation's row of figures, as the summary's table gives them.
    for row in summary.by_recommendation:
        counts = "".join(str(share.count) for share in row.mix.shares)
        figures = f"{row.recommendation.number}{counts}{row.mix.total}{row.overdue}"
        assert figures in paper and figures in word, row.recommendation.number


def test_the_contents_gives_each_parts_page_as_libreoffice_lays_it_out(converted, example
                                                                       ) -> None:
    context = paper_context(read_workbook(example).plan)
    pages = page_lines(converted)
    start = heading_page(pages, "Contents")
    lines = [line for line in pages[start] if re.match(r"\d+\. ", line)]
    assert len(lines) == len(context.contents)
    organisation = context.plan.paper.organisation
    after = start + 1
    for line, (anchor, heading) in zip(lines, context.contents, strict=True):
        found = re.fullmatch(r"(\d+)\. (.+?)[ .]*\.{3,} ?(\d+)", line)
        assert found, line
        assert found[2] == heading
        # The version history's heading names the organisation, as the PDF's does.
        shown = f"{organisation}: improvement plan" if anchor == "versions" else heading
        page = heading_page(pages, shown, after=after)
        assert int(found[3]) == page + 1, (heading, found[3], page + 1)
        after = page


def test_the_summary_for_the_board_is_within_a_page_of_the_pdf_papers(
        converted, example_build, example) -> None:
    context = paper_context(read_workbook(example).plan)
    following = f"{context.plan.paper.organisation}: improvement plan"
    pdf = part_pages(example_build["pdf"], "Summary for the board", following)
    word = part_pages(converted, "Summary for the board", following)
    assert 2 <= pdf <= 4  # the measure itself reads the PDF paper's pages
    assert word <= pdf + 1, (word, pdf)
