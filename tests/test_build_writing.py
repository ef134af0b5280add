"""A paper is replaced whole or not at all: every file of a build, or none of them."""

from __future__ import annotations

import multiprocessing
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.atomic_files import replace_together
from reportgen.build import build, render_formats
from reportgen.commands import main
from reportgen.errors import BuildError, InputError
from reportgen.formats import Format, Rendered, RenderOptions


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def folder_bytes(folder: Path) -> dict[str, bytes | str]:
    return {p.name: (p.read_bytes() if p.is_file() else "folder") for p in folder.iterdir()}


def retitled(fields, rows) -> None:
    fields["Paper"]["Plan title"] = "A new title, so every file of the paper changes"


def test_when_the_html_cannot_be_replaced_the_pdf_is_put_back(make_workbook, tmp_path,
                                                              monkeypatch) -> None:
    out = tmp_path / "papers"
    assert run("build", make_workbook(name="plan.xlsx"), "--out", out).exit_code == 0
    before = folder_bytes(out)
    changed = make_workbook(retitled, name="plan.xlsx")
    real_replace = os.replace

    def html_locked(source, target, *args, **kwargs):
        if Path(target).name == "plan.html" and str(source).endswith(".part"):
            raise PermissionError(13, "Permission denied", str(target))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(sys.modules["reportgen.atomic_files"].os, "replace", html_locked)
    result = run("build", changed, "--out", out)
    assert result.exit_code == 1
    assert result.output.strip().endswith(
        f"nothing was changed: {out} holds the earlier plan.pdf, the earlier plan.html and the "
        "earlier plan.docx, as before")
    assert "Permission denied" in result.output
    assert folder_bytes(out) == before


def test_a_folder_in_the_way_of_the_html_leaves_no_pdf_behind(make_workbook, tmp_path) -> None:
    out = tmp_path / "papers"
    (out / "plan.html").mkdir(parents=True)
    result = run("build", make_workbook(name="plan.xlsx"), "--out", out)
    assert result.exit_code == 1
    assert result.output.strip().endswith(
        f"nothing was changed: {out} holds no plan.pdf, a folder named plan.html and no "
        "plan.docx, as before")
    assert folder_bytes(out) == {"plan.html": "folder"}


def test_a_failure_to_put_files_back_says_what_the_folder_holds(tmp_path, monkeypatch) -> None:
    pdf, html = tmp_path / "plan.pdf", tmp_path / "plan.html"
    pdf.write_bytes(b"old pdf")
    real_replace = os.replace
    calls = []

    def fail_after_the_pdf(source, target, *args, **kwargs):
        calls.append(Path(target).name)
        # The old PDF is moved aside and the new one placed; then nothing more works.
        if len(calls) > 2:
            raise OSError(28, "No space left on device")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(sys.modules["reportgen.atomic_files"].os, "replace", fail_after_the_pdf)
    with pytest.raises(BuildError) as caught:
        replace_together({pdf: b"new pdf", html: b"new html"})
    aside = next(p for p in tmp_path.iterdir() if p.name.endswith(".previous"))
    assert str(caught.value) == (
        f"{html}: cannot be written ([Errno 28] No space left on device), and putting the "
        f"earlier files back failed too; {tmp_path} now holds plan.pdf from this build, the "
        f"earlier plan.pdf kept as {aside.name}, no plan.html")
    assert pdf.read_bytes() == b"new pdf" and aside.read_bytes() == b"old pdf"
    assert not html.exists()


def test_both_files_are_replaced_and_nothing_else_is_left(tmp_path) -> None:
    pdf, html = tmp_path / "plan.pdf", tmp_path / "plan.html"
    pdf.write_bytes(b"old pdf")
    replace_together({pdf: b"new pdf", html: b"new html"})
    assert folder_bytes(tmp_path) == {"plan.pdf": b"new pdf", "plan.html": b"new html"}


# Formats side by side: the PDF here, the others in a worker process beside it.

def rendered_where(context, options):
    """A stand-in renderer: the process it ran in, and a warning naming it."""
    return Rendered(str(os.getpid()).encode(), (f"rendered in {os.getpid()}",))


def word_fails(context, options):
    raise InputError("council.dotx: not a Word document or template")


def stand_ins(monkeypatch, docx: str = "rendered_where") -> None:
    build_module = sys.modules["reportgen.build"]  # reportgen.build is also the function
    registry = {name: Format(name, fmt.suffix, f"{__name__}:rendered_where")
                for name, fmt in build_module.REGISTRY.items()}
    registry["docx"] = Format("docx", ".docx", f"{__name__}:{docx}")
    monkeypatch.setattr(build_module, "REGISTRY", registry)


def pids(rendered) -> dict[str, int]:
    return {fmt: int(r.content) for fmt, r in rendered.items()}


def test_with_two_cores_the_pdf_renders_here_and_the_word_paper_beside_it(monkeypatch) -> None:
    stand_ins(monkeypatch)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    rendered = render_formats(None, RenderOptions(dated=date(2026, 3, 9)),
                              ("pdf", "html", "docx"))
    where = pids(rendered)
    assert where["pdf"] == where["html"] == os.getpid()  # the PDF prints the HTML page
    assert where["docx"] != os.getpid()
    # Warnings come back with the bytes, each format's its own.
    assert rendered["docx"].warnings == (f"rendered in {where['docx']}",)


@pytest.mark.parametrize("why", ["one core", "inside a batch worker", "asked not to",
                                 "one format"])
def test_formats_render_one_after_another_when_no_core_is_spare(monkeypatch, why) -> None:
    stand_ins(monkeypatch)
    formats = ("pdf", "html", "docx")
    if why == "one core":
        monkeypatch.setattr(os, "cpu_count", lambda: 1)
    elif why == "inside a batch worker":
        monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    elif why == "one format":
        formats = ("docx",)
    rendered = render_formats(None, RenderOptions(dated=date(2026, 3, 9)), formats,
                              parallel=why != "asked not to")
    assert set(pids(rendered).values()) == {os.getpid()}
    assert set(rendered) == set(formats)


def test_an_error_in_the_worker_reaches_the_build_as_it_is(monkeypatch, make_workbook,
                                                            tmp_path) -> None:
    stand_ins(monkeypatch, docx="word_fails")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    out = tmp_path / "papers"
    with pytest.raises(InputError, match="council.dotx: not a Word document or template"):
        build(make_workbook(name="plan.xlsx"), out_dir=out)
    assert not out.exists() or not any(out.iterdir())  # nothing written


def test_side_by_side_and_one_after_another_write_the_same_bytes(make_workbook,
                                                                  tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    dated = datetime(2026, 3, 9, tzinfo=UTC)
    together = build(workbook, out_dir=tmp_path / "together", dated=dated, parallel=True)
    apart = build(workbook, out_dir=tmp_path / "apart", dated=dated, parallel=False)
    assert [p.name for p in together.outputs] == ["plan.pdf", "plan.html", "plan.docx"]
    assert folder_bytes(tmp_path / "together") == folder_bytes(tmp_path / "apart")
    assert together.render_warnings == apart.render_warnings
