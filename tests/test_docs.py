"""The documentation matches the code: workbook columns, commands, packaging."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reportgen.workbook.column_docs import columns_markdown, update

ROOT = Path(__file__).resolve().parent.parent


def test_workbook_docs_match_the_schema() -> None:
    page = (ROOT / "docs" / "workbook.md").read_text(encoding="utf-8")
    assert columns_markdown() in page, "docs/workbook.md is out of date: run `make docs`"
    assert update(page) == page


def test_readme_gives_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_code = readme.index("```")
    block = readme[first_code:readme.index("```", first_code + 3)]
    assert "make report" in block and "make test" in block


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    return next(out.glob("reportgen-*.whl"))


def test_wheel_ships_templates_and_example(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").rglob("*"):
        if template.is_file():
            assert f"reportgen/templates/{template.relative_to(ROOT / 'templates')}" in names
    assert "reportgen/data/medway-improvement-plan.xlsx" in names


def test_installed_wheel_builds_the_paper(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = tmp_path / "out"
    # Run from an empty folder with only the unpacked wheel first on the path, so neither the
    # checkout's templates nor its data/ folder can be found.
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from reportgen.cli import main; "
            "main(['build', '--format', 'html', '--out', sys.argv[2]])")
    result = subprocess.run([sys.executable, "-c", code, str(site), str(out)], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    html = (out / "medway-improvement-plan.html").read_text(encoding="utf-8")
    assert "Action plan" in html and "18/36" in html
