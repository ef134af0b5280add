"""A paper is replaced whole or not at all: every file of a build, or none of them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.atomic_files import replace_together
from reportgen.commands import main
from reportgen.errors import BuildError


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
